import PFPlanLoader
import PFPlanModel

/// Who does the work and how: governance, prevention activities, referral
/// pathways and information sharing.
extension DocumentBuilder {
    // MARK: - Governance

    func governance() -> View {
        guard let l = plan.leadership else { return empty("governance") }
        var v: View = [:]
        v["factsMarkup"] = factList([
            fact("group", style.text(l.name?.value)),
            fact("meets", l.meets.map { t("meets-every." + $0.value.rawValue) }),
            fact("reports-to", style.text(plan.framework.reportsTo?.value)),
        ])
        v["charterMarkup"] = style.markup(l.charter)
        v["svgMarkup"] = input.pictures.leadership
        v["svgAlt"] = t("pictures.leadership")
        v["hasChart"] = true

        // Seats by sector, in the model's order, then sectors it lacks.
        let members = l.members
        var bySector: [String: Int] = [:]
        for m in members where m.name != nil { bySector[m.sector?.value ?? "", default: 0] += 1 }
        let order =
            model.sectors.map(\.id) + bySector.keys.filter { k in !model.sectors.contains { $0.id == k } }.sorted()
        let sectorRows: [[Cell]] = order.compactMap { id in
            guard let n = bySector[id] else { return nil }
            return [
                .text(style.text(id.isEmpty ? loc.string("document.no-sector") : words.sector(id))),
                .text(loc.number(n)),
            ]
        }
        if !sectorRows.isEmpty {
            v["sectors"] = table(
                caption: t("governance.seats-by-sector"),
                columns: [
                    Column("sector"), Column("seats", numeric: true),
                ]
            ).view(sectorRows)
        }

        let dash = t("no-value")
        let memberRows: [[Cell]] = members.map { m in
            var name = m.name.map { style.text($0.value) } ?? t("vacant")
            if let title = m.title { name += style.isHTML ? " — " + title : " — " + style.text(title) }
            let contact = m.contact.map { c in
                [c.email?.value, c.phone?.value].compactMap { $0 }.map { style.text($0) }.joined(separator: " · ")
            }
            return [
                m.name == nil ? .mark("gap", name) : .text(name),
                .text(m.organization.flatMap { names.shown($0.value) }.map { style.text($0) } ?? dash),
                .text(m.sector.map { style.text(words.sector($0.value)) } ?? dash),
                .text(list(m.roles.map { words.role($0.value) }) ?? dash),
                .text(contact.flatMap { $0.isEmpty ? nil : $0 } ?? dash),
            ]
        }
        if memberRows.isEmpty {
            v["noMembers"] = t("empty.members")
        } else {
            v["members"] = table(
                caption: t("members"),
                columns: [
                    Column("name"), Column("organization"), Column("sector"), Column("roles"), Column("contact"),
                ]
            ).view(memberRows)
        }

        let roleRows: [[Cell]] = model.roles.map { role in
            let holders = members.filter { m in m.roles.contains { $0.value == role.id } }
            let holderNames = holders.map { $0.name?.value ?? loc.string("document.vacant") }
            var needs: String?
            switch (role.min, role.max) {
            case (let min?, let max?) where min == max: needs = t("role-exactly", ["count": loc.number(min)])
            case (let min?, let max?): needs = t("role-between", ["min": loc.number(min), "max": loc.number(max)])
            case (let min?, nil): needs = t("role-at-least", ["count": loc.number(min)])
            case (nil, let max?): needs = t("role-at-most", ["count": loc.number(max)])
            case (nil, nil): needs = nil
            }
            let filled = holders.count { $0.name != nil }
            let unmet = filled < (role.min ?? 0) || holders.count > (role.max ?? Int.max)
            return [
                .text(style.text(words.role(role.id))),
                .text(holderNames.isEmpty ? t("none") : style.text(loc.list(holderNames))),
                unmet ? .mark("gap", (needs ?? dash) + " " + t("role-unmet")) : .text(needs ?? dash),
            ]
        }
        v["roles"] = table(
            caption: t("roles"),
            columns: [
                Column("role"), Column("holders"), Column("role-needs"),
            ]
        ).view(roleRows)

        if l.learning.isEmpty {
            v["noLearning"] = t("empty.learning")
        } else {
            v["learning"] = table(
                caption: t("governance.learning"), captionHidden: true,
                columns: [
                    Column("governance.session"), Column("provider"), Column("consultation.date"), Column("status"),
                ]
            ).view(
                l.learning.map { s in
                    [
                        .text(style.text(s.title.value)),
                        .text(s.provider.flatMap { names.shown($0.value) }.map { style.text($0) } ?? dash),
                        .text(s.date.map { date($0.value) } ?? dash),
                        s.status?.value == .done
                            ? .mark("ok", t("learning-status.done"))
                            : .text(s.status.map { t("learning-status." + $0.value.rawValue) } ?? dash),
                    ]
                })
        }
        return v
    }

