import PFPlanLoader

enum CoverageStageNoActions: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageStageNoActions, severity: .warning,
        summary: "a stage has fewer actions than it needs",
        explanation: """
            Every stage of the framework needs the city to do something: the model says how many actions \
            each stage needs (in the default model, two for primary prevention, one for the others). Add \
            an action with 'stage:' set to the stage, or waive the finding with the group's reason.
            """,
        failing: RuleExample(
            """
            actions:
              - ↓id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            waivers:
              - {rule: coverage/stage-no-actions, reason: Drafting the other stages this quarter.}
              - {rule: coverage/stage-missing-sector, reason: Drafting the other stages this quarter.}
              - {rule: coverage/stage-no-resources, reason: Drafting the other stages this quarter.}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for stage in context.coverage.stages where stage.missingActions > 0 {
            let need = stage.stage.needs.actions
            let at = context.stageAnchor(stage)
            findings.add(
                "the stage '\(stage.stage.id)' (\(stage.stage.title)) has \(stage.actionIndices.count) of the \(counted(need, "action")) it needs",
                at: at.range, path: at.path, target: stage.stage.id,
                hint: "add an action with 'stage: \(stage.stage.id)'",
                facts: [
                    .term("stage", .stage, stage.stage.id), .count("have", stage.actionIndices.count),
                    .count("need", need),
                ])
        }
    }
}

extension RuleContext {
    /// Where a finding about a stage points: the `stage:` of its first
    /// action, or the actions list (the place to add one), or the plan top.
    func stageAnchor(_ stage: CoverageMatrix.StageCoverage) -> (range: SourceRange, path: PlanPath) {
        if let i = stage.actionIndices.first, let first = plan.actions[i].stage { return (first.range, first.path) }
        if let first = plan.actions.first { return (anchor([first.range]), PlanPath.root.key("actions")) }
        return (anchor([]), PlanPath.root.key("actions"))
    }
}
