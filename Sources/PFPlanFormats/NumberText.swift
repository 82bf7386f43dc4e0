/// Numbers as text without Foundation, the same on every platform.
package enum NumberText {
    /// Whole numbers without a fraction (`45`), others in Swift's shortest
    /// round-trip form (`12.5`); infinities and NaN, which JSON lacks, as null.
    package static func json(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        return plain(d)
    }

    /// `45`, `12.5`, `-3`: how a plan's own figures are shown back.
    package static func plain(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.description
    }

    /// A share as a percentage with one decimal: 0.375 -> `37.5%`, 1 -> `100%`.
    package static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return plain(tenths) + "%"
    }

    /// The share rounded to four decimals (0.1234), so floating-point noise
    /// (0.30000000000000004) never reaches a report.
    package static func rounded(_ share: Double) -> Double {
        (share * 10000).rounded() / 10000
    }
}
