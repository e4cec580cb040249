import Foundation

/// Text normalisation shared by ids, deduplication and grading.
public enum TextNormalizer {
    /// NFKC: full-width letters, digits and punctuation become their ASCII forms.
    public static func nfkc(_ s: String) -> String {
        // Plain text is its own NFKC form: Foundation's normalisation, slow, is skipped for it.
        s.isPlainText ? s : s.precomposedStringWithCompatibilityMapping
    }

    /// NFKC, lower-cased, with every space, punctuation mark and symbol but the arithmetic and comparison signs
    /// removed: two texts that differ only in spacing, punctuation or width compare equal.
    public static func comparisonKey(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        if fastComparisonKey(s, into: { bytes.append($0) }) { return String(decoding: bytes, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        for scalar in nfkc(s).lowercased().unicodeScalars where !isIgnorable(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// Feeds `comparisonKey(s)`'s UTF-8 to `hash` without building the key when the fast path applies.
    static func addComparisonKey(_ s: String, to hash: inout FNV1a64) {
        var fast = hash
        if fastComparisonKey(s, into: { fast.add($0) }) { hash = fast } else { hash.add(comparisonKey(s)) }
    }

    /// The key's bytes for text of ASCII, CJK ideographs and CJK punctuation, which have no compatibility forms
    /// (NFKC would change nothing); false, part-way, as soon as another scalar needs the full path.
    /// Read from the UTF-8 bytes (every item id hashes its stem and options this way): a CJK ideograph's key bytes
    /// are its own three bytes.
    @inline(__always)
    private static func fastComparisonKey(_ s: String, into put: (UInt8) -> Void) -> Bool {
        var s = s
        return s.withUTF8 { u in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { put(b + 0x20) }
                    else if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b == 0x2B || (b >= 0x3C && b <= 0x3E) { put(b) }
                    i += 1
                    continue
                }
                // Only three-byte scalars (U+0800…U+FFFF) are in the ranges below.
                guard b >= 0xE0, b <= 0xEF, i + 2 < u.count else { return false }
                let v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                if (0x4E00...0x9FFF).contains(v) {
                    put(b); put(u[i + 1]); put(u[i + 2])
                } else if !((0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x3001...0x3003).contains(v)
                            || (0x3008...0x3011).contains(v) || (0x3014...0x301F).contains(v)) {
                    return false
                }  // (punctuation: dropped either way)
                i += 3
            }
            return true
        }
    }

    /// Spaces, punctuation, symbols and invisible format characters; not the arithmetic and comparison signs
    /// (`+ < = > ± × ÷ ≠ ≤ ≥ ≈`), which tell `计算:2+3` from `计算:2×3` and `x>1` from `x<1`.
    public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return !((0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2B
                     || (0x3C...0x3E).contains(v))
        }
        if v == 0xB1 || v == 0xD7 || v == 0xF7 || v == 0x2248 || v == 0x2260 || v == 0x2264 || v == 0x2265 { return false }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
