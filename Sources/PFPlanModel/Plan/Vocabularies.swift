/// A fixed set of values the plan format allows for a key (a status, a
/// kind, a basis). Each is a Swift enum whose raw values are what plans
/// write: the spec's list of allowed values is its `allCases`, and code
/// compares cases, never strings.
///
/// A value prints as plans write it (`in-progress`, not `inProgress`), so
/// a message or an output that interpolates one shows the plan's word.
public protocol PlanVocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, CustomStringConvertible
where RawValue == String {}

extension PlanVocabulary {
    /// The values as plans write them, in declaration order.
    public static var values: [String] { allCases.map(\.rawValue) }

    public var description: String { rawValue }
}

/// Where an action stands.
public enum ActionStatus: String, PlanVocabulary {
    case planned
    case inProgress = "in-progress"
    case done, blocked, dropped

    /// Neither done nor dropped: what "overdue" and progress count.
    public var isOpen: Bool { self != .done && self != .dropped }
}

/// What a resource of the directory is.
public enum ResourceKind: String, PlanVocabulary {
    case program, service, hotline, training, funding, guidance, data
}

/// What a resource costs its users.
public enum Cost: String, PlanVocabulary {
    case free
    case lowCost = "low-cost"
    case fee
}

/// Which way a threat is going.
public enum Trend: String, PlanVocabulary {
    case rising, stable, falling, unknown
}

/// The pledge form's kinds of pledge.
public enum PledgeType: String, PlanVocabulary {
    case individual, common, partnership, matching
}

/// The pledge form's natures of a pledge.
public enum PledgeNature: String, PlanVocabulary {
    case processOriented = "process-oriented"
    case material, financial, policy, other
    /// The mark the form prints beside the natures.
    case structured
}

/// A yes-or-no question of the pledge form (GCM Champion country, mirror
/// pledge under the Global Compact on Refugees).
public enum Answer: String, PlanVocabulary {
    case yes, no
}

/// The pledge form's kinds of pledging entity.
public enum EntityType: String, PlanVocabulary {
    case memberState = "member-state"
    case localAuthority = "local-authority"
    case civilSociety = "civil-society"
    case privateSector = "private-sector"
    case academia
    case tradeUnion = "trade-union"
    case internationalOrganization = "international-organization"
    case migrantOrganization = "migrant-organization"
    case other
}

extension ValueKind {
    /// A choice among the values of a vocabulary enum.
    static func choice<V: PlanVocabulary>(_: V.Type) -> ValueKind { .choice(.fixed(V.values)) }
}

/// Whether an indicator counts what was done or what changed
/// (practice.md). The default depends on where it is written: `outcome`
/// under an objective, `output` under an action.
public enum IndicatorKind: String, PlanVocabulary {
    case output, outcome
}

/// How often an indicator's figures are collected.
public enum ReportingFrequency: String, PlanVocabulary {
    case monthly, quarterly
    case twiceYearly = "twice-yearly"
    case yearly, once
}

/// What an agreement between parties is.
public enum AgreementKind: String, PlanVocabulary {
    case informationSharing = "information-sharing"
    case mou
    case dataProcessing = "data-processing"
    case mutualAid = "mutual-aid"
}

/// The legal basis on which an agreement shares information.
public enum AgreementBasis: String, PlanVocabulary {
    case consent, ferpa, hipaa
    case cfr42Part2 = "42-cfr-2"
    case cjis
    case cfr28Part23 = "28-cfr-23"
    case stateLaw = "state-law"
    case other
}

/// Where an agreement stands.
public enum AgreementStatus: String, PlanVocabulary {
    case draft, negotiating, signed, expired
}

/// Where money comes from.
public enum FundingKind: String, PlanVocabulary {
    case federal, state, county, city, philanthropic, `private`
    case inKind = "in-kind"
}

/// Where a funding source stands.
public enum FundingStatus: String, PlanVocabulary {
    case applied, awarded, committed, ended
}

/// Whether a learning session of the leadership group took place.
public enum LearningStatus: String, PlanVocabulary {
    case planned, done
}
