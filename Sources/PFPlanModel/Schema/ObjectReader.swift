import PFPlanLoader
import PFPlanSupport

/// The state of one decoding pass: the findings so far, and the vocabularies
/// of the framework model the values are checked against.
final class DecodeContext {
    /// Keeps the nodes `tree` reads alive.
    let arena: NodeArena
    /// The arena read without reference counts (see `NodeArena.UnsafeView`).
    let tree: NodeArena.UnsafeView
    var diagnostics: [Diagnostic] = []
    /// The model's ids per vocabulary; nil when no model could be loaded
    /// (values are then not checked against it, rather than all rejected).
    let vocabulary: @Sendable (Vocabulary) -> [String]?
    /// For the test that keeps the specs and the decoder in agreement.
    let trackUnread: Bool
    var unreadKeys: [String] = []
    /// Every contact mapping read so far, as written (see `WrittenContact`).
    var contacts: [WrittenContact] = []
    /// Text values holding the starter's TODO marker (`draft/placeholder`).
    var placeholders = PlaceholderTexts()
    /// Whether `contacts` keep their values as bytes in `contactValues`
    /// (always, but in the test that compares this with text made at once).
    let packsContacts: Bool
    let contactValues = ContactValues()
    /// The long lists' entries are given back to the system once decoded
    /// (`PlanDecoder.decode(givesBackArena:)`).
    let givesBackArena: Bool

    init(
        tree: NodeArena, vocabulary: @escaping @Sendable (Vocabulary) -> [String]?, trackUnread: Bool = false,
        packsContacts: Bool = true, givesBackArena: Bool = false
    ) {
        arena = tree
        self.tree = tree.unsafeView
        self.vocabulary = vocabulary
        self.trackUnread = trackUnread
        self.packsContacts = packsContacts
        self.givesBackArena = givesBackArena
    }

    /// The model's vocabularies, asked for once each: a large plan checks
    /// hundreds of thousands of values against them.
    /// Per vocabulary slot: not asked yet (nil), or the model's answer.
    private var modelVocabularies = [(list: [String], set: Set<String>)??](repeating: nil, count: 4)

    func allowedValues(_ vocabulary: Vocabulary) -> (list: [String], set: Set<String>)? {
        let slot: Int
        switch vocabulary {
        case .fixed(let values): return (values, Set(values))
        case .stages: slot = 0
        case .sectors: slot = 1
        case .roles: slot = 2
        case .audiences: slot = 3
        }
        if let cached = modelVocabularies[slot] { return cached }
        let fresh = self.vocabulary(vocabulary).map { ($0, Set($0)) }
        modelVocabularies[slot] = .some(fresh)
        return fresh
    }

    /// Findings past `FindingCap.perRulePerFile` of a rule in a file are
    /// counted, not made: their message is an autoclosure, never built.
    var tally = FindingTally()

    func report(
        _ rule: RuleID, _ message: @autoclosure () -> String, at range: SourceRange, path: PlanPath,
        hint: @autoclosure () -> String? = nil
    ) {
        guard tally.admit(rule, at: range, severity: .error) else { return }
        diagnostics.append(
            Diagnostic(
                rule: rule, severity: .error, message: message(), range: range, path: path.description, hint: hint()))
    }

    func report(
        _ rule: RuleID, _ message: @autoclosure () -> String, at range: SourceRange, path: String,
        hint: @autoclosure () -> String? = nil
    ) {
        guard tally.admit(rule, at: range, severity: .error) else { return }
        diagnostics.append(
            Diagnostic(rule: rule, severity: .error, message: message(), range: range, path: path, hint: hint()))
    }

    /// Removes findings already made, giving their places under the cap back.
    func removeDiagnostics(where remove: (Diagnostic) -> Bool) {
        diagnostics.removeAll { d in
            guard remove(d) else { return false }
            tally.withdraw(d.rule, in: d.range.fileID)
            return true
        }
    }

    /// Every finding of the pass, the closing ones of capped rules last.
    var cappedDiagnostics: [Diagnostic] {
        tally.isOver ? FindingCap.limit(diagnostics + tally.closingFindings()) : FindingCap.limit(diagnostics)
    }

    /// A finding already admitted under the cap.
    private func append(_ rule: RuleID, _ message: String, at range: SourceRange, path: String, hint: String?) {
        diagnostics.append(
            Diagnostic(rule: rule, severity: .error, message: message, range: range, path: path, hint: hint))
    }

