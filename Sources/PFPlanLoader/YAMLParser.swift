internal import CYaml

/// One parsed YAML file: its text (for quoting lines), its root node when
/// there is one, and every problem found on the way.
public struct ParsedFile: Sendable {
    public var source: SourceText
    public var root: Node?
    public var diagnostics: [Diagnostic]
}

/// Builds a located node tree from libyaml's event stream. The tree is built
/// with an explicit stack (a hostile file cannot overflow ours) and depth and
/// alias expansion are counted as events arrive, because the system libyaml
/// has no nesting limit and an alias bomb must end in a finding, not in
/// gigabytes.
public enum YAMLParser {
    /// Parts of a cut file below this size are not worth a parser of their own.
    public static let defaultPieceBytes = 256 << 10

    /// - Parameter pieceBytes: the smallest part worth its own parser when a
    ///   large file is cut (see `PieceLayout`); tests make it small.
    public static func parse(
        _ source: SourceText, limits: YAMLLimits = .standard, pieceBytes: Int = defaultPieceBytes
    ) -> ParsedFile {
        let bytes = source.bytes
        if bytes.isEmpty {
            return ParsedFile(source: source, root: nil, diagnostics: [])
        }
        let inPieces: Node? = bytes.withUnsafeBufferPointer { buffer in
            guard let layout = PieceLayout(buffer, pieceBytes: pieceBytes) else { return nil }
            return parse(pieces: layout, of: source, limits: limits)
        }
        if let root = inPieces {
            return ParsedFile(source: source, root: root, diagnostics: [])
        }
        var builder = TreeBuilder(file: source.file, limits: limits)
        bytes.withUnsafeBufferPointer { run(&builder, over: UnsafeBufferPointer(rebasing: $0[...]), source: source) }
        return ParsedFile(source: source, root: builder.stopped ? nil : builder.root, diagnostics: builder.diagnostics)
    }

    /// Pulls every event of `bytes` into `builder`, which is `stopped`
    /// after any problem that ends the parse (libyaml not starting too).
    private static func run(_ builder: inout TreeBuilder, over bytes: UnsafeBufferPointer<UInt8>, source: SourceText) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            builder.fail(.yamlLimits, "libyaml could not start (out of memory)", at: Position(line: 1, column: 1))
            return
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        var event = yaml_event_t()
        while !builder.stopped {
            guard yaml_parser_parse(parser, &event) == 1 else {
                builder.report(parserError: parser.pointee, source: source)
                break
            }
            let done = event.type == YAML_STREAM_END_EVENT
            builder.handle(&event)
            yaml_event_delete(&event)
            if done { break }
        }
    }

    /// Parses the parts of a cut file on every core and joins them; nil
    /// when any part has a problem or not the shape its cut promised, and
    /// the file is then parsed whole (which also words every problem
    /// exactly as for a file that was never cut).
    private static func parse(pieces layout: PieceLayout, of source: SourceText, limits: YAMLLimits) -> Node? {
        let pieces = layout.pieces
        let fileID = FileID(source.file)
        let roots: [Node?] = Parallel.map(pieces.count) { index -> Node? in
            let piece = pieces[index]
            let next = index + 1 < pieces.count ? pieces[index + 1] : nil
            var builder = TreeBuilder(file: source.file, limits: limits)
            builder.lineOffset = piece.lineOffset
            // A list part's root is the open list, one level down.
            if piece.kind == .items { builder.depthBase = 1 }
            // Collections left open at a part's end close at the end of the
            // text, column 0; in the whole file they close at the next
            // entry's `-`.
            if let next, let column = next.listColumn {
                builder.endOfText = (line: next.lineOffset - piece.lineOffset, column: column)
            }
            source.bytes.withUnsafeBufferPointer { buffer in
                run(&builder, over: UnsafeBufferPointer(rebasing: buffer[piece.start..<piece.end]), source: source)
            }
            guard !builder.stopped, builder.diagnostics.isEmpty, !builder.sawAnchorOrAlias else { return nil }
            return builder.root
        }
        var rootPairs: [Pair] = []
        var rootStart = Position(line: 1, column: 1)
        var list: (items: [Node], start: Position)?
        var end = Position(line: 1, column: 1)

        func close(_ list: (items: [Node], start: Position)?, at end: Position) {
            guard let list else { return }
            rootPairs[rootPairs.count - 1].value = Node(
                content: .sequence(list.items), range: SourceRange(fileID: fileID, start: list.start, end: end))
        }

        for (index, piece) in pieces.enumerated() {
            guard let root = roots[index] else { return nil }
            switch piece.kind {
            case .items:
                guard list != nil, case .sequence(let items) = root.content, let column = piece.listColumn,
                      root.range.start == Position(line: piece.lineOffset + 1, column: column + 1)
                else { return nil }
                list!.items += items
            case .head, .mapping:
                guard case .mapping(let pairs) = root.content else { return nil }
                if piece.kind == .head {
                    rootStart = root.range.start
                } else {
                    guard root.range.start == Position(line: piece.lineOffset + 1, column: 1) else { return nil }
                    close(list, at: end)
                    list = nil
                    // A key twice at the top across parts: the whole parse
                    // reports it, with the first one under `related`.
                    for pair in pairs {
                        guard let text = pair.key.scalar?.text,
                              !rootPairs.contains(where: { $0.key.scalar?.text == text }) else { return nil }
                    }
                }
                rootPairs += pairs
                if let open = piece.opens {
                    guard let last = rootPairs.last, let key = last.key.scalar, key.style == .plain, key.text == open.key,
                          last.key.range.start == Position(line: open.keyLine + 1, column: 1),
                          case .sequence(let items) = last.value.content,
                          last.value.range.start == Position(line: open.firstEntryLine + 1, column: open.column + 1)
                    else { return nil }
                    list = (items, last.value.range.start)
                }
            }
            end = root.range.end
        }
        close(list, at: end)
        return Node(content: .mapping(rootPairs), range: SourceRange(fileID: fileID, start: rootStart, end: end))
    }
}

