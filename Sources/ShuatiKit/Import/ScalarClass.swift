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
    static func isOpenParen(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "【" || s == "[" || s == "〔" }
    static func isCloseParen(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "】" || s == "]" || s == "〕" }
    static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "︰" }
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

    /// The scalars in `range` as a String.
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range.clamped(to: 0..<count)])
        return String(view)
    }
}
