/// JSON with numbers that are not whole: `JSONValue` has only integers,
/// and progress figures (12.5 people per session, a share of 0.375) must
/// stay numbers for the tools that read them. Written in the same layout as
/// `JSONWriter` (two spaces, one member per line), whose string quoting it
/// reuses, so the two kinds of output look alike.
enum NumberJSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A finite number; written as an integer when it is whole.
    case number(Double)
    case string(String)
    case array([NumberJSON])
    case object([(String, NumberJSON)])

    static func string(orNull value: String?) -> NumberJSON { value.map(NumberJSON.string) ?? .null }
    static func number(orNull value: Double?) -> NumberJSON { value.map(NumberJSON.number) ?? .null }

    static func document(_ value: NumberJSON) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: NumberJSON, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += NumberText.json(d)
        case .string(let s): out += JSONWriter.quoted(s)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + JSONWriter.quoted(member.0) + ": "
                write(member.1, indent: indent + 1, into: &out)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }
}

/// Numbers as text without Foundation, the same on every platform.
enum NumberText {
    /// Whole numbers without a fraction (`45`), others in Swift's shortest
    /// round-trip form (`12.5`); infinities and NaN, which JSON lacks, as null.
    static func json(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        return plain(d)
    }

    /// `45`, `12.5`, `-3`: how a plan's own figures are shown back.
    static func plain(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.description
    }

    /// A share as a percentage with one decimal: 0.375 -> `37.5%`, 1 -> `100%`.
    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return plain(tenths) + "%"
    }

    /// The share rounded to four decimals (0.1234), so floating-point noise
    /// (0.30000000000000004) never reaches a report.
    static func rounded(_ share: Double) -> Double {
        (share * 10000).rounded() / 10000
    }
}
