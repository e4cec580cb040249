/// Recognises the boilerplate that document sites wrap around real content (download notices, copyright lines,
/// VIP adverts, comment counters, uploader cards) so it can never become a question, even when it is numbered.
struct NoiseFilter {
    /// Phrases that only site chrome uses: one is enough.
    static let strong: [String] = [
        "原创力文档", "book118", "文档评论", "实名认证", "文档贡献者", "该用户很懒", "精品文档",
        "查看更多", "上传文档", "版权申诉", "人工客服", "下载文档", "下载本文档", "二次下载", "VIP文档", "VIP会员",
        "成为VIP", "VIP精品", "举报电话", "侵权必究", "付费前请", "不进行额外附加服务", "仅部分预览", "可完整预览",
        "如何避免下载", "下载权益", "+ 关注", "+关注", "文档格式转换", "阅读免打扰", "扫码", "微信公众号",
        "百度文库", "道客巴巴", "豆丁网", "文库", "本文档", "全文阅读", "点击下载", "立即下载", "免费下载",
        "下载积分", "分享到", "收藏本文", "精品资料", "更多资料", "更多精品", "请访问", "欢迎下载", "docin.com",
    ]
    /// Phrases of site chrome that a real sentence can use too (`…按照工作程序及相关文档的规范…`): noise in a short
    /// line, or with one more chrome word.
    static let medium: [String] = ["相关文档"]
    /// Words site chrome uses often and real questions rarely: two make a noise line.
    static let weak: [String] = [
        "下载", "文档", "版权", "侵权", "侵犯", "付费", "退款", "客服", "预览", "VIP", "会员", "网站", "本站",
        "上传", "网友", "权益", "点击", "举报", "申诉", "平台", "不得用于", "商业用途", "仅供", "自行", "鉴别",
        "甄别", "联系我们", "服务费", "浏览", "www.", ".com", "http",
    ]

    /// The three lists in one index, so a line is scanned once rather than once per list (this runs on every
    /// line of a document): ids count through `strong`, then `medium`, then `weak`.
    private static let phrases = PhraseIndex(strong + medium + weak)

    init() {}

    /// Whether a whole line is site noise.
    func isNoise(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Long lines carry real content; site notices are short sentences.
        guard !line.isEmpty, line.count <= 400 else { return false }
        if NoiseFilter.isPageNumber(line) || NoiseFilter.isScoreTable(line) { return true }
        let strongCount = NoiseFilter.strong.count, mediumEnd = strongCount + NoiseFilter.medium.count
        var strongFound = false, mediumFound = false
        var weakFound: UInt64 = 0  // one bit per weak word (there are fewer than 64)
        NoiseFilter.phrases.forEachMatch(in: line) { id in
            if id < strongCount { strongFound = true; return true }
            if id < mediumEnd { mediumFound = true } else { weakFound |= 1 << UInt64(id - mediumEnd) }
            return false
        }
        if strongFound { return true }
        let weak = weakFound.nonzeroBitCount
        if mediumFound {
            // `相关文档` holds the weak word `文档` itself: it needs one more.
            return line.count <= 16 || weak >= 2
        }
        // (A question's answer blank, `()` / `（ ）` / `___`, is never site chrome: `…浏览器窗口中的文档…( )`; nor is a
        // numbered line asking a question with such words, `收到自称客服的邮件,请点击附件…,以下哪种做法最安全?`: the chrome's
        // own questions carry a strong phrase, `如何避免下载的几个坑`.)
        return weak >= 2 && !NoiseFilter.hasAnswerBlank(line) && !NoiseFilter.isNumberedQuestion(line)
    }

    /// Whether the line opens with a question number (`12、`, `3.`) and ends with a question mark (checked only for
    /// a would-be noise line).
    static func isNumberedQuestion(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var k = line.count - 1
        while k >= 0, line[k] == " " { k -= 1 }
        guard k >= 0, line[k] == "?" || line[k] == "？" else { return false }
        var i = 0
        while i < line.count, line[i] == " " { i += 1 }
        let digitsStart = i
        while i < line.count, ScalarClass.isDigit(line[i]), i - digitsStart < 4 { i += 1 }
        guard i > digitsStart, i < line.count else { return false }
        let d = line[i]
        return d == "、" || d == "." || d == "．" || d == "," || d == "，"
    }

