import Foundation

/// A key press, decoded from the terminal's byte stream.
enum Key: Equatable, Sendable {
    case character(Character)
    case enter, backspace, tab, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case ctrlC, ctrlD
    /// The window changed size.
    case resize
    /// Input ended.
    case endOfInput
}

/// The interactive terminal, behind a protocol so sessions can be driven by a fake in tests.
/// (Issue 4 provides the POSIX implementation: raw mode, key decoding, SIGWINCH.)
protocol Terminal: AnyObject {
    /// Columns and rows.
    var size: (columns: Int, rows: Int) { get }
    /// Switches to raw, no-echo input and the alternate screen as needed.
    func enterRawMode() throws
    /// Restores the terminal exactly as it was.
    func restore()
    /// The next key, or nil when `timeout` seconds pass first.
    func readKey(timeout: TimeInterval?) -> Key?
    /// Writes text (and escape sequences) to the screen.
    func write(_ text: String)
}
