/// Decodes UTF-8 bytes to scalars in one pass, for the common case of a plain UTF-8 document. Anything unusual
/// (a BOM other than UTF-8's, invalid sequences, NUL bytes, control-heavy binary data) returns nil so the caller
/// takes the general `TextDecoder` path, which knows the other encodings and gives the precise error.
struct UTF8ScalarReader: Sequence, IteratorProtocol {
    private let bytes: UnsafeRawBufferPointer
    private var index: Int
    /// Set when the bytes turn out not to be clean UTF-8 text.
    private(set) var failed = false
    private let flag: FailureFlag

    /// Shared between the iterator copies the sequence protocol makes.
    final class FailureFlag { var failed = false }

    init(_ bytes: UnsafeRawBufferPointer, flag: FailureFlag) {
        self.bytes = bytes
        self.flag = flag
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    static func normalizedText(_ bytes: UnsafeRawBufferPointer, firstLine: Int = 1) -> NormalizedText? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        // Binary files show themselves early: control bytes in the first 8 KB.
        var controls = 0
        for b in bytes.prefix(8192) where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C {
            if b == 0 { return nil }
            controls += 1
        }
        if controls * 10 > Swift.min(bytes.count, 8192) { return nil }
        let flag = FailureFlag()
        let text = NormalizedText(scalars: UTF8ScalarReader(bytes, flag: flag), capacity: bytes.count / 2, firstLine: firstLine)
        return flag.failed ? nil : text
    }

    mutating func next() -> Unicode.Scalar? {
        guard index < bytes.count, !flag.failed else { return nil }
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 {
            index += 1
            if b0 == 0 { return fail() }
            return Unicode.Scalar(b0)
        }
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = b0 & 0x1F
        case 0xE0...0xEF: length = 3; value = b0 & 0x0F
        case 0xF0...0xF4: length = 4; value = b0 & 0x07
        default: return fail()
        }
        guard index + length <= bytes.count else { return fail() }
        for k in 1..<length {
            let b = UInt32(bytes[index + k])
            guard b & 0xC0 == 0x80 else { return fail() }
            value = (value << 6) | (b & 0x3F)
        }
        // Overlong forms and surrogates are invalid UTF-8.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return fail() }
        index += length
        return scalar
    }

    private mutating func fail() -> Unicode.Scalar? {
        flag.failed = true
        failed = true
        return nil
    }
}
