#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values numbered in the order they are first seen, for the life of the
/// process: file names (`FileID`), and the keys of plan paths. Only a
/// handful of distinct values are ever numbered, so it never shrinks.
///
/// Locked with a pthread mutex rather than `Synchronization.Mutex`:
/// ThreadSanitizer understands the first and reported every `number` under
/// the second as a race, which hid real reports in `--sanitize=thread` runs.
package final class InternTable<Value: Hashable & Sendable>: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var values: [Value] = []
    private var numbers: [Value: UInt32] = [:]

    package init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The value's number, given it now if it has none.
    package func number(_ value: Value) -> UInt32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let i = numbers[value] { return i }
        let i = UInt32(values.count)
        values.append(value)
        numbers[value] = i
        return i
    }

    package func value(_ number: UInt32) -> Value {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return values[Int(number)]
    }
}
