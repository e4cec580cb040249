/// ANSI colour and bold, switched off on a pipe and whenever `NO_COLOR` is set.
struct TextStyle: Sendable {
    let enabled: Bool

    /// Colour only on a tty, never with `NO_COLOR` (any value) or `TERM=dumb`.
    init(isTTY: Bool, environment: [String: String]) {
        enabled = isTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    init(enabled: Bool) { self.enabled = enabled }

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func blue(_ s: String) -> String { wrap(s, "34") }
    func cyan(_ s: String) -> String { wrap(s, "36") }
    /// 256-colour foreground, for heatmaps.
    func color256(_ s: String, _ code: Int) -> String { wrap(s, "38;5;\(code)") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
