import XCTest
@testable import ShuatiKit

final class BlueprintTests: XCTestCase {
    func testParsesTheIssueExample() throws {
        let b = try Blueprint.parse("single_choice:20x1,multiple_choice:10x2,true_false:10x1,short_answer:4x10")
        XCTAssertEqual(b.entries, [
            BlueprintEntry(type: .singleChoice, count: 20, points: 1), BlueprintEntry(type: .multipleChoice, count: 10, points: 2),
            BlueprintEntry(type: .trueFalse, count: 10, points: 1), BlueprintEntry(type: .shortAnswer, count: 4, points: 10),
        ])
        XCTAssertEqual(b.itemCount, 44)
        XCTAssertEqual(try Blueprint.parse(b.text), b)
    }

    func testAliasesSectionsDefaultPointsAndChinesePunctuation() throws {
        let b = try Blueprint.parse("单选：5×2， multi@第二章:3 ,tf:4x0.5")
        XCTAssertEqual(b.entries, [
            BlueprintEntry(type: .singleChoice, count: 5, points: 2),
            BlueprintEntry(type: .multipleChoice, section: "第二章", count: 3, points: 2),
            BlueprintEntry(type: .trueFalse, count: 4, points: 0.5),
        ])
    }

    func testErrorsNameTheEntry() {
        XCTAssertThrowsError(try Blueprint.parse("single_choice:20x1,essayish:3x2")) { error in
            XCTAssertEqual(error as? BlueprintError, .unknownType(entry: "essayish:3x2", type: "essayish"))
            XCTAssertTrue("\(error)".contains("single_choice, multiple_choice"))
        }
        XCTAssertThrowsError(try Blueprint.parse("single_choice=20")) { XCTAssertTrue("\($0)".contains("single_choice=20")) }
        XCTAssertThrowsError(try Blueprint.parse("single:ten")) { XCTAssertTrue("\($0)".contains("'ten'")) }
        XCTAssertThrowsError(try Blueprint.parse("single:3x-1")) { XCTAssertTrue("\($0)".contains("positive")) }
        XCTAssertThrowsError(try Blueprint.parse("single:0")) { XCTAssertEqual($0 as? BlueprintError, .empty) }
    }

    func testProportionalBlueprintFollowsTheBankAndIgnoresKeylessItems() {
        // 11 keyed items: 4 single, 2 multi, 2 tf, 2 fill, 1 short (keyless single and short left out).
        let b = Blueprint.proportional(to: ExportFixtures.items, total: 50)
        XCTAssertEqual(b.itemCount, 11, "cannot ask for more than the keyed items")
        XCTAssertEqual(b.entries.map(\.count), [4, 2, 2, 2, 1])
        let half = Blueprint.proportional(to: ExportFixtures.items, total: 6)
        XCTAssertEqual(half.itemCount, 6)
        XCTAssertEqual(half.entries.first { $0.type == .singleChoice }?.count, 2)
    }
}
