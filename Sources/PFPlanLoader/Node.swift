/// A YAML node with the place it came from. A value type: an alias is a
/// copy of its anchor's node, which shares storage, so aliases cost nothing
/// until the limits say they would.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    public var range: SourceRange

    public init(content: Content, range: SourceRange) {
        self.content = content
        self.range = range
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let s) = content { return s }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let m) = content { return m }
        return nil
    }

    /// The value under a key of a mapping node (first match).
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalar?.text == key { return pair.value }
        return nil
    }

    /// Words for messages: "a list", "a mapping", "text".
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let s):
            switch s.resolved {
            case .null: "nothing"
            case .bool: "true/false"
            case .int, .float: "a number"
            case .string: "text"
            }
        }
    }
}

public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

public struct Scalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    /// What an explicit tag (`!!str`) says about the value. Kept as a small
    /// enum rather than the tag's text: every node carries it, and only
    /// these tags change how a scalar resolves.
    public enum Tag: UInt8, Sendable, Hashable {
        case none, string, null, bool, int, float, other

        public init(_ text: String?) {
            switch text {
            case nil: self = .none
            case "tag:yaml.org,2002:str", "!": self = .string
            case "tag:yaml.org,2002:null": self = .null
            case "tag:yaml.org,2002:bool": self = .bool
            case "tag:yaml.org,2002:int": self = .int
            case "tag:yaml.org,2002:float": self = .float
            default: self = .other
            }
        }
    }

    public var tag: Tag

    public init(text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = Tag(tag)
    }

    /// `resolved == .null`, without resolving: asked of every value the
    /// decoder reads, and most values are words.
    public var isNull: Bool {
        var bytes = text
        return bytes.withUTF8 { ScalarResolver.isNull($0, style: style, tag: tag) }
    }

    /// The value under the YAML 1.2 core schema (see `ScalarResolver`).
    public var resolved: ScalarValue {
        var bytes = text
        return bytes.withUTF8 { ScalarResolver.resolve($0, style: style, tag: tag) }.with(text: text)
    }
}

public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}
