import Testing

@testable import PFPlanLoader

/// "Did you mean" through `SuggestionIndex`: the same answers as the plain
/// search over every candidate, for work that grows with the candidates,
/// not with candidates times look-ups times lengths squared.
@Suite struct SuggestionTests {
    @Test func theSuggestionIndexAnswersAsThePlainSearch() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("abcde-")
        func word() -> String { String((0..<random.int(3...14)).map { _ in alphabet[random.int(0...5)] }) }
        for _ in 0..<300 {
            let candidates = (0..<random.int(0...30)).map { _ in word() }
            var index = SuggestionIndex(candidates)
            for _ in 0..<10 {
                let w = word()
                #expect(index.nearest(to: w) == Suggest.nearestPlain(to: w, in: candidates), "\(w) in \(candidates)")
            }
        }
        #expect(
            Suggest.nearest(to: "athens-schools", in: ["athens-city-schools", "ohio-university"])
                == "athens-city-schools")
        #expect(Suggest.nearest(to: "mental-helth", in: ["mental-health", "health-care"]) == "mental-health")
    }

    /// A hundred look-ups (the cap's worth) against n ids cost about n
    /// times a constant: four times the ids, about four times the cells.
    @Test func suggestionWorkGrowsLinearlyWithTheIds() {
        func cells(_ n: Int) -> Int {
            var index = SuggestionIndex((0..<n).map { "org-\(String($0).leftPadded(5))" })
            for i in 0..<100 { _ = index.nearest(to: "orq-\(String(i * 7).leftPadded(5))") }
            return index.cells
        }
        let small = cells(1_000)
        let large = cells(4_000)
        #expect(large <= 5 * small, "\(small) -> \(large)")
        #expect(large <= 100 * 4_000 * 30)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
