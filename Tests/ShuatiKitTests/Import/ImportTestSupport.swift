import Foundation
@testable import ShuatiKit

/// Parses a small fixture document.
func importText(_ text: String) -> ImportResult {
    DocumentImporter.parse(text, file: "t.txt")
}

extension ImportResult {
    /// The only item, or a failure description.
    var single: Question? { items.count == 1 ? items[0] : nil }
    func item(containing stem: String) -> Question? { items.first { $0.stem.contains(stem) } }
}

/// The package root, for reading the bundled seed documents.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
