// The fuzzer's memory watchdog: an input whose lint (load, decode, rules,
// waivers) holds more than ten times its size in live heap, beyond a fixed
// allowance for what every run makes (the tables of a rule catalogue, a
// coverage matrix the model's size), is a finding. libFuzzer's own limits
// are absolute (-rss_limit_mb, -malloc_limit_mb in Fuzz/run.sh); this one
// scales with the input, which is what docs/safety.md promises.
//
// AddressSanitizer calls a hook on every malloc and free
// (`__sanitizer_install_malloc_and_free_hooks`), which keeps the live bytes
// and their peak in atomics; the hooks neither allocate nor lock.

#if PFPLAN_FUZZ

import Glibc
import Synchronization

@_silgen_name("__sanitizer_install_malloc_and_free_hooks")
private func installMallocAndFreeHooks(
    _ malloc: @convention(c) (UnsafeRawPointer?, Int) -> Void,
    _ free: @convention(c) (UnsafeRawPointer?) -> Void
) -> Int32

@_silgen_name("__sanitizer_get_allocated_size")
private func allocatedSize(_ pointer: UnsafeRawPointer?) -> Int

enum MemoryWatch {
    /// Live heap beyond ten times the input that a lint may hold
    /// (PFPLAN_FUZZ_HEAP_ALLOWANCE, in bytes, overrides it: 0 shows the
    /// watchdog firing on any input).
    static let allowance: Int = getenv("PFPLAN_FUZZ_HEAP_ALLOWANCE").flatMap { Int(String(cString: $0)) } ?? 4 << 20
    static let live = Atomic<Int>(0)
    static let peak = Atomic<Int>(0)
    static let installed: Bool = {
        installMallocAndFreeHooks(
            { _, size in
                let now = MemoryWatch.live.add(size, ordering: .relaxed).newValue
                var seen = MemoryWatch.peak.load(ordering: .relaxed)
                while now > seen {
                    let (exchanged, original) = MemoryWatch.peak.compareExchange(
                        expected: seen, desired: now, ordering: .relaxed)
                    if exchanged { break }
                    seen = original
                }
            },
            { pointer in
                guard let pointer else { return }
                MemoryWatch.live.subtract(allocatedSize(pointer), ordering: .relaxed)
            }) != 0
    }()

    /// Runs `work` and fails (a finding) when the live heap grew by more
    /// than ten times `inputBytes` plus the allowance at any moment of it.
    static func check<T>(_ name: String, inputBytes: Int, _ work: () -> T) -> T {
        guard installed else { return work() }
        let start = live.load(ordering: .relaxed)
        peak.store(start, ordering: .relaxed)
        let result = work()
        let grown = peak.load(ordering: .relaxed) - start
        if grown > 10 * inputBytes + allowance {
            fatalError("pfplan-fuzz: \(name) held \(grown) bytes of heap for an input of \(inputBytes) bytes (over 10x + \(allowance))")
        }
        return result
    }
}

#else

enum MemoryWatch {
    static func check<T>(_ name: String, inputBytes: Int, _ work: () -> T) -> T { work() }
}

#endif
