import PFPlanLoader

/// Where a plan stands on a date: actions by status per stage and per
/// pillar, the actions that are overdue, and each indicator against its
/// target. A value computed once from a decoded plan, so `pfplan status`
/// and the plan document show the same figures.
public struct ProgressReport: Sendable, Equatable {
    public var file: String
    public var city: String?
    public var title: String?
    public var asOf: CalendarDate
    /// Every action of the plan.
    public var total: Tally
    /// One group per stage of the model, in the model's order (stages with
    /// no actions too: a gap is progress information), then any stage the
    /// plan names that the model lacks.
    public var stages: [Group]
    /// One group per pillar, in the plan's order, then `nil`-id group of the
    /// actions with no strategy or a strategy under no pillar (only when the
    /// plan has pillars and such actions exist). Empty when the plan has no
    /// pillars.
    public var pillars: [Group]
    /// Due before `asOf` and neither done nor dropped, most overdue first.
    public var overdue: [OverdueAction]
    /// Every indicator of every action, in plan order.
    public var indicators: [IndicatorProgress]

    /// Counts of actions by status, with the statuses in the format's order.
    public struct Tally: Sendable, Equatable {
        /// Status -> number of actions; every status is present.
        public var byStatus: [ActionStatus: Int]
        public var actions: Int
        public var overdue: Int
        public var indicators: Int
        /// Indicators with an actual figure.
        public var measured: Int
        /// Indicators whose share reached is 1 or more.
        public var met: Int

        public init() {
            byStatus = Dictionary(uniqueKeysWithValues: ActionStatus.allCases.map { ($0, 0) })
            actions = 0
            overdue = 0
            indicators = 0
            measured = 0
            met = 0
        }

        /// The counts in the format's status order, for tables.
        public var ordered: [(status: ActionStatus, count: Int)] {
            ActionStatus.allCases.map { ($0, byStatus[$0] ?? 0) }
        }
    }

    public struct Group: Sendable, Equatable {
        /// The stage or pillar id; nil for the actions under no pillar.
        public var id: String?
        public var title: String
        public var tally: Tally
    }

    public struct OverdueAction: Sendable, Equatable {
        public var id: String
        public var title: String
        public var stage: String?
        public var pillar: String?
        public var lead: String?
        /// As written; an action with no status counts as planned.
        public var status: ActionStatus
        public var due: CalendarDate
        public var daysOverdue: Int
    }

    public struct IndicatorProgress: Sendable, Equatable {
        public var id: String
        public var name: String
        public var action: String
        public var actionStatus: ActionStatus
        public var stage: String?
        public var pillar: String?
        public var unit: String?
        public var baseline: Double?
        public var target: Double?
        public var actual: Double?
        /// (actual - baseline) / (target - baseline), with a missing baseline
        /// read as 0; nil when `share` cannot be computed (see `unmeasured`).
        /// Not capped: 1.25 means a quarter beyond the target, a negative
        /// share means worse than the baseline.
        public var share: Double?
        /// Why there is no share, when there is none.
        public var unmeasured: Unmeasured?
    }

    public enum Unmeasured: String, Sendable, Equatable {
        /// No target: nothing to measure against.
        case noTarget = "no-target"
        /// No actual figure yet.
        case noActual = "no-actual"
        /// The target equals the baseline: the share would divide by zero.
        case targetIsBaseline = "target-is-baseline"
    }

    /// The share reached, guarded: see `IndicatorProgress.share`.
    public static func share(baseline: Double?, target: Double?, actual: Double?) -> (Double?, Unmeasured?) {
        guard let target else { return (nil, .noTarget) }
        guard let actual else { return (nil, .noActual) }
        let start = baseline ?? 0
        guard target != start else { return (nil, .targetIsBaseline) }
        return ((actual - start) / (target - start), nil)
    }

    public init(plan: Plan, model: FrameworkModel?, asOf: CalendarDate) {
        file = plan.file
        city = plan.city.name?.value
        title = plan.framework.title?.value
        self.asOf = asOf

        var pillarOfStrategy: [String: String] = [:]
        for p in plan.framework.pillars {
            for s in p.strategies where pillarOfStrategy[s.id.value] == nil {
                pillarOfStrategy[s.id.value] = p.id.value
            }
        }
        let hasPillars = !plan.framework.pillars.isEmpty

        var total = Tally()
        var stageTallies: [String: Tally] = [:]
        var pillarTallies: [String: Tally] = [:]
        var noPillar = Tally()
        var unknownStages: [String] = []
        var overdue: [OverdueAction] = []
        var indicators: [IndicatorProgress] = []
        let modelStages = Set(model?.stages.map(\.id) ?? [])

        for a in plan.actions {
            let status = a.status?.value ?? .planned
            let stage = a.stage?.value
            let pillar = a.strategy.flatMap { pillarOfStrategy[$0.value] }
            var late: OverdueAction?
            if a.isOpen, let due = a.due, due.value < asOf {
                late = OverdueAction(
                    id: a.id.value, title: a.title.value, stage: stage, pillar: pillar, lead: a.lead?.value,
                    status: status,
                    due: due.value, daysOverdue: asOf.daysSinceEpoch - due.value.daysSinceEpoch)
                overdue.append(late!)
            }
            var mine: [IndicatorProgress] = []
            for i in a.indicators {
                let (share, why) = Self.share(baseline: i.baseline, target: i.target, actual: i.actual)
                mine.append(
                    IndicatorProgress(
                        id: i.id.value, name: i.name, action: a.id.value, actionStatus: status, stage: stage,
                        pillar: pillar,
                        unit: i.unit, baseline: i.baseline, target: i.target, actual: i.actual, share: share,
                        unmeasured: why))
            }
            indicators += mine

            func add(to tally: inout Tally) {
                tally.actions += 1
                tally.byStatus[status, default: 0] += 1
                if late != nil { tally.overdue += 1 }
                tally.indicators += mine.count
                tally.measured += mine.count(where: { $0.actual != nil })
                tally.met += mine.count(where: { ($0.share ?? 0) >= 1 })
            }
            add(to: &total)
            if let stage {
                add(to: &stageTallies[stage, default: Tally()])
                if !modelStages.contains(stage) && !unknownStages.contains(stage) { unknownStages.append(stage) }
            }
            if hasPillars {
                if let pillar { add(to: &pillarTallies[pillar, default: Tally()]) } else { add(to: &noPillar) }
            }
        }

        self.total = total
        stages =
            (model?.stages ?? []).map { Group(id: $0.id, title: $0.title, tally: stageTallies[$0.id] ?? Tally()) }
            + unknownStages.map { Group(id: $0, title: $0, tally: stageTallies[$0] ?? Tally()) }
        pillars = plan.framework.pillars.map {
            Group(id: $0.id.value, title: $0.title, tally: pillarTallies[$0.id.value] ?? Tally())
        }
        if hasPillars && noPillar.actions > 0 { pillars.append(Group(id: nil, title: "", tally: noPillar)) }
        // Most overdue first; ties in plan order (the sort is stable).
        self.overdue = overdue.enumerated().sorted {
            ($0.element.daysOverdue, -$0.offset) > ($1.element.daysOverdue, -$1.offset)
        }.map(\.element)
        self.indicators = indicators
    }
}
