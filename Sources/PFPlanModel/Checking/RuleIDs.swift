import PFPlanLoader

/// Every rule id of the model and its rules, as constants: code names a
/// rule by these, never by a string written at the use site. (The loader's
/// own ids, yaml/* and include/*, live beside it in `Diagnostic.swift`.)
extension RuleID {
    // actions
    public static let actionsDates: RuleID = "actions/dates"
    public static let actionsIndicatorNoTarget: RuleID = "actions/indicator-no-target"
    public static let actionsNoIndicator: RuleID = "actions/no-indicator"
    public static let actionsOutsidePeriod: RuleID = "actions/outside-period"
    public static let actionsOverdue: RuleID = "actions/overdue"
    public static let actionsDoneWithoutActual: RuleID = "actions/done-without-actual"
    public static let actionsUnfunded: RuleID = "actions/unfunded"
    // coverage
    public static let coverageAudienceUnserved: RuleID = "coverage/audience-unserved"
    public static let coverageStageMissingSector: RuleID = "coverage/stage-missing-sector"
    public static let coverageStageNoActions: RuleID = "coverage/stage-no-actions"
    public static let coverageStageNoResources: RuleID = "coverage/stage-no-resources"
    public static let coverageStageNoPathway: RuleID = "coverage/stage-no-pathway"
    // directory
    public static let directoryContactNoChannel: RuleID = "directory/contact-no-channel"
    public static let directoryNoContact: RuleID = "directory/no-contact"
    public static let directoryOrphan: RuleID = "directory/orphan"
    public static let directoryResourceNoAccess: RuleID = "directory/resource-no-access"
    // pledge
    public static let pledgeCountryMismatch: RuleID = "pledge/country-mismatch"
    public static let pledgeDeadlineOutsidePeriod: RuleID = "pledge/deadline-outside-period"
    public static let pledgeDescriptionLength: RuleID = "pledge/description-length"
    public static let pledgeObjectivesCount: RuleID = "pledge/objectives-count"
    // refs
    public static let refsDuplicateID: RuleID = "refs/duplicate-id"
    public static let refsUnknown: RuleID = "refs/unknown"
    // roles
    public static let rolesChairMissing: RuleID = "roles/chair-missing"
    public static let rolesChairMultiple: RuleID = "roles/chair-multiple"
    public static let rolesChairSector: RuleID = "roles/chair-sector"
    public static let rolesMeetsRarely: RuleID = "roles/meets-rarely"
    public static let rolesNotMultidisciplinary: RuleID = "roles/not-multidisciplinary"
    public static let rolesRequiredMissing: RuleID = "roles/required-missing"
    public static let rolesSectorShare: RuleID = "roles/sector-share"
    public static let rolesVacant: RuleID = "roles/vacant"
    public static let rolesCommunityShare: RuleID = "roles/community-share"
    // schema
    public static let schemaUnknownKey: RuleID = "schema/unknown-key"
    public static let schemaMissing: RuleID = "schema/missing"
    public static let schemaType: RuleID = "schema/type"
    public static let schemaValue: RuleID = "schema/value"
    public static let schemaVersion: RuleID = "schema/version"
    // waivers
    public static let waiversNoReason: RuleID = "waivers/no-reason"
    public static let waiversUnused: RuleID = "waivers/unused"
    public static let waiversExpired: RuleID = "waivers/expired"
    // framework
    public static let frameworkPeriodOrder: RuleID = "framework/period-order"
    public static let frameworkNotAdopted: RuleID = "framework/not-adopted"
    public static let frameworkReviewOverdue: RuleID = "framework/review-overdue"
    // draft
    public static let draftPlaceholder: RuleID = "draft/placeholder"
    // objectives
    public static let objectivesMissing: RuleID = "objectives/missing"
    public static let objectivesNoOutcome: RuleID = "objectives/no-outcome"
    public static let objectivesNoActions: RuleID = "objectives/no-actions"
    // assessment
    public static let assessmentThreatUnaddressed: RuleID = "assessment/threat-unaddressed"
    public static let assessmentGapUnaddressed: RuleID = "assessment/gap-unaddressed"
    public static let assessmentGroupUnserved: RuleID = "assessment/group-unserved"
    public static let assessmentNoConsultation: RuleID = "assessment/no-consultation"
    // pathways
    public static let pathwaysNoConsent: RuleID = "pathways/no-consent"
    public static let pathwaysPoliceThreshold: RuleID = "pathways/police-threshold"
    public static let pathwaysNoAgreement: RuleID = "pathways/no-agreement"
    // agreements
    public static let agreementsExpired: RuleID = "agreements/expired"
    // safeguards
    public static let safeguardsMissing: RuleID = "safeguards/missing"
    public static let safeguardsNoComplaints: RuleID = "safeguards/no-complaints"
    public static let safeguardsNoOversight: RuleID = "safeguards/no-oversight"
    // funding
    public static let fundingCliff: RuleID = "funding/cliff"
    // indicators
    public static let indicatorsNoOwner: RuleID = "indicators/no-owner"
}
