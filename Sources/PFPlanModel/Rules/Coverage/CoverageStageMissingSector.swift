import PFPlanLoader

enum CoverageStageMissingSector: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageStageMissingSector, severity: .warning,
        summary: "a stage lacks a sector it needs (one finding per stage, naming every missing sector)",
        explanation: """
            Each stage needs certain sectors at the table: secondary prevention needs mental health, \
            social services and law enforcement to build referral pathways. A sector is present at a \
            stage when a stakeholder lists the stage and has that sector, or when the lead or a partner \
            of an action in that stage has it. Add the stage to a stakeholder of that sector, or a \
            partner to an action.
            """,
        failing: RuleExample("""
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: ↓assess
                lead: city-of-sampleton
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        passing: RuleExample("""
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
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
                hint: "list the stage under a stakeholder of that sector, or make one a partner of an action in the stage")
        }
    }
}
