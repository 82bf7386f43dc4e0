import PFPlanSupport
internal import CYaml

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One parsed YAML file: its text (for quoting lines), its nodes when
/// there are any, and every problem found on the way.
public struct ParsedFile: Sendable {
    public var source: SourceText
    public var tree: NodeArena?
    public var diagnostics: [Diagnostic]

    public init(source: SourceText, tree: NodeArena?, diagnostics: [Diagnostic]) {
        self.source = source
        self.tree = tree
        self.diagnostics = diagnostics
    }

    /// The nodes as a `Node` tree, made on each call.
    public var root: Node? { tree?.rootNode }
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
            return ParsedFile(source: source, tree: nil, diagnostics: [])
        }
        let inPieces: (NodeArena, [Diagnostic])? = bytes.withUnsafeBufferPointer { buffer in
            guard let layout = PieceLayout(buffer, pieceBytes: pieceBytes) else { return nil }
            return parse(pieces: layout, of: source, limits: limits)
        }
        if let (tree, advice) = inPieces {
            return ParsedFile(source: source, tree: tree, diagnostics: advice)
        }
        // A large file parsed whole is built in a mapping too, as the parts
        // of a cut file are, so that its decoder can give the records back
        // as it goes (`NodeArena.giveBack`: a 16 MB list inside one entry
        // cannot be cut). Past its room (far more nodes or escapes than a
        // plan has), it is parsed again on the heap.
        var builder = wholeParse(source, limits: limits, mapped: bytes.count >= mappedWholeBytes)
        if builder.arena.overflowed { builder = wholeParse(source, limits: limits, mapped: false) }
        let tree = builder.stopped ? nil : builder.root.map { NodeArena(builder.arena, source: bytes, root: $0) }
        return ParsedFile(
            source: source, tree: tree, diagnostics: builder.diagnostics + builder.tally.closingFindings())
    }

    /// Files from this size parsed whole are built in a mapping.
    static let mappedWholeBytes = 512 << 10

    private static func wholeParse(_ source: SourceText, limits: YAMLLimits, mapped: Bool) -> TreeBuilder {
        let bytes = source.bytes
        var builder = TreeBuilder(file: source.file, limits: limits)
        builder.maxNodes = limits.maxNodes(forBytes: bytes.count)
        if mapped, let regions = ArenaRegions(partBytes: [bytes.count]) { builder.arena = regions.builder(0) }
        bytes.withUnsafeBufferPointer {
            builder.source = $0
            run(&builder, over: $0, source: source)
        }
        return builder
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

    /// Parses the parts of a cut file on every core and joins them, with
    /// the parts' advice (info findings such as curly quotes) in file
    /// order; nil when any part has a problem or not the shape its cut
    /// promised, and the file is then parsed whole (which also words every
    /// problem exactly as for a file that was never cut).
    private static func parse(pieces layout: PieceLayout, of source: SourceText, limits: YAMLLimits) -> (
        NodeArena, [Diagnostic]
    )? {
        let pieces = layout.pieces
        let fileID = FileID(source.file)
        var tt = PhaseTimer("yaml")
        guard let regions = ArenaRegions(partBytes: pieces.map { $0.end - $0.start }) else { return nil }
        let parts: [(arena: ArenaBuilder, root: Int32, documentEnd: Position?, advice: [Diagnostic])?] = Parallel.map(
            pieces.count
        ) { index in
            let piece = pieces[index]
            let next = index + 1 < pieces.count ? pieces[index + 1] : nil
            var builder = TreeBuilder(file: source.file, limits: limits)
            // Each part may hold its share of the file's nodes; a part over
            // it sends the file to the whole parse, which says where.
            builder.maxNodes =
                limits.nodeAllowance / pieces.count + (piece.end - piece.start) / max(1, limits.bytesPerNode)
            builder.arena = regions.builder(index)
            builder.lines.offset = piece.lineOffset
            // A list part's root is the open list, one level down.
            if piece.kind == .items { builder.depthBase = 1 }
            // Collections left open at a part's end close at the end of the
            // text, column 0; in the whole file they close at the next
            // entry's `-`.
            if let next, let column = next.listColumn {
                builder.lines.endOfText = (line: next.lineOffset - piece.lineOffset, column: column)
            }
            source.bytes.withUnsafeBufferPointer { buffer in
                builder.source = buffer
                builder.pieceStart = piece.start
                run(&builder, over: UnsafeBufferPointer(rebasing: buffer[piece.start..<piece.end]), source: source)
            }
            guard !builder.stopped, builder.diagnostics.allSatisfy({ $0.severity == .info }), !builder.sawAnchorOrAlias,
                let root = builder.root
            else { return nil }
            return (builder.arena, root, builder.documentEnd, builder.diagnostics)
        }
        tt.mark("parallel")
        defer { tt.mark("join") }
        var arenas: [ArenaBuilder] = []
        var roots: [Int32] = []
        for part in parts {
            guard let part else { return nil }
            arenas.append(part.arena)
            roots.append(part.root)
        }
        // Node numbers are the joined arena's already (each part was built
        // in its own region of it).
        func record(_ p: Int, _ i: Int32) -> NodeArena.Record { arenas[p].records[Int(i)] }
        func entries(_ p: Int, _ i: Int32) -> UnsafeBufferPointer<Int32> {
            let r = record(p, i)
            // A scalar's `first` is not a place in `children`.
            guard r.kind != .scalar else { return UnsafeBufferPointer(start: nil, count: 0) }
            let n = r.kind == .mapping ? 2 * Int(r.count) : Int(r.count)
            return UnsafeBufferPointer(start: arenas[p].children.base.map { $0 + Int(r.first) }, count: n)
        }
        func text(_ p: Int, _ i: Int32) -> String? {
            let r = record(p, i)
            guard r.kind == .scalar else { return nil }
            return source.bytes.withUnsafeBufferPointer {
                String(decoding: arenas[p].bytes(of: r, source: $0), as: UTF8.self)
            }
        }

        // The top mapping's entries (key, value, ...), its keys as (part,
        // node), and the list left open by the last part, which the next
        // parts continue. Nodes made here go to `tail`, after every part.
        var rootEntries: [Int32] = []
        var rootKeys: [(part: Int, node: Int32)] = []
        var rootStart = Position(line: 1, column: 1)
        var list: (items: [Int32], start: Position)?
        var end = Position(line: 1, column: 1)
        var tail = regions.builder(pieces.count)

        func close(_ list: (items: [Int32], start: Position)?, at end: Position) {
            guard let list else { return }
            var items = list.items
            let made = tail.collection(
                .sequence, range: SourceRange(fileID: fileID, start: list.start, end: end), entries: &items,
                count: items.count)
            rootEntries[rootEntries.count - 1] = made
        }

        for (p, piece) in pieces.enumerated() {
            let root = record(p, roots[p])
            let own = entries(p, roots[p])
            switch piece.kind {
            case .items:
                guard list != nil, root.kind == .sequence, let column = piece.listColumn,
                    root.range.start == Position(line: piece.lineOffset + 1, column: column + 1)
                else { return nil }
                list!.items += own
            case .head, .mapping:
                guard root.kind == .mapping else { return nil }
                if piece.kind == .head {
                    rootStart = root.range.start
                } else {
                    guard root.range.start == Position(line: piece.lineOffset + 1, column: 1) else { return nil }
                    close(list, at: end)
                    list = nil
                    // A key twice at the top across parts: the whole parse
                    // reports it, with the first one under `related`.
                    for k in stride(from: 0, to: own.count, by: 2) {
                        guard let key = text(p, own[k]) else { return nil }
                        for (q, j) in rootKeys where text(q, j) == key { return nil }
                    }
                }
                for k in stride(from: 0, to: own.count, by: 2) { rootKeys.append((p, own[k])) }
                rootEntries += own
                if let open = piece.opens {
                    guard own.count >= 2 else { return nil }
                    let (key, value) = (own[own.count - 2], own[own.count - 1])
                    guard text(p, key) == open.key, record(p, key).style == .plain,
                        record(p, key).range.start == Position(line: open.keyLine + 1, column: 1),
                        record(p, value).kind == .sequence,
                        record(p, value).range.start == Position(line: open.firstEntryLine + 1, column: open.column + 1)
                    else { return nil }
                    list = (Array(entries(p, value)), record(p, value).range.start)
                }
            }
            end = root.range.end
        }
        close(list, at: end)
        // The top mapping ends where libyaml ends the document (stream end,
        // `...` or `---`), which is where the last part's own top node ends
        // except after a last line of fewer spaces than the list's entries
        // and no line break: the list then ends on that line, the mapping
        // at the stream end after it.
        guard let documentEnd = parts.last??.documentEnd else { return nil }
        let made = tail.collection(
            .mapping, range: SourceRange(fileID: fileID, start: rootStart, end: documentEnd), entries: &rootEntries,
            count: rootEntries.count / 2)
        guard !tail.overflowed else { return nil }
        return (
            NodeArena(regions: regions, tail: tail, source: source.bytes, root: made),
            parts.flatMap { $0?.advice ?? [] }
        )
    }
}

