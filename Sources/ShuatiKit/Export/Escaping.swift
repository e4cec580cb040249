/// Escapers for the markup languages the renderers write.
enum Escaping {
    /// `& < > " '` as entities: safe in HTML text and attribute values.
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// HTML-escaped with line breaks as `<br>`.
    static func htmlLines(_ s: String) -> String {
        html(s).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Text for a CDATA section: `]]>` cannot appear inside one, so it is split across two.
    static func cdata(_ s: String) -> String {
        "<![CDATA[" + s.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// Characters XML 1.0 forbids (most C0 controls) dropped, so stray bytes from a scanned document cannot make
    /// the file ill-formed.
    static func xmlSafe(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { v in
            v.value == 0x9 || v.value == 0xA || v.value == 0xD || (v.value >= 0x20 && v.value != 0xFFFE && v.value != 0xFFFF)
        }))
    }

    /// GIFT: `~ = # { } :` and the backslash itself are escaped with `\`; line breaks become `\n`.
    static func gift(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "~", "=", "#", "{", "}", ":", "\\": out.append("\\"); out.append(ch)
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// One line of text: line breaks and tabs become spaces (Aiken and tab-separated formats are line based).
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}
