/// Decodes UTF-8 bytes straight into a `NormalizedText` in one pass, for the common case of a plain UTF-8
/// document. Anything unusual (a BOM other than UTF-8's, invalid sequences, NUL bytes, control-heavy binary data)
/// returns nil so the caller takes the general `TextDecoder` path, which knows the other encodings and gives the
/// precise error.
enum UTF8ScalarReader {
    static func normalizedText(_ bytes: UnsafeRawBufferPointer, firstLine: Int = 1) -> NormalizedText? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        // Binary files show themselves early: control bytes in the first 8 KB.
        var controls = 0
        for b in bytes.prefix(8192) where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C {
            if b == 0 { return nil }
            controls += 1
        }
        if controls * 10 > Swift.min(bytes.count, 8192) { return nil }
        var builder = NormalizedTextBuilder(capacity: bytes.count / 2, firstLine: firstLine)
        let n = bytes.count
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < n {
            // Fast paths for the bulk of a document: visible ASCII and three-byte CJK, which normalising keeps as
            // they are (`addPlain`).
            let lead = bytes[index]
            if lead >= 0x20 && lead < 0x7F || lead >= 0xE2 && lead <= 0xEF {
                let next = builder.addPlainRun(bytes, from: index, to: n)
                if next > index { index = next; continue }
            }
            if lead > 0x20 && lead < 0x7F {
                builder.addPlain(Unicode.Scalar(lead))
                index += 1
                continue
            }
            if lead >= 0xE0 && lead <= 0xEF && index + 2 < n {
                let b1 = bytes[index + 1], b2 = bytes[index + 2]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                // Overlong forms and surrogates are invalid UTF-8.
                guard value >= 0x800, let scalar = Unicode.Scalar(value) else { return nil }
                if NormalizedText.isKeptAsIs(scalar) { builder.addPlain(scalar) } else { builder.add(scalar) }
                index += 3
                continue
            }
            let b0 = UInt32(lead)
            if b0 < 0x80 {
                if b0 == 0 { return nil }
                builder.add(Unicode.Scalar(UInt8(b0)))
                index += 1
                continue
            }
            let length: Int
            var value: UInt32
            switch b0 {
            case 0xC2...0xDF: length = 2; value = b0 & 0x1F
            case 0xE0...0xEF: length = 3; value = b0 & 0x0F
            case 0xF0...0xF4: length = 4; value = b0 & 0x07
            default: return nil
            }
            guard index + length <= n else { return nil }
            for k in 1..<length {
                let b = UInt32(bytes[index + k])
                guard b & 0xC0 == 0x80 else { return nil }
                value = (value << 6) | (b & 0x3F)
            }
            // Overlong forms and surrogates are invalid UTF-8.
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
            builder.add(scalar)
            index += length
        }
        return builder.finish()
    }
}
