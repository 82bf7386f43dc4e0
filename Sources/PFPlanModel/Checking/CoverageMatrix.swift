import PFPlanLoader

/// Coverage of the framework's stages by the plan: who is present at each
/// stage, what each stage still lacks, and whom the plan serves. Computed
/// once and shared by the coverage rules and `pfplan gaps`.
///
/// Counted honestly (practice.md): a sector is present at a stage only
/// through work there (leading or partnering an action of the stage,
/// providing a resource used at the stage, being the intake or on the team
/// of a pathway of the stage); a stakeholder's own `stages:` list is what
/// it offers, shown apart and meeting no need. An organisation counts once:
/// a member seat counts as its `organization` (its own id when it has
/// none), for the sector the seat declares. A placeholder (a name or title
/// still holding `TODO`) does not exist here.
public struct CoverageMatrix: Sendable {
    public struct StageCoverage: Sendable {
        public var stage: FrameworkModel.Stage
        /// Sector id -> ids of the organisations that bring it through
        /// work at the stage, in plan order. An organisation is a
        /// stakeholder id, or a member seat's `organization` (the seat's
        /// own id when it names none).
        public var sectors: [String: [String]]
        /// Positions in the plan's `stakeholders` of those that list the
        /// stage under `stages:` but bring their sector to no work there.
        public var offeredIndices: [Int] = []
        /// Needs not met, in words ("mental-health", "one of justice / law-enforcement").
        public var missingSectors: [String]
        /// Positions in the plan's `actions` of this stage's actions, in plan order.
        public var actionIndices: [Int]
        /// Positions in the plan's `resources` of the resources at this
        /// stage (listing it, or used by one of its actions).
        public var resourceIndices: [Int]
        /// Of those, the ones of the kinds the stage needs.
        public var neededResources: Int
        /// Resources per kind as plans write it; "unknown" for those with no kind.
        public var resourcesByKind: [String: Int]
        public var audiences: Set<String>
        /// The same needs as `missingSectors`, as data: what `pfplan gaps`
        /// and the heat map mark per sector, in the model's order of needs.
        public var unmetNeeds: [UnmetSectorNeed] = []
        /// Positions in the plan's `pathways` of this stage's pathways, in plan order.
        public var pathwayIndices: [Int] = []
        /// The plan's lists, shared (not copied) by every stage.
        let planActions: [Plan.Action]
        let planResources: [Plan.Resource]
        var planPathways: [Plan.Pathway] = []
        var planStakeholders: [Plan.Stakeholder] = []

        /// Sector id -> ids of the stakeholders that list the stage under
        /// `stages:` but bring that sector to no work there: offered, not
        /// present, and meeting no need. In plan order.
        public var offered: [String: [String]] {
            var out: [String: [String]] = [:]
            for i in offeredIndices {
                if let sector = planStakeholders[i].sector?.value {
                    out[sector, default: []].append(planStakeholders[i].id.value)
                }
            }
            return out
        }

        public var actions: [Plan.Action] { actionIndices.map { planActions[$0] } }
        public var resources: [Plan.Resource] { resourceIndices.map { planResources[$0] } }
        public var pathways: [Plan.Pathway] { pathwayIndices.map { planPathways[$0] } }
        public var missingActions: Int { max(0, stage.needs.actions - actionIndices.count) }
        public var missingResources: Int { max(0, (stage.needs.resources?.count ?? 0) - neededResources) }
        public var missingPathways: Int { max(0, stage.needs.pathways - pathwayIndices.count) }
        public var isCovered: Bool {
            missingSectors.isEmpty && missingActions == 0 && missingResources == 0 && missingPathways == 0
        }
    }

