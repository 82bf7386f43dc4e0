import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// How the plan is followed: monitoring and evaluation, budget and
/// funding, open points.
extension DocumentBuilder {
    // MARK: - Monitoring and evaluation

    func monitoring() -> View {
        var v: View = [
            "svgMarkup": input.pictures.timeline, "svgAlt": t("pictures.timeline"),
            "scrollCue": t("pictures.scroll-cue"),
            "scrolls": true,
        ]
        var tables: [View] = []
        let objectives = plan.framework.objectives
        let outcomes = objectives.flatMap { o in o.indicators.map { (o.title.value, $0) } }
        if !outcomes.isEmpty {
            var table = indicatorTable(
                outcomes.map(\.1), caption: t("monitoring.of-objectives"), of: outcomes.map(\.0), captionHidden: true)
            table["heading"] = t("monitoring.of-objectives")
            tables.append(table)
        }
        // The actions' indicators, a table per stage in the model's order.
        for stage in model.stages {
            let pairs = plan.actions.filter { $0.stage?.value == stage.id }.flatMap { a in
                a.indicators.map { (a.title.value, $0) }
            }
            guard !pairs.isEmpty else { continue }
            let title = t("monitoring.of-actions", ["stage": words.stage(stage.id)])
            var table = indicatorTable(pairs.map(\.1), caption: title, of: pairs.map(\.0), captionHidden: true)
            table["heading"] = title
            tables.append(table)
        }
        if tables.isEmpty { v["noIndicators"] = t("empty.indicators") } else { v["tables"] = tables }
        return v
    }

    // MARK: - Budget and funding

