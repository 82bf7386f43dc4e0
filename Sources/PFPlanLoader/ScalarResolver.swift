/// What a YAML scalar means: the one place that decides it, for the
/// `Scalar` of a `Node` tree and for an arena's bytes alike.
///
/// The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution):
/// only plain, untagged scalars are resolved, so `"12"` and `!!str 12` are
/// text, and so are YAML 1.1's `yes`, `no`, `on` and `NO` (Norway's country
/// code stays a string); dates are text too. `!!null`, `!!bool`, `!!int`
/// and `!!float` force their type where the text allows it.
///
/// Works on bytes, allocating nothing for a word, a null, a boolean or an
/// integer: the decoder asks this of every value of a plan. The `String`
/// functions read the string's own bytes (`withUTF8`).
package enum ScalarResolver {
    /// What a scalar resolves to, without its text (`.string` means "the
    /// text itself").
    package enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    /// A scalar as it was written: its style and explicit tag decide
    /// whether its bytes are resolved at all.
    @inlinable
    package static func resolve(_ bytes: UnsafeBufferPointer<UInt8>, style: Scalar.Style, tag: Scalar.Tag) -> Value {
        switch tag {
        case .none: break
        case .string, .other: return .string
        case .null: return .null
        case .bool: return bool(bytes).map(Value.bool) ?? .string
        case .int: return int(bytes).map(Value.int) ?? .string
        case .float: return float(bytes).map(Value.float) ?? .string
        }
        guard style == .plain else { return .string }
        return resolve(bytes)
    }

    /// `resolve(bytes, style:, tag:) == .null`, without resolving: asked
    /// of every value the decoder reads, and most values are words.
    @inlinable
    package static func isNull(_ bytes: UnsafeBufferPointer<UInt8>, style: Scalar.Style, tag: Scalar.Tag) -> Bool {
        if tag != .none { return tag == .null }
        guard style == .plain else { return false }
        return isNull(bytes)
    }

    /// A plain, untagged scalar's value.
    @inlinable
    package static func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> Value {
        // Most scalars are words; the core schema's other forms all start
        // with a digit, sign, dot, tilde or one of n/N/t/T/f/F.
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let i = int(bytes) { return .int(i) }
            if let f = float(bytes) { return .float(f) }
            return .string
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(bytes) ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(bytes).map(Value.bool) ?? .string
        default:
            return .string
        }
    }

    /// Empty, `~`, `null`, `Null` or `NULL`.
    @inlinable
    package static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4:
            return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8)
                || bytes.elementsEqual("NULL".utf8)
        default: return false
        }
    }

    /// `true`, `True`, `TRUE`, `false`, `False`, `FALSE`.
    @inlinable
    package static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 4:
            if bytes.elementsEqual("true".utf8) || bytes.elementsEqual("True".utf8) || bytes.elementsEqual("TRUE".utf8)
            {
                return true
            }
        case 5:
            if bytes.elementsEqual("false".utf8) || bytes.elementsEqual("False".utf8)
                || bytes.elementsEqual("FALSE".utf8)
            {
                return false
            }
        default: break
        }
        return nil
    }

    /// `[-+]?[0-9]+`, `0o` then octal, `0x` then hex; nil past `Int`'s
    /// range (such a number then reads as a float). After `0o` and `0x`
    /// a sign is taken, as Swift's `Int(_:radix:)` took it.
    @inlinable
    package static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        if bytes.count > 2, first == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o") { return integer(UnsafeBufferPointer(rebasing: bytes[2...]), radix: 8) }
            if bytes[1] == UInt8(ascii: "x") { return integer(UnsafeBufferPointer(rebasing: bytes[2...]), radix: 16) }
        }
        return integer(bytes, radix: 10)
    }

    /// An optional sign and one or more digits of `radix` (letters of
    /// either case past 9), as Swift's `Int(_:radix:)` reads them.
    @usableFromInline
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, radix: Int) -> Int? {
        var i = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        guard i < bytes.count else { return nil }
        // Summed as a negative number, which reaches `Int.min`.
        var value = 0
        while i < bytes.count {
            let b = bytes[i]
            let digit: Int
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(b - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(b - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (next, o2) = shifted.subtractingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, or `.inf`,
    /// `.nan` in their three spellings (infinity signed).
    @inlinable
    package static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let special = specialFloat(bytes) { return special }
        guard isDecimalFloat(bytes) else { return nil }
        // A number of up to 15 bytes is a small string: no allocation.
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    @usableFromInline
    static func specialFloat(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        switch b.count {
        case 4:
            if b.elementsEqual(".inf".utf8) || b.elementsEqual(".Inf".utf8) || b.elementsEqual(".INF".utf8) {
                return .infinity
            }
            if b.elementsEqual(".nan".utf8) || b.elementsEqual(".NaN".utf8) || b.elementsEqual(".NAN".utf8) {
                return .nan
            }
        case 5:
            if b.elementsEqual("+.inf".utf8) || b.elementsEqual("+.Inf".utf8) || b.elementsEqual("+.INF".utf8) {
                return .infinity
            }
            if b.elementsEqual("-.inf".utf8) || b.elementsEqual("-.Inf".utf8) || b.elementsEqual("-.INF".utf8) {
                return -.infinity
            }
        default: break
        }
        return nil
    }

    @usableFromInline
    static func isDecimalFloat(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        var i = 0
        if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while i < u.count, isDigit(u[i]) {
            i += 1
            mantissaDigits += 1
        }
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, isDigit(u[i]) {
                i += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < u.count, isDigit(u[i]) {
                i += 1
                expDigits += 1
            }
            guard expDigits > 0 else { return false }
        }
        return i == u.count
    }
}

// MARK: - The same for a String

extension ScalarResolver {
    /// A plain, untagged scalar's value, with its text where it is text.
    package static func resolve(_ text: String) -> ScalarValue {
        var bytes = text
        return bytes.withUTF8 { resolve($0) }.with(text: text)
    }

    package static func isNull(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8 { isNull($0) }
    }

    package static func bool(_ text: String) -> Bool? {
        var bytes = text
        return bytes.withUTF8 { bool($0) }
    }

    package static func int(_ text: String) -> Int? {
        var bytes = text
        return bytes.withUTF8 { int($0) }
    }

    package static func float(_ text: String) -> Double? {
        var bytes = text
        return bytes.withUTF8 { float($0) }
    }
}

extension ScalarResolver.Value {
    /// The value with `text` where it is text.
    package func with(text: @autoclosure () -> String) -> ScalarValue {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let f): .float(f)
        case .string: .string(text())
        }
    }
}
