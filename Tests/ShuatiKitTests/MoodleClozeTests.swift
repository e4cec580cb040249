import XCTest
@testable import ShuatiKit

final class MoodleClozeTests: XCTestCase {
    func testBlanksOfEveryShapeBecomeAnswerFields() {
        XCTAssertEqual(MoodleCloze.questionHTML(stem: "甲( )乙（ ）丙__丁", blanks: ["a", "b", "c"]),
                       "<p>甲{1:SHORTANSWER:=a}乙{1:SHORTANSWER:=b}丙{1:SHORTANSWER:=c}丁</p>")
        XCTAssertEqual(MoodleCloze.textBetweenBlanks("a_b(x)c()"), ["a_b(x)c", ""], "one underscore and (x) are text")
    }

    func testAlternativesAndSyntaxCharactersAreEscaped() {
        XCTAssertEqual(MoodleCloze.answerCode("客户满意/顾客满意"), "{1:SHORTANSWER:=客户满意~=顾客满意}")
        XCTAssertEqual(MoodleCloze.answerCode(#"a}b#c~d"e\f<g&"#), ##"{1:SHORTANSWER:=a\}b\#c\~d\"e\\f&lt;g&amp;}"##)
    }

    func testFieldsFollowTheStemWhenBlanksDoNotMatchTheKeys() {
        XCTAssertEqual(MoodleCloze.questionHTML(stem: "CRM 的三要素是什么?", blanks: ["理念", "技术"]),
                       "<p>CRM 的三要素是什么?</p><p>(1) {1:SHORTANSWER:=理念} (2) {1:SHORTANSWER:=技术}</p>")
    }
}
