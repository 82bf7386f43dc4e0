import PFPlanLoader

enum CoverageStageNoPathway: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageStageNoPathway, severity: .warning,
        summary: "a stage has fewer pathways than its model needs",
        explanation: """
            Secondary prevention works through a referral pathway: who may refer, one point of contact, \
            a multidisciplinary team, and the rules that keep it voluntary and lawful. The model says \
            how many pathways a stage needs; describe the city's under 'pathways' with the stage.
            """,
        failing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: ↓secondary
                lead: clinic
                partners: [family-services, youth-center]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            pathways: []
            """),
        passing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                partners: [family-services, youth-center]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            pathways:
              - {id: one-door, title: One Door referral, stage: secondary, intake: clinic, team: [clinic], consent: Support is voluntary.}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for stage in context.coverage.stages where stage.missingPathways > 0 {
            let at = context.stageAnchor(stage)
            let need = stage.stage.needs.pathways
            findings.add(
                "the stage '\(stage.stage.id)' (\(stage.stage.title)) has \(stage.pathwayIndices.count) of the \(need) "
                    + (need == 1 ? "pathway" : "pathways") + " it needs",
                at: at.range, path: at.path, target: stage.stage.id,
                hint: "describe the referral pathway under 'pathways' with 'stage: \(stage.stage.id)'",
                facts: [
                    .term("stage", .stage, stage.stage.id), .count("have", stage.pathwayIndices.count),
                    .count("need", need),
                ])
        }
    }
}
