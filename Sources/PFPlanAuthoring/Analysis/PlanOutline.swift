import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// One file of a plan read with the format's specs (`PlanFormat`): every
/// key with its field, every scalar value with the kind the format gives
/// it, and every id defined. Completion, hover, navigation, rename and the
/// outline all read this, so a block added to the format shows up in
/// them with no change here.
public struct FileOutline: Sendable {
    public struct Key: Sendable {
        public var range: SourceRange
        public var field: FieldSpec
        public var owner: ObjectSpec
    }

    public struct Value: Sendable {
        public var range: SourceRange
        public var text: String
        public var style: Scalar.Style
        public var kind: ValueKind
        public var field: FieldSpec?
        public var owner: ObjectSpec?
    }

    /// An id defined by a field of kind `.identifier`, with the mapping
    /// that holds it (for hover) and its spec.
    public struct Definition: Sendable {
        public var id: String
        public var range: SourceRange
        public var style: Scalar.Style
        public var spec: ObjectSpec
        public var node: Node
    }

    public var file: String
    public var root: Node?
    public private(set) var keys: [Key] = []
    public private(set) var values: [Value] = []
    public private(set) var definitions: [Definition] = []

    public init(file: String, root: Node?, spec: ObjectSpec = PlanFormat.plan) {
        self.file = file
        self.root = root
        if let root { walk(root, .object(spec), field: nil, owner: nil) }
    }

    /// Parses bytes and reads them.
    public init(file: String, bytes: [UInt8]) {
        let parsed = PlanLoader(appendableKeys: PlanFormat.appendableKeys).parse(bytes, file: file)
        self.init(file: file, root: parsed.root)
    }

    private mutating func walk(_ node: Node, _ kind: ValueKind, field: FieldSpec?, owner: ObjectSpec?) {
        switch (kind, node.content) {
        case (.object(let spec), .mapping(let pairs)):
            for pair in pairs {
                guard let name = pair.key.scalar?.text, let f = spec.field(name) else { continue }
                keys.append(Key(range: pair.key.range, field: f, owner: spec))
                if case .identifier = f.kind, let id = pair.value.scalar, !id.isNull {
                    definitions.append(
                        Definition(id: id.text, range: pair.value.range, style: id.style, spec: spec, node: node))
                }
                walk(pair.value, f.kind, field: f, owner: spec)
            }
        case (.list(let element), .sequence(let items)):
            for item in items { walk(item, element, field: field, owner: owner) }
        case (.either(let a, let b), _):
            if case .mapping = node.content, case .object = b {
                walk(node, b, field: field, owner: owner)
            } else {
                walk(node, a, field: field, owner: owner)
            }
        case (.object, _), (.list, _):
            // A scalar where a mapping or list belongs: the decoder reports it.
            break
        case (_, .scalar(let s)):
            if s.isNull { break }
            values.append(
                Value(range: node.range, text: s.text, style: s.style, kind: kind, field: field, owner: owner))
        default:
            break
        }
    }

    /// The key whose range holds the place.
    public func key(at place: Position) -> Key? { keys.last { $0.range.holds(place) } }

    /// The scalar value whose range holds the place.
    public func value(at place: Position) -> Value? { values.last { $0.range.holds(place) } }

    public func definition(at place: Position) -> Definition? { definitions.last { $0.range.holds(place) } }

    /// The files this one includes, as the loader finds them.
    public var includes: [String] {
        values.filter { $0.field?.key == "include" && $0.owner === PlanFormat.plan }
            .map { PathText.join(PathText.directory(of: file), $0.text) }
    }
}

extension SourceRange {
    /// Start inclusive, end inclusive too: a cursor just after a word is
    /// still on it, as editors expect.
    func holds(_ place: Position) -> Bool { start <= place && place <= end }
}

extension FileOutline.Value {
    /// The ids this value may name: a reference's kinds, or, for a
    /// waiver's `target`, any id.
    var referenceKinds: [DefinitionKind]? {
        if case .reference(let kinds) = kind { return kinds }
        if FormatAnchors.isWaiverTarget(field, owner) { return DefinitionKind.allCases }
        return nil
    }
}

/// The few places of the format the editor features name: the waiver
/// block (its `rule` takes rule ids, its `target` any id). Found through
/// the plan's spec, so a renamed key fails a test rather than silently.
enum FormatAnchors {
    static let waiver: ObjectSpec? = {
        guard case .list(.object(let spec))? = PlanFormat.plan.field("waivers")?.kind else { return nil }
        return spec
    }()

    static func isWaiverTarget(_ field: FieldSpec?, _ owner: ObjectSpec?) -> Bool {
        owner != nil && owner === waiver && field?.key == "target"
    }

    static func isWaiverRule(_ field: FieldSpec?, _ owner: ObjectSpec?) -> Bool {
        owner != nil && owner === waiver && field?.key == "rule"
    }
}

/// Every file of one plan (the plan and the files it includes), read
/// with the specs, with what the last check learnt: the model and the
/// kinds of ids.
public struct PlanOutline: Sendable {
    public var plan: String
    public var files: [String: FileOutline]
    public var model: FrameworkModel?
    public var ids: IdIndex?
    /// Open findings, for waiver targets.
    public var findings: [Diagnostic]

    public init(
        plan: String, files: [String: FileOutline], model: FrameworkModel?, ids: IdIndex?, findings: [Diagnostic]
    ) {
        self.plan = plan
        self.files = files
        self.model = model
        self.ids = ids
        self.findings = findings
    }

    /// Reads the plan and, recursively, the files it includes, with bytes
    /// from `read` (open buffers before the disk).
    public static func files(of plan: String, read: (String) -> [UInt8]?) -> [String: FileOutline] {
        var out: [String: FileOutline] = [:]
        var queue = [PathText.normalize(plan)]
        while let file = queue.popLast() {
            guard out[file] == nil, out.count < 256, let bytes = read(file) else { continue }
            let outline = FileOutline(file: file, bytes: bytes)
            out[file] = outline
            queue += outline.includes.map(PathText.normalize)
        }
        return out
    }

    public var allDefinitions: [FileOutline.Definition] {
        files.keys.sorted().flatMap { files[$0]!.definitions }
    }

    public func definitions(of id: String) -> [FileOutline.Definition] {
        allDefinitions.filter { $0.id == id }
    }

    /// Every value that names `id`: references of any kind and waiver targets.
    public func references(to id: String) -> [FileOutline.Value] {
        files.keys.sorted().flatMap { file in
            files[file]!.values.filter { $0.text == id && $0.referenceKinds != nil }
        }
    }

    /// The kind of a defined id: the checked plan's, else its spec's name.
    public func kind(of definition: FileOutline.Definition) -> String {
        ids?.kind(of: definition.id)?.rawValue ?? definition.spec.name
    }
}
