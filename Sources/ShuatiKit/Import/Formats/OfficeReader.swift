import Foundation

/// Why a Word, Excel or PDF file could not be turned into text.
public enum OfficeError: Error, CustomStringConvertible, Equatable {
    /// No converter for this kind is installed: what to install, or what to save the file as instead.
    case converterMissing(kind: InputKind)
    /// The converter ran and failed.
    case converterFailed(tool: String, reason: String)
    /// The converter gave no text (a scanned PDF holds pictures of pages).
    case noText(tool: String)

    public var description: String {
        switch self {
        case .converterMissing(.pdf):
            return "reading a PDF needs pdftotext: install poppler-utils (apt-get install poppler-utils, brew install poppler), or save it as .docx or text"
        case .converterMissing(.doc):
            return "reading an old Word .doc needs antiword or catdoc (apt-get install antiword), or save it as .docx in Word or LibreOffice"
        case let .converterMissing(kind):
            return "no converter for \(kind.rawValue) files"
        case let .converterFailed(tool, reason):
            return "\(tool) could not read the file" + (reason.isEmpty ? "" : ": \(reason)")
        case let .noText(tool):
            return "\(tool) found no text in the file (scanned pages are pictures: run OCR first)"
        }
    }
}

/// Word, PDF and legacy Office files turned into the plain text the document parser reads.
enum OfficeReader {
    /// The text of a .docx (or .xlsx rows, or .pdf/.doc through an installed converter), one paragraph a line.
    /// `searchPath` is where converters are looked for (`$PATH` by default).
    static func text(from data: Data, kind: InputKind, file: String,
                     searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") throws -> String {
        do {
            switch kind {
            case .docx:
                return try DocxReader.text(from: [UInt8](data))
            case .xlsx:
                // Until a table-template reader claims the workbook (StructuredImport), its rows are read as
                // text lines, cells separated by tabs.
                // text lines, cells separated by tabs, each sheet's rows at their row numbers (the first sheet's
                // warnings then name Excel's rows).
                var lines: [String] = []
                for (k, sheet) in try XlsxReader.sheets(from: data, file: file).enumerated() {
                    if k > 0 { lines += ["", sheet.name] }
                    let base = lines.count
                    for row in sheet.rows {
                        while lines.count - base < row.line - 1 { lines.append("") }
                        lines.append(row.cells.joined(separator: "\t"))
                    }
                }
                return lines.joined(separator: "\n") + "\n"
            case .pdf:
                return PDFText.tidy(try ExternalConverter.run(data, extension: "pdf", candidates: [
                    ("pdftotext", { ["-layout", "-enc", "UTF-8", $0, "-"] }),
                ], kind: kind, searchPath: searchPath))
            case .doc:
                return DocText.tidy(try ExternalConverter.run(data, extension: "doc", candidates: [
                    ("antiword", { ["-m", "UTF-8.txt", $0] }),
                    ("catdoc", { ["-d", "utf-8", "-w", $0] }),
                ], kind: kind, searchPath: searchPath))
            default:
                throw ImportError.binary(file: file)
            }
        } catch let error as ZipError {
            throw ImportError.unreadable(file: file, reason: error.description)
        } catch let error as OfficeError {
            throw ImportError.unreadable(file: file, reason: error.description)
        }
    }
}

/// What `pdftotext -layout` prints, made to read like the document's lines.
enum PDFText {
    /// Paragraph spacing comes out as a blank line after most lines; when it does (double-spaced text), blank
    /// lines carry no meaning and are dropped, so a table's rows (`题号 …` / `答案 …`) stay together.
    static func tidy(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isBlank = lines.map { $0.allSatisfy(\.isWhitespace) }
        // Blank lines between two text lines; leading and trailing ones say nothing about the spacing.
        let between = (1..<max(1, lines.count - 1)).filter { isBlank[$0] && !isBlank[$0 - 1] && !isBlank[$0 + 1] }.count
        let textLines = isBlank.filter { !$0 }.count
        guard between > 0, between * 10 >= textLines * 4 else { return text }
        return lines.filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n") + "\n"
    }
}

/// What antiword prints for a .doc, made to read like the document's lines.
enum DocText {
    /// antiword draws table rows as `|题号   |1   |2   |`: the cells become tab-separated, like a .docx table row.
    static func tidy(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 2, trimmed.hasPrefix("|"), trimmed.hasSuffix("|") else { return String(line) }
            return trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }
}

/// Runs an installed command-line converter on a temporary copy of the input and returns what it prints.
enum ExternalConverter {
    /// How long a converter may take before it is stopped (a hostile file must not hang an import).
    static let timeout: TimeInterval = 120

    /// Tries each installed tool of `candidates` (name, arguments for the input path) in turn; the first that
    /// succeeds with some text wins.
    static func run(_ data: Data, extension ext: String, candidates: [(String, (String) -> [String])],
                    kind: InputKind, searchPath: String) throws -> String {
        let installed = candidates.compactMap { name, arguments in find(name, in: searchPath).map { ($0, name, arguments) } }
        guard !installed.isEmpty else { throw OfficeError.converterMissing(kind: kind) }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("shuati-\(UUID().uuidString).\(ext)")
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        var failure: OfficeError?
        for (path, name, arguments) in installed {
            do {
                let text = try execute(path, arguments(input.path), tool: name, input: input.path)
                // catdoc prints a file it cannot parse as raw bytes: control characters mean no text was found.
                let garbled = text.unicodeScalars.contains { $0.value < 0x20 && !"\n\t\r\u{0C}".unicodeScalars.contains($0) }
                if !garbled, text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{0C}" }) {
                    return text.replacingOccurrences(of: "\u{0C}", with: "\n")
                }
                failure = failure ?? .noText(tool: name)
            } catch let error as OfficeError {
                failure = failure ?? error
            }
        }
        throw failure ?? OfficeError.converterMissing(kind: kind)
    }

    static func find(_ name: String, in searchPath: String) -> String? {
        for folder in searchPath.split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs `path arguments`, returning its standard output as UTF-8 text; its standard error gives the reason
    /// when it fails (the temporary `input` path left out of it).
    static func execute(_ path: String, _ arguments: [String], tool: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("shuati-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw OfficeError.converterFailed(tool: tool, reason: "\(error)") }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let reason = message.replacingOccurrences(of: input, with: "it").split(separator: "\n").first.map { String($0.prefix(200)) }
                ?? (process.terminationReason == .uncaughtSignal ? "stopped after \(Int(timeout)) s" : "exit status \(process.terminationStatus)")
            throw OfficeError.converterFailed(tool: tool, reason: reason)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
