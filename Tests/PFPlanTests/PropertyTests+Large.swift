import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

extension PropertyTests {
    static let largeSeed: UInt64 = 1001

    /// The properties on a plan long enough for what pfplan does only with
    /// long input: lists of over 512 stakeholders and actions (decoded in
    /// chunks on every core, findings joined in list order). Lint,
    /// every count and the round trip, privacy and the same bytes twice for
    /// the directory, gaps and status; not render, which takes about 1.6 s
    /// on it in a debug build (the small plans cover render).
    @Test func aLargePlanKeepsTheProperties() throws {
        try Self.withSubject(Self.largeSeed, size: .large) { s in
            #expect(s.plan.yaml.utf8.count > 256 * 1024)
            #expect(s.plan.stakeholders.count > 512 && s.plan.actions.count > 512)
            #expect(s.plan.files.count == 1, "a large plan is one file, so its lists stay long")
            try Self.checkLint(s)
            try Self.checkDirectoryCounts(s)
            try Self.checkDirectoryJSON(s)
            try Self.checkGapsAndStatus(s)
            for audience in Visibility.allCases { Self.checkDirectoryPrivacy(s, audience, selections: [.all]) }
            try Self.checkSameBytes(s, audiences: [.restricted], size: .large)
        }
    }
}
