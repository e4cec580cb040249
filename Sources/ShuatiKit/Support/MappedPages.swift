import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file mappings made by `FileContents.mapped`, and a SIGBUS handler for them: when another program truncates a
/// mapped file, touching a page past its new end raises SIGBUS, which would kill the import mid-way. The handler
/// puts a page of zeros there instead, so the read goes on and `FileContents.unchanged` reports the change in words.
/// Faults anywhere else get the default action (the process stops, as it would have without the handler).
enum MappedPages {
    private static let slots = 64
    /// Base and length of each live mapping, 0 when free; read by the signal handler, so no locks and no allocation.
    nonisolated(unsafe) private static let ranges: UnsafeMutablePointer<UInt> = {
        let p = UnsafeMutablePointer<UInt>.allocate(capacity: 2 * slots)
        p.initialize(repeating: 0, count: 2 * slots)
        return p
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var pageSize: UInt = 4096

    /// Remembers the mapping at `base` of `count` bytes, installing the handler the first time.
    static func register(_ base: UnsafeMutableRawPointer, _ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { _, info, _ in MappedPages.fault(info) }
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            sigaction(SIGBUS, &action, nil)
        }
        for k in 0..<slots where ranges[2 * k] == 0 {
            ranges[2 * k + 1] = UInt(count)
            ranges[2 * k] = UInt(bitPattern: base)
            return
        }
        // More than 64 mappings at once: this one is simply not guarded.
    }

    /// Forgets the mapping at `base`.
    static func unregister(_ base: UnsafeMutableRawPointer) {
        lock.lock()
        defer { lock.unlock() }
        for k in 0..<slots where ranges[2 * k] == UInt(bitPattern: base) {
            ranges[2 * k] = 0
        }
    }

    /// Runs in the signal handler: only async-signal-safe calls (`mmap`, `signal`).
    private static func fault(_ info: UnsafeMutablePointer<siginfo_t>?) {
        let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
        for k in 0..<slots {
            let base = ranges[2 * k]
            guard base != 0, address >= base, address < base + ranges[2 * k + 1] else { continue }
            let page = UnsafeMutableRawPointer(bitPattern: address & ~(pageSize - 1))
            if mmap(page, Int(pageSize), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED {
                return  // the faulting read runs again and finds zeros
            }
            break
        }
        signal(SIGBUS, SIG_DFL)  // not ours: returning re-raises it with the default action
    }
}
