import Foundation

/// Text normalisation shared by ids, deduplication and grading.
public enum TextNormalizer {
    /// NFKC: full-width letters, digits and punctuation become their ASCII forms.
    public static func nfkc(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping
    }

    /// NFKC, lower-cased, with every space, punctuation mark and symbol removed: two texts that differ only in
    /// spacing, punctuation or width compare equal.
    public static func comparisonKey(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in nfkc(s).lowercased().unicodeScalars where !isIgnorable(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// Spaces, punctuation, symbols and invisible format characters.
    public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return !((0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v))
        }
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
