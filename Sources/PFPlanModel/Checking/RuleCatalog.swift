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

    /// Runs every rule over a decoded plan, on every core; the findings
    /// come back in catalogue order.
    static func check(_ context: RuleContext) -> [Diagnostic] {
        Parallel.map(rules.count) { i in
            var findings = Findings(rule: rules[i].description)
            rules[i].check(context, &findings)
            return findings.diagnostics
        }.flatMap { $0 }
    }
}