    // MARK: - Prevention activities

    func activities() -> View {
        // One pass by index: filtering the actions per stage copied every
        // action once per stage.
        let actions = plan.actions
        var position: [String: Int] = [:]
        for (i, stage) in model.stages.enumerated() where position[stage.id] == nil { position[stage.id] = i }
        var byStage = [[Int]](repeating: [], count: model.stages.count)
        // Actions whose stage the model lacks (a --force render): shown, not lost.
        var strays: [Int] = []
        for i in actions.indices {
            if let stage = actions[i].stage?.value, let p = position[stage] {
                byStage[p].append(i)
            } else {
                strays.append(i)
            }
        }
        let objectiveTitles = Dictionary(
            plan.framework.objectives.map { ($0.id.value, $0.title.value) }, uniquingKeysWith: { a, _ in a })
        let sources = Dictionary(plan.funding.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        var stages: [View] = model.stages.enumerated().map { p, stage in
            var v: View = ["id": "stage-" + stage.id, "title": style.text(words.stage(stage.id))]
            v["summary"] = style.text(words.stageSummary(stage.id))
            let items = byStage[p].map { action(actions[$0], objectiveTitles: objectiveTitles, sources: sources) }
            if items.isEmpty { v["noActions"] = t("empty.stage-actions") } else { v["actions"] = items }
            return v
        }
        if !strays.isEmpty {
            stages.append([
                "id": "stage-other", "title": t("other-stage"),
                "actions": strays.map { action(actions[$0], objectiveTitles: objectiveTitles, sources: sources) },
            ])
        }
        return ["stages": stages]
    }

    func action(_ a: Plan.Action, objectiveTitles: [String: String], sources: [String: Plan.FundingSource]) -> View {
        let status = a.status?.value.rawValue ?? "unknown"
        let overdue = a.isOpen && (a.due.map { $0.value < input.asOf } ?? false)
        var statusText = loc.term("common.status", status)
        if overdue { statusText += " · " + loc.string("document.overdue") }
        var budget: String?
        if let b = a.budget { budget = style.text(money(PlanFigures.Money(currency: b.currency, amount: b.amount))) }
        let indicators = a.indicators.map { i -> String in
            guard let target = i.target else { return i.name }
            return loc.string("document.indicator-target", ["name": i.name, "target": figure(target, unit: i.unit)])
        }
        var v: View = ["id": "action-" + a.id.value, "title": style.text(a.title.value)]
        v["status"] = style.text(statusText)
        v["statusClass"] = "status-" + (overdue ? "overdue" : status)
        v["factsMarkup"] = factList([
            fact("lead", a.lead.flatMap { names.shown($0.value) }.map { style.text($0) }),
            fact("partners", nameList(a.partners)),
            fact("dates", dateSpan(start: a.start?.value, due: a.due?.value)),
            fact("budget", budget),
            fact("funding", list(a.funding.compactMap { sources[$0.value]?.source.value })),
            fact("objectives", list(a.objectives.compactMap { objectiveTitles[$0.value] })),
            fact("answers", nameList(a.addresses)),
            fact("strategy", a.strategy.flatMap { names.shown($0.value) }.map { style.text($0) }),
            fact("audiences", list(a.audiences.map { words.audience($0.value) })),
            fact("resources-used", nameList(a.resources)),
            fact("indicators", list(indicators)),
        ])
        v["descriptionMarkup"] = style.markup(a.description)
        return v
    }

    // MARK: - Referral pathways and information sharing

    func pathways() -> View {
        var v: View = [:]
        let agreementTitles = Dictionary(
            plan.agreements.map { ($0.id.value, $0.title.value) }, uniquingKeysWith: { a, _ in a })
        let items: [View] = plan.pathways.map { p in
            var pv: View = ["id": "pathway-" + p.id.value, "title": style.text(p.title.value)]
            var facts = [
                fact("stage", p.stage.map { style.text(words.stage($0.value)) }),
                fact("pathway.referrers", nameList(p.referrers)),
                fact("pathway.intake", p.intake.flatMap { names.shown($0.value) }.map { style.text($0) }),
            ]
            // How to reach the intake: a contact like any other, left out
            // by the audience filter when the edition may not show it.
            if let access = p.access {
                facts += channels(
                    email: access.email?.value, phone: access.phone?.value, url: access.url, hours: access.hours,
                    address: access.address
                ).map { Optional($0) }
            }
            facts += [
                fact("pathway.team", nameList(p.team)),
                fact("pathway.agreement", p.agreement.flatMap { agreementTitles[$0.value] }.map { style.text($0) }),
                fact(
                    "pathway.follow-up",
                    p.followUpMonths.isEmpty
                        ? nil
                        : t(
                            "pathway.follow-up-months",
                            [
                                "months": loc.list(p.followUpMonths.map { loc.number($0.value) })
                            ])),
            ]
            facts += [
                block("pathway.consent", p.consent?.value)
                    ?? fact("pathway.consent", t("pathway.no-consent"), mark: "gap"),
                block("pathway.police", p.policeThreshold?.value),
                block("pathway.exit", p.exit),
                block("description", p.description),
            ]
            pv["factsMarkup"] = factList(facts)
            return pv
        }
        if items.isEmpty { v["noPathways"] = t("empty.pathways") } else { v["pathways"] = items }

        let agreements: [View] = plan.agreements.map { a in
            var av: View = ["id": "agreement-" + a.id.value, "title": style.text(a.title.value)]
            let status = a.status?.value
            av["factsMarkup"] = factList([
                fact("agreement.kind", a.kind.map { t("agreement-kinds." + $0.value.rawValue) }),
                fact("agreement.parties", nameList(a.parties)),
                fact(
                    "agreement.basis", list(a.basis.map { loc.string("document.agreement-bases." + $0.value.rawValue) })
                ),
                fact(
                    "status", status.map { t("agreement-statuses." + $0.rawValue) },
                    mark: status == .signed ? "ok" : status == nil ? nil : "gap"),
                fact("agreement.signed", a.signed.map { date($0.value) }),
                fact(
                    "agreement.expires", a.expires.map { date($0.value) },
                    mark: a.expires.map { $0.value < input.asOf } == true ? "gap" : nil),
                fact("agreement.retention", style.text(a.retention)),
            ])
            av["descriptionMarkup"] = style.markup(a.description)
            return av
        }
        if agreements.isEmpty { v["noAgreements"] = t("empty.agreements") } else { v["agreements"] = agreements }

        if let s = plan.safeguards {
            var sv: View = [:]
            sv["statementMarkup"] = style.markup(s.statement?.value)
            var facts = [
                fact("safeguards.oversight", s.oversight.flatMap { names.shown($0.value) }.map { style.text($0) })
            ]
            if let c = s.complaints, !c.isEmpty {
                facts += channels(email: c.email, phone: c.phone, url: c.url).map { fact in
                    var f = fact
                    f.label = t("safeguards.complaints") + " · " + fact.label
                    return Optional(f)
                }
            } else {
                facts.append(fact("safeguards.complaints", t("safeguards.no-complaints"), mark: "gap"))
            }
            sv["factsMarkup"] = factList(facts)
            v["safeguards"] = sv
        } else {
            v["noSafeguards"] = t("empty.safeguards")
        }
        return v
    }
}