/// libyaml's marks as positions in the whole file, for a part of a cut
/// file (see `PieceLayout`). Apart from the builder because the builder's
/// own non-mutating methods, called from `handle`, made Swift copy the
/// whole builder (320 bytes) for every event.
private struct LineShift {
    /// Lines before the part.
    var offset = 0
    /// Where the whole file closes what is open at this part's end, when
    /// that is not where the part's own text ends (0-based, in the part).
    var endOfText: (line: Int, column: Int)?

    func position(_ mark: yaml_mark_t) -> Position {
        Position(line: Int(mark.line) + 1 + offset, column: Int(mark.column) + 1)
    }

    /// The end of a collection: see `endOfText`. (A block scalar's end is
    /// the start of the line after it both ways.)
    func endPosition(_ mark: yaml_mark_t) -> Position {
        if let end = endOfText, mark.column == 0, Int(mark.line) == end.line {
            return Position(line: end.line + 1 + offset, column: end.column + 1)
        }
        return position(mark)
    }
}

private struct TreeBuilder {
    /// An open collection. Its entries wait on `pending`, shared by every
    /// open collection, from `base` on (a mapping's as key, value, ...);
    /// when it closes they move to the arena's child lists.
    struct Frame {
        var isMapping: Bool
        var start: Position
        var anchor: String?
        var base: Int
        /// The last entry on `pending` is a key still waiting for its value.
        var hasPendingKey = false
        var count = 1
        /// For a mapping of many keys: each key's text and node, so that
        /// finding a duplicate (and its first occurrence) is not a scan of
        /// every earlier key.
        var keys: [String: Int32]?
    }

