import PFPlanLoader

/// A list of located values as a plan writes them (an action's partners,
/// a stakeholder's stages): each item with its range, and its path worked
/// out from the list's when asked (`actions[3].partners[7]`).
///
/// A located value carries its path (16 bytes) and its range (16); kept
/// in an array of `Located`, an item of three letters took 48 bytes, and a
/// 16 MB list of them 150 MB. Here an item is its value and its range (32
/// bytes for a string), and the list's path is kept once. A list made from
/// located values that do not follow one list's paths (a test, a merged
/// list) keeps their paths as they are. `LocatedStringsTests` compare every
/// element with the plain array it was made from.
public struct LocatedStrings: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    public typealias Value = String

    struct Item: Sendable {
        let value: Value
        let range: SourceRange
    }

    struct Header {
        var count: Int
        /// Room for items, as asked (`ManagedBuffer.capacity` asks malloc).
        let room: Int
        /// The list's own path: item `i` is at `path.index(i)`.
        let path: PlanPath
        /// Where each item is in the list as written, when some were
        /// dropped (a value of the wrong kind); nil when none were.
        var positions: [UInt32]?
        /// Each item's own path, for a list not made by the decoder.
        let paths: [PlanPath]?
    }

    /// The header and the items in one allocation (an array of items
    /// beside an object for the header was two: 4 MB more on a plan of
    /// one-line entries). Written once, when made, and never after.
    private final class Storage: ManagedBuffer<Header, Item> {
        /// Room for `capacity` items, none made yet.
        static func make(capacity: Int, _ header: Header) -> Storage {
            unsafeDowncast(create(minimumCapacity: capacity) { _ in header }, to: Storage.self)
        }

        /// Adds an item; only while it is made, within its capacity.
        func append(_ item: Item, position: Int) {
            withUnsafeMutablePointers { header, elements in
                let n = header.pointee.count
                precondition(n < header.pointee.room, "more items than room")
                (elements + n).initialize(to: item)
                header.pointee.count = n + 1
                if header.pointee.positions != nil {
                    header.pointee.positions!.append(UInt32(position))
                } else if position != n {
                    // The first dropped item: from here on, items keep where they were written.
                    header.pointee.positions = (0..<n).map { UInt32($0) } + [UInt32(position)]
                }
            }
        }

        deinit {
            _ = withUnsafeMutablePointers { header, elements in elements.deinitialize(count: header.pointee.count) }
        }
    }

    /// Nil when empty. `nonisolated(unsafe)`: `ManagedBuffer` cannot be
    /// `Sendable`, but nothing writes this one after `make`.
    nonisolated(unsafe) private let storage: Storage?

    /// The items the decoder reads from the list at `path`, of `capacity`
    /// items as written: `fill` adds each it keeps with its place in the
    /// list, straight into the list's storage (a 16 MB list made first as
    /// an array and then copied held both at once).
    init(path: PlanPath, capacity: Int, fill: (_ add: (Value, SourceRange, Int) -> Void) -> Void) {
        guard capacity > 0 else {
            // Nothing to keep, but `fill` still reports what it finds (a
            // value that is not a list).
            fill { _, _, _ in preconditionFailure("an item past the list's room") }
            storage = nil
            return
        }
        let made = Storage.make(
            capacity: capacity, Header(count: 0, room: capacity, path: path, positions: nil, paths: nil))
        fill { value, range, position in made.append(Item(value: value, range: range), position: position) }
        storage = made.header.count == 0 ? nil : made
    }

    public init(_ values: [Located<Value>]) {
        guard !values.isEmpty else {
            storage = nil
            return
        }
        let made = Storage.make(
            capacity: values.count,
            Header(count: 0, room: values.count, path: .root, positions: nil, paths: values.map(\.path)))
        for (i, v) in values.enumerated() { made.append(Item(value: v.value, range: v.range), position: i) }
        storage = made
    }

    public init(arrayLiteral values: Located<Value>...) { self.init(values) }

    public init() { storage = nil }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage?.header.count ?? 0 }
    public var isEmpty: Bool { storage == nil }

    public subscript(i: Int) -> Located<Value> {
        let storage = storage!
        precondition(i >= 0 && i < storage.header.count, "index out of range")
        return storage.withUnsafeMutablePointers { header, elements in
            let path: PlanPath
            if let paths = header.pointee.paths {
                path = paths[i]
            } else if let positions = header.pointee.positions {
                path = header.pointee.path.index(Int(positions[i]))
            } else {
                path = header.pointee.path.index(i)
            }
            return Located(elements[i].value, range: elements[i].range, path: path)
        }
    }
}
