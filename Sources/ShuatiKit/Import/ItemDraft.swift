/// An item while the parser is still reading it: ranges into the normalised text, not strings yet. A class: the
/// parser updates the open item at almost every marker, and copying a struct with arrays each time was measurable.
final class ItemDraft {
    enum Phase { case stem, options, keyText, explanation, closed }

    /// Where the item's marker starts (its source line).
    var start: Int
    var stemStart: Int
    var stemEnd: Int?
    var number: Int?
    var options: [(letter: Unicode.Scalar, start: Int, end: Int?)] = []
    var optionsLowerCase: Bool?
    /// A key read as letters or a true/false word: its text.
    var keyToken: String?
    /// A key written as text (option text, a paragraph): its range.
    var keyStart: Int?
    var keyEnd: Int?
    var explanationStart: Int?
    var explanationEnd: Int?
    var phase: Phase = .stem
    var section: String
    var hint: TypeHint
    /// Which run of numbering (restarted at each heading) the item belongs to, to match an answer sheet's sections.
    var run = 0
    /// `对 错` printed under the stem: the value of the first word (a key letter A/B picks from the pair).
    var trueFalsePair: Bool?
    /// Where the key was found and how the item is numbered, in words (for the document's template summary).
    var keyForm: String?
    /// The key label's range, when a label introduced the key (`keyForm` is then made from it).
    var keyLabel: Range<Int>?
    var numberForm = "no number"
    /// Options printed with a `*` right before their letter (`*B、核碎裂`): the right ones, when no label keys the item.
    /// (Bit k for the k-th letter from A: a plain integer, so drafts gain no array to allocate and release.)
    var markedLetters: UInt16 = 0

    init(start: Int, stemStart: Int, number: Int?, section: String, hint: TypeHint) {
        self.start = start
        self.stemStart = stemStart
        self.number = number
        self.section = section
        self.hint = hint
    }

    /// The letter the next option must have.
    var nextOptionLetter: Unicode.Scalar {
        guard let last = options.last?.letter else { return "A" }
        return Unicode.Scalar(last.value + 1)!
    }

    var hasKey: Bool { keyToken != nil || keyStart != nil }

    /// Ends whatever range is open at `end`.
    func close(at end: Int) {
        switch phase {
        case .stem: if stemEnd == nil { stemEnd = end }
        case .options:
            if let last = options.indices.last, options[last].end == nil { options[last].end = end }
        case .keyText: if keyEnd == nil { keyEnd = end }
        case .explanation: if explanationEnd == nil { explanationEnd = end }
        case .closed: break
        }
        phase = .closed
    }
}
