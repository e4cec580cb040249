import Foundation
import XCTest
@testable import ShuatiKit

/// Every export format shuati can read back: `export` then `import` gives the same items (id, type, stem,
/// options, answer) for every item the format holds. md and html are printed papers for people; they go through
/// the document parser and are not part of this promise.
final class RoundTripTests: XCTestCase {
    static let formats: [(ExportFormat, String)] = [
        (.gift, "bank.gift.txt"), (.moodleXML, "bank.xml"), (.anki, "bank.anki.txt"), (.aiken, "bank.aiken.txt"),
        (.csv, "bank.csv"), (.json, "bank.json"),
    ]

    func check(_ items: [Question], label: String) throws {
        for (format, file) in Self.formats {
            let (sent, back, warnings) = try RoundTripFixtures.roundTrip(items, format: format, file: file)
            XCTAssertFalse(sent.isEmpty, "\(label) \(format)")
            // Aiken is one line per stem: line breaks come back as spaces (the id is the same).
            RoundTripFixtures.assertSame(sent, back, flattenLines: format == .aiken, "\(label) \(format)")
            // The bundled bank has keys naming options its items lack; CSV and Anki say so, item by item.
            if label == "fixture" { XCTAssertEqual(warnings, [], "\(label) \(format)") }
        }
    }

    func testEveryTypeFixture() throws { try check(RoundTripFixtures.items, label: "fixture") }

    func testBundledBank() throws { try check(try RoundTripFixtures.bundledBank(), label: "crm") }

    /// What each format holds of the every-type fixture: the rest is reported as skipped by the exporter.
    func testWhatEachFormatHolds() throws {
        var held: [String: Int] = [:]
        for (format, file) in Self.formats {
            held[format.rawValue] = try RoundTripFixtures.roundTrip(RoundTripFixtures.items, format: format, file: file).back.count
        }
        let all = RoundTripFixtures.items.count
        XCTAssertEqual(held, ["gift": all - 2, "moodle-xml": all - 2, "anki": all, "aiken": 5, "csv": all, "json": all])
    }

    /// Sections and explanations survive where the format has a place for them.
    func testSectionsAndExplanations() throws {
        for format in [ExportFormat.gift, .anki, .csv, .json] {
            let file = Self.formats.first { $0.0 == format }!.1
            let (sent, back, _) = try RoundTripFixtures.roundTrip(RoundTripFixtures.items, format: format, file: file)
            XCTAssertEqual(back.map(\.explanation), sent.map(\.explanation), "\(format)")
            if format != .anki { XCTAssertEqual(back.map(\.section), sent.map(\.section), "\(format)") }
        }
        let (sent, back, _) = try RoundTripFixtures.roundTrip(RoundTripFixtures.items, format: .moodleXML, file: "b.xml")
        XCTAssertEqual(back.map(\.explanation), sent.map(\.explanation), "moodle-xml")
    }
}
