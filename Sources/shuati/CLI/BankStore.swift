import Foundation
import ShuatiKit

/// Writes banks into the data directory: merged by id under a lock (a second `import --bank` of the same bank
/// waits), written crash-safely (AtomicFile) so a crash or a full disk never leaves half a bank or none.
enum BankStore {
    /// Merges `items` into the bank `name` (created when missing); the old items and their ids are kept.
    static func merge(_ items: [Question], intoBankNamed name: String, dataDirectory: URL) throws {
        try BankName.validate(name)
        let folder = DataDirectory.banks(in: dataDirectory)
        try AtomicFile.createDirectory(folder)
        let url = folder.appendingPathComponent(name + ".json")
        try FileLock.withExclusiveLock(for: url) {
            var bank = FileManager.default.fileExists(atPath: url.path) ? try BankLibrary.load(url) : Bank(name: name)
            bank.add(items)
            try write(bank, to: url)
        }
    }

    /// Replaces the bank file at `url` with `bank`.
    static func write(_ bank: Bank, to url: URL) throws {
        try AtomicFile.write(bank.json.prettySerialized() + "\n", to: url)
    }
}

/// Bank names become file names in `banks/`: no path separators, no `..`, nothing hidden or empty.
enum BankName {
    static func validate(_ name: String) throws {
        let bad = name.isEmpty || name.contains("/") || name.contains("\\") || name.hasPrefix(".")
            || name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } || name.utf8.count > 200
        if bad {
            throw CLIError.failure("bad bank name '\(ControlCharacters.visible(name, keepNewlines: false))': use letters, digits, - or _ (no '/', no leading '.', not empty)")
        }
    }
}
