import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing
@testable import PFPlanReports

/// What the outputs of a generated plan should say, worked out from the
/// generator's values and the model's needs as framework-model.md and
/// practice.md state them: independent of pfplan's coverage and progress
/// code.
struct PlanOracle {
    let plan: GeneratedPlan
    let model: FrameworkModel
    let asOf: CalendarDate

    /// A stakeholder's or member's organisation and sector, by id: a seat
    /// counts as its organisation (its own id when it names none), for the
    /// sector the seat declares (practice.md).
    var providerOf: [String: (organization: String, sector: String)] {
        var out: [String: (organization: String, sector: String)] = [:]
        for s in plan.stakeholders { out[s.id] = (s.id, s.sector) }
        for m in plan.members { out[m.id] = (m.organization ?? m.id, m.sector) }
        return out
    }

    func actions(at stage: String) -> [GeneratedPlan.Action] { plan.actions.filter { $0.stage == stage } }

    /// Resources at a stage: listing it, or used by an action in it.
    func resources(at stage: String) -> Set<String> {
        var ids = Set(plan.resources.filter { $0.stages.contains(stage) }.map(\.id))
        for a in actions(at: stage) { ids.formUnion(a.resources) }
        return ids
    }

    /// Sector -> the organisations that bring it to the stage through
    /// work: the leads and partners of its actions, and the providers of
    /// the resources at the stage.
    func providers(at stage: String) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        let providers = providerOf
        var who = actions(at: stage).flatMap { [$0.lead] + $0.partners }
        let here = resources(at: stage)
        who += plan.resources.filter { here.contains($0.id) }.compactMap(\.provider)
        for p in plan.pathways where p.stage == stage { who += [p.intake] + p.team }
        for id in who {
            if let p = providers[id] { out[p.sector, default: []].insert(p.organization) }
        }
        return out
    }

    /// Sector -> the stakeholders that list the stage but bring that
    /// sector to no work there.
    func offered(at stage: String) -> [String: Set<String>] {
        let present = providers(at: stage)
        var out: [String: Set<String>] = [:]
        for s in plan.stakeholders where s.stages.contains(stage) && present[s.sector]?.contains(s.id) != true {
            out[s.sector, default: []].insert(s.id)
        }
        return out
    }

    func audiences(at stage: String) -> Set<String> {
        var out = Set(actions(at: stage).flatMap(\.audiences))
        let here = resources(at: stage)
        for r in plan.resources where here.contains(r.id) { out.formUnion(r.audiences) }
        return out
    }

    func kindCounts(at stage: String) -> [String: Int] {
        let here = resources(at: stage)
        var out: [String: Int] = [:]
        for r in plan.resources where here.contains(r.id) { out[r.kind, default: 0] += 1 }
        return out
    }

    func isCovered(_ stage: FrameworkModel.Stage) -> Bool {
        let present = providers(at: stage.id)
        for need in stage.needs.sectors where !need.options.contains(where: { present[$0] != nil }) { return false }
        if let m = stage.needs.minSectorsFrom, m.of.filter({ present[$0] != nil }).count < m.count { return false }
        if actions(at: stage.id).count < stage.needs.actions { return false }
        if plan.pathways.filter({ $0.stage == stage.id }).count < stage.needs.pathways { return false }
        if let r = stage.needs.resources {
            let here = resources(at: stage.id)
            let fitting = plan.resources.filter {
                here.contains($0.id) && (r.kinds?.map(\.rawValue).contains($0.kind) ?? true)
            }.count
            if fitting < r.count { return false }
        }
        return true
    }

    var unservedAudiences: [String] {
        let served = Set(plan.actions.flatMap(\.audiences) + plan.resources.flatMap(\.audiences))
        return model.audiences.map(\.id).filter { !served.contains($0) }
    }

    struct Tally: Equatable, CustomStringConvertible {
        var actions = 0
        var byStatus: [String: Int] = Dictionary(uniqueKeysWithValues: PlanFormat.statuses.map { ($0, 0) })
        var overdue = 0
        var indicators = 0
        var measured = 0
        var met = 0

        var description: String {
            "\(actions) actions \(byStatus) overdue \(overdue) indicators \(indicators)/\(measured)/\(met)"
        }
    }

    func tally(_ actions: [GeneratedPlan.Action]) -> Tally {
        var t = Tally()
        for a in actions {
            t.actions += 1
            t.byStatus[a.effectiveStatus, default: 0] += 1
            if a.isOpen, let due = a.due, due < asOf { t.overdue += 1 }
            for i in a.indicators {
                t.indicators += 1
                guard let actual = i.actual else { continue }
                t.measured += 1
                let base = i.baseline ?? 0
                if let target = i.target, target != base, (actual - base) / (target - base) >= 1 { t.met += 1 }
            }
        }
        return t
    }

    /// The stakeholder contacts `audience` may see, per stakeholder.
    func visibleContacts(of s: GeneratedPlan.Stakeholder, _ audience: Visibility) -> [GeneratedPlan.Contact] {
        s.contacts.filter { $0.visibility <= audience }
    }

    /// How many rows the directory CSV has for the whole plan: the header;
    /// one per visible contact, or one for a stakeholder with none; one
    /// per resource and stage group it sits in (or one at no stage).
    func csvRows(_ audience: Visibility) -> Int {
        var rows = 1
        for s in plan.stakeholders { rows += max(1, visibleContacts(of: s, audience).count) }
        for r in plan.resources {
            let stages = model.stages.filter { resources(at: $0.id).contains(r.id) }.count
            rows += max(1, stages)
        }
        return rows
    }
}

