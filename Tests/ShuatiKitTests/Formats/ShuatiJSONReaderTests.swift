import Foundation
import XCTest
@testable import ShuatiKit

final class ShuatiJSONReaderTests: XCTestCase {
    func testBankFileItemsKeepTheirLines() throws {
        let json = """
        {
          "name": "b",
          "items": [
            {"type": "single_choice", "stem": "几？", "options": {"A": "一", "B": "二"}, "answer": ["B"]},
            {"type": "nonsense", "stem": "x"},
            {"type": "true_false", "stem": "对吗？", "answer": "maybe"},
            {"type": "short_answer",
             "stem": "简述。", "answer": "要点"}
          ]
        }
        """
        let r = try DocumentImporter.read(Data(json.utf8), file: "b.txt")
        XCTAssertEqual(r.items.map(\.stem), ["几？", "简述。"])
        XCTAssertEqual(r.items.map(\.source.line), [4, 7])
        XCTAssertEqual(r.items[0].source.file, "b.txt")
        XCTAssertEqual(r.warnings.map(\.description), [
            "b.txt:5: warning: item 2: bad item: missing or unknown \"type\"; skipped",
            "b.txt:6: warning: item 3: bad item: answer does not fit type true_false; skipped",
        ])
    }

    func testImportJSONOutputAndBareListsAreRead() throws {
        let output = #"{"items":[{"id":"x","type":"fill_blank","section":"","stem":"____","options":null,"answer":["甲"],"source":{"file":"a","line":3}}],"warnings":[]}"#
        XCTAssertEqual(try DocumentImporter.read(Data(output.utf8), file: "o.json").items.first?.answer, .blanks(["甲"]))
        let list = #"[{"type":"true_false","stem":"对？","answer":true}]"#
        XCTAssertEqual(try DocumentImporter.read(Data(list.utf8), file: "l.json").items.first?.answer, .trueFalse(true))
    }

    func testBrokenJSONIsOneErrorWithItsLine() {
        XCTAssertThrowsError(try DocumentImporter.read(Data("{\"items\": [\n  {\"type\": }\n]}".utf8), file: "bad.json")) {
            XCTAssertTrue("\($0)".hasPrefix("bad.json:2: error: not valid JSON"), "\($0)")
        }
        XCTAssertThrowsError(try DocumentImporter.read(Data("{\"questions\": []}".utf8), file: "other.json")) {
            XCTAssertEqual("\($0)", "other.json:1: error: not a shuati bank: no \"items\" list")
        }
    }
}
