import PFPlanLoader
import Testing

@testable import PFPlanModel

/// The coverage matrix and the directory rules look ids up in the plan's
/// id index (`IdIndex`, `IdSet`) instead of tables of their own. On a plan
/// that defines an id twice (an error, but `render --force` still draws
/// it) they must count as before: among stakeholders and member seats the
/// first of an id wins, stakeholders before seats; among resources the
/// first of an id stands for all of them.
@Suite struct CoverageLookupTests {
    static let yaml = """
        pfplan: 1
        city: {name: Testville, country: US}
        framework: {model: default, title: Testville Framework}
        leadership:
          members:
            - {id: clinic, name: Pat Seat, sector: local-government, roles: [chair]}
            - {id: seat-2, name: Lee Seat, sector: education, organization: school}
        stakeholders:
          - {id: clinic, name: Clinic, sector: mental-health}
          - {id: school, name: School, sector: education}
          - {id: school, name: School Again, sector: faith}
          - {id: a1, name: Named Like An Action, sector: media}
        resources:
          - {id: r1, name: R1, kind: service, provider: school, stages: [tertiary]}
          - {id: r1, name: R1 again, kind: program, provider: clinic, stages: [tertiary]}
        actions:
          - {id: a1, title: A1, stage: secondary, lead: clinic, partners: [seat-2, school, nobody, a1]}
          - {id: a2, title: A2, stage: tertiary, lead: seat-2, resources: [r1]}
        """

    static func plan() throws -> (Plan, FrameworkModel) {
        let model = try ArenaGiveBackTests.model()
        let tree = YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8))).tree
        let plan = try #require(PlanDecoder.decode(tree, file: "plan.yaml", model: model).plan)
        return (plan, model)
    }

    @Test func duplicatedIdsCountAsTheFirstDefinition() throws {
        let (plan, model) = try Self.plan()
        let coverage = CoverageMatrix(plan: plan, model: model)
        let stage = { (id: String) in coverage.stages.first { $0.stage.id == id }! }
        // `clinic` is a stakeholder before it is a seat: mental health, not
        // local government. The seat of `school` and the first `school`
        // are one organisation in one sector; the second `school` (faith)
        // and the unknown `nobody` count nowhere.
        // `a1` names an action too; as a partner it is the stakeholder.
        #expect(
            stage("secondary").sectors == ["mental-health": ["clinic"], "education": ["school"], "media": ["a1"]])
        // Both `r1` are the first: placed once, provided by `school`.
        #expect(stage("tertiary").resourceIndices == [0])
        #expect(stage("tertiary").sectors == ["education": ["school"]])
    }

    /// `IdSet` against the `Set<String>` it replaced, on the ids a plan
    /// defines (the only ones the rules ask about).
    @Test(arguments: [5 as UInt64, 8])
    func idSetAnswersAsASetOfStrings(seed: UInt64) throws {
        let model = try ArenaGiveBackTests.model()
        let yaml = PlanGenerator.generate(seed: seed, size: .large).yaml
        let tree = YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8))).tree
        let plan = try #require(PlanDecoder.decode(tree, file: "plan.yaml", model: model).plan)
        let index = IdIndex(plan)
        var set = index.emptySet()
        var plain = Set<String>()
        let defined = index.definitions.map(\.id.value)
        for (i, id) in defined.enumerated() where i % 3 == 0 {
            set.insert(id)
            plain.insert(id)
        }
        set.insert("not-defined-anywhere")
        #expect(!defined.isEmpty)
        #expect(defined.allSatisfy { set.contains($0) == plain.contains($0) })
        #expect(!set.contains("not-defined-anywhere"))
    }
}
