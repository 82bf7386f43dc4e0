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
        public var actions: [Plan.Action]
        /// Resources at this stage (listing it, or used by one of its actions).
        public var resources: [Plan.Resource]
        /// Of those, the ones of the kinds the stage needs.
        public var neededResources: Int
        public var resourcesByKind: [String: Int]
        public var audiences: Set<String>
        /// The same needs as `missingSectors`, as data: what `pfplan gaps`
        /// and the heat map mark per sector, in the model's order of needs.
        public var unmetNeeds: [UnmetSectorNeed] = []

        public var missingActions: Int { max(0, stage.needs.actions - actions.count) }
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

    public init(plan: Plan, model: FrameworkModel, ids: IdIndex) {
        var sectorOf: [String: String] = [:]
        for s in plan.stakeholders { if let sector = s.sector?.value, sectorOf[s.id.value] == nil { sectorOf[s.id.value] = sector } }
        for m in plan.leadership?.members ?? [] { if let sector = m.sector?.value, sectorOf[m.id.value] == nil { sectorOf[m.id.value] = sector } }

        var served = Set<String>()
        for a in plan.actions { a.audiences.forEach { served.insert($0.value) } }
        for r in plan.resources { r.audiences.forEach { served.insert($0.value) } }
        unservedAudiences = model.audiences.map(\.id).filter { !served.contains($0) }

        // One pass files actions and resources under their stages; the
        // stages then read only their own (a large plan has thousands).
        var actionsByStage: [String: [Int]] = [:]
        for (i, a) in plan.actions.enumerated() {
            if let stage = a.stage?.value { actionsByStage[stage, default: []].append(i) }
        }
        var resourcesByStage: [String: [Int]] = [:]
        for (i, r) in plan.resources.enumerated() {
            for stage in r.stages { resourcesByStage[stage.value, default: []].append(i) }
        }
        var stakeholdersByStage: [String: [Int]] = [:]
        for (i, s) in plan.stakeholders.enumerated() {
            for stage in s.stages { stakeholdersByStage[stage.value, default: []].append(i) }
        }
        let resourceIndexByID = Dictionary(plan.resources.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { a, _ in a })

        stages = model.stages.map { stage in
            var sectors: [String: [String]] = [:]
            var seen = Set<Provider>()
            func present(_ sector: String, _ who: String) {
                if seen.insert(Provider(sector: sector, who: who)).inserted { sectors[sector, default: []].append(who) }
            }
            var lastStakeholder = -1
            for i in stakeholdersByStage[stage.id] ?? [] where i != lastStakeholder {
                lastStakeholder = i
                if let sector = plan.stakeholders[i].sector?.value { present(sector, plan.stakeholders[i].id.value) }
            }
            let actionIndices = actionsByStage[stage.id] ?? []
            let actions = actionIndices.map { plan.actions[$0] }
            var resourceIndices: [Int] = []
            var resourceIDs = Set<String>()
            for i in resourcesByStage[stage.id] ?? [] where resourceIDs.insert(plan.resources[i].id.value).inserted {
                resourceIndices.append(i)
            }
            var audiences = Set<String>()
            for i in actionIndices {
                let a = plan.actions[i]
                if let lead = a.lead, let sector = sectorOf[lead.value] { present(sector, lead.value) }
                for who in a.partners {
                    if let sector = sectorOf[who.value] { present(sector, who.value) }
                }
                for ref in a.resources {
                    if let r = resourceIndexByID[ref.value], resourceIDs.insert(plan.resources[r].id.value).inserted {
                        resourceIndices.append(r)
                    }
                }
                for audience in a.audiences { audiences.insert(audience.value) }
            }
            let resources = resourceIndices.map { plan.resources[$0] }
            resources.forEach { r in r.audiences.forEach { audiences.insert($0.value) } }
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
            let needed = resources.filter { r in kinds == nil || kinds!.contains(r.kind?.value ?? "") }.count
            var byKind: [String: Int] = [:]
            for r in resources { byKind[r.kind?.value ?? "unknown", default: 0] += 1 }
            return StageCoverage(
                stage: stage, sectors: sectors, missingSectors: missing, actions: actions, resources: resources,
                neededResources: needed, resourcesByKind: byKind, audiences: audiences, unmetNeeds: unmet)
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
}

/// A sector brought to a stage by someone, counted once.
private struct Provider: Hashable {
    var sector: String
    var who: String
}
