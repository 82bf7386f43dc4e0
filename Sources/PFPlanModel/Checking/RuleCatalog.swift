import PFPlanLoader

/// Every rule pfplan ships, in the order of rules.md. `pfplan rules`, the
/// README's table, SARIF's rule list and the example tests all read this.
public enum RuleCatalog {
    static let rules: [any PlanRule.Type] = [
        YAMLSyntax.self, YAMLDuplicateKey.self, YAMLLimitsRule.self, YAMLEncoding.self,
        SchemaUnknownKey.self, SchemaMissing.self, SchemaType.self, SchemaValue.self, SchemaVersion.self,
        IncludeNotFound.self, IncludeOutsideRoot.self, IncludeCycle.self,
        RefsDuplicateID.self, RefsUnknown.self,
        RolesChairMissing.self, RolesChairMultiple.self, RolesChairSector.self, RolesRequiredMissing.self,
        RolesVacant.self, RolesNotMultidisciplinary.self, RolesSectorShare.self, RolesMeetsRarely.self,
        CoverageStageNoActions.self, CoverageStageMissingSector.self, CoverageStageNoResources.self,
        CoverageAudienceUnserved.self,
        ActionsNoIndicator.self, ActionsIndicatorNoTarget.self, ActionsDates.self, ActionsOutsidePeriod.self,
        ActionsOverdue.self,
        DirectoryNoContact.self, DirectoryContactNoChannel.self, DirectoryOrphan.self, DirectoryResourceNoAccess.self,
        PledgeObjectivesCount.self, PledgeCountryMismatch.self, PledgeDescriptionLength.self, PledgeDeadlineOutsidePeriod.self,
        WaiversNoReason.self, WaiversUnused.self, WaiversExpired.self,
    ]

    public static var descriptions: [RuleDescription] { rules.map { $0.description } }

    public static func description(of id: String) -> RuleDescription? {
        rules.first { $0.description.id.rawValue == id }?.description
    }

    /// Builds the context and runs every rule: the rules that do not read
    /// the coverage matrix run while it is built (on a 10 MB plan it takes
    /// three times as long as the id index, and the other core waited),
    /// then the rest. Findings come back in catalogue order.
    public static func check(plan: Plan, model: FrameworkModel, asOf: CalendarDate) -> (diagnostics: [Diagnostic], context: RuleContext) {
        let early = rules.indices.filter { !rules[$0].readsCoverage }
        let late = rules.indices.filter { rules[$0].readsCoverage }
        let (coverage, (partial, earlyFindings)) = Parallel.both(
            { CoverageMatrix(plan: plan, model: model) },
            {
                let context = RuleContext(plan: plan, model: model, asOf: asOf, ids: IdIndex(plan), coverage: nil)
                return (context, run(early, context))
            })
        let context = partial.with(coverage: coverage)
        let lateFindings = run(late, context)
        var byRule = [[Diagnostic]](repeating: [], count: rules.count)
        for (i, findings) in zip(early, earlyFindings) { byRule[i] = findings }
        for (i, findings) in zip(late, lateFindings) { byRule[i] = findings }
        return (byRule.flatMap { $0 }, context)
    }

    private static func run(_ indices: [Int], _ context: RuleContext) -> [[Diagnostic]] {
        Parallel.map(indices) { i in
            var findings = Findings(rule: rules[i].description)
            rules[i].check(context, &findings)
            return findings.diagnostics
        }
    }
}
