/// Whether one line restates another: an answer block that heads each answer with its question in other words
/// (`OSI参考模型有哪几层` → `OSI参考模型的七层`), as answers written by a chat assistant or a teacher's key often do.
/// Compared by character bigrams of letters, digits and CJK, so word order, particles and punctuation matter little.
enum Restatement {
    /// True when the two texts share at least two bigrams and at least 40 % of the shorter one's.
    static func resembles(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        let x = bigrams(a), y = bigrams(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        let shared = x.intersection(y).count
        return shared >= 2 && shared * 5 >= min(x.count, y.count) * 2
    }

    private static func bigrams(_ text: ArraySlice<Unicode.Scalar>) -> Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32?
        for c in text.prefix(80) {
            guard ScalarClass.isCJK(c) || ScalarClass.isDigit(c) || ScalarClass.isASCIILetter(c) else { continue }
            let v = ScalarClass.isASCIILetter(c) ? c.value | 0x20 : c.value
            if let p = previous { result.insert(UInt64(p) << 32 | UInt64(v)) }
            previous = v
        }
        return result
    }
}
