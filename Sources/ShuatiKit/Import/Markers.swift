import Foundation

/// How a question number is written; a section keeps one style, so `(1)` points inside an answer don't start
/// questions numbered `1、`.
enum NumberStyle: Equatable {
    case dot          // 1.  1．
    case comma        // 1、
    case closeParen   // 1)  1）
    case paren        // (1) （1）
    case label        // 试题3:  第3题  作业题目一:
    case bare         // 1客户…  (a number glued to the stem, only trusted where it is expected)
    case spaced       // 1 趋化作用…  (a space for the delimiter, at a line start)
}

/// A possible question start found in the text.
struct NumberMarker {
    var start: Int
    /// Where the stem begins (after the marker and any spaces).
    var end: Int
    var number: Int
    var style: NumberStyle
    /// `2.4P理论…` at a line start: a question number before a term like 4P, or a decimal; only the expected
    /// next number decides.
    var onlyIfExpected = false
}

/// A possible option start (`A.`, `B、`, `C:`, `(D)`, `E ` at a line start).
struct OptionMarker {
    var start: Int
    var end: Int
    /// Upper-case letter.
    var letter: Unicode.Scalar
    var lowerCase: Bool
}

/// An answer-key or explanation label (`答案:`, `参考选项:`, `标准答案3:`, `【答案】`, `选择:`, `答:`, `解析:`).
struct KeyMarker {
    /// `studentAnswer`: what the student answered in an exported quiz (`我的答案:A`), never the key.
    enum Kind { case answer, explanation, studentAnswer }
    var start: Int
    var end: Int
    var kind: Kind
}

/// A part heading (`一、单选题`, `第二章`) with the item type it implies.
struct HeadingMarker {
    var start: Int
    var end: Int
    var text: String
    var hint: TypeHint
}

/// What a heading says about the items under it.
enum TypeHint: Equatable {
    case none, singleChoice, multipleChoice, anyChoice, trueFalse, fillBlank
    case shortAnswer(kind: String?)
}

/// Recognisers for each marker, pure functions of the text and a position.
struct MarkerRecognizer {
    let s: [Unicode.Scalar]
    /// Key and explanation labels this document uses that are on no list (found by `FormSurvey`).
    var learned = LearnedLabels()

    // MARK: question numbers

    /// `1.` `1、` `1)` `(1)` `1客`: digits with a delimiter, not part of a longer number (`2.5`, `2:8`, `12`).
    func questionNumber(at i: Int, checkingContext: Bool = true) -> NumberMarker? {
        var j = i
        var style: NumberStyle
        if s[i] == "(" {
            j += 1
            guard j < s.count, ScalarClass.isDigit(s[j]) else { return nil }
            style = .paren
        } else {
            guard ScalarClass.isDigit(s[i]) else { return nil }
            if checkingContext {
                if i > 0, ScalarClass.isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "(" { return nil }
                if i > 1, s[i - 1] == ":", ScalarClass.isDigit(s[i - 2]) { return nil }  // 2:8, 10:30
                // `AZ-900)`, `ISO-27001.`, `COVID-19.`: the number of a code, joined to its letters by a hyphen.
                if i > 1, s[i - 1] == "-", ScalarClass.isASCIILetter(s[i - 2]) { return nil }
            }
            style = .bare
        }
        let digitsStart = j
        while j < s.count, ScalarClass.isDigit(s[j]), j - digitsStart < 6 { j += 1 }
        // Banks run into the thousands (`1351.`, `11721、`); long numbers need a delimiter (a year glued to text is
        // no number).
        guard j - digitsStart <= 5, j < s.count, !ScalarClass.isDigit(s[j]) else { return nil }
        var number = 0
        for k in digitsStart..<j { number = number * 10 + Int(s[k].value - 0x30) }
        guard number > 0 else { return nil }
        if style == .paren {
            guard s[j] == ")" else { return nil }
            j += 1
        } else {
            var k = j
            while k < s.count, s[k] == " ", k - j < 2 { k += 1 }
            guard k < s.count else { return nil }
            switch s[k] {
            case ".":
                if k + 1 < s.count, ScalarClass.isDigit(s[k + 1]) {  // 2.5, unless `2.4P理论` / `15.20世纪` at a line start
                    let lineStart = i == 0 || s[i - 1] == "\n"
                    var m = k + 1
                    while m < s.count, ScalarClass.isDigit(s[m]), m - k <= 4 { m += 1 }
                    let termWithLetter = m == k + 2 && m + 1 < s.count && ScalarClass.isASCIILetter(s[m]) && s[m].value < 0x61
                        && (ScalarClass.isCJK(s[m + 1]) || s[m + 1] == " ")
                    // 15.20世纪90年代: item 15, not 15.20; also a year with a PDF's space before its unit, `6.1927 年 12 月`
                    // (four digits: `1.1 多态` is a section number).
                    let numberBeforeCJK = m < s.count && (ScalarClass.isCJK(s[m])
                        || m == k + 5 && s[m] == " " && m + 1 < s.count && ScalarClass.isCJK(s[m + 1]))
                    // Mid-line only after a sentence's end (`…要求的。1.2020年11月…` in a one-line paper).
                    let afterSentence = i > 0 && (s[i - 1] == "。" || s[i - 1] == ")" || s[i - 1] == "】")
                    guard lineStart || afterSentence && numberBeforeCJK, k == j, termWithLetter || numberBeforeCJK else { return nil }
                    return NumberMarker(start: i, end: k + 1, number: number, style: .dot, onlyIfExpected: true)
                }
                // `p2.z = 5`, `arr2.push(…)`: a member access in code, lower-case on both sides of the dot (a
                // question glued to the text before it starts with a capital: `…Answer:c)went2.Fill in…`).
                if k == j, i > 0, s[i - 1].value >= 0x61, s[i - 1].value <= 0x7A, k + 1 < s.count,
                   s[k + 1].value >= 0x61, s[k + 1].value <= 0x7A {
                    return nil
                }
                style = .dot; j = k + 1
            case "、": style = .comma; j = k + 1
            case "," where k == j && (i == 0 || s[i - 1] == "\n") && k + 1 < s.count && !ScalarClass.isDigit(s[k + 1]):
                style = .comma; j = k + 1  // `1,客户…` (a comma for 、), at a line start only
            case "•", "・", "·" where k == j && k + 1 < s.count && ScalarClass.isCJK(s[k + 1]):
                style = .dot; j = k + 1  // `1•累年…`: OCR reads the dot as a bullet
            case ")": style = .closeParen; j = k + 1
            default:
                // `1 趋化作用:…` at a line start: a space for the delimiter, before a CJK stem.
                if k > j, checkingContext, i == 0 || s[i - 1] == "\n", ScalarClass.isCJK(s[k]), j - digitsStart <= 3 {
                    style = .spaced
                    j = k
                    break
                }
                // A bare number must sit between text and a CJK stem: 通常客户1在…
                guard k == j, ScalarClass.isCJK(s[j]), j - digitsStart <= 3 else { return nil }
                if i > 0, !(ScalarClass.isCJK(s[i - 1]) || s[i - 1] == " " || s[i - 1] == "\n") { return nil }
            }
        }
        if style == .comma || style == .dot, isCodeListEntry(numberStart: i, afterDelimiter: j) { return nil }
        while j < s.count, s[j] == " " { j += 1 }
        return NumberMarker(start: i, end: j, number: number, style: style)
    }

    /// `C1、C2` `A2、B2`: a letter-and-digit code (licence classes, grades) followed by another such code is a list,
    /// not a question number glued to a key letter (`答案:A2、下列…` stays a number: a stem follows).
    private func isCodeListEntry(numberStart i: Int, afterDelimiter j: Int) -> Bool {
        guard i > 0, ScalarClass.isASCIILetter(s[i - 1]), j + 1 < s.count else { return false }
        return ScalarClass.isASCIILetter(s[j]) && ScalarClass.isDigit(s[j + 1])
    }

