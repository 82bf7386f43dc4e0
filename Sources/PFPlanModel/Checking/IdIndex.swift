import PFPlanLoader

/// Every id the plan defines, in one namespace (plan-format.md,
/// practice.md): members, stakeholders, resources, actions, pillars,
/// strategies, indicators, objectives, threats, service gaps,
/// consultations, pathways, agreements and funding sources.
public struct IdIndex: Sendable {
    public struct Definition: Sendable {
        public var kind: DefinitionKind
        public var id: Located<String>
    }

    /// All definitions in plan order, duplicates included.
    public private(set) var definitions: Definitions
    /// Where in `definitions` each id is first defined. A position rather
    /// than a copy of the definition: a copy costs a reference count on its
    /// text and path, for tens of thousands of ids.
    public private(set) var firstPosition: [String: Int] = [:]
    /// Positions in `definitions` of an id defined again, each with the
    /// position of its first definition, in plan order: found while the
    /// index is built, so `refs/duplicate-id` hashes nothing.
    public private(set) var redefinitions: [(position: Int, first: Int)] = []
    /// Where in `definitions` the stakeholders' and the resources' ids
    /// begin: each entry's own definition, found without hashing its id.
    private var stakeholderStart = 0, resourceStart = 0

    /// The definitions, read from the plan when asked: a copy of every id
    /// with its range and path was 80 bytes an id (12 MB at the peak of a
    /// 10 MB plan of one-line entries); a place is 12.
    public struct Definitions: RandomAccessCollection, Sendable {
        let plan: Plan
        var places: [Place] = []

        public var startIndex: Int { 0 }
        public var endIndex: Int { places.count }

        public subscript(i: Int) -> Definition {
            let p = places[i]
            return Definition(kind: p.source.kind, id: Self.id(at: p, in: plan))
        }

        /// The id a place names; only places of ids that exist are made.
        static func id(at p: Place, in plan: Plan) -> Located<String> {
            let (o, i) = (Int(p.outer), Int(p.inner))
            switch p.source {
            case .objective: return plan.framework.objectives[o].id
            case .objectiveIndicator: return plan.framework.objectives[o].indicators[i].id
            case .pillar: return plan.framework.pillars[o].id
            case .strategy: return plan.framework.pillars[o].strategies[i].id
            case .threat: return plan.assessment!.threats[o].id!
            case .gap: return plan.assessment!.serviceGaps[o].id!
            case .consultation: return plan.assessment!.consultations[o].id!
            case .member: return plan.leadership!.members[o].id
            case .stakeholder: return plan.stakeholders[o].id
            case .resource: return plan.resources[o].id
            case .action: return plan.actions[o].id
            case .actionIndicator: return plan.actions[o].indicators[i].id
            case .pathway: return plan.pathways[o].id
            case .agreement: return plan.agreements[o].id
            case .funding: return plan.funding[o].id
            }
        }
    }

    /// Where an id is defined: the list, the entry's index in it, and for
    /// an id inside an entry (an indicator, a strategy) its index there.
    struct Place: Sendable {
        var source: Source
        var outer: UInt32
        var inner: UInt32 = 0
    }

    enum Source: UInt8, Sendable {
        case objective, objectiveIndicator, pillar, strategy, threat, gap, consultation, member
        case stakeholder, resource, action, actionIndicator, pathway, agreement, funding

        var kind: DefinitionKind {
            switch self {
            case .objective: .objective
            case .objectiveIndicator, .actionIndicator: .indicator
            case .pillar: .pillar
            case .strategy: .strategy
            case .threat: .threat
            case .gap: .gap
            case .consultation: .consultation
            case .member: .member
            case .stakeholder: .stakeholder
            case .resource: .resource
            case .action: .action
            case .pathway: .pathway
            case .agreement: .agreement
            case .funding: .funding
            }
        }
    }

    public init(_ plan: Plan) {
        var places: [Place] = []
        places.reserveCapacity(Self.definitionCount(plan))
        func add(_ source: Source, _ outer: Int, _ inner: Int = 0) {
            places.append(Place(source: source, outer: UInt32(outer), inner: UInt32(inner)))
        }
        for (o, objective) in plan.framework.objectives.enumerated() {
            add(.objective, o)
            for i in objective.indicators.indices { add(.objectiveIndicator, o, i) }
        }
        for (o, pillar) in plan.framework.pillars.enumerated() {
            add(.pillar, o)
            for i in pillar.strategies.indices { add(.strategy, o, i) }
        }
        if let a = plan.assessment {
            for o in a.threats.indices where a.threats[o].id != nil { add(.threat, o) }
            for o in a.serviceGaps.indices where a.serviceGaps[o].id != nil { add(.gap, o) }
            for o in a.consultations.indices where a.consultations[o].id != nil { add(.consultation, o) }
        }
        for o in (plan.leadership?.members ?? []).indices { add(.member, o) }
        // By index: `for s in plan.stakeholders` copies each whole entry.
        let actions = plan.actions
        stakeholderStart = places.count
        for o in plan.stakeholders.indices { add(.stakeholder, o) }
        resourceStart = places.count
        for o in plan.resources.indices { add(.resource, o) }
        for o in actions.indices {
            add(.action, o)
            for i in actions[o].indicators.indices { add(.actionIndicator, o, i) }
        }
        for o in plan.pathways.indices { add(.pathway, o) }
        for o in plan.agreements.indices { add(.agreement, o) }
        for o in plan.funding.indices { add(.funding, o) }
        definitions = Definitions(plan: plan, places: places)
        // One hash per id: the first definition wins; a duplicate (rare)
        // puts it back.
        firstPosition.reserveCapacity(places.count)
        for i in places.indices {
            let id = Definitions.id(at: places[i], in: plan).value
            if let first = firstPosition.updateValue(i, forKey: id) {
                firstPosition[id] = first
                redefinitions.append((i, first))
            }
        }
    }

