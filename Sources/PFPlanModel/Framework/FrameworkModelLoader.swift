import PFPlanLoader

/// The outcome of reading a model: the model when it is usable, and the
/// findings, which point into the model file itself.
public struct ModelLoadResult: Sendable {
    public var model: FrameworkModel?
    public var diagnostics: [Diagnostic]
    public var source: SourceText?
}

/// Where a model is read from: a file (named relative to a plan, or by
/// `--model`), or one of pfplan's models, which may be inside the binary.
public enum ModelSource: Sendable, Equatable {
    case path(String)
    case template(TemplateFile)

    /// A model name holding a slash or ending in .yaml names a file; any
    /// other is the id of one of pfplan's models.
    public static func isPath(_ name: String) -> Bool {
        name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// How findings and messages name it.
    public var path: String {
        switch self {
        case .path(let path): path
        case .template(let file): file.path
        }
    }
}

public enum FrameworkModelLoader {
    public static func load(_ source: ModelSource) -> ModelLoadResult {
        switch source {
        case .path(let path):
            return load(file: path)
        case .template(let file):
            let parsed = PlanLoader(appendableKeys: []).parse(file.bytes, file: file.path)
            var result = decode(parsed, file: file.path)
            result.source = parsed.source
            return result
        }
    }

    public static func load(file: String) -> ModelLoadResult {
        let loader = PlanLoader(appendableKeys: [])
        switch loader.parseFile(file) {
        case .failure(let error):
            return ModelLoadResult(
                model: nil,
                diagnostics: [
                    Diagnostic(
                        rule: .schemaValue, severity: .error,
                        message: "the framework model cannot be read: \(error.description)",
                        range: SourceRange(file: file, line: 1, column: 1))
                ], source: nil)
        case .success(let parsed):
            var result = decode(parsed, file: file)
            result.source = parsed.source
            return result
        }
    }

