import PFPlanLoader
import Testing

@testable import PFPlanModel

/// Long lists are decoded in chunks on every core (`ObjectList`); what
/// comes out must be what one pass gives: values in list order, findings
/// in list order, each at its own line.
@Suite struct ParallelDecodeTests {
    /// 1,300 stakeholders (six chunks), three of them wrong, in the first,
    /// a middle and the last chunk.
    static func plan(stakeholders count: Int, wrong: Set<Int>) -> String {
        var text = "pfplan: 1\nstakeholders:\n"
        for i in 0..<count {
            let sector = wrong.contains(i) ? "educaton" : "education"
            text += "  - id: org-\(i)\n    name: Organisation \(i)\n    sector: \(sector)\n"
        }
        return text
    }

    @Test func aLongListDecodesInOrderWithEveryFindingInPlace() {
        let wrong: Set<Int> = [5, 700, 1299]
        let text = Self.plan(stakeholders: 1300, wrong: wrong)
        let parsed = PlanLoader(appendableKeys: []).parse(Array(text.utf8), file: "long.yaml")
        let sectors = ["education", "faith"]
        let model = FrameworkModel(
            id: "m", title: "M", file: "m.yaml", stages: [],
            sectors: sectors.map { FrameworkModel.Term(id: $0, title: $0) },
            roles: [], audiences: [], leadership: FrameworkModel.LeadershipNeeds())
        let decoded = PlanDecoder.decode(parsed.root, file: "long.yaml", model: model)
        let ids = decoded.plan?.stakeholders.map(\.id.value) ?? []
        #expect(ids.count == 1300)
        #expect(ids.enumerated().first { $1 != "org-\($0)" } == nil, "the first stakeholder out of place")
        let values = decoded.diagnostics.filter { $0.rule == "schema/value" }
        // Each stakeholder is three lines after the two-line head: its
        // sector is on line 3 + 3i + 2.
        #expect(values.map(\.range.start.line) == wrong.sorted().map { 5 + 3 * $0 })
        #expect(values.map(\.path) == wrong.sorted().map { "stakeholders[\($0)].sector" })
        #expect(values.allSatisfy { $0.message.contains("did you mean 'education'?") })
        #expect(decoded.plan?.stakeholders.filter { $0.sector == nil }.count == wrong.count)
    }
}
