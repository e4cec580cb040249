/// The form a document's items take, as the parse found it: how they are numbered and where their keys are, with
/// how many items follow each form. `shuati import` prints it, so a reader sees at once how the document was read.
public struct ParseTemplate: Sendable, Equatable {
    /// Items per numbering form (`` `1.` ``, `` `第1题` ``, `no number`).
    public var numbering: [String: Int] = [:]
    /// Items per key form (`` label `答案:` after the options ``, `a numbered answer sheet after the questions`).
    public var keys: [String: Int] = [:]
    public var items = 0
    /// Labels the document uses that are on no list, learned from it (`` keys: label `资料:` (6 of 6 uses) ``).
    public var learned: [String] = []

    public init() {}

    /// The key form of an item whose key was read from its own text (a filled blank, `( B )`).
    static let inTextKeyForm = "in the question text (a filled blank, `( B )`)"

    /// Adds another part's counts (the parallel import reads a large file in parts).
    mutating func add(_ other: ParseTemplate) {
        items += other.items
        for (k, v) in other.numbering { numbering[k, default: 0] += v }
        for (k, v) in other.keys { keys[k, default: 0] += v }
        for note in other.learned where !learned.contains(note) { learned.append(note) }
    }

    /// The most common key form with its count, when there is one.
    public var dominantKeyForm: (form: String, count: Int)? {
        keys.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }.map { ($0.key, $0.value) }
    }

    /// One line per form, most common first: `keys: label `资料:` after the options, 6 of 6 items`.
    public var lines: [String] {
        guard items > 0 else { return [] }
        func ranked(_ d: [String: Int]) -> [(String, Int)] {
            d.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
        }
        var out: [String] = []
        for (form, n) in ranked(numbering).prefix(2) { out.append("numbering: \(form), \(n) of \(items) items") }
        for (form, n) in ranked(keys).prefix(3) { out.append("keys: \(form), \(n) of \(items) items") }
        let keyed = keys.values.reduce(0, +)
        if keyed < items { out.append("keys: none found, \(items - keyed) of \(items) items") }
        out += learned.map { "learned: " + $0 }
        return out
    }

    /// A key label as the summary shows it: `-----选择: ` → `选择:`, `标准答案12:` → `标准答案N:`.
    static func labelName(_ raw: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in raw where c != " " && c != "\n" && c != "-" && c != "—" {
            if ScalarClass.isDigit(c) {
                if out.last != "N" { out.append("N") }
            } else if !(ScalarClass.isColon(c) && out.last.map(ScalarClass.isColon) == true) {
                out.append(c)
            }
        }
        return String(out)
    }

    static func numberForm(_ style: NumberStyle) -> String {
        switch style {
        case .dot: return "`1.`"
        case .comma: return "`1、`"
        case .closeParen: return "`1)`"
        case .paren: return "`(1)`"
        case .label: return "a label (`第1题`, `试题1:`)"
        case .bare: return "a number glued to the stem"
        case .spaced: return "`1 ` (a number and a space)"
        }
    }
}
