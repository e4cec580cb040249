/// Text from documents must never drive the terminal: an ESC or CSI in an imported stem could move the cursor,
/// recolour the screen or retitle the window. These functions replace every control character with a visible
/// placeholder (ESC → ␛, other C0 → their control pictures, DEL → ␡, C1 and bidirectional overrides →
/// `<U+XXXX>`), keeping line breaks where the caller allows them.
public enum ControlCharacters {
    /// `s` with controls made visible; `\n` is kept when `keepNewlines`, else shown as a space. A tab is a space.
    public static func visible(_ s: String, keepNewlines: Bool = true) -> String {
        guard needsWork(s) else { return s }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A:
                if previousWasCR { out.removeLast() }  // CR LF is one line break, not ␍ and a break
                if keepNewlines { out.append(scalar) } else { out.append(" ") }
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: "<U+\(hex(v))>".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `s` holds anything `visible` would change (a fast byte scan: the usual text has none).
    public static func needsWork(_ s: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in s.utf8 {
            if byte < 0x20 && byte != 0x0A { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }  // U+0080…U+009F
            if beforePrevious == 0xE2 && previous == 0x80 && (0xAA...0xAE).contains(byte) { return true }  // U+202A…E
            if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }  // U+2066…9
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Question {
    /// This item with every text field made safe to print (`ControlCharacters.visible`); the id is unchanged,
    /// so history still matches.
    public var withVisibleControls: Question {
        var q = self
        q.stem = ControlCharacters.visible(stem)
        q.section = ControlCharacters.visible(section, keepNewlines: false)
        q.explanation = explanation.map { ControlCharacters.visible($0) }
        q.options = options?.map { Option(letter: ControlCharacters.visible($0.letter, keepNewlines: false),
                                          text: ControlCharacters.visible($0.text)) }
        switch answer {
        case let .blanks(b)?: q.answer = .blanks(b.map { ControlCharacters.visible($0, keepNewlines: false) })
        case let .text(t)?: q.answer = .text(ControlCharacters.visible(t))
        case let .choices(c)?: q.answer = .choices(c.map { ControlCharacters.visible($0, keepNewlines: false) })
        default: break
        }
        q.source.file = ControlCharacters.visible(source.file, keepNewlines: false)
        return q
    }
}
