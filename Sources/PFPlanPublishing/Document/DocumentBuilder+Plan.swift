import PFPlanLoader
import PFPlanModel

/// The plan itself: at a glance, need and vision, objectives, assessment.
extension DocumentBuilder {
    // MARK: - At a glance

    func glance() -> View {
        let f = input.figures
        let period = plan.framework.period.map {
            t("period-range", ["start": date($0.start.value), "end": date($0.end.value)])
        }
        let adopted = plan.framework.adopted.map { date($0.value) } ?? t("glance.draft")
        let review = plan.framework.review.map { date($0.value) } ?? t("glance.no-review")
        var actions = [
            count("glance.done", f.done), count("glance.in-progress", f.inProgress), count("glance.overdue", f.overdue),
        ]
        if plan.actions.isEmpty { actions = [t("glance.no-actions")] }
        var facts = [
            fact("period", period),
            fact("glance.adopted", adopted, mark: plan.framework.adopted == nil ? "draft" : nil),
            fact("glance.review", review),
            fact(
                "glance.stages",
                t(
                    "glance.stages-covered",
                    [
                        "covered": loc.number(f.stagesCovered), "total": loc.number(f.stageCount),
                    ])),
            fact("glance.actions", list(actions)),
            fact(
                "glance.vacant", f.vacantSeats == 0 ? t("none") : loc.number(f.vacantSeats),
                mark: f.vacantSeats > 0 ? "gap" : nil),
        ].compactMap { $0 }
        if let money = budgetWords(f) { facts.append(contentsOf: money) }

        let objectives: [View] = plan.framework.objectives.map { o in
            let outcomes = o.indicators.filter { $0.kind == .outcome }
            var v: View = ["title": style.text(o.title.value), "href": "#objective-" + o.id.value]
            v["progress"] = outcomes.isEmpty ? [t("glance.no-outcome")] : outcomes.map(progress)
            return v
        }
        let next: [View] = f.nextDue.map { i in
            let a = plan.actions[i]
            var v: View = ["title": style.text(a.title.value), "href": "#action-" + a.id.value]
            v["due"] = a.due.map { t("glance.due", ["date": date($0.value)]) }
            v["lead"] = a.lead.flatMap { names.shown($0.value) }.map { style.text($0) }
            return v
        }
        var v: View = ["objectives": objectives, "next": next]
        v["factsMarkup"] = factList(facts)
        if objectives.isEmpty { v["noObjectives"] = t("empty.objectives") }
        if next.isEmpty { v["noNext"] = t("glance.nothing-due") }
        return v
    }

    /// "Total budget" and "funded" facts, when the plan has budgets.
    func budgetWords(_ f: PlanFigures) -> [Fact]? {
        guard !f.budget.isEmpty else { return nil }
        let total = f.budget.map(money).joined(separator: ", ")
        var funded = f.funded.map(money).joined(separator: ", ")
        if let share = f.fundedShare {
            funded = loc.string(
                "document.glance.funded-share",
                [
                    "amount": funded, "percent": loc.number((share * 100).rounded(), fractionDigits: 0),
                ])
        }
        return [fact("glance.budget", style.text(total)), fact("glance.funded", style.text(funded))].compactMap { $0 }
    }

    /// An amount with its currency ("12,000 USD"), not escaped.
    func money(_ m: PlanFigures.Money) -> String {
        let amount = number(m.amount)
        return m.currency.map { amount + " " + $0 } ?? amount
    }

    /// An indicator's progress in words: "Referrals closed: 45 of a target
    /// of 70 percent", or that it has no figure yet.
    func progress(_ i: Plan.Indicator) -> String {
        // The unit goes with each figure (`figure(_:unit:)`), so "{unit}"
        // in the sentence stays empty.
        var values = ["name": i.name, "unit": ""]
        values["target"] = i.target.map { figure($0, unit: i.unit) } ?? loc.string("document.no-value")
        if let actual = i.actual {
            values["actual"] = figure(actual, unit: i.unit)
            return style.text(loc.string("document.glance.progress", values))
        }
        return style.text(loc.string("document.glance.no-figure", values))
    }

    // MARK: - Need and vision

    func need() -> View {
        var v: View = [:]
        v["needMarkup"] = style.markup(plan.framework.need?.value)
        v["visionMarkup"] = style.markup(plan.framework.vision?.value)
        let pillars: [View] = plan.framework.pillars.map { p in
            var pv: View = ["title": style.text(p.title), "strategies": p.strategies.map { style.text($0.title) }]
            pv["goal"] = style.text(p.goal)
            return pv
        }
        if !pillars.isEmpty {
            v["pillars"] = pillars
            v["hasPillars"] = true
        }
        if v.isEmpty { return empty("need") }
        return v
    }

    // MARK: - Objectives

    func objectives() -> View {
        let objectives = plan.framework.objectives
        guard !objectives.isEmpty else { return empty("objectives") }
        var servedBy: [String: [Int]] = [:]
        for (i, a) in plan.actions.enumerated() {
            for o in a.objectives { servedBy[o.value, default: []].append(i) }
        }
        let items: [View] = objectives.map { o in
            var v: View = ["id": "objective-" + o.id.value, "title": style.text(o.title.value)]
            v["factsMarkup"] = factList([fact("objective.answers", nameList(o.addresses))])
            v["descriptionMarkup"] = style.markup(o.description)
            if !o.indicators.isEmpty {
                v["indicators"] = indicatorTable(o.indicators, caption: t("objective.indicators"))
            }
            let actions = (servedBy[o.id.value] ?? []).map { plan.actions[$0] }
            if actions.isEmpty {
                v["noActions"] = t("objective.no-actions")
            } else {
                v["actions"] = actions.map { a in anchorLink(style.text(a.title.value), "action-" + a.id.value) }
            }
            return v
        }
        return ["items": items]
    }

