import Foundation

/// Stable item ids: the same question imported twice, from two files, or after a punctuation or spacing fix
/// gets the same id, so it keeps its study history.
public enum ItemID {
    /// 16 hex digits of FNV-1a (64-bit) over the normalised type, stem and option texts.
    public static func make(type: QuestionType, stem: String, options: [Option]?) -> String {
        // Hashed as the key `type␟stem␟option…` (comparison keys) would be, without building that string.
        var hash = typePrefixes[type.ordinal]
        TextNormalizer.addComparisonKey(stem, to: &hash)
        for option in options ?? [] {
            hash.add(0x1F)
            TextNormalizer.addComparisonKey(option.text, to: &hash)
        }
        return hex(hash.value)
    }

    /// The hash after `type␟`, made once per type (hashing the type's name took a sixth of each id's time).
    private static let typePrefixes = QuestionType.allCases.map { FNV1a64(prefix: $0) }

    static func fnv1a64(_ s: String) -> UInt64 {
        var hash = FNV1a64()
        hash.add(s)
        return hash.value
    }

    /// 16 lower-case hex digits, zero-padded.
    static func hex(_ v: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            let digits: StaticString = "0123456789abcdef"
            for k in 0..<16 { out[k] = digits.utf8Start[Int((v >> (60 - 4 * UInt64(k))) & 0xF)] }
            return 16
        }
    }
}

/// FNV-1a, 64-bit, fed byte by byte.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// The hash of `type␟`, where every item id starts.
    init(prefix type: QuestionType) {
        add(type.rawValue)
        add(0x1F)
    }

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ s: String) {
        for byte in s.utf8 { add(byte) }
    }
}

private extension QuestionType {
    /// The position in `allCases` (a switch: a dictionary lookup by type cost more than hashing its name).
    var ordinal: Int {
        switch self {
        case .singleChoice: 0
        case .multipleChoice: 1
        case .trueFalse: 2
        case .fillBlank: 3
        case .shortAnswer: 4
        }
    }
}
