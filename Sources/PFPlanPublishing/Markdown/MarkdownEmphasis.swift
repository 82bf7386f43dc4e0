/// `*emphasis*`, `**strong**` and their `_` forms: an opener followed by
/// a non-space, closed by the same delimiter after a non-space; `_` not
/// inside a word (snake_case stays text).
extension InlineScanner {
    mutating func readEmphasis(_ c: Character, next: Character?) {
        let double = next == c
        let length = double ? 2 : 1
        let after = pos + length < chars.count ? chars[pos + length] : nil
        let before = pos > 0 ? chars[pos - 1] : nil
        let opens = !Self.isSpace(after) && !(c == "_" && (before?.isLetter == true || before?.isNumber == true))
        if opens, let close = closing(c, double: double, from: pos + length) {
            emitText()
            let content = inner((pos + length)..<close)
            out.append(double ? .strong(content) : .emphasis(content))
            pos = close + length
            return
        }
        text.append(c)
        pos += 1
    }

    /// Where the closing delimiter for an opener at `from` is, when there
    /// is one in the same text: non-space before it, and for `_` no letter
    /// after it (snake_case stays text).
    ///
    /// Without the memo an opener with no closer (`*a *a *a…`) searched
    /// to the end of the text once per opener: quadratic, and a plan of a
    /// few hundred kilobytes held `render` for minutes.
    mutating func closing(_ c: Character, double: Bool, from: Int) -> Int? {
        let slot = (c == "*" ? 0 : 2) + (double ? 1 : 0)
        let count = double ? 2 : 1
        // Taken out of the scanner while it is used, so that writing it
        // never copies it.
        var fails = closerFails[slot]
        closerFails[slot] = []
        defer { closerFails[slot] = fails }
        var visited: [Int] = []
        var j = from
        while j + count <= chars.count {
            steps += 1
            // A position whose step does not depend on `from` leads on
            // exactly as in the earlier search that failed from it.
            if j < fails.count, fails[j] { break }
            if chars[j] == "\\" {
                visited.append(j)
                j += 2
                continue
            }
            if chars[j] == "`" {
                visited.append(j)
                // Skip code spans: a delimiter inside one does not count.
                var run = 0
                while j + run < chars.count, chars[j + run] == "`" { run += 1 }
                steps += run
                if let end = codeEnd(from: j + run, run: run) {
                    j = end
                    continue
                }
                j += run
                continue
            }
            if chars[j] == c, !double || chars[j + 1] == c {
                if j > from, !Self.isSpace(chars[j - 1]) {
                    let after = j + count < chars.count ? chars[j + count] : nil
                    if !double, after == c {
                        j += 2
                        continue
                    }
                    if c == "_", let after, after.isLetter || after.isNumber {
                        j += 1
                        continue
                    }
                    return j
                }
                j += 1
                continue
            }
            visited.append(j)
            j += 1
        }
        if fails.isEmpty { fails = Array(repeating: false, count: chars.count) }
        for v in visited { fails[v] = true }
        return nil
    }
}
