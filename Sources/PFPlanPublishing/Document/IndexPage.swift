import PFPlanFormats
import PFPlanModel

/// `DIR/index.html`: every city side by side, so the network can see at a
/// glance which plans are drafts, which stages each covers, and what each
/// still has to do (document.md, "The index").
enum IndexPage {
    static func render(
        entries: [IndexEntry], refused: [CityOutcome], localization loc: Localization, templates: DocumentTemplates,
        options: RenderOptions
    ) -> Result<[RenderedFile], RenderFailure> {
        func t(_ key: String, _ values: [String: String] = [:]) -> String { loc.string("index." + key, values) }
        let hasHTML = options.formats.contains(.html)
        func href(_ slug: String) -> String? {
            hasHTML ? slug + "/index.html" : options.formats.contains(.md) ? slug + "/plan.md" : nil
        }
        let columns = [Column("city"), Column("stages"), Column("objectives"), Column("overdue"), Column("vacant")]
        let table = Table(
            caption: t("cities"), columns: columns, labels: columns.map { t($0.key) }, isHTML: true)
        var rows: [[Cell]] = entries.map { e in
            [
                href(e.slug).map { .link(e.name, href: $0) } ?? .text(e.name),
                .text(
                    t(
                        "stages-covered",
                        [
                            "covered": loc.number(e.stageCovered.count { $0 }),
                            "total": loc.number(e.stageCovered.count),
                        ])),
                .text(loc.count("index.objectives-count", e.objectives)),
                e.overdue > 0
                    ? .mark("gap", loc.count("index.overdue-count", e.overdue))
                    : .text(loc.count("index.overdue-count", 0)),
                e.vacantSeats > 0
                    ? .mark("gap", loc.count("index.vacant-count", e.vacantSeats))
                    : .text(loc.count("index.vacant-count", 0)),
            ]
        }
        let dash = loc.string("document.no-value")
        for r in refused {
            rows.append([
                .mark("gap", r.name + " · " + t("refused")), .text(dash), .text(dash), .text(dash), .text(dash),
            ])
        }
        var cities = table.view(rows)
        // The draft mark, the city's place and a note beside its name.
        if var body = cities["rows"] as? [View] {
            for (i, e) in entries.enumerated() {
                var header = (body[i]["headerMarkup"] as? Text)?.value ?? ""
                if e.isDraft { header += " <span class=\"mark-draft\">" + Escape.html(t("draft")) + "</span>" }
                if !e.place.isEmpty {
                    header += "<br><span class=\"muted\"><bdi>" + Escape.html(e.place) + "</bdi></span>"
                }
                if e.forced { header += "<br><span class=\"mark-gap\">" + Escape.html(t("forced")) + "</span>" }
                body[i]["headerMarkup"] = header
            }
            cities["rows"] = body
        }

        // One matrix per framework model: stages differ between models.
        var order: [String] = []
        var byModel: [String: [IndexEntry]] = [:]
        for e in entries {
            if byModel[e.model.id] == nil { order.append(e.model.id) }
            byModel[e.model.id, default: []].append(e)
        }
        let models: [View] = order.map { id in
            let group = byModel[id]!
            let words = ModelWords(group[0].model, language: loc.code)
            let stageLabels = group[0].stageIDs.map(words.stage)
            let matrix = Table(
                caption: t("matrix", ["model": words.title]),
                columns: [Column("city")] + stageLabels.map { _ in Column("stage") },
                labels: [t("city")] + stageLabels, isHTML: true)
            return matrix.view(
                group.map { e in
                    [href(e.slug).map { .link(e.name, href: $0) } ?? .text(e.name)]
                        + zip(e.stageCovered, e.stageAccepted).map { covered, accepted in
                            covered
                                ? .mark("ok", t("covered"))
                                : accepted ? .mark("accepted", t("accepted")) : .mark("gap", t("gap"))
                        }
                })
        }

        let count = entries.count + refused.count
        let view: View = [
            "lang": loc.code, "dir": loc.direction, "version": options.toolVersion,
            "title": options.title ?? t("title"),
            "intro": loc.count("index.intro", count),
            "L": labels(loc, prefix: "index.", style: .html),
            "cities": cities, "models": models,
            "made": [
                "lines": [
                    t("made.as-of", ["date": loc.date(options.asOf)]),
                    // The edition as a sentence that says what it leaves out,
                    // as each city's page says it, not "Edition: public".
                    loc.string("document.edition." + options.audience.rawValue),
                    t("made.tool", ["version": options.toolVersion]),
                ]
            ] as View,
        ]
        return .success([RenderedFile(path: "index.html", text: templates.render(view, .html, template: "index"))])
    }
}
