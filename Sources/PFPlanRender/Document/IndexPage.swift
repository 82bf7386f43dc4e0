import PFPlanModel

/// `DIR/index.html`: every city side by side, so the network can see at a
/// glance which stages each city covers and how far each plan has come.
enum IndexPage {
    static func render(
        entries: [IndexEntry], refused: [CityOutcome], localization loc: Localization, templates: DocumentTemplates,
        options: RenderOptions
    ) -> Result<[RenderedFile], RenderFailure> {
        func t(_ key: String, _ values: [String: String] = [:]) -> String { loc.string("index." + key, values) }
        let hasHTML = options.formats.contains(.html)
        var cities = entries.map { e in
            IndexCity(
                name: e.name, place: e.place, href: hasHTML ? e.slug + "/index.html" : (options.formats.contains(.md) ? e.slug + "/plan.md" : nil),
                linkLabel: t("open", ["city": e.name]),
                model: e.modelTitle,
                stages: t("stages-covered", [
                    "covered": loc.number(e.stageCovered.filter { $0 }.count), "total": loc.number(e.stageCovered.count),
                ]),
                members: loc.number(e.members), stakeholders: loc.number(e.stakeholders), resources: loc.number(e.resources),
                actions: loc.number(e.actions), warnings: loc.number(e.warnings), errors: loc.number(e.errors),
                note: e.forced ? t("forced") : nil)
        }
        for r in refused {
            cities.append(IndexCity(
                name: r.name, place: "", href: nil, linkLabel: "", model: "", stages: "", members: "", stakeholders: "",
                resources: "", actions: "", warnings: "", errors: loc.number(r.blocking.count), note: t("refused")))
        }

        // One matrix per framework model: stages differ between models.
        var models: [IndexModel] = []
        var order: [String] = []
        var byModel: [String: [IndexEntry]] = [:]
        for e in entries {
            if byModel[e.modelID] == nil { order.append(e.modelID) }
            byModel[e.modelID, default: []].append(e)
        }
        for id in order {
            let group = byModel[id]!
            models.append(IndexModel(
                title: t("matrix", ["model": group[0].modelTitle]), stages: group[0].stageTitles,
                rows: group.map { e in
                    IndexModelRow(
                        city: e.name, href: hasHTML ? e.slug + "/index.html" : nil,
                        cells: zip(e.stageCovered, e.stageAccepted).map { covered, accepted in
                            IndexCell(covered: covered, accepted: accepted, text: covered ? t("covered") : accepted ? t("accepted") : t("gap"))
                        })
                }))
        }

        let view = IndexView(
            lang: loc.code, dir: loc.direction, version: options.toolVersion, title: t("title"),
            intro: loc.string("index.intro", count: entries.count),
            L: labels(loc, prefix: "index.", style: .html), cities: cities, models: models,
            made: MadeView(lines: [
                t("made.as-of", ["date": loc.date(options.asOf)]),
                t("made.audience", ["audience": loc.string("document.audience-names." + options.audience.rawValue)]),
                t("made.tool", ["version": options.toolVersion]),
            ]))
        return .success([RenderedFile(path: "index.html", text: templates.render(view, .html, template: "index"))])
    }
}
