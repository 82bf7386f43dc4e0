import PFPlanModel

/// What the cursor sits in, read from the text around it rather than from
/// a parse: while the author types, the YAML is often broken, and the
/// indentation above the cursor still says which mapping it is in.
/// Block mappings and lists are followed by indentation; flow `[...]` and
/// `{...}` on the cursor's line by brackets.
public struct CursorContext: Sendable {
    public enum Slot: Sendable {
        /// A key of this object goes here; `present` are its keys already written.
        case key(ObjectSpec, present: Set<String>)
        /// A value of this kind goes here.
        case value(ValueKind, field: FieldSpec?, owner: ObjectSpec?)
    }

    public var slot: Slot
    /// The word typed so far, and the bytes a completion replaces.
    public var word: String
    public var replace: Range<Int>
    /// Whether a `:` already follows the word (a key being corrected).
    public var colonFollows: Bool

    enum Step: Equatable {
        case key(String)
        case item
    }

    private struct Frame {
        var column: Int
        var step: Step
        /// A key whose value is on the following lines.
        var open: Bool
        var children: Set<String> = []
    }

    private struct Shape {
        var indent: Int
        var dashes: [Int] = []
        var key: (name: String, column: Int)?
        /// What follows the key's colon (or the dashes), without leading spaces.
        var rest: Substring
        var restColumn: Int
        var isBlank: Bool
        var firstColumn: Int { dashes.first ?? key?.column ?? indent }
    }

    public static func at(_ index: LineIndex, offset: Int, spec: ObjectSpec = PlanFormat.plan) -> CursorContext? {
        let cursorLine = index.position(ofByte: offset, .utf8).line
        let lineStart = index.lineRange(cursorLine).lowerBound
        var frames: [Frame] = []
        var rootChildren: Set<String> = []
        var scalarColumn: Int?  // lines indented more than this continue a scalar
        for line in 0..<cursorLine {
            let shape = Self.shape(Substring(index.lineText(line)))
            if shape.isBlank { continue }
            if let c = scalarColumn {
                if shape.indent > c { continue }
                scalarColumn = nil
            }
            pop(&frames, for: shape)
            for d in shape.dashes { frames.append(Frame(column: d, step: .item, open: true)) }
            if let key = shape.key {
                if frames.isEmpty {
                    rootChildren.insert(key.name)
                } else {
                    frames[frames.count - 1].children.insert(key.name)
                }
                let open = shape.rest.isEmpty || shape.rest.first == "|" || shape.rest.first == ">"
                frames.append(Frame(column: key.column, step: .key(key.name), open: open))
                if !shape.rest.isEmpty { scalarColumn = key.column }
            } else if let d = shape.dashes.last, !shape.rest.isEmpty {
                scalarColumn = d
            }
        }

        // The cursor's line, up to the cursor.
        let before = String(decoding: index.bytes[lineStart..<offset], as: UTF8.self)
        let after = String(decoding: index.bytes[offset..<index.lineRange(cursorLine).upperBound], as: UTF8.self)
        var shape = Self.shape(Substring(before), allowOpenKey: true)
        if before.allSatisfy({ $0 == " " }) {
            shape.indent = before.count
            shape.isBlank = false
        }
        if let c = scalarColumn, shape.firstColumn > c, shape.key == nil { return nil }
        pop(&frames, for: shape)
        for d in shape.dashes { frames.append(Frame(column: d, step: .item, open: true)) }

        var path = frames.map(\.step)
        var present = frames.last?.children ?? rootChildren
        var text = shape.rest
        var textColumn = shape.restColumn
        var atKey = shape.key == nil
        if let key = shape.key {
            path.append(.key(key.name))
            present = []
        }
        // Flow collections on this line: follow the brackets.
        if text.first == "[" || text.first == "{" {
            guard let flow = FlowScan(text) else { return nil }
            path += flow.path
            atKey = flow.atKey
            present = flow.keys
            textColumn += text.utf8.count - flow.word.utf8.count
            text = flow.word
        } else if !atKey {
            // A value: what is typed since the colon.
        } else if text.contains(where: { $0 == "#" }) {
            return nil
        }

        let word = String(text)
        let wordStart = lineStart + textColumn
        let tail = after.prefix { !" ,]}:#".contains($0) }
        let replace = wordStart..<(offset + tail.utf8.count)
        let colonFollows = after.dropFirst(tail.count).first == ":"

        guard let resolved = resolve(path, in: spec) else { return nil }
        if atKey {
            if case .object(let object) = resolved.kind {
                // The keys written below the cursor count as present too.
                let column = shape.dashes.last.map { $0 + 2 } ?? max(shape.indent, textColumn)
                let below = keysBelow(index, line: cursorLine, column: column)
                return CursorContext(
                    slot: .key(object, present: present.union(below)), word: word, replace: replace,
                    colonFollows: colonFollows)
            }
            // A list item of scalars (`- ab|`) is a value.
            if !shape.dashes.isEmpty || path.last == .item {
                return CursorContext(
                    slot: .value(resolved.kind, field: resolved.field, owner: resolved.owner), word: word,
                    replace: replace, colonFollows: false)
            }
            return nil
        }
        return CursorContext(
            slot: .value(resolved.kind, field: resolved.field, owner: resolved.owner), word: word,
            replace: replace, colonFollows: false)
    }

    /// Leaves on the stack only the frames that hold a line starting at
    /// its first column: a list may sit at its key's own indentation.
    private static func pop(_ frames: inout [Frame], for shape: Shape) {
        let t = shape.firstColumn
        while let top = frames.last {
            if top.column < t { break }
            if top.column == t, !shape.dashes.isEmpty, case .key = top.step, top.open { break }
            frames.removeLast()
        }
    }