    func typeMismatch(_ node: NodeArena.Ref, expected: String, path: PlanPath, hint: String? = nil) {
        report(
            .schemaType, "'\(path.lastKeyForMessages)' must be \(expected), found \(tree.kindDescription(node))",
            at: tree.range(node), path: path, hint: hint)
    }

    /// Reads a mapping node as an object of `spec`: reports unknown keys
    /// (with the nearest known one) and missing required keys once, here.
    func object(_ node: NodeArena.Ref, _ spec: ObjectSpec, path: PlanPath) -> ObjectReader? {
        guard tree.kind(node) == .mapping else {
            if tree.isNull(node), !path.isRoot {
                // `key:` with nothing under it: the required keys inside are missing.
                return ObjectReader(
                    context: self, node: node, values: FieldSlots(count: spec.fields.count),
                    spec: spec, path: path, checkMissing: true)
            }
            typeMismatch(node, expected: "a mapping (\(spec.name))", path: path)
            return nil
        }
        // One pass over the pairs files each value under its field's
        // position, so a getter is one array read, not a scan. Keys are
        // matched as bytes: only an unknown key is made into text.
        var values = FieldSlots(count: spec.fields.count)
        for i in 0..<tree.count(node) {
            let key = tree.key(node, i)
            guard tree.isScalar(key) else {
                report(
                    .schemaType, "a key must be a word, found \(tree.kindDescription(key))", at: tree.range(key),
                    path: path)
                continue
            }
            // A closure, not `spec.position(of:)` passed as a function:
            // that made a thunk holding the spec, a reference count for
            // every key of every mapping.
            if let field = tree.withBytes(key, { spec.position(of: $0) }) {
                // A repeated key (reported by the loader) reads as its
                // first value, as it always has.
                if values[field] < 0 { values[field] = Int32(i) }
            } else if !tree.withBytes(key, { $0.starts(with: "x-".utf8) }) {
                if let written = ThousandsSeparator.splitEntry(tree, node, at: i) {
                    // `{amount: 5,000}`: in braces the ',' ended the value.
                    if let (number, range) = written {
                        report(
                            .schemaType,
                            "'\(number)' is written with a thousands separator, and in braces a ',' separates entries",
                            at: range, path: path.spelled(appendingKey: tree.text(tree.key(node, i - 1))),
                            hint: ThousandsSeparator.hint(number))
                    }
                    continue
                }
                // Admitted before the suggestion is looked for: past the
                // cap an unknown key costs a count.
                guard tally.admit(.schemaUnknownKey, at: tree.range(key), severity: .error) else { continue }
                let key = tree.text(key)
                let suggestion = Suggest.nearest(to: key, in: spec.keys)
                append(
                    .schemaUnknownKey,
                    "'\(key)' is not a key of \(spec.name)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    // Spelled, not numbered: `PlanPath.keys` keeps the
                    // format's keys, not every key a file may hold.
                    at: tree.range(tree.key(node, i)), path: path.spelled(appendingKey: key),
                    hint: suggestion == nil
                        ? "known keys: \(spec.keys.joined(separator: ", ")); extensions start with 'x-'" : nil)
            }
        }
        var reader = ObjectReader(context: self, node: node, values: values, spec: spec, path: path, checkMissing: true)
        if spec.holdsContact {
            let visibility = WrittenContact.visibility(of: node, in: tree)
            contacts.append(writtenContact(node, path: path, visibility: visibility))
            reader.notedVisibility = visibility
        }
        return reader
    }
}

extension PlanPath {
    /// The last key of the path, for messages ("'lead' must be ...").
    var lastKeyForMessages: String {
        let d = description
        guard let dot = d.lastIndex(of: ".") else { return d.isEmpty ? "the plan" : d }
        return String(d[d.index(after: dot)...])
    }
}

/// Per field of a spec, the position of its pair in the mapping, or -1.
/// Kept inline for specs of up to 32 fields (every spec pfplan has; an
/// action has 17), so that reading an object allocates nothing: an array
/// here was an allocation for every entry, contact and indicator of a
/// plan. Positions are 16 bits inline, so the slots stay 64 bytes; a
/// position past 16 bits (a mapping of over 32,767 pairs, only ever seen
/// in hostile input) moves them to an array.
struct FieldSlots {
    static let inlineCount = 32
    private var inline = SIMD32<Int16>(repeating: -1)
    private var spilled: [Int32]?

