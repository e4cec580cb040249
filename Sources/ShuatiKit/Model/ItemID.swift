import Foundation

/// Stable item ids: the same question imported twice, from two files, or after a punctuation or spacing fix
/// gets the same id, so it keeps its study history.
public enum ItemID {
    /// 16 hex digits of FNV-1a (64-bit) over the normalised type, stem and option texts.
    public static func make(type: QuestionType, stem: String, options: [Option]?) -> String {
        var key = type.rawValue + "\u{1F}" + TextNormalizer.comparisonKey(stem)
        for option in options ?? [] {
            key += "\u{1F}" + TextNormalizer.comparisonKey(option.text)
        }
        return hex(fnv1a64(key))
    }

    static func fnv1a64(_ s: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
