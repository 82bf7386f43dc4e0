import PFPlanLoader

/// Decodes a node tree into a `Plan` in one pass that reports every
/// problem it meets, not only the first.
public enum PlanDecoder {
    /// Reads only what is needed to choose a model (`framework.model`),
    /// before the full decode that checks values against that model.
    public static func modelName(in tree: NodeArena) -> Located<String>? {
        guard let root = tree.root, let framework = tree.value(forKey: "framework", in: root),
              let node = tree.value(forKey: "model", in: framework), let s = tree.scalar(node), !s.isNull
        else { return nil }
        return Located(s.text, range: tree.range(node), path: PlanPath.root.key("framework").key("model"))
    }

    /// A `Node` tree (tests, the fuzzer) is decoded from its arena.
    public static func decode(_ tree: Node?, file: String, model: FrameworkModel?, trackUnread: Bool = false)
        -> (plan: Plan?, diagnostics: [Diagnostic], unreadKeys: [String])
    {
        decode(tree.map(NodeArena.init), file: file, model: model, trackUnread: trackUnread)
    }

    public static func decode(_ tree: NodeArena?, file: String, model: FrameworkModel?, trackUnread: Bool = false)
        -> (plan: Plan?, diagnostics: [Diagnostic], unreadKeys: [String])
    {
        guard let tree, let root = tree.root else {
            let empty = Diagnostic(
                rule: "schema/version", severity: .error, message: "the file is empty; a plan starts with 'pfplan: 1'",
                range: SourceRange(file: file, line: 1, column: 1), path: PlanPath.root.description,
                hint: "run 'pfplan init' for a starter plan")
            return (nil, [empty], [])
        }
        let context = DecodeContext(tree: tree, vocabulary: { model?.ids($0) }, trackUnread: trackUnread)
        guard tree.kind(root) == .mapping else {
            context.report("schema/type", "a plan must be a mapping of keys (pfplan, city, leadership, ...), found \(tree.kindDescription(root))",
                           at: tree.range(root), path: .root)
            return (nil, context.cappedDiagnostics, [])
        }
        guard let r = context.object(root, PlanFormat.plan, path: .root) else { return (nil, context.cappedDiagnostics, []) }
        // `pfplan:` is checked by its own rule id rather than as a missing key.
        context.removeDiagnostics { $0.rule == "schema/missing" && $0.path == "pfplan" }
        var plan = Plan(file: file, range: tree.range(root), city: Plan.City(), framework: Plan.Framework())
        plan.version = version(r, context: context)
        if let c = r.object("city") {
            plan.city = Plan.City(
                name: c.string("name"), region: c.string("region"), country: c.string("country"),
                population: c.integer("population"), languages: c.strings("languages"))
        }
        if let f = r.object("framework") { plan.framework = framework(f) }
        _ = r.node("include")  // expanded by the loader
        if let a = r.object("assessment") {
            plan.assessment = Plan.Assessment(
                summary: a.string("summary")?.value,
                threats: a.objects("threats").compactMap { t in
                    t.string("title").map { Plan.Threat(title: $0.value, trend: t.string("trend")?.value, description: t.string("description")?.value) }
                },
                groupsAtRisk: a.strings("groups-at-risk"),
                serviceGaps: a.objects("service-gaps").compactMap { g in
                    g.string("title").map { Plan.ServiceGap(title: $0.value, stage: g.string("stage"), description: g.string("description")?.value) }
                })
        }
        if let l = r.object("leadership") { plan.leadership = leadership(l) }
        (plan.stakeholders, plan.resources, plan.actions) = ObjectLists.decode(
            r.objectList("stakeholders", stakeholder), r.objectList("resources", resource), r.objectList("actions", action))
        plan.waivers = r.objects("waivers").compactMap(waiver)
        if let p = r.object("pledge") { plan.pledge = pledge(p) }
        return (plan, context.cappedDiagnostics, context.unreadKeys)
    }

    private static func version(_ r: ObjectReader, context: DecodeContext) -> Located<Int>? {
        guard let node = r.node("pfplan") else {
            context.report("schema/version", "the plan does not say its format version; add 'pfplan: 1' as its first line",
                           at: SourceRange(file: r.range.file, start: r.range.start, end: r.range.start), path: PlanPath.root.key("pfplan"))
            return nil
        }
        let path = PlanPath.root.key("pfplan")
        let tree = r.tree
        guard let s = tree.scalar(node), case .int(let v) = s.resolved, v == PlanFormat.version else {
            context.report("schema/version", "'pfplan: \(tree.scalar(node)?.text ?? "...")' is not a format version this pfplan reads; only 1 exists",
                           at: tree.range(node), path: path, hint: "write 'pfplan: 1'")
            return nil
        }
        return Located(v, range: tree.range(node), path: path)
    }

    private static func framework(_ f: ObjectReader) -> Plan.Framework {
        var out = Plan.Framework(model: f.string("model"), title: f.string("title"), need: f.string("need"), vision: f.string("vision"))
        if let p = f.object("period"), let start = p.date("start"), let end = p.date("end") {
            out.period = Plan.Period(start: start, end: end, range: p.range)
        }
        out.pillars = f.objects("pillars").compactMap { p in
            guard let id = p.string("id") else { return nil }
            return Plan.Pillar(
                id: id, title: p.string("title")?.value ?? id.value, goal: p.string("goal")?.value,
                strategies: p.objects("strategies").compactMap { s in
                    s.string("id").map { Plan.Strategy(id: $0, title: s.string("title")?.value ?? $0.value, description: s.string("description")?.value) }
                })
        }
        return out
    }