    init(count: Int) {
        if count > Self.inlineCount { spilled = [Int32](repeating: -1, count: count) }
    }

    /// Whether the slots live in an array (for the test against the plain path).
    var isSpilled: Bool { spilled != nil }

    subscript(field: Int) -> Int32 {
        get { spilled?[field] ?? Int32(inline[field]) }
        set {
            if spilled == nil, newValue > Int32(Int16.max) {
                spilled = (0..<Self.inlineCount).map { Int32(inline[$0]) }
            }
            if spilled != nil {
                spilled![field] = newValue
            } else {
                inline[field] = Int16(truncatingIfNeeded: newValue)
            }
        }
    }
}

/// Typed access to one mapping of the plan. Each getter checks the value
/// against its field's kind and reports what is wrong; a getter's nil means
/// "absent or already reported".
struct ObjectReader {
    let context: DecodeContext
    /// The context's arena, read without a reference count (the context
    /// keeps it alive).
    let tree: NodeArena.UnsafeView
    let node: NodeArena.Ref
    /// Per field of `spec`, the position of its pair in the mapping, or -1.
    let values: FieldSlots
    let spec: ObjectSpec
    let path: PlanPath
    /// A contact's visibility as `DecodeContext.object` worked it out
    /// when it noted the contact; nil for every other object.
    fileprivate(set) var notedVisibility: Visibility?

    init(
        context: DecodeContext, node: NodeArena.Ref, values: FieldSlots, spec: ObjectSpec, path: PlanPath,
        checkMissing: Bool
    ) {
        self.context = context
        self.tree = context.tree
        self.node = node
        self.values = values
        self.spec = spec
        self.path = path
        if checkMissing {
            for f in spec.requiredFields {
                let i = Int(values[f])
                if i < 0 || tree.isNull(tree.value(node, i)) {
                    // The field is read only here: a copy of it for every
                    // required key of every entry counted references on
                    // its key, kind and summary.
                    let field = spec.fields[f]
                    context.report(
                        .schemaMissing, "\(spec.name) needs '\(field.key)': \(field.summary)",
                        at: missingAnchor, path: self.path.key(field.key))
                }
            }
        }
        if context.trackUnread {
            context.unreadKeys += spec.fields.indices.filter { values[$0] >= 0 }.map {
                "\(spec.name).\(spec.fields[$0].key)"
            }
        }
    }

    /// A missing key is reported at the start of its mapping, or for an
    /// empty `key:` at the key's own value.
    private var missingAnchor: SourceRange {
        var r = tree.range(node)
        r.end = r.start
        return r
    }

    var range: SourceRange { tree.range(node) }

    /// This mapping's visibility as `WrittenContact` decides it.
    var writtenVisibility: Visibility { notedVisibility ?? WrittenContact.visibility(of: node, in: tree) }

    /// The position of a key's field; a key missing from the spec is a
    /// programming error, caught by the tests that run every getter.
    private func field(_ key: String) -> Int {
        guard let f = spec.position(of: key) else {
            preconditionFailure("\(spec.name) has no field '\(key)' in its spec")
        }
        return f
    }

    /// The value node of a key (nil when absent or null).
    func node(_ key: String) -> NodeArena.Ref? {
        node(field: field(key), key: key)
    }

    private func node(field f: Int, key: String) -> NodeArena.Ref? {
        if context.trackUnread, let i = context.unreadKeys.firstIndex(of: "\(spec.name).\(key)") {
            context.unreadKeys.remove(at: i)
        }
        let i = Int(values[f])
        guard i >= 0 else { return nil }
        let value = tree.value(node, i)
        return tree.isNull(value) ? nil : value
    }

    func keyRange(_ key: String) -> SourceRange? {
        let i = Int(values[field(key)])
        return i >= 0 ? tree.range(tree.key(node, i)) : nil
    }

    /// The node, kind and path of a key's value, looked up once.
    private func lookup(_ key: String) -> (NodeArena.Ref, ValueKind, PlanPath)? {
        let f = field(key)
        guard let n = node(field: f, key: key) else { return nil }
        return (n, spec.fields[f].kind, path(field: f))
    }

