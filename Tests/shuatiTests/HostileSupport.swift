import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the tests that feed the program bad files, full disks and kills.
enum Hostile {
    /// A document of `count` single-choice items whose stems carry `tag`, so each document adds new items.
    static func document(tag: String, count: Int) -> String {
        var text = ""
        for i in 1...count {
            // Numbering restarts in each chapter of 200, as in real papers (numbers stay below 1000).
            if i % 200 == 1 { text += "第\(i / 200 + 1)章 单选题\n" }
            text += "\((i - 1) % 200 + 1).\(tag)[\(i)]客户关系管理的核心是( )\nA.客户\nB.产品\nC.价格\nD.渠道\n答案:A\n"
        }
        return text
    }

    /// Every file under `dir` (relative path → bytes), to prove a failed command changed nothing.
    static func snapshot(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return out }
        while let rel = walker.nextObject() as? String {
            let url = dir.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            out[rel] = isDir.boolValue ? Data("<dir>".utf8) : (FileManager.default.contents(atPath: url.path) ?? Data("<unreadable>".utf8))
        }
        return out
    }

    /// Temporary files the atomic writer may have left.
    static func temporaries(_ dir: URL) -> [String] {
        snapshot(dir).keys.filter { $0.hasSuffix(".tmp") }.sorted()
    }

    /// The standard error's lines, without the trailing empty one.
    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: true) }

    /// Foundation or Swift runtime text that must never reach a user.
    static let leaks = ["Error Domain", "NSCocoaErrorDomain", "NSPOSIXErrorDomain", "Fatal error", "Swift/", "UserInfo=",
                        "The operation could not be completed", "The file “", "(NSCocoaErrorDomain"]

    /// Runs `/bin/sh -c` (mount, umount, dd) and returns its status.
    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}

/// A small tmpfs mounted on a fresh directory (the test process runs as root in CI); unmounted by `remove()`.
final class TmpfsMount {
    let url: URL

    /// Mounts `size` bytes of tmpfs, or returns nil with the reason when the environment does not allow it.
    static func make(size: Int) throws -> (TmpfsMount?, String) {
        let dir = try BinaryRunner.temporaryDirectory()
        guard geteuid() == 0 else { return (nil, "not root, cannot mount a tmpfs") }
        let status = Hostile.shell("mount -t tmpfs -o size=\(size),mode=0755 tmpfs '\(dir.path)'")
        guard status == 0 else { return (nil, "mount -t tmpfs failed (status \(status)): the container does not permit mounts") }
        return (TmpfsMount(url: dir), "")
    }

    private init(url: URL) { self.url = url }

    /// Remounts read-only (the data directory of a student whose disk went read-only, or a locked-down lab PC).
    func remountReadOnly() -> Bool { Hostile.shell("mount -o remount,ro '\(url.path)'") == 0 }

    /// Fills the file system to the last byte.
    func fill() {
        Hostile.shell("dd if=/dev/zero of='\(url.path)/filler' bs=4096 2>/dev/null; dd if=/dev/zero of='\(url.path)/filler2' bs=1 2>/dev/null")
    }

    func remove() {
        Hostile.shell("umount '\(url.path)' || umount -l '\(url.path)'")
        try? FileManager.default.removeItem(at: url)
    }
}