    /// The kind at the end of a path of keys and list items.
    static func resolve(_ path: [Step], in spec: ObjectSpec) -> (
        kind: ValueKind, field: FieldSpec?, owner: ObjectSpec?
    )? {
        var kind = ValueKind.object(spec)
        var field: FieldSpec?
        var owner: ObjectSpec?
        for step in path {
            if case .either(let a, let b) = kind { kind = step == .item ? (isList(a) ? a : b) : (isObject(a) ? a : b) }
            switch (step, kind) {
            case (.key(let name), .object(let object)):
                guard let f = object.field(name) else { return nil }
                field = f
                owner = object
                kind = f.kind
            case (.item, .list(let element)):
                kind = element
            default:
                return nil
            }
        }
        return (kind, field, owner)
    }

    private static func isList(_ k: ValueKind) -> Bool { if case .list = k { true } else { false } }
    private static func isObject(_ k: ValueKind) -> Bool { if case .object = k { true } else { false } }

    /// The keys at `column` in the block that goes on below the cursor.
    private static func keysBelow(_ index: LineIndex, line: Int, column: Int) -> Set<String> {
        var keys: Set<String> = []
        var l = line + 1
        while l < index.lineCount {
            let shape = Self.shape(Substring(index.lineText(l)))
            l += 1
            if shape.isBlank { continue }
            if shape.firstColumn < column { break }
            if shape.firstColumn == column, !shape.dashes.isEmpty { break }
            if shape.dashes.isEmpty, let key = shape.key, key.column == column { keys.insert(key.name) }
        }
        return keys
    }

    /// The structure at the start of a line: indentation, `- ` markers,
    /// a plain key and what follows. Comments and blank lines are blank.
    private static func shape(_ line: Substring, allowOpenKey: Bool = false) -> Shape {
        let bytes = Array(line.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        let indent = i
        if i == bytes.count || bytes[i] == UInt8(ascii: "#") {
            return Shape(indent: indent, rest: "", restColumn: i, isBlank: true)
        }
        var dashes: [Int] = []
        while i < bytes.count, bytes[i] == UInt8(ascii: "-"), i + 1 == bytes.count || bytes[i + 1] == 0x20 {
            dashes.append(i)
            i += 1
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        }
        // A plain key: up to ": " or a final ":", not starting a flow or quote.
        var key: (String, Int)?
        var restStart = i
        if i < bytes.count, !"[{\"'|>&*!%@`#".utf8.contains(bytes[i]) {
            var j = i
            while j < bytes.count {
                if bytes[j] == UInt8(ascii: ":"), j + 1 == bytes.count || bytes[j + 1] == 0x20 {
                    key = (String(decoding: bytes[i..<j], as: UTF8.self).trimmingTrailingSpaces, i)
                    restStart = j + 1
                    while restStart < bytes.count, bytes[restStart] == 0x20 { restStart += 1 }
                    break
                }
                if bytes[j] == UInt8(ascii: "#"), j > 0, bytes[j - 1] == 0x20 { break }
                j += 1
            }
        }
        var rest = Substring(String(decoding: bytes[restStart...], as: UTF8.self))
        if key != nil || !allowOpenKey {
            // A comment after the value is not part of it.
            var previous: Character = " "
            if let hash = rest.indices.first(where: { i in
                defer { previous = rest[i] }
                return rest[i] == "#" && previous == " "
            }) {
                rest = rest[..<hash]
            }
            rest = Substring(String(rest).trimmingTrailingSpaces)
        }
        return Shape(
            indent: indent, dashes: dashes, key: key.map { (name: $0.0, column: $0.1) }, rest: rest,
            restColumn: restStart, isBlank: false)
    }
}

/// Follows `[` and `{` up to the cursor: the path into the innermost
/// collection, whether a key or a value is being typed, and the word.
private struct FlowScan {
    var path: [CursorContext.Step] = []
    var atKey = false
    var keys: Set<String> = []
    var word: Substring = ""

    init?(_ text: Substring) {
        enum Container {
            case list
            case map(key: String?, keys: Set<String>)
        }
        var stack: [Container] = []
        var word = text.startIndex
        var quote: Character?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else {
                switch c {
                case "\"", "'": quote = c
                case "[":
                    stack.append(.list)
                    word = text.index(after: i)
                case "{":
                    stack.append(.map(key: nil, keys: []))
                    word = text.index(after: i)
                case "]", "}":
                    if !stack.isEmpty { stack.removeLast() }
                    word = text.index(after: i)
                case ",":
                    if case .map(_, let keys)? = stack.last { stack[stack.count - 1] = .map(key: nil, keys: keys) }
                    word = text.index(after: i)
                case ":":
                    let next = text.index(after: i)
                    if case .map(_, var keys)? = stack.last, next == text.endIndex || text[next] == " " {
                        let name = text[word..<i].trimmingCharacters
                        keys.insert(name)
                        stack[stack.count - 1] = .map(key: name, keys: keys)
                        word = next
                    }
                default: break
                }
            }
            i = text.index(after: i)
        }
        guard !stack.isEmpty, quote == nil else { return nil }
        for container in stack {
            switch container {
            case .list: path.append(.item)
            case .map(let key, _): if let key { path.append(.key(key)) }
            }
        }
        if case .map(let key, let keys)? = stack.last {
            atKey = key == nil
            self.keys = keys
        }
        // Inner maps on the way have their key in the path; a map being
        // keyed at the end is the object itself.
        var w = text[word...]
        while w.first == " " { w = w.dropFirst() }
        self.word = w
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate var trimmingCharacters: String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
