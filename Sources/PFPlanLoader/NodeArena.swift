#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed YAML file as three flat arrays: a record per node, the child
/// lists of collections, and the bytes of the scalars that do not read as
/// written (the others point into the file). A node is a number into them
/// (`NodeArena.Ref`).
///
/// Why not a tree of `Node` values: a 10 MB plan has about 650,000
/// nodes, and as a tree each scalar was a `String` and each collection an
/// array, all allocated while parsing, copied and reference-counted while
/// decoding, and freed one by one after. Here the parse appends to three
/// arrays, the decoder reads keys as bytes and makes a `String` only of the
/// values a plan keeps, and the arena is freed in a few calls (see
/// `ArenaMemory`).
///
/// Immutable once built, so it is shared freely between threads. Readers
/// that want a `Node` tree (framework models, locales, tests) get one from
/// `node(_:)`; a tree made by hand (a plan with its includes merged) becomes
/// an arena again with `init(_:)`.
public final class NodeArena: NodeReading, @unchecked Sendable {
    public struct Ref: Hashable, Sendable {
        public let index: Int32
        @inlinable init(_ index: Int32) { self.index = index }
    }

    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    @usableFromInline
    struct Record: Sendable {
        @usableFromInline var range: SourceRange
        /// A scalar's first byte in `text`; a collection's first entry in
        /// `children` (a mapping's entries are key, value, key, value...).
        @usableFromInline var first: Int32
        /// A scalar's byte count; a list's items; a mapping's pairs.
        @usableFromInline var count: Int32
        @usableFromInline var kind: Kind
        @usableFromInline var style: Scalar.Style
        @usableFromInline var tag: Scalar.Tag
        @usableFromInline var flags: Flags
    }

