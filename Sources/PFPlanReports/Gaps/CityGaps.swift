import PFPlanLoader
import PFPlanModel
import PFPlanPublishing

/// One city's coverage in the shape `pfplan gaps` prints it: every list in
/// a fixed order (the model's, then the plan's), so the three formats and
/// the pictures agree and the output depends on nothing but the plan.
public struct CityGaps: Sendable {
    /// What one cell of the stages x sectors matrix says.
    public enum Cell: Sendable, Hashable {
        /// No one brings the sector, and the stage does not need it.
        case empty
        /// Brought by this many providers; the stage does not ask for it.
        case present(Int)
        /// Brought by this many providers, and the stage needs it.
        case neededPresent(Int)
        /// The stage needs it (alone, or as one option of an unmet need) and no one brings it.
        case neededMissing

        public var providers: Int {
            switch self {
            case .present(let n), .neededPresent(let n): n
            case .empty, .neededMissing: 0
            }
        }
    }

    public struct SectorPresence: Sendable, Hashable {
        public var sector: String
        /// Organisation ids (stakeholders, or a seat's organisation), in plan order.
        public var providers: [String]
    }

    public struct KindCount: Sendable, Hashable {
        public var kind: String
        public var count: Int
    }

    public struct Stage: Sendable {
        public var id: String
        public var title: String
        public var covered: Bool
        /// Sectors present through work, in model order.
        public var sectors: [SectorPresence]
        /// Sectors only offered (a stakeholder lists the stage, but does no
        /// work there), in model order: shown apart, meeting no need.
        public var offered: [SectorPresence] = []
        /// Unmet sector needs in words, as lint's `coverage/stage-missing-sector` names them.
        public var missingSectors: [String]
        public var unmetNeeds: [CoverageMatrix.UnmetSectorNeed]
        /// Every sector any need of the stage names.
        public var neededSectors: Set<String>
        public var actionIDs: [String]
        public var actionsNeeded: Int
        public var actionsShortfall: Int
        public var resourceIDs: [String]
        public var resourcesNeeded: Int
        /// The kinds that count towards `resourcesNeeded`; nil: any kind.
        public var resourceKindsNeeded: [String]?
        public var resourcesOfNeededKinds: Int
        public var resourcesShortfall: Int
        /// In the format's order of kinds.
        public var resourcesByKind: [KindCount]
        /// Audience ids, in model order.
        public var audiences: [String]
        /// Ids of the stage's referral pathways, in plan order.
        public var pathwayIDs: [String] = []
        public var pathwaysNeeded = 0
        public var pathwaysShortfall = 0

        public func cell(_ sector: String) -> Cell {
            let providers = sectors.first { $0.sector == sector }?.providers.count ?? 0
            let needed = neededSectors.contains(sector)
            if providers > 0 { return needed ? .neededPresent(providers) : .present(providers) }
            return unmetNeeds.contains { $0.sectors.contains(sector) } ? .neededMissing : .empty
        }
    }

    public struct Seat: Sendable, Hashable {
        public var memberID: String
        public var name: String?
        public var sector: String?
        public var roles: [String]
        public var isVacant: Bool { name == nil }
    }

    public struct RoleHolders: Sendable, Hashable {
        public var role: String
        public var members: [String]
        /// The model's minimum for the role, when it sets one.
        public var minimum: Int?
    }

    public struct Leadership: Sendable {
        public var name: String?
        public var seats: [Seat]
        /// Seats per sector, in model order.
        public var seatsBySector: [KindCount]
        /// Every role of the model, in model order, held or not, then any
        /// role the model lacks.
        public var roles: [RoleHolders]
        public var vacantSeats: [String] { seats.filter(\.isVacant).map(\.memberID) }
    }

    public var file: String
    public var city: String
    public var model: FrameworkModel?
    /// Errors of the rules that make coverage wrong (yaml, schema, include,
    /// refs): when there are any, nothing below is computed.
    public var blockingErrors: Int
    public var stages: [Stage]
    public var leadership: Leadership?
    /// Audience ids of the model that no action or resource serves.
    public var unservedAudiences: [String]

    public var isComputed: Bool { blockingErrors == 0 && model != nil }

    /// Rule groups whose errors mean the plan was not read as written, so
    /// a coverage computed from it would mislead.
    public static let blockingGroups: Set<Substring> = ["yaml", "schema", "include", "refs"]

