/// Why libyaml stopped, said for people who edit a plan rather than for
/// parser writers. libyaml names a token and the place where it gave up,
/// which is often lines after the mistake (a quote left open swallows the
/// lines below it). The explainer reads the text around that place for the
/// mistakes new authors make, and reports each at the character to change,
/// with the line written right.
struct SyntaxExplanation: Equatable {
    var message: String
    var hint: String?
    var start: Position
    var end: Position
    var related: [Note] = []

    struct Note: Equatable {
        var at: Position
        var message: String
    }
}

enum SyntaxExplainer {
    /// - Parameters:
    ///   - problem, context: libyaml's own words (`yaml_parser_t.problem`, `.context`).
    ///   - at, contextAt: libyaml's marks, as positions in the whole file.
    static func explain(
        problem: String, context: String?, at: Position, contextAt: Position?, source: [UInt8]
    ) -> SyntaxExplanation {
        let lines = SourceLines(source)
        let line = min(max(at.line, 1), lines.count)
        let problemAt = Position(line: line, column: max(at.column, 1))
        let explainer = Explainer(
            lines: lines, problem: problem, context: context, at: problemAt, contextAt: contextAt,
            quotes: QuoteScan(lines, through: line))
        return explainer.explain()
    }
}

private struct Explainer {
    let lines: SourceLines
    let problem: String
    let context: String?
    let at: Position
    let contextAt: Position?
    /// Where quotes open and close, from the top of the file to the problem.
    let quotes: QuoteScan

    func explain() -> SyntaxExplanation {
        if let quote = unclosedQuote() ?? earlyClosedQuote() { return quote }
        if let e = dashWithoutSpace() ?? colonWithoutSpace() ?? misindentedEntry() ?? misindentedKey() ?? missingColon()
            ?? colonInValue() ?? badFirstCharacter()
        {
            return e
        }
        let (message, hint) = PlainWords.explain(problem: problem)
        return SyntaxExplanation(message: message, hint: hint, start: at, end: at, related: contextNote())
    }

    // MARK: quotes

    /// A quote opened on an earlier line and not closed on it: YAML reads
    /// on, across keys and comments, to the next quote of its kind or to
    /// the end of the file, and libyaml complains only there.
    func unclosedQuote() -> SyntaxExplanation? {
        if context == "while scanning a quoted scalar", let c = contextAt, let open = lines.byte(at: c),
            let quote = lines.quote(at: open)
        {
            return unclosed(open: open, line: c.line, quote: quote, close: nil)
        }
        let span = quotes.multiLine.last { span in
            guard span.openLine < at.line, span.closeLine == nil || span.closeLine == at.line else { return false }
            // A long text may be quoted across lines on purpose; one that
            // runs over keys, list entries or comments was left open.
            let last = span.closeLine ?? at.line
            return (span.openLine + 1...last).contains { lines.looksLikeStructure($0) }
        }
        guard let span else { return nil }
        return unclosed(
            open: span.open, line: span.openLine, quote: span.quote, close: span.close.map { ($0, span.closeLine!) })
    }

    func unclosed(open: Int, line: Int, quote: UInt8, close: (byte: Int, line: Int)?) -> SyntaxExplanation {
        let q = quote == UInt8(ascii: "\"") ? "\"" : "'"
        let start = lines.position(ofByte: open, line: line)
        var explanation = SyntaxExplanation(
            message: "this \(q) opens a quoted text that is never closed",
            hint: "end the text with \(q) on this line",
            start: start, end: lines.endOfLine(line))
        if let close {
            explanation.message =
                "this \(q) opens a quoted text that is not closed on its line, so everything up to the next \(q) (line \(close.line)) is read as its text"
            explanation.related = [
                .init(at: lines.position(ofByte: close.byte, line: close.line), message: "the next \(q) is here")
            ]
        }
        return explanation
    }