    @usableFromInline
    struct Flags: OptionSet, Sendable {
        @usableFromInline let rawValue: UInt8
        @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }
        /// An anchored collection or an alias of one: records with the same
        /// `first` have the same entries (see `node(_:)`).
        @usableFromInline static let shared = Flags(rawValue: 1)
        /// A scalar whose bytes are the file's own, from `first` on, rather
        /// than in `text`: most values are written as they read.
        @usableFromInline static let inSource = Flags(rawValue: 2)
    }

    /// Buffers of its own rather than arrays: each read of an array held
    /// by an object costs a reference count on the array's storage, and
    /// with every core counting on the same storage the decode of a 10 MB
    /// plan took a tenth longer (measured). Written by the builders, never
    /// after; freed with `memory`.
    @usableFromInline
    struct Buffers {
        @usableFromInline let records: UnsafeMutableBufferPointer<Record>
        @usableFromInline let children: UnsafeMutableBufferPointer<Int32>
        @usableFromInline let text: UnsafeMutableBufferPointer<UInt8>
        /// The file's bytes, which `.inSource` scalars point into.
        @usableFromInline let sourceBytes: UnsafeBufferPointer<UInt8>
    }

    /// The buffers, read through a plain pointer (see `UnsafeView`).
    package let unsafeView: UnsafeView
    private let buffers: UnsafeMutablePointer<Buffers>
    /// Held so that `sourceBytes` stays valid: the array is never changed.
    private let source: [UInt8]
    public let root: Ref?

    /// What the buffers live in, freed with the last arena or builder
    /// holding it.
    private let memory: ArenaMemory

    /// Takes the buffers, which must be initialized wherever a node
    /// number or child list can reach.
    private init(
        records: UnsafeMutableBufferPointer<Record>, children: UnsafeMutableBufferPointer<Int32>,
        text: UnsafeMutableBufferPointer<UInt8>, memory: ArenaMemory, source: [UInt8], root: Ref?
    ) {
        self.memory = memory
        self.source = source
        buffers = .allocate(capacity: 1)
        buffers.initialize(
            to: Buffers(
                records: records, children: children, text: text, sourceBytes: source.withUnsafeBufferPointer { $0 }))
        unsafeView = UnsafeView(buffers)
        self.root = root
    }

    deinit {
        buffers.deinitialize(count: 1)
        buffers.deallocate()
    }

    /// The nodes a builder holds, parsed from `source`; its buffers become
    /// the arena's, uncopied.
    convenience init(_ built: ArenaBuilder, source: [UInt8], root: Int32?) {
        precondition(!built.overflowed, "an overflowed builder is thrown away")
        self.init(
            records: UnsafeMutableBufferPointer(start: built.records.base, count: built.records.end),
            children: UnsafeMutableBufferPointer(start: built.children.base, count: built.children.end),
            text: UnsafeMutableBufferPointer(start: built.text.base, count: built.text.end),
            memory: built.memory, source: source, root: root.map(Ref.init))
    }

    /// The parts of a cut file and the tail that joins them, as built in
    /// their regions: already one arena.
    convenience init(regions: ArenaRegions, tail: ArenaBuilder, source: [UInt8], root: Int32) {
        let (records, children, text) = regions.buffers(tail: tail)
        self.init(
            records: records, children: children, text: text, memory: regions.memory, source: source, root: Ref(root))
    }

    /// Gives the memory of the records of `nodes` back to the system as it
    /// goes, for a decoder that will read none of them again: the decoder
    /// of a 10 MB plan of one-line entries held the whole arena (47 MB)
    /// beside the plan it made (73 MB). Only whole pages inside the range
    /// go, so a record outside it is never touched; a page given back reads
    /// as zeros. Only an arena in a mapping (a cut parse, files from
    /// 512 KB) gives anything back; on the heap this does nothing. Gives
    /// the bytes given back.
    ///
    /// The caller must hold the only reference to the arena, and no reader
    /// may read a node of `nodes` after: child lists and scalar text stay.
    @discardableResult
    package func giveBack(_ nodes: Range<Int32>) -> Int {
        guard memory.isMapped, !nodes.isEmpty, nodes.lowerBound >= 0, Int(nodes.upperBound) <= unsafeView.records.count,
            let base = unsafeView.records.baseAddress
        else { return 0 }
        let page = Self.pageSize
        let low = UInt(bitPattern: base + Int(nodes.lowerBound))
        let high = UInt(bitPattern: base + Int(nodes.upperBound))
        let start = (low + page - 1) / page * page
        let end = high / page * page
        guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return 0 }
        return madvise(address, Int(end - start), MADV_DONTNEED) == 0 ? Int(end - start) : 0
    }

    private static let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))

    // MARK: to and from Node trees

    /// The whole file as a `Node` tree, made on each call.
    public var rootNode: Node? { root.map(node) }

    /// The subtree at `node` as a `Node` tree, built with an explicit stack
    /// (a hostile file cannot overflow ours). Nodes an alias shares are
    /// made once and shared, so an alias costs what it did in the parser.
    public func node(_ top: Ref) -> Node {
        var made: [Int32: Node] = [:]
        var results: [Node] = []
        // (node, children done): a collection is visited twice, first to
        // push its children, then to gather them from `results`.
        var work: [(Ref, Bool)] = [(top, false)]
        while let (ref, gathered) = work.popLast() {
            let r = unsafeView.records[Int(ref.index)]
            if r.flags.contains(.shared), r.kind != .scalar, let done = made[r.first] {
                results.append(Node(content: done.content, range: r.range))
                continue
            }
            let entries = r.kind == .mapping ? 2 * Int(r.count) : Int(r.count)
            if r.kind != .scalar && !gathered {
                work.append((ref, true))
                for i in (0..<entries).reversed() { work.append((Ref(unsafeView.children[Int(r.first) + i]), false)) }
                continue
            }
            let node: Node
            switch r.kind {
            case .scalar:
                node = Node(content: .scalar(scalar(ref)!), range: r.range)
            case .sequence:
                node = Node(content: .sequence(Array(results[(results.count - entries)...])), range: r.range)
                results.removeLast(entries)
            case .mapping:
                var pairs: [Pair] = []
                pairs.reserveCapacity(Int(r.count))
                let base = results.count - entries
                for i in stride(from: base, to: results.count, by: 2) {
                    pairs.append(Pair(key: results[i], value: results[i + 1]))
                }
                results.removeLast(entries)
                node = Node(content: .mapping(pairs), range: r.range)
            }
            if r.flags.contains(.shared), r.kind != .scalar { made[r.first] = node }
            results.append(node)
        }
        return results[0]
    }

    /// An arena of a `Node` tree (a plan with its includes merged in).
    public convenience init(_ tree: Node) {
        var builder = ArenaBuilder()
        // As in `node(_:)`: a collection is visited again once its
        // children are in `pending`.
        var pending: [Int32] = []
        var work: [(Node, Bool)] = [(tree, false)]
        while let (node, gathered) = work.popLast() {
            switch node.content {
            case .scalar(let s):
                pending.append(builder.scalar(s, range: node.range))
            case .sequence(let items):
                if !gathered {
                    work.append((node, true))
                    for item in items.reversed() { work.append((item, false)) }
                } else {
                    pending.append(
                        builder.collection(.sequence, range: node.range, entries: &pending, count: items.count))
                }
            case .mapping(let pairs):
                if !gathered {
                    work.append((node, true))
                    for pair in pairs.reversed() {
                        work.append((pair.value, false))
                        work.append((pair.key, false))
                    }
                } else {
                    pending.append(
                        builder.collection(.mapping, range: node.range, entries: &pending, count: pairs.count))
                }
            }
        }
        self.init(builder, source: [], root: pending[0])
    }
}