    /// `试题3:` `题目3:` `问题3:` `第3题` `作业题目一:` (an inner `1.` right after the label is part of it).
    private static let labelPrefixes: [[Unicode.Scalar]] =
        ["作业题目", "试题", "題目", "题目", "問題", "问题", "第", "Question ", "QUESTION ", "Question", "Q", "q"].map { Array($0.unicodeScalars) }

    /// Words that end an example's label at a line start, after up to four other characters: `典型例题1:`,
    /// `课后习题2.`, `模拟真题3、`.
    static let exampleWords: [[Unicode.Scalar]] = ["例题", "例題", "习题", "習題", "真题", "真題", "练习", "練習", "考题"]
        .map { Array($0.unicodeScalars) }

    func questionLabel(at i: Int) -> NumberMarker? {
        if i == 0 || s[i - 1] == "\n", let example = exampleLabel(at: i) { return example }
        if s[i] == "Q", i == 0 || s[i - 1] == "\n", let spaced = spacedQLabel(at: i) { return spaced }  // Q 1 - …
        return prefixedLabel(at: i)
    }

    /// `典型例题1:`: a label word (after a few CJK characters), a number, then a colon, dot or `、`.
    private func exampleLabel(at i: Int) -> NumberMarker? {
        var w = i
        while w < s.count, w - i <= 4, ScalarClass.isCJK(s[w]) {
            if MarkerRecognizer.exampleWordStarts.mayStart(s[w]), let word = MarkerRecognizer.exampleWords.first(where: { s.matches($0, at: w) }) {
                var j = w + word.count
                let numberStart = j
                while j < s.count, ScalarClass.isDigit(s[j]), j - numberStart < 3 { j += 1 }
                guard j > numberStart, j < s.count, let n = Int(s.string(numberStart..<j)), n > 0,
                      ScalarClass.isColon(s[j]) || s[j] == "." || s[j] == "、" else { return nil }
                j += 1
                while j < s.count, s[j] == " " { j += 1 }
                return NumberMarker(start: i, end: j, number: n, style: .label)
            }
            w += 1
        }
        return nil
    }

    private func prefixedLabel(at i: Int) -> NumberMarker? {
        guard MarkerRecognizer.labelPrefixStarts.mayStart(s[i]) else { return nil }
        for prefix in MarkerRecognizer.labelPrefixes where s.matches(prefix, at: i) {
            var j = i + prefix.count
            let spaced = prefix == ["第"] && j < s.count && s[j] == " "  // 第 1 題
            if spaced { j += 1 }
            // `Q.1 Which…`, `Q. 2`
            if prefix.count == 1, prefix[0] == "Q" || prefix[0] == "q", j + 1 < s.count, s[j] == "." {
                j += s[j + 1] == " " ? 2 : 1
            }
            // `Question#3 Which…`, `Q #3`: a hash before the number.
            let hashed = ScalarClass.isASCIILetter(prefix[0]) && j < s.count && s[j] == "#"
            if hashed { j += 1 }
            let numberStart = j
            var number: Int?
            while j < s.count, ScalarClass.isDigit(s[j]), j - numberStart < 3 { j += 1 }
            if j > numberStart {
                number = Int(s.string(numberStart..<j))
            } else {
                while j < s.count, ScalarClass.chineseDigit(s[j]) != nil, j - numberStart < 3 { j += 1 }
                number = ScalarClass.chineseNumber(s[numberStart..<j])
            }
            guard let n = number, n > 0, j < s.count else { continue }
            var midLine = false
            if ScalarClass.isASCIILetter(prefix[0]) {
                // `Q1.`, `Question 3:`, `Q2)`, `Q.1` at a line start. A hashed label (`Question#2 …`) also after a
                // space inside a line: a quiz flattened onto one line (only the expected next number; see
                // `onlyIfExpected`).
                midLine = hashed && i > 0 && s[i - 1] == " "
                // (`Question 2` alone on its line over the stem, as `1.` alone numbers the line below.)
                guard i == 0 || s[i - 1] == "\n" || midLine,
                      ScalarClass.isColon(s[j]) || s[j] == "." || s[j] == ")" || s[j] == " " || s[j] == "\n" && !midLine else { continue }
                j += 1
            } else if prefix == ["第"] {
                if spaced, s[j] == " " { j += 1 }
                guard j < s.count, s[j] == "题" || s[j] == "題" else { continue }
                j += 1
                if j < s.count, ScalarClass.isColon(s[j]) || s[j] == "." || s[j] == "、" { j += 1 }
            } else {
                guard ScalarClass.isColon(s[j]) || s[j] == "." || s[j] == "、" else { continue }
                // `…无产阶级领导权问题5、1926年…`: the word glued to the Chinese before it ends that text, and the
                // number after it is the next question's own. (A colon keeps the label: `…标准答案5:满意试题6:…`.)
                if !ScalarClass.isColon(s[j]), i > 0, ScalarClass.isCJK(s[i - 1]) { continue }
                j += 1
            }
            while j < s.count, s[j] == " " || s[j] == "\"" { j += 1 }
            // 试题1:1. — the inner number repeats the label.
            if j < s.count, let inner = questionNumber(at: j, checkingContext: false), inner.style != .bare, inner.style != .paren {
                j = inner.end
            }
            return NumberMarker(start: i, end: j, number: n, style: .label, onlyIfExpected: midLine)
        }
        return nil
    }

    // MARK: options