    /// A quote that ends inside the text: an apostrophe in single quotes
    /// (`'KU's training'`), a double quote inside double quotes.
    func earlyClosedQuote() -> SyntaxExplanation? {
        guard let early = quotes.earlyCloses.last(where: { $0.line == at.line && $0.openLine == at.line }),
            let problemByte = lines.byte(at: at), early.close < problemByte
        else { return nil }
        let start = lines.position(ofByte: early.close, line: at.line)
        let end = Position(line: start.line, column: start.column + 1)
        let text = lines.intendedText(open: early.open, line: at.line, quote: early.quote)
        if early.quote == UInt8(ascii: "'") {
            let word = lines.word(around: early.close, line: at.line)
            let doubled = "'" + text.replacingAll("'", with: "''") + "'"
            let hint =
                text.contains("\"") || text.contains("\\")
                ? "inside single quotes write an apostrophe twice: \(doubled)"
                : "inside single quotes write an apostrophe twice: \(doubled), or put the text in double quotes: \"\(text)\""
            return SyntaxExplanation(
                message: "the apostrophe in '\(word)' ends the quoted text, so the rest of the line cannot be read",
                hint: hint, start: start, end: end)
        }
        let escaped = "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        let hint =
            text.contains("'")
            ? "inside double quotes write a quote as \\\": \(escaped)"
            : "inside double quotes write a quote as \\\": \(escaped), or put the text in single quotes: '\(text)'"
        return SyntaxExplanation(
            message: "this \" ends the quoted text, so the rest of the line cannot be read", hint: hint, start: start,
            end: end)
    }

    // MARK: keys and list entries

    /// `-id: x`: without a space, '-id' is a key, not a list entry.
    func dashWithoutSpace() -> SyntaxExplanation? {
        let first = max(1, at.line - 3)
        for n in stride(from: at.line, through: first, by: -1) {
            guard let dash = lines.dashWithoutSpace(n) else { continue }
            let entry = lines.text(from: dash + 1, line: n).trimmingSpaces()
            let start = lines.position(ofByte: dash, line: n)
            return SyntaxExplanation(
                message: "a list entry needs a space after '-'",
                hint: "write '- \(entry)'", start: start, end: Position(line: n, column: start.column + 1))
        }
        return nil
    }

    /// `name:Aisha Bello`: a ':' followed by text is part of the text, so
    /// the line holds no key, and libyaml stops on a later line.
    func colonWithoutSpace() -> SyntaxExplanation? {
        var candidates = [at.line, at.line - 1]
        if let c = contextAt, context == "while scanning a simple key" { candidates.insert(c.line, at: 0) }
        for n in candidates where n >= 1 {
            guard let (key, colon) = lines.keyWithoutSpace(n) else { continue }
            let value = lines.text(from: colon + 1, line: n).trimmingSpaces()
            let start = lines.position(ofByte: colon, line: n)
            return SyntaxExplanation(
                message: "a ':' after a key needs a space after it",
                hint: "write '\(key): \(value)'", start: start, end: Position(line: n, column: start.column + 1))
        }
        return nil
    }

    /// A list entry whose '-' does not line up with the entries above it.
    func misindentedEntry() -> SyntaxExplanation? {
        guard problem == "did not find expected key" || problem == "did not find expected '-' indicator",
            let dash = lines.listDash(at.line), at.column == lines.position(ofByte: dash, line: at.line).column
        else { return nil }
        let indent = lines.indentation(at.line)
        // The nearest entry above that is not further in (an entry of a list inside this one).
        var n = at.line - 1
        while n >= 1 {
            if lines.listDash(n) != nil, lines.indentation(n) <= indent + 2, lines.indentation(n) != indent {
                let other = lines.indentation(n)
                return SyntaxExplanation(
                    message:
                        "this list entry is indented \(spaces(indent)), but the entry on line \(n) is indented \(other)",
                    hint: "line up its '-' with the '- ' entries of its list",
                    start: at, end: Position(line: at.line, column: at.column + 1))
            }
            if !lines.isBlankOrComment(n), lines.indentation(n) < min(indent, 1) { break }
            n -= 1
        }
        return nil
    }

