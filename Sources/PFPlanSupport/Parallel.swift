import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work spread over every core with results in a fixed order, so that what
/// pfplan prints never depends on which thread finished first. Each
/// iteration writes only its own slot of the result.
package enum Parallel {
    /// `body(0) ..< body(count)`, run concurrently, in index order.
    package static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        guard usesThreads else { return (0..<count).map(body) }
        var results = [Value?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        }
        return results.map { $0! }
    }

    /// `transform` of every element, concurrently, in the elements' order.
    package static func map<Items: RandomAccessCollection & Sendable, Value: Sendable>(
        _ items: Items, _ transform: @Sendable (Items.Element) -> Value
    ) -> [Value] where Items.Index == Int {
        let start = items.startIndex
        return map(items.count) { transform(items[start + $0]) }
    }

    /// Two independent computations at once.
    package static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        guard usesThreads else { return (a(), b()) }
        var first: A?
        var second: B?
        withUnsafeMutablePointer(to: &first) { p in
            withUnsafeMutablePointer(to: &second) { q in
                let (one, two) = (Slot(pointer: p), Slot(pointer: q))
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { one.set(a()) } else { two.set(b()) }
                }
            }
        }
        return (first!, second!)
    }
}

extension Parallel {
    /// Whether work may go to other threads. libdispatch's thread pools
    /// read `/proc/self/task/*/stat` to decide when to add a thread, and
    /// stop the process ("Illegal instruction") when they cannot, as in a
    /// chroot or a minimal container without `/proc`: there pfplan works
    /// on one thread, slower but whole. `PFPLAN_THREADS=1` asks for the
    /// same (to compare, or to debug).
    package static let usesThreads: Bool = {
        if let value = getenv("PFPLAN_THREADS"), String(cString: value) == "1" { return false }
        #if os(Linux)
        return access("/proc/self/stat", R_OK) == 0
        #else
        return true
        #endif
    }()

    /// `work` on `queue`, or here and now when pfplan works on one thread
    /// (`usesThreads`): every hand-off to another thread outside `map` and
    /// `both` goes through this.
    package static func async(on queue: DispatchQueue, _ work: @escaping @Sendable () -> Void) {
        guard usesThreads else { return work() }
        queue.async(execute: work)
    }

    /// A value one task of a parallel run gives and others wait for.
    /// Waiting is safe only when the giving task has been handed out
    /// before any task that waits (`map` hands out tasks in index order).
    package final class Handoff<Value: Sendable>: @unchecked Sendable {
        private let given = DispatchGroup()
        private var stored: Value?

        package init() { given.enter() }

        /// Once only.
        package func give(_ value: Value) {
            stored = value
            given.leave()
        }

        /// Waits until the value is given.
        package var value: Value {
            given.wait()
            return stored!
        }
    }
}

/// One array's slots, each filled by one iteration: distinct indices, so
/// no two threads touch the same memory.
private struct Slots<Value>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Value?>
    func set(_ i: Int, _ value: Value) { base[i] = value }
}

private struct Slot<Value>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Value?>
    func set(_ value: Value) { pointer.pointee = value }
}
