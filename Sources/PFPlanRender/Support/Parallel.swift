import Dispatch

/// `transform` of every element, on every core (`DispatchQueue.concurrentPerform`
/// runs as many iterations at once as there are active processors); the
/// results in the elements' order, so parallel work never changes output.
/// Each iteration writes only its own slot of the result.
public func parallelMap<C: RandomAccessCollection, T: Sendable>(
    _ items: C, _ transform: @Sendable (C.Element) -> T
) -> [T] where C: Sendable, C.Index == Int {
    var results = [T?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
        let slots = SendableSlots(base: buffer)
        let start = items.startIndex
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[start + i]))
        }
    }
    return results.map { $0! }
}

/// Lets each parallel iteration fill its own slot of one array: distinct
/// indices, so no two threads touch the same memory.
private struct SendableSlots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T?>
    func set(_ i: Int, _ value: T) { base[i] = value }
}