    /// `name City of Sampleton`: a key that lost its ':'. libyaml reads
    /// the line as text, and stops at the next line.
    func missingColon() -> SyntaxExplanation? {
        let c: Position
        if problem == "could not find expected ':'", context == "while scanning a simple key", let mark = contextAt,
            mark.line < at.line
        {
            c = mark
        } else if problem == "mapping values are not allowed in this context", let key = lines.key(at.line),
            lines.byte(at: at) == key.colonByte, let previous = lines.previousContentLine(before: at.line),
            lines.key(previous) == nil, lines.listDash(previous) == nil,
            lines.indentation(previous) == lines.indentation(at.line)
        {
            // The first key of a mapping lost its ':': it and the lines
            // after it read as one text, up to the next key's ':'.
            c = Position(line: previous, column: lines.indentation(previous) + 1)
        } else {
            return nil
        }
        guard let start = lines.byte(at: c) else { return nil }
        let text = lines.text(from: start, line: c.line).trimmingSpaces()
        var hint = "if the line continues the text above it, join the two lines or put the text in quotes"
        if let space = text.firstIndex(of: " "),
            text[..<space].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") })
        {
            let key = text[..<space]
            let rest = String(text[text.index(after: space)...]).trimmingSpaces()
            hint = "if '\(key)' is a key, write '\(key): \(rest)'; " + hint
        }
        return SyntaxExplanation(
            message: "this line has no ': ' after a key, so YAML cannot read it as a key and its value",
            hint: hint, start: c, end: lines.endOfLine(c.line))
    }

    /// A key indented less than the keys it belongs with, or more than the
    /// key above it (it then reads as part of that key's value).
    func misindentedKey() -> SyntaxExplanation? {
        guard let key = lines.key(at.line), let previous = lines.previousContentLine(before: at.line),
            let above = lines.key(previous)
        else { return nil }
        let indent = key.column - 1
        let aboveIndent = above.column - 1
        let start = Position(line: at.line, column: key.column)
        let end = Position(line: at.line, column: key.column + key.name.count)
        let fix = "indent '\(key.name):' by \(spaces(aboveIndent)), like '\(above.name):' on line \(previous)"
        switch problem {
        case "did not find expected key", "did not find expected '-' indicator":
            guard at.column == key.column, indent < aboveIndent else { return nil }
            if key.isListEntry {
                return SyntaxExplanation(
                    message:
                        "this list entry is indented \(spaces(indent)), less than the line above it (\(aboveIndent))",
                    hint: "line up its '-' with the '- ' entries of its list", start: start, end: end)
            }
            return SyntaxExplanation(
                message:
                    "'\(key.name)' is indented \(spaces(indent)), but the keys above it are indented \(aboveIndent)",
                hint: fix, start: start, end: end)
        case "mapping values are not allowed in this context":
            // The ':' right after the key: the line continues the value above.
            guard !key.isListEntry, indent > aboveIndent, above.hasValue,
                let colon = lines.byte(at: at), colon == key.colonByte
            else { return nil }
            return SyntaxExplanation(
                message:
                    "'\(key.name)' is indented \(spaces(indent)), more than '\(above.name)' above it (\(aboveIndent)), so it reads as part of the value of '\(above.name)'",
                hint: fix + "; if the ':' belongs to the text, put the text in quotes", start: start, end: end)
        default:
            return nil
        }
    }

    /// `title: Sampleton: Prevention Framework`: the second ': ' would
    /// start another key.
    func colonInValue() -> SyntaxExplanation? {
        guard problem == "mapping values are not allowed in this context", let key = lines.key(at.line),
            let colon = lines.byte(at: at), colon > key.colonByte
        else { return nil }
        let value = lines.text(from: key.colonByte + 1, line: at.line).trimmingSpaces()
        let quoted = value.contains("\"") ? "'" + value.replacingAll("'", with: "''") + "'" : "\"" + value + "\""
        return SyntaxExplanation(
            message: "this value holds ': ', which YAML reads as the start of another key",
            hint: "put the whole text in quotes: \(key.name): \(quoted)",
            start: at, end: Position(line: at.line, column: at.column + 1))
    }

