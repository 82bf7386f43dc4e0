import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// The whole document: its head, the banners, the downloads, the table of
/// contents and each section in document.md's order.
extension DocumentBuilder {
    /// The sections in order, each with its id (the anchor, the partial's
    /// name and the label key under `document.sections`).
    static let sectionOrder = [
        "glance", "need", "objectives", "assessment", "governance", "activities", "pathways", "monitoring", "budget",
        "open-points", "stakeholders", "resources", "made",
    ]

    func build() -> View {
        let city = plan.city.name?.value ?? input.slug
        let title = plan.framework.title?.value ?? loc.string("document.title-fallback", ["city": city])
        var sections: View = [
            "glance": glance(), "need": need(), "objectives": objectives(), "assessment": assessment(),
            "governance": governance(), "activities": activities(), "monitoring": monitoring(), "budget": budget(),
            "open-points": openPoints(), "stakeholders": stakeholders(), "resources": resources(), "made": made(),
        ]
        if showsPathways { sections["pathways"] = pathways() }
        let toc: [View] = Self.sectionOrder.filter { sections[$0] != nil }.map {
            ["id": $0, "label": t("sections." + $0)]
        }

        var root = sections
        root["lang"] = loc.code
        root["dir"] = loc.direction
        root["version"] = input.toolVersion
        root["title"] = style.text(title)
        root["place"] = style.text(place)
        root["edition"] = t("edition." + input.audience.rawValue)
        if let notice = style.markup(plan.notice?.value) {
            root["noticeMarkup"] = notice
            root["hasNotice"] = true
        }
        root["L"] = labelTree
        root["toc"] = toc
        root["downloads"] = downloads()
        root["draft"] = draftBanner()
        root["banner"] = forceBanner()
        return root
    }

    var place: String {
        [plan.city.name?.value, plan.city.region?.value, plan.city.country?.value].compactMap { $0 }.joined(
            separator: ", ")
    }

    /// The welcoming model has no referral pathways: the section is shown
    /// when the model asks for pathways or the plan has any of the blocks.
    var showsPathways: Bool {
        !plan.pathways.isEmpty || !plan.agreements.isEmpty || plan.safeguards != nil
            || model.stages.contains { $0.needs.pathways > 0 }
    }

    /// The files written beside the page, each a link.
    func downloads() -> [View] {
        var files: [(String, String)] = []
        if input.formats.contains(.html) && !style.isHTML { files.append(("index.html", "page")) }
        if input.formats.contains(.md) && style.isHTML { files.append(("plan.md", "markdown")) }
        files += [
            ("directory.csv", "csv"), ("directory.vcf", "vcard"), ("actions.ics", "calendar"),
            ("coverage.svg", "coverage"), ("leadership.svg", "leadership"), ("timeline.svg", "timeline"),
        ]
        return files.map { file, key in
            let text = t("downloads." + key)
            return style.isHTML
                ? ["text": text, "href": file, "file": file]
                : ["text": "[" + text + "](" + file + ")", "file": style.text(file)]
        }
    }

    /// "Draft" on top when the plan was not adopted or still holds open
    /// `draft/*` findings (placeholders).
    func draftBanner() -> View? {
        let draft = input.draft
        guard draft.isDraft else { return nil }
        var reasons: [String] = []
        if draft.notAdopted { reasons.append(t("draft.not-adopted")) }
        if draft.openDraftFindings > 0 { reasons.append(t("draft.placeholders")) }
        return ["heading": t("draft.heading"), "reasons": reasons]
    }

    /// The `--force` banner: the errors that make the document wrong.
    func forceBanner() -> View? {
        guard !input.blocking.isEmpty else { return nil }
        return [
            "heading": t("banner.heading"),
            "text": count("banner.text", input.blocking.count),
            "findings": input.blocking.map(finding),
        ]
    }

    func finding(_ d: Diagnostic) -> View {
        let text = findingText
        var v: View = [
            "sentence": style.text(text.sentence(for: d)), "severity": d.severity.rawValue,
            "severityLabel": t("severity." + d.severity.rawValue),
        ]
        v["reference"] = style.text(text.reference(for: d))
        v["reason"] = style.text(d.waivedBecause)
        return v
    }

    var findingText: FindingText {
        FindingText(localization: loc, names: names, words: words, audience: input.audience, planFile: plan.file)
    }

    /// Annex C: how this was made. The plan's file and the model's id are
    /// code, not words: set as code in both formats.
    func made() -> View {
        func line(_ key: String, _ values: [String: String], code: [String: String] = [:]) -> String {
            var all = values
            for (name, value) in code {
                all[name] =
                    style.isHTML ? "<code dir=\"ltr\">" + Escape.html(value) + "</code>" : MarkdownText.codeSpan(value)
            }
            let escaped = values.mapValues {
                style.isHTML ? Escape.html($0) : MarkdownEscape.inline($0, atLineStart: false)
            }
            all.merge(escaped) { _, new in new }
            let template = loc.string("document." + key)
            return Localization.fill(style.isHTML ? Escape.html(template) : style.text(template), all)
        }
        return [
            "lines": [
                line("made.plan", [:], code: ["file": input.displayFile]),
                line("made.model", ["model": words.title], code: ["id": model.id]),
                line("made.as-of", ["date": loc.date(input.asOf)]),
                line("made.audience", ["audience": loc.string("document.audience-names." + input.audience.rawValue)]),
                line("made.tool", ["version": input.toolVersion]),
            ].map { ["lineMarkup": $0] as View }
        ]
    }
}
