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
        if tag != .none { return tag == .null }
        guard style == .plain else { return false }
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// The value under the YAML 1.2 core schema. Only plain, untagged
    /// scalars are resolved: `"12"` and `!!str 12` are text, and so are
    /// `no`, `on` and `NO` (Norway's country code stays a string).
    public var resolved: ScalarValue {
        switch tag {
        case .none: break
        case .string, .other: return .string(text)
        case .null: return .null
        case .bool: return CoreSchema.bool(text).map(ScalarValue.bool) ?? .string(text)
        case .int: return CoreSchema.int(text).map(ScalarValue.int) ?? .string(text)
        case .float: return CoreSchema.float(text).map(ScalarValue.float) ?? .string(text)
        }
        guard style == .plain else { return .string(text) }
        return CoreSchema.resolve(text)
    }
}

public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// YAML 1.2 core schema resolution (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
public enum CoreSchema {
    public static func resolve(_ text: String) -> ScalarValue {
        // Fast path: most scalars are words; the core schema's non-string
        // forms all start with a digit, sign, dot, tilde or one of n/N/t/T/f/F.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let i = int(text) { return .int(i) }
            if let f = float(text) { return .float(f) }
            return .string(text)
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
            return .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let b = bool(text) { return .bool(b) }
            return .string(text)
        default:
            return .string(text)
        }
    }

    public static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    public static func int(_ text: String) -> Int? {
        let u = text.utf8
        guard let first = u.first else { return nil }
        if u.count > 2, first == UInt8(ascii: "0") {
            let second = u[u.index(after: u.startIndex)]
            let digits = Substring(text).dropFirst(2)
            if second == UInt8(ascii: "o") { return Int(digits, radix: 8) }
            if second == UInt8(ascii: "x") { return Int(digits, radix: 16) }
        }
        var rest = Substring(text).utf8[...]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    public static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var i = text.utf8.startIndex
        let u = text.utf8
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        if i < u.endIndex, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i = u.index(after: i) }
        var mantissaDigits = 0
        while i < u.endIndex, isDigit(u[i]) { i = u.index(after: i); mantissaDigits += 1 }
        if i < u.endIndex, u[i] == UInt8(ascii: ".") {
            i = u.index(after: i)
            while i < u.endIndex, isDigit(u[i]) { i = u.index(after: i); mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if i < u.endIndex, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i = u.index(after: i)
            if i < u.endIndex, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i = u.index(after: i) }
            var expDigits = 0
            while i < u.endIndex, isDigit(u[i]) { i = u.index(after: i); expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == u.endIndex else { return nil }
        return Double(text)
    }
}
