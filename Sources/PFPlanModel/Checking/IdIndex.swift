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
    public private(set) var definitions: [Definition] = []
    /// Where in `definitions` each id is first defined. A position rather
    /// than a copy of the definition: a copy costs a reference count on its
    /// text and path, for tens of thousands of ids.
    public private(set) var firstPosition: [String: Int] = [:]
    /// Each definition's kind, apart from the large definitions: a rule that
    /// asks the kind of every reference then reads a byte, not a record.
    private var kinds: [DefinitionKind] = []
    /// Positions in `definitions` of an id defined again, each with the
    /// position of its first definition, in plan order: found while the
    /// index is built, so `refs/duplicate-id` hashes nothing.
    public private(set) var redefinitions: [(position: Int, first: Int)] = []

    public init(_ plan: Plan) {
        definitions.reserveCapacity(Self.definitionCount(plan))
        for o in plan.framework.objectives {
            add(.objective, o.id)
            for indicator in o.indicators { add(.indicator, indicator.id) }
        }
        for p in plan.framework.pillars {
            add(.pillar, p.id)
            for s in p.strategies { add(.strategy, s.id) }
        }
        if let a = plan.assessment {
            for t in a.threats { if let id = t.id { add(.threat, id) } }
            for g in a.serviceGaps { if let id = g.id { add(.gap, id) } }
            for c in a.consultations { if let id = c.id { add(.consultation, id) } }
        }
        for m in plan.leadership?.members ?? [] { add(.member, m.id) }
        // By index: `for s in plan.stakeholders` copies each whole entry.
        let stakeholders = plan.stakeholders, resources = plan.resources, actions = plan.actions
        for i in stakeholders.indices { add(.stakeholder, stakeholders[i].id) }
        for i in resources.indices { add(.resource, resources[i].id) }
        for i in actions.indices {
            add(.action, actions[i].id)
            for indicator in actions[i].indicators { add(.indicator, indicator.id) }
        }
        for p in plan.pathways { add(.pathway, p.id) }
        for a in plan.agreements { add(.agreement, a.id) }
        for f in plan.funding { add(.funding, f.id) }
        // One hash per id: the first definition wins; a duplicate (rare)
        // puts it back.
        kinds = definitions.map(\.kind)
        firstPosition.reserveCapacity(definitions.count)
        for i in definitions.indices {
            let id = definitions[i].id.value
            if let first = firstPosition.updateValue(i, forKey: id) {
                firstPosition[id] = first
                redefinitions.append((i, first))
            }
        }
    }

    /// Room for every definition, exactly: a guess of three an action held
    /// 60% more than needed, and a guess short by a few hundred doubled
    /// the array (24 MB at the peak of a 10 MB plan of one-line entries).
    static func definitionCount(_ plan: Plan) -> Int {
        var n = plan.stakeholders.count + plan.resources.count + plan.actions.count
        for i in plan.actions.indices { n += plan.actions[i].indicators.count }
        for o in plan.framework.objectives { n += 1 + o.indicators.count }
        for p in plan.framework.pillars { n += 1 + p.strategies.count }
        if let a = plan.assessment {
            n += a.threats.count { $0.id != nil } + a.serviceGaps.count { $0.id != nil } + a.consultations.count { $0.id != nil }
        }
        n += (plan.leadership?.members.count ?? 0) + plan.pathways.count + plan.agreements.count + plan.funding.count
        return n
    }

    /// The first definition of an id.
    public func first(_ id: String) -> Definition? {
        firstPosition[id].map { definitions[$0] }
    }

    private mutating func add(_ kind: DefinitionKind, _ id: Located<String>) {
        definitions.append(Definition(kind: kind, id: id))
    }

    public func kind(of id: String) -> DefinitionKind? { firstPosition[id].map { kinds[$0] } }

    public func ids(of kinds: [DefinitionKind]) -> [String] {
        definitions.filter { kinds.contains($0.kind) }.map(\.id.value)
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
