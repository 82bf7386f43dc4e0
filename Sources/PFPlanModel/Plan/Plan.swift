import PFPlanLoader

/// A decoded plan. Values are located so rules can point at them; optional
/// where the format allows absence or where a broken value was reported.
public struct Plan: Sendable {
    public var file: String
    public var range: SourceRange
    public var version: Located<Int>?
    public var city: City
    public var framework: Framework
    /// A line shown at the top of every rendered document (Markdown).
    public var notice: Located<String>?
    public var assessment: Assessment?
    public var leadership: Leadership?
    public var stakeholders: [Stakeholder] = []
    public var resources: [Resource] = []
    public var actions: [Action] = []
    public var pathways: [Pathway] = []
    public var agreements: [Agreement] = []
    public var safeguards: Safeguards?
    public var funding: [FundingSource] = []
    public var waivers: [Waiver] = []
    public var pledge: Pledge?
    /// Text values still holding the starter's `TODO` marker.
    public var placeholders = PlaceholderTexts()
    /// Where the top-level keys are written, for plan-wide findings
    /// (practice.md: they point at `framework:`, or at the block's key).
    public var keyRanges = KeyRanges()

    public struct KeyRanges: Sendable {
        public var framework: SourceRange?
        public var assessment: SourceRange?
        public var pathways: SourceRange?
        public var agreements: SourceRange?
        public var funding: SourceRange?
    }

    public struct City: Sendable {
        public var name: Located<String>?
        public var region: Located<String>?
        public var country: Located<String>?
        public var population: Located<Int>?
        public var languages: LocatedStrings = []
    }

    public struct Framework: Sendable {
        public var model: Located<String>?
        public var title: Located<String>?
        public var period: Period?
        /// The date the plan was adopted; nil: the plan is a draft.
        public var adopted: Located<CalendarDate>?
        /// The date of the next scheduled review.
        public var review: Located<CalendarDate>?
        /// The body the leadership group answers to.
        public var reportsTo: Located<String>?
        public var need: Located<String>?
        public var vision: Located<String>?
        public var objectives: [Objective] = []
        /// Where `objectives:` is written.
        public var objectivesKeyRange: SourceRange?
        public var pillars: [Pillar] = []
    }

