import XCTest
@testable import ShuatiKit

/// Short-answer grading against paraphrases a teacher would accept, and answers a teacher would reject (written
/// for these tests: the same topic words in a wrong claim, another item's answer, a partial list).
final class ParaphraseTests: XCTestCase {
    struct Case {
        var stem: String
        var reference: String
        /// Answers that cover every point in other words.
        var accepted: [String]
        /// Answers that should not be marked right.
        var rejected: [String]
    }

    static let cases: [Case] = [
        Case(stem: "客户知识分为哪几类?", reference: "(1)对话性客户知识;(2)观察性客户知识;(3)预测性客户知识。",
             accepted: ["对话性的客户知识、观察性的客户知识、预测性的客户知识", "分三类：对话性知识，观察性知识，预测性知识"],
             rejected: ["显性知识和隐性知识", "客户知识很重要，要好好管理"]),
        Case(stem: "简述客户关系管理的理论基础", reference: "关系营销、数据库营销、一对一营销、客户智能与客户知识、客户关系模型-IDIC模型。",
             accepted: ["关系营销；数据库营销；一对一营销；客户智能和客户知识；IDIC模型", "理论基础有关系营销 数据库营销 一对一营销 客户智能及客户知识 IDIC客户关系模型"],
             rejected: ["4P营销理论和4C理论", "市场营销"]),
        Case(stem: "关系营销与传统的交易营销相比,有何特点?", reference: "关注保持客户 高度重视客户服务 高度的客户承诺 高度的客户联系 质量是所有部门都应关心的",
             accepted: ["重视客户保持；非常重视对顾客的服务；对客户高度承诺；和客户联系密切；所有部门都关心质量"],
             rejected: ["关注一次性交易，重视产品特征，较少强调客户服务", "价格低"]),
        Case(stem: "关系营销的本质特征是什么?", reference: "可以概括为:双向沟通、合作、双赢、亲密和控制",
             accepted: ["双向交流、合作、双赢、亲密、控制", "沟通是双向的；合作；双赢；亲密；控制"],
             rejected: ["单向传播信息", "竞争和对抗"]),
        Case(stem: "IDIC模型的主要内容是什么?", reference: "IDIC模型的主要内容:识别客户、对客户进行差异分析、与客户保持互动、调整产品或服务以满足每个客户的需要。",
             accepted: ["识别顾客；对顾客做差异分析；与顾客保持互动；调整产品和服务满足每个顾客的需要"],
             rejected: ["调查市场、制定价格", "客户"]),
        Case(stem: "客户识别包括哪些步骤?", reference: "客户识别的主要步骤包括:定义客户信息,收集客户信息,整合、管理客户信息,更新客户信息,客户信息安全。",
             accepted: ["定义客户资料；收集客户资料；整合和管理客户资料；更新客户资料；保证客户信息的安全"],
             rejected: ["打电话给客户", "删除客户信息"]),
        Case(stem: "客户区分包括哪些步骤?", reference: "客户区分的步骤包括:确定区分客户的基础、区分不同的客户、分析不同客户的特征。",
             accepted: ["先确定区分客户的依据基础，再区分不同客户，最后分析各类客户的特征"],
             rejected: ["给所有客户一样的服务"]),
        Case(stem: "客户个性化包括哪些步骤?", reference: "识别客户个性化需求;分析客户价值差异;弄清企业的优势和劣势;根据客户需求、价值及企业现状选择客户;实施不同的营销模式。",
             accepted: ["识别顾客的个性化需求；分析顾客价值的差异；弄清公司的优势劣势；按需求、价值和企业现状选择顾客；实施不同营销模式"],
             rejected: ["统一定价，大规模生产同一种产品"]),
        Case(stem: "客户管理目标有哪几个层次?", reference: "(1)最高层:企业获取最大利润。(2)中层:提高客户满意度和忠诚度。(3)最底层:实现销售、营销和服务的自动化。",
             accepted: ["最高层是企业获得最大的利润；中层是提升客户满意和忠诚度；最底层是销售、营销、服务自动化"],
             rejected: ["降低员工工资", "只有一个层次"]),
        Case(stem: "根据客户价值如何对客户进行细分?", reference: "VIP客户、主要客户、普通客户和小客户。",
             accepted: ["分为VIP客户，主要客户，普通客户，小客户"],
             rejected: ["男性客户和女性客户"]),
        Case(stem: "CRM成功的三要素是什么?", reference: "①理念 ②技术 ③实施",
             accepted: ["理念、技术、实施"],
             rejected: ["资金、人员"]),
        Case(stem: "简述客户满意的影响因素。", reference: "1. 客户期望 2. 客户对产品的实际认知 3. 产品的效用 4. 客户让渡价值",
             accepted: ["顾客的期望；顾客对产品的实际认知；产品效用；顾客让渡价值"],
             rejected: ["天气和季节"]),
        Case(stem: "客户投诉对企业的价值体现在哪些方面?", reference: "其一,企业可以了解自身在产品或服务中存在的问题;其二,妥善处理投诉会带来客户满意。",
             accepted: ["能让公司了解产品或服务存在的问题；处理好投诉能带来顾客满意"],
             rejected: ["投诉会损害企业形象，应当拒绝"]),
        Case(stem: "如何设计与客户互动?", reference: "第一步,确定互动的对象;第二步,明确希望达到的目标;第三步,设计互动的内容;第四步,计算互动的费用;第五步,确定互动的渠道和频率;第六步,评估互动的效果。",
             accepted: ["确定互动对象；明确要达到的目标；设计互动内容；计算互动成本费用；确定渠道与频率；评估互动效果"],
             rejected: ["多发广告"]),
        Case(stem: "客户服务的类型有哪些?", reference: "潜在期客户服务、开发期客户服务、成长期客户服务、成熟期客户服务、衰退期客户服务和终止期客户服务。",
             accepted: ["潜在期服务，开发期服务，成长期服务，成熟期服务，衰退期服务，终止期服务"],
             rejected: ["售前服务和售后服务"]),
        Case(stem: "数据挖掘的常用方法有哪些?", reference: "分类、聚类、关联规则、预测、序列分析",
             accepted: ["分类；聚类；关联规则；预测；序列分析"],
             rejected: ["问卷调查和访谈"]),
        Case(stem: "客户流失的原因有哪些?", reference: "产品质量问题;服务态度差;价格缺乏竞争力;竞争对手吸引",
             accepted: ["产品质量有问题；服務態度差；價格沒有競爭力；被竞争对手吸引走"],
             rejected: ["客户满意度很高"]),
        Case(stem: "客户忠诚的类型有哪些?", reference: "垄断忠诚、惰性忠诚、潜在忠诚、方便忠诚、价格忠诚、激励忠诚、超值忠诚",
             accepted: ["垄断忠诚，惰性忠诚，潜在忠诚，方便忠诚，价格忠诚，激励忠诚，超值忠诚"],
             rejected: ["很忠诚和不忠诚"]),
        Case(stem: "呼叫中心的作用是什么?", reference: "(1)提高工作效率;(2)降低企业成本;(3)提升客户满意度",
             accepted: ["提升工作效率；减少公司成本；提高顾客满意度"],
             rejected: ["增加企业成本，降低工作效率"]),
        Case(stem: "CRM系统的主要功能模块有哪些?", reference: "销售自动化、营销自动化、客户服务与支持、商业智能",
             accepted: ["销售自动化(SFA)；营销自动化；客户服务和支持；商业智能"],
             rejected: ["财务报表和人事考勤"]),
        Case(stem: "客户关系的类型有哪些?", reference: "买卖关系、供应关系、合作伙伴关系、战略联盟关系",
             accepted: ["买卖关系，供应关系，合作伙伴关系，战略联盟"],
             rejected: ["朋友关系"]),
        Case(stem: "客户生命周期分为哪几个阶段?", reference: "考察期、形成期、稳定期、退化期",
             accepted: ["考察期；形成期；稳定期；退化期"],
             rejected: ["幼儿期、青年期、老年期"]),
        Case(stem: "提高客户满意度应注意的原则有哪些?", reference: "(1)从客户的角度出发(1分)(2)客户的期望值比产品质量更重要(1分)(3)不要承担额外的服务义务(1分)(4)从点滴小事上关心客户(1分)",
             accepted: ["站在顾客角度出发；顾客期望值比产品质量更重要；不承担额外服务义务；从小事上关心顾客"],
             rejected: ["尽可能多地承诺额外服务"]),
        Case(stem: "服务对客户满意有什么作用?", reference: "(1)服务是对产品功能的延伸(2分)例子(1分)(2)服务是留住顾客的有效办法(2分)(3)服务的完善可以吸引潜在客户(2分)",
             accepted: ["服务延伸了产品的功能；服务是留住客户的有效方法；完善的服务能吸引潜在顾客"],
             rejected: ["服务不重要，价格才重要"]),
        Case(stem: "客户数据的类型有哪些?", reference: "描述性数据、促销性数据、交易性数据",
             accepted: ["描述性数据；促销性数据；交易性数据"],
             rejected: ["大数据"]),
        Case(stem: "What are the three pillars of CRM?", reference: "1. strategy 2. technology 3. implementation",
             accepted: ["Strategy, Technology and Implementation", "strategy; technology; implementation"],
             rejected: ["price and product"]),
        Case(stem: "客户价值包括哪些方面?", reference: "客户当前价值;客户潜在价值",
             accepted: ["当前价值和潜在价值", "客户的当前价值；客户的潜在价值"],
             rejected: ["产品价格"]),
        Case(stem: "客户细分的依据有哪些?", reference: "地理因素、人口因素、心理因素、行为因素",
             accepted: ["地理；人口；心理；行为因素", "按地理因素，人口因素，心理因素和行为因素细分"],
             rejected: ["随便分"]),
        Case(stem: "什么是客户让渡价值?", reference: "客户让渡价值是指客户总价值与客户总成本之差。",
             accepted: ["顾客总价值与顾客总成本之间的差额", "客户总价值减去客户总成本"],
             rejected: ["产品的售价", "客户总成本"]),
        Case(stem: "客户关怀的手段有哪些?", reference: "主动电话营销、网站服务、呼叫中心、电子邮件和短信服务",
             accepted: ["主动电话营销；网站服务；呼叫中心；电子邮件、短信服务"],
             rejected: ["降价促销"]),
        Case(stem: "定制营销的基础是什么?", reference: "以客户为中心;信息技术的支持;柔性生产",
             accepted: ["以顾客为中心；信息技术支持；柔性化生产"],
             rejected: ["大规模标准化生产"]),
        Case(stem: "客户信息收集的渠道有哪些?", reference: "直接渠道:问卷调查、客户访谈;间接渠道:各种媒介、行业协会",
             accepted: ["直接渠道有问卷调查和客户访谈，间接渠道有各种媒介和行业协会"],
             rejected: ["凭感觉"]),
    ]

