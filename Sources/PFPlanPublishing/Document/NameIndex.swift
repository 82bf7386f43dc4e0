import PFPlanModel

/// Ids in words: a document names "Athens City School District", not
/// `athens-city-schools`. Built from the (already filtered) plan.
struct NameIndex: Sendable {
    private var names: [String: String] = [:]

    /// Entries are read by index: `for s in plan.stakeholders` copies each
    /// whole entry.
    init(plan: Plan) {
        let stakeholders = plan.stakeholders
        let resources = plan.resources
        let actions = plan.actions
        var organizations: [String: String] = [:]
        organizations.reserveCapacity(stakeholders.count)
        names.reserveCapacity(stakeholders.count + resources.count + actions.count)
        for i in stakeholders.indices where organizations[stakeholders[i].id.value] == nil {
            organizations[stakeholders[i].id.value] = stakeholders[i].name.value
        }
        for m in plan.leadership?.members ?? [] where names[m.id.value] == nil {
            let organization = m.organization.map { organizations[$0.value] ?? $0.value }
            switch (m.name?.value, organization) {
            case (let name?, let org?): names[m.id.value] = "\(name) (\(org))"
            case (let name?, nil): names[m.id.value] = name
            case (nil, let org?): names[m.id.value] = org
            case (nil, nil): names[m.id.value] = m.id.value
            }
        }
        for (id, name) in organizations where names[id] == nil { names[id] = name }
        for i in resources.indices where names[resources[i].id.value] == nil {
            names[resources[i].id.value] = resources[i].name.value
        }
        for i in actions.indices where names[actions[i].id.value] == nil {
            names[actions[i].id.value] = actions[i].title.value
        }
        for p in plan.framework.pillars {
            if names[p.id.value] == nil { names[p.id.value] = p.title }
            for s in p.strategies where names[s.id.value] == nil { names[s.id.value] = s.title }
        }
        // The practice blocks share the one id namespace.
        func add(_ id: Located<String>?, _ name: String) {
            if let id = id?.value, names[id] == nil { names[id] = name }
        }
        for o in plan.framework.objectives { add(o.id, o.title.value) }
        for t in plan.assessment?.threats ?? [] { add(t.id, t.title) }
        for g in plan.assessment?.serviceGaps ?? [] { add(g.id, g.title) }
        for c in plan.assessment?.consultations ?? [] { add(c.id, c.title) }
        for p in plan.pathways { add(p.id, p.title.value) }
        for a in plan.agreements { add(a.id, a.title.value) }
        for f in plan.funding { add(f.id, f.source.value) }
        // Indicators, which a finding may name ("the indicator Referrals
        // assessed has no target").
        for o in plan.framework.objectives { o.indicators.forEach { add($0.id, $0.name) } }
        for i in actions.indices { actions[i].indicators.forEach { add($0.id, $0.name) } }
    }

    /// The name of an id; the id itself when the plan does not define it
    /// (only possible in a `--force` render of a plan with errors).
    func name(_ id: String) -> String { names[id] ?? id }

    /// The name of an id the document may show: nil when the plan does not
    /// define it, which is also what a placeholder (`TODO`) is once the
    /// document's plan has left it out, so a placeholder is never shown as
    /// a lead, a provider or a partner.
    func shown(_ id: String) -> String? { names[id] }
}

/// Folder names for cities.
enum CitySlug {
    /// `athens-ohio` from "Athens" and "Ohio": lower-case ASCII letters,
    /// digits and hyphens, so the folder name is safe on every file system
    /// and in a URL. Taken from the plan's content rather than its path, so
    /// a plan renders to the same folder wherever it lives.
    static func make(city: String?, region: String?, fallback: String) -> String {
        let words = [city, region].compactMap { $0 }.joined(separator: " ")
        var out = ""
        var pendingHyphen = false
        for c in words.decomposedLatin {
            if c.isASCII, c.isLetter || c.isNumber {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += c.lowercased()
            } else if c.isLetter && !c.isASCII {
                // A letter outside Latin (Arabic, Cyrillic...): keep a hyphen
                // position; the fallback below covers a name of only such.
                pendingHyphen = true
            } else {
                pendingHyphen = true
            }
        }
        if out.count > 60 { out = String(out.prefix(60)) }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }

    /// Unique slugs for every city, in order: a second "Springfield,
    /// Illinois" becomes `springfield-illinois-2`.
    static func unique(_ slugs: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(slugs)
        var out: [String] = []
        for slug in slugs {
            let n = (seen[slug] ?? 0) + 1
            seen[slug] = n
            if n == 1 {
                out.append(slug)
                continue
            }
            var k = n
            var candidate = "\(slug)-\(k)"
            while taken.contains(candidate) {
                k += 1
                candidate = "\(slug)-\(k)"
            }
            taken.insert(candidate)
            out.append(candidate)
        }
        return out
    }
}

extension String {
    /// Latin letters without their accents ("sao jose" from "São José")
    /// through a fixed table of Latin-1 and Latin Extended-A: no
    /// Foundation and no locale data, so every machine makes the same slug.
    var decomposedLatin: [Character] {
        var out: [Character] = []
        for c in self {
            if let plain = Self.latinFolding[c] { out += plain } else { out.append(c) }
        }
        return out
    }

    private static let latinFolding: [Character: String] = {
        var table: [Character: String] = [:]
        let accented = Array(
            "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž"
        )
        let plain = Array(
            "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz"
        )
        for (a, p) in zip(accented, plain) { table[a] = String(p) }
        let extra: [(Character, String)] = [
            ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"), ("ł", "l"),
            ("Ł", "L"), ("œ", "oe"), ("Œ", "OE"), ("þ", "th"), ("ð", "d"),
        ]
        for (a, p) in extra { table[a] = p }
        return table
    }()
}
