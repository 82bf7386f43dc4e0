/// The plan format, version 1 (plan-format.md), as specs. Every key the
/// decoder reads is here with its kind and a one-line summary; the JSON
/// Schema for editors and the "did you mean" suggestions come from here.
public enum PlanFormat {
    public static let version = 1

    /// The fixed vocabularies, as plans write them (from the enums).
    public static let resourceKinds = ResourceKind.values
    public static let statuses = ActionStatus.values
    public static let visibilities = Visibility.values
    public static let costs = Cost.values
    public static let trends = Trend.values
    public static let meetings = MeetingFrequency.values
    public static let pledgeTypes = PledgeType.values
    public static let pledgeNatures = PledgeNature.values
    public static let entityTypes = EntityType.values
    public static let gcmPrinciples = [
        "people-centred", "international-cooperation", "national-sovereignty", "rule-of-law", "sustainable-development",
        "human-rights", "gender-responsive", "child-sensitive", "whole-of-government", "whole-of-society",
    ]

    /// The top-level lists an included file may add to.
    public static let appendableKeys = ["stakeholders", "resources", "actions", "waivers"]

    static let period = ObjectSpec(
        "period", "The plan's period.",
        [
            FieldSpec("start", .date, required: true, "First day of the plan (YYYY-MM-DD)."),
            FieldSpec("end", .date, required: true, "Last day of the plan (YYYY-MM-DD)."),
        ])

