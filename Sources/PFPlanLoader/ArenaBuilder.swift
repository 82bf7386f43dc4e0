#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory behind an arena's three buffers, freed when the last arena
/// or builder using it goes: heap blocks that a builder grows, or one
/// mapping that the parts of a cut file are built into side by side
/// (`ArenaRegions`).
final class ArenaMemory: @unchecked Sendable {
    /// Heap blocks, kept current by the builder that grows them.
    var blocks: [UnsafeMutableRawPointer?] = [nil, nil, nil]
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    init() { mapping = nil }

    init(mapping base: UnsafeMutableRawPointer, length: Int) { mapping = (base, length) }

    /// Whether the buffers are in the one mapping of a cut parse, whose
    /// pages may be given back to the system one by one (`NodeArena.giveBack`).
    var isMapped: Bool { mapping != nil }

    deinit {
        for block in blocks { free(block) }
        if let mapping { munmap(mapping.base, mapping.length) }
    }
}

/// One buffer of an arena being built. On the heap it grows; in a region
/// of a mapping it has a fixed room, and running out of it sets
/// `overflowed` instead of writing past it (the caller then parses the
/// file whole). Indices are the arena's own: a part's region starts where
/// the parts before it end, so its nodes need no renumbering when joined.
struct ArenaColumn<Element> {
    private(set) var base: UnsafeMutablePointer<Element>?
    /// One past the last element, as an index of the whole arena.
    private(set) var end: Int
    private var limit: Int
    /// The heap block's slot in `ArenaMemory.blocks`, or nil in a region.
    private let block: Int?
    private(set) var overflowed = false

    init(heapBlock block: Int) {
        base = nil
        end = 0
        limit = 0
        self.block = block
    }

    init(region base: UnsafeMutablePointer<Element>, start: Int, capacity: Int) {
        self.base = base
        end = start
        limit = start + capacity
        block = nil
    }

    @inline(__always)
    subscript(i: Int) -> Element {
        get { base![i] }
        set { base![i] = newValue }
    }

    /// Room for `count` more, growing a heap block; false in a full region.
    @inline(__always)
    mutating func makeRoom(_ count: Int, in memory: ArenaMemory) -> Bool {
        if end + count <= limit { return true }
        return grow(count, in: memory)
    }

    private mutating func grow(_ count: Int, in memory: ArenaMemory) -> Bool {
        guard let block else {
            overflowed = true
            return false
        }
        reserve(Swift.max(end + count, 2 * limit, 64), in: memory, block: block)
        return true
    }

    mutating func reserve(_ capacity: Int, in memory: ArenaMemory) {
        guard let block, capacity > limit else { return }
        reserve(capacity, in: memory, block: block)
    }

    private mutating func reserve(_ capacity: Int, in memory: ArenaMemory, block: Int) {
        // The elements are plain numbers: moving them is copying bytes.
        guard let grown = realloc(base, capacity * MemoryLayout<Element>.stride) else {
            fatalError("out of memory for \(capacity) arena entries")
        }
        memory.blocks[block] = grown
        base = grown.bindMemory(to: Element.self, capacity: capacity)
        limit = capacity
    }

    @inline(__always)
    mutating func append(_ element: Element, in memory: ArenaMemory) {
        guard makeRoom(1, in: memory) else { return }
        (base! + end).initialize(to: element)
        end += 1
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>, in memory: ArenaMemory) {
        guard !elements.isEmpty, let from = elements.baseAddress, makeRoom(elements.count, in: memory) else { return }
        (base! + end).initialize(from: from, count: elements.count)
        end += elements.count
    }
}

/// The arrays of an arena while it is built, by the parser and by
/// `NodeArena.init(_:)`. Sendable because a builder is used by one thread
/// at a time, and the builders of a cut file's parts write only their own
/// regions of the mapping they share.
struct ArenaBuilder: @unchecked Sendable {
    let memory: ArenaMemory
    var records: ArenaColumn<NodeArena.Record>
    var children: ArenaColumn<Int32>
    var text: ArenaColumn<UInt8>

    /// A builder on the heap, growing as it needs.
    init() {
        memory = ArenaMemory()
        records = ArenaColumn(heapBlock: 0)
        children = ArenaColumn(heapBlock: 1)
        text = ArenaColumn(heapBlock: 2)
    }

    /// A builder of one part, in its regions of a mapping.
    init(
        memory: ArenaMemory, records: ArenaColumn<NodeArena.Record>, children: ArenaColumn<Int32>,
        text: ArenaColumn<UInt8>
    ) {
        self.memory = memory
        self.records = records
        self.children = children
        self.text = text
    }

    /// A region ran out of room: what was built is incomplete.
    var overflowed: Bool { records.overflowed || children.overflowed || text.overflowed }

    /// Room for the nodes of `bytes` of YAML, from what plans hold (about a
    /// node per 16 bytes, and few values that are not written as they
    /// read): growing the buffers instead copied each about twice over.
    mutating func reserve(forBytes bytes: Int) {
        records.reserve(bytes / 16, in: memory)
        children.reserve(bytes / 16, in: memory)
        text.reserve(bytes / 8, in: memory)
    }

    /// Appends a record and gives its number; in a full region, the number
    /// of the region's last record, which the parse then throws away.
    @inline(__always)
    mutating func append(_ record: NodeArena.Record) -> Int32 {
        records.append(record, in: memory)
        return Int32(records.end - 1)
    }