    /// Whether the line holds an empty bracket pair or a run of underscores (checked only for a would-be noise line).
    static func hasAnswerBlank(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var k = 0
        while k < line.count {
            let c = line[k]
            if c == "(" || c == "（" {
                var j = k + 1
                while j < line.count, line[j] == " " || line[j] == "\u{3000}" { j += 1 }
                if j < line.count, line[j] == ")" || line[j] == "）" { return true }
            } else if c == "_", k + 2 < line.count, line[k + 1] == "_", line[k + 2] == "_" {
                return true
            }
            k += 1
        }
        return false
    }
}

extension NoiseFilter {
    /// Page footers left by printing to text: `- 2 -`, `— 3 —`, `第 1 页 共 5 页`, `第2页/共5页`, `3 / 10`.
    static func isPageNumber(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Cheap rejection first: this runs on every line.
        guard line.count <= 24, let first = line.first(where: { $0 != " " }),
              first == "-" || first == "—" || first == "–" || first == "第" || ScalarClass.isDigit(first) else { return false }
        let t = line.filter { $0 != " " }
        guard !t.isEmpty, t.count <= 16 else { return false }
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < t.count, ScalarClass.isDigit(t[i]) { i += 1 }
            return i > start
        }
        func take(_ c: Unicode.Scalar) -> Bool { if i < t.count, t[i] == c { i += 1; return true }; return false }
        func dash() -> Bool { take("-") || take("—") || take("–") }
        // - 2 -
        if dash() { return digits() && dash() && i == t.count }
        // 第 1 页 [,/] [共 5 页]
        if take("第") {
            guard digits(), take("页") else { return false }
            _ = take(",") || take("/") || take("、")
            if i == t.count { return true }
            return take("共") && digits() && take("页") && i == t.count
        }
        // 3 / 10
        return digits() && take("/") && digits() && i == t.count
    }
}

extension NoiseFilter {
    private static let scoreTableWords: [[Unicode.Scalar]] = ["题号", "得分", "总分", "评卷人", "阅卷人", "复核人", "核分人",
                                                             "题目", "分数", "合计"].map { Array($0.unicodeScalars) }

    /// (an array: a set hashed the first scalar of every line for a handful of candidates)
    private static let scoreTableStarts = Array(Set(scoreTableWords.map { $0[0] }))

    /// The score table printed at the top of a paper (`题号 一 二 三 总分`, `得分 评卷人`): only those words, numerals and
    /// spaces, and at least one of the words.
    static func isScoreTable(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard line.count <= 60, let first = line.first,
              scoreTableStarts.contains(first) || first == " " else { return false }
        var i = 0
        var words = 0
        while i < line.count {
            let c = line[i]
            if c == " " || ScalarClass.isDigit(c) || ScalarClass.chineseDigit(c) != nil || c == "|" { i += 1; continue }
            guard let word = scoreTableWords.first(where: { w in
                i + w.count <= line.count && zip(w, line[i..<(i + w.count)]).allSatisfy { $0 == $1 } }) else { return false }
            words += 1
            i += word.count
        }
        // `题号 1 2 3 4 5` over `答案 B C …` is an answer table, not the score table (`题号 一 二 总分`).
        return words > 0 && !(line.contains(where: ScalarClass.isDigit) && line.starts(with: ["题", "号"]))
    }
}

