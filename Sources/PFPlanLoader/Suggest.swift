/// "Did you mean": the nearest candidate, when it is close enough to be a
/// plausible typo rather than a different word. In order:
///
/// 1. by edit distance (Unicode scalars, ignoring case): the nearest
///    candidate within `limit` (2, or a third of the shorter word), the
///    first by name on a tie;
/// 2. for a word of 4 or more characters, a candidate of 4 or more that
///    contains it or that it contains (`athens-schools` and
///    `athens-city-schools`), the nearest in length, then by name;
/// 3. for a hyphenated word, the first candidate sharing at least half of
///    the hyphenated parts of both.
package enum Suggest {
    package static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        var index = SuggestionIndex(Array(candidates))
        return index.nearest(to: word)
    }

    /// The largest distance step 1 accepts between words of these lengths.
    static func limit(_ a: Int, _ b: Int) -> Int { max(2, min(a, b) / 3) }

    /// The same answer as `SuggestionIndex.nearest`, the long way: every
    /// candidate's full distance. The tests hold the index to it.
    static func nearestPlain(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for c in candidates {
            let s = Array(c.lowercased().unicodeScalars)
            let d = distance(w, s)
            guard d <= limit(w.count, s.count) else { continue }
            if best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        if let best { return best.0 }
        if w.count >= 4 {
            var contained: (String, Int)?
            for c in candidates {
                let s = Array(c.lowercased().unicodeScalars)
                guard s.count >= 4, SuggestionIndex.contains(s, w) || SuggestionIndex.contains(w, s) else { continue }
                let gap = abs(s.count - w.count)
                if contained == nil || gap < contained!.1 || (gap == contained!.1 && c < contained!.0) {
                    contained = (c, gap)
                }
            }
            if let contained { return contained.0 }
        }
        return SuggestionIndex.nearestByTokens(word, candidates)
    }

    /// Up to `limit` candidates for a value that is no candidate: the
    /// nearest alone when it is a plain typo (`mental-helth`), else every
    /// candidate sharing a word with it or containing it (`health`:
    /// health-care, public-health, mental-health), nearest spelling first,
    /// then in the candidates' order.
    package static func nearby(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let w = Array(word.lowercased().unicodeScalars)
        let scored = candidates.enumerated().map { (i, c) in (c, distance(w, Array(c.lowercased().unicodeScalars)), i) }
        if let best = scored.min(by: { ($0.1, $0.2) < ($1.1, $1.2) }),
            best.1 <= max(2, min(w.count, best.0.unicodeScalars.count) / 3)
        {
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
    package static func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// Levenshtein distance, every cell.
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

/// Candidates read once (lower-cased, by length) for many look-ups: a
/// rule that suggests an id for each unknown reference builds one for
/// the plan's ids. A look-up computes distances only to candidates whose
/// length is within the limit of the word's, each only as far as the
/// limit (a band of the table, stopped when the band passes it), so its
/// cost is about (candidates of a near length) x (word length) x (limit),
/// and the number of look-ups is bounded by the cap on findings
/// (`FindingCap`): a plan of 4,000 stakeholders and 4,000 unknown
/// references took 94 s when every reference was compared with every id.
package struct SuggestionIndex: Sendable {
    private struct Candidate: Sendable {
        var name: String
        var scalars: [Unicode.Scalar]
    }

    /// In the caller's order (step 3 takes the first).
    private let names: [String]
    /// Sorted by length, then name.
    private let byLength: [Candidate]
    /// Table cells computed so far, for the tests that hold the cost down.
    package private(set) var cells = 0

    package init(_ candidates: [String]) {
        names = candidates
        byLength = candidates.map { Candidate(name: $0, scalars: Array($0.lowercased().unicodeScalars)) }
            .sorted { ($0.scalars.count, $0.name) < ($1.scalars.count, $1.name) }
    }

    package mutating func nearest(to word: String) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        // Step 1: only lengths within the largest limit can be near enough.
        let widest = Suggest.limit(w.count, w.count)
        var best: (name: String, distance: Int)?
        var i = firstIndex(ofLength: w.count - widest)
        while i < byLength.count, byLength[i].scalars.count <= w.count + widest {
            let c = byLength[i]
            i += 1
            var bound = Suggest.limit(w.count, c.scalars.count)
            if let best { bound = min(bound, best.distance) }
            guard abs(c.scalars.count - w.count) <= bound,
                let d = boundedDistance(w, c.scalars, bound: bound)
            else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && c.name < best!.name) { best = (c.name, d) }
        }
        if let best { return best.name }
        // Step 2: containment, nearest in length.
        if w.count >= 4 {
            var contained: (name: String, gap: Int)?
            for c in byLength where c.scalars.count >= 4 {
                let gap = abs(c.scalars.count - w.count)
                if let contained, gap > contained.gap { continue }
                cells += max(w.count, c.scalars.count)
                guard Self.contains(c.scalars, w) || Self.contains(w, c.scalars) else { continue }
                if contained == nil || gap < contained!.gap || (gap == contained!.gap && c.name < contained!.name) {
                    contained = (c.name, gap)
                }
            }
            if let contained { return contained.name }
        }
        return Self.nearestByTokens(word, names)
    }

    /// The first position of a candidate at least `length` long.
    private func firstIndex(ofLength length: Int) -> Int {
        var low = 0
        var high = byLength.count
        while low < high {
            let mid = (low + high) / 2
            if byLength[mid].scalars.count < length { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The edit distance when it is at most `bound`, else nil: only the
    /// band of the table within `bound` of its diagonal is computed, and
    /// the work stops when a whole row of the band is over the bound.
    mutating func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        if abs(a.count - b.count) > bound { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let over = bound + 1
        var previous = [Int](repeating: over, count: b.count + 1)
        var current = [Int](repeating: over, count: b.count + 1)
        for j in 0...min(b.count, bound) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - bound)
            let high = min(b.count, i + bound)
            current[low - 1] = low == 1 && i <= bound ? i : over
            var rowBest = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over)
                    current[j] = value
                    rowBest = min(rowBest, value)
                }
                cells += high - low + 1
            }
            if high < b.count { current[high + 1] = over }
            if rowBest > bound { return nil }
            swap(&previous, &current)
        }
        let d = previous[b.count]
        return d <= bound ? d : nil
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard let first = needle.first else { return true }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Hyphenated ids often lose or gain a word: compare their parts.
    static func nearestByTokens(_ word: String, _ candidates: [String]) -> String? {
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
}
