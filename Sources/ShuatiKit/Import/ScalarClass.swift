/// Character classes the import scanners ask about, on normalised scalars.
enum ScalarClass {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    static func isOptionLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x48) || (s.value >= 0x61 && s.value <= 0x68)
    }
    static func isUpperOptionLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x48 }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " }
    static func isSpaceOrNewline(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" }
    /// CJK ideographs (the unified blocks and extension A).
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x4E00 && s.value <= 0x9FFF) || (s.value >= 0x3400 && s.value <= 0x4DBF)
            || (s.value >= 0xF900 && s.value <= 0xFAFF)
    }
    static func isBullet(_ s: Unicode.Scalar) -> Bool {
        s == "•" || s == "·" || s == "●" || s == "○" || s == "◆" || s == "■" || s == "□" || s == "▪" || s == "-" || s == "*"
    }
    /// Emoji and pictographic marks a page sets before a label (`✅`, `👉`, `💡`, `➡️`, `★`): arrows, shapes,
    /// dingbats, stars and the emoji planes, with the variation selector and joiner; not circled numbers (①).
    static func isPictograph(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard v >= 0x2190 else { return false }
        return v <= 0x21FF || (0x2300...0x23FF).contains(v) || (0x25A0...0x27BF).contains(v) || (0x2B00...0x2BFF).contains(v)
            || (0x1F000...0x1FAFF).contains(v) || v == 0xFE0F || v == 0x200D
    }
    static func isOpenParen(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "【" || s == "[" || s == "〔" }
    static func isCloseParen(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "】" || s == "]" || s == "〕" }
    static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "︰" }
    /// ASCII but CR, CJK ideographs and common CJK punctuation: each is a character by itself, with no other
    /// canonical or compatibility form, so text of these alone can be compared and counted by scalars.
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x80 && v != 0x0D) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0x3001 && v <= 0x3002) || (v >= 0x3008 && v <= 0x3011)
            || v == 0x2014 || v == 0x2018 || v == 0x2019 || v == 0x201C || v == 0x201D
    }

    /// Chinese numerals used in headings (一、 … 十二、).
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "零", "〇": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    /// Value of a short Chinese numeral (一 … 九十九) or nil.
    static func chineseNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0, current = 0
        guard !scalars.isEmpty else { return nil }
        for s in scalars {
            guard let d = chineseDigit(s) else { return nil }
            if d == 10 {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                current = d
            }
        }
        return total + current
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether the scalars at `offset` spell `word`.
    func matches(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= count else { return false }
        for k in 0..<word.count where self[offset + k] != word[k] { return false }
        return true
    }

    /// The scalars in `range` as a String (encoded by hand: `UnicodeScalarView.append` is slow).
    func string(_ range: Range<Int>) -> String {
        self[range.clamped(to: 0..<count)].utf8String
    }

    /// Whether `needle` occurs anywhere.
    func contains(_ needle: [Unicode.Scalar]) -> Bool {
        self[...].containsScalars(needle)
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The scalars as a String.
    var utf8String: String {
        withUnsafeBufferPointer { scalars in
            // Encoded in one pass into scratch space (on the stack when small), then copied into a string of the
            // exact length: a short text (15 bytes or fewer) then needs no heap storage at all, and a longer one
            // gets storage of its own size. (A counting pass first cost more than the copy.)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, scalars.count * 4)) { scratch in
                let n = Self.encodeUTF8(scalars, into: scratch.baseAddress!)
                return String(unsafeUninitializedCapacity: n) { buffer in
                    guard n > 0, let out = buffer.baseAddress else { return 0 }
                    out.update(from: scratch.baseAddress!, count: n)
                    return n
                }
            }
        }
    }

    /// Writes the scalars' UTF-8 to `out` (room for four bytes a scalar) and returns the byte count.
    @inline(__always)
    private static func encodeUTF8(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        for scalar in scalars {
            let v = scalar.value
            // (truncating conversions: the bytes are in range by construction, so no checks)
            if v < 0x80 {
                out[n] = UInt8(truncatingIfNeeded: v); n &+= 1
            } else if v >= 0x800 && v < 0x10000 {  // CJK: the common case after ASCII
                out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                n &+= 3
            } else if v < 0x800 {
                out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                n &+= 2
            } else {
                out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
                out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
                out[n &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                n &+= 4
            }
        }
        return n
    }

    /// Whether `needle` occurs anywhere (needles here are a few scalars long).
    func containsScalars(_ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var i = startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < needle.count, self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension Unicode.Scalar {
    /// Whether this is one of the scalars of `list`, a short literal, read from its UTF-8 (a String's scalar view
    /// decodes and iterates slowly, and these tests run per item or per line).
    @inline(__always)
    func isOne(of list: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: list.utf8Start, count: list.utf8CodeUnitCount)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let v: UInt32, n: Int
            if b < 0x80 { v = UInt32(b); n = 1 }
            else if b < 0xE0 { v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); n = 2 }
            else if b < 0xF0 { v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); n = 3 }
            else { v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); n = 4 }
            if v == value { return true }
            i += n
        }
        return false
    }
}

