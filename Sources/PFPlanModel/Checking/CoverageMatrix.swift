import PFPlanLoader

/// Coverage of the framework's stages by the plan: who is present at each
/// stage, what each stage still lacks, and whom the plan serves. Computed
/// once and shared by the coverage rules and `pfplan gaps`.
public struct CoverageMatrix: Sendable {
    public struct StageCoverage: Sendable {
        public var stage: FrameworkModel.Stage
        /// Sector id -> ids of the stakeholders and members that bring it, in plan order.
        public var sectors: [String: [String]]
        /// Needs not met, in words ("mental-health", "one of justice / law-enforcement").
        public var missingSectors: [String]
        /// Positions in the plan's `actions` of this stage's actions, in plan order.
        public var actionIndices: [Int]
        /// Positions in the plan's `resources` of the resources at this
        /// stage (listing it, or used by one of its actions).
        public var resourceIndices: [Int]
        /// Of those, the ones of the kinds the stage needs.
        public var neededResources: Int
        public var resourcesByKind: [String: Int]
        public var audiences: Set<String>
        /// The same needs as `missingSectors`, as data: what `pfplan gaps`
        /// and the heat map mark per sector, in the model's order of needs.
        public var unmetNeeds: [UnmetSectorNeed] = []
        /// The plan's lists, shared (not copied) by every stage.
        let planActions: [Plan.Action]
        let planResources: [Plan.Resource]

