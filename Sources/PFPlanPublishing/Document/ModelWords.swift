import PFPlanModel

/// The framework model's titles and summaries in the page's language: what
/// every output that names a stage, sector, role or audience goes through,
/// so an Arabic page never shows "Primary prevention".
///
/// The model holds each title in its own language with translations beside
/// it (`FrameworkModel.title(of:language:)`); a missing translation falls
/// back to the model's own text, and a missing subject (a plan rendered
/// with `--force` despite an unknown id) to the id.
///
/// Every title is looked up once, here: a document names a stage or a
/// sector for each of thousands of actions and stakeholders.
struct ModelWords: Sendable {
    let model: FrameworkModel
    let language: String
    let title: String
    private let titles: [FrameworkModel.Subject: String]
    private let summaries: [String: String]

    init(_ model: FrameworkModel, language: String) {
        self.model = model
        self.language = language
        title = model.title(of: .model, language: language)
        var titles: [FrameworkModel.Subject: String] = [:]
        for subject in model.subjects { titles[subject] = model.title(of: subject, language: language) }
        self.titles = titles
        var summaries: [String: String] = [:]
        for stage in model.stages { summaries[stage.id] = model.summary(of: .stage(stage.id), language: language) }
        self.summaries = summaries
    }

    func stage(_ id: String) -> String { titles[.stage(id)] ?? id }
    func stageSummary(_ id: String) -> String? { summaries[id] }
    func sector(_ id: String) -> String { titles[.sector(id)] ?? id }
    func role(_ id: String) -> String { titles[.role(id)] ?? id }
    func audience(_ id: String) -> String { titles[.audience(id)] ?? id }
}
