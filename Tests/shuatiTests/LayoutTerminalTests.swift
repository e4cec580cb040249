import Foundation
import XCTest

/// The drill in a real terminal at 50, 80 and 120 columns, in English and Chinese: no line starts with closing
/// punctuation, no Latin word or number is split across lines, nothing is wider than the window; and a snapshot
/// of the feedback screen.
final class LayoutTerminalTests: XCTestCase {
    static let snapshot = BinaryRunner.packageRoot.appendingPathComponent("Tests/shuatiTests/Snapshots/drill-feedback.txt")

    /// Long stems full of Latin words, numbers, brackets, blanks and CJK punctuation, so that at every width
    /// some line ends next to one of them.
    static let bank = """
    {"name":"layout","items":[
    {"type":"single_choice","section":"第一章 客户关系管理(CRM)概述","stem":"在客户关系管理(CRM)的实施中，企业首先需要明确CRM战略，然后选择合适的IT系统，例如Salesforce、SAP CRM或Microsoft Dynamics 365，最后通过RFM分析法和CLV模型评估客户价值，这一过程中最关键的是( )。","options":{"A":"理念与战略，它是CRM实施应用的基础和土壤。","B":"信息系统、IT技术，是CRM成功实施的手段和方法。","C":"实施，是决定CRM成功与否、效果如何的直接因素。","D":"以上都不对（见《客户关系管理》第3章，2024年版）。"},"answer":["A"],"explanation":"IDIC模型（识别、差异化、互动、定制）强调：理念先行，技术为辅；没有正确的理念，再好的CRM软件（如Salesforce、HubSpot）也无法发挥作用。","source":{"file":"layout.txt","line":1}},
    {"type":"multiple_choice","section":"第一章 客户关系管理(CRM)概述","stem":"关于IDIC模型(Identify-Differentiate-Interact-Customize)，下列说法正确的有( )。","options":{"A":"识别客户是第一步，需要收集客户的姓名、电话、E-mail地址等基本信息。","B":"差异分析只看客户的购买金额，不看购买频率和最近一次购买时间(Recency)。","C":"与客户保持互动，可以通过呼叫中心、电子邮件、微信公众号等多种渠道进行。"},"answer":["A","C"],"source":{"file":"layout.txt","line":5}},
    {"type":"true_false","section":"第二章 客户识别","stem":"「客户份额」（share of customer）是一对一营销关注的对象——企业应当关注在单个客户身上获得的份额，而不只是市场份额（market share），这一观点由Peppers和Rogers于1993年提出。","answer":true,"source":{"file":"layout.txt","line":9}},
    {"type":"fill_blank","section":"第二章 客户识别","stem":"客户让渡价值是指客户总价值(Total Customer Value)与客户总成本(Total Customer Cost)之间的差额，即___减去___。","answer":["客户总价值","客户总成本"],"source":{"file":"layout.txt","line":11}},
    {"type":"short_answer","section":"第三章 CRM系统","stem":"简述CRM系统(Customer Relationship Management System)的主要功能模块，并举例说明其在B2B和B2C企业中的应用。","answer":"(1)销售自动化(SFA)，包括客户管理、商机管理和销售预测；(2)营销自动化(MA)，包括营销活动管理、EDM邮件营销和社交媒体营销；(3)客户服务与支持(CSS)，包括呼叫中心、工单管理和知识库；(4)商业智能(BI)，包括数据仓库、OLAP分析和数据挖掘。","source":{"file":"layout.txt","line":13}},
    {"type":"single_choice","section":"Chapter 4 Customer value","stem":"Which of the following best describes the purpose of customer lifetime value (CLV) analysis in relationship-marketing programmes run by e-commerce companies such as Amazon.com?","options":{"A":"Estimating the net present value of all future profits from a customer relationship, discounted at 8.5% a year.","B":"Counting how many times a customer visited the website during the last 30 days."},"answer":["A"],"source":{"file":"layout.txt","line":15}}
    ]}
    """

    static let forbiddenLineStarts: Set<Character> = Set(",，。、)）；：？！」』】》")

    func testNoBadBreaksAt50And80And120ColumnsInBothLanguages() throws {
        let corpus = Self.latinRuns(Self.bank)
        for language in ["C.UTF-8", "zh_CN.UTF-8"] {
            for columns in [50, 80, 120] {
                let screens = try drive(columns: columns, language: language)
                XCTAssertGreaterThanOrEqual(screens.count, 8, "\(language) \(columns)")
                for (step, screen) in screens {
                    check(screen, columns: columns, corpus: corpus, context: "\(language) \(columns) cols, \(step)")
                }
            }
        }
    }

