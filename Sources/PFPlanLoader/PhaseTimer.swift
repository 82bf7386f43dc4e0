#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall time per phase of one plan's check, written to standard error when
/// `PFPLAN_PHASE_TIMES` is set: what the benchmark's table cannot say is
/// where inside `pfplan lint` the time goes. Silent and nearly free
/// otherwise (one clock read per phase).
public struct PhaseTimer: Sendable {
    public static let enabled = getenv("PFPLAN_PHASE_TIMES") != nil

    private let label: String
    private var last = ContinuousClock.now

    public init(_ label: String) {
        self.label = label
    }

    /// Ends the phase running since the last mark (or since `init`).
    public mutating func mark(_ phase: String) {
        guard Self.enabled else { return }
        let now = ContinuousClock.now
        let (seconds, attoseconds) = (now - last).components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let line = "pfplan: \(label): \(phase) \((milliseconds * 10).rounded() / 10) ms\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        last = ContinuousClock.now
    }
}