    /// A link to a place in the page (HTML) or the name alone (Markdown,
    /// whose anchors differ between renderers).
    func anchorLink(_ text: String, _ anchor: String) -> View {
        style.isHTML ? ["text": text, "href": "#" + anchor, "isLink": true] : ["text": text]
    }

    /// Indicators as a table: name, kind, baseline, target, latest, who
    /// collects, how often.
    func indicatorTable(
        _ indicators: [Plan.Indicator], caption: String, of owners: [String]? = nil, captionHidden: Bool = false
    ) -> View {
        var columns = [Column("indicator")]
        if owners != nil { columns.append(Column("indicator-of")) }
        columns += [
            Column("kind"), Column("baseline", numeric: true), Column("target", numeric: true),
            Column("actual", numeric: true), Column("collected-by"), Column("frequency"),
        ]
        let table = table(caption: caption, captionHidden: captionHidden, columns: columns)
        let dash = t("no-value")
        let rows: [[Cell]] = indicators.enumerated().map { k, i in
            var cells: [Cell] = [.text(style.text(i.name))]
            if let owners { cells.append(.text(style.text(owners[k]))) }
            cells += [
                .text(t("indicator-kinds." + i.kind.rawValue)),
                .text(i.baseline.map { style.text(figure($0, unit: i.unit)) } ?? dash),
                .text(i.target.map { style.text(figure($0, unit: i.unit)) } ?? dash),
                .text(i.actual.map { style.text(figure($0, unit: i.unit)) } ?? dash),
                i.collectedBy.flatMap { names.shown($0.value) }.map { .text(style.text($0)) }
                    ?? .mark("gap", t("no-owner")),
                .text(i.frequency.map { t("frequencies." + $0.value.rawValue) } ?? dash),
            ]
            return cells
        }
        return table.view(rows)
    }

    // MARK: - Assessment

    func assessment() -> View {
        guard let a = plan.assessment else { return empty("assessment") }
        // Which actions and objectives answer each threat and gap.
        var answeredBy: [String: [String]] = [:]
        for o in plan.framework.objectives {
            for id in o.addresses { answeredBy[id.value, default: []].append(o.title.value) }
        }
        for act in plan.actions {
            for id in act.addresses { answeredBy[id.value, default: []].append(act.title.value) }
        }
        func answers(_ id: Located<String>?) -> Fact {
            if let id, let by = answeredBy[id.value], !by.isEmpty {
                return fact("assessment.answered-by", list(by))!
            }
            return fact("assessment.answered-by", t("assessment.unanswered"), mark: "gap")!
        }

        var v: View = [:]
        v["summaryMarkup"] = style.markup(a.summary)
        let threats: [View] = a.threats.map { th in
            var tv: View = ["title": style.text(th.title)]
            tv["factsMarkup"] = factList([
                fact("trend", th.trend.map { t("trends." + $0.rawValue) }),
                fact("assessment.targets", list(th.targets.map { words.audience($0.value) })),
                fact("source", style.text(th.source)),
                answers(th.id),
            ])
            tv["descriptionMarkup"] = style.markup(th.description)
            return tv
        }
        if threats.isEmpty { v["noThreats"] = t("empty.threats") } else { v["threats"] = threats }

        var audienceServedBy: [String: [String]] = [:]
        for act in plan.actions where act.status?.value != .dropped {
            for au in act.audiences { audienceServedBy[au.value, default: []].append(act.title.value) }
        }
        let groups: [View] = a.groupsAtRisk.map { g in
            var gv: View = ["title": style.text(words.audience(g.value))]
            if let by = audienceServedBy[g.value], !by.isEmpty {
                gv["servedBy"] = t("assessment.served-by", ["actions": loc.list(by)])
            } else {
                gv["unserved"] = t("assessment.group-unserved")
            }
            return gv
        }
        if groups.isEmpty { v["noGroups"] = t("empty.groups") } else { v["groups"] = groups }

        let gaps: [View] = a.serviceGaps.map { g in
            var gv: View = ["title": style.text(g.title)]
            gv["factsMarkup"] = factList([
                fact("stage", g.stage.map { style.text(words.stage($0.value)) }), answers(g.id),
            ])
            gv["descriptionMarkup"] = style.markup(g.description)
            return gv
        }
        if gaps.isEmpty { v["noGaps"] = t("empty.gaps") } else { v["gaps"] = gaps }

        let assets: [View] = a.assets.map { x in
            var xv: View = ["title": style.text(x.title)]
            xv["who"] = x.stakeholder.flatMap { names.shown($0.value) }.map { style.text($0) }
            xv["descriptionMarkup"] = style.markup(x.description)
            return xv
        }
        if assets.isEmpty { v["noAssets"] = t("empty.assets") } else { v["assets"] = assets }

        if a.consultations.isEmpty {
            v["noConsultation"] = t("empty.consultation")
        } else {
            let table = table(
                caption: t("assessment.consultation"), captionHidden: true,
                columns: [
                    Column("consultation.title"), Column("consultation.date"), Column("consultation.with"),
                    Column("audiences"), Column("languages"), Column("consultation.participants", numeric: true),
                ])
            let dash = t("no-value")
            v["consultation"] = table.view(
                a.consultations.map { c in
                    [
                        .text(style.text(c.title)),
                        .text(c.date.map { date($0.value) } ?? dash),
                        .text(nameList(c.with) ?? dash),
                        .text(list(c.audiences.map { words.audience($0.value) }) ?? dash),
                        .text(list(c.languages.map(languageName)) ?? dash),
                        .text(c.participants.map { loc.number($0) } ?? dash),
                    ]
                })
        }
        return v
    }
}
