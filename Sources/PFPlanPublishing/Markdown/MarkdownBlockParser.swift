/// Reads lines into blocks: paragraphs, fenced code, headings, rules,
/// quotes and lists. A quote or list item is read again as lines of its
/// own, one level deeper; past `MarkdownText.maximumDepth` its markers are
/// text, so a line is read at most that many times.
struct BlockParser {
    let fastPaths: Bool
    let images: MarkdownText.Images
    /// Lines and characters visited, the inline scanners' steps included.
    var steps = 0

    init(fastPaths: Bool, images: MarkdownText.Images) {
        self.fastPaths = fastPaths
        self.images = images
    }

    mutating func parse(lines: [String], depth: Int) -> [MarkdownText.Block] {
        var blocks: [MarkdownText.Block] = []
        var paragraph: [String] = []
        var i = 0

        func flush(_ parser: inout BlockParser) {
            if !paragraph.isEmpty {
                let text = paragraph.map { $0.trimmingSpaces }.joined(separator: "\n")
                blocks.append(.paragraph(parser.inlines(text, depth: depth)))
                paragraph = []
            }
        }

        let nested = depth < MarkdownText.maximumDepth
        while i < lines.count {
            let line = lines[i]
            steps += line.utf8.count + 1
            // Most lines of prose start with a letter: they can only
            // continue a paragraph, so the tests below are skipped.
            if fastPaths && BlockMarkers.isPlainLine(line) {
                paragraph.append(line)
                i += 1
                continue
            }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                flush(&self)
                i += 1
                continue
            }
            let indent = BlockMarkers.leadingSpaces(line)
            if indent < 4, let fence = BlockMarkers.fenceMarker(trimmed) {
                flush(&self)
                var body: [String] = []
                i += 1
                while i < lines.count, !BlockMarkers.closesFence(lines[i], fence) {
                    steps += lines[i].utf8.count + 1
                    body.append(BlockMarkers.dedent(lines[i], by: indent))
                    i += 1
                }
                i += 1
                blocks.append(.code(body.joined(separator: "\n")))
                continue
            }
            if indent < 4, let heading = BlockMarkers.headingText(trimmed) {
                flush(&self)
                blocks.append(.heading(inlines(heading, depth: depth)))
                i += 1
                continue
            }
            if indent < 4, BlockMarkers.isRule(trimmed), paragraph.isEmpty {
                blocks.append(.rule)
                i += 1
                continue
            }
            if nested, indent < 4, trimmed.hasPrefix(">") {
                flush(&self)
                var inner: [String] = []
                while i < lines.count {
                    let t = lines[i].trimmingSpaces
                    guard t.hasPrefix(">") else { break }
                    steps += lines[i].utf8.count + 1
                    var rest = Substring(t.dropFirst())
                    if rest.hasPrefix(" ") { rest = rest.dropFirst() }
                    inner.append(String(rest))
                    i += 1
                }
                blocks.append(.quote(parse(lines: inner, depth: depth + 1)))
                continue
            }
            // Inside a paragraph, only a bullet or an ordered item numbered 1
            // with some text starts a list (CommonMark 5.3): a wrapped line
            // that starts "2025. It combined ..." is the paragraph's text.
            if nested, indent < 4, let first = BlockMarkers.listMarker(line),
                paragraph.isEmpty || ((!first.ordered || first.start == 1) && !first.content.trimmingSpaces.isEmpty)
            {
                flush(&self)
                blocks.append(list(from: first, lines: lines, at: &i, depth: depth))
                continue
            }
            paragraph.append(line)
            i += 1
        }
        flush(&self)
        return blocks
    }

    /// A list starting with `first` at line `i`: its items, each read as
    /// lines of its own, until a line that neither continues an item nor
    /// starts one of the same kind.
    private mutating func list(from first: BlockMarkers.ListMarker, lines: [String], at i: inout Int, depth: Int)
        -> MarkdownText.Block
    {
        var items: [[MarkdownText.Block]] = []
        var current: BlockMarkers.ListMarker? = first
        while let marker = current {
            var itemLines = [marker.content]
            i += 1
            var sawBlank = false
            while i < lines.count {
                let next = lines[i]
                steps += next.utf8.count + 1
                if next.trimmingSpaces.isEmpty {
                    sawBlank = true
                    itemLines.append("")
                    i += 1
                    continue
                }
                let nextIndent = BlockMarkers.leadingSpaces(next)
                if nextIndent >= marker.contentIndent {
                    itemLines.append(BlockMarkers.dedent(next, by: marker.contentIndent))
                    sawBlank = false
                    i += 1
                    continue
                }
                if !sawBlank, BlockMarkers.listMarker(next) == nil, !next.trimmingSpaces.hasPrefix(">"),
                    BlockMarkers.headingText(next.trimmingSpaces) == nil
                {
                    // A lazy continuation of the item's paragraph.
                    itemLines.append(next.trimmingSpaces)
                    i += 1
                    continue
                }
                break
            }
            while itemLines.last?.isEmpty == true { itemLines.removeLast() }
            items.append(parse(lines: itemLines, depth: depth + 1))
            if i < lines.count, let next = BlockMarkers.listMarker(lines[i]), next.ordered == first.ordered,
                BlockMarkers.leadingSpaces(lines[i]) < 4, next.bullet == first.bullet
            {
                current = next
            } else {
                current = nil
            }
        }
        return .list(ordered: first.ordered, start: first.start, items: items)
    }

    /// A paragraph's or heading's text as inlines.
    private mutating func inlines(_ text: String, depth: Int) -> [MarkdownText.Inline] {
        InlineScanner.parse(text, depth: depth, fastPaths: fastPaths, images: images, steps: &steps)
    }
}
