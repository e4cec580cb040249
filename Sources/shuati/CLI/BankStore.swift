import Foundation
import ShuatiKit

/// Writes banks into the data directory: merged by id, written to a temp file and renamed so a crash never
/// leaves half a bank.
enum BankStore {
    static func merge(_ items: [Question], intoBankNamed name: String, dataDirectory: URL) throws {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw CLIError.failure("bad bank name '\(name)'")
        }
        let folder = DataDirectory.banks(in: dataDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name + ".json")
        var bank = FileManager.default.fileExists(atPath: url.path) ? try BankLibrary.load(url) : Bank(name: name)
        bank.add(items)
        try write(bank, to: url)
    }

    static func write(_ bank: Bank, to url: URL) throws {
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try Data((bank.json.prettySerialized() + "\n").utf8).write(to: temp)
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: temp)
        } else {
            try FileManager.default.moveItem(at: temp, to: url)
        }
    }
}