    /// The path of a field's value.
    private func path(field f: Int) -> PlanPath { path.key(number: spec.keyNumbers[f]) }

    private func kind(_ key: String) -> ValueKind { spec.fields[field(key)].kind }

    // MARK: scalars

    func string(_ key: String) -> Located<String>? {
        guard let (n, kind, p) = lookup(key) else { return nil }
        return context.scalar(n, kind, path: p)
    }

    func integer(_ key: String) -> Located<Int>? {
        guard let (n, kind, p) = lookup(key), let s = context.scalar(n, kind, path: p) else { return nil }
        guard let v = tree.scalar(n).flatMap({ Self.intValue($0) }) else { return nil }
        return Located(v, range: s.range, path: s.path)
    }

    func number(_ key: String) -> Located<Double>? {
        guard let (n, kind, p) = lookup(key), let s = context.scalar(n, kind, path: p) else { return nil }
        guard let v = tree.scalar(n).flatMap({ Self.doubleValue($0) }) else { return nil }
        return Located(v, range: s.range, path: s.path)
    }

    func date(_ key: String) -> Located<CalendarDate>? {
        guard let s = string(key), let d = CalendarDate(s.value) else { return nil }
        return Located(d, range: s.range, path: s.path)
    }

    /// A value of a vocabulary enum (its field is `.choice(V.self)`).
    func choice<V: PlanVocabulary>(_ key: String, as _: V.Type = V.self) -> Located<V>? {
        guard let s = string(key), let v = V(rawValue: s.value) else { return nil }
        return Located(v, range: s.range, path: s.path)
    }

    /// A list of values of a vocabulary enum.
    func choices<V: PlanVocabulary>(_ key: String, as _: V.Type = V.self) -> [Located<V>] {
        strings(key).compactMap { s in V(rawValue: s.value).map { Located($0, range: s.range, path: s.path) } }
    }

    /// A list of whole numbers.
    func integers(_ key: String) -> [Located<Int>] {
        guard case .list(let element) = kind(key) else { preconditionFailure("\(spec.name).\(key) is not a list") }
        return mapItems(key) { n, p in
            guard let s = context.scalar(n, element, path: p), let v = tree.scalar(n).flatMap(Self.intValue) else {
                return nil
            }
            return Located(v, range: s.range, path: s.path)
        }
    }

    /// Where a finding about this object points when it has no id: its
    /// first key (practice.md), else the mapping itself.
    var firstKeyRange: SourceRange {
        tree.kind(node) == .mapping && tree.count(node) > 0 ? tree.range(tree.key(node, 0)) : range
    }

    static func intValue(_ s: Scalar) -> Int? {
        if case .int(let v) = s.resolved { return v }
        return nil
    }

    static func doubleValue(_ s: Scalar) -> Double? {
        switch s.resolved {
        case .int(let v): Double(v)
        case .float(let v): v
        default: nil
        }
    }

    // MARK: collections

    /// The items of a list field, each with its path.
    func items(_ key: String) -> [(NodeArena.Ref, PlanPath)] {
        mapItems(key) { ($0, $1) }
    }

    /// Maps the items of a list field in place, keeping the non-nil
    /// results. The getters below read every list of a large plan through
    /// here: the field is looked up once, its items are not gathered into
    /// an array first, and the result's room is reserved once (growing it
    /// item by item reallocated it a few times for every entry).
    private func mapItems<T>(_ key: String, _ transform: (NodeArena.Ref, PlanPath) -> T?) -> [T] {
        var out: [T] = []
        out.reserveCapacity(itemCount(key))
        forEachItem(key, givesBack: false) { node, path, _ in
            if let value = transform(node, path) { out.append(value) }
        }
        return out
    }

    /// How many items a list field holds (none when it is not a list).
    private func itemCount(_ key: String) -> Int {
        guard let n = node(key), tree.kind(n) == .sequence else { return 0 }
        return tree.count(n)
    }

