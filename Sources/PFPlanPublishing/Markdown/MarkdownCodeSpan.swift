/// `` `code` ``: a run of backticks closed by the next run of the same
/// length; its text is kept as written, line breaks as spaces.
extension InlineScanner {
    mutating func readCodeSpan() {
        var run = 0
        while pos + run < chars.count, chars[pos + run] == "`" { run += 1 }
        steps += run
        if let end = codeEnd(from: pos + run, run: run) {
            emitText()
            steps += end - pos
            var body = String(chars[(pos + run)..<(end - run)]).map { $0 == "\n" ? " " : $0 }
            if body.count >= 2, body.first == " ", body.last == " ", body.contains(where: { $0 != " " }) {
                body.removeFirst()
                body.removeLast()
            }
            out.append(.code(String(body)))
            pos = end
        } else {
            text += String(repeating: "`", count: run)
            pos += run
        }
    }

    /// The index after the closing run of `run` backticks, if any. `from`
    /// is just past a whole run, so the runs after it are whole runs: the
    /// first of the same length closes. The runs are found once, in one
    /// pass, and looked up by binary search.
    mutating func codeEnd(from: Int, run: Int) -> Int? {
        if backtickRuns == nil {
            var runs: [Int: [Int]] = [:]
            var j = 0
            while j < chars.count {
                steps += 1
                guard chars[j] == "`" else {
                    j += 1
                    continue
                }
                var r = 0
                while j + r < chars.count, chars[j + r] == "`" { r += 1 }
                runs[r, default: []].append(j)
                j += r
            }
            backtickRuns = runs
        }
        guard let starts = backtickRuns?[run] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            steps += 1
            let mid = (low + high) / 2
            if starts[mid] < from { low = mid + 1 } else { high = mid }
        }
        return low < starts.count ? starts[low] + run : nil
    }
}
