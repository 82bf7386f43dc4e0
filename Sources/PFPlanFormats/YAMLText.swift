import PFPlanLoader

/// YAML scalars written by pfplan (the starter plan, the editor's quick
/// fixes): the one YAML escaper.
public enum YAMLText {
    /// The inside of a double-quoted scalar (YAML 1.2, 7.3.1): quote and
    /// backslash escaped, line breaks and tabs as `\n`, `\r`, `\t`, other C0
    /// and C1 controls and DEL as `\xHH`, so any text reads back as itself.
    public static func doubleQuotedContent(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A scalar that reads back as the text `text`, in a block or a flow
    /// mapping: plain when it is made of letters, digits and `-_./` and a
    /// YAML reader takes it as text (not `true`, `null`, `1.5`, `.inf`,
    /// `0x1F`), double-quoted otherwise.
    public static func scalar(_ text: String) -> String {
        let plainCharacters =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9")
                    || "-_./".unicodeScalars.contains($0)
            }
        if plainCharacters, !text.hasPrefix("-"), !text.hasPrefix("."),
            case .string = ScalarResolver.resolve(text)
        {
            return text
        }
        return "\"" + doubleQuotedContent(text) + "\""
    }
}