    let file: FileID
    let limits: YAMLLimits
    var stack: [Frame] = []
    var pending: [Int32] = []
    var arena = ArenaBuilder()
    var anchors: [String: (node: Int32, count: Int)] = [:]
    var aliasUses = 0
    var aliasExpansion = 0
    var documents = 0
    var root: Int32?
    /// Where the document ended: the end of its top collection in a whole
    /// parse, wherever that part's own top node ended (see `parse(pieces:)`).
    var documentEnd: Position?
    var diagnostics: [Diagnostic] = []
    /// Findings a file can repeat (duplicate keys, escaped controls) are
    /// capped where they are made (`FindingCap`).
    var tally = FindingTally()
    var stopped = false
    /// Positions as the whole file counts them, for a part of a cut file.
    var lines = LineShift()
    /// For a part of a cut file (see `PieceLayout`): levels above its root.
    var depthBase = 0
    /// Nodes made so far, and how many the text may hold
    /// (`YAMLLimits.maxNodes`).
    var nodes = 0
    var maxNodes = Int.max
    /// Anchors may be used across a cut, so a part with any is parsed whole.
    var sawAnchorOrAlias = false
    /// The whole file's bytes, and where in them this parser's input starts.
    var source: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    var pieceStart = 0

    init(file: String, limits: YAMLLimits) {
        self.file = FileID(file)
        self.limits = limits
        stack.reserveCapacity(limits.maxDepth + 1)
    }