    /// Calls `body` with each item of a list field, its path and its
    /// position; a value that is not a list is reported.
    ///
    /// `givesBack`: the items are read nowhere else, so a long list gives
    /// the records of the items it has read back to the system as it goes
    /// (when the context gives the arena back: `NodeArena.giveBack`). A
    /// 16 MB list of three-letter references is 3 million nodes, whose
    /// records (90 MB) sat beside the values made of them.
    private func forEachItem(
        _ key: String, givesBack: Bool, _ body: (NodeArena.Ref, PlanPath, Int) -> Void
    ) {
        guard let n = node(key) else { return }
        let p = path(field: field(key))
        guard tree.kind(n) == .sequence else {
            context.typeMismatch(
                n, expected: "a list", path: p, hint: tree.isScalar(n) ? "write it as [\(tree.text(n))]" : nil)
            return
        }
        let count = tree.count(n)
        let step = givesBack && context.givesBackArena && count >= 2 * Self.giveBackStep ? Self.giveBackStep : count
        var done = 0
        while done < count {
            let items = done..<min(count, done + step)
            for i in items { body(tree.item(n, i), p.index(i), i) }
            if step < count { Self.giveBack(items, of: n, in: context.arena) }
            done = items.upperBound
        }
    }

    /// How many items of a long list are read between two give-backs.
    static let giveBackStep = 4096

    /// The records of the items' subtrees, which no one reads again. The
    /// parser writes a collection's record after its children's, so an
    /// item's subtree ends with the item and starts after the item before
    /// it (the first item's own children, before it, are kept); what lies
    /// between two items of a cut parse's parts is unused room or a part's
    /// own top node, which the joined tree does not reach.
    static func giveBack(_ items: Range<Int>, of list: NodeArena.Ref, in arena: NodeArena) {
        let tree = arena.unsafeView
        let from =
            items.lowerBound > 0
            ? tree.item(list, items.lowerBound - 1).index + 1 : tree.item(list, items.lowerBound).index
        let to = tree.item(list, items.upperBound - 1).index + 1
        if from < to { arena.giveBack(from..<to) }
    }

    /// A list of scalars (ids, references, choices, languages).
    func strings(_ key: String) -> LocatedStrings {
        guard case .list(let element) = kind(key) else { preconditionFailure("\(spec.name).\(key) is not a list") }
        return LocatedStrings(path: path(field: field(key)), capacity: itemCount(key)) { add in
            forEachItem(key, givesBack: true) { node, path, i in
                if let value = context.scalar(node, element, path: path) { add(value.value, value.range, i) }
            }
        }
    }

    func object(_ key: String) -> ObjectReader? {
        guard let n = node(key) else { return nil }
        guard case .object(let sub) = kind(key) else { preconditionFailure("\(spec.name).\(key) is not an object") }
        return context.object(n, sub, path: path(field: field(key)))
    }

    /// A mapping of language codes to objects (`translations:`), in the
    /// file's order; a key that is not a language code is reported.
    func languageObjects(_ key: String) -> [(language: Located<String>, object: ObjectReader)] {
        guard case .languageMap(.object(let sub)) = kind(key) else {
            preconditionFailure("\(spec.name).\(key) is not a language map")
        }
        guard let n = node(key) else { return [] }
        let p = path(field: field(key))
        guard tree.kind(n) == .mapping else {
            context.typeMismatch(n, expected: "a mapping of language codes (es: {...})", path: p)
            return []
        }
        var out: [(language: Located<String>, object: ObjectReader)] = []
        for i in 0..<tree.count(n) {
            let keyNode = tree.key(n, i)
            guard let language = context.scalar(keyNode, .language, path: p) else { continue }
            // The map's own path, not one per language: `PlanPath.keys`
            // numbers the format's keys, not whatever codes a file holds.
            if let object = context.object(tree.value(n, i), sub, path: p) { out.append((language, object)) }
        }
        return out
    }

    func objects(_ key: String) -> [ObjectReader] {
        objects(key) { $0 }
    }

    /// The items of a list of objects, each made into a value by `make`
    /// as it is read, dropping those it refuses: the values' room is
    /// reserved once, and no list of readers is gathered first (a plan of
    /// 40,000 waivers grew its list by doubling, 18 MB at its peak).
    func objects<T>(_ key: String, _ make: (ObjectReader) -> T?) -> [T] {
        guard case .list(.object(let sub)) = kind(key) else {
            preconditionFailure("\(spec.name).\(key) is not a list of objects")
        }
        return mapItems(key) { context.object($0, sub, path: $1).flatMap(make) }
    }

