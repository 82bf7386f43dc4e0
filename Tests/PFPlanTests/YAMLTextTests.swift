import PFPlanFormats
import Testing

@testable import PFPlanLoader

/// `YAMLText` writes the scalars of the starter plan and of the editor's
/// quick fixes. Whatever the text, a YAML reader must read back the same
/// text: not a boolean, a null or a number, and not a value cut at a line
/// break or changed by a control character.
@Suite struct YAMLTextTests {
    static let texts = [
        "plain-id", "a0", "true", "False", "null", "~", "yes", "1.5", "12", "0x1F", "0o17", ".inf", "-.INF", ".nan",
        "1e23", "-x", "a b", "quote\"d", "back\\slash", "line\nbreak", "tab\there", "\u{85}next", "",
        "café", "#not-a-comment", "a: b", "[x]", "---",
    ]

    /// The text as a reader gets it from `key: <scalar>`, in a block
    /// mapping and in a flow one.
    static func readBack(_ scalar: String) -> [ScalarValue?] {
        ["k: \(scalar)\n", "{k: \(scalar)}\n"].map { yaml in
            let tree = YAMLParser.parse(SourceText(file: "t.yaml", utf8: Array(yaml.utf8))).tree
            return tree?.rootNode?["k"]?.scalar?.resolved
        }
    }

    @Test(arguments: texts)
    func scalarReadsBackAsTheSameText(text: String) {
        #expect(Self.readBack(YAMLText.scalar(text)) == [.string(text), .string(text)])
    }

    @Test(arguments: texts)
    func doubleQuotedContentReadsBackAsTheSameText(text: String) {
        let scalar = "\"" + YAMLText.doubleQuotedContent(text) + "\""
        #expect(Self.readBack(scalar) == [.string(text), .string(text)])
    }

    @Test func idsStayPlain() {
        #expect(YAMLText.scalar("referral-desk") == "referral-desk")
        #expect(YAMLText.scalar("actions/no-indicator") == "actions/no-indicator")
        #expect(YAMLText.scalar("true") == "\"true\"")
        #expect(YAMLText.scalar(".inf") == "\".inf\"")
        // An escape character is written as `\x1b`; pfplan's own reader
        // keeps such a control shown escaped in the text (docs/safety.md).
        #expect(YAMLText.scalar("\u{1B}[2J") == "\"\\x1b[2J\"")
    }
}