extension NodeArena {
    /// The arena's nodes read through one plain pointer, with no reference
    /// count: the decoder reads the one arena of a plan for every value on
    /// every core, and counting on the arena object was a write to the
    /// same cache line from both cores, about a million times for a 10 MB
    /// plan (measured). Valid only while its arena lives: whoever holds a
    /// view holds the arena too.
    package struct UnsafeView: NodeReading, @unchecked Sendable {
        @usableFromInline let buffers: UnsafeMutablePointer<Buffers>

        init(_ buffers: UnsafeMutablePointer<Buffers>) { self.buffers = buffers }

        @inlinable package var unsafeView: UnsafeView { self }

        @inlinable var records: UnsafeMutableBufferPointer<NodeArena.Record> { buffers.pointee.records }
        @inlinable var children: UnsafeMutableBufferPointer<Int32> { buffers.pointee.children }
        @inlinable var text: UnsafeMutableBufferPointer<UInt8> { buffers.pointee.text }
        @inlinable var sourceBytes: UnsafeBufferPointer<UInt8> { buffers.pointee.sourceBytes }
    }
}

/// Reading the nodes of an arena, the same through the arena and through
/// its view.
package protocol NodeReading {
    var unsafeView: NodeArena.UnsafeView { get }
}

extension NodeReading {
    @inlinable package func kind(_ node: NodeArena.Ref) -> NodeArena.Kind { unsafeView.records[Int(node.index)].kind }
    @inlinable package func range(_ node: NodeArena.Ref) -> SourceRange { unsafeView.records[Int(node.index)].range }
    /// A list's items, a mapping's pairs; 0 for a scalar.
    @inlinable package func count(_ node: NodeArena.Ref) -> Int {
        let r = unsafeView.records[Int(node.index)]
        return r.kind == .scalar ? 0 : Int(r.count)
    }

    @inlinable package func item(_ list: NodeArena.Ref, _ i: Int) -> NodeArena.Ref {
        NodeArena.Ref(unsafeView.children[Int(unsafeView.records[Int(list.index)].first) + i])
    }

    @inlinable package func key(_ mapping: NodeArena.Ref, _ i: Int) -> NodeArena.Ref {
        NodeArena.Ref(unsafeView.children[Int(unsafeView.records[Int(mapping.index)].first) + 2 * i])
    }

    @inlinable package func value(_ mapping: NodeArena.Ref, _ i: Int) -> NodeArena.Ref {
        NodeArena.Ref(unsafeView.children[Int(unsafeView.records[Int(mapping.index)].first) + 2 * i + 1])
    }

    @inlinable package func isScalar(_ node: NodeArena.Ref) -> Bool { kind(node) == .scalar }

    /// A scalar's bytes (empty for a collection).
    @inlinable package func withBytes<T>(_ node: NodeArena.Ref, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
        rethrows -> T
    {
        let r = unsafeView.records[Int(node.index)]
        let count = r.kind == .scalar ? Int(r.count) : 0
        if r.flags.contains(.inSource) {
            return try body(UnsafeBufferPointer(rebasing: unsafeView.sourceBytes[Int(r.first)..<Int(r.first) + count]))
        }
        return try body(UnsafeBufferPointer(rebasing: unsafeView.text[Int(r.first)..<Int(r.first) + count]))
    }

    /// A scalar's text ("" for a collection).
    @inlinable package func text(_ node: NodeArena.Ref) -> String {
        withBytes(node) { String(decoding: $0, as: UTF8.self) }
    }

    package func scalar(_ node: NodeArena.Ref) -> Scalar? {
        let r = unsafeView.records[Int(node.index)]
        guard r.kind == .scalar else { return nil }
        var s = Scalar(text: text(node), style: r.style)
        s.tag = r.tag
        return s
    }

    /// `scalar(node)?.isNull == true`, without making the text.
    @inlinable package func isNull(_ node: NodeArena.Ref) -> Bool {
        let r = unsafeView.records[Int(node.index)]
        guard r.kind == .scalar else { return false }
        return withBytes(node) { ScalarResolver.isNull($0, style: r.style, tag: r.tag) }
    }

    /// `scalar(node)?.resolved` without its text, and without making it
    /// (nil for a collection).
    @inlinable package func resolved(_ node: NodeArena.Ref) -> ScalarResolver.Value? {
        let r = unsafeView.records[Int(node.index)]
        guard r.kind == .scalar else { return nil }
        return withBytes(node) { ScalarResolver.resolve($0, style: r.style, tag: r.tag) }
    }

    /// Whether a scalar's bytes are exactly `word`'s.
    @inlinable package func scalar(_ node: NodeArena.Ref, is word: StaticString) -> Bool {
        guard kind(node) == .scalar else { return false }
        return withBytes(node) { b in
            b.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        }
    }

    /// The value under a key of a mapping (first match), as `Node[key]`.
    package func value(forKey key: String, in mapping: NodeArena.Ref) -> NodeArena.Ref? {
        guard kind(mapping) == .mapping else { return nil }
        var key = key
        return key.withUTF8 { want in
            for i in 0..<count(mapping) {
                let k = self.key(mapping, i)
                if kind(k) == .scalar, withBytes(k, { $0.elementsEqual(want) }) { return value(mapping, i) }
            }
            return nil
        }
    }

    /// Words for messages: "a list", "a mapping", "text", as `Node.kindDescription`.
    package func kindDescription(_ node: NodeArena.Ref) -> String {
        switch kind(node) {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: Node(content: .scalar(scalar(node)!), range: range(node)).kindDescription
        }
    }
}
