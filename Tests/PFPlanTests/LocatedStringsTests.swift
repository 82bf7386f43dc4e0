import PFPlanLoader
import Testing

@testable import PFPlanModel

/// `LocatedStrings` keeps a list's items as values and ranges and works out
/// their paths from the list's. Every element must be what the plain array
/// of located values was: value, range and path, items dropped included.
@Suite struct LocatedStringsTests {
    static func spelled(_ list: LocatedStrings) -> [String] {
        list.map { "\($0.value) \($0.range.start.line):\($0.range.start.column)-\($0.range.end.column) \($0.path)" }
    }

    @Test func madeFromLocatedValuesKeepsThemAsTheyAre() {
        let values = (0..<5).map { i in
            Located(
                "v\(i)", range: SourceRange(file: "a.yaml", line: i + 1, column: 3),
                path: i == 2 ? PlanPath.root.key("other") : PlanPath.root.key("stages").index(i))
        }
        let list = LocatedStrings(values)
        #expect(list.count == 5 && !list.isEmpty)
        #expect(
            Self.spelled(list)
                == values.map {
                    "\($0.value) \($0.range.start.line):\($0.range.start.column)-\($0.range.end.column) \($0.path)"
                })
        let empty: LocatedStrings = []
        #expect(empty.isEmpty && empty.count == 0 && Array(empty).isEmpty)
    }

    /// What the decoder makes: the paths of the list as written, past an
    /// item of the wrong kind too.
    @Test func decodedItemsKeepTheirWrittenPlaces() throws {
        let yaml =
            ListGiveBackTests.head + """
                  - {id: a0, title: A 0, stage: primary, lead: city, partners: [city, {x: 1}, ab, cd]}
                  - {id: a1, title: A 1, stage: primary, lead: city, partners: [city, ab]}

                """
        let tree = YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8))).tree
        let decoded = PlanDecoder.decode(tree, file: "plan.yaml", model: nil)
        let actions = try #require(decoded.plan?.actions)
        #expect(
            Self.spelled(actions[0].partners) == [
                "city 7:65-69 actions[0].partners[0]", "ab 7:79-81 actions[0].partners[2]",
                "cd 7:83-85 actions[0].partners[3]",
            ])
        #expect(
            Self.spelled(actions[1].partners) == [
                "city 8:65-69 actions[1].partners[0]", "ab 8:71-73 actions[1].partners[1]",
            ])
        #expect(decoded.diagnostics.contains { $0.path == "actions[0].partners[1]" })
    }
}
