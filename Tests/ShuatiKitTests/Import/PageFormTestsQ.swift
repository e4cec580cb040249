import XCTest
@testable import ShuatiKit

/// Forms found on a fresh stand-in set of exam pages (set Q), each written here in our own words, with a look-alike
/// that must stay as it is.
final class PageFormTestsQ: XCTestCase {
    func testExplanationOpeningWithXuanAndTheKey() {
        let items = importText("""
            1.(2021·某地期中)下列关于叶绿体的叙述,正确的是( )
            A.叶绿体只存在于根细胞中
            B.叶绿体是光合作用的场所
            C.叶绿体没有膜结构
            D.动物细胞都含有叶绿体
            【解析】选B。叶绿体分布在绿色部分,A错误;叶绿体是光合作用的场所,B正确。
            2.下列属于原核生物的是( )
            A.酵母菌
            B.蓝细菌
            【解析】选B,蓝细菌没有成形的细胞核。
            """).items
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        XCTAssertEqual(items.first?.explanation?.hasPrefix("叶绿体分布"), true, "\(items.first?.explanation ?? "")")
        // `选项A错误…` opens with the word for an option, not with a key: no key is read from it.
        let lookAlike = importText("""
            1.下列关于叶绿体的叙述,正确的是( )
            A.叶绿体只存在于根细胞中
            B.叶绿体是光合作用的场所
            【解析】选项A错误,叶绿体分布在绿色部分。
            """).single
        XCTAssertEqual(lookAlike?.answer, nil)
        XCTAssertEqual(lookAlike?.explanation?.hasPrefix("选项A错误"), true)
    }

    func testExplanationInLabelledPartsKeepsTheConclusionOfAnEarlierPart() {
        let item = importText("""
            1.(2分)(2019春•某区期末)构成植物体的基本单位是( )
            A. 细胞 B. 组织 C. 器官 D. 个体
            考点: 植物体的结构层次.
            分析: 植物体由细胞构成组织,组织构成器官.
            解答: 解:细胞是植物体结构和功能的基本单位.
            故选:A.
            点评: 本题考查植物体的结构层次,属于基础题.
            """).single
        XCTAssertEqual(item?.answer, .choices(["A"]))
        XCTAssertEqual(item?.options?.count, 4)
        // A key given by its own label is kept, and a later explanation label under it still starts the explanation.
        let keyed = importText("""
            1.构成植物体的基本单位是( )
            A. 细胞 B. 组织 C. 器官 D. 个体
            答案: C
            解析: 这里故意写成另一个字母。
            点评: 基础题.
            """).single
        XCTAssertEqual(keyed?.answer, .choices(["C"]))
        XCTAssertEqual(keyed?.explanation?.hasPrefix("基础题"), true, "\(keyed?.explanation ?? "")")
    }
}
