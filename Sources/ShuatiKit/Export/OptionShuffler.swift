/// Reorders a choice item's options and rewrites its key to the new letters.
public enum OptionShuffler {
    /// Shuffles options of single/multiple-choice items in place, relettering them A, B, … and remapping the key;
    /// records printed → bank letters in `originalLetters`. Items whose options point at other options
    /// ("以上都对", "all of the above", "A和B") keep their order, since moving them would change their meaning.
    public static func shuffle(_ item: inout PaperItem, using rng: inout SeededGenerator) {
        let q = item.question
        guard q.type.isChoice, let options = q.options, options.count > 1, !refersToPositions(options) else { return }
        var order = Array(options.indices)
        rng.shuffle(&order)
        var newOptions: [Option] = []
        var bankToPrinted: [String: String] = [:]
        var printedToBank: [String: String] = [:]
        for (i, old) in order.enumerated() {
            let letter = String(UnicodeScalar(UInt8(65 + i)))
            newOptions.append(Option(letter: letter, text: options[old].text))
            bankToPrinted[options[old].letter] = letter
            printedToBank[letter] = options[old].letter
        }
        var shuffled = q
        shuffled.options = newOptions
        if case let .choices(letters)? = q.answer {
            shuffled.answer = .choices(letters.map { bankToPrinted[$0] ?? $0 }.sorted())
        }
        item.question = shuffled  // `id` is copied unchanged: the review log must name the bank's item.
        item.originalLetters = printedToBank
    }

    /// Whether any option's text depends on where the others are.
    static func refersToPositions(_ options: [Option]) -> Bool {
        let markers = ["以上", "上述", "都对", "都不对", "均正确", "均不正确", "all of the above", "none of the above",
                       "both a", "above"]
        let letters = Set(options.map { $0.letter.uppercased() })
        for option in options {
            let text = option.text.lowercased()
            if markers.contains(where: { text.contains($0) }) { return true }
            // "A和B", "A、C", "AB都对": an option naming two other options by letter.
            let named = option.text.filter { letters.contains(String($0)) }
            if named.count >= 2 && option.text.count <= 8 { return true }
        }
        return false
    }
}