    mutating func fail(_ rule: RuleID, _ message: String, at position: Position, hint: String? = nil) {
        diagnostics.append(
            Diagnostic(
                rule: rule, severity: .error, message: message,
                range: SourceRange(fileID: file, start: position, end: position), hint: hint))
        stopped = true
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
        let start = lines.position(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_END_EVENT:
            documentEnd = start
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(
                    .yamlSyntax, "a plan file holds one YAML document, but a second one starts here", at: start,
                    hint: "remove the '---' line, or move the second document to its own file and include it")
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let bytes = UnsafeBufferPointer(start: s.value, count: s.length)
            let style: Scalar.Style
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let range = SourceRange(fileID: file, start: start, end: lines.position(event.end_mark))
            if style == .plain, let first = bytes.first, first == 0xE2 || first == 0xC2,
                let quotes = CurlyQuotes(around: bytes)
            {
                diagnostics.append(quotes.diagnostic(range))
            }
            // Only an escape in double quotes can put a control character in
            // a value (libyaml refuses them written raw); none can be shown
            // in HTML, CSV or a calendar, so the value is refused here.
            let tag = s.tag == nil ? Scalar.Tag.none : Scalar.Tag(Self.string(s.tag))
            if style == .doubleQuoted, let code = Self.controlCharacter(in: bytes) {
                if tally.admit(.yamlEncoding, at: range, severity: .error) {
                    diagnostics.append(
                        Diagnostic(
                            rule: .yamlEncoding, severity: .error,
                            message:
                                "the quoted text holds a control character (U+\(hex4(code))) written as an escape; no document can show it",
                            range: range,
                            hint: "remove the escape (such as \\0, \\a, \\e, \\x07 or \\u0007) from the text"))
                }
                // The value keeps the escape as visible text (`\u{1B}`):
                // `--force` renders the plan anyway, and no output channel
                // (a terminal, a page, a cell) then meets the raw character.
                let visible = Self.controlsMadeVisible(bytes)
                let node = visible.withUnsafeBufferPointer {
                    arena.scalar(bytes: $0, style: style, tag: tag, range: range)
                }
                guard hasRoom() else { return }
                complete(node, count: 1, anchor: Self.string(s.anchor))
                return
            }
            // A value written as it reads (no escapes, folding or block
            // indentation) points into the file instead of being copied.
            let node: Int32
            if style == .plain || style == .singleQuoted || style == .doubleQuoted,
                case let offset = pieceStart + Int(event.start_mark.index) + (style == .plain ? 0 : 1),
                offset + bytes.count <= source.count,
                bytes.isEmpty || memcmp(source.baseAddress! + offset, bytes.baseAddress!, bytes.count) == 0
            {
                node = arena.scalar(inSourceAt: offset, count: bytes.count, style: style, tag: tag, range: range)
            } else {
                node = arena.scalar(bytes: bytes, style: style, tag: tag, range: range)
            }
            guard hasRoom() else { return }
            complete(node, count: 1, anchor: Self.string(s.anchor))
        case YAML_SEQUENCE_START_EVENT:
            guard enter(at: start) else { return }
            stack.append(
                Frame(
                    isMapping: false, start: start, anchor: Self.string(event.data.sequence_start.anchor),
                    base: pending.count))
        case YAML_MAPPING_START_EVENT:
            guard enter(at: start) else { return }
            stack.append(
                Frame(
                    isMapping: true, start: start, anchor: Self.string(event.data.mapping_start.anchor),
                    base: pending.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let range = SourceRange(fileID: file, start: frame.start, end: lines.endPosition(event.end_mark))
            // A mapping that ends after a key with no value: libyaml gives
            // the value (null) itself, so this does not happen; kept safe.
            if frame.hasPendingKey { pending.removeLast() }
            let entries = pending.count - frame.base
            let node = arena.collection(
                frame.isMapping ? .mapping : .sequence, range: range, entries: &pending,
                count: frame.isMapping ? entries / 2 : entries)
            guard hasRoom() else { return }
            if frame.anchor != nil { arena.records[Int(node)].flags.insert(.shared) }
            complete(node, count: frame.count, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            sawAnchorOrAlias = true
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                // Plans rarely use anchors; a value that starts with '*'
                // (`name: *Dana Whitfield`) is text that needs quotes.
                let offset = pieceStart + Int(event.start_mark.index)
                let value = Self.restOfLine(from: offset, in: source)
                fail(
                    .yamlSyntax,
                    "a value that starts with '*' must be in quotes: YAML reads '*\(name)' as a reference to an anchor '&\(name)', and there is none",
                    at: start, hint: "put the text in quotes: \"\(value)\"")
                return
            }
            aliasUses += 1
            aliasExpansion += target.count
            if aliasUses > limits.maxAliasUses {
                fail(
                    .yamlLimits, "more than \(limits.maxAliasUses) alias uses; a plan does not need that many",
                    at: start)
                return
            }
            if aliasExpansion > limits.maxAliasExpansion {
                fail(
                    .yamlLimits,
                    "aliases here expand to more than \(limits.maxAliasExpansion) nodes (an alias bomb?)", at: start,
                    hint: "write the repeated values out instead of nesting aliases")
                return
            }
            // The alias is the anchored node again (the same entries) at the
            // alias's own place.
            var copy = arena.records[Int(target.node)]
            copy.range = SourceRange(fileID: file, start: start, end: lines.position(event.end_mark))
            let node = arena.append(copy)
            guard hasRoom() else { return }
            complete(node, count: target.count, anchor: nil)
        default:
            break
        }
    }

    /// The text from `offset` to the end of its line, without a comment.
    private static func restOfLine(from offset: Int, in source: UnsafeBufferPointer<UInt8>) -> String {
        guard offset >= 0, offset <= source.count else { return "" }
        var end = offset
        while end < source.count, source[end] != 0x0A, source[end] != 0x0D {
            if source[end] == UInt8(ascii: "#"), end > offset, source[end - 1] == 0x20 { break }
            end += 1
        }
        while end > offset, source[end - 1] == 0x20 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: source[offset..<end]), as: UTF8.self)
    }

