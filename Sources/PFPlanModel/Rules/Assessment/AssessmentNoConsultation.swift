import PFPlanLoader

enum AssessmentNoConsultation: PlanRule {
    static let description = RuleDescription(
        id: .assessmentNoConsultation, severity: .warning,
        summary:
            "the assessment records no consultation with a community stakeholder (civil society, faith, immigrant services, civil rights, youth) or with a group at risk",
        explanation: """
            An assessment made about communities without them misses what they know and loses their \
            trust. Record under 'assessment.consultation' who was consulted, when and in which \
            languages: a stakeholder of a community sector (the model's min-share sectors) or a group \
            at risk among its audiences.
            """,
        failing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              ↓consultation:
                - {title: Briefing of city departments, with: [city-of-sampleton]}
            """),
        passing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              consultation:
                - {title: Briefing of city departments, with: [city-of-sampleton]}
                - {title: Listening sessions with congregations, date: 2024-11-05, with: [interfaith-council], languages: [en, es]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        let consultations = plan.assessment?.consultations ?? []
        let community = context.communitySectors
        let atRisk = Set(plan.assessment?.groupsAtRisk.map(\.value) ?? [])
        let who = context.whoIs(Set(consultations.flatMap { $0.with.map(\.value) }))
        for c in consultations {
            if c.with.contains(where: { who[$0.value]?.sector.map(community.contains) == true }) { return }
            if c.audiences.contains(where: { atRisk.contains($0.value) }) { return }
            // A model without community sectors: any consultation counts.
            if community.isEmpty && !c.with.isEmpty { return }
        }
        let at = plan.assessment?.consultationKeyRange ?? plan.keyRanges.assessment ?? context.planWideAnchor(nil)
        findings.add(
            "the assessment records no consultation with a community stakeholder or a group at risk", at: at,
            path: PlanPath.root.key("assessment").key("consultation"), target: "assessment",
            hint: "add 'consultation:' under assessment: who was consulted, when, in which languages")
    }
}
