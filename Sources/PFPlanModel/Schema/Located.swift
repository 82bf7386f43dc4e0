import PFPlanLoader
import PFPlanSupport

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

/// A place inside the plan (`actions[3].indicators[0].target`), spelled
/// out only when a finding is reported: most values never need theirs.
///
/// A plain value, with no reference to count: every value of a plan carries
/// its path, and decoding and checking a 10 MB plan copied paths millions
/// of times. The steps from the root are numbers: a list index as itself,
/// a key as its number in `keys`. They are packed as bits into 16 bytes
/// (`PackedSteps`), which hold every path a plan has; a path that does not
/// fit (more steps, a list index past 2^23, a key numbered past 511) keeps
/// its steps as one numbered prefix and goes on from there.
public struct PlanPath: Sendable, CustomStringConvertible {
    /// Steps as `UInt32`s, in `prefixes` and while spelling: a list index
    /// as itself, a key as `keyStep | number`, a prefix as `prefixStep | number`.
    private static let keyStep: UInt32 = 0x8000_0000
    private static let prefixStep: UInt32 = 0xC000_0000
    private static let numberMask: UInt32 = 0x3FFF_FFFF

    private var steps = PackedSteps()

    /// The keys of every path, numbered: the format's few dozen. A key not
    /// in the format is spelled (`spelled(appendingKey:)`), not numbered,
    /// so that a file of a million unknown keys does not grow the table.
    static let keys = InternTable<String>()
    /// The steps of paths that did not fit, each as one step.
    private static let prefixes = InternTable<[UInt32]>()

    public static let root = PlanPath()

    private init() {}

    public var isRoot: Bool { steps.isEmpty }

    public func key(_ key: String) -> PlanPath { self.key(number: Self.keys.number(key)) }

    /// A key already numbered in `keys` (an `ObjectSpec` numbers its keys once).
    func key(number: UInt32) -> PlanPath {
        precondition(number <= Self.numberMask, "too many distinct keys")
        return appending(Self.keyStep | number)
    }

    public func index(_ index: Int) -> PlanPath {
        precondition(index >= 0 && index < Int(Self.keyStep), "a list index out of range")
        return appending(UInt32(index))
    }

    private func appending(_ step: UInt32) -> PlanPath {
        var path = self
        if path.steps.append(step) { return path }
        // Too long or too large to pack: every step so far and this one
        // become one numbered prefix, which always fits an empty path.
        let prefix = Self.prefixes.number(stepList + [step])
        precondition(prefix < Self.numberMask, "too many deep paths")
        path.steps = PackedSteps()
        let packed = path.steps.append(Self.prefixStep | prefix)
        assert(packed)
        return path
    }

    private var stepList: [UInt32] { steps.list }

    public var description: String {
        var out = ""
        Self.spell(stepList, into: &out)
        return out
    }

    /// The spelling of `key(key)`, without numbering `key`.
    public func spelled(appendingKey key: String) -> String {
        var out = description
        Self.spell(key: key, into: &out)
        return out
    }

    /// A key after what is spelled so far: `lead`, or `actions[3].lead`.
    private static func spell(key: String, into out: inout String) {
        out += out.isEmpty ? key : ".\(key)"
    }

    private static func spell(_ steps: [UInt32], into out: inout String) {
        for step in steps {
            switch step & prefixStep {
            case prefixStep:
                spell(prefixes.value(step & numberMask), into: &out)
            case keyStep:
                spell(key: keys.value(step & numberMask), into: &out)
            default:
                out += "[\(step)]"
            }
        }
    }

    /// Path steps as bits in two words, first step lowest: the low 7 bits
    /// count the bits in use, then each step with its tag. A list index is
    /// `0` and 23 bits (24 in all), a key `01` and 9 bits (11), a prefix
    /// `11` and 30 bits (32); 121 bits hold, say,
    /// `framework.objectives[3].indicators[0].target` (92).
    struct PackedSteps: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        static let lengthBits = 7
        static let room = 128 - lengthBits
        static let indexBits = 23, keyBits = 9, prefixBits = 30

        var isEmpty: Bool { low & 0x7F == 0 }
        private var used: Int { Int(low & 0x7F) }

        private var bits: UInt128 {
            get { UInt128(high) << 64 | UInt128(low) }
            set {
                low = UInt64(truncatingIfNeeded: newValue)
                high = UInt64(truncatingIfNeeded: newValue >> 64)
            }
        }

        /// Appends a step (in `PlanPath`'s `UInt32` form); false, and
        /// nothing changed, when it does not fit.
        mutating func append(_ step: UInt32) -> Bool {
            let code: UInt64
            let width: Int
            switch step & PlanPath.prefixStep {
            case PlanPath.prefixStep:
                let n = UInt64(step & PlanPath.numberMask)
                guard n < 1 << Self.prefixBits else { return false }
                (code, width) = (0b11 | n << 2, 2 + Self.prefixBits)
            case PlanPath.keyStep:
                let n = UInt64(step & PlanPath.numberMask)
                guard n < 1 << Self.keyBits else { return false }
                (code, width) = (0b01 | n << 2, 2 + Self.keyBits)
            default:
                let n = UInt64(step)
                guard n < 1 << Self.indexBits else { return false }
                (code, width) = (n << 1, 1 + Self.indexBits)
            }
            let at = used
            guard at + width <= Self.room else { return false }
            var all = bits
            all |= UInt128(code) << (Self.lengthBits + at)
            all = all & ~UInt128(0x7F) | UInt128(at + width)
            bits = all
            return true
        }

        /// The steps in `PlanPath`'s `UInt32` form.
        var list: [UInt32] {
            var out: [UInt32] = []
            var rest = bits >> Self.lengthBits
            var left = used
            func take(_ n: Int) -> UInt32 {
                let v = UInt32(truncatingIfNeeded: rest & ((1 << n) - 1))
                rest >>= n
                left -= n
                return v
            }
            while left > 0 {
                if take(1) == 0 {
                    out.append(take(Self.indexBits))
                } else if take(1) == 0 {
                    out.append(PlanPath.keyStep | take(Self.keyBits))
                } else {
                    out.append(PlanPath.prefixStep | take(Self.prefixBits))
                }
            }
            return out
        }
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