    /// A tab where indentation goes, or `@` and `` ` ``, which YAML keeps
    /// for later use, at the start of a value.
    func badFirstCharacter() -> SyntaxExplanation? {
        guard
            problem == "found character that cannot start any token"
                || problem == "found a tab character that violates indentation",
            let b = lines.byte(at: at), b < lines.bytes.count
        else { return nil }
        let end = Position(line: at.line, column: at.column + 1)
        switch lines.bytes[b] {
        case 0x09:
            return SyntaxExplanation(
                message: "a tab is used for indentation",
                hint: "YAML indents with spaces only: replace the tab with spaces",
                start: at, end: end)
        case UInt8(ascii: "@"), UInt8(ascii: "`"):
            let c = lines.bytes[b] == UInt8(ascii: "@") ? "@" : "`"
            let value = lines.text(from: b, line: at.line).trimmingSpaces()
            return SyntaxExplanation(
                message: "a value cannot start with '\(c)' unless it is in quotes",
                hint: "put the text in quotes: \"\(value)\"", start: at, end: end)
        default:
            return nil
        }
    }

    /// libyaml's context, where it is elsewhere, in plain words; contexts
    /// with no plain meaning are left out.
    func contextNote() -> [SyntaxExplanation.Note] {
        guard let context, let c = contextAt, c != at else { return [] }
        let words: String
        switch context {
        case "while parsing a block mapping": words = "the keys this line should line up with start here"
        case "while parsing a block collection": words = "the list this line should belong to starts here"
        case "while parsing a flow mapping": words = "the '{' opened here"
        case "while parsing a flow sequence": words = "the '[' opened here"
        case "while scanning a simple key": words = "the key starts here"
        default: return []
        }
        return [.init(at: c, message: words)]
    }

    /// As `counted` (PFPlanModel, which this module is below).
    private func spaces(_ n: Int) -> String { n == 1 ? "1 space" : "\(n) spaces" }
}

/// libyaml's problems in plain words, for what the source text does not
/// explain better.
enum PlainWords {
    static func explain(problem: String) -> (String, String?) {
        switch problem {
        case "mapping values are not allowed in this context":
            (
                "a ':' is not allowed here",
                "if this is text that contains ': ', put the whole text in quotes; otherwise check the indentation of this line"
            )
        case "did not find expected key":
            ("this line does not line up with the keys around it", "indent it exactly like the keys above it")
        case "did not find expected '-' indicator":
            ("a list entry ('- ') was expected here", "line this entry up with the '- ' entries above it")
        case "could not find expected ':'":
            ("a key must be followed by ': '", "add ': ' after the key, or quote the text if it spans lines")
        case "found character that cannot start any token":
            ("this character cannot start a value", "put the value in quotes")
        case "found unexpected end of stream":
            ("the file ends before this value is closed", "close the quote or bracket that opens here")
        case "found a tab character that violates indentation":
            ("a tab is used for indentation", "YAML indents with spaces only: replace the tab with spaces")
        case "found unknown escape character":
            ("unknown escape sequence in double-quoted text", "write '\\\\' for a backslash, or use single quotes")
        case "did not find expected node content":
            ("a value was expected here", "write a value after the key, or remove the stray punctuation")
        case "block sequence entries are not allowed in this context":
            ("a list entry ('- ') cannot start here", "put the list on its own lines below its key")
        case "did not find expected ',' or ']'":
            ("a list in brackets is not closed", "add the missing ']' or ',' between its items")
        case "did not find expected ',' or '}'":
            ("a mapping in braces is not closed", "add the missing '}' or ',' between its entries")
        case "found duplicate anchor; first occurrence", "found duplicated anchor":
            ("an anchor name is used twice", "give each '&anchor' its own name")
        case "did not find expected <document start>":
            ("text follows the end of the plan", "remove it, or indent it under a key")
        case "did not find expected comment or line break":
            ("unexpected text after a value on this line", "put a value on one line, or quote it")
        default:
            (
                "YAML cannot read the text here",
                "check the quotes, brackets and indentation of this line and the one above"
            )
        }
    }
}