    /// The first C0 or C1 control character other than tab, line feed,
    /// carriage return and next line, in UTF-8 text.
    private static func controlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F { return Int(b) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), bytes[i + 1] != 0x85 {
                return Int(bytes[i + 1])
            }
            i += 1
        }
        return nil
    }

    /// UTF-8 text with each control `controlCharacter` finds written as
    /// `\u{HEX}`.
    private static func controlsMadeVisible(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var code: Int?
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F { code = Int(b) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), bytes[i + 1] != 0x85 {
                code = Int(bytes[i + 1])
            }
            if let code {
                out += Array("\\u{\(String(code, radix: 16, uppercase: true))}".utf8)
                i += code >= 0x80 ? 2 : 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// False, and the parse stopped, once a part's region is full: its
    /// last node was not written, and the file is parsed whole instead.
    private mutating func hasRoom() -> Bool {
        if arena.overflowed {
            stopped = true
            return false
        }
        nodes += 1
        if nodes > maxNodes {
            let at = arena.records[Int(arena.records.end - 1)].range.start
            fail(
                .yamlLimits,
                "more than \(maxNodes) YAML nodes (keys, values and list items) in a text of this size: the limit is one per "
                    + "\(limits.bytesPerNode) bytes, and a plan has about one per 15", at: at,
                hint:
                    "a plan does not need values this short and this many; check for a runaway list such as [a,a,a,...]"
            )
            return false
        }
        return true
    }

    private mutating func enter(at start: Position) -> Bool {
        if stack.count + depthBase >= limits.maxDepth {
            fail(
                .yamlLimits, "nesting deeper than \(limits.maxDepth) levels", at: start,
                hint: "a plan needs only a few levels; check for runaway '[' or '{'")
            return false
        }
        return true
    }

    private mutating func complete(_ node: Int32, count: Int, anchor: String?) {
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
            pending.append(node)
            return
        }
        guard stack[top].hasPendingKey else {
            pending.append(node)
            stack[top].hasPendingKey = true
            return
        }
        stack[top].hasPendingKey = false
        let key = pending[pending.count - 1]
        // A key that is not text (a list as key) never matches another.
        if let first = duplicate(of: key, in: top),
            tally.admit(.yamlDuplicateKey, at: arena.records[Int(key)].range, severity: .error)
        {
            reportDuplicate(key, first: first)
        }
        // The pair stays in the tree, as written: the decoder reads the
        // first for ordinary keys, but a contact's visibility must see
        // every value the author gave (the most restrictive wins), or a
        // second `visibility:` would be silently dropped.
        pending.append(node)
    }

    private mutating func reportDuplicate(_ key: Int32, first: Int32) {
        do {
            let name = Self.text(key, in: arena, source: source)
            diagnostics.append(
                Diagnostic(
                    rule: .yamlDuplicateKey, severity: .error,
                    message: "the key '\(name)' appears twice in this mapping",
                    range: arena.records[Int(key)].range,
                    hint: "keep one '\(name)'; the second would silently replace the first",
                    related: [
                        RelatedLocation(range: arena.records[Int(first)].range, message: "first '\(name)' is here")
                    ]))
        }
    }

    /// A scalar's text. Static, given what it reads: a method of the
    /// builder, called from a mutating one, copied the whole builder.
    private static func text(_ node: Int32, in arena: borrowing ArenaBuilder, source: UnsafeBufferPointer<UInt8>)
        -> String
    {
        String(decoding: arena.bytes(of: arena.records[Int(node)], source: source), as: UTF8.self)
    }

    /// Whether two scalars have the same bytes; static as `text`. A loop,
    /// not a closure: a closure here captured the whole builder and copied
    /// it, arrays and all, for every key of every mapping.
    private static func sameText(
        _ a: Int32, _ b: Int32, in arena: borrowing ArenaBuilder, source: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let (ra, rb) = (arena.records[Int(a)], arena.records[Int(b)])
        guard ra.kind == .scalar, rb.kind == .scalar, ra.count == rb.count else { return false }
        guard ra.count > 0, let x = arena.bytes(of: ra, source: source).baseAddress,
            let y = arena.bytes(of: rb, source: source).baseAddress
        else { return true }
        return memcmp(x, y, Int(ra.count)) == 0
    }

    /// The earlier key of the open mapping `frame` with the same text as
    /// `key` (the last entry on `pending`), if any.
    private mutating func duplicate(of key: Int32, in frame: Int) -> Int32? {
        guard arena.records[Int(key)].kind == .scalar else { return nil }
        let base = stack[frame].base
        let last = pending.count - 1
        let earlier = stride(from: base, to: last, by: 2)
        if (last - base) / 2 < 16 {
            for i in earlier where Self.sameText(pending[i], key, in: arena, source: source) { return pending[i] }
            return nil
        }
        if stack[frame].keys == nil {
            var keys: [String: Int32] = [:]
            for i in earlier where arena.records[Int(pending[i])].kind == .scalar {
                keys[Self.text(pending[i], in: arena, source: source)] = pending[i]
            }
            stack[frame].keys = keys
        }
        // The first occurrence comes from the table: scanning the earlier
        // keys for it made `{a, b, ..., z, z, z, ...}` quadratic.
        let text = Self.text(key, in: arena, source: source)
        if let first = stack[frame].keys![text] { return first }
        stack[frame].keys![text] = key
        return nil
    }

    mutating func report(parserError p: yaml_parser_t, source: SourceText) {
        let problem = Self.string(p.problem) ?? "unknown problem"
        switch p.error {
        case YAML_READER_ERROR:
            // libyaml's own words stay out of the message (issue 20).
            let at = source.position(ofByte: Int(p.problem_offset))
            let what =
                p.problem_value >= 0 && p.problem_value < 0x20
                ? "a control character (U+\(hex4(Int(p.problem_value))))" : "a character"
            fail(
                .yamlEncoding, "the text holds \(what) that YAML does not allow", at: at,
                hint: "remove it, or save the file as plain UTF-8 text")
        case YAML_MEMORY_ERROR:
            fail(.yamlLimits, "libyaml ran out of memory", at: Position(line: 1, column: 1))
        default:
            let at = lines.position(p.problem_mark)
            let context = Self.string(p.context)
            let contextAt = context == nil ? nil : lines.position(p.context_mark)
            let e = SyntaxExplainer.explain(
                problem: problem, context: context, at: at, contextAt: contextAt, source: source.bytes)
            diagnostics.append(
                Diagnostic(
                    rule: .yamlSyntax, severity: .error, message: e.message,
                    range: SourceRange(fileID: file, start: e.start, end: e.end), hint: e.hint,
                    related: e.related.map {
                        RelatedLocation(range: SourceRange(fileID: file, start: $0.at, end: $0.at), message: $0.message)
                    }))
            stopped = true
        }
    }
}

private func hex4(_ value: Int) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
