import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The terminal state to restore if the process is stopped by a signal while in raw mode.
nonisolated(unsafe) private var savedTermios: termios?

/// The real terminal: raw, no-echo input on stdin, keys decoded from UTF-8 and escape sequences, the window size
/// from `TIOCGWINSZ`. Restores the terminal on `restore()`, and on SIGTERM/SIGHUP/SIGINT.
final class PosixTerminal: Terminal {
    private let input: Int32 = 0
    private let output: Int32 = 1
    private var original = termios()
    private var raw = false
    private var pending: [UInt8] = []
    private var lastSize: (columns: Int, rows: Int)?

    var size: (columns: Int, rows: Int) {
        var ws = winsize()
        if ioctl(output, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
            return (Int(ws.ws_col), Int(ws.ws_row))
        }
        return (80, 24)
    }

    func enterRawMode() throws {
        guard tcgetattr(input, &original) == 0 else { throw CLIError.failure("stdin is not a terminal") }
        savedTermios = original
        var t = original
        t.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        t.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        t.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &t.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &t) == 0 else { throw CLIError.failure("cannot switch the terminal to raw mode") }
        raw = true
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { number in
                if var saved = savedTermios { tcsetattr(0, TCSAFLUSH, &saved) }
                let leave = "\u{1B}[?25h\u{1B}[?1049l"
                _ = leave.withCString { Glibc.write(1, $0, strlen($0)) }
                _exit(128 + number)
            }
        }
        write("\u{1B}[?1049h\u{1B}[?25l")  // alternate screen, hide cursor
    }

    func restore() {
        guard raw else { return }
        write("\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(input, TCSAFLUSH, &original)
        raw = false
        savedTermios = nil
    }

    func readKey(timeout: TimeInterval?) -> Key? {
        if let current = lastSize.map({ _ in size }), let last = lastSize, current != last {
            lastSize = current
            return .resize
        }
        lastSize = size
        guard let first = nextByte(timeout: timeout) else { return nil }
        switch first {
        case 0x03: return .ctrlC
        case 0x04: return .ctrlD
        case 0x09: return .tab
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x1B:
            guard let second = nextByte(timeout: 0.03) else { return .escape }
            if second == UInt8(ascii: "[") || second == UInt8(ascii: "O") {
                var params: [UInt8] = []
                while let b = nextByte(timeout: 0.03) {
                    if (0x40...0x7E).contains(b) {
                        switch b {
                        case UInt8(ascii: "A"): return .up
                        case UInt8(ascii: "B"): return .down
                        case UInt8(ascii: "C"): return .right
                        case UInt8(ascii: "D"): return .left
                        case UInt8(ascii: "H"): return .home
                        case UInt8(ascii: "F"): return .end
                        case UInt8(ascii: "~"):
                            switch params.first {
                            case UInt8(ascii: "5"): return .pageUp
                            case UInt8(ascii: "6"): return .pageDown
                            default: return .escape
                            }
                        default: return .escape
                        }
                    }
                    params.append(b)
                }
            }
            return .escape
        default:
            if first < 0x20 { return .character(Character(Unicode.Scalar(first))) }
            // UTF-8: CJK typed through an input method arrives as multi-byte sequences.
            var bytes = [first]
            let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
            while bytes.count < length, let b = nextByte(timeout: 0.05) { bytes.append(b) }
            let text = String(decoding: bytes, as: UTF8.self)
            return text.first.map(Key.character) ?? .escape
        }
    }

    private func nextByte(timeout: TimeInterval?) -> UInt8? {
        if !pending.isEmpty { return pending.removeFirst() }
        var fds = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ms = timeout.map { Int32($0 * 1000) } ?? -1
        let ready = poll(&fds, 1, ms)
        guard ready > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = Glibc.read(input, &buffer, 64)
        guard n > 0 else { return n == 0 ? 0x04 : nil }  // end of input reads as Ctrl-D
        pending = Array(buffer[1..<n])
        return buffer[0]
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(output, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
        bytes.removeAll()
    }
}
