import Dispatch

/// Frees large values on another thread. A 10 MB plan is a tree of a
/// million nodes and a plan of tens of thousands of values; freeing them
/// took an eighth of `pfplan lint`'s time on the only thread that does
/// the work. Handed here, they are freed beside the rules and the
/// reporter, and a process that exits first simply does not wait.
package enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "pfplan.background-release", qos: .utility)

    package static func release<Value: Sendable>(_ value: consuming Value) {
        let held = value
        Parallel.async(on: queue) { withExtendedLifetime(held) {} }
    }
}