    /// A measurable objective (practice.md).
    public struct Objective: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        /// Threat and service-gap ids it answers.
        public var addresses: LocatedStrings
        public var description: String?
        /// Outcome indicators unless marked otherwise.
        public var indicators: [Indicator]
        public var indicatorsRange: SourceRange?
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
        public var range: SourceRange
        public var path: PlanPath
        public var summary: String?
        public var threats: [Threat]
        public var groupsAtRisk: LocatedStrings
        public var serviceGaps: [ServiceGap]
        public var assets: [Asset] = []
        public var consultations: [Consultation] = []
        /// Where `consultation:` is written.
        public var consultationKeyRange: SourceRange?
    }

    public struct Threat: Sendable {
        /// Optional: a threat needs an id to be addressed.
        public var id: Located<String>?
        /// Its `id:`, or its first key when it has none: where findings
        /// about it point (practice.md).
        public var anchor: SourceRange
        public var path: PlanPath
        public var title: String
        public var trend: Trend?
        /// Audience ids of the groups it targets.
        public var targets: LocatedStrings = []
        public var source: String?
        public var description: String?
    }

    public struct ServiceGap: Sendable {
        public var id: Located<String>?
        /// Its `id:`, or its first key when it has none.
        public var anchor: SourceRange
        public var path: PlanPath
        public var title: String
        public var stage: Located<String>?
        public var description: String?
    }

    /// A community asset to build on.
    public struct Asset: Sendable {
        public var title: String
        public var stakeholder: Located<String>?
        public var description: String?
    }

    /// A consultation of the communities concerned.
    public struct Consultation: Sendable {
        public var id: Located<String>?
        /// Its `id:`, or its first key when it has none.
        public var anchor: SourceRange
        public var path: PlanPath
        public var title: String
        public var date: Located<CalendarDate>?
        /// Stakeholder (or member) ids of those consulted.
        public var with: LocatedStrings
        public var audiences: LocatedStrings
        public var languages: [String]
        public var participants: Int?
        public var description: String?
    }

    public struct Leadership: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>?
        public var meets: Located<MeetingFrequency>?
        public var charter: String?
        public var members: [Member]
        public var membersRange: SourceRange?
        public var learning: [Learning] = []
    }

    /// A session that builds the leadership group's capacity.
    public struct Learning: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        public var provider: Located<String>?
        public var date: Located<CalendarDate>?
        public var status: Located<LearningStatus>?
        public var description: String?
    }

    public struct Member: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>?
        public var title: String?
        public var organization: Located<String>?
        public var sector: Located<String>?
        public var roles: LocatedStrings
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

    /// A stakeholder; what a one-line entry writes inline, the rest out of
    /// line (as `Action`).
    public struct Stakeholder: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>
        public var sector: Located<String>?
        public var stages: LocatedStrings
        private var more: OutOfLine<More>

        struct More: OutOfLineFields {
            var description: String?
            var website: String?
            var address: String?
            var languages: [String] = []
            var contacts: [Contact] = []

            static let empty = More()
            var isEmpty: Bool {
                description == nil && website == nil && address == nil && languages.isEmpty && contacts.isEmpty
            }
        }

        init(
            id: Located<String>, range: SourceRange, path: PlanPath, name: Located<String>,
            sector: Located<String>?, description: String?, website: String?, address: String?,
            stages: LocatedStrings, languages: [String], contacts: [Contact]
        ) {
            self.id = id
            self.range = range
            self.path = path
            self.name = name
            self.sector = sector
            self.stages = stages
            more = OutOfLine(
                More(
                    description: description, website: website, address: address, languages: languages,
                    contacts: contacts))
        }

        public var description: String? {
            get { more.box?.fields.description }
            set { more.modify { $0.description = newValue } }
        }
        public var website: String? {
            get { more.box?.fields.website }
            set { more.modify { $0.website = newValue } }
        }
        public var address: String? {
            get { more.box?.fields.address }
            set { more.modify { $0.address = newValue } }
        }
        public var languages: [String] {
            get { more.box?.fields.languages ?? [] }
            set { more.modify { $0.languages = newValue } }
        }
        public var contacts: [Contact] {
            get { more.box?.fields.contacts ?? [] }
            set { more.modify { $0.contacts = newValue } }
        }
    }

    public struct Access: Sendable {
        public var url: String?
        public var phone: String?
        public var email: String?
        public var address: String?
        public var hours: String?

        public var isEmpty: Bool { url == nil && phone == nil && address == nil && email == nil }
    }

    /// A resource; what a one-line entry writes inline, the rest out of
    /// line (as `Action`).
    public struct Resource: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var name: Located<String>
        public var kind: Located<ResourceKind>?
        public var provider: Located<String>?
        public var stages: LocatedStrings
        public var audiences: LocatedStrings
        private var more: OutOfLine<More>

        struct More: OutOfLineFields {
            var languages: [String] = []
            var cost: Cost?
            var access: Access?
            var description: String?

            static let empty = More()
            var isEmpty: Bool { languages.isEmpty && cost == nil && access == nil && description == nil }
        }

        init(
            id: Located<String>, range: SourceRange, path: PlanPath, name: Located<String>,
            kind: Located<ResourceKind>?, provider: Located<String>?, stages: LocatedStrings,
            audiences: LocatedStrings, languages: [String], cost: Cost?, access: Access?, description: String?
        ) {
            self.id = id
            self.range = range
            self.path = path
            self.name = name
            self.kind = kind
            self.provider = provider
            self.stages = stages
            self.audiences = audiences
            more = OutOfLine(More(languages: languages, cost: cost, access: access, description: description))
        }

        public var languages: [String] {
            get { more.box?.fields.languages ?? [] }
            set { more.modify { $0.languages = newValue } }
        }
        public var cost: Cost? {
            get { more.box?.fields.cost }
            set { more.modify { $0.cost = newValue } }
        }
        public var access: Access? {
            get { more.box?.fields.access }
            set { more.modify { $0.access = newValue } }
        }
        public var description: String? {
            get { more.box?.fields.description }
            set { more.modify { $0.description = newValue } }
        }
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
        /// As written, or the default of its place: `outcome` under an
        /// objective, `output` under an action.
        public var kind: IndicatorKind
        public var unit: String?
        public var baseline: Double?
        public var target: Double?
        public var actual: Double?
        public var source: String?
        /// The member or stakeholder id that collects the figures.
        public var collectedBy: Located<String>?
        public var frequency: Located<ReportingFrequency>?
    }

    /// An action. Its identity and the values a one-line entry writes
    /// (`{id, title, stage, lead}`, and a status) are held inline; the
    /// rest out of line (`OutOfLine`), so an entry pays for what it writes.
    public struct Action: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        public var stage: Located<String>?
        public var lead: Located<String>?
        public var status: Located<ActionStatus>?
        private var more: OutOfLine<More>

        struct More: OutOfLineFields {
            var strategy: Located<String>?
            var partners: LocatedStrings = []
            var resources: LocatedStrings = []
            var audiences: LocatedStrings = []
            var start: Located<CalendarDate>?
            var due: Located<CalendarDate>?
            var budget: Budget?
            var description: String?
            var indicators: [Indicator] = []
            var indicatorsRange: SourceRange?
            var objectives: LocatedStrings = []
            var addresses: LocatedStrings = []
            var funding: LocatedStrings = []

            static let empty = More()
            var isEmpty: Bool {
                strategy == nil && partners.isEmpty && resources.isEmpty && audiences.isEmpty && start == nil
                    && due == nil && budget == nil && description == nil && indicators.isEmpty
                    && indicatorsRange == nil && objectives.isEmpty && addresses.isEmpty && funding.isEmpty
            }
        }

        init(
            id: Located<String>, range: SourceRange, path: PlanPath, title: Located<String>,
            stage: Located<String>?, strategy: Located<String>?, lead: Located<String>?,
            partners: LocatedStrings, resources: LocatedStrings, audiences: LocatedStrings,
            start: Located<CalendarDate>?, due: Located<CalendarDate>?, status: Located<ActionStatus>?,
            budget: Budget?, description: String?, indicators: [Indicator], indicatorsRange: SourceRange?,
            objectives: LocatedStrings = [], addresses: LocatedStrings = [], funding: LocatedStrings = []
        ) {
            self.id = id
            self.range = range
            self.path = path
            self.title = title
            self.stage = stage
            self.lead = lead
            self.status = status
            more = OutOfLine(
                More(
                    strategy: strategy, partners: partners, resources: resources, audiences: audiences, start: start,
                    due: due, budget: budget, description: description, indicators: indicators,
                    indicatorsRange: indicatorsRange, objectives: objectives, addresses: addresses, funding: funding))
        }

        public var strategy: Located<String>? {
            get { more.box?.fields.strategy }
            set { more.modify { $0.strategy = newValue } }
        }
        public var partners: LocatedStrings {
            get { more.box?.fields.partners ?? [] }
            set { more.modify { $0.partners = newValue } }
        }
        public var resources: LocatedStrings {
            get { more.box?.fields.resources ?? [] }
            set { more.modify { $0.resources = newValue } }
        }
        public var audiences: LocatedStrings {
            get { more.box?.fields.audiences ?? [] }
            set { more.modify { $0.audiences = newValue } }
        }
        public var start: Located<CalendarDate>? {
            get { more.box?.fields.start }
            set { more.modify { $0.start = newValue } }
        }
        public var due: Located<CalendarDate>? {
            get { more.box?.fields.due }
            set { more.modify { $0.due = newValue } }
        }
        public var budget: Budget? {
            get { more.box?.fields.budget }
            set { more.modify { $0.budget = newValue } }
        }
        public var description: String? {
            get { more.box?.fields.description }
            set { more.modify { $0.description = newValue } }
        }
        public var indicators: [Indicator] {
            get { more.box?.fields.indicators ?? [] }
            set { more.modify { $0.indicators = newValue } }
        }
        public var indicatorsRange: SourceRange? {
            get { more.box?.fields.indicatorsRange }
            set { more.modify { $0.indicatorsRange = newValue } }
        }
        /// Objective ids this action serves.
        public var objectives: LocatedStrings {
            get { more.box?.fields.objectives ?? [] }
            set { more.modify { $0.objectives = newValue } }
        }
        /// Threat and service-gap ids it answers.
        public var addresses: LocatedStrings {
            get { more.box?.fields.addresses ?? [] }
            set { more.modify { $0.addresses = newValue } }
        }
        /// Funding source ids that pay for it.
        public var funding: LocatedStrings {
            get { more.box?.fields.funding ?? [] }
            set { more.modify { $0.funding = newValue } }
        }

        /// Not done and not dropped: what "overdue" and progress count.
        public var isOpen: Bool { status?.value.isOpen ?? true }
    }

    /// A referral pathway (practice.md): how a concern about a person
    /// reaches help.
    public struct Pathway: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        public var stage: Located<String>?
        public var referrers: LocatedStrings
        /// The single point of contact.
        public var intake: Located<String>?
        /// The multidisciplinary team that assesses and manages cases.
        public var team: LocatedStrings
        /// How referrers reach the intake; internal unless marked otherwise.
        public var access: PathwayAccess?
        public var consent: Located<String>?
        public var policeThreshold: Located<String>?
        public var agreement: Located<String>?
        public var followUpMonths: [Located<Int>]
        public var exit: String?
        public var description: String?
    }

    /// The way into a pathway: a contact like any other, with its visibility.
    public struct PathwayAccess: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        public var phone: Located<String>?
        public var email: Located<String>?
        public var url: String?
        public var address: String?
        public var hours: String?
        /// `internal` when the author said nothing.
        public var visibility: Visibility

        /// The same channels as a contact, for checks that treat every
        /// contact alike (the privacy filter's hidden list).
        public var asContact: Contact {
            Contact(range: range, path: path, name: nil, role: nil, email: email, phone: phone, visibility: visibility)
        }
    }

    /// An information-sharing agreement or memorandum.
    public struct Agreement: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var title: Located<String>
        public var kind: Located<AgreementKind>?
        public var parties: LocatedStrings
        public var basis: [Located<AgreementBasis>]
        public var status: Located<AgreementStatus>?
        public var signed: Located<CalendarDate>?
        public var expires: Located<CalendarDate>?
        public var retention: String?
        public var description: String?
    }

    /// The civil-rights safeguards of the framework.
    public struct Safeguards: Sendable {
        public var range: SourceRange
        public var path: PlanPath
        /// Where `safeguards:` is written.
        public var keyRange: SourceRange?
        public var statement: Located<String>?
        /// The body that checks that the commitments hold.
        public var oversight: Located<String>?
        /// Public by nature: no visibility, in every edition.
        public var complaints: ComplaintRoute?
    }

    public struct ComplaintRoute: Sendable {
        public var range: SourceRange
        public var email: String?
        public var phone: String?
        public var url: String?

        public var isEmpty: Bool { email == nil && phone == nil && url == nil }
    }

    /// A source of money for actions.
    public struct FundingSource: Sendable {
        public var id: Located<String>
        public var range: SourceRange
        public var path: PlanPath
        public var source: Located<String>
        public var kind: Located<FundingKind>?
        public var amount: Budget?
        public var start: Located<CalendarDate>?
        public var end: Located<CalendarDate>?
        public var status: Located<FundingStatus>?
        public var description: String?
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
        public var entityType: EntityType?
        public var contact: Contact?
        public var contactPosition: String?
        public var country: Located<String>?
        public var otherCountries: [String]
        public var type: PledgeType?
        public var nature: [PledgeNature]
        public var objectives: [Located<Int>]
        public var objectivesRange: SourceRange?
        public var principles: [String]
        public var description: Located<String>?
        public var expectedImpact: [String]
        public var deadline: Located<CalendarDate>?
        /// "yes" or "no".
        public var gcmChampion: Answer? = nil
        public var region: String? = nil
        public var secondaryContact: Contact? = nil
        public var secondaryPosition: String? = nil
        /// "yes" or "no".
        public var mirrorPledge: Answer? = nil
        public var participating: [String] = []
        public var matchedPledge: String? = nil
        public var matchedPledgeID: String? = nil
    }
}

/// Who may see a contact; ordered so that an audience sees every contact at
/// or below it.
public enum Visibility: String, PlanVocabulary, Comparable, Codable {
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