private struct TreeBuilder {
    /// An open collection. Its children wait on `items` or `pairs`, shared
    /// by every open collection, from `base` on; when it closes they are
    /// copied into an array of exactly their number. Arrays grown per
    /// collection cost several allocations each and left up to half their
    /// room unused: a fifth of a large plan's tree.
    struct Frame {
        var isMapping: Bool
        var start: Position
        var anchor: String?
        var base: Int
        var pendingKey: Node?
        var count = 1
    }

    let file: FileID
    let limits: YAMLLimits
    var stack: [Frame] = []
    var items: [Node] = []
    var pairs: [Pair] = []
    var anchors: [String: (node: Node, count: Int)] = [:]
    var aliasUses = 0
    var aliasExpansion = 0
    var documents = 0
    var root: Node?
    var diagnostics: [Diagnostic] = []
    var stopped = false
    /// For a part of a cut file (see `PieceLayout`): lines before it, and
    /// levels above its root.
    var lineOffset = 0
    var depthBase = 0
    /// Where the whole file closes what is open at this part's end, when
    /// that is not where the part's own text ends (0-based, in the part).
    var endOfText: (line: Int, column: Int)?
    /// Anchors may be used across a cut, so a part with any is parsed whole.
    var sawAnchorOrAlias = false

    init(file: String, limits: YAMLLimits) {
        self.file = FileID(file)
        self.limits = limits
        stack.reserveCapacity(limits.maxDepth + 1)
    }

    mutating func fail(_ rule: RuleID, _ message: String, at position: Position, hint: String? = nil) {
        diagnostics.append(Diagnostic(
            rule: rule, severity: .error, message: message,
            range: SourceRange(fileID: file, start: position, end: position), hint: hint))
        stopped = true
    }

