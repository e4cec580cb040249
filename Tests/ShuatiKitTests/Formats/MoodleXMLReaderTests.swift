import Foundation
import XCTest
@testable import ShuatiKit

/// Moodle XML in the shapes Moodle's own exports and test fixtures have (written small, by hand).
final class MoodleXMLReaderTests: XCTestCase {
    func read(_ xml: String) throws -> ImportResult { try DocumentImporter.read(Data(xml.utf8), file: "quiz.xml") }

    func testMoodleExportShapes() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
        <!-- question: 0  -->
          <question type="category">
            <category>
                <text>$course$/Default for testhead/TrueFalse</text>
            </category>
          </question>
        <!-- question: 2284  -->
          <question type="truefalse">
            <name><text>Moodle acronym (False)</text></name>
            <questiontext format="html">
              <text><![CDATA[<p>Moodle <img src="@@PLUGINFILE@@/logo.jpg" alt="logo" /> is an acronym for <span style="font-style: italic;">Modular Object-Oriented Dynamic Learning Education</span>.</p>]]></text>
        <file name="logo.jpg" encoding="base64">/9j/4AAQSkZJRgABAQAAAQABAAD</file>
            </questiontext>
            <generalfeedback format="html"><text><![CDATA[<p>See the <a href="http://docs.moodle.org">docs</a>.</p>]]></text></generalfeedback>
            <defaultgrade>1.0000000</defaultgrade>
            <answer fraction="0" format="moodle_auto_format"><text>true</text><feedback format="html"><text>No.</text></feedback></answer>
            <answer fraction="100" format="moodle_auto_format"><text>false</text><feedback format="html"><text>Yes.</text></feedback></answer>
          </question>
          <question type="multichoice">
            <name><text>colours</text></name>
            <questiontext format="html"><text>&lt;p&gt;Which are &amp;quot;warm&amp;quot;?&lt;/p&gt;</text></questiontext>
            <single>false</single>
            <answer fraction="50"><text>red</text></answer>
            <answer fraction="-100"><text>blue</text></answer>
            <answer fraction="50" format="html"><text><![CDATA[<p>orange</p>]]></text></answer>
          </question>
          <question type="multichoice">
            <questiontext format="plain_text"><text>1 &lt; 2?</text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>yes</text></answer>
            <answer fraction="0"><text>no</text></answer>
          </question>
          <question type="shortanswer">
            <questiontext format="html"><text><![CDATA[<p>Capital of France?</p>]]></text></questiontext>
            <answer fraction="100"><text>Paris</text></answer>
            <answer fraction="100"><text>paris</text></answer>
            <answer fraction="50"><text>Lyon</text></answer>
          </question>
          <question type="essay">
            <questiontext format="html"><text><![CDATA[<p>Describe CRM.</p>]]></text></questiontext>
            <graderinfo format="html"><text><![CDATA[<p>Ideas, technology, implementation.</p>]]></text></graderinfo>
          </question>
          <question type="cloze">
            <questiontext format="html">
              <text><![CDATA[<p>The capital of France is {1:SHORTANSWER:%100%Paris#Congratulations!<br />~%50%Marseille#No, second largest.~*#Wrong.}, of Italy {1:SA:=Rome~=Roma}.</p>]]></text>
            </questiontext>
          </question>
          <question type="cloze">
            <questiontext format="html"><text><![CDATA[<p>* Tucson is in {1:MULTICHOICE:California#Wrong~%100%Arizona#OK}</p>]]></text></questiontext>
          </question>
          <question type="matching">
            <questiontext format="html"><text>Match</text></questiontext>
          </question>
          <question type="description">
            <questiontext format="html"><text>Read this first.</text></questiontext>
          </question>
        </quiz>
        """
        let r = try read(xml)
        XCTAssertEqual(r.items.map(\.type), [.trueFalse, .multipleChoice, .singleChoice, .fillBlank, .shortAnswer, .fillBlank, .singleChoice])
        XCTAssertEqual(r.items[0].stem, "Moodle  is an acronym for Modular Object-Oriented Dynamic Learning Education.")
        XCTAssertEqual(r.items[0].answer, .trueFalse(false))
        XCTAssertEqual(r.items[0].explanation, "See the docs.")
        XCTAssertEqual(r.items[0].section, "TrueFalse")
        XCTAssertEqual(r.items[0].source.line, 10)
        XCTAssertEqual(r.items[1].stem, "Which are \"warm\"?")
        XCTAssertEqual(r.items[1].options?.map(\.text), ["red", "blue", "orange"])
        XCTAssertEqual(r.items[1].answer, .choices(["A", "C"]))
        XCTAssertEqual(r.items[2].stem, "1 < 2?")
        XCTAssertEqual(r.items[2].answer, .choices(["A"]))
        XCTAssertEqual(r.items[3].answer, .blanks(["Paris/paris"]))
        XCTAssertEqual(r.items[4].answer, .text("Ideas, technology, implementation."))
        XCTAssertEqual(r.items[5].stem, "The capital of France is ____, of Italy ____.")
        XCTAssertEqual(r.items[5].answer, .blanks(["Paris", "Rome/Roma"]))
        XCTAssertEqual(r.items[6].options?.map(\.text), ["California", "Arizona"])
        XCTAssertEqual(r.items[6].answer, .choices(["B"]))
        XCTAssertEqual(r.warnings.count, 1)
        XCTAssertTrue(r.warnings[0].description.contains("\"matching\" has no shuati item type"), "\(r.warnings)")
    }

    func testBrokenXMLAndOtherRootsAreOneError() {
        XCTAssertThrowsError(try read("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"essay\">\n</quiz>\n")) {
            XCTAssertEqual("\($0)", "quiz.xml:4: error: not well-formed XML: </quiz> closes <question> (line 3)")
        }
        XCTAssertThrowsError(try DocumentImporter.read(Data("<rss><channel/></rss>".utf8), file: "feed.xml")) {
            XCTAssertEqual("\($0)", "feed.xml:1: error: not a Moodle XML quiz (the root element is <rss>, not <quiz>)")
        }
    }
}

final class AikenAndAnkiReaderTests: XCTestCase {
    func testAikenBlocks() throws {
        let aiken = "What is the correct answer to this question?\nA. Is it this one?\nB. Maybe this answer?\nC) Possibly this one?\nANSWER: A\n\n"
            + "Which LMS has the most quiz import formats?\nA) Moodle\nB) ATutor\nANSWER: E\n\nA stem without a key\nA. one\nB. two\n\nLast one?\nA. x\nB. y\nANSWER: B\n"
        let r = try DocumentImporter.read(Data(aiken.utf8), file: "a.txt")
        XCTAssertEqual(r.items.map(\.stem), ["What is the correct answer to this question?", "Which LMS has the most quiz import formats?",
                                             "A stem without a key", "Last one?"])
        XCTAssertEqual(r.items[0].options?.map(\.text), ["Is it this one?", "Maybe this answer?", "Possibly this one?"])
        XCTAssertEqual(r.items.map(\.answer), [.choices(["A"]), nil, nil, .choices(["B"])])
        XCTAssertEqual(r.items.map(\.source.line), [1, 7, 12, 16])
        XCTAssertEqual(r.warnings.map(\.description), ["a.txt:10: warning: ANSWER: E names no option of the question; kept without a key",
                                                       "a.txt:12: warning: Aiken question has no ANSWER line; kept without a key"])
    }

    func testPlainAnkiNotes() throws {
        let anki = "#separator:Semicolon\n#html:false\n#tags column:3\n\"CRM; 全称\";Customer Relationship Management;crm\n"
            + "\"Which is prime?\n\nA. 4\nB. 5\";B;\nonly a front\n"
        let r = try DocumentImporter.read(Data(anki.utf8), file: "deck.txt")
        XCTAssertEqual(r.items.count, 2)
        XCTAssertEqual(r.items[0].type, .shortAnswer)
        XCTAssertEqual(r.items[0].stem, "CRM; 全称")
        XCTAssertEqual(r.items[0].answer, .text("Customer Relationship Management"))
        XCTAssertEqual(r.items[0].source.line, 4)
        XCTAssertEqual(r.items[1].type, .singleChoice)
        XCTAssertEqual(r.items[1].options?.map(\.text), ["4", "5"])
        XCTAssertEqual(r.items[1].answer, .choices(["B"]))
        XCTAssertEqual(r.warnings.map(\.description), ["deck.txt:9: warning: Anki note has one field (no back); skipped"])
    }

    func testHTMLAnkiNoteWithOptions() throws {
        let anki = "#separator:tab\n#html:true\nWhich is prime?<br><br>A. 4<br>B. 5\t<b>B</b>\n"
        let r = try DocumentImporter.read(Data(anki.utf8), file: "deck.txt")
        XCTAssertEqual(r.items.first?.type, .singleChoice)
        XCTAssertEqual(r.items.first?.stem, "Which is prime?")
        XCTAssertEqual(r.items.first?.answer, .choices(["B"]))
    }
}