    public static func decode(_ parsed: ParsedFile, file: String) -> ModelLoadResult {
        guard let tree = parsed.tree, let root = tree.root else {
            var diagnostics = parsed.diagnostics
            if diagnostics.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        rule: .schemaType, severity: .error, message: "the framework model file is empty",
                        range: SourceRange(file: file, line: 1, column: 1)))
            }
            return ModelLoadResult(model: nil, diagnostics: diagnostics, source: parsed.source)
        }
        let context = DecodeContext(tree: tree, vocabulary: { _ in nil })
        context.diagnostics = parsed.diagnostics
        guard let reader = context.object(root, ModelFormat.model, path: .root) else {
            return ModelLoadResult(model: nil, diagnostics: context.diagnostics, source: parsed.source)
        }
        /// Language code -> translation (a language given twice is the
        /// loader's yaml/duplicate-key; the first is kept).
        func translations(_ r: ObjectReader) -> [String: FrameworkModel.Translation] {
            var out: [String: FrameworkModel.Translation] = [:]
            for (language, t) in r.languageObjects("translations") where out[language.value] == nil {
                out[language.value] = FrameworkModel.Translation(
                    title: t.string("title")?.value, summary: t.string("summary")?.value)
            }
            return out
        }
        func term(_ r: ObjectReader) -> (FrameworkModel.Term, Located<String>)? {
            guard let id = r.string("id") else { return nil }
            let term = FrameworkModel.Term(
                id: id.value, title: r.string("title")?.value ?? id.value, summary: r.string("summary")?.value,
                translations: translations(r))
            return (term, id)
        }
        let sectors = reader.objects("sectors").compactMap(term)
        let audiences = reader.objects("audiences").compactMap(term)
        let sectorIDs = Set(sectors.map(\.0.id))
        func checkSector(_ s: Located<String>) {
            if !sectorIDs.contains(s.value) {
                let near = Suggest.nearest(to: s.value, in: sectorIDs.sorted())
                context.report(
                    .schemaValue,
                    "'\(s.value)' is not a sector of this model" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                    at: s.range, path: s.path)
            }
        }
        var seen: [String: SourceRange] = [:]
        func unique(_ id: Located<String>, _ what: String) {
            if let first = seen["\(what):\(id.value)"] {
                context.diagnostics.append(
                    Diagnostic(
                        rule: .refsDuplicateID, severity: .error, message: "the \(what) '\(id.value)' is defined twice",
                        range: id.range, path: id.path.description,
                        related: [RelatedLocation(range: first, message: "first defined here")]))
            } else {
                seen["\(what):\(id.value)"] = id.range
            }
        }
        sectors.forEach { unique($0.1, "sector") }
        audiences.forEach { unique($0.1, "audience") }

        var stages: [FrameworkModel.Stage] = []
        for s in reader.objects("stages") {
            guard let (t, id) = term(s) else { continue }
            unique(id, "stage")
            var needs = FrameworkModel.StageNeeds()
            if let n = s.object("needs") {
                for (item, path) in n.items("sectors") {
                    if let word = tree.scalar(item) {
                        let located = Located(word.text, range: tree.range(item), path: path)
                        checkSector(located)
                        needs.sectors.append(.sector(word.text))
                    } else if let any = context.object(item, ModelFormat.anyOf, path: path) {
                        let options = any.strings("any-of")
                        options.forEach(checkSector)
                        needs.sectors.append(.anyOf(options.map(\.value)))
                    }
                }
                if let m = n.object("min-sectors-from"), let count = m.integer("count") {
                    let of = m.strings("of")
                    of.forEach(checkSector)
                    needs.minSectorsFrom = (count.value, of.map(\.value))
                }
                needs.actions = n.integer("actions")?.value ?? 0
                if let r = n.node("resources") {
                    let path = n.path.key("resources")
                    if tree.kind(r) == .mapping {
                        if let o = context.object(r, ModelFormat.resourceNeed, path: path),
                            let count = o.integer("count")
                        {
                            let kinds = o.choices("kinds", as: ResourceKind.self).map(\.value)
                            needs.resources = (count.value, kinds.isEmpty ? nil : kinds)
                        }
                    } else if context.scalar(r, .integer(minimum: 0), path: path) != nil,
                        let count = tree.scalar(r).flatMap(ObjectReader.intValue)
                    {
                        needs.resources = (count, nil)
                    }
                }
                needs.pathways = n.integer("pathways")?.value ?? 0
            }
            stages.append(
                FrameworkModel.Stage(
                    id: t.id, title: t.title, summary: t.summary, needs: needs, translations: t.translations))
        }

        var roles: [FrameworkModel.Role] = []
        for r in reader.objects("roles") {
            guard let (t, id) = term(r) else { continue }
            unique(id, "role")
            let sectorList = r.strings("sectors")
            sectorList.forEach(checkSector)
            roles.append(
                FrameworkModel.Role(
                    id: t.id, title: t.title, summary: t.summary, min: r.integer("min")?.value,
                    max: r.integer("max")?.value,
                    sectors: sectorList.isEmpty ? nil : sectorList.map(\.value), translations: t.translations))
        }

        var leadership = FrameworkModel.LeadershipNeeds()
        if let l = reader.object("leadership") {
            leadership.minMembers = l.integer("min-members")?.value
            leadership.minSectors = l.integer("min-sectors")?.value
            if let m = l.object("max-share"), let sector = m.string("sector"), let share = m.number("share") {
                checkSector(sector)
                leadership.maxShare = (sector.value, share.value)
            }
            if let m = l.object("min-share"), let share = m.number("share") {
                let sectors = m.strings("sectors")
                sectors.forEach(checkSector)
                leadership.minShare = (sectors.map(\.value), share.value)
            }
            leadership.meetsAtLeast = l.choice("meets-at-least", as: MeetingFrequency.self)?.value
        }
        guard let id = reader.string("model") else {
            return ModelLoadResult(model: nil, diagnostics: context.diagnostics, source: parsed.source)
        }
        if stages.isEmpty {
            context.report(
                .schemaMissing, "a framework model needs at least one stage", at: reader.range,
                path: PlanPath.root.key("stages"))
        }
        let model = FrameworkModel(
            id: id.value, title: reader.string("title")?.value ?? id.value, summary: reader.string("summary")?.value,
            language: reader.string("language")?.value ?? "en", translations: translations(reader),
            file: file, stages: stages, sectors: sectors.map(\.0), roles: roles, audiences: audiences.map(\.0),
            leadership: leadership)
        let usable = !context.diagnostics.contains { $0.severity == .error }
        return ModelLoadResult(model: usable ? model : nil, diagnostics: context.diagnostics, source: parsed.source)
    }
}
