import PFPlanFormats
/// `[label](url)`, `![alt](url)` and `<https://...>`: the target is kept
/// only when `Escape.safeURL` allows it (http, https, mailto, tel), else
/// the label is text. An image is a link to it, or its words alone
/// (`MarkdownText.Images`): nothing is ever loaded from a plan's text.
extension InlineScanner {
    mutating func readLink(image: Bool) {
        let open = image ? pos + 1 : pos
        if let (labelEnd, urlStart, urlEnd, end) = linkParts(openBracket: open) {
            emitText()
            let label = inner((open + 1)..<labelEnd)
            steps += urlEnd - urlStart
            let target = String(chars[urlStart..<urlEnd]).trimmingSpaces
            let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            let cleaned = url.hasPrefix("<") && url.hasSuffix(">") ? String(url.dropFirst().dropLast()) : url
            let kept = image && images == .asText ? nil : Escape.safeURL(cleaned)
            out.append(.link(label, url: kept))
            pos = end
            return
        }
        text.append(chars[pos])
        pos += 1
    }

    /// An autolink `<https://...>` or `<mailto:...>` at `pos`: read, or
    /// false (the `<` is then text).
    mutating func readAutolink() -> Bool {
        guard let close = next(">", after: pos),
            (next(" ", after: pos) ?? chars.count) > close,
            (next("<", after: pos) ?? chars.count) > close
        else { return false }
        steps += close - pos
        let inside = String(chars[(pos + 1)..<close])
        guard !inside.contains(" "), !inside.contains("<"), let url = Escape.safeURL(inside),
            inside.lowercased().hasPrefix("http") || inside.lowercased().hasPrefix("mailto:")
        else { return false }
        emitText()
        let shown = inside.lowercased().hasPrefix("mailto:") ? String(inside.dropFirst(7)) : inside
        out.append(.link([.text(shown)], url: url))
        pos = close + 1
        return true
    }

    /// The first index after `pos` holding `c` (`>`, `<` or a space),
    /// found once for all the positions before it.
    mutating func next(_ c: Character, after pos: Int) -> Int? {
        var cache = c == ">" ? nextGreater : c == "<" ? nextLess : nextSpace
        if cache <= pos {
            var j = pos + 1
            while j < chars.count, chars[j] != c { j += 1 }
            steps += j - pos
            cache = j
            if c == ">" { nextGreater = j } else if c == "<" { nextLess = j } else { nextSpace = j }
        }
        return cache < chars.count ? cache : nil
    }

    /// `[label](url)`: the label's end, the url's bounds and the index
    /// after the closing parenthesis.
    mutating func linkParts(openBracket: Int) -> (Int, Int, Int, Int)? {
        guard let labelEnd = match(openBracket, parenthesis: false),
            labelEnd + 1 < chars.count, chars[labelEnd + 1] == "("
        else { return nil }
        guard let k = match(labelEnd + 1, parenthesis: true) else { return nil }
        return (labelEnd, labelEnd + 2, k, k + 1)
    }

    /// The index that closes the bracket (or, with `parenthesis`, the
    /// parenthesis, which must close on its line) at `start`, nesting
    /// counted and a backslash skipping the next character; or nil. Every
    /// bracket met on the way has its answer noted: from one met, the scan
    /// would take the same steps.
    ///
    /// A method of the scanner that writes its memo in place: the memo
    /// passed `inout` to a method reading the scanner made Swift copy the
    /// scanner, and then the memo, for every link (1 MB of links in one
    /// paragraph took 43-55 s).
    mutating func match(_ start: Int, parenthesis: Bool) -> Int? {
        let open: Character = parenthesis ? "(" : "["
        let close: Character = parenthesis ? ")" : "]"
        var memo = parenthesis ? parenMatch : bracketMatch
        if parenthesis { parenMatch = [] } else { bracketMatch = [] }
        defer { if parenthesis { parenMatch = memo } else { bracketMatch = memo } }
        if memo.isEmpty { memo = Array(repeating: -2, count: chars.count) }
        if memo[start] == -2 {
            var stack = [start]
            var j = start + 1
            while j < chars.count, !stack.isEmpty {
                steps += 1
                let c = chars[j]
                if c == "\\" {
                    j += 2
                    continue
                }
                if c == open { stack.append(j) }
                if c == close { memo[stack.removeLast()] = j }
                if parenthesis, c == "\n" { break }
                j += 1
            }
            for s in stack { memo[s] = -1 }
        }
        return memo[start] >= 0 ? memo[start] : nil
    }
}