        public var actions: [Plan.Action] { actionIndices.map { planActions[$0] } }
        public var resources: [Plan.Resource] { resourceIndices.map { planResources[$0] } }
        public var missingActions: Int { max(0, stage.needs.actions - actionIndices.count) }
        public var missingResources: Int { max(0, (stage.needs.resources?.count ?? 0) - neededResources) }
        public var isCovered: Bool { missingSectors.isEmpty && missingActions == 0 && missingResources == 0 }
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
    /// hashing), providers are numbered, and each stage collects numbers.
    /// On a 10 MB plan, hashing the same ids again per stage cost more than
    /// decoding half the plan.
    public init(plan: Plan, model: FrameworkModel) {
        let stageIDs = model.stages.map(\.id)
        let audienceIDs = model.audiences.map(\.id)
        let stageCount = stageIDs.count

        // Providers: stakeholders, then members, numbered in that order; an
        // id names the first of them with a sector.
        var providerIDs: [String] = []
        var providerSectors: [String] = []
        /// Per provider: the first provider of its id, and its sector's
        /// number; together they say "this sector by this id" as `seen` needs.
        var providerKeys: [Int] = []
        var providerOf: [String: Int] = [:]
        var sectorNumbers: [String: Int] = [:]
        providerOf.reserveCapacity(plan.stakeholders.count + (plan.leadership?.members.count ?? 0))
        func addProvider(_ id: String, _ sector: String?) -> Int? {
            guard let sector else { return nil }
            let n = providerIDs.count
            providerIDs.append(id)
            providerSectors.append(sector)
            let first = providerOf[id] ?? n
            if first == n { providerOf[id] = n }
            let sectorNumber = sectorNumbers[sector] ?? sectorNumbers.count
            sectorNumbers[sector] = sectorNumber
            providerKeys.append(first << 32 | sectorNumber)
            return n
        }
        var stakeholderProvider: [Int?] = []
        stakeholderProvider.reserveCapacity(plan.stakeholders.count)
        // By index: `for s in plan.stakeholders` copies each whole entry.
        let stakeholders = plan.stakeholders, resources = plan.resources, actions = plan.actions
        for i in stakeholders.indices { stakeholderProvider.append(addProvider(stakeholders[i].id.value, stakeholders[i].sector?.value)) }
        for m in plan.leadership?.members ?? [] { _ = addProvider(m.id.value, m.sector?.value) }

        var stageSectors = [[String: [String]]](repeating: [:], count: stageCount)
        var seenProviders = [Set<Int>](repeating: [], count: stageCount)
        func present(_ stage: Int, _ provider: Int) {
            if seenProviders[stage].insert(providerKeys[provider]).inserted {
                stageSectors[stage][providerSectors[provider], default: []].append(providerIDs[provider])
            }
        }
        var stageAudiences = [AudienceSet](repeating: AudienceSet(), count: stageCount)
        var served = AudienceSet()

        for i in stakeholders.indices {
            guard let provider = stakeholderProvider[i] else { continue }
            for stage in stakeholders[i].stages {
                if let st = Self.position(of: stage.value, in: stageIDs) { present(st, provider) }
            }
        }

        // Each entry's audiences are read once, here; a stage then merges
        // the sets of its actions and resources. Reading them again per
        // stage walked the plan's large entries and cost a third of the
        // whole matrix.
        var stageActions = [[Int]](repeating: [], count: stageCount)
        var actionAudiences: [AudienceSet] = []
        actionAudiences.reserveCapacity(actions.count)
        for i in actions.indices {
            let audiences = AudienceSet(actions[i].audiences, in: audienceIDs)
            served.formUnion(audiences)
            actionAudiences.append(audiences)
            guard let value = actions[i].stage?.value, let st = Self.position(of: value, in: stageIDs) else { continue }
            stageActions[st].append(i)
        }

        // A resource counts once per stage, by id (the first of a
        // duplicated id stands for all of them).
        var resourceIndexByID: [String: Int] = [:]
        resourceIndexByID.reserveCapacity(plan.resources.count)
        for i in resources.indices where resourceIndexByID[resources[i].id.value] == nil { resourceIndexByID[resources[i].id.value] = i }
        var stageResources = [[Int]](repeating: [], count: stageCount)
        var resourcePlaced = [Set<Int>](repeating: [], count: stageCount)
        var resourceAudiences: [AudienceSet] = []
        resourceAudiences.reserveCapacity(resources.count)
        for i in resources.indices {
            let audiences = AudienceSet(resources[i].audiences, in: audienceIDs)
            served.formUnion(audiences)
            resourceAudiences.append(audiences)
            guard !resources[i].stages.isEmpty, let key = resourceIndexByID[resources[i].id.value] else { continue }
            for stage in resources[i].stages {
                if let st = Self.position(of: stage.value, in: stageIDs), resourcePlaced[st].insert(key).inserted {
                    stageResources[st].append(i)
                }
            }
        }
        for st in 0..<stageCount {
            for i in stageActions[st] {
                if let lead = actions[i].lead, let p = providerOf[lead.value] { present(st, p) }
                for who in actions[i].partners {
                    if let p = providerOf[who.value] { present(st, p) }
                }
                for ref in actions[i].resources {
                    if let r = resourceIndexByID[ref.value], resourcePlaced[st].insert(r).inserted { stageResources[st].append(r) }
                }
                stageAudiences[st].formUnion(actionAudiences[i])
            }
            for r in stageResources[st] { stageAudiences[st].formUnion(resourceAudiences[r]) }
        }
        unservedAudiences = audienceIDs.indices.filter { !served.contains($0) }.map { audienceIDs[$0] }

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
                let kind = plan.resources[r].kind?.value
                if kinds == nil || kind.map({ kinds!.contains($0) }) == true { needed += 1 }
                // Counted by the word plans write; "unknown" for a kind that was not given.
                let name = kind?.rawValue ?? "unknown"
                if let k = kindCounts.firstIndex(where: { $0.kind == name }) { kindCounts[k].count += 1 } else { kindCounts.append((name, 1)) }
            }
            return StageCoverage(
                stage: stage, sectors: sectors, missingSectors: missing, actionIndices: stageActions[st],
                resourceIndices: stageResources[st], neededResources: needed,
                resourcesByKind: Dictionary(uniqueKeysWithValues: kindCounts.map { ($0.kind, $0.count) }),
                audiences: stageAudiences[st].ids(audienceIDs), unmetNeeds: unmet,
                planActions: plan.actions, planResources: plan.resources)
        }

        var seats: [String: Int] = [:]
        var roles: [String: [String]] = [:]
        for m in plan.leadership?.members ?? [] {
            if let s = m.sector?.value { seats[s, default: 0] += 1 }
            for r in m.roles { roles[r.value, default: []].append(m.id.value) }
        }
        leadershipSectors = seats
        leadershipRoles = roles
    }

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

    init(_ audiences: [Located<String>], in model: [String]) {
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
