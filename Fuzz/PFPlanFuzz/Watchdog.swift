// The fuzzer's watchdog, per step of the pipeline (the lint, each report,
// export, picture and document, each of the two renders that check the
// bytes are stable):
//
// - time: a step that takes over a second of processor time (all threads)
//   is a finding. Per step rather than per input (libFuzzer's -timeout,
//   kept at 10 s in Fuzz/run.sh against hangs): one input goes through
//   about forty outputs, twice each, under AddressSanitizer, and a 35 kB
//   plan takes about a second in all; processor time rather than wall time,
//   so that the shared host's load does not make findings.
// - memory: the lint (load, decode, rules, waivers) may hold at most ten
//   times the input in live heap beyond a fixed allowance for what every run
//   makes (the tables of a rule catalogue, a coverage matrix the model's
//   size). libFuzzer's own limits are absolute (-rss_limit_mb,
//   -malloc_limit_mb); this one scales with the input, which is what
//   docs/safety.md promises. AddressSanitizer calls a hook on every malloc
//   and free (`__sanitizer_install_malloc_and_free_hooks`), which keeps the
//   live bytes and their peak in atomics; the hooks neither allocate nor lock.

#if PFPLAN_FUZZ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

@_silgen_name("__sanitizer_install_malloc_and_free_hooks")
private func installMallocAndFreeHooks(
    _ malloc: @convention(c) (UnsafeRawPointer?, Int) -> Void,
    _ free: @convention(c) (UnsafeRawPointer?) -> Void
) -> Int32

@_silgen_name("__sanitizer_get_allocated_size")
private func allocatedSize(_ pointer: UnsafeRawPointer?) -> Int

enum Watchdog {
    /// Live heap beyond ten times the input that a lint may hold
    /// (PFPLAN_FUZZ_HEAP_ALLOWANCE, in bytes, overrides it: 0 shows the
    /// watchdog firing on any input).
    static let allowance: Int = getenv("PFPLAN_FUZZ_HEAP_ALLOWANCE").flatMap { Int(String(cString: $0)) } ?? 4 << 20
    static let live = Atomic<Int>(0)
    static let peak = Atomic<Int>(0)
    static let installed: Bool = {
        installMallocAndFreeHooks(
            { _, size in
                let now = Watchdog.live.add(size, ordering: .relaxed).newValue
                var seen = Watchdog.peak.load(ordering: .relaxed)
                while now > seen {
                    let (exchanged, original) = Watchdog.peak.compareExchange(
                        expected: seen, desired: now, ordering: .relaxed)
                    if exchanged { break }
                    seen = original
                }
            },
            { pointer in
                guard let pointer else { return }
                Watchdog.live.subtract(allocatedSize(pointer), ordering: .relaxed)
            }) != 0
    }()

    /// Runs `work` and fails (a finding) when the live heap grew by more
    /// than ten times `inputBytes` plus the allowance at any moment of it,
    /// or when it took over a second of processor time.
    static func check<T>(_ name: String, inputBytes: Int, _ work: () -> T) -> T {
        guard installed else { return timed(name, work) }
        let start = live.load(ordering: .relaxed)
        peak.store(start, ordering: .relaxed)
        let result = timed(name, work)
        let grown = peak.load(ordering: .relaxed) - start
        if grown > 10 * inputBytes + allowance {
            fatalError(
                "pfplan-fuzz: \(name) held \(grown) bytes of heap for an input of \(inputBytes) bytes (over 10x + \(allowance))"
            )
        }
        return result
    }
}

#else

enum Watchdog {
    static func check<T>(_ name: String, inputBytes: Int, _ work: () -> T) -> T { work() }
}

#endif

#if PFPLAN_FUZZ || DEBUG

#if canImport(Glibc)
import Glibc
#endif

extension Watchdog {
    /// The most processor time (every thread) one step may take.
    static let stepSeconds = 1.0

    /// Runs `work` and fails (a finding) when it took over `stepSeconds`
    /// of processor time.
    static func timed<T>(_ name: String, _ work: () -> T) -> T {
        let start = processorSeconds()
        let result = work()
        let spent = processorSeconds() - start
        if spent > stepSeconds {
            fatalError("pfplan-fuzz: \(name) took \(spent) s of processor time (over \(stepSeconds) s)")
        }
        return result
    }

    static func processorSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

#endif
