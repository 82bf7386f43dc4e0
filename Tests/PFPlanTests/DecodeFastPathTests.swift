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
            "T", "O", "D", "TODO", "TODOS", "TODO:", "(TODO)", "TO", "DO", "ODO", "_", "a", "z", "0", "9", " ", "\n", "-",
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
}
