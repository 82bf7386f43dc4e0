import Testing

@testable import PFPlanLoader

/// `SourceRange` packs a file and four numbers into 16 bytes. Each field
/// must read back what was written, at its limits and beside the others,
/// and a number past its field is kept at the largest it can hold.
@Suite struct SourceRangeTests {
    static let max = Int(SourceRange.Packed.numberMax)

    @Test(arguments: [
        (1, 1, 1, 1), (3, 7, 3, 19), (max, max, max, max), (max, 1, 1, max), (0, 0, 0, 0),
        (16_777_217, 2, 16_777_217, 9),
    ])
    func everyFieldReadsBack(sl: Int, sc: Int, el: Int, ec: Int) {
        let r = SourceRange(
            file: "plans/a.yaml", start: Position(line: sl, column: sc), end: Position(line: el, column: ec))
        #expect(r.file == "plans/a.yaml")
        #expect(r.start == Position(line: sl, column: sc))
        #expect(r.end == Position(line: el, column: ec))
    }

    @Test func settingOneFieldLeavesTheOthers() {
        var r = SourceRange(file: "a.yaml", start: Position(line: 5, column: 6), end: Position(line: 7, column: 8))
        r.end = Position(line: Self.max, column: 1)
        #expect(r.start == Position(line: 5, column: 6) && r.end == Position(line: Self.max, column: 1))
        r.start.column += 1
        #expect(r.start == Position(line: 5, column: 7) && r.end == Position(line: Self.max, column: 1))
        r.file = "b.yaml"
        #expect(r.file == "b.yaml" && r.start == Position(line: 5, column: 7) && r.end.line == Self.max)
        #expect(MemoryLayout<SourceRange>.size == 16)
    }

    @Test func numbersPastTheirFieldAreKeptAtTheLargest() {
        let r = SourceRange(
            file: "a.yaml", start: Position(line: -3, column: Self.max + 5), end: Position(line: 1 << 30, column: 2))
        #expect(r.start == Position(line: 0, column: Self.max))
        #expect(r.end == Position(line: Self.max, column: 2))
    }
}