    private func position(_ mark: yaml_mark_t) -> Position {
        Position(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    /// The end of a collection: see `endOfText`. (A block scalar's end is
    /// the start of the line after it both ways.)
    private func endPosition(_ mark: yaml_mark_t) -> Position {
        if let end = endOfText, mark.column == 0, Int(mark.line) == end.line {
            return Position(line: end.line + 1 + lineOffset, column: end.column + 1)
        }
        return position(mark)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafePointer(pointer))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    mutating func handle(_ event: inout yaml_event_t) {
        let start = position(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(.yamlSyntax, "a plan file holds one YAML document, but a second one starts here", at: start,
                     hint: "remove the '---' line, or move the second document to its own file and include it")
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let style: Scalar.Style
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let node = Node(
                content: .scalar(Scalar(text: text, style: style, tag: Self.string(s.tag))),
                range: SourceRange(fileID: file, start: start, end: position(event.end_mark)))
            // Only an escape in double quotes can put a control character in
            // a value (libyaml refuses them written raw); none can be shown
            // in HTML, CSV or a calendar, so the value is refused here.
            if style == .doubleQuoted, let code = Self.controlCharacter(in: UnsafeBufferPointer(start: s.value, count: s.length)) {
                diagnostics.append(Diagnostic(
                    rule: .yamlEncoding, severity: .error,
                    message: "the quoted text holds a control character (U+\(hex4(code))) written as an escape; no document can show it",
                    range: node.range, hint: "remove the escape (such as \\0, \\a, \\e, \\x07 or \\u0007) from the text"))
            }
            complete(node, count: 1, anchor: Self.string(s.anchor))
        case YAML_SEQUENCE_START_EVENT:
            guard enter(at: start) else { return }
            stack.append(Frame(isMapping: false, start: start, anchor: Self.string(event.data.sequence_start.anchor), base: items.count))
        case YAML_MAPPING_START_EVENT:
            guard enter(at: start) else { return }
            stack.append(Frame(isMapping: true, start: start, anchor: Self.string(event.data.mapping_start.anchor), base: pairs.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let range = SourceRange(fileID: file, start: frame.start, end: endPosition(event.end_mark))
            let content: Node.Content
            // Copied through a buffer pointer: `Array(slice)` of a slice that
            // spans the whole stack takes the stack's own storage, spare
            // room and all, and the stack must then be allocated again.
            if frame.isMapping {
                content = .mapping(pairs[frame.base...].withUnsafeBufferPointer { Array($0) })
                pairs.removeSubrange(frame.base...)
            } else {
                content = .sequence(items[frame.base...].withUnsafeBufferPointer { Array($0) })
                items.removeSubrange(frame.base...)
            }
            complete(Node(content: content, range: range), count: frame.count, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            sawAnchorOrAlias = true
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                fail(.yamlSyntax, "the alias '*\(name)' names no anchor defined before it", at: start,
                     hint: "define '&\(name)' on a value above this line, or write the value out")
                return
            }
            aliasUses += 1
            aliasExpansion += target.count
            if aliasUses > limits.maxAliasUses {
                fail(.yamlLimits, "more than \(limits.maxAliasUses) alias uses; a plan does not need that many", at: start)
                return
            }
            if aliasExpansion > limits.maxAliasExpansion {
                fail(.yamlLimits,
                     "aliases here expand to more than \(limits.maxAliasExpansion) nodes (an alias bomb?)", at: start,
                     hint: "write the repeated values out instead of nesting aliases")
                return
            }
            var copy = target.node
            copy.range = SourceRange(fileID: file, start: start, end: position(event.end_mark))
            complete(copy, count: target.count, anchor: nil)
        default:
            break
        }
    }

    /// The first C0 or C1 control character other than tab, line feed,
    /// carriage return and next line, in UTF-8 text.
    private static func controlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F { return Int(b) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), bytes[i + 1] != 0x85 { return Int(bytes[i + 1]) }
            i += 1
        }
        return nil
    }

    private mutating func enter(at start: Position) -> Bool {
        if stack.count + depthBase >= limits.maxDepth {
            fail(.yamlLimits, "nesting deeper than \(limits.maxDepth) levels", at: start,
                 hint: "a plan needs only a few levels; check for runaway '[' or '{'")
            return false
        }
        return true
    }

    private mutating func complete(_ node: Node, count: Int, anchor: String?) {
        if let anchor {
            anchors[anchor] = (node, count)
            sawAnchorOrAlias = true
        }
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return
        }
        let top = stack.count - 1
        stack[top].count += count
        guard stack[top].isMapping else {
            items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        // A key that is not text (a list as key) never matches another.
        if case .scalar(let keyScalar) = key.content,
           let first = pairs[stack[top].base...].firstIndex(where: { $0.key.scalar?.text == keyScalar.text }) {
            let name = keyScalar.text
            diagnostics.append(Diagnostic(
                rule: .yamlDuplicateKey, severity: .error,
                message: "the key '\(name)' appears twice in this mapping",
                range: key.range,
                hint: "keep one '\(name)'; the second would silently replace the first",
                related: [RelatedLocation(range: pairs[first].key.range, message: "first '\(name)' is here")]))
        } else {
            pairs.append(Pair(key: key, value: node))
        }
    }

    mutating func report(parserError p: yaml_parser_t, source: SourceText) {
        let problem = Self.string(p.problem) ?? "unknown problem"
        switch p.error {
        case YAML_READER_ERROR:
            let at = source.position(ofByte: Int(p.problem_offset))
            let what = p.problem_value >= 0 && p.problem_value < 0x20
                ? "a control character (U+\(hex4(Int(p.problem_value))))" : "a character"
            fail(.yamlEncoding, "the text holds \(what) that YAML does not allow (\(problem))", at: at,
                 hint: "remove it, or save the file as plain UTF-8 text")
        case YAML_MEMORY_ERROR:
            fail(.yamlLimits, "libyaml ran out of memory", at: Position(line: 1, column: 1))
        default:
            let at = position(p.problem_mark)
            let context = Self.string(p.context)
            let (message, hint) = PlainWords.explain(problem: problem, context: context)
            var related: [RelatedLocation] = []
            if let context, p.context_mark.line != p.problem_mark.line || p.context_mark.column != p.problem_mark.column {
                let c = position(p.context_mark)
                related.append(RelatedLocation(range: SourceRange(fileID: file, start: c, end: c), message: context))
            }
            diagnostics.append(Diagnostic(
                rule: .yamlSyntax, severity: .error, message: message,
                range: SourceRange(fileID: file, start: at, end: at), hint: hint, related: related))
            stopped = true
        }
    }
}

private func hex4(_ value: Int) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

/// libyaml speaks of tokens and indicators; plan authors are not parser
/// writers. Each known problem gets a sentence about what to change.
enum PlainWords {
    static func explain(problem: String, context: String?) -> (String, String?) {
        let original = context.map { "\(problem) \($0)" } ?? problem
        let plain: (String, String?)
        switch problem {
        case "mapping values are not allowed in this context":
            plain = ("a ':' is not allowed here", "if this is text that contains ': ', put the whole text in quotes; otherwise check the indentation of this line")
        case "did not find expected key":
            plain = ("this line does not line up with the keys around it", "indent it exactly like the keys above, or quote the text")
        case "did not find expected '-' indicator":
            plain = ("a list item ('- ') was expected here", "line this entry up with the '- ' entries above it")
        case "could not find expected ':'":
            plain = ("a key must be followed by ': '", "add ': ' after the key, or quote the text if it spans lines")
        case "found character that cannot start any token":
            plain = ("this character cannot start a value", "tabs cannot indent YAML (use spaces); '@' and '`' must be quoted")
        case "found unexpected end of stream":
            plain = ("the file ends before this value is closed", "close the quote or bracket that opens here")
        case "found a tab character that violates indentation":
            plain = ("a tab is used for indentation", "YAML indents with spaces only: replace the tab with spaces")
        case "found unknown escape character":
            plain = ("unknown escape sequence in double-quoted text", "write '\\\\' for a backslash, or use single quotes")
        case "did not find expected node content":
            plain = ("a value was expected here", "write a value after the key, or remove the stray punctuation")
        case "block sequence entries are not allowed in this context":
            plain = ("a list item ('- ') cannot start here", "put the list on its own lines below its key")
        case "did not find expected ',' or ']'":
            plain = ("a list in brackets is not closed", "add the missing ']' or ',' between its items")
        case "did not find expected ',' or '}'":
            plain = ("a mapping in braces is not closed", "add the missing '}' or ',' between its entries")
        case "found duplicate anchor; first occurrence", "found duplicated anchor":
            plain = ("an anchor name is used twice", "give each '&anchor' its own name")
        case "did not find expected <document start>":
            plain = ("text follows the end of the plan", "remove it, or indent it under a key")
        case "did not find expected comment or line break":
            plain = ("unexpected text after a value on this line", "put a value on one line, or quote it")
        default:
            plain = (original, nil)
        }
        let message = plain.0 == original ? plain.0 : "\(plain.0) (libyaml: \(original))"
        return (message, plain.1)
    }
}