    func budget() -> View {
        let f = input.figures
        let funding = plan.funding
        guard !f.budget.isEmpty || !funding.isEmpty else { return empty("budget") }
        var v: View = [:]
        var facts: [Fact?] = []
        if let words = budgetWords(f) { facts += words.map { Optional($0) } }
        if !f.budget.isEmpty {
            let unfunded = zip(f.budget, f.funded).map { b, fu in
                PlanFigures.Money(currency: b.currency, amount: b.amount - fu.amount)
            }
            let words: String = unfunded.map(money).joined(separator: ", ")
            facts.append(fact("funds.unfunded", style.text(words)))
        }
        v["factsMarkup"] = factList(facts)
        v["note"] = t("funds.funded-means")

        // By stage: what the stage's actions cost, and how much of it is funded.
        let securing = Set(funding.filter { $0.status?.value != .applied }.map(\.id.value))
        var stageRows: [[Cell]] = []
        for stage in model.stages {
            var total: [PlanFigures.Money] = []
            var funded: [PlanFigures.Money] = []
            for a in plan.actions where a.stage?.value == stage.id && a.status?.value != .dropped {
                guard let b = a.budget else { continue }
                PlanFigures.add(b, to: &total)
                if a.funding.contains(where: { securing.contains($0.value) }) { PlanFigures.add(b, to: &funded) }
            }
            guard !total.isEmpty else { continue }
            let fundedAligned = PlanFigures.aligned(funded, to: total)
            let unfunded = zip(total, fundedAligned).map {
                PlanFigures.Money(currency: $0.currency, amount: $0.amount - $1.amount)
            }
            stageRows.append([
                .text(style.text(words.stage(stage.id))),
                .text(style.text(total.map(money).joined(separator: ", "))),
                .text(style.text(fundedAligned.map(money).joined(separator: ", "))),
                unfunded.contains { $0.amount > 0 }
                    ? .mark("gap", style.text(unfunded.map(money).joined(separator: ", ")))
                    : .text(style.text(unfunded.map(money).joined(separator: ", "))),
            ])
        }
        if !stageRows.isEmpty {
            v["byStage"] = table(
                caption: t("funds.by-stage"),
                columns: [
                    Column("stage"), Column("budget", numeric: true), Column("funds.funded", numeric: true),
                    Column("funds.unfunded", numeric: true),
                ]
            ).view(stageRows)
        }

        // By source: what each source brings, and the budgets of the actions
        // that name it (an action that names two sources counts under each).
        let dash = t("no-value")
        if funding.isEmpty {
            v["noSources"] = t("empty.funding")
        } else {
            var paysFor: [String: [PlanFigures.Money]] = [:]
            var actionCount: [String: Int] = [:]
            for a in plan.actions where a.status?.value != .dropped {
                for id in a.funding {
                    actionCount[id.value, default: 0] += 1
                    if let b = a.budget { PlanFigures.add(b, to: &paysFor[id.value, default: []]) }
                }
            }
            v["bySource"] = table(
                caption: t("funds.by-source"),
                columns: [
                    Column("funds.source"), Column("funds.kind"), Column("status"),
                    Column("funds.amount", numeric: true),
                    Column("dates"), Column("funds.pays-for"),
                ]
            ).view(
                funding.map { s in
                    let actions = actionCount[s.id.value] ?? 0
                    var paying = count("funds.actions", actions)
                    if let m = paysFor[s.id.value], !m.isEmpty {
                        paying += " (" + style.text(m.map(money).joined(separator: ", ")) + ")"
                    }
                    return [
                        .text(style.text(s.source.value)),
                        .text(s.kind.map { t("funding-kinds." + $0.value.rawValue) } ?? dash),
                        s.status?.value == .applied
                            ? .mark("gap", t("funding-statuses.applied"))
                            : .text(s.status.map { t("funding-statuses." + $0.value.rawValue) } ?? dash),
                        .text(
                            s.amount.map {
                                style.text(money(PlanFigures.Money(currency: $0.currency, amount: $0.amount)))
                            } ?? dash),
                        .text(dateSpan(start: s.start?.value, due: s.end?.value) ?? dash),
                        .text(paying),
                    ]
                })
        }

        // Where the money ends before the work does.
        let sources = Dictionary(funding.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let cliffs: [String] = plan.actions.compactMap { a in
            guard a.status?.value != .dropped, let due = a.due?.value else { return nil }
            let ends = a.funding.compactMap { sources[$0.value]?.end?.value }
            guard !ends.isEmpty, ends.count == a.funding.count, let last = ends.max(), last < due else { return nil }
            return style.text(
                loc.string("document.funds.cliff", ["action": a.title.value, "due": date(due), "end": date(last)]))
        }
        if cliffs.isEmpty { v["noCliffs"] = t("funds.no-cliffs") } else { v["cliffs"] = cliffs }
        return v
    }

    // MARK: - Open points

    func openPoints() -> View {
        var v: View = ["svgMarkup": input.pictures.coverage, "svgAlt": t("pictures.coverage")]
        let dash = t("no-value")
        let rows: [[Cell]] = input.coverage.stages.map { s in
            let stageNeeds = s.stage.needs
            let accepted = !s.isCovered && input.acceptedStages.contains(s.stage.id)
            let covered: Cell =
                s.isCovered
                ? .mark("ok", t("covered"))
                : accepted
                    ? .mark("accepted", t("accepted-gap"))
                    : .mark("gap", t("not-covered"))
            let missing = s.unmetNeeds.map(needWords)
            var cells: [Cell] = [
                .text(style.text(words.stage(s.stage.id))), covered,
                .text(missing.isEmpty ? dash : style.text(loc.list(missing))),
                .text(haveNeed(s.actionIndices.count, stageNeeds.actions)),
                .text(
                    haveNeed(
                        stageNeeds.resources == nil ? s.resourceIndices.count : s.neededResources,
                        stageNeeds.resources?.count ?? 0)),
            ]
            if showsPathways { cells.append(.text(haveNeed(s.pathwayIndices.count, stageNeeds.pathways))) }
            return cells
        }
        var columns = [
            Column("stage"), Column("covered-column"), Column("missing-sectors"),
            Column("actions-column", numeric: true),
            Column("resources-column", numeric: true),
        ]
        if showsPathways { columns.append(Column("pathways-column", numeric: true)) }
        v["coverage"] = table(caption: t("coverage-table"), columns: columns).view(rows)
        v["unserved"] = list(input.coverage.unservedAudiences.map { words.audience($0) })

        let open = input.diagnostics.filter { !$0.isWaived }
        let accepted = input.diagnostics.filter(\.isWaived)
        if open.isEmpty { v["noOpen"] = t("no-open") } else { v["open"] = open.map(finding) }
        if !accepted.isEmpty {
            v["accepted"] = accepted.map(finding)
            v["hasAccepted"] = true
        }
        return v
    }

    /// "3 / 1": what the stage has against what the model asks; only the
    /// count when the model asks for none.
    func haveNeed(_ have: Int, _ need: Int) -> String {
        need > 0 ? t("have-need", ["have": loc.number(have), "need": loc.number(need)]) : loc.number(have)
    }

    /// An unmet sector need in the page's words ("one of Justice and
    /// courts / Law enforcement").
    func needWords(_ need: CoverageMatrix.UnmetSectorNeed) -> String {
        let titles = need.sectors.map(words.sector).joined(separator: loc.string("common.need.separator"))
        switch need.kind {
        case .sector: return titles
        case .anyOf: return loc.string("common.need.any-of", ["sectors": titles])
        case .moreOf: return loc.string("common.need.more-of", ["count": loc.number(need.count), "sectors": titles])
        }
    }

    // MARK: - Annexes

    /// Annex A: the stakeholders by sector, in the model's order.
    func stakeholders() -> View {
        let all = plan.stakeholders
        guard !all.isEmpty else { return empty("stakeholders") }
        var bySector: [String: [Int]] = [:]
        for i in all.indices { bySector[all[i].sector?.value ?? "", default: []].append(i) }
        let order =
            model.sectors.map(\.id) + bySector.keys.filter { k in !k.isEmpty && model.sector(k) == nil }.sorted() + [""]
        let groups: [View] = order.compactMap { sector in
            guard let indices = bySector[sector] else { return nil }
            let title = sector.isEmpty ? t("no-sector") : style.text(words.sector(sector))
            return [
                "title": title, "id": "sector-" + (sector.isEmpty ? "none" : sector),
                "items": indices.map { stakeholder(all[$0]) },
            ]
        }
        return ["groups": groups]
    }

    func stakeholder(_ s: Plan.Stakeholder) -> View {
        var v: View = ["id": "stakeholder-" + s.id.value, "title": style.text(s.name.value)]
        v["factsMarkup"] = factList([
            fact("offers", list(s.stages.map { words.stage($0.value) })),
            fact("languages", list(s.languages.map(languageName))),
            fact("website", style.text(s.website), href: s.website.flatMap(Escape.safeURL), ltr: true),
            fact("address", style.text(s.address)),
        ])
        v["descriptionMarkup"] = style.markup(s.description)
        let contacts: [View] = s.contacts.map { c in
            var cv: View = [:]
            cv["name"] = style.text(c.name)
            cv["role"] = style.text(c.role)
            cv["factsMarkup"] = factList(channels(email: c.email?.value, phone: c.phone?.value))
            return cv
        }
        if !contacts.isEmpty { v["contacts"] = contacts }
        return v
    }

    /// Annex B: the resources by kind.
    func resources() -> View {
        let all = plan.resources
        guard !all.isEmpty else { return empty("resources") }
        var byKind: [String: [Int]] = [:]
        for i in all.indices { byKind[all[i].kind?.value.rawValue ?? "", default: []].append(i) }
        let groups: [View] = (ResourceKind.values + [""]).compactMap { kind in
            guard let indices = byKind[kind] else { return nil }
            return [
                "title": t("resource-kinds." + (kind.isEmpty ? "unknown" : kind)),
                "id": "kind-" + (kind.isEmpty ? "none" : kind),
                "items": indices.map { resource(all[$0]) },
            ]
        }
        return ["groups": groups]
    }

    func resource(_ r: Plan.Resource) -> View {
        var v: View = ["id": "resource-" + r.id.value, "title": style.text(r.name.value)]
        var facts = [
            fact("provider", r.provider.flatMap { names.shown($0.value) }.map { style.text($0) }),
            fact("stages", list(r.stages.map { words.stage($0.value) })),
            fact("audiences", list(r.audiences.map { words.audience($0.value) })),
            fact("languages", list(r.languages.map(languageName))),
            fact("cost", r.cost.map { t("costs." + $0.rawValue) }),
        ]
        if let a = r.access {
            facts += channels(email: a.email, phone: a.phone, url: a.url, hours: a.hours, address: a.address).map {
                Optional($0)
            }
        }
        v["factsMarkup"] = factList(facts)
        v["descriptionMarkup"] = style.markup(r.description)
        return v
    }
}
