import Foundation

/// A small bank with every item type, written to a temp folder that `SHUATI_BANKS` points at.
enum DrillFixture {
    static let bank = """
    {"name":"mini","items":[
    {"type":"single_choice","section":"第一章","stem":"客户关系管理的核心是( )","options":{"A":"客户","B":"产品","C":"渠道"},"answer":["A"],"source":{"file":"m.txt","line":1}},
    {"type":"multiple_choice","section":"第一章","stem":"属于关系营销的有( )","options":{"A":"长期关系","B":"一次交易","C":"客户保持"},"answer":["A","C"],"source":{"file":"m.txt","line":5}},
    {"type":"true_false","section":"第二章","stem":"客户满意度越高越好。","options":null,"answer":true,"source":{"file":"m.txt","line":9}},
    {"type":"fill_blank","section":"第二章","stem":"让渡价值是___与___之差。","options":null,"answer":["总价值","总成本"],"source":{"file":"m.txt","line":11}},
    {"type":"short_answer","section":"第三章","stem":"客户知识分为哪几类?","options":null,"answer":"(1)对话性客户知识;(2)观察性客户知识;(3)预测性客户知识。","source":{"file":"m.txt","line":13}}
    ]}
    """

    /// (banks folder, data folder)
    static func make() throws -> (banks: URL, home: URL) {
        let root = try BinaryRunner.temporaryDirectory()
        let banks = root.appendingPathComponent("banks")
        try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
        try bank.write(to: banks.appendingPathComponent("mini.json"), atomically: true, encoding: .utf8)
        let home = root.appendingPathComponent("home")
        return (banks, home)
    }

    static func logLines(_ home: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