    public static func blockingErrorCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.filter { !$0.isWaived && $0.severity == .error && blockingGroups.contains($0.rule.group) }
            .reduce(0) { $0 + $1.findingCount }
    }

    public init(result: LintResult) {
        let blocking = CityGaps.blockingErrorCount(result.diagnostics)
        guard let plan = result.plan, let model = result.model, blocking == 0 else {
            self.init(
                file: result.file, city: result.plan?.city.name?.value ?? result.file,
                model: result.model, blockingErrors: max(blocking, 1), stages: [], leadership: nil,
                unservedAudiences: [])
            return
        }
        self.init(plan: plan, model: model, coverage: result.coverage ?? CoverageMatrix(plan: plan, model: model))
    }

    public init(plan: Plan, model: FrameworkModel, coverage: CoverageMatrix) {
        let sectorOrder = model.sectors.map(\.id)
        let audienceOrder = model.audiences.map(\.id)
        let stages = coverage.stages.map { s in
            let needs = s.stage.needs
            var needed = Set(needs.sectors.flatMap(\.options))
            needs.minSectorsFrom?.of.forEach { needed.insert($0) }
            let kinds = ResourceKind.values + ["unknown"]
            return Stage(
                id: s.stage.id, title: s.stage.title, covered: s.isCovered,
                sectors: CityGaps.ordered(Array(s.sectors.keys), by: sectorOrder).map {
                    SectorPresence(sector: $0, providers: s.sectors[$0]!)
                },
                offered: CityGaps.ordered(Array(s.offered.keys), by: sectorOrder).map {
                    SectorPresence(sector: $0, providers: s.offered[$0]!)
                },
                missingSectors: s.missingSectors, unmetNeeds: s.unmetNeeds, neededSectors: needed,
                actionIDs: s.actions.map(\.id.value), actionsNeeded: needs.actions, actionsShortfall: s.missingActions,
                resourceIDs: s.resources.map(\.id.value), resourcesNeeded: needs.resources?.count ?? 0,
                resourceKindsNeeded: needs.resources?.kinds?.map(\.rawValue), resourcesOfNeededKinds: s.neededResources,
                resourcesShortfall: s.missingResources,
                resourcesByKind: CityGaps.ordered(Array(s.resourcesByKind.keys), by: kinds).map {
                    KindCount(kind: $0, count: s.resourcesByKind[$0]!)
                },
                audiences: CityGaps.ordered(Array(s.audiences), by: audienceOrder),
                pathwayIDs: s.pathways.map(\.id.value), pathwaysNeeded: needs.pathways,
                pathwaysShortfall: s.missingPathways)
        }
        var leadership: Leadership?
        if let l = plan.leadership {
            let seats = l.members.map {
                Seat(
                    memberID: $0.id.value, name: $0.name?.value, sector: $0.sector?.value, roles: $0.roles.map(\.value))
            }
            let roleIDs = CityGaps.ordered(
                Array(Set(model.roles.map(\.id)).union(coverage.leadershipRoles.keys)), by: model.roles.map(\.id))
            leadership = Leadership(
                name: l.name?.value, seats: seats,
                seatsBySector: CityGaps.ordered(Array(coverage.leadershipSectors.keys), by: sectorOrder)
                    .map { KindCount(kind: $0, count: coverage.leadershipSectors[$0]!) },
                roles: roleIDs.map {
                    RoleHolders(role: $0, members: coverage.leadershipRoles[$0] ?? [], minimum: model.role($0)?.min)
                })
        }
        self.init(
            file: plan.file, city: plan.city.name?.value ?? plan.file, model: model, blockingErrors: 0,
            stages: stages, leadership: leadership, unservedAudiences: coverage.unservedAudiences)
    }

    public init(
        file: String, city: String, model: FrameworkModel?, blockingErrors: Int, stages: [Stage],
        leadership: Leadership?,
        unservedAudiences: [String]
    ) {
        self.file = file
        self.city = city
        self.model = model
        self.blockingErrors = blockingErrors
        self.stages = stages
        self.leadership = leadership
        self.unservedAudiences = unservedAudiences
    }

    /// Ids in the order of a vocabulary; ids it lacks follow, sorted.
    static func ordered(_ ids: [String], by order: [String]) -> [String] {
        let present = Set(ids)
        let known = order.filter(present.contains)
        return known + present.subtracting(order).sorted()
    }

    // MARK: - Words

    /// A stage's unmet sector needs with the model's titles, in the
    /// locale's words ("one of Justice and courts / Law enforcement").
    public func unmetNeedsInWords(_ stage: Stage, _ l: Localization) -> [String] {
        stage.unmetNeeds.map { CityGaps.words(for: $0, model: model, l) }
    }

    /// The work a stage lists beside its sectors, each a row of `gaps`.
    public enum Work: CaseIterable, Sendable {
        case actions, resources, pathways

        /// The row's label in the locale.
        public var labelKey: String {
            switch self {
            case .actions: "gaps.actions"
            case .resources: "gaps.resources"
            case .pathways: "gaps.pathways"
            }
        }
    }

    /// The ids of a stage's actions, resources or pathways, in plan order.
    public func ids(_ work: Work, of stage: Stage) -> [String] {
        switch work {
        case .actions: stage.actionIDs
        case .resources: stage.resourceIDs
        case .pathways: stage.pathwayIDs
        }
    }

    /// What a stage still lacks of that work, in words ("2 more needed";
    /// for resources "1 more needed (service, hotline)", the kinds only
    /// when the model restricts them); nil when nothing is missing.
    public func shortfallInWords(_ work: Work, of stage: Stage, _ l: Localization) -> String? {
        switch work {
        case .actions:
            guard stage.actionsShortfall > 0 else { return nil }
            return l.string("gaps.actions-missing", ["count": l.number(stage.actionsShortfall)])
        case .resources:
            guard stage.resourcesShortfall > 0 else { return nil }
            var words = l.string("gaps.resources-missing", ["count": l.number(stage.resourcesShortfall)])
            if let kinds = stage.resourceKindsNeeded, !kinds.isEmpty {
                words += " (" + l.list(kinds.map { l.term("common.resource-kind", $0) }) + ")"
            }
            return words
        case .pathways:
            guard stage.pathwaysShortfall > 0 else { return nil }
            return l.string("gaps.pathways-missing", ["count": l.number(stage.pathwaysShortfall)])
        }
    }

    static func words(for need: CoverageMatrix.UnmetSectorNeed, model: FrameworkModel?, _ l: Localization) -> String {
        let titles = need.sectors.map { model?.title(ofSector: $0) ?? $0 }.joined(
            separator: l.string("common.need.separator"))
        switch need.kind {
        case .sector: return titles
        case .anyOf: return l.string("common.need.any-of", ["sectors": titles])
        case .moreOf: return l.string("common.need.more-of", ["count": l.number(need.count), "sectors": titles])
        }
    }

    func sectorTitle(_ id: String) -> String { model?.title(ofSector: id) ?? id }
    func roleTitle(_ id: String) -> String { model?.role(id)?.title ?? id }
    func audienceTitle(_ id: String) -> String { model?.audience(id)?.title ?? id }
}
