import Foundation

/// Moodle's GIFT format.
enum GIFTReader {
    /// The range inside the first unescaped `{…}` of a question (between the braces), or nil.
    static func answerBlockRange(in text: String) -> Range<String.Index>? {
        var i = text.startIndex
        var open: String.Index? = nil
        while i < text.endIndex {
            let c = text[i]
            if c == "\\" {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if c == "{", open == nil { open = text.index(after: i) }
            else if c == "}", let o = open { return o..<i }
            i = text.index(after: i)
        }
        return nil
    }
}