/// Phrases indexed by their first scalar, so a line is searched in one pass. A class: the index is read on every
/// line, and a struct of six arrays was retained and released six times a line.
final class PhraseIndex: Sendable {
    /// The phrases sharing a first scalar, in list order.
    private let buckets: [[(Int, [Unicode.Scalar])]]
    /// Bucket + 1 of each BMP scalar, 0 when no phrase starts with it: a table, not a dictionary, because the
    /// common CJK characters that start phrases would otherwise be hashed wherever they occur.
    private let slots: [UInt16]
    /// One bit per BMP scalar, set where `slots` is not 0: 8 KB, so the test every scalar gets stays in cache.
    private let startBits: [UInt64]
    /// Phrases starting outside the BMP.
    private let astral: [Unicode.Scalar: Int]
    /// One bit per hash of a phrase's first two scalars (nil when a phrase is one scalar long): common characters
    /// that start a phrase (`不`, `上`, `本`) are then mostly turned away before the phrases are compared.
    private let pairBits: [UInt64]?

    @inline(__always)
    private static func pairHash(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int((a.value &* 0x9E37_79B1 ^ b.value &* 0x85EB_CA77) >> 16 & 0xFFFF)
    }

    init(_ phrases: [String]) {
        var buckets: [[(Int, [Unicode.Scalar])]] = []
        var slots = [UInt16](repeating: 0, count: 0x10000)
        var astral: [Unicode.Scalar: Int] = [:]
        for (i, phrase) in phrases.enumerated() {
            let scalars = phrase.scalarArray
            let first = scalars[0]
            var bucket = first.value < 0x10000 ? Int(slots[Int(first.value)]) - 1 : astral[first] ?? -1
            if bucket < 0 {
                bucket = buckets.count
                buckets.append([])
                if first.value < 0x10000 { slots[Int(first.value)] = UInt16(bucket + 1) } else { astral[first] = bucket }
            }
            buckets[bucket].append((i, scalars))
        }
        var startBits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in slots.indices where slots[v] != 0 { startBits[v >> 6] |= 1 << UInt64(v & 63) }
        self.buckets = buckets
        self.slots = slots
        self.startBits = startBits
        self.astral = astral
        if phrases.allSatisfy({ $0.unicodeScalars.count >= 2 }) {
            var pairBits = [UInt64](repeating: 0, count: 0x10000 / 64)
            for phrase in phrases {
                let scalars = phrase.scalarArray
                let h = PhraseIndex.pairHash(scalars[0], scalars[1])
                pairBits[h >> 6] |= 1 << UInt64(h & 63)
            }
            self.pairBits = pairBits
        } else {
            self.pairBits = nil
        }
    }

    /// How many different phrases occur in `line`, counting no further than `stopAt`.
    func countDistinct(in line: UnsafeBufferPointer<Unicode.Scalar>, stopAt: Int) -> Int {
        var found = Set<Int>()
        forEachMatch(in: line) { id in
            found.insert(id)
            return found.count >= stopAt
        }
        return found.count
    }

    /// Every phrase that occurs in `line`.
    func allMatches(in line: UnsafeBufferPointer<Unicode.Scalar>) -> Set<Int> {
        var found = Set<Int>()
        forEachMatch(in: line) { id in
            found.insert(id)
            return false
        }
        return found
    }

    /// The lowest-numbered phrase (earliest in the list given) that occurs in `line`.
    func lowestMatch(in line: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var best: Int?
        forEachMatch(in: line) { id in
            if best.map({ id < $0 }) ?? true { best = id }
            return best == 0
        }
        return best
    }

    /// Calls `found` with the id of each phrase occurrence, left to right, until it returns true.
    @inline(__always)
    func forEachMatch(in line: UnsafeBufferPointer<Unicode.Scalar>, _ found: (Int) -> Bool) {
        for start in line.indices {
            let v = line[start].value
            if v < 0x10000, startBits[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { continue }
            if let pairBits {
                guard start + 1 < line.endIndex else { continue }
                let h = PhraseIndex.pairHash(line[start], line[start + 1])
                if pairBits[h >> 6] & (1 << UInt64(h & 63)) == 0 { continue }
            }
            let bucket = v < 0x10000 ? Int(slots[Int(v)]) - 1 : astral[line[start]] ?? -1
            guard bucket >= 0 else { continue }
            for (id, phrase) in buckets[bucket] where start + phrase.count <= line.endIndex {
                var match = true
                for k in 1..<phrase.count where line[start + k] != phrase[k] { match = false; break }
                if match, found(id) { return }
            }
        }
    }
}
