import PFPlanLoader

/// The model's types as facts of a finding: a rule writes `.date("due", d)`
/// with its own `CalendarDate`, and an id's kind as the id index knows it.
extension Fact {
    public static func date(_ name: String, _ date: CalendarDate) -> Fact { Fact(name, .date(date)) }
}

extension Fact.Value {
    public static func date(_ date: CalendarDate) -> Fact.Value {
        .date(year: date.year, month: date.month, day: date.day)
    }

    /// The date of a `.date` value.
    public var calendarDate: CalendarDate? {
        guard case .date(let year, let month, let day) = self else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension Fact.Thing {
    /// The same kinds as the plan's id namespace; a kind added there does
    /// not compile until it is named here.
    public init(_ kind: DefinitionKind) {
        switch kind {
        case .member: self = .member
        case .stakeholder: self = .stakeholder
        case .resource: self = .resource
        case .action: self = .action
        case .pillar: self = .pillar
        case .strategy: self = .strategy
        case .indicator: self = .indicator
        case .objective: self = .objective
        case .threat: self = .threat
        case .gap: self = .serviceGap
        case .consultation: self = .consultation
        case .pathway: self = .pathway
        case .agreement: self = .agreement
        case .funding: self = .fundingSource
        }
    }
}
