import XCTest
@testable import ShuatiKit

/// A page read through the importer's entry point, as a saved `.html` file.
func importHTML(_ html: String) throws -> ImportResult {
    try DocumentImporter.read(Data(html.utf8), file: "t.html")
}

final class HTMLReaderTests: XCTestCase {
    func testTagsBecomeLinesAndEntitiesAreDecoded() {
        let html = "<p>甲&amp;乙 &lt;b&gt; x&nbsp;y &#20013;&#x6587; &copy &quot;q&quot; &bogus; a & b</p><div>one<br>two<br/>three</div><ul><li>A</li><li>B</li></ul><table><tr><td>1</td><td>B</td></tr><tr><td>2</td><td>C</td></tr></table>"
        let lines = HTMLReader.text(from: html).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["甲&乙 <b> x y 中文 © \"q\" &bogus; a & b", "one", "two", "three", "A", "B", "1  B", "2  C"])
    }

    func testChromeScriptsAndHiddenTextAreDropped() {
        let html = """
        <html><head><title>标题</title><style>.a{color:red}</style><script>var s = "<p>1. 不是题</p>";</script></head>
        <body><nav>首页 | 题库</nav><header>站点头</header>
        <p>正文</p><span class="element-invisible-hidden">隐藏的重复</span><div style="display: none">也隐藏</div>
        <script type="text/javascript">if (a < b) { x = "</div>"; }</script><noscript>请启用脚本</noscript>
        <footer>版权所有</footer></body></html>
        """
        XCTAssertEqual(HTMLReader.text(from: html), "正文\n")
    }

    func testRightAnswerMarkupBecomesKeyLines() throws {
        let options = "<div class='q'>1. 最大的行星是（ ）</div><ul><li>A. 地球</li><li class=\"option correct\">B. 木星</li><li>C. 火星</li></ul>"
        XCTAssertEqual(try importHTML(options).single?.answer, .choices(["B"]))
        // A right-answer span with no label before it is the key; the student's own answer is not.
        let span = "<h3>1. 最大的行星是（ ）</h3><ul><li>A. 地球</li><li>B. 木星</li></ul><p><span class=\"stuAnswer\">A</span></p><p><span class=\"rightAnswer\">B</span></p>"
        XCTAssertEqual(try importHTML(span).single?.answer, .choices(["B"]))
        // A labelled key stays as written (the parser reads 我的答案/正确答案 itself).
        let labelled = "<h3>1. 最大的行星是（ ）</h3><ul><li>A. 地球</li><li>B. 木星</li></ul><div class=\"mark_key\"><span>我的答案:</span><span class=\"stuAnswerContent\">A</span> <span>正确答案:</span><span class=\"rightAnswerContent\">B</span></div>"
        XCTAssertEqual(try importHTML(labelled).single?.answer, .choices(["B"]))
    }

    func testGBKPageDeclaredInMeta() throws {
        let page = "<html><head><meta charset=\"gbk\"><title>题库</title></head><body><p>1. 最大的行星是（ ）</p><p>A. 地球</p><p>B. 木星</p><p>答案：B</p></body></html>"
        let data = try XCTUnwrap(page.data(using: TextDecoder.gb18030))
        XCTAssertNil(String(data: data, encoding: .utf8))
        let item = try DocumentImporter.read(data, file: "gbk.html").single
        XCTAssertEqual(item?.stem, "最大的行星是( )")
        XCTAssertEqual(item?.answer, .choices(["B"]))
    }

    func testMalformedPagesAreReadLikeABrowser() {
        XCTAssertEqual(HTMLReader.text(from: "<div><p>1 < 2 and 3 > 2<b>bold<i>both</div>after"), "1 < 2 and 3 > 2boldboth\nafter\n")
        XCTAssertEqual(HTMLReader.text(from: "text <script>never closed"), "text\n")
        XCTAssertEqual(HTMLReader.text(from: "a <!-- open comment"), "a\n")
        XCTAssertEqual(HTMLReader.text(from: "<<<<a"), "<<<<a\n")
        XCTAssertEqual(HTMLReader.text(from: "</p></div></li>x"), "x\n")
        XCTAssertEqual(HTMLReader.text(from: ""), "")
        XCTAssertEqual(HTMLReader.text(from: "<head><title>t</title>no body tag"), "")
        XCTAssertEqual(HTMLReader.text(from: "<head><title>t</title><body>body text"), "body text\n")
    }

    /// The same questions as plain text and as a quiz page give the same items.
    func testPageGivesTheSameItemsAsText() throws {
        let text = "一、单选题\n1. 最大的行星是（ ）\nA. 地球\nB. 木星\nC. 火星\n答案：B\n\n2. 离太阳最近的行星是（ ）\nA. 水星\nB. 金星\nC. 地球\n答案：A\n"
        let expected = itemShapes(importText(text))
        XCTAssertEqual(expected.count, 2)
        let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><script>var q = 1;</script></head><body>
        <nav><a href="/">首页</a></nav>
        <h2>一、单选题</h2>
        <div class="question"><div class="title">1. 最大的行星是（&nbsp;）</div>
          <ul><li>A. 地球</li><li class="right-option">B. 木星</li><li>C. 火星</li></ul></div>
        <div class="question"><div class="title">2. 离太阳最近的行星是（ ）</div>
          <ul><li>A. 水星</li><li>B. 金星</li><li>C. 地球</li></ul>
          <p>答案：<span class="key">A</span></p></div>
        <footer>© 题库网</footer></body></html>
        """
        XCTAssertEqual(itemShapes(try importHTML(page)), expected)
    }
}