    func testAtLeastThirtyShortAnswers() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 30)
    }

    func testAcceptedParaphrasesAreRight() {
        for c in Self.cases {
            for answer in c.accepted {
                let grade = ShortAnswerGrader.grade(reference: c.reference, response: answer, stem: c.stem)
                XCTAssertEqual(grade.verdict, .correct, "\(c.stem) ← \(answer): \(grade.keyPoints.map { "\($0.point)=\($0.covered)" })")
            }
        }
    }

    func testRejectedAnswersAreNotRight() {
        for c in Self.cases {
            for answer in c.rejected {
                let grade = ShortAnswerGrader.grade(reference: c.reference, response: answer, stem: c.stem)
                XCTAssertNotEqual(grade.verdict, .correct, "\(c.stem) ← \(answer)")
                XCTAssertLessThanOrEqual(grade.score, 0.5, "\(c.stem) ← \(answer): \(grade.keyPoints.map { "\($0.point)=\($0.covered)" })")
            }
        }
    }

    func testPartialListsArePartialPointByPoint() {
        let reference = "关注保持客户 高度重视客户服务 高度的客户承诺 高度的客户联系 质量是所有部门都应关心的"
        let grade = ShortAnswerGrader.grade(reference: reference, response: "保持客户；重视客户服务；客户承诺")
        XCTAssertEqual(grade.keyPoints.count, 5, "spaced phrases are separate points")
        XCTAssertEqual(grade.keyPoints.map(\.covered), [true, true, true, false, false])
        XCTAssertEqual(grade.verdict, .partial)
        XCTAssertEqual(grade.score, 0.6, accuracy: 1e-9)
        let enumerated = ShortAnswerGrader.grade(reference: "双向沟通、合作、双赢、亲密和控制", response: "合作和双赢")
        XCTAssertEqual(enumerated.keyPoints.map(\.covered), [false, true, true, false])
    }

    func testKeyPointSplitting() {
        XCTAssertEqual(ShortAnswerGrader.keyPoints("可以概括为:双向沟通、合作、双赢"), ["双向沟通", "合作", "双赢"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("定义客户信息,收集客户信息,整合、管理客户信息"), ["定义客户信息", "收集客户信息", "整合、管理客户信息"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("第一步,确定对象;第二步是明确目标"), ["确定对象", "明确目标"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("其一,了解问题;其二,带来满意"), ["了解问题", "带来满意"])
        XCTAssertEqual(ShortAnswerGrader.keyPoints("(1)延伸功能(2分)例子(1分)(2)留住顾客(2分)"), ["延伸功能", "留住顾客"])
        // A definition with a list inside stays one point; prose clauses are not split on commas.
        XCTAssertEqual(ShortAnswerGrader.keyPoints("关系营销是企业与消费者、供应商、分销商发生互动作用的过程").count, 1)
        XCTAssertEqual(ShortAnswerGrader.keyPoints("理念是CRM成功的关键,它是CRM实施应用的基础和土壤").count, 1)
        XCTAssertEqual(ShortAnswerGrader.keyPoints("CRM 系统 很重要").count, 1, "a Latin word beside its noun is not a list")
    }

    func testSelfCheckOverridesTheAutomaticMarks() {
        let grade = ShortAnswerGrader.grade(reference: "(1)甲方责任;(2)乙方责任;(3)丙方责任", response: "甲方的责任")
        XCTAssertEqual(grade.keyPoints.map(\.covered), [true, false, false])
        let confirmed = grade.confirmed([true, true, true])
        XCTAssertEqual(confirmed.verdict, .correct)
        XCTAssertEqual(confirmed.score, 1)
        XCTAssertEqual(grade.confirmed([false, false, false]).verdict, .wrong)
    }

    func testNormalisationFoldsVariants() {
        XCTAssertEqual(AnswerText.characters("顧客滿意度"), AnswerText.characters("客户满意度"))
        XCTAssertEqual(AnswerText.characters("提高 顾客 的 忠诚度。"), AnswerText.characters("提升客户忠诚度"))
        XCTAssertEqual(AnswerText.characters("ＣＲＭ系统"), Array("crm系统"))
    }
}
