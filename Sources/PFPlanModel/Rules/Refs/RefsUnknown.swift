import PFPlanLoader

enum RefsUnknown: PlanRule {
    static let description = RuleDescription(
        id: .refsUnknown, severity: .error,
        summary: "a reference names no id, or an id of the wrong kind (a resource as a lead)",
        explanation: """
            Leads, partners, providers, organizations, resources, strategies, objectives, the threats \
            and service gaps an action addresses, funding sources, pathway teams and agreements name \
            things defined elsewhere in the plan by their id. A reference to nothing, or to the wrong kind of thing, \
            leaves the plan with a gap that only shows when someone needs it. The finding suggests the \
            nearest id of the right kind.
            """,
        failing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: ↓clinc
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
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        // The ids of each kind, read once and only for a finding that is
        // listed (`Findings.add` builds its message only then).
        var indexes: [[DefinitionKind]: SuggestionIndex] = [:]
        func suggestion(for id: String, _ kinds: [DefinitionKind]) -> String? {
            if indexes[kinds] == nil { indexes[kinds] = SuggestionIndex(context.ids.ids(of: kinds)) }
            return indexes[kinds]!.nearest(to: id)
        }
        func check(_ ref: Located<String>?, _ kinds: [DefinitionKind], _ what: String) {
            guard let ref else { return }
            let id = ref.value
            if let kind = context.ids.kind(of: id) {
                guard !kinds.contains(kind) else { return }
                findings.add(
                    "\(what) '\(id)' names \(kind.withArticle); it must be \(DefinitionKind.phrase(kinds))",
                    at: ref, target: id,
                    related: [
                        RelatedLocation(range: context.ids.first(id)!.id.range, message: "'\(id)' is defined here")
                    ])
                return
            }
            var near: String??
            func nearest() -> String? {
                if near == nil { near = .some(suggestion(for: id, kinds)) }
                return near!
            }
            findings.add(
                "\(what) '\(id)' is not defined" + (nearest().map { "; did you mean '\($0)'?" } ?? ""),
                at: ref, target: id,
                hint: nearest() == nil
                    ? "define \(DefinitionKind.phrase(kinds)) with id '\(id)', or correct the reference" : nil)
        }
        let people: [DefinitionKind] = [.member, .stakeholder]
        let answers: [DefinitionKind] = [.threat, .gap]
        func check(_ indicators: [Plan.Indicator]) {
            for i in indicators { check(i.collectedBy, people, "collected-by") }
        }
        for o in plan.framework.objectives {
            for ref in o.addresses { check(ref, answers, "addresses") }
            check(o.indicators)
        }
        if let a = plan.assessment {
            for x in a.assets { check(x.stakeholder, people, "stakeholder") }
            for c in a.consultations { for ref in c.with { check(ref, people, "with") } }
        }
        for m in plan.leadership?.members ?? [] { check(m.organization, [.stakeholder], "organization") }
        for l in plan.leadership?.learning ?? [] { check(l.provider, people, "provider") }
        let resources = plan.resources
        let actions = plan.actions
        for i in resources.indices { check(resources[i].provider, [.stakeholder], "provider") }
        for i in actions.indices {
            check(actions[i].lead, people, "lead")
            for ref in actions[i].partners { check(ref, people, "partner") }
            for ref in actions[i].resources { check(ref, [.resource], "resource") }
            check(actions[i].strategy, [.strategy], "strategy")
            for ref in actions[i].objectives { check(ref, [.objective], "objective") }
            for ref in actions[i].addresses { check(ref, answers, "addresses") }
            for ref in actions[i].funding { check(ref, [.funding], "funding") }
            check(actions[i].indicators)
        }
        for p in plan.pathways {
            for ref in p.referrers { check(ref, people, "referrer") }
            check(p.intake, people, "intake")
            for ref in p.team { check(ref, people, "team member") }
            check(p.agreement, [.agreement], "agreement")
        }
        for a in plan.agreements { for ref in a.parties { check(ref, people, "party") } }
        if let s = plan.safeguards { check(s.oversight, people, "oversight") }
    }
}
