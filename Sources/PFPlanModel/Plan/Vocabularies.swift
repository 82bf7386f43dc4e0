/// A fixed set of values the plan format allows for a key (a status, a
/// kind, a basis). Each is a Swift enum whose raw values are what plans
/// write: the spec's list of allowed values is its `allCases`, and code
/// compares cases, never strings.
public protocol PlanVocabulary: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension PlanVocabulary {
    /// The values as plans write them, in declaration order.
    public static var values: [String] { allCases.map(\.rawValue) }
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
