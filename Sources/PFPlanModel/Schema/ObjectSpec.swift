#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan format as data. The decoder checks keys against these specs,
/// and the JSON Schema for editors is generated from them, so the two
/// cannot disagree on what a key is called or what it holds.
///
/// A class: every mapping the decoder reads holds its spec, and a struct
/// of five arrays and strings cost five reference counts per copy.
public final class ObjectSpec: Sendable {
    public let name: String
    public let summary: String
    public let fields: [FieldSpec]
    /// The keys as text and as UTF-8 bytes, and their lengths in bytes, in
    /// field order, for the two `position`s.
    private let keyTexts: [String]
    private let keyLengths: [Int]
    private let keyBytes: [[UInt8]]
    /// Positions of the required fields: every object read checks them.
    let requiredFields: [Int]
    /// The keys' numbers in `PlanPath.keys`, in field order: a value's path
    /// is made from its field's number, not by looking its key up.
    let keyNumbers: [UInt32]
    /// Whether the objects of this spec are contacts: anything with a
    /// `visibility` key holds a way to reach a person (`WrittenContact`).
    let holdsContact: Bool

    public init(_ name: String, _ summary: String, _ fields: [FieldSpec]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.keyTexts = fields.map(\.key)
        self.keyLengths = fields.map(\.key.utf8.count)
        self.keyBytes = fields.map { Array($0.key.utf8) }
        self.requiredFields = fields.indices.filter { fields[$0].required }
        self.keyNumbers = fields.map { PlanPath.keys.number($0.key) }
        self.holdsContact = fields.contains { $0.key == "visibility" }
        precondition(Set(keyTexts).count == keyTexts.count, "\(name) lists a key twice")
    }

    /// The position of a key in `fields`. The decoder asks this for every
    /// key of every mapping and every value it reads (a hundred thousand
    /// times in a 10 MB plan): a spec has a dozen short keys, so comparing
    /// the few of the same length is cheaper than hashing the key.
    public func position(of key: String) -> Int? {
        let length = key.utf8.count
        for i in keyLengths.indices where keyLengths[i] == length && keyTexts[i] == key { return i }
        return nil
    }

    /// `position(of:)` for a key as the arena holds it, its bytes compared
    /// with `memcmp` (`ByteText`): the generic `elementsEqual` it replaced
    /// took 20 M instructions of decoding a 10 MB plan, one call for every
    /// key of every mapping.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        for i in keyLengths.indices where keyLengths[i] == key.count && ByteText.equal(keyBytes[i], key) { return i }
        return nil
    }

    public func field(_ key: String) -> FieldSpec? { fields.first { $0.key == key } }
    public var keys: [String] { fields.map(\.key) }

    /// This spec and every spec, list and box under it, copied. Each task
    /// decoding a chunk of a long list reads a replica of its own: the
    /// decoder counts references on the spec it reads with for every value,
    /// and on a spec shared by every core each count was a write to the
    /// same cache line from both cores (880,000 of them on six specs for a
    /// 10 MB plan, counted).
    func replica() -> ObjectSpec {
        var made: [ObjectIdentifier: ObjectSpec] = [:]
        return replica(&made)
    }

    fileprivate func replica(_ made: inout [ObjectIdentifier: ObjectSpec]) -> ObjectSpec {
        if let done = made[ObjectIdentifier(self)] { return done }
        let copy = ObjectSpec(
            name, summary, fields.map { FieldSpec($0.key, $0.kind.replica(&made), required: $0.required, $0.summary) })
        made[ObjectIdentifier(self)] = copy
        return copy
    }
}

extension ValueKind {
    /// A copy sharing no storage with this kind (see `ObjectSpec.replica`):
    /// `map` makes arrays of their own, where `Array(_:)` would share.
    fileprivate func replica(_ made: inout [ObjectIdentifier: ObjectSpec]) -> ValueKind {
        switch self {
        case .reference(let kinds): .reference(kinds.map { $0 })
        case .choice(.fixed(let values)): .choice(.fixed(values.map { $0 }))
        case .list(let element): .list(element.replica(&made))
        case .object(let spec): .object(spec.replica(&made))
        case .either(let a, let b): .either(a.replica(&made), b.replica(&made))
        case .languageMap(let value): .languageMap(value.replica(&made))
        case .text, .markdown, .integer, .number, .date, .email, .url, .phone, .country, .language, .identifier,
            .choice,
            .modelName, .share:
            self
        }
    }
}

public struct FieldSpec: Sendable {
    public var key: String
    public var kind: ValueKind
    public var required: Bool
    public var summary: String

    public init(_ key: String, _ kind: ValueKind, required: Bool = false, _ summary: String) {
        self.key = key
        self.kind = kind
        self.required = required
        self.summary = summary
    }
}

/// Where the allowed values of a choice come from: the plan format itself,
/// or the framework model (stages, sectors, roles, audiences are never
/// Swift literals).
public enum Vocabulary: Sendable, Equatable {
    case fixed([String])
    case stages
    case sectors
    case roles
    case audiences
}

/// What kinds of definitions a reference may name.
public enum DefinitionKind: String, Sendable, CaseIterable, Hashable {
    case member, stakeholder, resource, action, pillar, strategy, indicator
    case objective, threat
    case gap = "service-gap"
    case consultation, pathway, agreement
    case funding = "funding-source"

    /// The kind in words, for messages: "service gap".
    public var noun: String {
        switch self {
        case .gap: "service gap"
        case .funding: "funding source"
        default: rawValue
        }
    }
}

public enum ValueKind: Sendable {
    /// One-line text.
    case text
    /// Markdown; raw HTML in it is shown as text, never passed through.
    case markdown
    case integer(minimum: Int?)
    case number
    case date
    case email
    case url
    case phone
    /// ISO 3166-1 alpha-2.
    case country
    /// A language tag (`en`, `es`, `pt-BR`).
    case language
    /// An id being defined here (`^[a-z0-9][a-z0-9-]{0,63}$`).
    case identifier
    /// An id defined elsewhere in the plan, of one of these kinds.
    case reference([DefinitionKind])
    case choice(Vocabulary)
    indirect case list(ValueKind)
    case object(ObjectSpec)
    /// `framework.model`: a built-in model id or a path to a model file.
    case modelName
    /// A value that is either of two kinds (`resources: 1` or `{count: 1}` in a model).
    indirect case either(ValueKind, ValueKind)
    /// A floating share between 0 and 1.
    case share
    /// A mapping from language codes (`es`, `pt-BR`) to values of one
    /// kind: a model's translations.
    indirect case languageMap(ValueKind)
}

/// Byte comparisons for the decoder's hot paths.
enum ByteText {
    /// Whether `a` and `b` hold the same bytes.
    @inline(__always)
    static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let base = b.baseAddress, !b.isEmpty else { return true }
        return a.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, b.count) } == 0
    }

    /// Whether `b` holds exactly the bytes of `word`.
    @inline(__always)
    static func equal(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard b.count == word.utf8CodeUnitCount else { return false }
        guard let base = b.baseAddress, !b.isEmpty else { return true }
        return memcmp(base, word.utf8Start, b.count) == 0
    }
}
