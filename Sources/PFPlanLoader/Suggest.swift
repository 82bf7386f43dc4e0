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
