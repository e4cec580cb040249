import Foundation

/// What importing one document gave: the items, and a warning for every item that could not be fully read.
public struct ImportResult: Sendable {
    public var items: [Question]
    public var warnings: [Diagnostic]
    public init(items: [Question], warnings: [Diagnostic]) { self.items = items; self.warnings = warnings }
}

/// Turns the bytes of an exam document into items: decode → normalise (dropping site noise) → parse → assemble.
public enum DocumentImporter {
    /// Detects the input kind, turns it into text (or reads its items directly), then decodes
    /// (UTF-8/UTF-16/GB18030), normalises, segments and parses it. `file` names it in sources and warnings.
    /// Throws `ImportError` for undecodable or binary input.
    public static func read(_ data: Data, file: String) throws -> ImportResult {
        let kind = InputKind.detect(data, file: file)
        if let result = try StructuredImport.read(data, kind: kind, file: file) { return result }
        switch kind {
        case .markdown: return parse(MarkdownReader.text(from: try TextDecoder.decode(data, file: file)), file: file)
        case .html: return parse(HTMLReader.text(from: try TextDecoder.decode(data, file: file)), file: file)
        case .docx, .xlsx, .pdf, .doc: return parse(try OfficeReader.text(from: data, kind: kind, file: file), file: file)
        default: return try readText(data, file: file)
        }
    }

    /// Reads a plain-text document.
    static func readText(_ data: Data, file: String) throws -> ImportResult {
        // Fast path: plain UTF-8 (most files) is decoded straight into the parser's scalars, without building a
        // String of the whole file first.
        if data.count >= ParallelImport.minimumSize, let result = ParallelImport.read(data, file: file) {
            return result
        }
        if let text = data.withUnsafeBytes({ UTF8ScalarReader.normalizedText($0) }) {
            return parse(text, file: file)
        }
        let decoded = try TextDecoder.decode(data, file: file)
        return parse(decoded, file: file)
    }

    /// Parses text that is already decoded.
    public static func parse(_ document: String, file: String) -> ImportResult {
        parse(NormalizedText(document), file: file)
    }

    static func parse(_ text: NormalizedText, file: String) -> ImportResult {
        let (items, warnings) = readItems(text, file: file)
        return merge([(items, warnings)])
    }

    /// Keeps the first copy of each question (or the copy that has an answer) across parts read separately.
    static func merge(_ parts: [(items: [(Question, [Diagnostic])], warnings: [Diagnostic])]) -> ImportResult {
        var merger = DuplicateMerger()
        var warnings: [Diagnostic] = []
        for part in parts {
            for (question, itemWarnings) in part.items where merger.add(question, itemWarnings) {
                warnings += itemWarnings
            }
            warnings += part.warnings
        }
        warnings.sort { $0.line < $1.line }
        return ImportResult(items: merger.items.map(\.0), warnings: warnings)
    }

    /// Items (each with its own warnings) and the document-level warnings of one normalised text; a question
    /// printed twice in it is already one item.
    static func readItems(_ text: NormalizedText, file: String) -> ([(Question, [Diagnostic])], [Diagnostic]) {
        var parser = DocumentParser(text: text)
        parser.parse()
        let assembler = ItemAssembler(text: text, file: file)
        var items = DuplicateMerger()
        var warnings: [Diagnostic] = []
        for draft in parser.drafts {
            let (question, itemWarnings) = assembler.assemble(draft)
            guard let question else { warnings += itemWarnings; continue }
            items.add(question, itemWarnings)
        }
        for range in parser.looseRanges {
            // Normalised text has only " " and "\n" for white space.
            let s = text.scalars
            var lo = max(range.lowerBound, 0), hi = min(range.upperBound, s.count)
            while lo < hi, s[lo] == " " || s[lo] == "\n" { lo += 1 }
            while hi > lo, s[hi - 1] == " " || s[hi - 1] == "\n" { hi -= 1 }
            let line = s.string(lo..<hi)
            if LooseText.isLostQuestion(line) {
                warnings.append(Diagnostic(file: file, line: text.line(at: range.lowerBound),
                                           message: "text outside any question was skipped: \"\(String(line.prefix(30)))…\""))
            }
        }
        for position in parser.orphanKeys {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "answer key with no question before it was skipped"))
        }
        for position in parser.unreadSheetLines {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "answer sheet line could not be read; skipped"))
        }
        for position in parser.orphanOptions {
            warnings.append(Diagnostic(file: file, line: text.line(at: position),
                                       message: "options with no question text before them were skipped"))
        }
        return (items.items, warnings)
    }
}

/// The same question printed twice is one item: the first copy keeps its place and its warnings, and takes the
/// content of the first later copy that has an answer if it has none itself.
struct DuplicateMerger {
    /// Each question with the warnings of its first copy.
    private(set) var items: [(Question, [Diagnostic])] = []
    private var indexByID: [String: Int] = [:]

    /// Adds a copy; true when it is the first of its question.
    @discardableResult
    mutating func add(_ question: Question, _ warnings: [Diagnostic]) -> Bool {
        if let existing = indexByID[question.id] {
            if items[existing].0.answer == nil && question.answer != nil { items[existing].0 = question }
            return false
        }
        indexByID[question.id] = items.count
        items.append((question, warnings))
        return true
    }
}

/// Decides whether skipped text was probably a question (worth a warning) or just a title or site chrome.
enum LooseText {
    static func isLostQuestion(_ text: String) -> Bool {
        guard TypeHint.looksLikeQuestionText(text), !TypeHint.looksLikeTitle(text) else { return false }
        let cjk = text.unicodeScalars.filter(ScalarClass.isCJK).count
        return cjk >= 8 && (text.hasSuffix("。") || text.unicodeScalars.contains("?") || text.containsScalars("( )") || text.containsScalars("()"))
    }
}