    /// A list of objects to be made into values by `make`, cut into chunks
    /// that `ObjectLists.decode` runs on every core. Nothing is decoded or
    /// reported until then.
    func objectList<Value: Sendable>(_ key: String, _ make: @escaping @Sendable (ObjectReader) -> Value?) -> ObjectList<
        Value
    > {
        guard case .list(.object(let sub)) = kind(key) else {
            preconditionFailure("\(spec.name).\(key) is not a list of objects")
        }
        let value = node(key)
        let list = value.flatMap { tree.kind($0) == .sequence ? $0 : nil }
        return ObjectList(
            reader: self, key: key, list: list, notAList: value != nil && list == nil, spec: sub,
            path: path(field: field(key)),
            make: make)
    }
}

/// The long lists of a plan (a 10 MB plan has thousands of stakeholders,
/// resources and actions), decoded together: every chunk of every list is
/// one task of a single parallel run, so no core waits at the end of one
/// list for the next to start. Each chunk writes its values straight into
/// the plan's array: joining per-chunk arrays copied every string of every
/// entry and released them again, and a buffer per list to copy from held
/// all the values twice at the peak. Findings are then taken list by list,
/// in list order: those of one pass, in the same order.
enum ObjectLists {
    static func decode<A, B, C>(_ a: ObjectList<A>, _ b: ObjectList<B>, _ c: ObjectList<C>) -> ([A], [B], [C]) {
        var second: [B] = []
        var third: [C] = []
        let first = [A](unsafeUninitializedCapacity: a.count) { intoA, madeA in
            second = [B](unsafeUninitializedCapacity: b.count) { intoB, madeB in
                third = [C](unsafeUninitializedCapacity: c.count) { intoC, madeC in
                    a.storage = intoA.baseAddress
                    b.storage = intoB.baseAddress
                    c.storage = intoC.baseAddress
                    let lists: [any ChunkedDecoding] = [a, b, c]
                    let tasks = lists.enumerated().flatMap { l, list in (0..<list.chunkCount).map { (l, $0) } }
                    _ = Parallel.map(tasks.count) { t in
                        lists[tasks[t].0].decodeChunk(tasks[t].1)
                        return 0
                    }
                    madeC = c.compact()
                }
                madeB = b.compact()
            }
            madeA = a.compact()
        }
        a.report()
        b.report()
        c.report()
        return (first, second, third)
    }
}

protocol ChunkedDecoding: Sendable {
    var chunkCount: Int { get }
    func decodeChunk(_ c: Int)
}

/// One list being decoded (`ObjectReader.objectList`, `ObjectLists`).
final class ObjectList<Value: Sendable>: ChunkedDecoding, @unchecked Sendable {
    static var chunkSize: Int { 256 }
    /// Within a chunk, entries are given back in runs of this many records.
    static var giveBackRecords: Int32 { 16_384 }
    private let reader: ObjectReader
    private let key: String
    private let list: NodeArena.Ref?
    /// The key holds something other than a list, reported with the findings.
    private let notAList: Bool
    private let spec: ObjectSpec
    private let path: PlanPath
    private let make: @Sendable (ObjectReader) -> Value?
    let count: Int
    let chunkCount: Int
    /// Room for `count` values: chunk c writes `made[c]` of them from
    /// `c * chunkSize` on.
    fileprivate var storage: UnsafeMutablePointer<Value>?
    private let made: UnsafeMutableBufferPointer<Int>
    private let findings:
        UnsafeMutableBufferPointer<
            (
                diagnostics: [Diagnostic], unreadKeys: [String], contacts: [WrittenContact],
                placeholders: PlaceholderTexts
            )
        >

    fileprivate init(
        reader: ObjectReader, key: String, list: NodeArena.Ref?, notAList: Bool, spec: ObjectSpec, path: PlanPath,
        make: @escaping @Sendable (ObjectReader) -> Value?
    ) {
        self.reader = reader
        self.key = key
        self.list = list
        self.notAList = notAList
        self.spec = spec
        self.path = path
        self.make = make
        count = list.map { reader.tree.count($0) } ?? 0
        let size = Self.chunkSize
        chunkCount = count >= 2 * size ? (count + size - 1) / size : (count > 0 ? 1 : 0)
        made = .allocate(capacity: chunkCount)
        made.initialize(repeating: 0)
        findings = .allocate(capacity: chunkCount)
        findings.initialize(repeating: ([], [], [], PlaceholderTexts()))
    }

    deinit {
        made.deallocate()
        findings.deinitialize()
        findings.deallocate()
    }

