import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Crash-safe whole-file writes: the new contents go to a temporary file in the same directory, are written in
/// full and fsynced, then rename(2)d over the old file, and the directory is fsynced. A reader (or a crash at
/// any moment) sees the old file or the new one, never a torn or missing one. Foundation's replace-item APIs
/// are not used: on Linux they can delete the target and leave only the temporary file.
public enum AtomicFile {
    /// Replaces the file at `url` with `text` (UTF-8).
    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }

    /// Replaces the file at `url` with `bytes`. On any failure the temporary file is removed and the old file
    /// is left as it was; the error names the path and the reason in plain words.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let target = resolvedTarget(url)
        let directory = target.deletingLastPathComponent()
        var info = stat()
        let exists = stat(target.path, &info) == 0
        if exists, (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: url.path, code: EISDIR) }
        removeStaleTemporaries(of: target)
        let temp = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError.current(url.path) }
        var isOpen = true
        do {
            // Keep the old file's permissions (a bank made read-only for others stays so).
            if exists { _ = fchmod(fd, info.st_mode & 0o7777) }
            try writeAll(fd, bytes, path: url.path)
            guard fsync(fd) == 0 else { throw FileSystemError.current(url.path) }
            isOpen = false
            guard close(fd) == 0 else { throw FileSystemError.current(url.path) }
            guard rename(temp.path, target.path) == 0 else { throw FileSystemError.current(url.path) }
        } catch {
            if isOpen { close(fd) }
            unlink(temp.path)
            throw error
        }
        try syncDirectory(directory)
    }

    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError.current(path)
                }
                if n == 0 { throw FileSystemError(path: path, code: EIO) }
                written += n
            }
        }
    }

    /// Makes a rename in `directory` durable. File systems that cannot sync a directory (EINVAL) are accepted.
    public static func syncDirectory(_ directory: URL) throws {
        let fd = Glibc.open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL, errno != ENOTSUP { throw FileSystemError.current(directory.path) }
    }

    /// A symbolic link is written through (an export to a linked file updates the file the link points to).
    private static func resolvedTarget(_ url: URL) -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return url }
        return url.resolvingSymlinksInPath()
    }

    /// Removes `.NAME.PID.N.tmp` files left by writers that were killed (their process no longer exists).
    private static func removeStaleTemporaries(of target: URL) {
        let prefix = ".\(target.lastPathComponent)."
        let directory = target.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink(directory.appendingPathComponent(name).path)
            }
        }
    }

    /// Creates `directory` and its parents (like `mkdir -p`), with errors in plain words.
    public static func createDirectory(_ directory: URL) throws {
        var info = stat()
        if stat(directory.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileSystemError(path: directory.path, code: ENOTDIR) }
            return
        }
        let parent = directory.deletingLastPathComponent()
        if parent.path != directory.path { try createDirectory(parent) }
        if mkdir(directory.path, 0o755) != 0, errno != EEXIST { throw FileSystemError.current(directory.path) }
    }
}

/// An exclusive advisory lock (flock) on a `.NAME.lock` file beside a file, so a second process that wants to
/// change the same file waits until the first has finished its read-modify-write.
public enum FileLock {
    /// Runs `body` holding the lock for `url`; other processes calling this for the same file wait.
    public static func withExclusiveLock<T>(for url: URL, _ body: () throws -> T) throws -> T {
        let lockURL = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock")
        var fd = open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { fd = open(lockURL.path, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw FileSystemError.current(url.path) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystemError.current(lockURL.path) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
