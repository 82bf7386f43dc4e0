import PFPlanLoader
import PFPlanSupport

/// Every rule pfplan ships, in the order of rules.md, with practice.md's
/// beside the rules of their kind. `pfplan rules`, the table of
/// docs/rules.md, SARIF's rule list and the example tests all read this.
public enum RuleCatalog {
    static let rules: [any PlanRule.Type] = [
        YAMLSyntax.self, YAMLDuplicateKey.self, YAMLLimitsRule.self, YAMLEncoding.self, YAMLCurlyQuotes.self,
        SchemaUnknownKey.self, SchemaMissing.self, SchemaType.self, SchemaValue.self, SchemaVersion.self,
        IncludeNotFound.self, IncludeOutsideRoot.self, IncludeCycle.self,
        RefsDuplicateID.self, RefsUnknown.self,
        FrameworkPeriodOrder.self, FrameworkNotAdopted.self, FrameworkReviewOverdue.self,
        DraftPlaceholder.self,
        ObjectivesMissing.self, ObjectivesNoOutcome.self, ObjectivesNoActions.self,
        AssessmentThreatUnaddressed.self, AssessmentGapUnaddressed.self, AssessmentGroupUnserved.self,
        AssessmentNoConsultation.self,
        RolesChairMissing.self, RolesChairMultiple.self, RolesChairSector.self, RolesRequiredMissing.self,
        RolesVacant.self, RolesNotMultidisciplinary.self, RolesSectorShare.self, RolesMeetsRarely.self,
        RolesCommunityShare.self,
        CoverageStageNoActions.self, CoverageStageMissingSector.self, CoverageStageNoResources.self,
        CoverageAudienceUnserved.self, CoverageStageNoPathway.self,
        PathwaysNoConsent.self, PathwaysPoliceThreshold.self, PathwaysNoAgreement.self, AgreementsExpired.self,
        SafeguardsMissing.self, SafeguardsNoComplaints.self, SafeguardsNoOversight.self,
        ActionsNoIndicator.self, ActionsIndicatorNoTarget.self, ActionsDates.self, ActionsOutsidePeriod.self,
        ActionsOverdue.self, ActionsDoneWithoutActual.self, ActionsUnfunded.self,
        FundingCliff.self, IndicatorsNoOwner.self,
        DirectoryNoContact.self, DirectoryContactNoChannel.self, DirectoryOrphan.self, DirectoryResourceNoAccess.self,
        PledgeObjectivesCount.self, PledgeCountryMismatch.self, PledgeDescriptionLength.self,
        PledgeDeadlineOutsidePeriod.self,
        WaiversNoReason.self, WaiversUnused.self, WaiversExpired.self,
    ]

    public static var descriptions: [RuleDescription] { rules.map { $0.description } }

    public static func description(of id: String) -> RuleDescription? {
        descriptionsByID[id]
    }

    /// The descriptions by rule id, made once.
    static let descriptionsByID: [String: RuleDescription] = Dictionary(
        uniqueKeysWithValues: rules.map { ($0.description.id.rawValue, $0.description) })

    /// Builds the context and runs every rule. The id index, the coverage
    /// matrix and each rule that does not read the matrix are separate
    /// tasks on every core (the matrix and the rules wait for the index they
    /// read; the matrix looks ids up there instead of keeping tables of its
    /// own), then the rules that read the matrix run. On a 10 MB plan the
    /// matrix takes as long as half the rules, and runs beside them.
    /// Findings come back in catalogue order.
    ///
    /// The plan's waivers are applied as findings are made (`Findings`):
    /// waived findings come back marked, and the waivers' own findings
    /// (`waivers/*`, and `schema/value` for a waiver of an unknown or
    /// unwaivable rule) follow the rules'.
    public static func check(plan: Plan, model: FrameworkModel, asOf: CalendarDate) -> (
        diagnostics: [Diagnostic], context: RuleContext
    ) {
        let waivers = WaiverIndex(plan.waivers, asOf: asOf)
        let early = earlyRules
        let late = lateRules
        let coverage = Parallel.Handoff<CoverageMatrix>()
        let partial = Parallel.Handoff<RuleContext>()
        // Tasks 0 and 1 are handed out first, so a rule never waits for
        // work no thread has started.
        let earlyFindings = Parallel.map(2 + early.count) { task -> Findings in
            switch task {
            case 0: partial.give(RuleContext(plan: plan, model: model, asOf: asOf, ids: IdIndex(plan), coverage: nil))
            case 1: coverage.give(CoverageMatrix(plan: plan, model: model, ids: partial.value.ids))
            default: return run(early[task - 2], partial.value, waivers)
            }
            return Findings(rule: rules[0].description)
        }.dropFirst(2)
        let context = partial.value.with(coverage: coverage.value)
        let lateFindings = Parallel.map(late) { run($0, context, waivers) }
        var byRule = [[Diagnostic]](repeating: [], count: rules.count)
        var used = Set<Int>()
        for (i, findings) in zip(early, earlyFindings) {
            byRule[i] = findings.all
            used.formUnion(findings.usedWaivers)
        }
        for (i, findings) in zip(late, lateFindings) {
            byRule[i] = findings.all
            used.formUnion(findings.usedWaivers)
        }
        return (byRule.flatMap { $0 } + waivers.findings + waivers.unusedFindings(used: used), context)
    }

    /// The rules that walk every entry of a large plan, longest first as
    /// measured on the benchmark's 10 MB plan (10, 6, 4.5 and 2-3 ms; the
    /// others take under half a millisecond). Tasks are handed out in
    /// order, so these start, once the id index is built (12 ms), while
    /// one core builds the coverage matrix: handed out in catalogue order, `directory/orphan` came last and ran alone
    /// at the end for 5-6 ms. Only the order of work changes, not the
    /// order of findings.
    static let longestRules: [any PlanRule.Type] = [
        RefsUnknown.self, DirectoryOrphan.self, ActionsOverdue.self, DirectoryNoContact.self,
    ]

    /// Positions in `rules` of the rules that do not read the coverage
    /// matrix, `longestRules` first, then catalogue order; worked out once.
    private static let earlyRules: [Int] = {
        func rank(_ rule: Int) -> Int { longestRules.firstIndex { $0 == rules[rule] } ?? longestRules.count }
        return rules.indices.filter { !rules[$0].readsCoverage }.sorted { (rank($0), $0) < (rank($1), $1) }
    }()

    /// Positions in `rules` of the rules that read the coverage matrix.
    private static let lateRules = rules.indices.filter { rules[$0].readsCoverage }

    private static func run(_ rule: Int, _ context: RuleContext, _ waivers: WaiverIndex) -> Findings {
        var findings = Findings(rule: rules[rule].description, waivers: waivers)
        rules[rule].check(context, &findings)
        return findings
    }
}
