import PFPlanModel

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
        for section in form.sections {
            out += "\n## \(inline(section.title))\n\n"
            switch section.content {
            case .fields(let fields):
                for f in fields {
                    let value = f.withheld ? form.notPublic : f.value.map(inline) ?? form.notGiven
                    out += "- **\(inline(f.label))\(form.labelSeparator.trimmingTrailingSpaces())** \(value)\n"
                }
            case .objectives(let objectives):
                if objectives.isEmpty { out += "\(form.notGiven)\n" }
                for o in objectives { out += "- \(inline(o.line))\n" }
            case .principles(let principles):
                for p in principles { out += "- [\(p.selected ? "x" : " ")] \(inline(p.title))\n" }
            case .text(let text):
                out += (text.map { block($0) } ?? form.notGiven) + "\n"
            case .items(let items):
                if items.isEmpty { out += "\(form.notGiven)\n" }
                for item in items { out += "- \(block(item).replacingNewlines(with: "\n  "))\n" }
            case .date(let date):
                out += "\(date ?? form.notGiven)\n"
            }
        }
        return out
    }

    static func json(_ form: PledgeForm, plan: String) -> String {
        let sections: [JSONValue] = form.sections.map { section in
            var members: [(String, JSONValue)] = [("id", .string(section.id)), ("title", .string(section.title))]
            switch section.content {
            case .fields(let fields):
                members.append(("fields", .array(fields.map { f in
                    .object([("id", .string(f.id)), ("label", .string(f.label)), ("value", .string(orNull: f.value)),
                             ("withheld", .bool(f.withheld))])
                })))
            case .objectives(let objectives):
                members.append(("objectives", .array(objectives.map { o in
                    .object([("number", .int(o.number)), ("title", .string(o.title)), ("line", .string(o.line))])
                })))
            case .principles(let principles):
                members.append(("principles", .array(principles.map { p in
                    .object([("id", .string(p.id)), ("title", .string(p.title)), ("selected", .bool(p.selected))])
                })))
            case .text(let text):
                members.append(("text", .string(orNull: text.map { $0.trimmingBlankLines() })))
            case .items(let items):
                members.append(("items", .array(items.map { .string($0.trimmingBlankLines()) })))
            case .date(let date):
                members.append(("date", .string(orNull: date)))
            }
            return .object(members)
        }
        return JSONWriter.document(.object([
            ("form", .string("gcm-pledge")),
            ("plan", .string(plan)),
            ("language", .string(form.language)),
            ("audience", .string(form.audience.rawValue)),
            ("heading", .string(form.heading)),
            ("sections", .array(sections)),
        ]))
    }

    /// One-line plan text inside Markdown, shown exactly as written:
    /// line breaks folded, and every character that could start a link, an
    /// image, emphasis, a heading or HTML escaped (`Escape.markdownInline`).
    static func inline(_ text: String) -> String {
        Escape.markdownInline(text)
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

    fileprivate func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
