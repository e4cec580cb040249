import Foundation

// libFuzzer entry point, compiled together with the ShuatiKit sources by Fuzz/run.sh (not part of the package
// build). The first byte picks what the rest is fed to, so one target covers every reader: the document importer
// under each file kind, bank JSON, the review log parser, blueprints and the control-character sanitiser.
// A crash, a trap or a broken invariant (an imported bank that does not read back) is a finding.

private let fileNames = ["paper.txt", "paper.md", "paper.html", "paper.docx", "paper.xlsx", "paper.pdf", "paper.doc",
                         "paper.csv", "paper.gift", "paper.xml", "paper.json", "paper.tsv", "paper"]

/// External converters (antiword, pdftotext) are other people's programs and would make each run a fork: an
/// empty PATH makes the Office reader report them missing, so the in-process readers are what gets fuzzed.
@_cdecl("LLVMFuzzerInitialize")
public func importerFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    setenv("PATH", "/nonexistent", 1)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func importerFuzzTarget(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let selector = Int(start[0])
    let data = Data(bytes: start + 1, count: count - 1)
    switch selector % 16 {
    case 0..<13:
        guard let result = try? DocumentImporter.read(data, file: fileNames[selector % 16]) else { return 0 }
        // What the importer produced must survive the bank format (what `import --bank` writes and reads back).
        let bank = Bank(name: "fuzz", items: result.items)
        let text = bank.json.prettySerialized()
        guard let back = try? Bank(json: JSONParser.parse(Array(text.utf8)), defaultName: "fuzz") else {
            fatalError("an imported bank does not read back")
        }
        if back.items.map(\.id) != bank.items.map(\.id) { fatalError("ids changed through the bank format") }
        for item in result.items { _ = item.withVisibleControls }
    case 13:
        _ = try? Bank(json: JSONParser.parse(Array(data)), defaultName: "fuzz")
    case 14:
        _ = ReviewLog.parse(data, path: "reviews.jsonl")
    default:
        let text = String(decoding: data, as: UTF8.self)
        _ = try? Blueprint.parse(text)
        let visible = ControlCharacters.visible(text)
        if visible.unicodeScalars.contains(where: { $0.value == 0x1B || (0x80...0x9F).contains($0.value) }) {
            fatalError("a control character survived the sanitiser")
        }
    }
    return 0
}
