import PFPlanFormats
import PFPlanModel
import PFPlanPublishing

/// The output formats of `pfplan pledge --format`.
public enum PledgeFormat: String, CaseIterable, Sendable {
    case md, json
}

/// Lays out a filled-in pledge form. Markdown is for people who copy the
/// fields into the online form; JSON is for tools, with the same fields,
/// ids and order.
public enum PledgeRenderer {
    public static func render(_ form: PledgeForm, format: PledgeFormat, plan: String) -> String {
        switch format {
        case .md: markdown(form)
        case .json: json(form, plan: plan)
        }
    }

    static func markdown(_ form: PledgeForm) -> String {
        var out = "# \(inline(form.heading))\n"
        let separator = form.labelSeparator.trimmingTrailingSpaces()
        for section in form.sections {
            out += "\n## \(inline(section.title))\n\n"
            for f in section.fields {
                let label = "**\(inline(f.label))\(separator)**"
                if f.isText, !f.withheld, let text = f.value {
                    out += "\(label)\n\n\(block(text))\n"
                } else {
                    out += "- \(label) \(f.withheld ? form.notPublic : f.value.map(inline) ?? form.notGiven)\n"
                }
            }
        }
        return out
    }

    static func json(_ form: PledgeForm, plan: String) -> String {
        let sections: [JSONValue] = form.sections.map { section in
            .object([
                ("id", .string(section.id)), ("title", .string(section.title)),
                (
                    "fields",
                    .array(
                        section.fields.map { f in
                            .object([
                                ("id", .string(f.id)), ("label", .string(f.label)),
                                ("value", .string(orNull: f.value.map { f.isText ? $0.trimmingBlankLines() : $0 })),
                                ("withheld", .bool(f.withheld)),
                            ])
                        })
                ),
            ])
        }
        return JSONWriter.document(
            .object([
                ("form", .string("gcm-pledge")),
                ("plan", .string(plan)),
                ("language", .string(form.language)),
                ("audience", .string(form.audience.rawValue)),
                ("heading", .string(form.heading)),
                ("sections", .array(sections)),
                (
                    "objectives",
                    .array(
                        form.objectives.map { o in
                            .object([
                                ("number", .int(o.number)), ("title", .string(o.title)), ("line", .string(o.line)),
                            ])
                        })
                ),
                (
                    "principles",
                    .array(
                        form.principles.map { p in
                            .object([
                                ("id", .string(p.id)), ("title", .string(p.title)), ("selected", .bool(p.selected)),
                            ])
                        })
                ),
            ]))
    }

    /// One-line plan text inside Markdown, shown exactly as written:
    /// line breaks folded, and every character that could start a link, an
    /// image, emphasis, a heading or HTML escaped (`MarkdownEscape.inline`).
    static func inline(_ text: String) -> String {
        MarkdownEscape.inline(text)
    }

    /// Authors' Markdown (description, impact), through pfplan's own
    /// reader as in the plan document: paragraphs, lists, emphasis and safe
    /// links kept; raw HTML shown as text; headings as bold lines (no fake
    /// section of the form); `javascript:` and other unsafe links reduced
    /// to their text; images to their words (a form copied into another
    /// site must not load a tracking image).
    static func block(_ text: String) -> String {
        MarkdownText(text, images: .asText).markdown
    }
}

extension String {
    /// Without the blank space a YAML block scalar leaves around its text.
    fileprivate func trimmingBlankLines() -> String {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self[...]
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

}
