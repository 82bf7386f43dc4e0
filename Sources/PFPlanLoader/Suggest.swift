/// "Did you mean": the nearest candidate by edit distance, when it is close
/// enough to be a plausible typo rather than a different word.
public enum Suggest {
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            let d = distance(w, c)
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(2, min(w.count, candidate.count) / 3)
        // A prefix or contained word (athens-schools vs athens-city-schools) is also a good guess.
        if d <= limit { return candidate }
        let lw = word.lowercased(), lc = candidate.lowercased()
        if lw.count >= 4, lc.contains(lw) || lw.contains(lc) { return candidate }
        return nearestByTokens(word, candidates)
    }

    /// Up to `limit` candidates for a value that is no candidate: the
    /// nearest alone when it is a plain typo (`mental-helth`), else every
    /// candidate sharing a word with it or containing it (`health`:
    /// health-care, public-health, mental-health), nearest spelling first,
    /// then in the candidates' order.
    public static func nearby(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let w = Array(word.lowercased().unicodeScalars)
        let scored = candidates.enumerated().map { (i, c) in (c, distance(w, Array(c.lowercased().unicodeScalars)), i) }
        if let best = scored.min(by: { ($0.1, $0.2) < ($1.1, $1.2) }),
           best.1 <= max(2, min(w.count, best.0.unicodeScalars.count) / 3) {
            return [best.0]
        }
        let lw = word.lowercased()
        let parts = Set(lw.split(separator: "-").filter { $0.count >= 3 })
        let related = scored.filter { c, _, _ in
            let lc = c.lowercased()
            if lw.count >= 4, lc.contains(lw) || lw.contains(lc) { return true }
            return !parts.isDisjoint(with: lc.split(separator: "-"))
        }
        if related.isEmpty { return nearest(to: word, in: candidates).map { [$0] } ?? [] }
        return related.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.prefix(limit).map(\.0)
    }

    /// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
    public static func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// Hyphenated ids often lose or gain a word: compare their parts.
    private static func nearestByTokens(_ word: String, _ candidates: some Sequence<String>) -> String? {
        let parts = Set(word.lowercased().split(separator: "-"))
        guard parts.count >= 2 else { return nil }
        var best: (String, Double)?
        for candidate in candidates {
            let other = Set(candidate.lowercased().split(separator: "-"))
            let overlap = Double(parts.intersection(other).count) / Double(parts.union(other).count)
            if overlap >= 0.5, best == nil || overlap > best!.1 { best = (candidate, overlap) }
        }
        return best?.0
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
