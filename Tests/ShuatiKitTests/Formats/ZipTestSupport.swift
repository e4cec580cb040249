import Foundation
import XCTest

/// Runs a Python 3 script (from stdin) with `arguments`; the test is skipped when python3 is missing.
func runPython(_ script: String, _ arguments: [String] = []) throws -> String {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let python else { throw XCTSkip("python3 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script] + arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw NSError(domain: "python3", code: Int(process.terminationStatus)) }
    return String(decoding: data, as: UTF8.self)
}

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("shuati-office-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// The corpus of real documents beside the repository (`../shared/corpus/github/docs`), when present.
let officeCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/github/docs")

/// Builds small zip archives in memory, entries stored (uncompressed), for tests of the zip and .docx readers.
enum TestZip {
    /// A zip of `entries` (name, bytes). `dataDescriptor` writes sizes and CRC after the data (flag bit 3) and
    /// zeros in the local header, as streaming writers do; `flags` are added to every entry's flags.
    static func make(_ entries: [(String, [UInt8])], dataDescriptor: Bool = false, flags: UInt16 = 0) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: UInt16, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32, _ a: inout [UInt8]) { for k in 0..<4 { a.append(UInt8(v >> (8 * UInt32(k)) & 0xFF)) } }
        for (name, data) in entries {
            let offset = UInt32(out.count)
            let crc = crc32(data)
            let name = Array(name.utf8)
            let entryFlags = flags | (dataDescriptor ? 8 : 0) | 0x800
            u32(0x0403_4B50, &out); u16(20, &out); u16(entryFlags, &out); u16(0, &out); u32(0, &out)
            u32(dataDescriptor ? 0 : crc, &out); u32(dataDescriptor ? 0 : UInt32(data.count), &out)
            u32(dataDescriptor ? 0 : UInt32(data.count), &out)
            u16(UInt16(name.count), &out); u16(0, &out); out += name; out += data
            if dataDescriptor { u32(0x0807_4B50, &out); u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out) }
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(entryFlags, &central); u16(0, &central)
            u32(0, &central); u32(crc, &central); u32(UInt32(data.count), &central); u32(UInt32(data.count), &central)
            u16(UInt16(name.count), &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central); central += name
        }
        let directoryOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(UInt16(entries.count), &out); u16(UInt16(entries.count), &out)
        u32(UInt32(central.count), &out); u32(directoryOffset, &out); u16(0, &out)
        return out
    }

    /// Bitwise CRC-32, independent of the reader's table.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// A minimal .docx: document.xml with `body` (WordprocessingML inside `<w:body>`), and numbering.xml when given.
    static func docx(body: String, numbering: String? = nil, styles: String? = nil) -> [UInt8] {
        let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types/>".utf8)),
            ("word/document.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(ns)><w:body>\(body)</w:body></w:document>".utf8)),
        ]
        if let numbering { entries.append(("word/numbering.xml", Array("<w:numbering \(ns)>\(numbering)</w:numbering>".utf8))) }
        if let styles { entries.append(("word/styles.xml", Array("<w:styles \(ns)>\(styles)</w:styles>".utf8))) }
        return make(entries)
    }
}
