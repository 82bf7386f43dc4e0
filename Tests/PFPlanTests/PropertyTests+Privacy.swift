import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing

extension PropertyTests {
    /// Output as the leak search reads it: ASCII lower-cased, folded lines
    /// (vCard, iCalendar: CRLF then a space or tab) joined, and the
    /// characters a phone number may be written with (space, hyphen, dot,
    /// slash, brackets, backslash) dropped, so "+1 (555) 030-0007",
    /// "tel:+1-555-030-0007" and "+15550300007" all hold 15550300007. The
    /// markers hold none of those characters, so they are found whatever
    /// an output escapes. Only ASCII bytes are dropped or changed, so the
    /// result is still UTF-8.
    static func searchable(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D, i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x20 || bytes[i + 2] == 0x09 {
                i += 3
                continue
            }
            i += 1
            switch b {
            case 0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x5C: continue
            case 0x41...0x5A: out.append(b | 0x20)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every contact marker in `output`, found in one pass (a plan can hold
    /// a thousand contacts, and a search per marker per output was most of
    /// this suite's time on the large plan).
    static func markers(in output: [UInt8]) -> Set<String> {
        Set(captures(GeneratedPlan.markerPattern, in: searchable(output)))
    }

    /// Every contact above `audience` is absent from `output`, and (when
    /// `mustShow` is given) every marker in it is present.
    static func expectNoLeak(
        _ output: [UInt8], _ name: String, hidden: [GeneratedPlan.Contact], mustShow: [String] = [], seed: UInt64,
        audience: Visibility
    ) {
        let found = markers(in: output)
        for contact in hidden {
            for marker in contact.markers where found.contains(marker) {
                Issue.record(
                    "seed \(seed): \(name) for the \(audience.rawValue) audience holds \(marker), a \(contact.visibility.rawValue) contact of \(contact.owner)"
                )
            }
        }
        for marker in mustShow where !found.contains(marker) {
            Issue.record(
                "seed \(seed): \(name) for the \(audience.rawValue) audience lacks \(marker), which it may show")
        }
    }

    /// For each audience: no byte of any file `render` writes, nor of the
    /// directory in any format and selection, holds a contact above the
    /// audience (name, email or phone); every stakeholder contact at or
    /// below it is in every directory that lists stakeholders, and every
    /// member's email and phone at or below it is in the document. So the
    /// property fails both when the filter lets too much through and when
    /// it holds back too much.
    @Test(arguments: renderSeeds)
    func noContactAboveTheAudienceInAnyOutput(seed: UInt64) throws {
        try Self.withSubject(seed) { s in
            for audience in Visibility.allCases {
                try Self.checkRenderPrivacy(s, audience)
                Self.checkDirectoryPrivacy(s, audience, selections: DirectorySelection.allCases)
            }
        }
    }

    /// Every file of the site: no contact above `audience`; every member's
    /// email and phone at or below it in the document. For one audience per
    /// seed (in turn: the disk is the slow part) the files are written to a
    /// folder as the command writes them and read back.
    static func checkRenderPrivacy(_ s: Subject, _ audience: Visibility) throws {
        let seed = s.plan.seed
        let hidden = s.plan.contacts.filter { $0.visibility > audience }
        let site = try RenderTests.site([s.file], audience: audience)
        var files: [String: Data] = [:]
        for file in site.files { files[file.path] = Data(file.bytes) }
        if audience == Visibility.allCases[Int(seed % 3)] {
            let out = try makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(at: out) }
            try SiteWriter.write(site.files, to: out.path, protecting: [s.file])
            let written = try RenderTests.filesBelow(out)
            #expect(written == files, "seed \(seed): the files written are not the files rendered")
            files = written
        }
        #expect(files.count == RenderTests.cityFiles.count + 1, "seed \(seed): \(files.keys.sorted())")
        for (name, bytes) in files {
            expectNoLeak(Array(bytes), "render \(name)", hidden: hidden, seed: seed, audience: audience)
        }
        let slug = site.cities[0].slug
        let members = s.plan.members.compactMap(\.contact).filter { $0.visibility <= audience }
        let memberChannels = members.compactMap { $0.email == nil ? nil : $0.token } + members.compactMap(\.phoneDigits)
        for page in [slug + "/index.html", slug + "/plan.md"] {
            expectNoLeak(
                Array(files[page] ?? Data()), "render \(page)", hidden: [], mustShow: memberChannels, seed: seed,
                audience: audience)
        }
    }

    /// The directory in every format for `selections`: no contact above
    /// `audience`, and every stakeholder contact at or below it wherever
    /// stakeholders are listed.
    static func checkDirectoryPrivacy(_ s: Subject, _ audience: Visibility, selections: [DirectorySelection]) {
        let hidden = s.plan.contacts.filter { $0.visibility > audience }
        let shown = s.plan.stakeholders.flatMap(\.contacts).filter { $0.visibility <= audience }.flatMap(\.markers)
        let city = DirectoryCity(plan: s.decoded, model: s.model)
        for format in DirectoryFormat.allCases {
            for what in selections {
                let output = Directory.render([city], format: format, what: what, audience: audience)
                expectNoLeak(
                    Array(output.utf8), "directory --format \(format.rawValue) --what \(what.rawValue)", hidden: hidden,
                    mustShow: what == .resources ? [] : shown, seed: s.plan.seed, audience: audience)
            }
        }
    }
}
