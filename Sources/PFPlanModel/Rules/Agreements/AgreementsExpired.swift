import PFPlanLoader

enum AgreementsExpired: PlanRule {
    static let description = RuleDescription(
        id: .agreementsExpired, severity: .warning,
        summary: "an agreement named by a pathway is expired or its expires date is before --as-of",
        explanation: """
            A pathway whose information-sharing agreement has lapsed shares information with no legal \
            cover. Renew the agreement and update its 'expires' date and status. The date compared \
            against is --as-of (today by default).
            """,
        failing: RuleExample(
            """
            agreements:
              - {id: ↓isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: signed, signed: 2023-02-15, expires: 2025-02-15}
            """),
        passing: RuleExample(
            """
            agreements:
              - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: signed, signed: 2025-02-15, expires: 2027-02-15}
            """),
        variants: ["status", "date"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        let named = Set(plan.pathways.compactMap { $0.agreement?.value })
        guard !named.isEmpty else { return }
        var seen = Set<String>()
        for a in plan.agreements where named.contains(a.id.value) && seen.insert(a.id.value).inserted {
            if a.status?.value == .expired {
                findings.add(
                    "the agreement '\(a.id.value)' a pathway relies on has expired", at: a.id, target: a.id.value,
                    hint: "renew it, then update 'status' and 'expires'",
                    facts: [.id("agreement", a.id.value, .agreement)], variant: "status")
            } else if let expires = a.expires, expires.value < context.asOf {
                findings.add(
                    "the agreement '\(a.id.value)' a pathway relies on expired on \(expires.value)", at: a.id,
                    target: a.id.value, hint: "renew it, then update 'expires'",
                    facts: [.id("agreement", a.id.value, .agreement), .date("expired", expires.value)], variant: "date")
            }
        }
    }
}
