import Foundation
import XCTest

/// `shuati export` then `shuati import`, through the built binary: every item a format holds comes back with the
/// same id, type, stem, options and answer.
final class RoundTripCommandTests: XCTestCase {
    struct Item: Equatable {
        var id: String, type: String, stem: String, options: String, answer: String
    }

    func items(_ json: String) throws -> [Item] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return (object["items"] as! [[String: Any]]).map { i in
            func text(_ v: Any?) -> String {
                guard let v, !(v is NSNull) else { return "null" }
                let data = try! JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .fragmentsAllowed])
                return String(decoding: data, as: UTF8.self)
            }
            return Item(id: i["id"] as! String, type: i["type"] as! String, stem: i["stem"] as! String,
                        options: text(i["options"]), answer: text(i["answer"]))
        }
    }

    /// Formats read back as structured files (md and html are printed papers, read by the text parser).
    static let formats: [(format: String, file: String)] = [
        ("gift", "bank.gift"), ("moodle-xml", "bank.xml"), ("anki", "bank.anki.txt"), ("aiken", "bank.aiken.txt"),
        ("csv", "bank.csv"), ("json", "bank.json"),
    ]

    func testExportThenImportGivesTheSameItems() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        for bank in ["question-banks/crm.json", "Tests/Fixtures/every-type.json"] {
            let all = try items(try BinaryRunner.run(["import", "--json", bank]).stdout)
            XCTAssertGreaterThan(all.count, 10)
            let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (format, name) in Self.formats {
                let out = dir.appendingPathComponent(name).path
                let export = try BinaryRunner.run(["export", bank, "--format", format, "-o", out])
                XCTAssertEqual(export.status, 0, export.stderr)
                let skipped = export.stderr.matches(of: /skipped (\d+) item/).reduce(0) { $0 + Int($1.1)! }
                let imported = try BinaryRunner.run(["import", "--json", out])
                XCTAssertEqual(imported.status, 0, "\(format): \(imported.stderr)")
                let back = try items(imported.stdout)
                XCTAssertEqual(back.count, all.count - skipped, "\(bank) \(format): items back")
                for item in back {
                    var expected = byID[item.id]
                    // Aiken holds one line per stem.
                    if format == "aiken", let stem = expected?.stem { expected?.stem = stem.replacingOccurrences(of: "\n", with: " ") }
                    XCTAssertEqual(item, expected, "\(bank) \(format)")
                }
            }
        }
    }

    func testBadStructuredFilesAreOneLine() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let json = dir.appendingPathComponent("bad.json")
        try Data("{\"items\": [\n  {\"type\": }\n]}".utf8).write(to: json)
        let r = try BinaryRunner.run(["import", json.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("\(json.path):2: error: not valid JSON"), r.stderr)
        XCTAssertEqual(r.stdout, "")

        let gift = dir.appendingPathComponent("quiz.gift")
        try Data("::a:: 1+1? {=2 ~3}\n\n::b:: Match {=a -> b =c -> d}\n\n::c:: Sky is blue {T}\n".utf8).write(to: gift)
        let g = try BinaryRunner.run(["import", gift.path])
        XCTAssertEqual(g.status, 0, g.stderr)
        XCTAssertEqual(g.stderr, "\(gift.path):3: warning: GIFT matching question (a -> b) has no shuati item type; skipped\n")
        XCTAssertTrue(g.stdout.hasPrefix("2 items, 2 with an answer key, 1 warnings"), g.stdout)
    }
}