    /// An option marker for `expected` (upper-case) at `i`.
    /// `spaceRow`: the item's options so far are set apart by a space alone (`A 血管扩张 B …`).
    func option(at i: Int, expected: Unicode.Scalar, lowerCase: Bool?, lineStart: Bool, spaceRow: Bool = false) -> OptionMarker? {
        var j = i
        var parenthesised = false
        // Options laid out in a row are separated by a wide gap (two spaces or more, or a tab).
        let afterGap = !lineStart && expected != "A" && i >= 2 && s[i - 1] == " " && s[i - 2] == " "
        let inRow = !lineStart && expected != "A" && i >= 1 && (s[i - 1] == " " || ScalarClass.isCJK(s[i - 1]))
        // `…( )。  (A)产品  (B)客户`: a flattened row starts its first option after a wide gap too.
        let firstAfterGap = expected == "A" && i >= 2 && s[i - 1] == " " && s[i - 2] == " "
        // `…the National Flag (a) 36      (b) 12`: a row of options laid out in columns on the stem's own line.
        let rowOnStemLine = expected == "A" && !lineStart && !firstAfterGap && parenthesisedRowFollows(from: i)
        if s[j] == "(" && (lineStart || inRow || firstAfterGap || rowOnStemLine) {
            parenthesised = true
            j += 1
            guard j < s.count else { return nil }
        }
        let letter = s[j]
        guard ScalarClass.isOptionLetter(letter) else { return nil }
        // `( a )`: a key in a blank, not an option.
        if !parenthesised {
            var p = j - 1
            while p >= 0, s[p] == " " { p -= 1 }
            var q = j + 1
            while q < s.count, s[q] == " " { q += 1 }
            if p >= 0, s[p] == "(", q < s.count, s[q] == ")" { return nil }
        }
        let isLower = letter.value >= 0x61
        let upper = isLower ? Unicode.Scalar(letter.value - 0x20)! : letter
        guard upper == expected else { return nil }
        if let lowerCase, lowerCase != isLower { return nil }
        // `…是()。 A 冷却的翡翠 B 一种名贵的玉 C 一个地名`: a flattened row set apart by single spaces.
        if expected == "A", !lineStart, !parenthesised, j >= 2, s[j - 1] == " ", j + 2 < s.count, s[j + 1] == " ",
           ScalarClass.isCJK(s[j + 2]), !ScalarClass.isASCIILetter(s[j - 2]) || keyAfterQuestionMark(at: j - 2), spacedRowFollows(fromLetter: j) {
            return OptionMarker(start: i, end: j + 2, letter: upper, lowerCase: isLower)
        }
        if expected == "A", !rowOnStemLine, j > 0, case let p = s[j - 1],
           isLower && !lineStart && p != " " && p != "\n"
            || !parenthesised && (ScalarClass.isASCIILetter(p) || ScalarClass.isDigit(p) || p == "." || p == "-") {
            // Glued to the text before it: an option only when a whole row follows (`…interesting.A. so B. too`).
            guard !parenthesised, !lineStart, !ScalarClass.isDigit(p), p != "-", gluedRowFollows(fromLetter: j) else { return nil }
        }
        j += 1
        guard j < s.count else { return nil }
        if parenthesised {
            guard s[j] == ")" else { return nil }
            j += 1
            // `…中药称为  (A)  ` then the row: a key set off by spaces at the stem's end, not an option with no text.
            if firstAfterGap, !lineStart, onlySpacesToLineEnd(from: j) { return nil }
        } else {
            var k = j
            while k < s.count, s[k] == " ", k - j < 2 { k += 1 }
            guard k < s.count else { return nil }
            switch s[k] {
            case ".", "、", ":", "︰":
                j = k + 1
                // `如果 a、b和c都是 int 变量`, `设 A、B 两个集合`: letters listed in the text (variables, sets), not
                // an option `a` whose text would open on the next letter.
                if !lineStart, isLower || s[k] == "、", let next = Unicode.Scalar(letter.value + 1) {
                    var m = j
                    while m < s.count, s[m] == " " { m += 1 }
                    if m + 1 < s.count, s[m] == next, !ScalarClass.isASCIILetter(s[m + 1]) { return nil }
                }
            case "•", "・", "·" where k == j: j = k + 1  // `A・50次`: an OCR dot
            case ")" where isLower || lineStart || afterGap || firstAfterGap || inRow && k == j: j = k + 1
            default:
                // `A剑南道B山南道C江南道D巴蜀道`: a page that lost every delimiter glues each letter to its Chinese text.
                if k == j, ScalarClass.isCJK(s[j]), !parenthesised, !isLower, undelimitedRow(letterAt: j - 1, lineStart: lineStart) {
                    break
                }
                // `A《共产党宣言》` at a line start with `B.…` opening the next line: the first option lost its delimiter.
                if k == j, lineStart, upper == "A", !parenthesised, !isLower,
                   ScalarClass.isCJK(s[j]) || s[j] == "《" || s[j] == "“", nextLineOpensOptionB(after: j) {
                    break
                }
                // `A200-300    B100-200    C700-800`: numbers in columns set apart by wide gaps, each letter glued to its
                // number (`A4纸` or `B52轰炸机` alone is no row).
                if k == j, ScalarClass.isDigit(s[j]), !parenthesised, !isLower, gluedNumberRow(letterAt: j - 1, lineStart: lineStart, afterGap: afterGap) {
                    break
                }
                // `A控制疾病  B 保证用药  C研制新药`: columns set apart by wide gaps, some letters glued to their text.
                if k == j, ScalarClass.isCJK(s[j]), !parenthesised, !isLower, afterGap || lineStart && gappedLetterFollows(letterAt: j - 1) {
                    break
                }
                // `A 管理学` at a line start (or after a wide gap in a row): a space is the delimiter. Before a Latin
                // word (`A  CPU`) only with a wide gap or Chinese later on the line: `A cat is…` is a sentence.
                // `A 血管扩散 B 血浆渗出`: in a row of CJK options one space will do.
                // (A row that sets its options apart by wide gaps keeps single spaces as text: `A 维生素 B 族  B 蛋白质`.)
                let cjkRow = spaceRow && inRow && i >= 2 && ScalarClass.isCJK(s[i - 2]) && k < s.count && ScalarClass.isCJK(s[k])
                    && !lineHasWideGap(around: i)
                guard lineStart || afterGap || cjkRow, k > j, s[k] != "\n",
                      !ScalarClass.isASCIILetter(s[k]) || k - j >= 2 || restOfLineHasCJK(from: k) else { return nil }
                j = k
            }
        }
        while j < s.count, s[j] == " " { j += 1 }
        return OptionMarker(start: i, end: j, letter: upper, lowerCase: isLower)
    }

    /// Whether the next non-blank line after `j`'s opens with a delimited option `B` (`B.` `B、`).
    private func nextLineOpensOptionB(after j: Int) -> Bool {
        var m = j
        while m < s.count, s[m] != "\n", m - j < 300 { m += 1 }
        guard m < s.count, s[m] == "\n" else { return false }
        while m < s.count, s[m] == "\n" || s[m] == " " { m += 1 }
        guard m + 1 < s.count, s[m] == "B", s[m + 1] == "." || s[m + 1] == "、" || s[m + 1] == "．" else { return false }
        return true
    }

    /// Whether only spaces (or nothing) follow `j` on its line.
    private func onlySpacesToLineEnd(from j: Int) -> Bool {
        var k = j
        while k < s.count, s[k] == " " { k += 1 }
        return k == s.count || s[k] == "\n"
    }

    /// Whether the next capital after the one at `j` follows on the line after a wide gap, before a space, a dot or
    /// Chinese (`A控制疾病  B 保证用药`, `A中药饮片   B. 生药`): a row laid out in columns.
    private func gappedLetterFollows(letterAt j: Int) -> Bool {
        let next = Unicode.Scalar(s[j].value + 1)!
        var k = j + 2
        while k + 1 < s.count, s[k] != "\n", k - j < 80 {
            if s[k] == next, s[k - 1] == " ", s[k - 2] == " ",
               s[k + 1] == " " || s[k + 1] == "." || s[k + 1] == "、" || ScalarClass.isCJK(s[k + 1]) { return true }
            k += 1
        }
        return false
    }

    /// A letter at `j` glued to a number in a row of wide-gapped columns: an `A` at the line start with `B` glued to a
    /// number after a wide gap later on the line; a later letter after a wide gap, with the letter before it glued
    /// to a number at the line start or after a space earlier on the line.
    private func gluedNumberRow(letterAt j: Int, lineStart: Bool, afterGap: Bool) -> Bool {
        let letter = s[j]
        if letter == "A" {
            guard lineStart else { return false }
            var k = j + 2
            while k + 1 < s.count, s[k] != "\n", k - j < 80 {
                if s[k] == "B", s[k - 1] == " ", s[k - 2] == " ", ScalarClass.isDigit(s[k + 1]) { return true }
                k += 1
            }
            return false
        }
        guard afterGap, j >= 3 else { return false }
        let previous = Unicode.Scalar(letter.value - 1)!
        var k = j - 3
        while k >= 0, s[k] != "\n", j - k < 80 {
            if s[k] == previous, ScalarClass.isDigit(s[k + 1]), k == 0 || s[k - 1] == " " || s[k - 1] == "\n" { return true }
            k -= 1
        }
        return false
    }

    /// `…interesting.A. so B. too C. very`, `…store.a)gob)goesc)went`: a page that lost its spaces glues the first
    /// option to the stem (and sometimes every option to the one before). It is a row when the next two letters
    /// follow on the line, in order, in the same case, with the same delimiter, each after some text.
    private func gluedRowFollows(fromLetter j: Int) -> Bool {
        // (`…提出来的。a:列宁b:毛泽东c:刘少奇`: a colon too.)
        guard j + 2 < s.count, case let delimiter = s[j + 1], delimiter == "." || delimiter == ")" || delimiter == "、" || delimiter == ":" else {
            return false
        }
        var letter = s[j]
        var k = j + 2
        var found = 0
        while found < 2, k + 1 < s.count, s[k] != "\n", k - j < 300 {
            let next = Unicode.Scalar(letter.value + 1)!
            if s[k] == next, s[k + 1] == delimiter, k > j + 2 {
                letter = next
                found += 1
                k += 2
                continue
            }
            k += 1
        }
        return found == 2
    }