    private static func contact(_ c: ObjectReader) -> Plan.Contact {
        Plan.Contact(
            range: c.range, path: c.path, name: c.string("name")?.value,
            // The pledge contact has a position instead of a role (plan-format.md).
            role: c.spec.position(of: "role") != nil ? c.string("role")?.value : nil,
            email: c.string("email"), phone: c.string("phone"),
            visibility: c.string("visibility").flatMap { Visibility(rawValue: $0.value) } ?? .internal)
    }

    private static func leadership(_ l: ObjectReader) -> Plan.Leadership {
        let members: [Plan.Member] = l.objects("members").compactMap { m in
            guard let id = m.string("id") else { return nil }
            return Plan.Member(
                id: id, range: m.range, path: m.path, name: m.string("name"), title: m.string("title")?.value,
                organization: m.string("organization"), sector: m.string("sector"), roles: m.strings("roles"),
                contact: m.object("contact").map(contact))
        }
        return Plan.Leadership(
            range: l.range, path: l.path, name: l.string("name"), meets: l.string("meets"), charter: l.string("charter")?.value,
            members: members, membersRange: l.keyRange("members"))
    }

    private static func stakeholder(_ s: ObjectReader) -> Plan.Stakeholder? {
        let id = s.string("id"), name = s.string("name")
        let sector = s.string("sector")
        let stages = s.strings("stages")
        let languages = s.strings("languages").map(\.value)
        let contacts = s.objects("contacts").map(contact)
        let description = s.string("description")?.value, website = s.string("website")?.value, address = s.string("address")?.value
        guard let id, let name else { return nil }
        return Plan.Stakeholder(
            id: id, range: s.range, path: s.path, name: name, sector: sector, description: description, website: website,
            address: address, stages: stages, languages: languages, contacts: contacts)
    }

    private static func resource(_ r: ObjectReader) -> Plan.Resource? {
        let id = r.string("id"), name = r.string("name"), kind = r.string("kind"), provider = r.string("provider")
        let stages = r.strings("stages"), audiences = r.strings("audiences"), languages = r.strings("languages").map(\.value)
        let cost = r.string("cost")?.value, description = r.string("description")?.value
        let access = r.object("access").map { a in
            Plan.Access(url: a.string("url")?.value, phone: a.string("phone")?.value, email: a.string("email")?.value,
                        address: a.string("address")?.value, hours: a.string("hours")?.value)
        }
        guard let id, let name else { return nil }
        return Plan.Resource(
            id: id, range: r.range, path: r.path, name: name, kind: kind, provider: provider, stages: stages,
            audiences: audiences, languages: languages, cost: cost, access: access, description: description)
    }

    private static func action(_ a: ObjectReader) -> Plan.Action? {
        let id = a.string("id"), title = a.string("title"), stage = a.string("stage"), strategy = a.string("strategy")
        let lead = a.string("lead"), partners = a.strings("partners"), resources = a.strings("resources")
        let audiences = a.strings("audiences"), start = a.date("start"), due = a.date("due"), status = a.string("status")
        let budget = a.object("budget").flatMap { b in b.number("amount").map { Plan.Budget(amount: $0.value, currency: b.string("currency")?.value) } }
        let description = a.string("description")?.value
        let indicators: [Plan.Indicator] = a.objects("indicators").compactMap { i in
            let id = i.string("id"), name = i.string("name")
            let unit = i.string("unit")?.value, baseline = i.number("baseline")?.value, target = i.number("target")?.value
            let actual = i.number("actual")?.value, source = i.string("source")?.value
            guard let id, let name else { return nil }
            return Plan.Indicator(id: id, range: i.range, path: i.path, name: name.value, unit: unit, baseline: baseline,
                                  target: target, actual: actual, source: source)
        }
        guard let id, let title else { return nil }
        return Plan.Action(
            id: id, range: a.range, path: a.path, title: title, stage: stage, strategy: strategy, lead: lead, partners: partners,
            resources: resources, audiences: audiences, start: start, due: due, status: status, budget: budget,
            description: description, indicators: indicators, indicatorsRange: a.keyRange("indicators"))
    }

    private static func waiver(_ w: ObjectReader) -> Plan.Waiver? {
        let rule = w.string("rule"), target = w.string("target"), reason = w.string("reason"), until = w.date("until")
        guard let rule else { return nil }
        let emptyReason = reason.map { $0.value.allSatisfy(\.isWhitespace) } ?? true
        return Plan.Waiver(range: w.range, path: w.path, rule: rule, target: target, reason: emptyReason ? nil : reason, until: until)
    }

    private static func pledge(_ p: ObjectReader) -> Plan.Pledge {
        let c = p.object("contact")
        return Plan.Pledge(
            range: p.range, path: p.path, title: p.string("title"), entity: p.string("entity"),
            entityType: p.string("entity-type")?.value,
            contact: c.map(contact), contactPosition: c?.string("position")?.value,
            country: p.string("country"), otherCountries: p.strings("other-countries").map(\.value),
            type: p.string("type")?.value, nature: p.strings("nature").map(\.value),
            objectives: p.items("objectives").compactMap { node, path in
                let tree = p.tree
                guard let s = tree.scalar(node), case .int(let v) = s.resolved, (1...23).contains(v) else {
                    let text = tree.scalar(node)?.text ?? tree.kindDescription(node)
                    p.context.report("schema/value", "'\(text)' is not a GCM objective (a number from 1 to 23)", at: tree.range(node), path: path)
                    return nil
                }
                return Located(v, range: tree.range(node), path: path)
            },
            objectivesRange: p.keyRange("objectives"),
            principles: p.strings("principles").map(\.value), description: p.string("description"),
            expectedImpact: p.strings("expected-impact").map(\.value), deadline: p.date("deadline"))
    }
}
