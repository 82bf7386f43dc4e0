import Foundation
import PFPlanLoader
import Testing

@testable import PFPlanModel

/// The decoder reads every value of a plan, and a few of its checks take a
/// shorter way than the plain one (a benchmark plan of 10 MB made them
/// worth it). Each must give exactly what the plain way gives: these tests
/// run both over generated text and over every plan the tests have.
@Suite struct DecodeFastPathTests {
    /// Strings made of the pieces that matter to a check, the same on
    /// every run and machine.
    static func samples(_ pieces: [String], count: Int, seed: UInt64) -> [String] {
        var g = SplitMix64(seed: seed)
        var out = [""] + pieces
        for _ in 0..<count {
            var s = ""
            for _ in 0..<g.int(1...10) { s += g.pick(pieces) }
            out.append(s)
        }
        return out
    }

    @Test func theMarkerIsFoundWhereTheByteByByteScanFindsIt() {
        let pieces = [
            "T", "O", "D", "TODO", "TODOS", "TODO:", "(TODO)", "TO", "DO", "ODO", "_", "a", "z", "0", "9", " ", "\n",
            "-",
            "é", "…", "\u{0}", "x", "Plain words and more", "TTTT",
        ]
        for s in Self.samples(pieces, count: 20_000, seed: 15) {
            var text = s
            text.withUTF8 { bytes in
                for start in 0...bytes.count {
                    #expect(
                        MarkerScan.withMemchr(bytes, from: start) == MarkerScan.byteByByte(bytes, from: start),
                        "\(s.debugDescription) from \(start)")
                }
            }
        }
    }

    @Test func aNumberWithoutACommaNeedsNoSplitting() {
        let pieces = ["0", "5", "12", "999", "1000", ",", ".", ",,", "a", "-", " ", "e3", "١"]
        for s in Self.samples(pieces, count: 20_000, seed: 16) {
            #expect(ThousandsSeparator.matches(s) == ThousandsSeparator.matchesBySplitting(s), "\(s.debugDescription)")
        }
    }

    /// Every plan the tests have, as the loader reads it (includes
    /// expanded), and generated plans with hostile text and includes.
    static func plans() -> [(file: String, tree: NodeArena?)] {
        var files: [String] = []
        for root in [TestPaths.fixtures, TestPaths.examples] {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            for case let url as URL in walker! where url.pathExtension == "yaml" { files.append(url.path) }
        }
        let loader = PlanLoader(appendableKeys: PlanFormat.appendableKeys)
        var out: [(file: String, tree: NodeArena?)] = files.sorted().compactMap { file in
            (try? loader.load(file, root: TestPaths.checkout.path).get()).map { (file, $0.tree) }
        }
        for seed: UInt64 in [1, 2, 3, 7, 13] {
            let plan = PlanGenerator.generate(seed: seed, size: seed == 13 ? .large : .bySeed)
            out.append(("seed-\(seed)", loader.parse(Array(plan.yaml.utf8), file: "seed-\(seed)").tree))
        }
        return out
    }

    /// Contacts noted as bytes read back as the text noted at once:
    /// paths, visibilities and values, in the same order, chunked lists
    /// included (seed 13 is over 512 entries).
    @Test func packedContactsReadAsTextNotedAtOnce() throws {
        let model = try #require(
            FrameworkModelLoader.load(
                .template(
                    TemplateFiles(override: nil, shipped: TestPaths.templates).read("frameworks/default.yaml").get())
            ).model)
        var compared = 0
        for (file, tree) in Self.plans() {
            guard let tree else { continue }
            let packed = PlanDecoder.decode(tree, file: file, model: model, trackUnread: false, packsContacts: true)
            let plain = PlanDecoder.decode(tree, file: file, model: model, trackUnread: false, packsContacts: false)
            #expect(packed.contacts.map(\.path) == plain.contacts.map(\.path), "\(file)")
            #expect(packed.contacts.map(\.visibility) == plain.contacts.map(\.visibility), "\(file)")
            #expect(packed.contacts.map(\.values) == plain.contacts.map(\.values), "\(file)")
            #expect(packed.contacts == plain.contacts, "\(file)")
            compared += plain.contacts.count
        }
        #expect(compared > 1_000)
    }

    /// Keys matched with `memcmp` (`ByteText`) match as `elementsEqual`
    /// matches them, empty and unequal lengths included.
    @Test func byteTextIsElementsEqual() {
        let pieces = [
            "visibility", "v", "id", "name", "", "é", "\u{0}", "x-", "visibilit", "visibilityy", "Visibility",
        ]
        let texts = Self.samples(pieces, count: 2_000, seed: 18)
        for a in texts.prefix(300) {
            let key = Array(a.utf8)
            for text in texts {
                var b = text
                b.withUTF8 { bytes in
                    #expect(
                        ByteText.equal(key, bytes) == key.elementsEqual(bytes),
                        "\(a.debugDescription) \(text.debugDescription)")
                }
            }
        }
        for text in texts {
            var b = text
            b.withUTF8 { bytes in
                #expect(
                    ByteText.equal(bytes, "visibility") == bytes.elementsEqual("visibility".utf8),
                    "\(text.debugDescription)")
            }
        }
    }
}
