import Foundation
import ShuatiKit

/// Writes a rendered export to `-o FILE` (or stdout) and says on stderr what the format left out.
enum ExportWriter {
    static func write(_ rendered: RenderedExport, format: ExportFormat, output: String?, context: CommandContext) throws {
        if let output, output != "-" {
            let url = URL(fileURLWithPath: output, relativeTo: context.currentDirectory)
            do {
                try AtomicFile.write(rendered.text, to: url)
            } catch let error as FileSystemError {
                throw error.at(output)  // the path as typed
            }
        } else {
            context.stdout.write(rendered.text)
        }
        // One line per reason, so a large bank does not flood the terminal.
        var reasons: [String] = []
        var counts: [String: [Int]] = [:]
        for s in rendered.skipped {
            if counts[s.reason] == nil { reasons.append(s.reason) }
            counts[s.reason, default: []].append(s.number)
        }
        for reason in reasons {
            let numbers = counts[reason]!
            let list = numbers.prefix(12).map(String.init).joined(separator: ", ") + (numbers.count > 12 ? ", …" : "")
            context.printError(context.tr("warning: \(format.rawValue): skipped \(numbers.count) item(s) (\(list)): \(reason)",
                                          "warning: \(format.rawValue)：跳过 \(numbers.count) 题（\(list)）：\(reason)"))
        }
    }

    static func format(_ args: ParsedArguments, context: CommandContext) throws -> ExportFormat {
        // `-o paper.html` says the format by itself.
        let inferred = args.value("--output").flatMap { out -> String? in
            let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
            return ["md", "markdown", "html", "htm", "xml", "gift", "json", "csv"].contains(ext) ? ext : nil
        }
        guard let name = args.value("--format") ?? inferred else {
            throw ArgumentError.missing(context.tr("--format (one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))",
                                                   "--format（\(ExportFormat.allCases.map(\.rawValue).joined(separator: "、")) 之一）"))
        }
        guard let format = ExportFormat(name: name) else {
            throw ArgumentError.badValue(option: "--format", value: name,
                                         expected: "one of " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }
}