    mutating func scalar(bytes: UnsafeBufferPointer<UInt8>, style: Scalar.Style, tag: Scalar.Tag, range: SourceRange)
        -> Int32
    {
        let first = Int32(text.end)
        text.append(contentsOf: bytes, in: memory)
        return append(
            NodeArena.Record(
                range: range, first: first, count: Int32(bytes.count), kind: .scalar, style: style, tag: tag, flags: [])
        )
    }

    /// A scalar whose bytes are the file's own, at `offset`.
    mutating func scalar(inSourceAt offset: Int, count: Int, style: Scalar.Style, tag: Scalar.Tag, range: SourceRange)
        -> Int32
    {
        append(
            NodeArena.Record(
                range: range, first: Int32(offset), count: Int32(count), kind: .scalar, style: style, tag: tag,
                flags: .inSource))
    }

    mutating func scalar(_ s: Scalar, range: SourceRange) -> Int32 {
        var text = s.text
        return text.withUTF8 { scalar(bytes: $0, style: s.style, tag: s.tag, range: range) }
    }

    /// A collection of the last `count` entries (pairs: twice as many) of
    /// `entries`, which are taken off it.
    mutating func collection(_ kind: NodeArena.Kind, range: SourceRange, entries: inout [Int32], count: Int) -> Int32 {
        let n = kind == .mapping ? 2 * count : count
        let first = Int32(children.end)
        entries.withUnsafeBufferPointer { all in
            children.append(contentsOf: UnsafeBufferPointer(rebasing: all[(all.count - n)...]), in: memory)
        }
        entries.removeLast(n)
        return append(
            NodeArena.Record(
                range: range, first: first, count: Int32(count), kind: kind, style: .plain, tag: .none, flags: []))
    }

    /// A scalar's bytes, from the file (`source`) or from `text`.
    func bytes(of r: NodeArena.Record, source: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let from = r.flags.contains(.inSource) ? source.baseAddress : UnsafePointer(text.base)
        return UnsafeBufferPointer(start: from.map { $0 + Int(r.first) }, count: Int(r.count))
    }
}

/// The parts of a cut file built side by side in one mapping, so that
/// joining them copies nothing: part p's records, child lists and text
/// each start where part p - 1's room ends, and the nodes that join them
/// (`tail`) come last. Room unused stays untouched address space, never
/// memory. A part that outgrows its room (far more nodes per byte than a
/// plan has) overflows, and the file is parsed whole.
struct ArenaRegions: @unchecked Sendable {
    let memory: ArenaMemory
    private let records: UnsafeMutablePointer<NodeArena.Record>
    private let children: UnsafeMutablePointer<Int32>
    private let text: UnsafeMutablePointer<UInt8>
    /// Per part, then for the tail: where its room starts; the last of
    /// each is the end of all.
    private let recordStarts: [Int], childStarts: [Int], textStarts: [Int]

    /// Room for parts of these sizes in bytes; nil when the system will
    /// not map that much address space (the file is then parsed whole).
    init?(partBytes: [Int]) {
        // A plan has about a node per 16 bytes; a part gets room for one
        // per 2, its text as much as its bytes (escapes rarely grow text),
        // and the tail a child per record of every part.
        var recordStarts = [0]
        var childStarts = [0]
        var textStarts = [0]
        for bytes in partBytes {
            recordStarts.append(recordStarts.last! + bytes / 2 + 64)
            childStarts.append(childStarts.last! + bytes / 2 + 64)
            textStarts.append(textStarts.last! + bytes + 64)
        }
        recordStarts.append(recordStarts.last! + partBytes.count + 64)
        childStarts.append(childStarts.last! + recordStarts.last!)
        textStarts.append(textStarts.last!)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        func rounded(_ n: Int) -> Int { (n + page - 1) / page * page }
        let recordBytes = rounded(recordStarts.last! * MemoryLayout<NodeArena.Record>.stride)
        let childBytes = rounded(childStarts.last! * MemoryLayout<Int32>.stride)
        let textBytes = rounded(textStarts.last!)
        let length = recordBytes + childBytes + textBytes
        // Address space only: pages become memory when first written.
        let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let base, base != MAP_FAILED else { return nil }
        memory = ArenaMemory(mapping: base, length: length)
        records = base.bindMemory(to: NodeArena.Record.self, capacity: recordStarts.last!)
        children = (base + recordBytes).bindMemory(to: Int32.self, capacity: childStarts.last!)
        text = (base + recordBytes + childBytes).bindMemory(to: UInt8.self, capacity: max(textStarts.last!, 1))
        self.recordStarts = recordStarts
        self.childStarts = childStarts
        self.textStarts = textStarts
    }

    /// The builder of part `p`, or of the tail for `p == partCount`.
    func builder(_ p: Int) -> ArenaBuilder {
        func column<T>(_ base: UnsafeMutablePointer<T>, _ starts: [Int]) -> ArenaColumn<T> {
            ArenaColumn(region: base, start: starts[p], capacity: starts[p + 1] - starts[p])
        }
        return ArenaBuilder(
            memory: memory, records: column(records, recordStarts), children: column(children, childStarts),
            text: column(text, textStarts))
    }

    /// The whole mapping as an arena's buffers, up to the tail's end. Only
    /// what parts and tail wrote is ever read: every node number and child
    /// list points at something written.
    func buffers(tail: ArenaBuilder) -> (
        records: UnsafeMutableBufferPointer<NodeArena.Record>, children: UnsafeMutableBufferPointer<Int32>,
        text: UnsafeMutableBufferPointer<UInt8>
    ) {
        (
            UnsafeMutableBufferPointer(start: records, count: tail.records.end),
            UnsafeMutableBufferPointer(start: children, count: tail.children.end),
            UnsafeMutableBufferPointer(start: text, count: textStarts.last!)
        )
    }
}
