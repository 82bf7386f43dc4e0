import PFPlanModel

/// The counts a reader looks for first, worked out once per city for the
/// "at a glance" card, the budget section and the index, so all three say
/// the same. Made from the plan the document shows (placeholders removed).
struct PlanFigures: Sendable {
    /// An amount of money in one currency (nil: the plan named none).
    struct Money: Sendable, Equatable {
        var currency: String?
        var amount: Double
    }

    var stagesCovered: Int
    var stageCount: Int
    var done: Int
    var inProgress: Int
    /// Open (not done, not dropped) with a due date before the as-of date.
    var overdue: Int
    /// Indices of the open actions due next (on or after the as-of date),
    /// soonest first, at most three.
    var nextDue: [Int]
    /// Seats without a person: members with no name (or only a `TODO`),
    /// and seats a role of the model requires that no member holds.
    var vacantSeats: Int
    /// Budgets of the actions that are not dropped, per currency, in the
    /// order the currencies first appear.
    var budget: [Money]
    /// The part of `budget` whose action names a source of money that is
    /// more than applied for (awarded, committed, ended, or with no status).
    var funded: [Money]

    init(plan: Plan, model: FrameworkModel, coverage: CoverageMatrix, asOf: CalendarDate) {
        stageCount = coverage.stages.count
        stagesCovered = coverage.stages.count(where: \.isCovered)
        let actions = plan.actions
        var done = 0
        var inProgress = 0
        var overdue = 0
        var upcoming: [(CalendarDate, Int)] = []
        var budget: [Money] = []
        var funded: [Money] = []
        let securing = Dictionary(
            plan.funding.map { ($0.id.value, $0.status?.value != .applied) }, uniquingKeysWith: { a, _ in a })
        for i in actions.indices {
            let a = actions[i]
            switch a.status?.value {
            case .done: done += 1
            case .inProgress: inProgress += 1
            default: break
            }
            if a.isOpen, let due = a.due?.value {
                if due < asOf { overdue += 1 } else { upcoming.append((due, i)) }
            }
            guard a.status?.value != .dropped, let b = a.budget else { continue }
            Self.add(b, to: &budget)
            if a.funding.contains(where: { securing[$0.value] == true }) { Self.add(b, to: &funded) }
        }
        self.done = done
        self.inProgress = inProgress
        self.overdue = overdue
        // Stable: actions due the same day keep the plan's order.
        nextDue = upcoming.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.1)
        self.budget = budget
        self.funded = Self.aligned(funded, to: budget)
        vacantSeats = LeadershipSeats(plan: plan, model: model).vacant
    }

    /// The share of the budget that is funded, 0-1, when the plan has one
    /// currency and a budget above zero.
    var fundedShare: Double? {
        guard budget.count == 1, let total = budget.first?.amount, total > 0 else { return nil }
        return (funded.first?.amount ?? 0) / total
    }

    static func add(_ b: Plan.Budget, to totals: inout [Money]) {
        if let i = totals.firstIndex(where: { $0.currency == b.currency }) {
            totals[i].amount += b.amount
        } else {
            totals.append(Money(currency: b.currency, amount: b.amount))
        }
    }

    /// `part` in the currencies and order of `whole` (zero where it has none).
    static func aligned(_ part: [Money], to whole: [Money]) -> [Money] {
        whole.map { w in Money(currency: w.currency, amount: part.first { $0.currency == w.currency }?.amount ?? 0) }
    }
}

/// The seats of the leadership group as the chart draws them: every member
/// (a member with no name, or a `TODO` for one, is a vacant seat) and a
/// vacant seat for each place a role of the model requires and no member
/// holds. The chart and the counts read the same seats.
struct LeadershipSeats: Sendable {
    struct Seat: Sendable {
        /// Index into the plan's members; nil for a seat the model requires.
        var member: Int?
        var isVacant: Bool
    }

    /// The chair's seats (at least one: a vacant one when no member chairs).
    var chairs: [Seat] = []
    /// The other roles in the model's order (then roles the model lacks,
    /// sorted), each with its seats; roles with none are left out.
    var groups: [(role: String, seats: [Seat])] = []
    /// Members who hold no role.
    var roleless: [Seat] = []

    init(plan: Plan, model: FrameworkModel) {
        let members = plan.leadership?.members ?? []
        let roleOrder = model.roles.map(\.id)
        let chairRole = model.chairRole?.id
        func isVacant(_ m: Plan.Member) -> Bool { m.name == nil || m.isPlaceholder }
        /// A member sits once, under the first of their roles in the model's order.
        func mainRole(_ m: Plan.Member) -> String? {
            let held = Set(m.roles.map(\.value))
            return roleOrder.first(where: held.contains) ?? m.roles.first?.value
        }
        let main = members.map(mainRole)
        for (i, m) in members.enumerated() where chairRole != nil && main[i] == chairRole {
            chairs.append(Seat(member: i, isVacant: isVacant(m)))
        }
        if chairs.isEmpty { chairs = [Seat(member: nil, isVacant: true)] }
        let extra = Set(members.flatMap { $0.roles.map(\.value) }).subtracting(roleOrder).sorted()
        for role in roleOrder.filter({ $0 != chairRole }) + extra {
            var seats = members.indices.filter { main[$0] == role }.map {
                Seat(member: $0, isVacant: isVacant(members[$0]))
            }
            let holders = members.count { m in m.roles.contains { $0.value == role } }
            let required = model.role(role)?.min ?? 0
            for _ in 0..<max(0, required - holders) { seats.append(Seat(member: nil, isVacant: true)) }
            if !seats.isEmpty { groups.append((role, seats)) }
        }
        roleless = members.indices.filter { members[$0].roles.isEmpty }.map {
            Seat(member: $0, isVacant: isVacant(members[$0]))
        }
    }

    var all: [Seat] { chairs + groups.flatMap(\.seats) + roleless }
    var vacant: Int { all.count(where: \.isVacant) }
}
