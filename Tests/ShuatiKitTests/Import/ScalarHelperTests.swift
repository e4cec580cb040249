import XCTest
@testable import ShuatiKit

/// The scalar helpers the importer's hot paths use instead of String views must agree with the views.
final class ScalarHelperTests: XCTestCase {
    func testIsOneOfReadsASCIIAndMultiByteLiterals() {
        XCTAssertTrue(Unicode.Scalar("。").isOne(of: "。,;、:!"))
        XCTAssertTrue(Unicode.Scalar("!").isOne(of: "。,;、:!"))
        XCTAssertFalse(Unicode.Scalar("？").isOne(of: "。,;、:!"))
        XCTAssertTrue(Unicode.Scalar("³").isOne(of: "=+-/²³₂₃^"))  // two-byte UTF-8 in the list
        XCTAssertTrue(Unicode.Scalar("\n").isOne(of: "。,;. \n"))
        XCTAssertTrue(Unicode.Scalar("\"").isOne(of: "。.)”\""))
        XCTAssertFalse(Unicode.Scalar("a").isOne(of: ""))
        XCTAssertTrue(Unicode.Scalar("😀").isOne(of: "a😀b"))  // four-byte UTF-8 in the list
    }

    func testScalarArrayMatchesTheScalarView() {
        for text in ["", "ABC", "客户关系管理", "é and e\u{301}", "mixed 中文 😀 text\n", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            XCTAssertEqual(text.scalarArray, Array(text.unicodeScalars), text)
        }
    }
}
