import PFPlanLoader

/// A value with the place it was written, so any rule can point at it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange
    /// Where inside the plan: `actions[3].lead`.
    public var path: PlanPath

    public init(_ value: Value, range: SourceRange, path: PlanPath) {
        self.value = value
        self.range = range
        self.path = path
    }
}

/// A place inside the plan (`actions[3].indicators[0].target`). Built as a
/// shared chain and spelled out only when a finding is reported, because
/// most values never need their path written.
///
/// The last step is kept inline: a leaf value's path (`.lead` of an action)
/// then costs no allocation; only a container seals its own path into the
/// chain, once, before its children derive theirs from it.
public struct PlanPath: Sendable, CustomStringConvertible {
    final class Link: Sendable {
        let parent: Link?
        let component: Component
        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private let link: Link?
    private let last: Component?

    public static let root = PlanPath(link: nil, last: nil)

    private init(link: Link?, last: Component?) {
        self.link = link
        self.last = last
    }

    /// The same path with its last step moved into the shared chain, so that
    /// many children can extend it without each allocating that step.
    public func sealed() -> PlanPath {
        guard let last else { return self }
        return PlanPath(link: Link(parent: link, component: last), last: nil)
    }

    public func key(_ key: String) -> PlanPath { PlanPath(link: sealed().link, last: .key(key)) }
    public func index(_ index: Int) -> PlanPath { PlanPath(link: sealed().link, last: .index(index)) }

    /// The same path in links of its own (see `ObjectSpec.replica`): the
    /// path of a long list is the parent of every entry's path, which each
    /// core extends for every entry it decodes.
    func replica() -> PlanPath {
        var parts: [Component] = []
        var current = link
        while let c = current {
            parts.append(c.component)
            current = c.parent
        }
        var copy: Link?
        for part in parts.reversed() { copy = Link(parent: copy, component: part) }
        return PlanPath(link: copy, last: last)
    }

    public var description: String {
        var parts: [Component] = []
        if let last { parts.append(last) }
        var current = link
        while let c = current {
            parts.append(c.component)
            current = c.parent
        }
        var out = ""
        for part in parts.reversed() {
            switch part {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}

/// A calendar date as plans write it (`2025-06-30`), comparable without
/// time zones getting in the way.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, checking that the day exists (no 2025-02-30).
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (for timelines and durations).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
