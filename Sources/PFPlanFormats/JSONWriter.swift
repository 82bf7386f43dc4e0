import PFPlanLoader
import PFPlanSupport

/// A JSON value whose objects keep their keys in the order given, so that
/// the bytes a reporter writes depend on nothing but its input (Foundation's
/// encoder orders keys and escapes slashes in ways that differ by platform).
package enum JSONValue: Sendable {
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
    package static func string(orNull value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    package static func number(orNull value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}

/// Writes `JSONValue`s with two-space indentation, `"key": value`, one
/// member or element per line, `[]`/`{}` for empty containers and "\n"
/// line ends.
///
/// The text is built as UTF-8 bytes and turned into a `String` once: a
/// 10 MB plan's lint report is 1.7 MB of JSON, and appending short strings
/// to a `String` took a sixth of lint's time.
package enum JSONWriter {
    /// The value followed by a newline: what a reporter prints.
    package static func document(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `document(.array(elements.map(value)))`, the elements written in
    /// chunks on every core and joined in order: a 10 MB plan's report
    /// holds thousands of findings, and writing them was the longest part
    /// of lint that ran on one core.
    package static func arrayDocument<Element: Sendable>(
        _ elements: [Element], _ value: @Sendable (Element) -> JSONValue
    ) -> String {
        guard !elements.isEmpty else { return "[]\n" }
        let chunkSize = 256
        let parts = Parallel.map((elements.count + chunkSize - 1) / chunkSize) { chunk -> [UInt8] in
            var out: [UInt8] = []
            for i in chunk * chunkSize..<min(elements.count, (chunk + 1) * chunkSize) {
                pad(1, into: &out)
                write(value(elements[i]), indent: 1, into: &out)
                append(i + 1 < elements.count ? ",\n" : "\n", to: &out)
            }
            return out
        }
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(4) { $0 + $1.count })
        append("[\n", to: &out)
        for part in parts { out += part }
        append("]\n", to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null:
            append("null", to: &out)
        case .bool(let flag):
            append(flag ? "true" : "false", to: &out)
        case .int(let number):
            digits(number, into: &out)
        case .number(let number):
            append(NumberText.json(number), to: &out)
        case .string(let text):
            quote(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                append("[]", to: &out)
                return
            }
            append("[\n", to: &out)
            for (i, item) in items.enumerated() {
                pad(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                append(i + 1 < items.count ? ",\n" : "\n", to: &out)
            }
            pad(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                append("{}", to: &out)
                return
            }
            append("{\n", to: &out)
            for (i, member) in members.enumerated() {
                pad(indent + 1, into: &out)
                quote(member.0, into: &out)
                append(": ", to: &out)
                write(member.1, indent: indent + 1, into: &out)
                append(i + 1 < members.count ? ",\n" : "\n", to: &out)
            }
            pad(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal: `"` and `\` escaped, the usual short escapes
    /// for backspace, form feed, newline, carriage return and tab, and every
    /// other control character (C0 and DEL) as `\u00XX`. Everything else,
    /// `/` and non-ASCII included, is written as is (UTF-8).
    package static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole, scanning the
        // contiguous UTF-8 (through `utf8.contains` the scan was a tenth
        // of the lint of a 10 MB plan with thousands of findings).
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &out)
            case UInt8(ascii: "\\"): append("\\\\", to: &out)
            case 0x08: append("\\b", to: &out)
            case 0x0C: append("\\f", to: &out)
            case UInt8(ascii: "\n"): append("\\n", to: &out)
            case UInt8(ascii: "\r"): append("\\r", to: &out)
            case UInt8(ascii: "\t"): append("\\t", to: &out)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00", to: &out)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static func pad(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// A whole number in decimal, without making a `String` of it first.
    private static func digits(_ number: Int, into out: inout [UInt8]) {
        guard number != 0 else { return out.append(UInt8(ascii: "0")) }
        if number < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        var rest = number.magnitude
        while rest > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        out[start...].reverse()
    }
}