// MARK: - Reading the source text

/// The file's lines as byte ranges, 1-based, with columns counted in
/// Unicode scalars as libyaml counts them.
struct SourceLines {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        ranges = SourceText(file: "", utf8: bytes).lineRanges()
    }

    var count: Int { ranges.count }

    func range(_ line: Int) -> Range<Int> { line >= 1 && line <= ranges.count ? ranges[line - 1] : 0..<0 }

    /// The byte at a position, or the line's end when the column is past it.
    func byte(at p: Position) -> Int? {
        guard p.line >= 1, p.line <= ranges.count else { return nil }
        let r = ranges[p.line - 1]
        var column = 1
        var i = r.lowerBound
        while i < r.upperBound, column < p.column {
            i += 1
            while i < r.upperBound, bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    func position(ofByte b: Int, line: Int) -> Position {
        let r = range(line)
        var column = 1
        for i in r.lowerBound..<min(max(b, r.lowerBound), r.upperBound) where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return Position(line: line, column: column)
    }

    func endOfLine(_ line: Int) -> Position { position(ofByte: range(line).upperBound, line: line) }

    func text(from b: Int, line: Int) -> String {
        let r = range(line)
        guard b >= r.lowerBound, b <= r.upperBound else { return "" }
        var end = r.upperBound
        // A comment is not part of the value.
        var i = b
        while i < end {
            if bytes[i] == UInt8(ascii: "#"), i > b, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 {
                end = i
                break
            }
            i += 1
        }
        return String(decoding: bytes[b..<end], as: UTF8.self)
    }

    func quote(at b: Int) -> UInt8? {
        guard b < bytes.count, bytes[b] == UInt8(ascii: "\"") || bytes[b] == UInt8(ascii: "'") else { return nil }
        return bytes[b]
    }

    func indentation(_ line: Int) -> Int {
        let r = range(line)
        var i = r.lowerBound
        while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
        return i - r.lowerBound
    }

    func isBlank(_ line: Int) -> Bool {
        range(line).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }

    func isBlankOrComment(_ line: Int) -> Bool {
        let r = range(line)
        var i = r.lowerBound
        while i < r.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i == r.upperBound || bytes[i] == UInt8(ascii: "#")
    }

    func previousContentLine(before line: Int) -> Int? {
        var n = line - 1
        while n >= 1 {
            if !isBlankOrComment(n) { return n }
            n -= 1
        }
        return nil
    }

    /// The line starts (after its indentation and any '- ') with a key, a
    /// comment or a list entry: text a quote left open runs over.
    func looksLikeStructure(_ line: Int) -> Bool {
        let r = range(line)
        var i = r.lowerBound
        while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
        guard i < r.upperBound else { return false }
        if bytes[i] == UInt8(ascii: "#") { return true }
        if bytes[i] == UInt8(ascii: "-"), i + 1 == r.upperBound || bytes[i + 1] == 0x20 { return true }
        return key(line) != nil
    }

    struct Key {
        var name: String
        /// The key's first column.
        var column: Int
        var colonByte: Int
        var isListEntry: Bool
        /// Text follows the ': ' on the line.
        var hasValue: Bool
    }

    static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "_")
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
        isKeyStart(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    /// `key:` or `key: value` after the indentation and any '- '.
    func key(_ line: Int) -> Key? {
        let r = range(line)
        var i = r.lowerBound
        var listEntry = false
        while true {
            while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
            guard i + 1 < r.upperBound, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == 0x20 else { break }
            listEntry = true
            i += 2
        }
        guard i < r.upperBound, Self.isKeyStart(bytes[i]) else { return nil }
        let start = i
        while i < r.upperBound, Self.isKeyByte(bytes[i]) { i += 1 }
        guard i < r.upperBound, bytes[i] == UInt8(ascii: ":"), i + 1 == r.upperBound || bytes[i + 1] == 0x20 else {
            return nil
        }
        var v = i + 1
        while v < r.upperBound, bytes[v] == 0x20 { v += 1 }
        let hasValue = v < r.upperBound && bytes[v] != UInt8(ascii: "#")
        return Key(
            name: String(decoding: bytes[start..<i], as: UTF8.self), column: position(ofByte: start, line: line).column,
            colonByte: i, isListEntry: listEntry, hasValue: hasValue)
    }

    /// The byte of the '-' that starts a list entry on the line.
    func listDash(_ line: Int) -> Int? {
        let r = range(line)
        let i = r.lowerBound + indentation(line)
        guard i < r.upperBound, bytes[i] == UInt8(ascii: "-"), i + 1 == r.upperBound || bytes[i + 1] == 0x20 else {
            return nil
        }
        return i
    }

    /// `-id: x`: the byte of a '-' that is directly followed by a key.
    func dashWithoutSpace(_ line: Int) -> Int? {
        let r = range(line)
        var i = r.lowerBound
        while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
        let dash = i
        guard i + 1 < r.upperBound, bytes[i] == UInt8(ascii: "-"), Self.isKeyStart(bytes[i + 1]) else { return nil }
        i += 1
        while i < r.upperBound, Self.isKeyByte(bytes[i]) { i += 1 }
        guard i < r.upperBound, bytes[i] == UInt8(ascii: ":"), i + 1 == r.upperBound || bytes[i + 1] == 0x20 else {
            return nil
        }
        return dash
    }

    /// `name:Aisha Bello`: a key whose ':' is followed by text, not a space
    /// (not `https://`, which is a value of its own).
    func keyWithoutSpace(_ line: Int) -> (key: String, colon: Int)? {
        let r = range(line)
        var i = r.lowerBound
        while true {
            while i < r.upperBound, bytes[i] == 0x20 { i += 1 }
            guard i + 1 < r.upperBound, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == 0x20 else { break }
            i += 2
        }
        guard i < r.upperBound, Self.isKeyStart(bytes[i]) else { return nil }
        let start = i
        while i < r.upperBound, Self.isKeyByte(bytes[i]) { i += 1 }
        guard i + 1 < r.upperBound, bytes[i] == UInt8(ascii: ":") else { return nil }
        let next = bytes[i + 1]
        guard next != 0x20, next != 0x09, next != UInt8(ascii: "/"), next != UInt8(ascii: ":") else { return nil }
        return (String(decoding: bytes[start..<i], as: UTF8.self), i)
    }

    /// The word holding the byte `b`, between spaces and quotes.
    func word(around b: Int, line: Int) -> String {
        let r = range(line)
        var s = b
        var e = b + 1
        while s > r.lowerBound, bytes[s - 1] != 0x20, bytes[s - 1] != UInt8(ascii: "'"),
            bytes[s - 1] != UInt8(ascii: "\"")
        { s -= 1 }
        while e < r.upperBound, bytes[e] != 0x20, bytes[e] != UInt8(ascii: "'"), bytes[e] != UInt8(ascii: "\"") {
            e += 1
        }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// The text an author meant to quote: from after the opening quote to
    /// the last quote of its kind on the line (else the line's end).
    func intendedText(open: Int, line: Int, quote: UInt8) -> String {
        let r = range(line)
        var end = r.upperBound
        while end > open + 1, bytes[end - 1] == 0x20 { end -= 1 }
        if end > open + 1, bytes[end - 1] == quote { end -= 1 }
        guard end > open + 1 else { return "" }
        return String(decoding: bytes[(open + 1)..<end], as: UTF8.self)
    }
}

/// Where quoted texts open and close, read with the few rules of YAML
/// that decide it (a quote starts a value only where a value starts; a
/// comment, a block scalar's lines and a plain value hold quotes as text).
/// A guide for messages, not a parser: it only has to be right about the
/// lines libyaml already rejected.
struct QuoteScan {
    /// A quote not closed on its own line (`close` nil: not at all).
    struct Span {
        var open: Int
        var openLine: Int
        var quote: UInt8
        var close: Int?
        var closeLine: Int?
    }

    /// A quote closed, then followed on its line by more text (not ':',
    /// ',', a bracket or a comment): it ended before the author meant it to.
    struct EarlyClose {
        var open: Int
        var openLine: Int
        var close: Int
        var line: Int
        var quote: UInt8
    }

    private(set) var multiLine: [Span] = []
    private(set) var earlyCloses: [EarlyClose] = []

    private enum Mode { case value, plain, after }

    init(_ lines: SourceLines, through last: Int) {
        let bytes = lines.bytes
        let space: UInt8 = 0x20
        let tab: UInt8 = 0x09
        var flowDepth = 0
        var blockScalarIndent: Int?
        var open: Span?
        var closed: (open: Int, openLine: Int, close: Int, quote: UInt8)?

        func findClose(_ quote: UInt8, from start: Int, to end: Int) -> Int? {
            var i = start
            while i < end {
                let b = bytes[i]
                if quote == UInt8(ascii: "\"") {
                    if b == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if b == quote { return i }
                } else if b == quote {
                    if i + 1 < end, bytes[i + 1] == quote {
                        i += 2
                        continue
                    }
                    return i
                }
                i += 1
            }
            return nil
        }

        for n in 1...max(1, min(last, lines.count)) {
            let r = lines.range(n)
            var i = r.lowerBound
            var mode = Mode.value
            if var span = open {
                guard let c = findClose(span.quote, from: i, to: r.upperBound) else { continue }
                span.close = c
                span.closeLine = n
                multiLine.append(span)
                open = nil
                closed = (span.open, span.openLine, c, span.quote)
                mode = .after
                i = c + 1
            } else if let indent = blockScalarIndent {
                if lines.isBlank(n) || lines.indentation(n) > indent { continue }
                blockScalarIndent = nil
            }
            line: while i < r.upperBound {
                let b = bytes[i]
                switch mode {
                case .value:
                    switch b {
                    case space, tab:
                        i += 1
                    case UInt8(ascii: "#"):
                        break line
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        guard let c = findClose(b, from: i + 1, to: r.upperBound) else {
                            open = Span(open: i, openLine: n, quote: b)
                            break line
                        }
                        closed = (i, n, c, b)
                        mode = .after
                        i = c + 1
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        if i + 1 == r.upperBound || bytes[i + 1] == space { i += 1 } else { mode = .plain }
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flowDepth += 1
                        i += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flowDepth = max(0, flowDepth - 1)
                        mode = .after
                        i += 1
                    case UInt8(ascii: ","):
                        i += 1
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        blockScalarIndent = lines.indentation(n)
                        break line
                    case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
                        while i < r.upperBound, bytes[i] != space, bytes[i] != UInt8(ascii: ","),
                            bytes[i] != UInt8(ascii: "]"),
                            bytes[i] != UInt8(ascii: "}")
                        { i += 1 }
                        if b == UInt8(ascii: "*") { mode = .after }
                    default:
                        mode = .plain
                        i += 1
                    }
                case .plain:
                    let next: UInt8? = i + 1 < r.upperBound ? bytes[i + 1] : nil
                    if b == UInt8(ascii: ":"),
                        next == nil || next == space
                            || flowDepth > 0
                                && [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(next!)
                    {
                        mode = .value
                    } else if b == UInt8(ascii: "#"), i > r.lowerBound, bytes[i - 1] == space {
                        break line
                    } else if flowDepth > 0, b == UInt8(ascii: ",") {
                        mode = .value
                    } else if flowDepth > 0, b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                        flowDepth -= 1
                        mode = .after
                    }
                    i += 1
                case .after:
                    switch b {
                    case space, tab:
                        i += 1
                        continue line
                    case UInt8(ascii: ":"), UInt8(ascii: ","):
                        mode = .value
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flowDepth = max(0, flowDepth - 1)
                    case UInt8(ascii: "#"):
                        break line
                    default:
                        if let q = closed {
                            earlyCloses.append(
                                EarlyClose(open: q.open, openLine: q.openLine, close: q.close, line: n, quote: q.quote))
                        }
                        mode = .plain
                    }
                    closed = nil
                    i += 1
                }
            }
        }
        if let open { multiLine.append(open) }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }

    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