    static let strategy = ObjectSpec(
        "strategy", "A strategy under a pillar.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id; actions name it under 'strategy'."),
            FieldSpec("title", .text, required: true, "The strategy's title."),
            FieldSpec("description", .markdown, "What the strategy does (Markdown)."),
        ])

    static let pillar = ObjectSpec(
        "pillar", "A thematic pillar of the plan.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id of the pillar."),
            FieldSpec("title", .text, required: true, "The pillar's title."),
            FieldSpec("goal", .markdown, "The pillar's goal (Markdown)."),
            FieldSpec("strategies", .list(.object(strategy)), "The strategies under this pillar."),
        ])

    static let city = ObjectSpec(
        "city", "The city the plan is for.",
        [
            FieldSpec("name", .text, required: true, "The city's name."),
            FieldSpec("region", .text, "State or province."),
            FieldSpec("country", .country, "ISO 3166-1 alpha-2 country code, such as US."),
            FieldSpec("population", .integer(minimum: 1), "Number of residents."),
            FieldSpec("languages", .list(.language), "Render languages; the first is the default."),
        ])

    /// An indicator of an objective or of an action: the same keys, with
    /// a `kind` that defaults by place (outcome under an objective, output
    /// under an action).
    static let indicator = ObjectSpec(
        "indicator", "How progress is measured.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("name", .text, required: true, "What is measured."),
            FieldSpec(
                "kind", .choice(IndicatorKind.self),
                "output (what was done) or outcome (what changed); outcome under an objective, output under an action."),
            FieldSpec("unit", .text, "Unit of the figures (people, sessions, %)."),
            FieldSpec("baseline", .number, "The figure at the start."),
            FieldSpec("target", .number, "The figure aimed for."),
            FieldSpec("actual", .number, "The latest figure."),
            FieldSpec("source", .text, "Where the figures come from."),
            FieldSpec(
                "collected-by", .reference([.member, .stakeholder]),
                "The member or stakeholder id that collects the figures."),
            FieldSpec(
                "frequency", .choice(ReportingFrequency.self), "monthly, quarterly, twice-yearly, yearly or once."),
        ])

    static let objective = ObjectSpec(
        "objective", "A measurable objective of the plan.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id; actions name it under 'objectives'."),
            FieldSpec("title", .text, required: true, "What the plan aims to achieve, in measurable terms."),
            FieldSpec(
                "addresses", .list(.reference([.threat, .gap])),
                "Threat and service-gap ids of the assessment it answers."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
            FieldSpec(
                "indicators", .list(.object(indicator)),
                "How progress is measured; outcome indicators unless marked otherwise."),
        ])

    static let framework = ObjectSpec(
        "framework", "The framework the plan follows.",
        [
            FieldSpec("model", .modelName, "A built-in model id (default, welcoming) or a path to a model file."),
            FieldSpec("title", .text, "The plan's title."),
            FieldSpec("period", .object(period), "The period the plan covers."),
            FieldSpec("adopted", .date, "The date the plan was adopted (YYYY-MM-DD); without it the plan is a draft."),
            FieldSpec("review", .date, "The date of the next scheduled review (YYYY-MM-DD)."),
            FieldSpec("reports-to", .text, "The body the leadership group answers to, such as the city council."),
            FieldSpec("need", .markdown, "Statement of need (Markdown)."),
            FieldSpec("vision", .markdown, "Vision (Markdown)."),
            FieldSpec("objectives", .list(.object(objective)), "Measurable objectives, each with outcome indicators."),
            FieldSpec("pillars", .list(.object(pillar)), "Optional goal hierarchy: pillars with strategies."),
        ])

    static let threat = ObjectSpec(
        "threat", "A local threat and its drivers.",
        [
            FieldSpec("id", .identifier, "Unique id; a threat needs one to be addressed by an objective or action."),
            FieldSpec("title", .text, required: true, "What the threat is."),
            FieldSpec("trend", .choice(Trend.self), "rising, stable, falling or unknown."),
            FieldSpec("targets", .list(.choice(.audiences)), "Audience ids of the groups it targets."),
            FieldSpec("source", .text, "Where the evidence comes from."),
            FieldSpec("description", .markdown, "Drivers and evidence (Markdown)."),
        ])

    static let serviceGap = ObjectSpec(
        "service gap", "A gap in prevention services.",
        [
            FieldSpec("id", .identifier, "Unique id; a gap needs one to be addressed by an objective or action."),
            FieldSpec("title", .text, required: true, "What is missing."),
            FieldSpec("stage", .choice(.stages), "The stage of the model where it is missing."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let asset = ObjectSpec(
        "asset", "A community asset the plan builds on.",
        [
            FieldSpec("title", .text, required: true, "What the asset is."),
            FieldSpec(
                "stakeholder", .reference([.member, .stakeholder]), "The stakeholder (or member) id that holds it."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let consultation = ObjectSpec(
        "consultation", "A consultation of the communities concerned.",
        [
            FieldSpec("id", .identifier, "Unique id, so that a waiver can name it."),
            FieldSpec("title", .text, required: true, "What took place."),
            FieldSpec("date", .date, "When (YYYY-MM-DD)."),
            FieldSpec(
                "with", .list(.reference([.member, .stakeholder])), "Stakeholder (or member) ids of those consulted."),
            FieldSpec("audiences", .list(.choice(.audiences)), "Audience ids of the groups consulted."),
            FieldSpec("languages", .list(.language), "Languages it was held in."),
            FieldSpec("participants", .integer(minimum: 0), "How many people took part."),
            FieldSpec("description", .markdown, "What was heard (Markdown)."),
        ])

    static let assessment = ObjectSpec(
        "assessment", "The needs and vulnerabilities assessment.",
        [
            FieldSpec("summary", .markdown, "Summary of the assessment (Markdown)."),
            FieldSpec("threats", .list(.object(threat)), "Local threats and their drivers."),
            FieldSpec("groups-at-risk", .list(.choice(.audiences)), "Audience ids of the groups at risk."),
            FieldSpec("service-gaps", .list(.object(serviceGap)), "Gaps in services, by stage."),
            FieldSpec("assets", .list(.object(asset)), "Community assets to build on."),
            FieldSpec("consultation", .list(.object(consultation)), "Who was consulted, when, in which languages."),
        ])

    static let contact = ObjectSpec(
        "contact", "A way to reach a person or desk.",
        [
            FieldSpec("name", .text, "Person or desk."),
            FieldSpec("role", .text, "What they do."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("phone", .phone, "Phone number, quoted: \"+1 740 555 0100\"."),
            FieldSpec(
                "visibility", .choice(Visibility.self),
                "public, internal (the default) or restricted: who may see this contact."),
        ])

    static let member = ObjectSpec(
        "member", "A seat in the leadership group.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id of the seat."),
            FieldSpec("name", .text, "The person holding the seat; omit while the seat is vacant."),
            FieldSpec("title", .text, "Their job title."),
            FieldSpec("organization", .reference([.stakeholder]), "The stakeholder id of their organization."),
            FieldSpec("sector", .choice(.sectors), required: true, "A sector id of the framework model."),
            FieldSpec("roles", .list(.choice(.roles)), "Role ids of the framework model (chair, coordinator, ...)."),
            FieldSpec("contact", .object(contact), "How to reach them; internal unless marked otherwise."),
        ])

    static let learning = ObjectSpec(
        "learning", "A session that builds the group's capacity.",
        [
            FieldSpec("title", .text, required: true, "What the session is about."),
            FieldSpec(
                "provider", .reference([.member, .stakeholder]), "The stakeholder (or member) id that gives it."),
            FieldSpec("date", .date, "When (YYYY-MM-DD)."),
            FieldSpec("status", .choice(LearningStatus.self), "planned or done."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let leadership = ObjectSpec(
        "leadership", "The city-led leadership group.",
        [
            FieldSpec("name", .text, "The group's name."),
            FieldSpec("meets", .choice(MeetingFrequency.self), "How often it meets."),
            FieldSpec("charter", .markdown, "Terms of reference (Markdown)."),
            FieldSpec("members", .list(.object(member)), "The seats of the group."),
            FieldSpec(
                "learning", .list(.object(learning)),
                "Sessions on the landscape of hate and extremism and on prevention."),
        ])

    static let stakeholder = ObjectSpec(
        "stakeholder", "An organization that takes part or can be called on.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("name", .text, required: true, "The organization's name."),
            FieldSpec("sector", .choice(.sectors), required: true, "A sector id of the framework model."),
            FieldSpec("description", .markdown, "What it does in the framework (Markdown)."),
            FieldSpec("website", .url, "Its web site."),
            FieldSpec("address", .text, "Postal address."),
            FieldSpec("stages", .list(.choice(.stages)), "Stages where it contributes."),
            FieldSpec("languages", .list(.language), "Languages it works in."),
            FieldSpec("contacts", .list(.object(contact)), "People or desks to reach."),
        ])

    static let access = ObjectSpec(
        "access", "How to reach a resource.",
        [
            FieldSpec("url", .url, "Web address."),
            FieldSpec("phone", .phone, "Phone number, quoted."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("address", .text, "Where to go in person."),
            FieldSpec("hours", .text, "Opening hours, such as 24/7."),
        ])

    static let resource = ObjectSpec(
        "resource", "A program, service, hotline, training, funding, guidance or data source.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("name", .text, required: true, "The resource's name."),
            FieldSpec(
                "kind", .choice(ResourceKind.self), required: true,
                "program, service, hotline, training, funding, guidance or data."),
            FieldSpec(
                "provider", .reference([.stakeholder]),
                "The stakeholder id of the provider (optional for national resources)."),
            FieldSpec("stages", .list(.choice(.stages)), "Stages it serves."),
            FieldSpec("audiences", .list(.choice(.audiences)), "Audiences it serves."),
            FieldSpec("languages", .list(.language), "Languages it is offered in."),
            FieldSpec("cost", .choice(Cost.self), "free, low-cost or fee."),
            FieldSpec("access", .object(access), "How to reach it: url, phone, email, address, hours."),
            FieldSpec("description", .markdown, "What it offers (Markdown)."),
        ])

    static let budget = ObjectSpec(
        "budget", "Money set aside for an action.",
        [
            FieldSpec("amount", .number, required: true, "The amount."),
            FieldSpec("currency", .text, "ISO 4217 code, such as USD."),
        ])

    static let action = ObjectSpec(
        "action", "What the city will do, in one stage of the framework.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("title", .text, required: true, "What will be done."),
            FieldSpec("stage", .choice(.stages), required: true, "A stage id of the framework model."),
            FieldSpec("strategy", .reference([.strategy]), "A strategy id, when the plan has pillars."),
            FieldSpec(
                "lead", .reference([.member, .stakeholder]), required: true,
                "The member or stakeholder id that leads it."),
            FieldSpec(
                "partners", .list(.reference([.member, .stakeholder])), "Member or stakeholder ids of partners."),
            FieldSpec("resources", .list(.reference([.resource])), "Resource ids it draws on."),
            FieldSpec("audiences", .list(.choice(.audiences)), "Audience ids it serves."),
            FieldSpec("start", .date, "Start date (YYYY-MM-DD)."),
            FieldSpec("due", .date, "Due date (YYYY-MM-DD)."),
            FieldSpec("status", .choice(ActionStatus.self), "planned, in-progress, done, blocked or dropped."),
            FieldSpec("budget", .object(budget), "Amount and currency."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
            FieldSpec(
                "indicators", .list(.object(indicator)),
                "How progress is measured; output indicators unless marked otherwise."),
            FieldSpec("objectives", .list(.reference([.objective])), "Objective ids this action serves."),
            FieldSpec(
                "addresses", .list(.reference([.threat, .gap])),
                "Threat and service-gap ids of the assessment it answers."),
            FieldSpec("funding", .list(.reference([.funding])), "Funding source ids that pay for it."),
        ])

    static let pathwayAccess = ObjectSpec(
        "pathway access", "How a referrer reaches the pathway's single point of contact.",
        [
            FieldSpec("phone", .phone, "Phone number, quoted: \"+1 740 555 0190\"."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("url", .url, "Web address of a referral form."),
            FieldSpec("address", .text, "Where to go in person."),
            FieldSpec("hours", .text, "When it answers, such as Mon-Fri 8-18."),
            FieldSpec(
                "visibility", .choice(Visibility.self),
                "public, internal (the default) or restricted: who may see this way in."),
        ])

    static let pathway = ObjectSpec(
        "pathway", "A referral pathway: how a concern about a person reaches help.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("title", .text, required: true, "The pathway's name."),
            FieldSpec("stage", .choice(.stages), required: true, "A stage id of the framework model."),
            FieldSpec(
                "referrers", .list(.reference([.member, .stakeholder])),
                "Member or stakeholder ids of those who may refer."),
            FieldSpec(
                "intake", .reference([.member, .stakeholder]),
                "The member or stakeholder id of the single point of contact."),
            FieldSpec(
                "team", .list(.reference([.member, .stakeholder])),
                "Member or stakeholder ids of the multidisciplinary team that assesses and manages cases."),
            FieldSpec("access", .object(pathwayAccess), "How to reach the intake; internal unless marked otherwise."),
            FieldSpec("consent", .markdown, "How consent is sought, and what happens without it (Markdown)."),
            FieldSpec("police-threshold", .markdown, "When law enforcement is told (Markdown)."),
            FieldSpec(
                "agreement", .reference([.agreement]), "The id of the information-sharing agreement covering the team."),
            FieldSpec("follow-up-months", .list(.integer(minimum: 1)), "Case reviews after closure, in months."),
            FieldSpec("exit", .markdown, "How a case closes and what is kept (Markdown)."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let agreement = ObjectSpec(
        "agreement", "An information-sharing agreement or memorandum between parties.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id."),
            FieldSpec("title", .text, required: true, "The agreement's name."),
            FieldSpec("kind", .choice(AgreementKind.self), "information-sharing, mou, data-processing or mutual-aid."),
            FieldSpec(
                "parties", .list(.reference([.member, .stakeholder])), "Member or stakeholder ids of the parties."),
            FieldSpec(
                "basis", .list(.choice(AgreementBasis.self)),
                "Legal bases: consent, ferpa, hipaa, 42-cfr-2, cjis, 28-cfr-23, state-law, other."),
            FieldSpec("status", .choice(AgreementStatus.self), "draft, negotiating, signed or expired."),
            FieldSpec("signed", .date, "When it was signed (YYYY-MM-DD)."),
            FieldSpec("expires", .date, "When it expires (YYYY-MM-DD)."),
            FieldSpec("retention", .markdown, "How long records are kept, and how they are deleted (Markdown)."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let complaints = ObjectSpec(
        "complaint route", "How anyone raises a concern about the framework; always public.",
        [
            FieldSpec("email", .email, "Email address."),
            FieldSpec("phone", .phone, "Phone number, quoted."),
            FieldSpec("url", .url, "Web address of a complaint form."),
        ])

    static let safeguards = ObjectSpec(
        "safeguards", "The civil-rights safeguards of the framework.",
        [
            FieldSpec("statement", .markdown, "The commitments (Markdown)."),
            FieldSpec(
                "oversight", .reference([.member, .stakeholder]),
                "The stakeholder id of the body that checks that the commitments hold."),
            FieldSpec(
                "complaints", .object(complaints), "The complaint route: email, phone or url. Public in every edition."),
        ])

    static let amount = ObjectSpec(
        "amount", "A sum of money.",
        [
            FieldSpec("amount", .number, required: true, "The amount."),
            FieldSpec("currency", .text, "ISO 4217 code, such as USD."),
        ])

    static let funding = ObjectSpec(
        "funding source", "Money that pays for actions.",
        [
            FieldSpec("id", .identifier, required: true, "Unique id; actions name it under 'funding'."),
            FieldSpec("source", .text, required: true, "Who gives it, and under which program."),
            FieldSpec(
                "kind", .choice(FundingKind.self), "federal, state, county, city, philanthropic, private or in-kind."),
            FieldSpec("amount", .object(amount), "Amount and currency."),
            FieldSpec("start", .date, "First day it pays for (YYYY-MM-DD)."),
            FieldSpec("end", .date, "Last day it pays for (YYYY-MM-DD)."),
            FieldSpec("status", .choice(FundingStatus.self), "applied, awarded, committed or ended."),
            FieldSpec("description", .markdown, "Details (Markdown)."),
        ])

    static let waiver = ObjectSpec(
        "waiver", "A finding the group discussed and accepted.",
        [
            FieldSpec("rule", .text, required: true, "The rule id, such as coverage/stage-missing-sector."),
            FieldSpec("target", .text, "The id the finding is about; omit to waive every finding of the rule."),
            FieldSpec("reason", .markdown, "Why the finding is accepted (required)."),
            FieldSpec("until", .date, "After this date the finding returns."),
        ])

    static let pledgeContact = ObjectSpec(
        "pledge contact", "Who submits the pledge.",
        [
            FieldSpec("name", .text, "Name."),
            FieldSpec("position", .text, "Position."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("phone", .phone, "Phone number."),
            FieldSpec("visibility", .choice(Visibility.self), "public, internal (the default) or restricted."),
        ])

    static let pledge = ObjectSpec(
        "pledge", "A pledge under the Global Compact for Migration.",
        [
            FieldSpec("title", .text, required: true, "Title of the pledge."),
            FieldSpec("entity", .text, required: true, "The pledging entity."),
            FieldSpec("entity-type", .choice(EntityType.self), "Kind of entity, such as local-authority."),
            FieldSpec("contact", .object(pledgeContact), "Who submits it."),
            FieldSpec("country", .country, "Country of implementation; should be the city's."),
            FieldSpec("other-countries", .list(.text), "Other countries of implementation (codes, or global)."),
            FieldSpec("type", .choice(PledgeType.self), "individual, common, partnership or matching."),
            FieldSpec(
                "nature", .list(.choice(PledgeNature.self)),
                "process-oriented, material, financial, policy, other; and structured, the form's mark beside them."),
            FieldSpec(
                "objectives", .list(.integer(minimum: 1)), "GCM objectives, 1 to 23; the form asks for the main three."),
            FieldSpec("principles", .list(.choice(.fixed(gcmPrinciples))), "GCM guiding principles."),
            FieldSpec("description", .markdown, "Description, 300 to 3,000 characters."),
            FieldSpec("expected-impact", .list(.markdown), "Expected impact."),
            FieldSpec("deadline", .date, "Deadline (YYYY-MM-DD)."),
            // The rest of the form (issue 20); yes and no are text in YAML 1.2.
            FieldSpec("gcm-champion", .choice(Answer.self), "Is the pledging entity's country a GCM Champion country?"),
            FieldSpec("region", .text, "Region of implementation."),
            FieldSpec(
                "secondary-contact", .object(pledgeContact),
                "A second contact person, with a visibility like the first."),
            FieldSpec(
                "mirror-pledge", .choice(Answer.self), "Is it also a pledge under the Global Compact on Refugees?"),
            FieldSpec(
                "participating", .list(.text), "Other states and actors of a common pledge or a pledge in partnership."),
            FieldSpec("matched-pledge", .text, "Title of the pledge a matching pledge matches."),
            FieldSpec("matched-pledge-id", .text, "ID of the pledge a matching pledge matches."),
        ])

    /// The whole plan.
    public static let plan = ObjectSpec(
        "the plan", "A city's multi-actor prevention framework.",
        [
            FieldSpec("pfplan", .integer(minimum: 1), required: true, "Format version; only 1 exists."),
            FieldSpec("city", .object(city), required: true, "The city the plan is for."),
            FieldSpec("framework", .object(framework), "The framework model, title, period, need and vision."),
            FieldSpec(
                "notice", .markdown,
                "One line shown at the top of every rendered document, such as that the people in it are invented (Markdown)."
            ),
            FieldSpec("include", .list(.text), "Further files whose lists are appended in order."),
            FieldSpec("assessment", .object(assessment), "The needs and vulnerabilities assessment."),
            FieldSpec("leadership", .object(leadership), required: true, "The city-led leadership group."),
            FieldSpec("stakeholders", .list(.object(stakeholder)), "Organizations that take part or can be called on."),
            FieldSpec("resources", .list(.object(resource)), "The resource directory."),
            FieldSpec("actions", .list(.object(action)), "What the city will do, per stage."),
            FieldSpec(
                "pathways", .list(.object(pathway)), "Referral pathways: how a concern about a person reaches help."),
            FieldSpec("agreements", .list(.object(agreement)), "Information-sharing agreements and memoranda."),
            FieldSpec(
                "safeguards", .object(safeguards), "Civil-rights safeguards: commitments, oversight, complaint route."),
            FieldSpec("funding", .list(.object(funding)), "Funding sources."),
            FieldSpec("waivers", .list(.object(waiver)), "Findings the group has accepted, with reasons."),
            FieldSpec("pledge", .object(pledge), "A city pledge under the Global Compact for Migration."),
        ])

    /// Every object spec, for generated documentation and the schema test.
    public static var allSpecs: [ObjectSpec] {
        [
            plan, city, framework, period, objective, pillar, strategy, assessment, threat, serviceGap, asset,
            consultation,
            leadership, member, contact, learning, stakeholder, resource, access, action, budget, indicator, pathway,
            pathwayAccess, agreement, safeguards, complaints, funding, amount, waiver, pledge, pledgeContact,
        ]
    }
}