    func testFeedbackScreenSnapshot() throws {
        let screens = try drive(columns: 80, language: "C.UTF-8", stopAfterFirstFeedback: true)
        let feedback = try XCTUnwrap(screens.first { $0.step == "feedback 1" }?.screen)
        if ProcessInfo.processInfo.environment["SHUATI_UPDATE_SNAPSHOTS"] != nil {
            try (feedback + "\n").write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        XCTAssertEqual(feedback + "\n", expected, "run with SHUATI_UPDATE_SNAPSHOTS=1 to accept a deliberate change")
    }

    func testAnswerSheetJumpsToAnyItem() throws {
        let (banks, home) = try DrillFixture.make()
        let command = "env SHUATI_BANKS=\(banks.path) SHUATI_HOME=\(home.path) SHUATI_NOW=2026-11-24T10:00:00Z LANG=C.UTF-8 TERM=xterm NO_COLOR=1 \(BinaryRunner.binary.path) drill --mode sequential; sleep 30"
        let tmux = try TmuxSession(command: command, columns: 80, rows: 30)
        try tmux.waitFor("客户关系管理的核心是")
        try tmux.keys("a")
        try tmux.waitFor("✓ Right")
        try tmux.keys("Enter")
        try tmux.waitFor("属于关系营销的有")
        try tmux.keys("g")
        let sheet = try tmux.waitFor("Answer sheet")
        XCTAssertTrue(sheet.contains(" 1✓ "), sheet)
        XCTAssertTrue(sheet.contains("[2·]"), sheet)
        try tmux.keys("4", "Enter")
        try tmux.waitFor("让渡价值")
        try tmux.keys("C-g")                            // a typed item: Ctrl-G, so g can be typed
        try tmux.waitFor("[4·]")
        try tmux.keys("Escape")
        try tmux.waitFor("让渡价值")
    }

    /// Answers every item (the first one wrong, so it comes back) and returns each screen on the way.
    private func drive(columns: Int, language: String, stopAfterFirstFeedback: Bool = false) throws -> [(step: String, screen: String)] {
        let root = try BinaryRunner.temporaryDirectory()
        let banks = root.appendingPathComponent("banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        try Self.bank.write(to: banks.appendingPathComponent("layout.json"), atomically: true, encoding: .utf8)
        let home = root.appendingPathComponent("home")
        let command = "env SHUATI_BANKS=\(banks.path) SHUATI_HOME=\(home.path) SHUATI_NOW=2026-11-24T10:00:00Z LANG=\(language) TERM=xterm NO_COLOR=1 \(BinaryRunner.binary.path) drill --mode sequential; sleep 30"
        let tmux = try TmuxSession(command: command, columns: columns, rows: 50)
        let zh = language.hasPrefix("zh")
        let rating = zh ? "评分：" : "Rating: "
        var screens: [(String, String)] = []
        func capture(_ step: String, after text: String) throws { screens.append((step, try tmux.waitFor(text))) }

        try capture("question 1", after: "IT")
        try tmux.keys("b")
        try capture("feedback 1", after: rating)
        if stopAfterFirstFeedback { return screens }
        try tmux.keys("Enter")
        try capture("question 2", after: "Customize")
        try tmux.keys("a", "c", "Enter")
        try capture("feedback 2", after: rating)
        try tmux.keys("Enter")
        try capture("question 3", after: "Rogers")
        try tmux.keys("t")
        try capture("feedback 3", after: rating)
        try tmux.keys("Enter")
        try capture("question 4", after: "Total")
        try tmux.keys("客户总价值;客户总成本", "Enter")
        try capture("feedback 4", after: rating)
        try tmux.keys("Enter")
        try capture("question 1 again", after: "Salesforce")
        try tmux.keys("a")
        try capture("feedback 1 again", after: rating)
        try tmux.keys("Enter")
        try capture("question 5", after: "B2B")
        try tmux.keys("销售自动化，营销自动化，客户服务与支持", "Enter")
        try capture("self-check 5", after: zh ? "对照答案自查" : "Check your answer")
        try tmux.keys("Enter")
        try capture("feedback 5", after: rating)
        try tmux.keys("Enter")
        try capture("question 6", after: "Amazon")
        try tmux.keys("a")
        try capture("feedback 6", after: rating)
        return screens
    }

    private func check(_ screen: String, columns: Int, corpus: Set<String>, context: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, text) in lines.enumerated() {
            XCTAssertLessThanOrEqual(Self.columns(text), columns, "\(context): wider than the window: \(text)", file: file, line: line)
            let body = text.drop { $0 == " " }
            if let first = body.first {
                XCTAssertFalse(Self.forbiddenLineStarts.contains(first), "\(context): line starts with '\(first)': \(text)\n\(screen)", file: file, line: line)
            }
            XCTAssertFalse(["✓", "✗"].contains(body.trimmingCharacters(in: .whitespaces)), "\(context): a lone mark on its own line", file: file, line: line)
            guard i + 1 < lines.count else { continue }
            let tail = String(text.reversed().prefix { Self.isLatin($0) }.reversed())
            let head = String(lines[i + 1].drop { $0 == " " }.prefix { Self.isLatin($0) })
            guard !tail.isEmpty, !head.isEmpty else { continue }
            XCTAssertFalse(corpus.contains { $0.contains(tail + head) && !tail.isEmpty }, "\(context): '\(tail)|\(head)' split across lines:\n\(screen)", file: file, line: line)
        }
    }

    static func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// Every run of Latin letters and digits in the fixture (the words that must never be split).
    static func latinRuns(_ text: String) -> Set<String> {
        var out = Set<String>(), current = ""
        for c in text {
            if isLatin(c) { current.append(c) } else { if current.count > 1 { out.insert(current) }; current = "" }
        }
        return out
    }

    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && $1.value <= 0x115F) || ($1.value >= 0x2E80 && $1.value <= 0xA4CF) || ($1.value >= 0xAC00 && $1.value <= 0xD7A3) || ($1.value >= 0xF900 && $1.value <= 0xFAFF) || ($1.value >= 0xFE30 && $1.value <= 0xFE4F) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) || ($1.value >= 0xFFE0 && $1.value <= 0xFFE6) ? 2 : 1) }
    }
}
