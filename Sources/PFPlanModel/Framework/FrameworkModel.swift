import PFPlanLoader

/// The vocabulary a plan is checked against: stages, sectors, roles,
/// audiences and what each stage needs. Read from a model file so the
/// engine serves any multi-actor city plan, not one framework.
public struct FrameworkModel: Sendable {
    public struct Term: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
    }

    public enum SectorNeed: Sendable, Hashable {
        case sector(String)
        case anyOf([String])

        public var options: [String] {
            switch self {
            case .sector(let s): [s]
            case .anyOf(let s): s
            }
        }
    }

    public struct StageNeeds: Sendable, Hashable {
        public var sectors: [SectorNeed] = []
        public var minSectorsFrom: (count: Int, of: [String])?
        public var actions: Int = 0
        public var resources: (count: Int, kinds: [ResourceKind]?)?

        public static func == (a: StageNeeds, b: StageNeeds) -> Bool {
            a.sectors == b.sectors && a.actions == b.actions
                && a.minSectorsFrom?.count == b.minSectorsFrom?.count && a.minSectorsFrom?.of == b.minSectorsFrom?.of
                && a.resources?.count == b.resources?.count && a.resources?.kinds == b.resources?.kinds
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(sectors)
            hasher.combine(actions)
        }
    }

    public struct Stage: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
        public var needs: StageNeeds
    }

    public struct Role: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
        public var min: Int?
        public var max: Int?
        public var sectors: [String]?
    }

    public struct LeadershipNeeds: Sendable, Hashable {
        public var minMembers: Int?
        public var minSectors: Int?
        public var maxShare: (sector: String, share: Double)?
        public var meetsAtLeast: MeetingFrequency?

        public static func == (a: LeadershipNeeds, b: LeadershipNeeds) -> Bool {
            a.minMembers == b.minMembers && a.minSectors == b.minSectors && a.meetsAtLeast == b.meetsAtLeast
                && a.maxShare?.sector == b.maxShare?.sector && a.maxShare?.share == b.maxShare?.share
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(minMembers)
            hasher.combine(minSectors)
        }
    }

    public var id: String
    public var title: String
    public var summary: String?
    /// The file it was read from, named in the document's footer.
    public var file: String
    public var stages: [Stage]
    public var sectors: [Term]
    public var roles: [Role]
    public var audiences: [Term]
    public var leadership: LeadershipNeeds

    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
    public func sector(_ id: String) -> Term? { sectors.first { $0.id == id } }
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    public func audience(_ id: String) -> Term? { audiences.first { $0.id == id } }

    public func title(ofSector id: String) -> String { sector(id)?.title ?? id }
    public func title(ofStage id: String) -> String { stage(id)?.title ?? id }

    /// The ids a plan may use for a vocabulary of the model.
    public func ids(_ vocabulary: Vocabulary) -> [String]? {
        switch vocabulary {
        case .fixed(let values): values
        case .stages: stages.map(\.id)
        case .sectors: sectors.map(\.id)
        case .roles: roles.map(\.id)
        case .audiences: audiences.map(\.id)
        }
    }
}

/// How often the leadership group meets, from most to least often.
public enum MeetingFrequency: String, PlanVocabulary, Comparable {
    case weekly, fortnightly, monthly, bimonthly, quarterly
    case twiceYearly = "twice-yearly"
    case yearly

    /// Meetings a year, so "at least quarterly" compares as numbers.
    public var perYear: Int {
        switch self {
        case .weekly: 52
        case .fortnightly: 26
        case .monthly: 12
        case .bimonthly: 6
        case .quarterly: 4
        case .twiceYearly: 2
        case .yearly: 1
        }
    }

    public static func < (a: MeetingFrequency, b: MeetingFrequency) -> Bool { a.perYear < b.perYear }
}

extension FrameworkModel {
    /// The role that chairs the group: the model's required single-seat
    /// role (`min: 1, max: 1`). Found by its limits, not by a name in Swift.
    public var chairRole: Role? { roles.first { $0.max == 1 && ($0.min ?? 0) >= 1 } }
}
