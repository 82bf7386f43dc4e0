/// A node tree written out a line per node, in document order: depth, kind,
/// file and both ends, and a scalar's style, tag and text. Two parses of
/// the same text give the same lines exactly when they give the same tree,
/// so tests and the fuzzer compare trees through it (and a person can read
/// where they part).
package enum NodeOutline {
    package static func lines(_ root: Node?) -> [String] {
        guard let root else { return ["no root"] }
        var lines: [String] = []
        // A stack, not recursion: hostile files nest deep.
        var stack: [(Node, Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            let r = node.range
            let place = "\(r.fileID.name):\(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column)"
            switch node.content {
            case .scalar(let s):
                lines.append("\(depth) scalar \(place) \(s.style) \(s.tag) \(s.text.debugDescription)")
            case .sequence(let items):
                lines.append("\(depth) list[\(items.count)] \(place)")
                for item in items.reversed() { stack.append((item, depth + 1)) }
            case .mapping(let pairs):
                lines.append("\(depth) mapping[\(pairs.count)] \(place)")
                for pair in pairs.reversed() {
                    stack.append((pair.value, depth + 1))
                    stack.append((pair.key, depth + 1))
                }
            }
        }
        return lines
    }

    /// Findings as lines: rule, both ends, message and related places.
    package static func findings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map {
            "\($0.rule) \($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column) \($0.message)"
                + $0.related.map { " [\($0.range.start.line):\($0.range.start.column) \($0.message)]" }.joined()
        }
    }
}
