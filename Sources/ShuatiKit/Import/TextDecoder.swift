import Foundation

/// Turns a document's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM (or recognisably without),
/// GB18030/GBK (what Chinese Windows saves .txt files in), Big5 (Taiwan and Hong Kong).
public enum TextDecoder {
    /// GB18030 on Linux Foundation (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Big5 and Big5-HKSCS on Linux Foundation (kCFStringEncodingBig5, kCFStringEncodingBig5_HKSCS_1999).
    static let big5 = String.Encoding(rawValue: 0x8000_0A03)
    static let big5HKSCS = String.Encoding(rawValue: 0x8000_0A06)

    /// Decodes `data`; throws `ImportError.binary` or `.undecodable` naming `file`.
    public static func decode(_ data: Data, file: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes[3...], file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(data, file: file)
        }
        if let littleEndian = bomlessUTF16Endianness(bytes) {
            let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            if let text = try? utf16(Data(bom + bytes), file: file), (try? rejectControlHeavy(text, file: file)) != nil {
                return text
            }
        }
        if bytes.contains(0) { throw ImportError.binary(file: file) }
        if let text = String(validating: bytes, as: UTF8.self) {
            try rejectControlHeavy(text, file: file)
            return text
        }
        if let text = String(data: data, encoding: gb18030), !text.isEmpty {
            try rejectControlHeavy(text, file: file)
            // GB18030 decodes any bytes; Big5 (Taiwan, Hong Kong) read that way is a jumble of rare characters.
            if CommonHanzi.share(in: text) < 0.2, let big5 = [big5, big5HKSCS].lazy.compactMap({ String(data: data, encoding: $0) }).first,
               CommonHanzi.share(in: big5) > CommonHanzi.share(in: text) {
                return big5
            }
            return text
        }
        throw ImportError.undecodable(file: file, line: firstInvalidUTF8Line(bytes))
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError.undecodable(file: file, line: firstInvalidUTF8Line(Array(bytes)))
        }
        if text.unicodeScalars.contains("\0") { throw ImportError.binary(file: file) }
        return text
    }

    private static func utf16(_ data: Data, file: String) throws -> String {
        guard let text = String(data: data, encoding: .utf16) else {
            throw ImportError.undecodable(file: file, line: 1)
        }
        var s = text
        if s.unicodeScalars.first == "\u{FEFF}" { s.unicodeScalars.removeFirst() }
        if s.unicodeScalars.contains("\0") { throw ImportError.binary(file: file) }
        return s
    }

    /// NULs only in odd (little-endian) or only in even (big-endian) positions: UTF-16 saved without a BOM (the
    /// ASCII characters, newlines at least, carry a zero byte; CJK ones may not).
    private static func bomlessUTF16Endianness(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, b) in bytes.prefix(65536).enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        // CJK code points like U+4E00 also carry a zero byte, on the other side: decide by a clear majority.
        if oddZeros >= 2 && oddZeros >= evenZeros * 4 { return true }
        if evenZeros >= 2 && evenZeros >= oddZeros * 4 { return false }
        return nil
    }

    /// Text that is mostly control characters is a binary file that happened to decode.
    private static func rejectControlHeavy(_ text: String, file: String) throws {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" {
                controls += 1
            }
        }
        if total > 0 && controls * 10 > total { throw ImportError.binary(file: file) }
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, for the error message.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            guard i + length <= bytes.count else { return line }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return line }
            i += length
        }
        return line
    }
}
