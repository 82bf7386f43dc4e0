import PFPlanLoader

enum CoverageStageNoResources: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageStageNoResources, severity: .warning,
        summary: "a stage has fewer resources (of the needed kinds) than it needs",
        explanation: """
            The directory must show where to turn at each stage: secondary prevention needs a service or \
            hotline people can be referred to. A resource counts for a stage when it lists the stage or \
            an action of the stage uses it, and is of a kind the stage needs.
            """,
        failing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: ↓training
                provider: clinic
                stages: [primary, secondary]
                access: {phone: "+1 740 555 0100"}
            """),
        passing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                stages: [primary, secondary]
                access: {phone: "+1 740 555 0100"}
            """),
        variants: ["any", "of-kind"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for stage in context.coverage.stages where stage.missingResources > 0 {
            guard let need = stage.stage.needs.resources else { continue }
            let kinds = need.kinds.map { " of kind " + $0.map(\.rawValue).joined(separator: " or ") } ?? ""
            let anchor: (SourceRange, PlanPath)
            if let i = stage.resourceIndices.first, let kind = context.plan.resources[i].kind {
                anchor = (kind.range, kind.path)
            } else if let first = context.plan.resources.first {
                anchor = (context.anchor([first.range]), PlanPath.root.key("resources"))
            } else {
                anchor = (context.anchor([]), PlanPath.root.key("resources"))
            }
            findings.add(
                "the stage '\(stage.stage.id)' (\(stage.stage.title)) has \(stage.neededResources) of the \(counted(need.count, "resource"))\(kinds) it needs",
                at: anchor.0, path: anchor.1, target: stage.stage.id,
                hint: "add a resource\(kinds) with 'stages: [\(stage.stage.id)]'",
                facts: [
                    .term("stage", .stage, stage.stage.id), .count("have", stage.neededResources),
                    .count("need", need.count),
                    Fact("kinds", .list((need.kinds ?? []).map { .word(.resourceKind, $0.rawValue) }, .or)),
                ], variant: need.kinds == nil ? "any" : "of-kind")
        }
    }
}