    /// The position of the first definition of the id of the plan's
    /// `index`th stakeholder: `firstPosition[id]`, without hashing the id.
    func firstPosition(ofStakeholder index: Int) -> Int { first(of: stakeholderStart + index) }

    /// The same for the plan's `index`th resource.
    func firstPosition(ofResource index: Int) -> Int { first(of: resourceStart + index) }

    /// `redefinitions` is in plan order, so a position is found by halving.
    private func first(of position: Int) -> Int {
        var (low, high) = (0, redefinitions.count)
        while low < high {
            let mid = (low + high) / 2
            if redefinitions[mid].position < position { low = mid + 1 } else { high = mid }
        }
        return low < redefinitions.count && redefinitions[low].position == position
            ? redefinitions[low].first : position
    }

    /// The first definition of an id.
    public func first(_ id: String) -> Definition? {
        firstPosition[id].map { definitions[$0] }
    }

    /// A rule that asks the kind of every reference reads a byte, not a record.
    public func kind(of id: String) -> DefinitionKind? { firstPosition[id].map { definitions.places[$0].source.kind } }

    public func ids(of kinds: [DefinitionKind]) -> [String] {
        definitions.places.compactMap { p in
            kinds.contains(p.source.kind) ? Definitions.id(at: p, in: definitions.plan).value : nil
        }
    }

    /// An empty set of this plan's ids (`IdSet`).
    func emptySet() -> IdSet { IdSet(positions: firstPosition, count: definitions.count) }

    /// Room for every definition, exactly: a guess of three an action held
    /// 60% more than needed, and a guess short by a few hundred doubled
    /// the array (24 MB at the peak of a 10 MB plan of one-line entries).
    static func definitionCount(_ plan: Plan) -> Int {
        var n = plan.stakeholders.count + plan.resources.count + plan.actions.count
        for i in plan.actions.indices { n += plan.actions[i].indicators.count }
        for o in plan.framework.objectives { n += 1 + o.indicators.count }
        for p in plan.framework.pillars { n += 1 + p.strategies.count }
        if let a = plan.assessment {
            n +=
                a.threats.count { $0.id != nil } + a.serviceGaps.count { $0.id != nil }
                + a.consultations.count { $0.id != nil }
        }
        n += (plan.leadership?.members.count ?? 0) + plan.pathways.count + plan.agreements.count + plan.funding.count
        return n
    }
}

/// A set of ids the plan defines, kept as one bit per definition, at the
/// position of the id's first: a rule that collects the ids named by every
/// action (`directory/orphan`, `directory/no-contact`) hashed them into a
/// set of strings of its own, 2-4 MB each on a 10 MB plan of one-line
/// entries, two at once. An id the plan does not define is not kept (these
/// rules only ask about ids it defines). `IdSetTests` compare it with a
/// `Set<String>`.
struct IdSet {
    private let positions: [String: Int]
    private var bits: [UInt64]

    init(positions: [String: Int], count: Int) {
        self.positions = positions
        bits = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// Adds a defined id; an id the plan does not define is left out.
    mutating func insert(_ id: String) {
        guard let p = positions[id] else { return }
        bits[p >> 6] |= 1 << UInt64(p & 63)
    }

    func contains(_ id: String) -> Bool {
        guard let p = positions[id] else { return false }
        return bits[p >> 6] & (1 << UInt64(p & 63)) != 0
    }
}

extension DefinitionKind {
    /// "a member or stakeholder", for messages.
    static func phrase(_ kinds: [DefinitionKind]) -> String {
        let words = kinds.map(\.noun)
        switch words.count {
        case 0: return "anything"
        case 1: return article(words[0])
        default: return article(words.dropLast().joined(separator: ", ") + " or " + words.last!)
        }
    }

    /// "a stakeholder", "an objective".
    static func article(_ words: String) -> String {
        (words.first.map { "aeio".contains($0) } ?? false ? "an " : "a ") + words
    }

    /// The kind with its article: "a service gap", "an agreement".
    var withArticle: String { Self.article(noun) }
}
