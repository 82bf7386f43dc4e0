/// A JSON value whose objects keep their keys in the order given, so that
/// the bytes a reporter writes depend on nothing but its input (Foundation's
/// encoder orders keys and escapes slashes in ways that differ by platform).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number that need not be whole (progress figures, shares): written
    /// as an integer when it is whole, `null` when not finite.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in output order; keys are expected to be distinct.
    case object([(String, JSONValue)])

    /// `.string(s)` when `s` is set, else `null`.
    static func string(orNull value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    static func number(orNull value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}

/// Writes `JSONValue`s with two-space indentation, `"key": value`, one
/// member or element per line, `[]`/`{}` for empty containers and "\n"
/// line ends.
enum JSONWriter {
    /// The value followed by a newline: what a reporter prints.
    static func document(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null:
            out += "null"
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .int(let number):
            out += String(number)
        case .number(let number):
            out += NumberText.json(number)
        case .string(let text):
            out += quoted(text)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                pad(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            pad(indent, into: &out)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, member) in members.enumerated() {
                pad(indent + 1, into: &out)
                out += quoted(member.0)
                out += ": "
                write(member.1, indent: indent + 1, into: &out)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            pad(indent, into: &out)
            out += "}"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, the usual short escapes
    /// for backspace, form feed, newline, carriage return and tab, and every
    /// other control character (C0 and DEL) as `\u00XX`. Everything else,
    /// `/` and non-ASCII included, is written as is (UTF-8).
    static func quoted(_ text: String) -> String {
        var out = "\""
        // Most strings need no escape: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out += text
            out += "\""
            return out
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    private static func pad(_ level: Int, into out: inout String) {
        for _ in 0..<level { out += "  " }
    }
}
