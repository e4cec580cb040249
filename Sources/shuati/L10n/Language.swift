/// The language messages are shown in: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `zh`.
enum Language: Sendable {
    case english, chinese

    /// POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides.
    init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("zh") ? .chinese : .english
    }

    /// Picks the message in this language. Messages live beside the code that prints them.
    func pick(_ english: String, _ chinese: String) -> String {
        self == .chinese ? chinese : english
    }
}
