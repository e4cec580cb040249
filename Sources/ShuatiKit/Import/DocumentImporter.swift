import Foundation

/// What importing one document gave: the items, and a warning for every item that could not be fully read.
public struct ImportResult: Sendable {
    public var items: [Question]
    public var warnings: [Diagnostic]
    public init(items: [Question], warnings: [Diagnostic]) { self.items = items; self.warnings = warnings }
}

/// Turns the bytes of an exam document into items.
/// PLACEHOLDER (issue 2 replaces the body); the signature is the contract other modules use.
public enum DocumentImporter {
    /// Decodes (UTF-8/UTF-16/GB18030), normalises, segments and parses a document. `file` names it in sources
    /// and warnings. Throws `ImportError` for undecodable or binary input.
    public static func read(_ data: Data, file: String) throws -> ImportResult {
        ImportResult(items: [], warnings: [])
    }
}
