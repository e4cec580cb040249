import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShuatiKit
import XCTest

/// Text from documents never drives the terminal: escape sequences, C1 controls and bidi overrides in a bank
/// (a classmate's shared bank, a structured import) are shown as visible placeholders in every screen and
/// listing; HTML exports escape markup; XML exports keep `]]>` out of CDATA.
final class TerminalInjectionTests: XCTestCase {
    static let evilStem = "恶意\u{1B}[2J\u{1B}]0;pwned\u{07}题干\u{9B}31m反转\u{202E}文字<script>alert(1)</script>]]>结尾( )"

    private func makeBank() throws -> (banks: URL, home: URL) {
        let banks = try BinaryRunner.temporaryDirectory(), home = try BinaryRunner.temporaryDirectory()
        func item(_ id: String, _ stem: String) -> String {
            """
            {"id":"\(id)","type":"single_choice","section":"章节\\u001b[5m闪烁","stem":\(jsonString(stem)),
             "options":{"A":"选项\\u001b[31m红","B":"乙"},"answer":["A"],"explanation":"说明\\u001b[0m\\r覆盖",
             "source":{"file":"evil\\u001b[1m.txt","line":1}}
            """
        }
        let bank = "{\"name\":\"evil\",\"items\":[\(item("e1", Self.evilStem)),\(item("e2", "第二题\u{1B}[H( )"))]}"
        try bank.write(to: banks.appendingPathComponent("evil.json"), atomically: true, encoding: .utf8)
        return (banks, home)
    }

    private func jsonString(_ s: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [s]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// Ids are derived from the content when a bank is read, so the test asks for the first one.
    private func firstID(_ env: [String: String]) throws -> String {
        let r = try BinaryRunner.run(["export", "evil", "--format", "json"], environment: env)
        return try XCTUnwrap(JSONParser.parse(r.stdout)["items"]?.arrayValue?.first?["id"]?.stringValue, r.stderr)
    }

    private func assertInert(_ text: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if bad { XCTFail("\(label): control U+\(String(v, radix: 16)) reached the output", file: file, line: line); return }
        }
    }

    func testEveryScreenShowsControlsAsPlaceholders() throws {
        let (banks, home) = try makeBank()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path, "SHUATI_NOW": "2026-11-24T10:00:00Z"]
        let runs: [(String, [String], String)] = [
            ("list", ["list"], ""),
            ("drill", ["drill", "--mode", "sequential"], "B\nA\n"),
            ("study", ["drill", "--mode", "study"], "\n\n"),
            ("exam take", ["exam", "take", "evil", "--seed", "1", "--count", "2"], "1 B\n2 A\n"),
            ("wrong", ["wrong", "list"], ""),
            ("stats", ["stats"], ""),
            ("export md", ["export", "--format", "md"], ""),
            ("export gift", ["export", "--format", "gift"], ""),
            ("export anki", ["export", "--format", "anki"], ""),
            ("export json", ["export", "--format", "json"], ""),
        ]
        for (label, args, stdin) in runs {
            let r = try BinaryRunner.run(args, stdin: stdin, environment: env)
            XCTAssertEqual(r.status, 0, "\(label): \(r.stderr)")
            assertInert(r.stdout, label + " stdout")
            assertInert(r.stderr, label + " stderr")
        }
        let list = try BinaryRunner.run(["list"], environment: env)
        XCTAssertTrue(list.stdout.contains("恶意␛[2J␛]0;pwned␇题干<U+009B>31m反转<U+202E>文字"), list.stdout)
        XCTAssertTrue(list.stdout.contains("章节␛[5m闪烁"), list.stdout)
        let show = try BinaryRunner.run(["show", try firstID(env)], environment: env)
        assertInert(show.stdout + show.stderr, "show")
        XCTAssertTrue(show.stdout.contains("选项␛[31m红"), show.stdout)
        XCTAssertTrue(show.stdout.contains("说明␛[0m␍覆盖"), show.stdout)
        XCTAssertTrue(show.stdout.contains("evil␛[1m.txt:1"), show.stdout)
        // The ids are unchanged, so history recorded before still matches.
        let drill = try BinaryRunner.run(["drill", "--mode", "sequential", "--limit", "1"], stdin: "B\n", environment: env)
        XCTAssertEqual(drill.status, 0, drill.stderr)
        let wrong = try BinaryRunner.run(["wrong", "list"], environment: env)
        XCTAssertTrue(wrong.stdout.contains("恶意␛[2J"), wrong.stdout)
    }

    func testHTMLExportEscapesAndXMLExportSplitsCDATA() throws {
        let (banks, home) = try makeBank()
        let env = ["SHUATI_BANKS": banks.path, "SHUATI_HOME": home.path]
        let out = try BinaryRunner.temporaryDirectory()
        let html = out.appendingPathComponent("p.html"), xml = out.appendingPathComponent("p.xml")
        XCTAssertEqual(try BinaryRunner.run(["export", "evil", "-o", html.path], environment: env).status, 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertFalse(page.contains("<script>alert"), "markup from the document is escaped")
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        assertInert(page.replacingOccurrences(of: "\n", with: ""), "html")

        XCTAssertEqual(try BinaryRunner.run(["export", "evil", "--format", "moodle-xml", "-o", xml.path], environment: env).status, 0)
        let data = try Data(contentsOf: xml)
        let text = String(decoding: data, as: UTF8.self)
        // Inside CDATA the stem is HTML (Moodle's question text), so `]]>` arrives as `]]&gt;`; where raw text is
        // put in CDATA it is split (`]]]]><![CDATA[>`). Either way the file stays well-formed.
        XCTAssertFalse(text.contains("</script>]]>结尾"))
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "the XML is well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertTrue(collector.text.contains("&lt;/script&gt;]]&gt;结尾"), "the stem survives whole: \(collector.text)")
    }

    func testImportedBidiOverrideIsVisibleInTheSummaryAndListing() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let doc = home.appendingPathComponent("bidi.txt")
        try "一、单选题\n1.反转\u{202E}文字的题( )\nA.甲\u{2066}乙\nB.丙\n答案:A\n".write(to: doc, atomically: true, encoding: .utf8)
        let env = ["SHUATI_HOME": home.path, "SHUATI_BANKS": home.path + "/none"]
        let r = try BinaryRunner.run(["import", doc.path, "--bank", "b"], environment: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        assertInert(r.stdout + r.stderr, "import")
        let json = try BinaryRunner.run(["import", doc.path, "--json"], environment: env)
        assertInert(json.stdout, "import --json")
        let list = try BinaryRunner.run(["list", "b"], environment: env)
        assertInert(list.stdout, "list")
        XCTAssertTrue(list.stdout.contains("反转<U+202E>文字"), list.stdout)
    }
}
