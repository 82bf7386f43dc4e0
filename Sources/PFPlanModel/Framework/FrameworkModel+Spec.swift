/// The model file format (framework-model.md) as specs, so a broken model
/// is reported like a broken plan: at its own file, line and column.
public enum ModelFormat {
    static let translation = ObjectSpec(
        "translation", "A title and summary in another language.",
        [
            FieldSpec("title", .text, "The title in that language."),
            FieldSpec("summary", .text, "The summary in that language."),
        ])

    static let translations = FieldSpec(
        "translations", .languageMap(.object(translation)), "Language code -> {title, summary} in that language.")

    static let term = ObjectSpec(
        "term", "An id with a human title.",
        [
            FieldSpec("id", .identifier, required: true, "The id plans use."),
            FieldSpec("title", .text, required: true, "The name shown in documents."),
            FieldSpec("summary", .text, "One sentence on what it means."),
            translations,
        ])

    static let minSectorsFrom = ObjectSpec(
        "min-sectors-from", "At least COUNT sectors out of a list.",
        [
            FieldSpec(
                "count", .integer(minimum: 1), required: true, "How many distinct sectors of the list must be present."),
            FieldSpec("of", .list(.identifier), required: true, "The sectors that count."),
        ])

    static let resourceNeed = ObjectSpec(
        "resources need", "How many resources a stage needs, of which kinds.",
        [
            FieldSpec("count", .integer(minimum: 0), required: true, "The smallest number of resources."),
            FieldSpec("kinds", .list(.choice(ResourceKind.self)), "Only resources of these kinds count."),
        ])

    static let anyOf = ObjectSpec(
        "sector choice", "One sector out of several.",
        [
            FieldSpec("any-of", .list(.identifier), required: true, "Any one of these sectors meets the need.")
        ])

    static let needs = ObjectSpec(
        "needs", "What a stage needs to count as covered.",
        [
            FieldSpec("sectors", .list(.text), "Each entry a sector id, or {any-of: [ids]}."),
            FieldSpec("min-sectors-from", .object(minSectorsFrom), "At least COUNT distinct sectors out of a list."),
            FieldSpec("actions", .integer(minimum: 0), "The smallest number of actions."),
            FieldSpec("resources", .either(.integer(minimum: 0), .object(resourceNeed)), "A count, or {count, kinds}."),
            FieldSpec("pathways", .integer(minimum: 0), "The smallest number of referral pathways."),
        ])

    static let stage = ObjectSpec(
        "stage", "A stage of the framework.",
        [
            FieldSpec("id", .identifier, required: true, "The id actions and stakeholders name."),
            FieldSpec("title", .text, required: true, "The stage's name."),
            FieldSpec("summary", .text, "What happens at this stage."),
            FieldSpec("needs", .object(needs), "The coverage this stage needs."),
            translations,
        ])

    static let role = ObjectSpec(
        "role", "A role in the leadership group.",
        [
            FieldSpec("id", .identifier, required: true, "The id members list under roles."),
            FieldSpec("title", .text, required: true, "The role's name."),
            FieldSpec("summary", .text, "What the role does."),
            FieldSpec("min", .integer(minimum: 0), "At least this many members hold it."),
            FieldSpec("max", .integer(minimum: 0), "At most this many members hold it."),
            FieldSpec("sectors", .list(.identifier), "Holders must come from one of these sectors."),
            translations,
        ])

    static let maxShare = ObjectSpec(
        "max-share", "The largest share of seats one sector may hold.",
        [
            FieldSpec("sector", .identifier, required: true, "The sector."),
            FieldSpec("share", .share, required: true, "The share, from 0 to 1."),
        ])

    static let minShare = ObjectSpec(
        "min-share", "The smallest share of seats some sectors hold together.",
        [
            FieldSpec("sectors", .list(.identifier), required: true, "The sectors that count together."),
            FieldSpec("share", .share, required: true, "The share, from 0 to 1."),
        ])

    static let leadership = ObjectSpec(
        "leadership needs", "What the leadership group needs.",
        [
            FieldSpec("min-members", .integer(minimum: 0), "The smallest number of members."),
            FieldSpec("min-sectors", .integer(minimum: 0), "The smallest number of distinct sectors."),
            FieldSpec("max-share", .object(maxShare), "A sector's largest share of seats."),
            FieldSpec("min-share", .object(minShare), "The smallest share of seats the listed sectors hold together."),
            FieldSpec("meets-at-least", .choice(MeetingFrequency.self), "The least often the group may meet."),
        ])

    public static let model = ObjectSpec(
        "framework model", "A framework model file.",
        [
            FieldSpec("model", .identifier, required: true, "The model's id."),
            FieldSpec("title", .text, required: true, "The model's name."),
            FieldSpec("summary", .text, "What the model is for."),
            FieldSpec("language", .language, "The language of the titles and summaries written here; en unless given."),
            translations,
            FieldSpec("stages", .list(.object(stage)), required: true, "The stages, in order."),
            FieldSpec("sectors", .list(.object(term)), required: true, "The sectors plans may use."),
            FieldSpec("roles", .list(.object(role)), required: true, "The leadership roles."),
            FieldSpec("audiences", .list(.object(term)), required: true, "The audiences actions and resources serve."),
            FieldSpec("leadership", .object(leadership), "What the leadership group needs."),
        ])

    /// Every object spec of a model file, for the generated reference of
    /// docs/framework-model.md.
    public static var allSpecs: [ObjectSpec] {
        [
            model, translation, stage, needs, anyOf, minSectorsFrom, resourceNeed, term, role, leadership,
            maxShare, minShare,
        ]
    }
}