extension PropertyTests {
    static func tally(_ object: [String: Any]?) -> PlanOracle.Tally? {
        guard let object else { return nil }
        var t = PlanOracle.Tally()
        t.actions = object["actions"] as? Int ?? -1
        t.byStatus = object["byStatus"] as? [String: Int] ?? [:]
        t.overdue = object["overdue"] as? Int ?? -1
        t.indicators = object["indicators"] as? Int ?? -1
        t.measured = object["measured"] as? Int ?? -1
        t.met = object["met"] as? Int ?? -1
        return t
    }

    static func cleaned(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = BidiControls.withoutReordering(text).trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// All matches of the first capture group of `pattern`, in order.
    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    // MARK: - Counts

    /// `pfplan directory --format json`: every stakeholder and resource
    /// once (a resource once per stage it sits at), grouped by the sector
    /// and stage the plan gives them, with exactly the contacts the
    /// audience may see; and the CSV and vCard hold as many rows and cards.
    @Test(arguments: seeds)
    func directoryCountsMatchThePlan(seed: UInt64) throws {
        try Self.withSubject(seed, Self.checkDirectoryCounts)
    }

    static func checkDirectoryCounts(_ s: Subject) throws {
        let seed = s.plan.seed
        let oracle = PlanOracle(plan: s.plan, model: s.model, asOf: Self.asOf)
        let city = DirectoryCity(plan: s.decoded, model: s.model)
        let stageOrder = s.model.stages.map(\.id)
        let sectorOrder = s.model.sectors.map(\.id)
        for audience in Visibility.allCases {
            let root = try Self.json(Directory.render([city], format: .json, what: .all, audience: audience))
            #expect(root["audience"] as? String == audience.rawValue)
            let cities = try #require(root["cities"] as? [[String: Any]])
            #expect(cities.count == 1)
            let groups = try #require(cities.first?["stakeholders"] as? [[String: Any]])

            // Stakeholders: grouped by sector in the model's order, each once, with its visible contacts.
            let groupSectors = groups.compactMap { $0["sector"] as? String }
            #expect(
                groupSectors == sectorOrder.filter(groupSectors.contains),
                "seed \(seed): sectors out of the model's order")
            var seen: [String] = []
            for group in groups {
                for entry in group["entries"] as? [[String: Any]] ?? [] {
                    let id = entry["id"] as? String ?? "?"
                    seen.append(id)
                    guard let expected = s.plan.stakeholders.first(where: { $0.id == id }) else {
                        Issue.record("seed \(seed): the directory lists '\(id)', which the plan does not have")
                        continue
                    }
                    #expect(
                        group["sector"] as? String == expected.sector && entry["sector"] as? String == expected.sector)
                    #expect(entry["name"] as? String == Self.cleaned(expected.name), "seed \(seed): \(id)'s name")
                    let contacts = entry["contacts"] as? [[String: Any]] ?? []
                    let visible = oracle.visibleContacts(of: expected, audience)
                    #expect(
                        contacts.map { $0["email"] as? String } == visible.map(\.email),
                        "seed \(seed) \(audience): \(id)'s contacts")
                    #expect(
                        contacts.map { $0["phone"] as? String } == visible.map(\.phone),
                        "seed \(seed) \(audience): \(id)'s contacts")
                    #expect(contacts.map { $0["name"] as? String } == visible.map { Self.cleaned($0.name) })
                    #expect(contacts.map { $0["visibility"] as? String } == visible.map(\.visibility.rawValue))
                }
            }
            #expect(
                seen.sorted() == s.plan.stakeholders.map(\.id).sorted(),
                "seed \(seed) \(audience): stakeholders in the directory")

            // Resources: under every stage where they are counted, then those at no stage.
            let resourceGroups = try #require(cities.first?["resources"] as? [[String: Any]])
            var expectedGroups: [(stage: String?, ids: Set<String>)] = stageOrder.map { ($0, oracle.resources(at: $0)) }
                .filter { !$0.1.isEmpty }
            let placed = Set(expectedGroups.flatMap(\.ids))
            let atNoStage = Set(s.plan.resources.map(\.id)).subtracting(placed)
            if !atNoStage.isEmpty { expectedGroups.append((nil, atNoStage)) }
            let actualGroups: [(stage: String?, ids: Set<String>)] = resourceGroups.map { g in
                (
                    g["stage"] as? String,
                    Set((g["entries"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                )
            }
            #expect(actualGroups.map(\.stage) == expectedGroups.map(\.stage), "seed \(seed): resource groups")
            #expect(actualGroups.map(\.ids) == expectedGroups.map(\.ids), "seed \(seed): resources per stage")
            #expect(
                resourceGroups.map { ($0["entries"] as? [Any])?.count ?? 0 } == expectedGroups.map(\.ids.count),
                "seed \(seed): a resource listed twice in a stage")

            // The CSV: one row per contact (or stakeholder) and per resource and stage.
            let rows = try DirectoryTests.parseCSV(
                Directory.render([city], format: .csv, what: .all, audience: audience))
            #expect(rows.count == oracle.csvRows(audience), "seed \(seed) \(audience): CSV rows")
            #expect(rows.allSatisfy { $0.count == DirectoryCSV.header.count })
            // The vCard: one card per stakeholder and per resource.
            let vcf = Directory.render([city], format: .vcf, what: .all, audience: audience)
            #expect(
                vcf.components(separatedBy: "BEGIN:VCARD\r\n").count - 1 == s.plan.stakeholders.count
                    + s.plan.resources.count)
            #expect(
                vcf.components(separatedBy: "END:VCARD\r\n").count - 1 == s.plan.stakeholders.count
                    + s.plan.resources.count)
        }
    }

    /// `pfplan directory --format json` reads back (JSONSerialization) to
    /// the plan's ids, names and references.
    @Test(arguments: seeds)
    func directoryJSONReadsBackToThePlan(seed: UInt64) throws {
        try Self.withSubject(seed, Self.checkDirectoryJSON)
    }

    static func checkDirectoryJSON(_ s: Subject) throws {
        let seed = s.plan.seed
        let text = Directory.render(
            [DirectoryCity(plan: s.decoded, model: s.model)], format: .json, what: .all, audience: .restricted)
        let city = try #require((try Self.json(text)["cities"] as? [[String: Any]])?.first)
        #expect(city["city"] as? String == Self.cleaned(s.plan.cityName))
        #expect(city["region"] as? String == Self.cleaned(s.plan.region))
        #expect(city["country"] as? String == s.plan.country)
        #expect(city["model"] as? String == s.model.id)
        let stakeholders = ((city["stakeholders"] as? [[String: Any]]) ?? []).flatMap {
            $0["entries"] as? [[String: Any]] ?? []
        }
        #expect(Set(stakeholders.compactMap { $0["id"] as? String }) == Set(s.plan.stakeholders.map(\.id)))
        for entry in stakeholders {
            guard let plan = s.plan.stakeholders.first(where: { $0.id == entry["id"] as? String }) else { continue }
            #expect(entry["stages"] as? [String] == plan.stages)
            #expect(entry["languages"] as? [String] == plan.languages)
            #expect(entry["website"] as? String == plan.website)
        }
        var resources: [String: [String: Any]] = [:]
        for group in (city["resources"] as? [[String: Any]]) ?? [] {
            for entry in group["entries"] as? [[String: Any]] ?? [] { resources[entry["id"] as? String ?? "?"] = entry }
        }
        #expect(Set(resources.keys) == Set(s.plan.resources.map(\.id)))
        for r in s.plan.resources {
            let entry = resources[r.id]
            #expect(entry?["name"] as? String == Self.cleaned(r.name), "seed \(seed): \(r.id)")
            #expect(entry?["kind"] as? String == r.kind)
            #expect((entry?["provider"] as? [String: Any])?["id"] as? String == r.provider)
            #expect(entry?["stages"] as? [String] == r.stages)
            #expect(entry?["audiences"] as? [String] == r.audiences)
            #expect((entry?["access"] as? [String: Any])?["phone"] as? String == r.access?.phone)
        }
    }

    /// `pfplan gaps --format json` and `pfplan status --format json`: the
    /// figures per stage, per status, per pillar and for the leadership
    /// group are the ones counted from the generator's data.
    @Test(arguments: seeds)
    func gapsAndStatusCountsMatchThePlan(seed: UInt64) throws {
        try Self.withSubject(seed, Self.checkGapsAndStatus)
    }

    static func checkGapsAndStatus(_ s: Subject) throws {
        let seed = s.plan.seed
        let oracle = PlanOracle(plan: s.plan, model: s.model, asOf: Self.asOf)

        let gaps = try Self.json(
            GapsReport.render([CityGaps(result: s.result)], format: .json, localization: try GapsFixture.localization())
        )
        let city = try #require((gaps["cities"] as? [[String: Any]])?.first)
        #expect(city["coverageComputed"] as? Bool == true)
        #expect(city["blockingErrors"] as? Int == 0)
        let stages = try #require(city["stages"] as? [[String: Any]])
        #expect(stages.map { $0["id"] as? String } == s.model.stages.map(\.id))
        for (stage, json) in zip(s.model.stages, stages) {
            let actions = json["actions"] as? [String: Any]
            #expect(
                actions?["count"] as? Int == oracle.actions(at: stage.id).count, "seed \(seed): actions at \(stage.id)")
            #expect(
                actions?["ids"] as? [String] == oracle.actions(at: stage.id).map(\.id),
                "seed \(seed): actions at \(stage.id)")
            let resources = json["resources"] as? [String: Any]
            #expect(
                resources?["count"] as? Int == oracle.resources(at: stage.id).count,
                "seed \(seed): resources at \(stage.id)")
            #expect(Set(resources?["ids"] as? [String] ?? []) == oracle.resources(at: stage.id))
            #expect(
                resources?["byKind"] as? [String: Int] == oracle.kindCounts(at: stage.id),
                "seed \(seed): kinds at \(stage.id)")
            var providers: [String: Set<String>] = [:]
            for p in json["sectors"] as? [[String: Any]] ?? [] {
                providers[p["sector"] as? String ?? "?"] = Set(p["providers"] as? [String] ?? [])
            }
            #expect(providers == oracle.providers(at: stage.id), "seed \(seed): sectors at \(stage.id)")
            var offered: [String: Set<String>] = [:]
            for p in json["offered"] as? [[String: Any]] ?? [] {
                offered[p["sector"] as? String ?? "?"] = Set(p["stakeholders"] as? [String] ?? [])
            }
            #expect(offered == oracle.offered(at: stage.id), "seed \(seed): offered at \(stage.id)")
            #expect(
                Set(json["audiences"] as? [String] ?? []) == oracle.audiences(at: stage.id),
                "seed \(seed): audiences at \(stage.id)")
            #expect(json["covered"] as? Bool == oracle.isCovered(stage), "seed \(seed): \(stage.id) covered")
        }
        #expect(city["unservedAudiences"] as? [String] == oracle.unservedAudiences)
        let leadership = try #require(city["leadership"] as? [String: Any])
        #expect(leadership["seats"] as? Int == s.plan.members.count)
        #expect(leadership["vacantSeats"] as? [String] == s.plan.members.filter { $0.name == nil }.map(\.id))
        var seats: [String: Int] = [:]
        for m in s.plan.members { seats[m.sector, default: 0] += 1 }
        #expect(leadership["sectors"] as? [String: Int] == seats)
        for role in leadership["roles"] as? [[String: Any]] ?? [] {
            let id = role["role"] as? String ?? "?"
            #expect(
                role["members"] as? [String] == s.plan.members.filter { $0.roles.contains(id) }.map(\.id),
                "seed \(seed): role \(id)")
        }

        let report = ProgressReport(plan: s.decoded, model: s.model, asOf: Self.asOf)
        let status = try Self.json(StatusRenderer.render([report], asOf: Self.asOf, format: .json))
        let progress = try #require((status["plans"] as? [[String: Any]])?.first)
        #expect(
            Self.tally(progress["total"] as? [String: Any]) == oracle.tally(s.plan.actions),
            "seed \(seed): status totals")
        let stageTallies = progress["stages"] as? [[String: Any]] ?? []
        #expect(stageTallies.map { $0["id"] as? String } == s.model.stages.map(\.id))
        for (stage, json) in zip(s.model.stages, stageTallies) {
            #expect(
                Self.tally(json) == oracle.tally(oracle.actions(at: stage.id)), "seed \(seed): status at \(stage.id)")
        }
        let pillarTallies = progress["pillars"] as? [[String: Any]] ?? []
        var expectedPillars: [(String?, [GeneratedPlan.Action])] = s.plan.pillars.map { p in
            (p.id, s.plan.actions.filter { a in p.strategies.contains { $0.id == a.strategy } })
        }
        let loose = s.plan.actions.filter { $0.strategy == nil }
        if !s.plan.pillars.isEmpty && !loose.isEmpty { expectedPillars.append((nil, loose)) }
        #expect(pillarTallies.map { $0["id"] as? String } == expectedPillars.map(\.0), "seed \(seed): pillars")
        for (json, expected) in zip(pillarTallies, expectedPillars) {
            #expect(
                Self.tally(json) == oracle.tally(expected.1), "seed \(seed): status of pillar \(expected.0 ?? "none")")
        }
        let overdue = (progress["overdue"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(
            Set(overdue)
                == Set(s.plan.actions.filter { a in a.isOpen && a.due.map { $0 < Self.asOf } == true }.map(\.id)))
        #expect((progress["indicators"] as? [Any])?.count == s.plan.actions.flatMap(\.indicators).count)
    }

    /// `pfplan render`: the index row says how many seats, stakeholders,
    /// resources and actions the plan has and how many stages it covers;
    /// the document shows every action under its stage and every
    /// stakeholder and resource; the calendar holds one event per dated
    /// action; the CSV beside the document is the directory's.
    @Test(arguments: renderSeeds)
    func renderedCountsMatchThePlan(seed: UInt64) throws {
        let s = try Self.subject(seed)
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let oracle = PlanOracle(plan: s.plan, model: s.model, asOf: Self.asOf)
        let site = try RenderTests.site([s.file])
        #expect(site.cities.map(\.status) == [.rendered])
        let slug = try #require(site.cities.first?.slug)

        let index = RenderTests.text(site, "index.html")
        let covered = s.model.stages.filter(oracle.isCovered).count
        #expect(
            index.contains("<td data-label=\"Stages covered\"><bdi>\(covered) of \(s.model.stages.count)</bdi></td>"),
            "seed \(seed): \(covered) stages covered")
        let overdue = s.plan.actions.count { a in a.isOpen && a.due.map { $0 < Self.asOf } == true }
        let overdueWords = overdue == 1 ? "1 action overdue" : "\(overdue) actions overdue"
        #expect(index.contains(overdueWords + "</"), "seed \(seed): \(overdueWords)")
        // Seats without a name, and the seats a role of the model requires that no member holds.
        var vacant = s.plan.members.count { $0.name == nil }
        for role in s.model.roles {
            vacant += max(0, (role.min ?? 0) - s.plan.members.count { $0.roles.contains(role.id) })
        }
        let vacantWords = vacant == 1 ? "1 vacant seat" : "\(vacant) vacant seats"
        #expect(index.contains(vacantWords + "</"), "seed \(seed): \(vacantWords)")
        let objectives = s.decoded.framework.objectives.count
        #expect(
            index.contains(
                "<td data-label=\"Objectives\"><bdi>\(objectives == 1 ? "1 objective" : "\(objectives) objectives")</bdi></td>"
            ),
            "seed \(seed): objectives")

        let page = RenderTests.text(site, slug + "/index.html")
        var byStage: [String: [String]] = [:]
        var current = "?"
        for match in Self.captures(
            #"<(?:section class="stage"|article class="action") id="((?:stage|action)-[a-z0-9-]+)""#, in: page)
        {
            if match.hasPrefix("stage-") {
                current = String(match.dropFirst(6))
            } else {
                byStage[current, default: []].append(String(match.dropFirst(7)))
            }
        }
        var expected: [String: [String]] = [:]
        for stage in s.model.stages where !oracle.actions(at: stage.id).isEmpty {
            expected[stage.id] = oracle.actions(at: stage.id).map(\.id)
        }
        #expect(byStage == expected, "seed \(seed): actions by stage in the document")
        #expect(
            Set(Self.captures(#"<li id="stakeholder-([a-z0-9-]+)""#, in: page)) == Set(s.plan.stakeholders.map(\.id)))
        #expect(Set(Self.captures(#"<li id="resource-([a-z0-9-]+)""#, in: page)) == Set(s.plan.resources.map(\.id)))

        let calendar = RenderTests.text(site, slug + "/actions.ics")
        // A start event, then a due event, for each action that has them.
        let events = Self.captures("\r\nUID:([a-z0-9.-]+)@", in: calendar)
        let expectedEvents = s.plan.actions.flatMap { a in
            (a.start != nil ? ["start." + a.id] : []) + (a.due != nil ? [a.id] : [])
        }
        #expect(events == expectedEvents, "seed \(seed): calendar events")

        #expect(
            RenderTests.text(site, slug + "/directory.csv")
                == Directory.render(
                    [DirectoryCity(plan: s.decoded, model: s.model)], format: .csv, what: .all, audience: .public))
    }
}
