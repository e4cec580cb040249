import Foundation
import ShuatiKit

/// Finds and loads question banks: the bundled `question-banks/` and banks imported into the data directory.
/// Items handed to commands have their control characters made visible (text from documents never drives
/// the terminal).
struct BankLibrary {
    /// Folders searched for `*.json` banks, bundled first.
    let folders: [URL]

    /// The bundled folder is found from `$SHUATI_BANKS`, the working directory, or beside the binary
    /// (`.build/debug/shuati` → the package root), so `swift run shuati drill` works from a clone.
    init(context: CommandContext, dataDirectory: URL) {
        var folders: [URL] = []
        if let bundled = BankLibrary.bundledFolder(context: context) ?? EmbeddedBank.folder(dataDirectory: dataDirectory) {
            folders.append(bundled)
        }
        folders.append(DataDirectory.banks(in: dataDirectory))
        self.folders = folders
    }

    static func bundledFolder(context: CommandContext) -> URL? {
        if let explicit = context.environment["SHUATI_BANKS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        var candidates = [context.currentDirectory.appendingPathComponent("question-banks")]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("question-banks"))
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileContents.isDirectory($0) }
    }

    /// Bank files by name (file name without `.json`), earlier folders winning.
    func available() -> [(name: String, url: URL)] {
        var seen = Set<String>()
        var out: [(String, URL)] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".json") && !file.hasPrefix(".") {
                let url = folder.appendingPathComponent(file)
                guard !FileContents.isDirectory(url) else { continue }
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted { out.append((name, url)) }
            }
        }
        return out
    }

    /// Loads one bank file as stored (no display cleaning: this is what `BankStore` merges into).
    /// Errors name the file and, for malformed JSON, the line.
    static func load(_ url: URL, shownAs: String? = nil) throws -> Bank {
        let path = shownAs ?? url.path
        let data = try FileContents.read(url, shownAs: path)
        guard data.contains(where: { !(" \t\r\n" as String).utf8.contains($0) }) else {
            throw CLIError.input(file: path, line: nil, message: "empty file, not a question bank")
        }
        do {
            return try Bank(json: try JSONParser.parse(Array(data)), defaultName: url.deletingPathExtension().lastPathComponent)
        } catch let error as JSONParseError {
            throw CLIError.input(file: path, line: lineOf(offset: error.offset, in: data),
                                 message: "not a question bank: \(error.reason)")
        } catch {
            throw CLIError.input(file: path, line: nil, message: "\(error)")
        }
    }

    /// Resolves names given on the command line: a bank name, or a path to a bank `.json`. Nothing given means
    /// every available bank merged; then a bank that cannot be read is skipped with a warning naming its file
    /// and line, so one broken file does not stop the others being used. A bank named explicitly must load.
    func load(names: [String], context: CommandContext) throws -> Bank {
        let banks = available()
        if names.isEmpty {
            var merged = Bank(name: banks.map(\.name).joined(separator: "+"))
            var loaded = 0
            for bank in banks {
                do {
                    merged.add(try BankLibrary.load(bank.url).items.map(\.withVisibleControls))
                    loaded += 1
                } catch let error as CLIError {
                    context.printError(BankLibrary.skipWarning(error, context: context))
                }
            }
            guard loaded > 0 else {
                throw CLIError.failure(context.tr("no question bank found; import one with 'shuati import FILE --bank NAME'",
                                                  "没有找到题库；请用 'shuati import 文件 --bank 名称' 导入"))
            }
            return merged
        }
        var merged = Bank(name: names.joined(separator: "+"))
        for name in names {
            if let bank = banks.first(where: { $0.name == name }) {
                merged.add(try BankLibrary.load(bank.url).items.map(\.withVisibleControls))
            } else if name.contains("/") || name.hasSuffix(".json") {
                let url = URL(fileURLWithPath: name, relativeTo: context.currentDirectory)
                guard FileContents.exists(url) else {
                    throw CLIError.input(file: name, line: nil, message: context.tr("file not found", "文件不存在"))
                }
                merged.add(try BankLibrary.load(url, shownAs: name).items.map(\.withVisibleControls))
            } else {
                throw CLIError.failure(context.tr("no bank named '\(name)' (have: \(banks.map(\.name).joined(separator: ", ")))",
                                                  "没有名为 '\(name)' 的题库（现有：\(banks.map(\.name).joined(separator: "、"))）"))
            }
        }
        return merged
    }

    /// `bad.json:102: warning: expected a key; this bank is skipped`.
    static func skipWarning(_ error: CLIError, context: CommandContext) -> String {
        let skipped = context.tr("this bank is skipped", "已跳过这个题库")
        switch error {
        case let .input(file, line?, message): return "\(file):\(line): warning: \(message); \(skipped)"
        case let .input(file, nil, message): return "\(file): warning: \(message); \(skipped)"
        case let .failure(message): return "warning: \(message); \(skipped)"
        }
    }

    /// 1-based line number of a byte offset.
    static func lineOf(offset: Int, in data: Data) -> Int {
        var line = 1
        for byte in data.prefix(offset) where byte == 0x0A { line += 1 }
        return line
    }
}

/// Banks named on the command line, or documents imported on the fly (a `.txt` given instead of a bank).
enum BankSources {
    /// File extensions read as documents rather than bank names.
    static let documentExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "docx", "doc", "pdf",
                                                   "xlsx", "csv", "tsv", "gift", "xml"]

    static func load(_ names: [String], context: CommandContext, dataDirectory: URL) throws -> Bank {
        let library = BankLibrary(context: context, dataDirectory: dataDirectory)
        var bankNames: [String] = []
        var merged = Bank(name: names.joined(separator: "+"))
        for name in names {
            let url = URL(fileURLWithPath: name, relativeTo: context.currentDirectory)
            let ext = url.pathExtension.lowercased()
            let exists = FileContents.exists(url)
            if ext != "json", exists || documentExtensions.contains(ext) {
                guard exists else {
                    throw CLIError.input(file: name, line: nil, message: context.tr("file not found", "文件不存在"))
                }
                let data = try FileContents.read(url, shownAs: name)
                do {
                    let result = try DocumentImporter.read(data, file: name)
                    guard !result.items.isEmpty else {
                        throw CLIError.input(file: name, line: nil, message: context.tr("no questions found in this document",
                                                                                         "这个文档里没有找到题目"))
                    }
                    merged.add(result.items.map(\.withVisibleControls))
                } catch let error as ImportError {
                    throw CLIError.failure(error.description)
                }
            } else {
                bankNames.append(name)
            }
        }
        if !bankNames.isEmpty || names.isEmpty {
            merged.add(try library.load(names: bankNames, context: context).items)
        }
        return merged
    }
}
