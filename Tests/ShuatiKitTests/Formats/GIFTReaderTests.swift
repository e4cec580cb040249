import Foundation
import XCTest
@testable import ShuatiKit

/// GIFT as Moodle's own fixtures and other tools write it (small hand-written files in those shapes).
final class GIFTReaderTests: XCTestCase {
    func read(_ text: String) throws -> ImportResult { try DocumentImporter.read(Data(text.utf8), file: "q.gift") }

    func testMoodleFixtureShapes() throws {
        let gift = """
        // essay
        ::Q8:: How are you? {}

        // multiple choice with feedback
        ::Q2:: What's between orange and green in the spectrum?
        {
            =yellow # right; good!
            ~red # [html]wrong, it's yellow
            ~[plain]blue # wrong, it's yellow
        }

        // multiple response
        ::colours:: Which are warm colours?
        {
            ~%50%yellow # right
            ~%-100%blue # wrong
            ~%50%orange # right
        }

        // math range question
        ::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}

        ::Shortanswer::Which is the best animal?{
            =Frog#Good!
            =%50%Cat#What is it with Moodlers and cats?
            =%0%*#Completely wrong
        }

        // true/false, with general feedback
        ::Q1:: 42 is the Absolute Answer to everything.{
        FALSE#42 is the Ultimate Answer.#You gave the right answer.
        ####This is, of course, a Hitchhiker's Guide reference.}

        ::2-08 TSL::TSL is blablabla.{T}

        ::Moodle activities::[html]Match the <b>activity</b> to the description.{
            =An activity supporting asynchronous discussions. -> Forum
            =A bank of record entries. -> Database
        }
        """
        let r = try read(gift)
        XCTAssertEqual(r.items.map(\.type), [.shortAnswer, .singleChoice, .multipleChoice, .fillBlank, .fillBlank, .trueFalse, .trueFalse])
        XCTAssertEqual(r.items[0].stem, "How are you?")
        XCTAssertNil(r.items[0].answer)
        XCTAssertEqual(r.items[1].options?.map(\.text), ["yellow", "red", "blue"])
        XCTAssertEqual(r.items[1].answer, .choices(["A"]))
        XCTAssertEqual(r.items[1].source.line, 5)
        XCTAssertEqual(r.items[2].answer, .choices(["A", "C"]))
        XCTAssertEqual(r.items[3].answer, .blanks(["3"]))
        XCTAssertEqual(r.items[4].answer, .blanks(["Frog"]))
        XCTAssertEqual(r.items[5].answer, .trueFalse(false))
        XCTAssertEqual(r.items[5].explanation, "This is, of course, a Hitchhiker's Guide reference.")
        XCTAssertEqual(r.items[6].answer, .trueFalse(true))
        XCTAssertEqual(r.warnings.map(\.description), ["q.gift:36: warning: GIFT matching question (a -> b) has no shuati item type; skipped"])
    }

    func testMissingWordEscapesCategoriesAndOneLineAnswers() throws {
        let gift = ##"""
        $CATEGORY: $course$/top/第一章 概论

        ::Q4:: Two plus {=two =2} equals four.

        {=Two =2} plus two equals four.

        Moodle costs {~lots of money =nothing ~a small amount} to download.

        ::Esc\:aped:: 1 \= 1 and a \{brace\} and a \~tilde\# {=yes\~really ~no}

        $CATEGORY: 第二章

        Jesus Christ was from {
           ~Jerusalem#This was an important city.
           ~%25%Bethlehem#He was born here.
           =Nazareth#Yes! That's right!
        }

        ::T5::
        1+1=2
        {T}

        ::Grant:: When was Ulysses S. Grant born? {#
                 =1822:0      # Correct! Full credit.
                 =%50%1822:2  # Half credit for being close.
        }

        Just some instructions, no answers.
        """##
        let r = try read(gift)
        XCTAssertEqual(r.items.map(\.stem), [
            "Two plus ____ equals four.", "____ plus two equals four.", "Moodle costs ____ to download.",
            "1 = 1 and a {brace} and a ~tilde#", "Jesus Christ was from", "1+1=2", "When was Ulysses S. Grant born?",
        ])
        XCTAssertEqual(r.items[0].answer, .blanks(["two/2"]))
        XCTAssertEqual(r.items[2].answer, .choices(["B"]))
        XCTAssertEqual(r.items[2].type, .singleChoice)
        XCTAssertEqual(r.items[3].options?.map(\.text), ["yes~really", "no"])
        XCTAssertEqual(r.items[4].answer, .choices(["C"]), "partial credit is not the key")
        XCTAssertEqual(r.items[5].answer, .trueFalse(true))
        XCTAssertEqual(r.items[6].answer, .blanks(["1822"]))
        XCTAssertEqual(r.items.map(\.section), ["第一章 概论", "第一章 概论", "第一章 概论", "第一章 概论", "第二章", "第二章", "第二章"])
        XCTAssertEqual(r.warnings.count, 1)
        XCTAssertTrue(r.warnings[0].description.hasPrefix("q.gift:28: warning: GIFT text with no answer block"), "\(r.warnings)")
    }

    func testHTMLFormatAndShuatiComments() throws {
        let gift = """
        // fill_blank · 第一章 概论
        ::1 abc::[html]CRM 的三要素是理念、____和____。 {####技术；实施<br><br>解析：三者统一}

        // short_answer · 第二章
        ::2 def::[html]简述 &lt;CRM&gt;。<br>（两点） {####第一点<br>第二点}

        // multiple_choice · 第二章
        ::3 ghi::[html]只有一个对的多选 {
        \t~%100%甲
        \t~%-100%乙
        }
        """
        let r = try read(gift)
        XCTAssertEqual(r.items[0].type, .fillBlank)
        XCTAssertEqual(r.items[0].answer, .blanks(["技术", "实施"]))
        XCTAssertEqual(r.items[0].explanation, "三者统一")
        XCTAssertEqual(r.items[0].section, "第一章 概论")
        XCTAssertEqual(r.items[1].stem, "简述 <CRM>。\n（两点）")
        XCTAssertEqual(r.items[1].answer, .text("第一点\n第二点"))
        XCTAssertEqual(r.items[2].type, .multipleChoice)
        XCTAssertEqual(r.items[2].answer, .choices(["A"]))
    }

    func testNotGIFTAtAllIsOneError() {
        XCTAssertThrowsError(try read("just words\n\nmore words\n")) {
            XCTAssertEqual("\($0)", "q.gift:1: error: not a GIFT file: no question with an answer block {…}")
        }
    }
}