    /// `…妻妾的有?C A 赵勾弋 B …`: the capital at `k` is a key glued after a question mark, not a word before the row.
    private func keyAfterQuestionMark(at k: Int) -> Bool {
        k >= 1 && ScalarClass.isUpperOptionLetter(s[k]) && (s[k - 1] == "?" || s[k - 1] == "？")
    }

    /// `A李亨B李昂C李炎D李拀` (letter at `j`): options with no delimiter at all, each capital glued to Chinese text on
    /// both sides. An `A` starts such a row only at a line start or after a space, `)` or `?`, with `B` and `C`
    /// glued the same way later on the line; a later letter needs the letter before it glued earlier on the line.
    /// (`维生素A和B族` is no row: `A` sits after Chinese and `B` before it.)
    private func undelimitedRow(letterAt j: Int, lineStart: Bool) -> Bool {
        let letter = s[j]
        /// A capital glued to Chinese text after it, and after Chinese text or a space before it.
        func glued(_ k: Int, _ c: Unicode.Scalar) -> Bool {
            s[k] == c && k + 1 < s.count && ScalarClass.isCJK(s[k + 1]) && k > 0 && (ScalarClass.isCJK(s[k - 1]) || s[k - 1] == " "
                || s[k - 1] == "、" || s[k - 1] == ",")  // `A特许性、B有偿性、C…`
        }
        // `A人力资源部` / `B公安部` / `C…` one to a line: the letters glued to their text down a column.
        if lineStart {
            /// Where the next non-blank line starts after `k`'s line (nil past the end).
            func nextLine(after k: Int) -> Int? {
                var m = k
                while m < s.count, s[m] != "\n", m - k < 200 { m += 1 }
                guard m < s.count, s[m] == "\n" else { return nil }
                while m < s.count, s[m] == "\n" || s[m] == " " { m += 1 }
                return m < s.count ? m : nil
            }
            func lineGlued(_ k: Int?, _ c: Unicode.Scalar) -> Bool {
                guard let k, k + 1 < s.count else { return false }
                return s[k] == c && ScalarClass.isCJK(s[k + 1])
            }
            // `A类地址：…` / `B类地址：…`, `A型血` / `B型血`: letters glued to the same word name kinds of a thing, not options.
            func sameWord(_ k: Int, _ m: Int) -> Bool { k + 1 < s.count && m + 1 < s.count && s[k + 1] == s[m + 1] }
            if letter == "A" {
                let b = nextLine(after: j)
                if lineGlued(b, "B"), let b, !sameWord(j, b), lineGlued(nextLine(after: b), "C") { return true }
            } else {
                var p = j - 1
                while p >= 0, s[p] == "\n" || s[p] == " " { p -= 1 }
                var q = p
                while q >= 0, s[q] != "\n", p - q < 200 { q -= 1 }
                if p >= 0, lineGlued(q + 1, Unicode.Scalar(letter.value - 1)!), !sameWord(q + 1, j) { return true }
            }
        }
        if letter == "A" {
            guard lineStart || j > 0 && (s[j - 1] == " " || s[j - 1] == ")" || s[j - 1] == "?" || s[j - 1] == "？") else { return false }
            var next = Unicode.Scalar(0x42)!  // B
            var k = j + 2
            while k + 1 < s.count, s[k] != "\n", k - j < 120, next.value <= 0x43 {
                if glued(k, next) { next = Unicode.Scalar(next.value + 1)! }
                k += 1
            }
            return next.value > 0x43
        }
        let previous = Unicode.Scalar(letter.value - 1)!
        var k = j - 2
        while k >= 0, s[k] != "\n", j - k < 60 {
            if s[k] == previous, ScalarClass.isCJK(s[k + 1]) {
                return ScalarClass.isCJK(s[j - 1]) || s[j - 1] == " " || s[j - 1] == "、" || s[j - 1] == ","
            }
            k -= 1
        }
        return false
    }

    /// `A 冷却的翡翠 B 一种名贵的玉 C 一个地名`: the next two letters follow on the line, each between single spaces
    /// and before CJK text.
    private func spacedRowFollows(fromLetter j: Int) -> Bool {
        var letter = s[j]
        var k = j + 2
        var found = 0
        while found < 2, k + 2 < s.count, s[k] != "\n", k - j < 200 {
            let next = Unicode.Scalar(letter.value + 1)!
            if s[k] == next, s[k - 1] == " ", s[k + 1] == " ", ScalarClass.isCJK(s[k + 2]) {
                letter = next
                found += 1
            }
            k += 1
        }
        return found == 2
    }

    /// Whether the line holding `i` has two spaces in a row after its first text.
    private func lineHasWideGap(around i: Int) -> Bool {
        var a = i
        while a > 0, s[a - 1] != "\n" { a -= 1 }
        while a < s.count, s[a] == " " { a += 1 }
        var k = a
        while k + 1 < s.count, s[k] != "\n", k - a < 400 {
            if s[k] == " ", s[k + 1] == " " { return true }
            k += 1
        }
        return false
    }

    private func restOfLineHasCJK(from i: Int) -> Bool {
        var j = i
        while j < s.count, s[j] != "\n", j - i < 60 { if ScalarClass.isCJK(s[j]) { return true }; j += 1 }
        return false
    }

    // MARK: answer keys

    static let answerWords: [[Unicode.Scalar]] = ImportVocabulary.answerWords.map { Array($0.unicodeScalars) }

    static let studentWords: [[Unicode.Scalar]] = ImportVocabulary.studentWords.map { Array($0.unicodeScalars) }
    static let questionWordScalars: [[Unicode.Scalar]] = ImportVocabulary.questionWords.map { Array($0.unicodeScalars) }
    static let questionWordStarts = ScalarStartSet(questionWordScalars)
    fileprivate static let exampleWordStarts = ScalarStartSet(exampleWords)
    fileprivate static let labelPrefixStarts = ScalarStartSet(labelPrefixes)
    /// Scalars a key label can start with (its first letter, a bracket, or the dashes of `-----选择:B`).
    static let keyStarts: Set<Unicode.Scalar> = Set(answerWords.map { $0[0] }).union(["【", "[", "(", "-"])
    /// `keyStarts` as a table indexed by scalar value (the scan asks at almost every marker scalar).
    static let keyStartTable: [Bool] = {
        var t = [Bool](repeating: false, count: 0x10000)
        for c in keyStarts where c.value < 0x10000 { t[Int(c.value)] = true }
        return t
    }()

    static func mayStartKey(_ c: Unicode.Scalar) -> Bool { c.value < 0x10000 && keyStartTable[Int(c.value)] }

    /// What each answer word is, worked out once (the scan meets these words at every `答`, `(` and `[`).
    private static let answerWordKinds: [(word: [Unicode.Scalar], explanation: Bool, short: Bool, analysis: Bool)] =
        answerWords.map { word in
            let text = String(String.UnicodeScalarView(word))
            return (word, ImportVocabulary.explanationWords.contains(text), word.count <= 2 && text != "答案",
                    ImportVocabulary.lineStartOnlyWords.contains(text))
        }

