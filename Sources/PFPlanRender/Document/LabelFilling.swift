/// Writes a document's labels into its templates before they are parsed:
/// `{{L.lead}}` becomes the text Mustache would have put there. Labels are
/// a fifth of the tags of a large plan's document (one per fact of every
/// action, stakeholder and resource), and each cost Mustache a split of
/// its name, two look-ups and several casts, rendered again on every row:
/// filled in once per locale they are plain text (a 1 MB plan: 20% fewer
/// instructions for `render`).
///
/// Only what cannot change the output is filled: a tag `{{L.a.b}}`,
/// `{{{L.a.b}}}` or `{{&L.a.b}}` (spaces or tabs inside the braces allowed)
/// whose label is a text in the document's label tree. `L` always finds
/// that tree (every view that answers `L` holds it, and no other value on
/// the stack has an `L`), so the tag's value is that text wherever the tag
/// sits. `{{x}}` escapes as HTML in every template that sets no other
/// content type (partials always start as HTML), so the label goes in
/// escaped the same way; the triple and `&` forms go in as they are.
///
/// A label is filled only if, as text, it parses back to the same output:
/// it is not empty nor only spaces and tabs (a line holding a section tag
/// and the label could become "standalone" and lose its newline), holds no
/// brace (it could start a tag) and no line break (the parser cuts text at
/// line breaks, which matters inside an indented partial). Any other tag is
/// left to Mustache. A template that changes delimiters, sets a content
/// type other than HTML, holds a comment (`{{L.x}}` inside one is not a
/// tag), uses blocks or inheritance, or opens a section on `L` (or
/// transforms it) is left as it is. A test renders every example in every locale, both ways, and
/// compares the bytes.
enum LabelFilling {
    static func fill(_ template: String, labels: [String: Any]) -> String {
        guard !leftAlone(template) else { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var copiedUpTo = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            if let (end, text) = labelTag(bytes, at: i, labels: labels) {
                out.append(contentsOf: bytes[copiedUpTo..<i])
                out.append(contentsOf: text.utf8)
                i = end
                copiedUpTo = end
            } else {
                i += 2
            }
        }
        out.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Templates whose tags this filling does not follow exactly. One pass
    /// over the bytes: the template text is read per locale.
    static func leftAlone(_ template: String) -> Bool {
        let b = Array(template.utf8)
        func has(_ text: StaticString, at i: Int) -> Bool {
            let n = text.utf8CodeUnitCount
            guard i + n <= b.count else { return false }
            for k in 0..<n where b[i + k] != text.utf8Start[k] { return false }
            return true
        }
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "("), i + 1 < b.count, b[i + 1] == UInt8(ascii: "L") { return true }
            guard b[i] == UInt8(ascii: "{"), i + 2 < b.count, b[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            switch b[i + 2] {
            case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                return true
            case UInt8(ascii: "%"):
                if !has("{{%CONTENT_TYPE: PFPLAN_HTML}}", at: i) && !has("{{%CONTENT_TYPE: HTML}}", at: i) { return true }
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"):
                var j = i + 3
                while j < b.count, b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "\t") { j += 1 }
                if j < b.count, b[j] == UInt8(ascii: "L") {
                    let next: UInt8? = j + 1 < b.count ? b[j + 1] : nil
                    if next == nil || next == UInt8(ascii: ".") || next == UInt8(ascii: "}") || next == UInt8(ascii: " ")
                        || next == UInt8(ascii: "\t")
                    {
                        return true
                    }
                }
            default:
                break
            }
            i += 2
        }
        return false
    }

    /// The tag at `start` (which begins `{{`) when it is a label that can
    /// be filled: where it ends and the text that replaces it.
    static func labelTag(_ b: [UInt8], at start: Int, labels: [String: Any]) -> (Int, String)? {
        var i = start + 2
        var raw = false
        var closing = 2
        if i < b.count, b[i] == UInt8(ascii: "{") {
            raw = true
            closing = 3
            i += 1
        } else if i < b.count, b[i] == UInt8(ascii: "&") {
            raw = true
            i += 1
        }
        func skipBlanks() { while i < b.count, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 } }
        skipBlanks()
        guard i + 1 < b.count, b[i] == UInt8(ascii: "L"), b[i + 1] == UInt8(ascii: ".") else { return nil }
        i += 2
        var path: [String] = []
        var part: [UInt8] = []
        while i < b.count {
            let c = b[i]
            let isNameByte = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
            if isNameByte {
                part.append(c)
            } else if c == UInt8(ascii: ".") {
                guard !part.isEmpty else { return nil }
                path.append(String(decoding: part, as: UTF8.self))
                part = []
            } else {
                break
            }
            i += 1
        }
        guard !part.isEmpty else { return nil }
        path.append(String(decoding: part, as: UTF8.self))
        skipBlanks()
        for _ in 0..<closing {
            guard i < b.count, b[i] == UInt8(ascii: "}") else { return nil }
            i += 1
        }
        guard let label = lookUp(path, in: labels), fillable(label) else { return nil }
        return (i, raw ? label : PlainOrHTMLEscaped().escapeText(label))
    }

    /// The text at `path` of the label tree, as `{{L.path}}` would find it.
    static func lookUp(_ path: [String], in labels: [String: Any]) -> String? {
        var node: Any = labels
        for name in path {
            guard let table = node as? [String: Any], let child = table[name] else { return nil }
            node = child
        }
        return (node as? ViewText)?.value
    }

    static func fillable(_ label: String) -> Bool {
        label.contains { $0 != " " && $0 != "\t" } && !label.contains { $0 == "{" || $0 == "}" || $0.isNewline }
    }
}
