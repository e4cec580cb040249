import Foundation

/// Normalises free text for short-answer grading so that wording a teacher would accept compares equal: NFKC
/// and case, traditional characters folded to simplified, common synonyms folded to one word (顾客 → 客户,
/// 提高 → 提升 …), and characters that carry no meaning on their own (的, 了, 和 …) dropped with punctuation.
public enum AnswerText {
    /// The normalised characters of `text`, in order.
    public static func characters(_ text: String) -> [Character] {
        var s = TextNormalizer.nfkc(text).lowercased()
        s = String(s.map { traditional[$0] ?? $0 })
        for (variant, canonical) in phrases { s = s.replacingOccurrences(of: variant, with: canonical) }
        var out: [Character] = []
        out.reserveCapacity(s.count)
        for ch in s {
            guard let scalar = ch.unicodeScalars.first, !TextNormalizer.isIgnorable(scalar), !stopCharacters.contains(ch) else { continue }
            out.append(ch)
        }
        return out
    }

    /// Opposite directions (after folding): "降低成本" answered with "提升成本" says the opposite.
    public static let opposites: [(String, String)] = [("提升", "降低"), ("降低", "提升"), ("重视", "忽视"), ("忽视", "重视"),
                                                        ("主动", "被动"), ("被动", "主动"), ("长期", "短期"), ("短期", "长期")]

    /// Characters dropped before comparing: particles and conjunctions a paraphrase adds or leaves out freely.
    static let stopCharacters: Set<Character> = ["的", "了", "着", "地", "得", "之", "和", "与", "及", "并", "或", "是", "在", "等",
                                                 "也", "都", "就", "把", "被", "将", "其", "而", "即", "要", "去", "很"]

    /// Variant → canonical, longest variants first so 消费者 is folded before 者 could matter. Filler words
    /// (进行, 能够 …) map to nothing.
    static let phrases: [(String, String)] = {
        let groups: [(String, [String])] = [
            ("客户", ["顾客", "用户", "消费者", "客人", "买家"]),
            ("企业", ["公司", "厂商", "商家", "厂家"]),
            ("提升", ["提高", "增强", "加强", "改善", "增进", "增加", "扩大"]),
            ("缺乏", ["没有", "缺少", "沒有"]),
            ("保持", ["维持", "维系", "保留", "留住"]),
            ("沟通", ["交流"]),
            ("互动", ["交互"]),
            ("获取", ["获得", "取得", "得到"]),
            ("降低", ["减少", "减低", "压低"]),
            ("方法", ["方式", "手段", "办法", "途径"]),
            ("目标", ["目的"]),
            ("成本", ["费用", "开支"]),
            ("利润", ["盈利", "收益", "赢利"]),
            ("信息", ["资料"]),
            ("长期", ["长久", "持久"]),
            ("建立", ["构建", "建设", "创建"]),
            ("定制", ["订制", "个性化定制"]),
            ("忠诚", ["忠实"]),
            ("关键", ["核心"]),
            ("", ["进行", "能够", "可以", "应当", "应该", "一个", "一种", "一些", "主要", "包括", "通过", "从而", "以便"]),
        ]
        var pairs: [(String, String)] = []
        for (canonical, variants) in groups { for v in variants { pairs.append((v, canonical)) } }
        return pairs.sorted { $0.0.count > $1.0.count }
    }()

    /// Traditional → simplified for the characters course material uses most (a cheap fold, not a converter).
    static let traditional: [Character: Character] = {
        let pairs = "顧顾沒没戶户關关係系營营銷销對对話话觀观預预測测識识滿满質质價价務务業业場场資资訊讯數数據据庫库發发長长維维護护溝沟與与過过這这個个們们為为會会產产競竞爭争優优勢势實实現现體体驗验獲获開开點点應应來来動动導导問问題题異异區区別别進进確确種种類类計计設设費费將将總总經经濟济學学習习說说記记錄录號号電电網网絡络線线錢钱貨货買买賣卖讓让戰战層层級级標标準准決决統统劃划歷历時时間间還还樣样擇择選选擴扩張张節节約约構构態态並并簡简答答獻献職职責责務务權权創创細细價价値值"
        var map: [Character: Character] = [:]
        let chars = Array(pairs)
        var i = 0
        while i + 1 < chars.count { map[chars[i]] = chars[i + 1]; i += 2 }
        return map
    }()
}