    /// `answerWordKinds` grouped by first scalar, in list order: only words that can match at a position are tried.
    private static let answerWordBuckets: [[(word: [Unicode.Scalar], explanation: Bool, short: Bool, analysis: Bool)]] = {
        var buckets: [[(word: [Unicode.Scalar], explanation: Bool, short: Bool, analysis: Bool)]] = []
        for kind in answerWordKinds {
            if let k = buckets.firstIndex(where: { $0[0].word[0] == kind.word[0] }) { buckets[k].append(kind) } else { buckets.append([kind]) }
        }
        return buckets
    }()
    /// Bucket + 1 in `answerWordBuckets` for each BMP scalar, 0 when no answer word starts with it.
    private static let answerWordSlots: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: 0x10000)
        for (k, bucket) in answerWordBuckets.enumerated() where bucket[0].word[0].value < 0x10000 {
            slots[Int(bucket[0].word[0].value)] = UInt8(k + 1)
        }
        return slots
    }()

    /// A key label with its separator. Bare `答`, `选择` and `解析` need a boundary before them so words like
    /// 回答/选择题 stay text. A label printed twice (`【答案】:答案:B`, a site's label before the document's own)
    /// is one label.
    /// The start of the line when only pictographs and spaces stand before `i` on it (at least one pictograph):
    /// `✅ Answer: B`, `👉 答案：对`.
    func pictographLineStart(before i: Int) -> Int? {
        var j = i
        while j > 0, s[j - 1] == " " { j -= 1 }
        let marks = j
        while j > 0, ScalarClass.isPictograph(s[j - 1]) { j -= 1 }
        guard j < marks, j == 0 || s[j - 1] == "\n" else { return nil }
        return j
    }

    func answerKey(at i: Int) -> KeyMarker? {
        guard var key = singleAnswerKey(at: i) else { return nil }
        if key.kind == .answer, key.end < s.count, MarkerRecognizer.mayStartKey(s[key.end]) || s[key.end] == "【",
           let again = singleAnswerKey(at: key.end), again.kind == .answer,
           again.start == key.end {
            key = KeyMarker(start: key.start, end: again.end, kind: .answer)
        }
        return key
    }

    private func singleAnswerKey(at i: Int) -> KeyMarker? {
        // Exported quizzes (学习通, 雨课堂 …) print the student's answer beside the key: 我的答案:A 正确答案:B.
        if s[i] == "答", i >= 2, MarkerRecognizer.studentWords.contains(where: { s.matches($0, at: i - 2) }),
           s.matches(["答", "案"], at: i) || (i + 1 < s.count && ScalarClass.isColon(s[i + 1])) {
            var k = i + (s.matches(["答", "案"], at: i) ? 2 : 1)
            guard k < s.count, ScalarClass.isColon(s[k]) else { return nil }
            k += 1
            while k < s.count, s[k] == " " { k += 1 }
            return KeyMarker(start: i - 2, end: k, kind: .studentAnswer)
        }
        // English labels at a line start, or after a wide gap in a flattened line (`D. Rome  Answer: C`).
        let afterGap = i >= 2 && s[i - 1] == " " && s[i - 2] == " "
        let afterMarks = i >= 1 && ScalarClass.isASCIILetter(s[i]) && (s[i - 1] == " " || ScalarClass.isPictograph(s[i - 1]))
            && pictographLineStart(before: i) != nil
        if i == 0 || s[i - 1] == "\n" || afterGap || afterMarks, let english = englishKey(at: i) ?? englishQuizKey(at: i) { return english }
        if !learned.isEmpty, let found = learned.key(in: s, at: i) { return found }
        var j = i
        var bracket: Unicode.Scalar?
        if s[j] == "【" || s[j] == "[" || s[j] == "(" {
            bracket = s[j]
            j += 1
            guard j < s.count else { return nil }
        }
        let bucket = s[j].value < 0x10000 ? Int(MarkerRecognizer.answerWordSlots[Int(s[j].value)]) : 0
        guard bucket > 0 else { return bracket == "【" ? issuerKey(at: i) : nil }
        for (word, isExplanation, short, isAnalysis) in MarkerRecognizer.answerWordBuckets[bucket - 1] where s.matches(word, at: j) {
            var k = j + word.count
            while k < s.count, ScalarClass.isDigit(s[k]), k - (j + word.count) < 3 { k += 1 }  // 标准答案11:
            // `【参考答案及解析】B` `参考答案与解析:C`: the key and its explanation under one label.
            if !short, !isExplanation, k + 3 < s.count, s[k + 1] == "解", s[k + 2] == "析",
               s[k] == "及" || s[k] == "与" || s[k] == "與" || s[k] == "和",
               bracket != nil || ScalarClass.isColon(s[k + 3]) { k += 3 }
            if let open = bracket {
                // 【答案】B  (参考答案)…  [答案]
                let close: Unicode.Scalar = open == "【" ? "】" : open == "[" ? "]" : ")"
                if k < s.count, s[k] == "参" || s[k] == "參" {  // (答案参考)
                    k += 2
                }
                guard k < s.count, s[k] == close else { continue }
                if open == "(" && isExplanation { continue }
                k += 1
                if k < s.count, ScalarClass.isColon(s[k]) { k += 1 }
                if isLostSpaceMark(at: k) { k += 1 }  // [答案]?D
            } else {
                // `正确答案 :ABC`: a space before the colon.
                if k + 1 < s.count, s[k] == " ", ScalarClass.isColon(s[k + 1]), !short { k += 1 }
                if k < s.count, ScalarClass.isColon(s[k]) {
                    k += 1
                } else if !short, !isExplanation, i == 0 || s[i - 1] == "\n", k < s.count, s[k] == "\n", nextLineKey(after: k) != nil {
                    // `答案` as a line (a heading) and the key alone on the next line.
                } else if !short, !isExplanation, let end = uncolonedKeyEnd(after: k, lineStart: i == 0 || s[i - 1] == "\n") {
                    k = end  // 答案为B, 答案是:C, 参考答案 A
                } else {
                    continue
                }
                if short && i > 0 {
                    let p = s[i - 1]
                    if !(p == "\n" || p == " " || p == "-" || p == "。" || p == ")" || p == "\"" || ScalarClass.isBullet(p)
                         || p == "?" || p == "!" || p == "," || p == ";") { continue }
                }
                if isAnalysis && !(i == 0 || s[i - 1] == "\n") { continue }
            }
            while k < s.count, s[k] == " " || ScalarClass.isColon(s[k]) { k += 1 }  // 答案: :A
            var start = i
            while start > 0, s[start - 1] == "-" || s[start - 1] == "—" { start -= 1 }  // -----选择:B
            return KeyMarker(start: start, end: k, kind: isExplanation ? .explanation : .answer)
        }
        return bracket == "【" ? issuerKey(at: i) : nil
    }

    /// A bracketed key label that names who gives the key: `【司法部答案】B`, `【官方答案】C`, `【命题组答案】A`
    /// (one to four Han letters, then 答案). A student's own answer (`【我的答案】`, `【考生答案】`) is no key.
    @inline(__always)
    private func issuerKey(at i: Int) -> KeyMarker? {
        // (cheap rejection first: 答 within five letters of the bracket)
        guard i + 3 < s.count, s[i + 2] == "答" || s[i + 3] == "答" || i + 4 < s.count && s[i + 4] == "答" || i + 5 < s.count && s[i + 5] == "答"
        else { return nil }
        var k = i + 1
        while k < s.count, k - i <= 4, ScalarClass.isCJK(s[k]), s[k] != "答" {
            let c = s[k]
            if c == "我" || c == "你" || c == "您" || c == "的" || c == "生" { return nil }
            k += 1
        }
        guard k > i + 1, k + 2 < s.count, s[k] == "答", s[k + 1] == "案", s[k + 2] == "】" else { return nil }
        k += 3
        while k < s.count, s[k] == " " || ScalarClass.isColon(s[k]) { k += 1 }
        return KeyMarker(start: i, end: k, kind: .answer)
    }

    /// A `?` that a page's converter printed for a lost (non-breaking) space after a bracketed label: `[答案]?D`,
    /// `[解析]?D项正确`. A `?` before a line end or a space is left alone (an unreadable key).
    private func isLostSpaceMark(at k: Int) -> Bool {
        guard k + 1 < s.count, s[k] == "?" else { return false }
        let next = s[k + 1]
        return next != "\n" && next != " "
    }

    /// Where a key or explanation word of two or more characters (`答案解析`, `解析`, `参考答案`) at `i` ends, with or
    /// without a colon after it.
    func labelWordEnd(at i: Int) -> Int? {
        guard s[i].value < 0x10000, case let bucket = Int(MarkerRecognizer.answerWordSlots[Int(s[i].value)]), bucket > 0 else { return nil }
        for kind in MarkerRecognizer.answerWordBuckets[bucket - 1] where kind.word.count >= 2 && s.matches(kind.word, at: i) {
            var k = i + kind.word.count
            while k < s.count, ScalarClass.isColon(s[k]) || s[k] == " " { k += 1 }
            return k
        }
        return nil
    }

    private static let englishKeyWords: [([Unicode.Scalar], Bool)] = ImportVocabulary.englishKeyWords.map {
        (Array($0.unicodeScalars), ImportVocabulary.englishExplanationWords.contains($0))
    }

    /// English key labels at a line start: `Answer: B`, `ANSWER: B`, `Correct answer: A, C`, `Key: True`,
    /// `Explanation: …`.
    func englishKey(at i: Int) -> KeyMarker? {
        guard ScalarClass.isASCIILetter(s[i]) else { return nil }
        // `The correct answer: b`: an article before the label.
        var w = i
        if matchesLowercased(MarkerRecognizer.englishArticle, at: w) { w += MarkerRecognizer.englishArticle.count }
        // (most words of a text, and option letters `A.` `C.`, start no label: their first two letters are looked up
        // before the word lists)
        if let initials = MarkerRecognizer.englishLabelInitials {
            guard w + 1 < s.count, ScalarClass.isASCIILetter(s[w]), ScalarClass.isASCIILetter(s[w + 1]),
                  initials[Int((s[w].value | 0x20) - 0x61) * 26 + Int((s[w + 1].value | 0x20) - 0x61)] else { return nil }
        }
        for (words, kind) in MarkerRecognizer.englishLabels {
            for word in words where matchesLowercased(word, at: w) {
                var k = w + word.count
                // `Ans. B`, `Ans.(b)`: the abbreviation's full stop stands for the colon.
                if kind == .answer, word == MarkerRecognizer.ansWord, k + 1 < s.count, s[k] == ".",
                   s[k + 1] == " " || s[k + 1] == "(" || ScalarClass.isOptionLetter(s[k + 1]) {
                    k += 1
                    while k < s.count, s[k] == " " { k += 1 }
                    return KeyMarker(start: i, end: k, kind: kind)
                }
                while k < s.count, s[k] == " " { k += 1 }
                // `Correct answer is: Linux`
                var saidIs = false
                if kind == .answer, matchesLowercased(MarkerRecognizer.englishIs, at: k), k + 2 < s.count, s[k + 2] == " " || ScalarClass.isColon(s[k + 2]) {
                    k += MarkerRecognizer.englishIs.count
                    saidIs = true
                }
                while k < s.count, s[k] == " " { k += 1 }
                // `The answer is B.`, `Answer is (C)`: a capital letter (or one in brackets) after `is`, no colon.
                if saidIs, k + 1 < s.count, !ScalarClass.isColon(s[k]) {
                    let letterAt = s[k] == "(" ? k + 1 : k
                    if letterAt + 1 < s.count, s[letterAt].value >= 0x41, s[letterAt].value <= 0x48,
                       !ScalarClass.isASCIILetter(s[letterAt + 1]), s[letterAt + 1] != "'" {
                        return KeyMarker(start: i, end: k, kind: kind)
                    }
                }
                // `Explanation` alone on its line heads the text below it; `Explanation - …` at a line start.
                let lineStart = i == 0 || s[i - 1] == "\n"
                // So does `Correct answer` (or `Answer`) alone over the key's text (a quiz review copied out), when
                // text follows on the next line; a plural (`Answers`) may head an answer sheet and is left alone.
                let headingLine = k < s.count && s[k] == "\n" && lineStart
                    && (kind == .explanation || kind == .answer && word.last != "s" && word != MarkerRecognizer.keyWord
                        && k + 1 < s.count && s[k + 1] != "\n" && s[k + 1] != " ")
                // (`Answer - B` too: a dash set off by spaces after the key label.)
                let dashed = lineStart && k + 1 < s.count && (s[k] == "-" || s[k] == "–" || s[k] == "—") && s[k + 1] == " "
                    && (kind == .explanation || kind == .answer && k > w + word.count)
                guard k < s.count, ScalarClass.isColon(s[k]) || headingLine || dashed else { continue }
                k += 1
                while k < s.count, s[k] == " " { k += 1 }
                return KeyMarker(start: i, end: k, kind: kind)
            }
        }
        return nil
    }

    /// The first two letters of the English labels, as a 26 × 26 table (nil if a label starts otherwise).
    private static let englishLabelInitials: [Bool]? = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for (words, _) in englishLabels {
            for word in words {
                guard word.count >= 2, word[0].value >= 0x61, word[0].value <= 0x7A, word[1].value >= 0x61, word[1].value <= 0x7A else {
                    return nil
                }
                table[Int(word[0].value - 0x61) * 26 + Int(word[1].value - 0x61)] = true
            }
        }
        return table
    }()

    private static let englishArticle = Array("the ".unicodeScalars)
    fileprivate static let keyWord = Array("key".unicodeScalars)
    fileprivate static let ansWord = Array("ans".unicodeScalars)
    private static let englishIs = Array("is".unicodeScalars)

    /// The English labels by kind: the student's own answer in an exported quiz first (`Your answer:`), then
    /// the key and explanation labels.
    private static let englishLabels: [([[Unicode.Scalar]], KeyMarker.Kind)] = [
        (ImportVocabulary.englishStudentWords.map { Array($0.unicodeScalars) }, .studentAnswer),
        (englishKeyWords.filter { !$0.1 }.map(\.0), .answer),
        (englishKeyWords.filter { $0.1 }.map(\.0), .explanation),
    ]

    /// Whether the lower-case ASCII `word` is at `i`, whatever the case of the text.
    func matchesLowercased(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + word.count < s.count else { return false }
        for (k, w) in word.enumerated() {
            let c = s[i + k]
            if (c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c) != w { return false }
        }
        return true
    }

    /// After a label that ends its line: where a key alone on the next line starts (skipping empty and rule lines
    /// such as `---`), and where it ends. Nil when that line holds anything but option letters or a true/false word.
    func nextLineKey(after k: Int) -> (start: Int, end: Int)? {
        guard k < s.count, s[k] == "\n" else { return nil }
        var j = k
        var skipped = 0
        while j < s.count, skipped < 4 {
            // j is at a line break: look at the next line.
            var a = j + 1
            while a < s.count, s[a] == " " { a += 1 }
            var b = a
            while b < s.count, s[b] != "\n" { b += 1 }
            var e = b
            while e > a, s[e - 1] == " " { e -= 1 }
            let hasText = (a..<e).contains { ScalarClass.isCJK(s[$0]) || ScalarClass.isASCIILetter(s[$0]) || ScalarClass.isDigit(s[$0]) || ImportVocabulary.isTrueFalseMark(s[$0]) }
            if hasText {
                let reader = AnswerKeyReader(s: s, recognizer: self)
                // One key names each letter once (`BABAB` is a row of keys for several questions).
                guard let (token, end) = reader.token(at: a), end >= e, Set(token).count == token.count || token == "true" || token == "false" else { return nil }
                return (a, e)
            }
            j = b
            skipped += 1
        }
        return nil
    }

    /// A key label without its colon: `答案为B`, `答案是:C`, or `答案 B` at a line start. Only when a short key
    /// (letters, or a true/false word) follows, so `答案是什么` stays text. Returns where the key starts.
    private func uncolonedKeyEnd(after k: Int, lineStart: Bool) -> Int? {
        var m = k
        let linked = m < s.count && (s[m] == "为" || s[m] == "是")
        if linked { m += 1 }
        if m < s.count, ScalarClass.isColon(s[m]) { return linked ? m + 1 : nil }
        // `答案;B`, `答案; A 贵州`: a semicolon typed for the colon (the keys sit beside it on the same key). Only a
        // short key follows (letters ending there, or a true/false word), so `…的答案;而…` stays text.
        if !linked, m < s.count, s[m] == ";" {
            var n = m + 1
            while n < s.count, s[n] == " " { n += 1 }
            guard n < s.count else { return nil }
            if ScalarClass.isOptionLetter(s[n]) {
                var e = n
                while e < s.count, ScalarClass.isOptionLetter(s[e]) { e += 1 }
                return e == s.count || !ScalarClass.isASCIILetter(s[e]) ? n : nil
            }
            if ImportVocabulary.isTrueFalseMark(s[n]) || s.matches(["正", "确"], at: n) || s.matches(["错", "误"], at: n) { return n }
            return nil
        }
        // 答案cd at a line start: letters glued to the label, alone on the line; or, anywhere, glued between the
        // label and the next label (`…正确答案C答案解析…`).
        if !linked, m < s.count, ScalarClass.isOptionLetter(s[m]) {
            var e = m
            while e < s.count, ScalarClass.isOptionLetter(s[e]), e - m < 8 { e += 1 }
            if lineStart, e == s.count || s[e] == "\n" || s[e] == " " { return m }
            if e == s.count || s[e] == "\n" { return m }  // `…昵称正确答案C` ending its line
            return e < s.count && s[e].value >= 0x4E00 && labelWordEnd(at: e) != nil ? m : nil
        }
        guard linked || (lineStart && m < s.count && s[m] == " ") else { return nil }
        while m < s.count, s[m] == " " { m += 1 }
        guard m < s.count else { return nil }
        let c = s[m]
        if ScalarClass.isOptionLetter(c) {
            var e = m
            while e < s.count, ScalarClass.isOptionLetter(s[e]) || s[e] == "," { e += 1 }
            return e == s.count || !ScalarClass.isASCIILetter(s[e]) ? m : nil
        }
        if ImportVocabulary.isTrueFalseMark(c) || s.matches(["正", "确"], at: m) || s.matches(["错", "误"], at: m) { return m }
        return nil
    }

    /// `【单选题】`, `[判断题]`, `(多选题)` right after a question number: the item's type, and where its stem starts.
    func typeTag(at i: Int, afterLabel: Bool = false) -> (TypeHint, Int)? {
        guard i < s.count else { return nil }
        let close: Unicode.Scalar?
        switch s[i] {
        case "【": close = "】"
        case "[": close = "]"
        case "(": close = ")"
        default: close = nil  // `第1题 单选题 (2分)`: a bare type word, ending at a space, line break or score note
        }
        let wordStart = close == nil ? i : i + 1
        guard let (word, hint) = typeWord(at: wordStart) else { return nil }
        var j = wordStart + word.count
        if j < s.count, s[j] == "题" || s[j] == "題" { j += 1 }
        if let close {
            // `(多选题, 0.4分)`, `【单选题 2分】`: a score note inside the tag goes with it.
            if j < s.count, s[j] == "," || s[j] == " " || s[j] == "、" {
                var k = j
                while k < s.count, k - j < 16, s[k] == "," || s[k] == " " || s[k] == "、" || s[k] == "." || s[k] == "共" || s[k] == "分"
                        || s[k] == "题" || s[k] == "道" || ScalarClass.isDigit(s[k]) { k += 1 }
                if k < s.count, s[k] == close, s[j..<k].contains("分") { j = k }
            }
            guard j < s.count, s[j] == close else { return nil }
            j += 1
        } else {
            // A bare word without 题 is a tag only after a label (`第1题 单选 …`): `2. 计算 2-5 的结果` is a stem.
            guard afterLabel || s[j - 1] == "题" || s[j - 1] == "題" else { return nil }
            // After `第2题` a type word may be glued to the stem: `第 2 題單選心對血液…`.
            let glued = afterLabel && word.count == 2 && j < s.count && ScalarClass.isCJK(s[j])
            guard j < s.count, s[j] == " " || s[j] == "\n" || s[j] == "(" || ScalarClass.isColon(s[j]) || glued else { return nil }
            if ScalarClass.isColon(s[j]) { j += 1 }  // `1. 判断题:` then the statement
        }
        while j < s.count, s[j] == " " || s[j] == "\n" { j += 1 }
        // `- 实践是…`: the stem as a bullet under its tag.
        if j + 1 < s.count, s[j] == "-" || ScalarClass.isBullet(s[j]), s[j + 1] == " ", j > 0, s[j - 1] == "\n" { j += 2 }
        return (hint, j)
    }

    /// English type labels that start a question at a line start, lower-case, longest first.
    private static let englishTypeLabels: [([Unicode.Scalar], TypeHint)] = [
        ("multiple choice", TypeHint.anyChoice), ("multiple-choice", .anyChoice), ("single choice", .singleChoice),
        ("short answer", .shortAnswer(kind: nil)), ("fill in the blank", .fillBlank), ("fill-in-the-blank", .fillBlank),
        ("fill in", .fillBlank), ("fill-in", .fillBlank), ("true or false", .trueFalse), ("true/false", .trueFalse),
        ("essay", .shortAnswer(kind: "essay")), ("definition", .shortAnswer(kind: "term_definition")),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// `Short answer: Describe…`: the type and where the stem starts (text must follow on the line).
    func englishTypeLabel(at i: Int) -> (TypeHint, Int)? {
        for (word, hint) in MarkerRecognizer.englishTypeLabels where matchesLowercased(word, at: i) {
            var j = i + word.count
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, ScalarClass.isColon(s[j]) else { continue }
            j += 1
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, s[j] != "\n" else { return nil }
            return (hint, j)
        }
        return nil
    }

    // MARK: headings

    static let typeWords: [(String, TypeHint)] = [
        ("单项选择", .singleChoice), ("单选", .singleChoice), ("多项选择", .multipleChoice), ("多选", .multipleChoice),
        ("不定项选择", .anyChoice), ("选择", .anyChoice), ("判断", .trueFalse), ("是非", .trueFalse),
        ("填空", .fillBlank), ("名词解释", .shortAnswer(kind: "term_definition")),
        ("简答", .shortAnswer(kind: nil)), ("问答", .shortAnswer(kind: nil)), ("论述", .shortAnswer(kind: "essay")),
        ("案例", .shortAnswer(kind: "case_analysis")), ("计算", .shortAnswer(kind: nil)),
        ("综合", .shortAnswer(kind: nil)), ("分析", .shortAnswer(kind: nil)),
        ("單選", .singleChoice), ("多選", .multipleChoice), ("判斷", .trueFalse), ("簡答", .shortAnswer(kind: nil)),
        ("單項選擇", .singleChoice), ("多項選擇", .multipleChoice), ("不定項選擇", .anyChoice), ("選擇", .anyChoice),
        ("名詞解釋", .shortAnswer(kind: "term_definition")), ("問答", .shortAnswer(kind: nil)), ("論述", .shortAnswer(kind: "essay")),
    ]
    static let typeWordScalars: [([Unicode.Scalar], TypeHint)] = typeWords.map { (Array($0.0.unicodeScalars), $0.1) }

    /// (the test runs after every question number and part marker)
    private static let typeWordStarts = ScalarStartSet(typeWordScalars.map(\.0))

    /// The type word (the first in `typeWords` order) at `i`.
    func typeWord(at i: Int) -> ([Unicode.Scalar], TypeHint)? {
        guard i >= 0, i < s.count, MarkerRecognizer.typeWordStarts.mayStart(s[i]) else { return nil }
        return MarkerRecognizer.typeWordScalars.first { s.matches($0.0, at: i) }
    }

    /// `一、单选题 (共 10 道试题,共 40 分)`, `三、多选题:`, `第二章 …`, `第3部分`.
    func heading(at i: Int) -> HeadingMarker? {
        if let h = chapterHeading(at: i) { return h }
        var j = i
        let parenthesised = s[i] == "("  // (一)单项选择题
        if parenthesised { j += 1 }
        let digits = j
        while j < s.count, ScalarClass.chineseDigit(s[j]) != nil, j - digits < 3 { j += 1 }
        guard j > digits, j < s.count else { return nil }
        if parenthesised { guard s[j] == ")" else { return nil } } else {
            guard s[j] == "、" || s[j] == "." || s[j] == "," else { return nil }
        }
        if i > 0, ScalarClass.chineseDigit(s[i - 1]) != nil { return nil }
        j += 1
        while j < s.count, s[j] == " " { j += 1 }
        guard let (word, hint) = typeWord(at: j) else {
            return untypedPartHeading(start: i, titleStart: j)
        }
        j += word.count
        var wordEnd = j
        // 判断并改错题, 案例分析: a few more CJK letters belong to the heading word when the heading ends there.
        while wordEnd < s.count, wordEnd - j < 6, ScalarClass.isCJK(s[wordEnd]) {
            wordEnd += 1
            if s[wordEnd - 1] == "题" || s[wordEnd - 1] == "題" { break }
        }
        if wordEnd > j {
            let endsWord = s[wordEnd - 1] == "题" || s[wordEnd - 1] == "題" || wordEnd == s.count
                || [":", "(", " ", "\n", "︰"].contains(s[wordEnd]) || ScalarClass.isDigit(s[wordEnd])
            if endsWord { j = wordEnd }
        }
        // The section is named by the heading itself; its note (`(每小题2分,共20分)`, instructions) is left out.
        let name = s.string(i..<j).trimmingScalars([" ", ":", "\n"])
        j = skipHeadingTail(from: j)
        return HeadingMarker(start: i, end: j, text: name, hint: hint)
    }

    /// `四、连线题`, `五、计算题` alone on a line: a part of the paper whose type word shuati does not know. It is still
    /// a part (numbering restarts, an answer sheet at the end keys the whole paper), not the title of a new paper.
    private func untypedPartHeading(start i: Int, titleStart: Int) -> HeadingMarker? {
        guard i == 0 || s[i - 1] == "\n" else { return nil }
        var j = titleStart
        while j < s.count, j - titleStart < 5, s[j] != "题", ScalarClass.isCJK(s[j]) { j += 1 }
        guard j > titleStart, j < s.count, s[j] == "题" else { return nil }
        let name = s.string(i..<(j + 1))
        let end = skipHeadingTail(from: j + 1)
        guard end == s.count || s[end] == "\n" else { return nil }
        return HeadingMarker(start: i, end: end, text: name, hint: .none)
    }

    /// After a heading word: spaces, a parenthesised note (which may wrap a line), a colon.
    private func skipHeadingTail(from start: Int) -> Int {
        var j = start
        var k = j
        while k < s.count, s[k] == " " || s[k] == "?" && k + 1 < s.count && s[k + 1] == "(" { k += 1 }  // 選擇題?(…)
        if k < s.count, s[k] == "(" {
            if let end = lineLongNoteEnd(openingAt: k) {
                j = end
            } else {
                var m = k + 1
                while m < s.count, s[m] != ")", m - k < 60 { m += 1 }
                if m < s.count, s[m] == ")" { j = m + 1 }
            }
        }
        k = j
        while k < s.count, s[k] == " " { k += 1 }
        if k < s.count, ScalarClass.isColon(s[k]) || s[k] == "、" { j = k + 1 }
        while j < s.count, s[j] == " " { j += 1 }
        return j
    }

    /// A heading's note that runs to its line's end (`(请在[答题]菜单上选择[选择题]命令,…)`, converter residue
    /// `請(qǐng)?jiān)在` and all): its end. Nil when the line holds a question's blank `( )` or a number (`1.` `2、`):
    /// then a question shares the line and the note ends at its first `)`.
    private func lineLongNoteEnd(openingAt k: Int) -> Int? {
        var m = k + 1
        var lastClose: Int?
        while m < s.count, s[m] != "\n", m - k < 300 {
            let c = s[m]
            if c == ")" { lastClose = m } else if c != " " { lastClose = nil }
            if c == "(", m + 1 < s.count, s[m + 1] == ")" || s[m + 1] == " " { return nil }
            if ScalarClass.isDigit(c), m + 1 < s.count, s[m + 1] == "." || s[m + 1] == "、" { return nil }
            m += 1
        }
        guard m == s.count || s[m] == "\n", let close = lastClose, close - k > 60 else { return nil }
        return close + 1
    }

    /// `第二章 客户识别` (to the end of the line or the first question number) and `第2部分`.
    private static let roundWords: [[Unicode.Scalar]] = ["回合", "轮", "輪", "环节", "環節"].map { Array($0.unicodeScalars) }

    /// A contest round's heading (see `chapterHeading`): its title runs to the line end or the first question
    /// number, and names a question type.
    private func roundHeading(start i: Int, titleStart: Int) -> HeadingMarker? {
        var end = titleStart
        while end < s.count, s[end] != "\n", end - titleStart < 24, !ScalarClass.isDigit(s[end]) { end += 1 }
        guard let (_, hint) = MarkerRecognizer.typeWordScalars.first(where: { s[titleStart..<end].containsScalars($0.0) }) else {
            return nil
        }
        let text = s.string(i..<end).trimmingScalars([" ", ":", ",", "-", "—"])
        while end < s.count, s[end] == " " { end += 1 }
        return HeadingMarker(start: i, end: end, text: text, hint: hint)
    }

    private func chapterHeading(at i: Int) -> HeadingMarker? {
        guard s[i] == "第" else { return nil }
        var j = i + 1
        while j < s.count, ScalarClass.chineseDigit(s[j]) != nil || ScalarClass.isDigit(s[j]), j - i < 4 { j += 1 }
        guard j > i + 1, j < s.count else { return nil }
        // `第二回合-判断题`, `第一轮:抢答题(单选题)`, `第三环节 判断题`: a round of a quiz contest, a part of the paper
        // only when its title names a question type (`第二轮谈判` in a sentence is text).
        if let round = MarkerRecognizer.roundWords.first(where: { s.matches($0, at: j) }) {
            return roundHeading(start: i, titleStart: j + round.count)
        }
        guard s[j] == "章" || s[j] == "节" || s[j] == "部" || s[j] == "單" || s[j] == "单" else {
            return nil
        }
        if s[j] == "部" { guard j + 1 < s.count, s[j + 1] == "分" else { return nil }; j += 1 }
        if s[j] == "单" || s[j] == "單" { guard j + 1 < s.count, s[j + 1] == "元" else { return nil }; j += 1 }
        j += 1
        // The chapter title runs to the line end, stopping before a question number or a colon.
        var end = j
        while end < s.count, s[end] != "\n", end - j < 40 {
            if ScalarClass.isDigit(s[end]) || s[end] == "(" && end + 1 < s.count && ScalarClass.isDigit(s[end + 1]) { break }
            if s[end] == "【" || s[end] == "[" { break }  // `第二章…【判断】…`: a tagged question follows
            end += 1
        }
        let text = s.string(i..<end).trimmingScalars([" ", ":"])
        var hint = TypeHint.none
        if let (_, h) = MarkerRecognizer.typeWordScalars.first(where: { s[i..<end].containsScalars($0.0) }) {
            hint = h
        }
        while end < s.count, s[end] == " " { end += 1 }
        return HeadingMarker(start: i, end: end, text: text, hint: hint)
    }
}
