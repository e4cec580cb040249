import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with errors in plain words (`no such file or directory`, `is a directory`,
/// `permission denied`), so no Foundation error text reaches the user.
public enum FileContents {
    /// The bytes of the regular file at `url`; `shownAs` is the path the error names (as the user typed it).
    public static func read(_ url: URL, shownAs: String? = nil) throws -> Data {
        let path = shownAs ?? url.path
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError.current(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError.current(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: path, code: EISDIR) }
        var data = Data()
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            // A file of known size is read straight into its Data: one copy, not two (the import reads 50 MB files).
            data = Data(count: Int(info.st_size))
            var filled = 0
            while filled < data.count {
                let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError.current(path)
                }
                if n == 0 { break }
                filled += n
            }
            if filled < data.count {  // it shrank while being read
                data.removeSubrange(filled...)
                return data
            }
        }
        // Whatever is left (all of a pipe or device; what a file gained while being read), in chunks.
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError.current(path)
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// Whether something (file, directory, anything) exists at `url`.
    public static func exists(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0
    }

    /// Whether `url` is a directory.
    public static func isDirectory(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