extension String {
    /// The scalars as an array, decoded from the UTF-8 in one pass (`Array(unicodeScalars)` walks the text twice:
    /// once to count, once to copy).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, count in
                var i = 0, k = 0
                while i < u.count {
                    let b = u[i]
                    let v: UInt32
                    if b < 0x80 {
                        v = UInt32(b); i += 1
                    } else if b < 0xE0, i + 1 < u.count {
                        v = UInt32(b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0, i + 2 < u.count {
                        v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else if i + 3 < u.count {
                        v = UInt32(b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F); i += 4
                    } else {
                        break  // (a String's UTF-8 is valid, so never reached)
                    }
                    out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k += 1
                }
                count = k
            }
        }
    }
}

extension String {
    /// Substring test on UTF-8 bytes (exact, and far cheaper than Foundation's locale-aware search; UTF-8 is
    /// self-synchronising, so a byte match is a scalar match).
    func containsScalars(_ needle: String) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether every scalar is `ScalarClass.isPlain`.
    var isPlainText: Bool {
        // Read from the UTF-8 bytes (a generic scalar walk took 2% of a large import): plain scalars are ASCII or
        // three bytes long, so a two- or four-byte sequence ends the test.
        var text = self
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    if lead == 0x0D { return false }
                    i += 1
                } else if lead >= 0xE0, lead < 0xF0, i + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    guard let scalar = Unicode.Scalar(value), ScalarClass.isPlain(scalar) else { return false }
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// `count <= n`, walking at most `n` characters (counting all of a long text's graphemes is slow).
    func hasAtMostCharacters(_ n: Int) -> Bool {
        if utf8.count <= n { return true }  // every character has a byte at least
        if isPlainText {
            // Plain text has one character per scalar: its scalars are counted from the bytes, with no grapheme
            // breaking (which took 1% of a large import).
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 {
                count += 1
                if count > n { return false }
            }
            return true
        }
        return (index(startIndex, offsetBy: n, limitedBy: endIndex) ?? endIndex) == endIndex
    }

    /// The string without `junk` scalars at either end (a short list: searched, not hashed, and no Set is built
    /// from the literal at every call).
    func trimmingScalars(_ junk: [Unicode.Scalar]) -> String {
        let scalars = scalarArray
        var start = 0, end = scalars.count
        while start < end, junk.contains(scalars[start]) { start += 1 }
        while end > start, junk.contains(scalars[end - 1]) { end -= 1 }
        return start == 0 && end == scalars.count ? self : scalars[start..<end].utf8String
    }
}

/// The first scalars of a list of words, as one bit per BMP scalar: a position where no word can start is turned
/// away with one test before the list is walked (word lists are tried at every question number and line start).
struct ScalarStartSet: Sendable {
    private let bits: [UInt64]
    /// Set when a word starts outside the BMP (or is empty): every position is then let through.
    private let admitsAll: Bool

    init(_ words: [[Unicode.Scalar]]) {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        var admitsAll = false
        for word in words {
            guard let first = word.first, first.value < 0x10000 else { admitsAll = true; continue }
            bits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
        }
        self.bits = bits
        self.admitsAll = admitsAll
    }

    /// Whether some word may start with `c`.
    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return admitsAll || v < 0x10000 && bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }
}
