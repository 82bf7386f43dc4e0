import PFPlanLoader

/// A decoded plan. Values are located so rules can point at them; optional
/// where the format allows absence or where a broken value was reported.
public struct Plan: Sendable {
    public var file: String
    public var range: SourceRange
    public var version: Located<Int>?
    public var city: City
    public var framework: Framework
    public var assessment: Assessment?
    public var leadership: Leadership?
    public var stakeholders: [Stakeholder] = []
    public var resources: [Resource] = []
    public var actions: [Action] = []
    public var waivers: [Waiver] = []
    public var pledge: Pledge?

    public struct City: Sendable {
        public var name: Located<String>?
        public var region: Located<String>?
        public var country: Located<String>?
        public var population: Located<Int>?
        public var languages: [Located<String>] = []
    }

    public struct Framework: Sendable {
        public var model: Located<String>?
        public var title: Located<String>?
        public var period: Period?
        public var need: Located<String>?
        public var vision: Located<String>?
        public var pillars: [Pillar] = []
    }

    public struct Period: Sendable {
        public var start: Located<CalendarDate>
        public var end: Located<CalendarDate>
        public var range: SourceRange
    }

    public struct Pillar: Sendable {
        public var id: Located<String>
        public var title: String
        public var goal: String?
        public var strategies: [Strategy]
    }

    public struct Strategy: Sendable {
        public var id: Located<String>
        public var title: String
        public var description: String?
    }

    public struct Assessment: Sendable {
        public var summary: String?
        public var threats: [Threat]
        public var groupsAtRisk: [Located<String>]
        public var serviceGaps: [ServiceGap]
    }

    public struct Threat: Sendable {
        public var title: String
        public var trend: String?
        public var description: String?
    }

    public struct ServiceGap: Sendable {
        public var title: String
        public var stage: Located<String>?
        public var description: String?
    }

    public struct Leadership: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>?
        public var meets: Located<String>?
        public var charter: String?
        public var members: [Member]
        public var membersRange: SourceRange?
    }

    public struct Member: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>?
        public var title: String?
        public var organization: Located<String>?
        public var sector: Located<String>?
        public var roles: [Located<String>]
        public var contact: Contact?
    }

    public struct Contact: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var name: String?
        public var role: String?
        public var email: Located<String>?
        public var phone: Located<String>?
        /// `internal` when the author said nothing: nothing becomes public
        /// unless the author says so.
        public var visibility: Visibility
    }

    public struct Stakeholder: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>
        public var sector: Located<String>?
        public var description: String?
        public var website: String?
        public var address: String?
        public var stages: [Located<String>]
        public var languages: [String]
        public var contacts: [Contact]
    }

    public struct Access: Sendable {
        public var url: String?
        public var phone: String?
        public var email: String?
        public var address: String?
        public var hours: String?

        public var isEmpty: Bool { url == nil && phone == nil && address == nil && email == nil }
    }

    public struct Resource: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>
        public var kind: Located<String>?
        public var provider: Located<String>?
        public var stages: [Located<String>]
        public var audiences: [Located<String>]
        public var languages: [String]
        public var cost: String?
        public var access: Access?
        public var description: String?
    }

    public struct Budget: Sendable {
        public var amount: Double
        public var currency: String?
    }

    public struct Indicator: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: String
        public var unit: String?
        public var baseline: Double?
        public var target: Double?
        public var actual: Double?
        public var source: String?
    }

    public struct Action: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        public var stage: Located<String>?
        public var strategy: Located<String>?
        public var lead: Located<String>?
        public var partners: [Located<String>]
        public var resources: [Located<String>]
        public var audiences: [Located<String>]
        public var start: Located<CalendarDate>?
        public var due: Located<CalendarDate>?
        public var status: Located<String>?
        public var budget: Budget?
        public var description: String?
        public var indicators: [Indicator]
        public var indicatorsRange: SourceRange?

        /// Not done and not dropped: what "overdue" and progress count.
        public var isOpen: Bool {
            guard let s = status?.value else { return true }
            return s != "done" && s != "dropped"
        }
    }

    public struct Waiver: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var rule: Located<String>
        public var target: Located<String>?
        public var reason: Located<String>?
        public var until: Located<CalendarDate>?
    }

    public struct Pledge: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>?
        public var entity: Located<String>?
        public var entityType: String?
        public var contact: Contact?
        public var contactPosition: String?
        public var country: Located<String>?
        public var otherCountries: [String]
        public var type: String?
        public var nature: [String]
        public var objectives: [Located<Int>]
        public var objectivesRange: SourceRange?
        public var principles: [String]
        public var description: Located<String>?
        public var expectedImpact: [String]
        public var deadline: Located<CalendarDate>?
        /// "yes" or "no".
        public var gcmChampion: String? = nil
        public var region: String? = nil
        public var secondaryContact: Contact? = nil
        public var secondaryPosition: String? = nil
        /// "yes" or "no".
        public var mirrorPledge: String? = nil
        public var participating: [String] = []
        public var matchedPledge: String? = nil
        public var matchedPledgeID: String? = nil
    }
}

/// Who may see a contact; ordered so that an audience sees every contact at
/// or below it.
public enum Visibility: String, Sendable, CaseIterable, Comparable, Codable {
    case `public`, `internal`, restricted

    private var rank: Int {
        switch self {
        case .public: 0
        case .internal: 1
        case .restricted: 2
        }
    }

    public static func < (a: Visibility, b: Visibility) -> Bool { a.rank < b.rank }
}
