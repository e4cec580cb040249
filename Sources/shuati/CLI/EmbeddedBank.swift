import Foundation
import ShuatiKit

/// The bundled bank compiled into the binary (Package.swift `.embedInCode`), for a binary installed or copied
/// away from the clone: it is written once into `DATA/bundled/` (again when a newer binary carries a different
/// bank) and read from there like any bundled folder.
enum EmbeddedBank {
    static let fileName = "crm.json"

    /// The folder holding the embedded bank, or nil when it cannot be written (a read-only data directory).
    static func folder(dataDirectory: URL) -> URL? {
        let folder = dataDirectory.appendingPathComponent("bundled")
        let file = folder.appendingPathComponent(fileName)
        let bytes = PackageResources.crm_json
        if let existing = FileManager.default.contents(atPath: file.path), existing.elementsEqual(bytes) { return folder }
        do {
            try AtomicFile.createDirectory(folder)
            try AtomicFile.write(bytes, to: file)
            return folder
        } catch {
            return nil
        }
    }
}
