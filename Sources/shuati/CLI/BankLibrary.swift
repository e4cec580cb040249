import Foundation
import ShuatiKit

/// Finds and loads question banks: the bundled `question-banks/` and banks imported into the data directory.
struct BankLibrary {
    /// Folders searched for `*.json` banks, bundled first.
    let folders: [URL]

    /// The bundled folder is found from `$SHUATI_BANKS`, the working directory, or beside the binary
    /// (`.build/debug/shuati` → the package root), so `swift run shuati drill` works from a clone.
    init(context: CommandContext, dataDirectory: URL) {
        var folders: [URL] = []
        if let bundled = BankLibrary.bundledFolder(context: context) { folders.append(bundled) }
        folders.append(DataDirectory.banks(in: dataDirectory))
        self.folders = folders
    }

    static func bundledFolder(context: CommandContext) -> URL? {
        let fm = FileManager.default
        if let explicit = context.environment["SHUATI_BANKS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        var candidates = [context.currentDirectory.appendingPathComponent("question-banks")]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("question-banks"))
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { var isDir: ObjCBool = false; return fm.fileExists(atPath: $0.path, isDirectory: &isDir) && isDir.boolValue }
    }

    /// Bank files by name (file name without `.json`), earlier folders winning.
    func available() -> [(name: String, url: URL)] {
        var seen = Set<String>()
        var out: [(String, URL)] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where file.pathExtension == "json" {
                let name = file.deletingPathExtension().lastPathComponent
                if seen.insert(name).inserted { out.append((name, file)) }
            }
        }
        return out
    }

    /// Loads one bank file.
    static func load(_ url: URL) throws -> Bank {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIError.input(file: url.path, line: nil, message: "cannot read the file")
        }
        do {
            return try Bank(json: try JSONParser.parse(Array(data)), defaultName: url.deletingPathExtension().lastPathComponent)
        } catch let error as JSONParseError {
            throw CLIError.input(file: url.path, line: lineOf(offset: error.offset, in: data), message: error.reason)
        } catch {
            throw CLIError.input(file: url.path, line: nil, message: "\(error)")
        }
    }

    /// Resolves names given on the command line: a bank name, or a path to a bank `.json`. Nothing given means
    /// every available bank merged. Documents (.txt …) are handled by the caller through the importer.
    func load(names: [String], context: CommandContext) throws -> Bank {
        let banks = available()
        if names.isEmpty {
            guard !banks.isEmpty else {
                throw CLIError.failure(context.tr("no question bank found; import one with 'shuati import FILE --bank NAME'",
                                                  "没有找到题库；请用 'shuati import 文件 --bank 名称' 导入"))
            }
            var merged = Bank(name: banks.map(\.name).joined(separator: "+"))
            for bank in banks { merged.add(try BankLibrary.load(bank.url).items) }
            return merged
        }
        var merged = Bank(name: names.joined(separator: "+"))
        for name in names {
            if let bank = banks.first(where: { $0.name == name }) {
                merged.add(try BankLibrary.load(bank.url).items)
            } else if FileManager.default.fileExists(atPath: name) {
                merged.add(try BankLibrary.load(URL(fileURLWithPath: name)).items)
            } else {
                throw CLIError.failure(context.tr("no bank named '\(name)' (have: \(banks.map(\.name).joined(separator: ", ")))",
                                                  "没有名为 '\(name)' 的题库（现有：\(banks.map(\.name).joined(separator: "、"))）"))
            }
        }
        return merged
    }

    /// 1-based line number of a byte offset.
    static func lineOf(offset: Int, in data: Data) -> Int {
        var line = 1
        for byte in data.prefix(offset) where byte == 0x0A { line += 1 }
        return line
    }
}
