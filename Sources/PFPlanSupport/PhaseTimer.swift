#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall time per phase of one plan's check, written to standard error when
/// `PFPLAN_PHASE_TIMES` is set: what the benchmark's table cannot say is
/// where inside `pfplan lint` the time goes. Silent and nearly free
/// otherwise (one clock read per phase).
package struct PhaseTimer: Sendable {
    package static let enabled = getenv("PFPLAN_PHASE_TIMES") != nil

    private let label: String
    private var last = ContinuousClock.now
    private var lastProcessor = Self.processorTime()

    package init(_ label: String) {
        self.label = label
    }

    /// Ends the phase running since the last mark (or since `init`).
    package mutating func mark(_ phase: String) {
        guard Self.enabled else { return }
        let now = ContinuousClock.now
        let (seconds, attoseconds) = (now - last).components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let processor = Self.processorTime()
        let busy = processor - lastProcessor
        let line =
            "pfplan: \(label): \(phase) \((milliseconds * 10).rounded() / 10) ms"
            + " (processor \((busy * 10).rounded() / 10) ms), \(Self.memory())\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        last = ContinuousClock.now
        lastProcessor = Self.processorTime()
    }

    /// The whole process's processor time in milliseconds, every thread
    /// counted: against the wall time it says how many cores a phase kept
    /// busy.
    private static func processorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    /// Resident and peak memory (Linux /proc), since peak memory is the
    /// other goal of the benchmark.
    private static func memory() -> String {
        guard let file = fopen("/proc/self/status", "r") else { return "" }
        defer { fclose(file) }
        var parts: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = fread(&buffer, 1, buffer.count, file)
        for line in buffer[..<count].split(separator: UInt8(ascii: "\n")) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("VmRSS:") || text.hasPrefix("VmHWM:") {
                parts.append(text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
            }
        }
        return parts.joined(separator: ", ")
    }
}
