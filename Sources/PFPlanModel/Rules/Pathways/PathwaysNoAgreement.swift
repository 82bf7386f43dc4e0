import PFPlanLoader

enum PathwaysNoAgreement: PlanRule {
    static let description = RuleDescription(
        id: .pathwaysNoAgreement, severity: .warning,
        summary:
            "a pathway whose intake and team span two or more organizations has no agreement, or one whose status is not signed",
        explanation: """
            When several organizations assess and manage a case together, they share information about \
            a person; that needs an information-sharing agreement with a legal basis, signed by the \
            parties. Name it under 'agreement' and record it under 'agreements' with 'status: signed'. \
            (A signed agreement past its expiry date is agreements/expired.)
            """,
        failing: RuleExample(
            """
            pathways:
              - id: one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services]
                consent: Support is voluntary; without consent, no information is shared.
                agreement: ↓isa-one-door
            agreements:
              - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: negotiating}
            """),
        passing: RuleExample(
            """
            pathways:
              - id: one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services]
                consent: Support is voluntary; without consent, no information is shared.
                agreement: isa-one-door
            agreements:
              - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: signed, signed: 2025-02-15}
            """),
        variants: ["none", "unsigned", "no-status"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        guard !plan.pathways.isEmpty else { return }
        let who = context.whoIs(Set(plan.pathways.flatMap { ([$0.intake].compactMap { $0 } + $0.team).map(\.value) }))
        var agreements: [String: Plan.Agreement] = [:]
        for a in plan.agreements where agreements[a.id.value] == nil { agreements[a.id.value] = a }
        for p in plan.pathways {
            let organisations = Set(
                ([p.intake].compactMap { $0 } + p.team).map { who[$0.value]?.organization ?? $0.value })
            guard organisations.count >= 2 else { continue }
            guard let name = p.agreement else {
                findings.add(
                    "the pathway '\(p.id.value)' shares cases between \(organisations.count) organizations without an agreement",
                    at: p.id, target: p.id.value,
                    hint: "record an information-sharing agreement under 'agreements' and name it under 'agreement'",
                    facts: [.id("pathway", p.id.value, .pathway), .count("organisations", organisations.count)],
                    variant: "none")
                continue
            }
            // An unknown id is refs/unknown's; a signed one is this rule's concern no more.
            guard let agreement = agreements[name.value], agreement.status?.value != .signed else { continue }
            let status = agreement.status.map { "is \($0.value)" } ?? "has no status"
            findings.add(
                "the agreement '\(name.value)' of the pathway '\(p.id.value)' \(status), not signed", at: name,
                target: p.id.value, hint: "have the parties sign it, then set 'status: signed' and 'signed:'",
                facts: [.id("agreement", name.value, .agreement), .id("pathway", p.id.value, .pathway)]
                    + (agreement.status.map { [.word("status", .agreementStatus, $0.value.rawValue)] } ?? []),
                variant: agreement.status == nil ? "no-status" : "unsigned")
        }
    }
}