    func decodeChunk(_ c: Int) {
        guard let list, let storage else { return }
        let context = reader.context
        let local = DecodeContext(
            tree: context.arena, vocabulary: context.vocabulary, trackUnread: context.trackUnread,
            packsContacts: context.packsContacts, givesBackArena: context.givesBackArena)
        let first = c * Self.chunkSize
        let items = first..<(c + 1 == chunkCount ? count : first + Self.chunkSize)
        let into = storage + first
        // The list's spec, in storage no other core counts on.
        let spec = spec.replica()
        var n = 0
        // Entries are given back once decoded, in runs of at least
        // `giveBackRecords` records, or at the chunk's end: 256 actions of
        // 1,000 partners each are 256,000 records (7 MB) a core.
        var given = items.lowerBound
        for i in items {
            defer {
                if context.givesBackArena, i + 1 < items.upperBound,
                    local.tree.item(list, i).index - local.tree.item(list, given).index >= Self.giveBackRecords
                {
                    ObjectReader.giveBack(given..<(i + 1), of: list, in: context.arena)
                    given = i + 1
                }
            }
            guard let object = local.object(local.tree.item(list, i), spec, path: path.index(i)),
                let value = make(object)
            else { continue }
            (into + n).initialize(to: consume value)
            n += 1
        }
        made[c] = n
        if context.givesBackArena, given < items.upperBound {
            ObjectReader.giveBack(given..<items.upperBound, of: list, in: context.arena)
        }
        // Each chunk is capped alone; `FindingCap.limit` keeps the first
        // of all chunks in list order, as one pass would.
        findings[c] = (
            local.diagnostics + local.tally.closingFindings(), local.unreadKeys, local.contacts, local.placeholders
        )
    }

    /// Moves each chunk's values down to follow the chunk before it (an
    /// entry that made no value leaves a gap) and gives how many there are.
    fileprivate func compact() -> Int {
        guard let storage else { return 0 }
        var total = 0
        for c in 0..<chunkCount {
            if total != c * Self.chunkSize {
                (storage + total).moveInitialize(from: storage + c * Self.chunkSize, count: made[c])
            }
            total += made[c]
        }
        self.storage = nil
        return total
    }

    /// Adds each chunk's findings to the reader's context, in list order;
    /// a value that is not a list is reported here.
    fileprivate func report() {
        let context = reader.context
        if notAList { _ = reader.items(key) }  // reports the type
        for c in 0..<chunkCount {
            context.diagnostics += findings[c].diagnostics
            context.unreadKeys += findings[c].unreadKeys
            context.contacts += findings[c].contacts
            context.placeholders.merge(findings[c].placeholders)
        }
    }
}

