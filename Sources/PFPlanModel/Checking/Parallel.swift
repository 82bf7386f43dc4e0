import Dispatch
import Synchronization

/// Work spread over every core with results in a fixed order, so that
/// what pfplan prints never depends on which thread finished first.
enum Parallel {
    /// `body(0) ..< body(count)`, run concurrently, in index order.
    static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let slots = Mutex([Value?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let value = body(i)
            slots.withLock { $0[i] = value }
        }
        return slots.withLock { $0 }.map { $0! }
    }

    /// Two independent computations at once.
    static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = Mutex<A?>(nil)
        let second = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                let value = a()
                first.withLock { $0 = value }
            } else {
                let value = b()
                second.withLock { $0 = value }
            }
        }
        return (first.withLock { $0 }!, second.withLock { $0 }!)
    }
}
