import PFPlanLoader

enum CoverageStageMissingSector: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageStageMissingSector, severity: .warning,
        summary: "a stage lacks a sector it needs (one finding per stage, naming every missing sector)",
        explanation: """
            Each stage needs certain sectors at the table: secondary prevention needs mental health and \
            social services to run referral pathways. A sector is present at a stage only through work \
            there: an organization of that sector leads or partners an action of the stage, provides a \
            resource used at the stage, or is the intake or on the team of a pathway of the stage. A \
            stakeholder that only lists the stage under its 'stages' offers it, which meets no need. A \
            member seat counts as its organization, for the sector it declares; a placeholder (a name \
            still holding TODO) never counts. Give an organization of the missing sector work at the stage.
            """,
        failing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: ↓assess
                lead: city-of-sampleton
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept, interfaith-council]
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            waivers:
              - {rule: coverage/stage-missing-sector, target: primary, reason: Example shows the assess stage only.}
              - {rule: coverage/stage-missing-sector, target: secondary, reason: Example shows the assess stage only.}
              - {rule: coverage/stage-missing-sector, target: tertiary, reason: Example shows the assess stage only.}
              - {rule: coverage/stage-missing-sector, target: post-incident, reason: Example shows the assess stage only.}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for stage in context.coverage.stages where !stage.missingSectors.isEmpty {
            let at = context.stageAnchor(stage)
            findings.add(
                "the stage '\(stage.stage.id)' (\(stage.stage.title)) lacks \(stage.missingSectors.joined(separator: ", "))",
                at: at.range, path: at.path, target: stage.stage.id,
                hint:
                    "make an organization of that sector a lead or partner of an action in the stage, the provider of a "
                    + "resource used there, or part of a pathway of the stage",
                facts: [
                    .term("stage", .stage, stage.stage.id), Fact("needs", .list(stage.unmetNeeds.map(\.fact), .and)),
                ])
        }
    }
}

extension CoverageMatrix.UnmetSectorNeed {
    /// A need in words: a sector's title, or a phrase for a choice
    /// ("one of health or mental health", "2 more of ...").
    var fact: Fact.Value {
        let options = Fact.Value.list(sectors.map { .term(.sector, $0) }, .or)
        switch kind {
        case .sector: return .term(.sector, sectors.first ?? "")
        case .anyOf: return .phrase("one-of", [Fact("sectors", options)])
        case .moreOf: return .phrase("more-of", [.count("count", count), Fact("sectors", options)])
        }
    }
}