extension DecodeContext {
    /// Checks one scalar against a kind. Text kinds take any scalar (a
    /// phone written as a number is still a phone); the rest check shape
    /// and report `schema/type` or `schema/value`.
    func scalar(_ node: NodeArena.Ref, _ kind: ValueKind, path: PlanPath) -> Located<String>? {
        guard let s = tree.scalar(node) else {
            typeMismatch(node, expected: Self.expected(kind), path: path)
            return nil
        }
        let text = s.text
        let range = tree.range(node)
        let located = Located(text, range: range, path: path)
        func bad(_ what: String, hint: String? = nil) -> Located<String>? {
            report(.schemaValue, "'\(text)' is not \(what)", at: range, path: path, hint: hint)
            return nil
        }
        switch kind {
        case .text, .markdown, .modelName:
            if s.isNull { return nil }
            if Placeholder.firstMarker(in: text) != nil { placeholders.add(range, path) }
            // Embeddings, overrides and isolates are dropped from text a
            // document shows (docs/safety.md): none can reorder a name, a
            // cell, a calendar entry or a picture's title.
            let shown = BidiControls.withoutReordering(text)
            return shown.utf8.count == text.utf8.count ? located : Located(shown, range: range, path: path)
        case .integer where ThousandsSeparator.matches(text), .number where ThousandsSeparator.matches(text),
            .share where ThousandsSeparator.matches(text):
            report(
                .schemaType,
                "'\(path.lastKeyForMessages)' must be \(Self.expected(kind)); '\(text)' is written with a thousands separator, which makes it text",
                at: range, path: path, hint: ThousandsSeparator.hint(text))
            return nil
        case .integer(let minimum):
            guard case .int(let v) = s.resolved else {
                typeMismatch(node, expected: "a whole number", path: path)
                return nil
            }
            if let minimum, v < minimum { return bad("allowed here: the smallest allowed value is \(minimum)") }
            return located
        case .number:
            guard let v = ObjectReader.doubleValue(s) else {
                typeMismatch(node, expected: "a number", path: path)
                return nil
            }
            // `.inf`, `.nan` and `1e400` read as numbers in YAML, and would
            // show as "inf USD".
            if !v.isFinite { return bad("a finite number", hint: "write the figure itself, such as 25000") }
            return located
        case .share:
            guard let v = ObjectReader.doubleValue(s) else {
                typeMismatch(node, expected: "a number between 0 and 1", path: path)
                return nil
            }
            if !(v >= 0 && v <= 1) { return bad("a share between 0 and 1") }
            return located
        case .date:
            if case .int = s.resolved {
                return bad("a date", hint: "write dates as YYYY-MM-DD, for example 2025-06-30")
            }
            guard CalendarDate(text) != nil else {
                if let why = CalendarDate.whyNotADate(text) { return bad("a date: \(why)") }
                return bad("a date (YYYY-MM-DD)", hint: "write dates as YYYY-MM-DD, for example 2025-06-30")
            }
            return located
        case .email:
            return ValueFormats.isEmail(text) ? located : bad("an email address")
        case .url:
            return ValueFormats.isURL(text) ? located : bad("a web address", hint: "start it with https://")
        case .phone:
            return ValueFormats.isPhone(text)
                ? located
                : bad(
                    "a phone number",
                    hint: "write digits with spaces, '+', '-' or parentheses, and quote it: \"+1 740 555 0100\"")
        case .country:
            if ValueFormats.isCountry(text) { return located }
            let upper = text.uppercased()
            let hint =
                ValueFormats.isCountry(upper)
                ? "country codes are upper case: '\(upper)'" : "use the ISO 3166-1 two-letter code, such as US"
            return bad("an ISO 3166-1 country code", hint: hint)
        case .language:
            return ValueFormats.isLanguage(text)
                ? located : bad("a language code", hint: "use a code such as en, es, fr, ar")
        case .identifier, .reference:
            guard ValueFormats.isIdentifier(text), tree.resolved(node) == .string else {
                return bad(
                    "a valid id",
                    hint:
                        "ids are lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"
                )
            }
            return located
        case .choice(let vocabulary):
            if case .fixed(let values) = vocabulary, values.contains(text) { return located }
            guard let (allowed, allowedSet) = allowedValues(vocabulary) else { return located }
            if allowedSet.contains(text) { return located }
            let what = Self.vocabularyName(vocabulary, path: path)
            let near = Suggest.nearby(to: text, in: allowed)
            if !near.isEmpty {
                report(
                    .schemaValue, "'\(text)' is not a known \(what); did you mean \(Suggest.alternatives(near))?",
                    at: range, path: path)
            } else {
                report(
                    .schemaValue, "'\(text)' is not a known \(what)", at: range, path: path,
                    hint: "allowed: \(allowed.joined(separator: ", "))")
            }
            return nil
        case .either(let a, let b):
            let before = diagnostics.count
            let counted = tally
            if let v = scalar(node, a, path: path) { return v }
            diagnostics.removeSubrange(before...)
            tally = counted
            return scalar(node, b, path: path)
        case .list, .object, .languageMap:
            typeMismatch(node, expected: Self.expected(kind), path: path)
            return nil
        }
    }

    static func vocabularyName(_ vocabulary: Vocabulary, path: PlanPath) -> String {
        switch vocabulary {
        case .stages: "stage of the framework model"
        case .sectors: "sector of the framework model"
        case .roles: "role of the framework model"
        case .audiences: "audience of the framework model"
        case .fixed: "value for '\(path.lastKeyForMessages.split(separator: "[").first.map(String.init) ?? "")'"
        }
    }

    static func expected(_ kind: ValueKind) -> String {
        switch kind {
        case .list: "a list"
        case .languageMap: "a mapping of language codes"
        case .object(let spec): "a mapping (\(spec.name))"
        case .integer: "a whole number"
        case .number, .share: "a number"
        case .date: "a date (YYYY-MM-DD)"
        default: "text"
        }
    }
}
