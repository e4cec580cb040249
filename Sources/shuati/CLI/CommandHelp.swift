/// A command's help, generated from its declared options so the text and the parser cannot disagree.
struct CommandHelp {
    /// Usage lines without the leading `usage: ` (`shuati drill [BANK...] [options]`).
    var synopsis: [String]
    var options: [OptionSpec]
    /// Free text after the options, English and Chinese.
    var notes: (en: String, zh: String) = ("", "")

    /// The help in the context's language.
    func render(_ context: CommandContext) -> String { render(chinese: context.language == .chinese) }

    func render(chinese: Bool) -> String {
        var lines: [String] = []
        for (i, line) in synopsis.enumerated() {
            lines.append((i == 0 ? (chinese ? "用法：" : "usage: ") : (chinese ? "      " : "       ")) + line)
        }
        let labels = options.map(CommandHelp.label)
        let width = min(24, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
        for (option, label) in zip(options, labels) {
            let indent = String(repeating: " ", count: width)
            var text = DisplayWidth.wrap(chinese ? option.zh : option.en, to: 78 - width)
            if DisplayWidth.of(label) + 2 > width {
                lines.append("  " + label)
            } else {
                lines.append("  " + DisplayWidth.padded(label, to: width) + text.removeFirst())
            }
            lines += text.map { "  " + indent + $0 }
            for choice in option.choices {
                lines.append("  " + String(repeating: " ", count: width) + "  "
                             + DisplayWidth.padded(choice.value, to: 12) + (chinese ? choice.zh : choice.en))
            }
        }
        let note = chinese ? notes.zh : notes.en
        if !note.isEmpty { lines.append(note) }
        lines.append(chinese ? "每个命令都接受 --data-dir DIR（数据目录）和 --help。" : "Every command takes --data-dir DIR and --help.")
        return lines.joined(separator: "\n")
    }

    /// `-o, --output FILE`.
    static func label(_ option: OptionSpec) -> String {
        (option.alias.map { $0 + ", " } ?? "") + option.name + (option.value.map { " " + $0 } ?? "")
    }
}
