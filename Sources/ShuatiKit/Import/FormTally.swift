/// Counts items per form (numbering, key form) into a template's dictionary. Neighbouring items nearly always
/// share a form, so a run of the same form is counted locally and added once: hashing the form strings (mostly
/// non-ASCII) for every item was measurable. The same string object repeats, so the run test is a pointer compare.
struct FormTally {
    private var form: String?
    private var count = 0

    /// Counts one item of `form`, adding the finished run to `counts` when the form changes.
    mutating func add(_ form: String, into counts: inout [String: Int]) {
        if form == self.form { count += 1; return }
        flush(into: &counts)
        self.form = form
        count = 1
    }

    /// Adds the open run to `counts`.
    mutating func flush(into counts: inout [String: Int]) {
        if let form { counts[form, default: 0] += count }
        form = nil
        count = 0
    }
}