    /// A sector need of a stage that the plan does not meet.
    public struct UnmetSectorNeed: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// One named sector is absent.
            case sector
            /// None of several sectors is present; any one would do.
            case anyOf = "any-of"
            /// `count` more sectors are needed from `sectors` (the absent options).
            case moreOf = "more-of"
        }

        public var kind: Kind
        /// The sectors that would meet the need, in model order.
        public var sectors: [String]
        /// How many of `sectors` are still needed.
        public var count: Int
    }

    public var stages: [StageCoverage]
    /// Audiences of the model served by no action or resource, in model order.
    public var unservedAudiences: [String]
    /// Leadership seats per sector.
    public var leadershipSectors: [String: Int]
    /// Role id -> member ids holding it.
    public var leadershipRoles: [String: [String]]

    /// Strings are turned into positions once: stages and audiences are
    /// found by position in the model (a handful of ids compared, no
    /// hashing), organisations and sectors are numbered, and each stage
    /// collects numbers. On a 10 MB plan, hashing the same ids again per
    /// stage cost more than decoding half the plan.
    public init(plan: Plan, model: FrameworkModel) {
        self.init(plan: plan, model: model, ids: IdIndex(plan))
    }

    /// With the plan's id index, which already maps every id to its first
    /// definition: who an id names is looked up there, and filed by that
    /// definition's position, not in tables of ids of its own (on a 10 MB
    /// plan of one-line entries, those tables were 6 MB of the peak).
    init(plan: Plan, model: FrameworkModel, ids: IdIndex) {
        let stageIDs = model.stages.map(\.id)
        let audienceIDs = model.audiences.map(\.id)
        let stageCount = stageIDs.count
        // By index: `for s in plan.stakeholders` copies each whole entry.
        let stakeholders = plan.stakeholders
        let resources = plan.resources
        let actions = plan.actions
        let pathways = plan.pathways
        let members = plan.leadership?.members ?? []
        let positions = ids.firstPosition

        // Who can be present: per id (by the position of its first
        // definition), its organisation and sector as one number
        // (organisation << 32 | sector), or `Self.none` for a placeholder
        // or an entry without a sector. Stakeholders first: an id names the
        // first of them. A stakeholder is its own organisation (numbered in
        // plan order); a seat takes its organization's number.
        var organizationIDs: [String] = []
        var sectorIDs: [String] = []
        var sectorOf: [String: Int] = [:]
        var providerAt = [Int](repeating: Self.unfiled, count: ids.definitions.count)
        organizationIDs.reserveCapacity(stakeholders.count + members.count)
        func sectorNumber(_ sector: String) -> Int {
            if let n = sectorOf[sector] { return n }
            sectorIDs.append(sector)
            sectorOf[sector] = sectorIDs.count - 1
            return sectorIDs.count - 1
        }
        /// Files an id's provider by the position of its first definition;
        /// the first of an id wins (false for a later one).
        func file(at: Int?, _ provider: Int) -> Bool {
            guard let at, providerAt[at] == Self.unfiled else { return false }
            providerAt[at] = provider
            return true
        }
        /// The provider an id names, if any.
        func provider(_ id: String) -> Int? {
            guard let at = positions[id], providerAt[at] >= 0 else { return nil }
            return providerAt[at]
        }
        var stakeholderProvider = [Int](repeating: Self.none, count: stakeholders.count)
        for i in stakeholders.indices {
            let organization = organizationIDs.count
            organizationIDs.append(stakeholders[i].id.value)
            var provider = Self.none
            if !stakeholders[i].isPlaceholder, let sector = stakeholders[i].sector?.value {
                provider = organization << 32 | sectorNumber(sector)
            }
            if file(at: ids.firstPosition(ofStakeholder: i), provider) { stakeholderProvider[i] = provider }
        }
        var seatOrganizations: [String: Int] = [:]
        for m in members {
            guard !m.isPlaceholder, let sector = m.sector?.value else {
                _ = file(at: positions[m.id.value], Self.none)
                continue
            }
            let key = m.organization?.value ?? m.id.value
            let organization: Int
            if let p = provider(key) {
                organization = p >> 32
            } else if let n = seatOrganizations[key] {
                organization = n
            } else {
                organization = organizationIDs.count
                organizationIDs.append(key)
                seatOrganizations[key] = organization
            }
            _ = file(at: positions[m.id.value], organization << 32 | sectorNumber(sector))
        }

        var stageSectors = [[String: [String]]](repeating: [:], count: stageCount)
        var seen = [Set<Int>](repeating: [], count: stageCount)
        func present(_ stage: Int, _ who: String) {
            guard let p = provider(who), seen[stage].insert(p).inserted else { return }
            stageSectors[stage][sectorIDs[p & 0xFFFF_FFFF], default: []].append(organizationIDs[p >> 32])
        }
        var stageAudiences = [AudienceSet](repeating: AudienceSet(), count: stageCount)
        var served = AudienceSet()

        // Each entry's audiences are read once, here; a stage then merges
        // the sets of its actions and resources. Reading them again per
        // stage walked the plan's large entries and cost a third of the
        // whole matrix.
        var stageActions = [[Int]](repeating: [], count: stageCount)
        var actionAudiences: [AudienceSet] = []
        actionAudiences.reserveCapacity(actions.count)
        for i in actions.indices {
            guard !actions[i].isPlaceholder else {
                actionAudiences.append(AudienceSet())
                continue
            }
            let audiences = AudienceSet(actions[i].audiences, in: audienceIDs)
            served.formUnion(audiences)
            actionAudiences.append(audiences)
            guard let value = actions[i].stage?.value, let st = Self.position(of: value, in: stageIDs) else { continue }
            stageActions[st].append(i)
        }

        // A resource counts once per stage, by id (the first of a
        // duplicated id stands for all of them).
        // By the position of the id's first definition, like providers.
        var resourceAt = [Int](repeating: Self.none, count: ids.definitions.count)
        for i in resources.indices {
            let at = ids.firstPosition(ofResource: i)
            if resourceAt[at] == Self.none { resourceAt[at] = i }
        }
        func resourceIndex(_ id: String) -> Int? {
            guard let at = positions[id], resourceAt[at] != Self.none else { return nil }
            return resourceAt[at]
        }
        var stageResources = [[Int]](repeating: [], count: stageCount)
        var resourcePlaced = [Set<Int>](repeating: [], count: stageCount)
        var resourceAudiences: [AudienceSet] = []
        resourceAudiences.reserveCapacity(resources.count)
        var placeholderResources = Set<Int>()
        for i in resources.indices {
            guard !resources[i].isPlaceholder else {
                placeholderResources.insert(i)
                resourceAudiences.append(AudienceSet())
                continue
            }
            let audiences = AudienceSet(resources[i].audiences, in: audienceIDs)
            served.formUnion(audiences)
            resourceAudiences.append(audiences)
            let key = resourceAt[ids.firstPosition(ofResource: i)]
            guard !resources[i].stages.isEmpty, key != Self.none else { continue }
            for stage in resources[i].stages {
                if let st = Self.position(of: stage.value, in: stageIDs), resourcePlaced[st].insert(key).inserted {
                    stageResources[st].append(i)
                }
            }
        }
        var stagePathways = [[Int]](repeating: [], count: stageCount)
        for i in pathways.indices where !pathways[i].isPlaceholder {
            guard let value = pathways[i].stage?.value, let st = Self.position(of: value, in: stageIDs) else {
                continue
            }
            stagePathways[st].append(i)
        }

        for st in 0..<stageCount {
            for i in stageActions[st] {
                if let lead = actions[i].lead { present(st, lead.value) }
                for who in actions[i].partners { present(st, who.value) }
                for ref in actions[i].resources {
                    if let r = resourceIndex(ref.value), !placeholderResources.contains(r),
                        resourcePlaced[st].insert(r).inserted
                    {
                        stageResources[st].append(r)
                    }
                }
                stageAudiences[st].formUnion(actionAudiences[i])
            }
            for r in stageResources[st] {
                if let provider = resources[r].provider { present(st, provider.value) }
                stageAudiences[st].formUnion(resourceAudiences[r])
            }
            for p in stagePathways[st] {
                if let intake = pathways[p].intake { present(st, intake.value) }
                for who in pathways[p].team { present(st, who.value) }
            }
        }
        unservedAudiences = audienceIDs.indices.filter { !served.contains($0) }.map { audienceIDs[$0] }

        // What stakeholders offer: their own `stages:`, where that is not
        // already presence through work. Kept as positions: the words are
        // made only when asked for (`gaps`), not for every lint.
        var stageOffered = [[Int]](repeating: [], count: stageCount)
        for i in stakeholders.indices {
            let p = stakeholderProvider[i]
            guard p != Self.none else { continue }
            for stage in stakeholders[i].stages {
                guard let st = Self.position(of: stage.value, in: stageIDs), !seen[st].contains(p),
                    stageOffered[st].last != i
                else { continue }
                stageOffered[st].append(i)
            }
        }

        stages = model.stages.enumerated().map { st, stage in
            let sectors = stageSectors[st]
            var missing: [String] = []
            var unmet: [UnmetSectorNeed] = []
            for need in stage.needs.sectors {
                switch need {
                case .sector(let s):
                    if sectors[s] == nil {
                        missing.append(s)
                        unmet.append(UnmetSectorNeed(kind: .sector, sectors: [s], count: 1))
                    }
                case .anyOf(let options):
                    if !options.contains(where: { sectors[$0] != nil }) {
                        missing.append("one of " + options.joined(separator: " / "))
                        unmet.append(UnmetSectorNeed(kind: .anyOf, sectors: options, count: 1))
                    }
                }
            }
            if let m = stage.needs.minSectorsFrom {
                let have = m.of.filter { sectors[$0] != nil }.count
                if have < m.count {
                    let absent = m.of.filter { sectors[$0] == nil }
                    missing.append("\(m.count - have) more of " + absent.joined(separator: " / "))
                    unmet.append(UnmetSectorNeed(kind: .moreOf, sectors: absent, count: m.count - have))
                }
            }
            let kinds = stage.needs.resources?.kinds
            var needed = 0
            var kindCounts: [(kind: String, count: Int)] = []
            for r in stageResources[st] {
                let kind = resources[r].kind?.value
                if kinds == nil || kind.map({ kinds!.contains($0) }) == true { needed += 1 }
                // Counted by the word plans write; "unknown" for a kind that was not given.
                let name = kind?.rawValue ?? "unknown"
                if let k = kindCounts.firstIndex(where: { $0.kind == name }) {
                    kindCounts[k].count += 1
                } else {
                    kindCounts.append((name, 1))
                }
            }
            return StageCoverage(
                stage: stage, sectors: sectors, offeredIndices: stageOffered[st], missingSectors: missing,
                actionIndices: stageActions[st], resourceIndices: stageResources[st], neededResources: needed,
                resourcesByKind: Dictionary(uniqueKeysWithValues: kindCounts.map { ($0.kind, $0.count) }),
                audiences: stageAudiences[st].ids(audienceIDs), unmetNeeds: unmet, pathwayIndices: stagePathways[st],
                planActions: actions, planResources: resources, planPathways: pathways, planStakeholders: stakeholders)
        }

        var seats: [String: Int] = [:]
        var roles: [String: [String]] = [:]
        for m in members {
            if let s = m.sector?.value { seats[s, default: 0] += 1 }
            for r in m.roles { roles[r.value, default: []].append(m.id.value) }
        }
        leadershipSectors = seats
        leadershipRoles = roles
    }

    /// In `providerAt`: no definition of the id filed yet.
    private static let unfiled = -2
    /// Filed, and no provider (a placeholder, no sector, not a stakeholder);
    /// in `resourceAt` and `stakeholderProvider`: none.
    private static let none = -1

    /// A model's stages and audiences are a handful: comparing is cheaper
    /// than hashing.
    static func position(of id: String, in ids: [String]) -> Int? {
        ids.firstIndex(of: id)
    }
}

/// Audiences as positions in the model's list, the first 64 as bits (a
/// model names a handful); an id the model lacks (a plan checked without
/// its model) is kept by name.
private struct AudienceSet {
    var bits: UInt64 = 0
    var positions = Set<Int>()
    var others = Set<String>()

    init() {}

    init(_ audiences: LocatedStrings, in model: [String]) {
        for audience in audiences { insert(audience.value, in: model) }
    }

    mutating func insert(_ id: String, in model: [String]) {
        guard let p = CoverageMatrix.position(of: id, in: model) else {
            others.insert(id)
            return
        }
        if p < 64 { bits |= 1 << UInt64(p) } else { positions.insert(p) }
    }

    mutating func formUnion(_ other: AudienceSet) {
        bits |= other.bits
        if !other.positions.isEmpty { positions.formUnion(other.positions) }
        if !other.others.isEmpty { others.formUnion(other.others) }
    }

    func contains(_ position: Int) -> Bool {
        position < 64 ? bits & (1 << UInt64(position)) != 0 : positions.contains(position)
    }

    func ids(_ model: [String]) -> Set<String> {
        others.union(model.indices.filter(contains).map { model[$0] })
    }
}
