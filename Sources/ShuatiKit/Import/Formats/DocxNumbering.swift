/// Word's automatic numbering (word/numbering.xml): the `1.` `A.` `(1)` `一、` that Word draws before list
/// paragraphs but that are not in their text. `label(numId:level:)` advances the counters the way Word does and
/// returns the label of the next paragraph in that list.
struct DocxNumbering {
    /// One level of a list definition (`w:lvl`).
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `w:isLgl`: every level is shown as a decimal number (legal style `1.1.2`).
        var legal = false
        /// `w:suff`: what follows the label (`tab`, `space`, `nothing`).
        var suffix = "tab"
        /// `w:pStyle`: the paragraph style whose paragraphs take this level (outline-numbered headings).
        var style: String?
    }

    /// `w:num`: a list instance pointing at an abstract definition, maybe with levels overridden.
    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// `w:numStyleLink`: an abstract list whose levels live in the abstract list with the same `w:styleLink`.
    private var styleLinks: [String: String] = [:]
    private var linkedStyles: [String: String] = [:]
    private var instances: [String: Instance] = [:]
    /// Counters per abstract list (instances of the same abstract list continue one another, as in Word).
    private var counters: [String: [Int: Int]] = [:]
    /// Instances whose start overrides have already been applied.
    private var started: Set<String> = []

    init() {}

    /// Reads numbering.xml.
    init(xml: [UInt8]) {
        var tokenizer = OfficeXMLTokenizer(xml)
        var abstractID: String?
        var instanceID: String?
        var level: Level?
        var levelIndex = 0
        var overrideIndex: Int?
        var inOverride = false
        while let token = tokenizer.next() {
            switch token {
            case let .start(name, attributes, selfClosing):
                switch name {
                case "abstractNum": abstractID = attributes["abstractNumId"]
                case "num": instanceID = attributes["numId"]
                case "abstractNumId":
                    if let instanceID, let value = attributes["val"] { instances[instanceID] = Instance(abstractID: value) }
                case "lvlOverride":
                    overrideIndex = attributes["ilvl"].flatMap { Int($0) }
                    inOverride = !selfClosing
                case "startOverride":
                    if let instanceID, let overrideIndex, let value = attributes["val"].flatMap({ Int($0) }) {
                        instances[instanceID]?.startOverrides[overrideIndex] = value
                    }
                case "lvl":
                    levelIndex = attributes["ilvl"].flatMap { Int($0) } ?? 0
                    level = Level()
                    if selfClosing { level = nil }
                case "start": if let value = attributes["val"].flatMap({ Int($0) }) { level?.start = value }
                case "numFmt": if let value = attributes["val"] { level?.format = value }
                case "lvlText": level?.text = attributes["val"] ?? ""
                case "isLgl": level?.legal = attributes["val"].map(DocxNumbering.isOn) ?? true
                case "suff": if let value = attributes["val"] { level?.suffix = value }
                case "pStyle": if level != nil { level?.style = attributes["val"] }
                case "numStyleLink": if let abstractID, let value = attributes["val"] { styleLinks[abstractID] = value }
                case "styleLink": if let abstractID, let value = attributes["val"] { linkedStyles[value] = abstractID }
                default: break
                }
            case let .end(name):
                switch name {
                case "lvl":
                    if let finished = level {
                        if inOverride, let instanceID {
                            instances[instanceID]?.levelOverrides[levelIndex] = finished
                        } else if let abstractID {
                            abstracts[abstractID, default: [:]][levelIndex] = finished
                        }
                    }
                    level = nil
                case "lvlOverride": inOverride = false; overrideIndex = nil
                case "abstractNum": abstractID = nil
                case "num": instanceID = nil
                default: break
                }
            case .text: break
            }
        }
    }

    static func isOn(_ value: String) -> Bool { !["0", "false", "off", "none"].contains(value.lowercased()) }

    private func level(_ instance: Instance, _ index: Int) -> Level? {
        instance.levelOverrides[index] ?? abstracts[abstractID(of: instance)]?[index]
    }

    /// The abstract list holding the instance's levels, following a numbering-style link.
    private func abstractID(of instance: Instance) -> String {
        if let style = styleLinks[instance.abstractID], let linked = linkedStyles[style] { return linked }
        return instance.abstractID
    }

    /// The level of list `numID` whose `w:pStyle` is `styleID` (a heading style tied to an outline list).
    func level(numID: String, style styleID: String) -> Int? {
        guard let instance = instances[numID], let levels = abstracts[abstractID(of: instance)] else { return nil }
        return levels.first { $0.value.style == styleID }?.key
    }

    /// Advances list `numId` at `level` and returns the label Word shows there with the text that follows it
    /// (`"1. "`, `"A."`, `"(1) "`), or nil for no numbering (numId 0, bullets, unknown lists).
    mutating func label(numID: String, level index: Int) -> String? {
        guard numID != "0", let instance = instances[numID], let level = level(instance, index) else { return nil }
        let key = abstractID(of: instance)
        if !started.contains(numID) {
            started.insert(numID)
            for (overridden, start) in instance.startOverrides {
                counters[key, default: [:]][overridden] = start - 1
            }
        }
        var levels = counters[key, default: [:]]
        levels[index] = (levels[index] ?? (level.start - 1)) + 1
        // A higher level restarts every level below it.
        for deeper in levels.keys where deeper > index { levels[deeper] = nil }
        counters[key] = levels
        guard level.format != "bullet", level.format != "none" else { return nil }
        var label = ""
        var scalars = Array(level.text.unicodeScalars)[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            if first == "%", let digit = scalars.first, let n = Int(String(digit)), (1...9).contains(n) {
                scalars = scalars.dropFirst()
                let other = self.level(instance, n - 1)
                let value = levels[n - 1] ?? other?.start ?? 1
                let format = n - 1 != index && level.legal ? "decimal" : (other?.format ?? "decimal")
                label += DocxNumbering.format(value, as: format)
            } else {
                label.unicodeScalars.append(first)
            }
        }
        guard !label.isEmpty else { return nil }
        if level.suffix == "nothing" { return label }
        // A label ending in CJK punctuation (`一、`, `(1)`) needs no space after it.
        if let last = label.unicodeScalars.last, "、）．：".unicodeScalars.contains(last) { return label }
        return label + " "
    }

    /// `value` written in the number format `format` (ST_NumberFormat).
    static func format(_ value: Int, as format: String) -> String {
        guard value > 0 else { return "\(value)" }
        switch format {
        case "upperLetter": return letters(value, uppercase: true)
        case "lowerLetter": return letters(value, uppercase: false)
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView("\(value)".unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            if (1...20).contains(value) { return String(Unicode.Scalar(0x2460 + UInt32(value) - 1)!) }
        case "decimalEnclosedParen":
            if (1...20).contains(value) { return String(Unicode.Scalar(0x2474 + UInt32(value) - 1)!) }
        case "decimalEnclosedFullstop":
            if (1...20).contains(value) { return String(Unicode.Scalar(0x2488 + UInt32(value) - 1)!) }
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital",
             "taiwaneseCountingThousand", "japaneseDigitalTenThousand":
            return chinese(value, digits: Array("〇一二三四五六七八九"), ten: "十", hundred: "百")
        case "chineseLegalSimplified":
            return chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), ten: "拾", hundred: "佰")
        case "ideographLegalTraditional", "japaneseLegal":
            return chinese(value, digits: Array("零壹貳參肆伍陸柒捌玖"), ten: "拾", hundred: "佰")
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return String(stems[(value - 1) % stems.count])
        case "ideographZodiac":
            let branches = Array("子丑寅卯辰巳午未申酉戌亥")
            return String(branches[(value - 1) % branches.count])
        default: break
        }
        return "\(value)"
    }

    /// A B … Z AA BB … (Word doubles the letter rather than counting like spreadsheet columns).
    static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8((uppercase ? 65 : 97) + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, out = ""
        for (n, s) in table { while rest >= n { out += s; rest -= n } }
        return out
    }

    /// 一 … 十 十一 … 二十 … 九十九 一百 …, as numbered Chinese headings are written.
    static func chinese(_ value: Int, digits: [Character], ten: Character, hundred: Character) -> String {
        guard value > 0, value < 1000 else { return "\(value)" }
        var out = ""
        let h = value / 100, t = value / 10 % 10, u = value % 10
        if h > 0 { out.append(digits[h]); out.append(hundred) }
        if t > 0 {
            if !(h == 0 && t == 1) { out.append(digits[t]) }
            out.append(ten)
        } else if h > 0 && u > 0 {
            out.append(digits[0])
        }
        if u > 0 { out.append(digits[u]) }
        return out
    }
}
