import PFPlanLoader
import Testing

@testable import PFPlanModel

/// Paths are kept as numbered steps and spelled out only for findings;
/// what is spelled must be the path as written, at any depth.
@Suite struct PlanPathTests {
    @Test func keysAndIndicesSpellAsWritten() {
        #expect(PlanPath.root.description == "")
        #expect(PlanPath.root.isRoot)
        let target = PlanPath.root.key("actions").index(3).key("indicators").index(0).key("target")
        #expect(target.description == "actions[3].indicators[0].target")
        #expect(!target.isRoot)
        // A key a spec numbered spells the same as one named.
        let number = PlanPath.keys.number("lead")
        #expect(PlanPath.root.key("actions").index(12).key(number: number).description == "actions[12].lead")
    }

    @Test func aPathDeeperThanItsInlineRoomSpellsWhole() {
        // Short steps pack inline; a path that outgrows 16 bytes folds its
        // steps into a numbered prefix. Spell every depth up to 20.
        var path = PlanPath.root
        var expected = ""
        for depth in 0..<20 {
            if depth % 2 == 0 {
                path = path.key("k\(depth)")
                expected += expected.isEmpty ? "k\(depth)" : ".k\(depth)"
            } else {
                path = path.index(depth)
                expected += "[\(depth)]"
            }
            #expect(path.description == expected, "at depth \(depth + 1)")
        }
    }

    @Test func anUnknownKeyIsReportedWithoutBeingNumbered() {
        let key = "not-a-key-\(UInt64.random(in: 0...UInt64.max))"
        let text = "pfplan: 1\ncity:\n  name: Athens\n  \(key): 1\n"
        let parsed = PlanLoader(appendableKeys: []).parse(Array(text.utf8), file: "unknown.yaml")
        let decoded = PlanDecoder.decode(parsed.root, file: "unknown.yaml", model: nil)
        let unknown = decoded.diagnostics.filter { $0.rule == "schema/unknown-key" }
        #expect(unknown.map(\.path) == ["city.\(key)"])
        #expect(unknown.map(\.range.start) == [Position(line: 4, column: 3)])
        // Had the report numbered the key, its number would come before
        // one given now (other tests may number keys in between).
        let after = PlanPath.keys.number("another-\(key)")
        #expect(PlanPath.keys.number(key) > after)
        #expect(PlanPath.root.spelled(appendingKey: key) == key)
    }

    /// Every value of a plan carries a path, copied with it.
    @Test func aPathIsSixteenBytesWithNothingToCount() {
        #expect(MemoryLayout<PlanPath>.size == 16)
        #expect(_isPOD(PlanPath.self))
    }

    /// Steps too large to pack (a list index past 2^23, a key numbered past
    /// 511) and paths too long for 16 bytes spell as written.
    @Test func stepsThatDoNotPackSpellAsWritten() {
        let big = PlanPath.root.key("actions").index(9_000_000).key("lead")
        #expect(big.description == "actions[9000000].lead")
        for n in 0..<600 { _ = PlanPath.keys.number("packing-key-\(n)") }
        let late = PlanPath.keys.number("packing-key-599")
        #expect(late >= 512)
        let path = PlanPath.root.key("stakeholders").index(7).key(number: late).index(8_388_607).index(8_388_608)
        #expect(path.description == "stakeholders[7].packing-key-599[8388607][8388608]")
        // The longest plan paths pack whole and spell the same.
        let deep = PlanPath.root.key("framework").key("objectives").index(8_000_000).key("indicators").index(3).key(
            "target")
        #expect(deep.description == "framework.objectives[8000000].indicators[3].target")
        var long = PlanPath.root
        var expected = ""
        for i in 0..<12 {
            long = long.index(8_000_000 + i)
            expected += "[\(8_000_000 + i)]"
        }
        #expect(long.description == expected)
        #expect(!long.isRoot)
    }

    @Test func pathsThatShareAPrefixStayApart() {
        let base = PlanPath.root.key("a").key("b").key("c").key("d").key("e").key("f").key("g")
        let one = base.key("x").index(1)
        let two = base.key("y").index(2)
        #expect(one.description == "a.b.c.d.e.f.g.x[1]")
        #expect(two.description == "a.b.c.d.e.f.g.y[2]")
        #expect(base.description == "a.b.c.d.e.f.g")
    }
}
