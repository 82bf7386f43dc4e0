import PFPlanLoader

/// What the rules of practice.md share: where plan-wide findings go, and
/// who an id stands for (an organisation, a sector).
extension RuleContext {
    /// A plan-wide finding about a block (practice.md): at the block's key
    /// when it is written, else at `framework:`, else at the top of the plan.
    func planWideAnchor(_ blockKey: SourceRange?) -> SourceRange {
        if let key = blockKey ?? plan.keyRanges.framework { return key }
        return anchor([])
    }

    /// For the stakeholder or member ids asked about: the organisation each
    /// stands for (a seat counts as its `organization`, its own id when it
    /// names none) and the sector it brings (a seat's declared sector).
    /// Stakeholders first: an id names the first of them. Only the ids
    /// asked about are kept: a large plan has thousands of stakeholders,
    /// and a pathway names a handful.
    func whoIs(_ ids: Set<String>) -> [String: (organization: String, sector: String?)] {
        var out: [String: (organization: String, sector: String?)] = [:]
        guard !ids.isEmpty else { return out }
        let stakeholders = plan.stakeholders
        for i in stakeholders.indices {
            let id = stakeholders[i].id.value
            if ids.contains(id) && out[id] == nil { out[id] = (id, stakeholders[i].sector?.value) }
        }
        for m in plan.leadership?.members ?? [] where ids.contains(m.id.value) && out[m.id.value] == nil {
            out[m.id.value] = (m.organization?.value ?? m.id.value, m.sector?.value)
        }
        return out
    }

    /// The sectors the model counts as the community's (its `min-share`
    /// sectors: civil society, faith, immigrant services, civil rights,
    /// youth in the default model).
    var communitySectors: Set<String> { Set(model.leadership.minShare?.sectors ?? []) }

    /// The sector whose share of seats the model caps (`max-share`): law
    /// enforcement in the default model.
    var lawEnforcementSector: String? { model.leadership.maxShare?.sector }
}
