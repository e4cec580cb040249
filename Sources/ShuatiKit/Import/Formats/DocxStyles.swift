/// How a run of text stands out from the text around it: the marks a teacher uses to show an answer.
struct DocxEmphasis: OptionSet, Hashable {
    let rawValue: UInt8
    static let bold = DocxEmphasis(rawValue: 1)
    static let underline = DocxEmphasis(rawValue: 2)
    /// A font colour other than black or automatic (red answers).
    static let color = DocxEmphasis(rawValue: 4)
    /// A highlighter colour or a cell/run shading.
    static let highlight = DocxEmphasis(rawValue: 8)
    /// Hidden text (`w:vanish`): not shown by Word, so not read.
    static let hidden = DocxEmphasis(rawValue: 16)
    static let italic = DocxEmphasis(rawValue: 32)

    /// Reads one run-property element (`w:b`, `w:u`, `w:color` …) into `self`.
    mutating func apply(_ name: String, _ attributes: XMLAttributes) {
        let value = attributes["val"]
        let on = value.map(DocxNumbering.isOn) ?? true
        switch name {
        case "b": if on { insert(.bold) } else { remove(.bold) }
        case "i": if on { insert(.italic) } else { remove(.italic) }
        case "vanish": if on { insert(.hidden) } else { remove(.hidden) }
        case "u": if value == "none" { remove(.underline) } else { insert(.underline) }
        case "color":
            if let value, !["auto", "000000"].contains(value.lowercased()), !DocxEmphasis.isDark(value) { insert(.color) }
        case "highlight": if let value, value != "none" { insert(.highlight) }
        case "shd":
            if let fill = attributes["fill"], !["auto", "ffffff", ""].contains(fill.lowercased()) { insert(.highlight) }
        default: break
        }
    }

    /// Near-black text colours (`0D0D0D`, `262626`) are body text, not a mark.
    static func isDark(_ hex: String) -> Bool {
        guard hex.count == 6, let rgb = Int(hex, radix: 16) else { return false }
        return (rgb >> 16) < 0x50 && (rgb >> 8 & 0xFF) < 0x50 && (rgb & 0xFF) < 0x50
    }
}

/// The parts of word/styles.xml that change what the text says: paragraph styles that carry list numbering
/// (python-docx's `List Number`) and character styles that mark text (`Strong`).
struct DocxStyles {
    struct Style {
        var basedOn: String?
        var numID: String?
        var level: Int?
        var emphasis: DocxEmphasis = []
    }

    private var styles: [String: Style] = [:]

    init() {}

    init(xml: [UInt8]) {
        var tokenizer = OfficeXMLTokenizer(xml)
        var current: String?
        var inRunProperties = false
        while let token = tokenizer.next() {
            switch token {
            case let .start(name, attributes, selfClosing):
                guard let id = current else {
                    if name == "style", !selfClosing, let id = attributes["styleId"] { current = id; styles[id] = Style() }
                    continue
                }
                switch name {
                case "basedOn": styles[id]?.basedOn = attributes["val"]
                case "numId": styles[id]?.numID = attributes["val"]
                case "ilvl": styles[id]?.level = attributes["val"].flatMap { Int($0) }
                case "rPr": inRunProperties = !selfClosing
                default: if inRunProperties { styles[id]?.emphasis.apply(name, attributes) }
                }
            case let .end(name):
                if name == "style" { current = nil }
                if name == "rPr" { inRunProperties = false }
            case .text: break
            }
        }
    }

    /// The list a paragraph style puts its paragraphs in, following `basedOn`; the level is nil when the style
    /// names none (the list's own `w:pStyle` links then decide it).
    func numbering(of styleID: String) -> (numID: String, level: Int?)? {
        var id: String? = styleID
        var seen = 0
        var level: Int?
        while let current = id, let style = styles[current], seen < 20 {
            level = level ?? style.level
            if let numID = style.numID { return (numID, level) }
            id = style.basedOn
            seen += 1
        }
        return nil
    }

    /// The marks a character style adds (`Strong` → bold), following `basedOn`.
    func emphasis(of styleID: String) -> DocxEmphasis {
        var id: String? = styleID
        var result: DocxEmphasis = []
        var seen = 0
        while let current = id, let style = styles[current], seen < 20 {
            result.formUnion(style.emphasis)
            id = style.basedOn
            seen += 1
        }
        return result
    }
}
