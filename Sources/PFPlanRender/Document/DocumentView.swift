import Mustache

import PFPlanModel

// The view model the document templates read. Every field is text that is
// ready for the output's language: for HTML, plain text that `{{x}}`
// escapes, or, in fields named `...Markup`, HTML made by pfplan (safe by
// construction) for `{{{x}}}`; for Markdown, text already escaped as
// Markdown, which the templates insert with `{{{x}}}` only (partials
// always HTML-escape `{{x}}`). Fields named `...Href` hold link targets
// that `Escape.safeURL` accepted. Optional fields that are nil make their
// `{{#x}}` sections vanish.
//
// The views are classes, not structs: Mustache casts every object it
// looks a name up in to several protocols, and casting a struct held in
// an `Any` copies it into a new box (each of its strings retained and
// released again), which for a document of thousands of actions was a
// large part of `render`. A class is cast as one pointer.

final class DocumentView {
    var lang: String
    var dir: String
    var version: String
    var title: String
    var place: String
    var edition: String
    /// The plan's `notice:`, one line at the top of the document.
    var noticeMarkup: String?
    var L: [String: Any]
    var toc: [TocItem]
    var banner: BannerView?
    var summary: SummaryView
    var leadership: LeadershipView?
    var stages: StagesView
    var coverage: CoverageView?
    var stakeholders: [StakeholderView]
    var resources: [ResourceView]
    var made: MadeView
    var hasStakeholders: Bool
    var hasResources: Bool

    init(
        lang: String, dir: String, version: String, title: String, place: String, edition: String,
        noticeMarkup: String? = nil, L: [String: Any], toc: [TocItem], banner: BannerView? = nil, summary: SummaryView,
        leadership: LeadershipView? = nil, stages: StagesView, coverage: CoverageView? = nil,
        stakeholders: [StakeholderView], resources: [ResourceView], made: MadeView, hasStakeholders: Bool,
        hasResources: Bool
    ) {
        self.lang = lang
        self.dir = dir
        self.version = version
        self.title = title
        self.place = place
        self.edition = edition
        self.noticeMarkup = noticeMarkup
        self.L = L
        self.toc = toc
        self.banner = banner
        self.summary = summary
        self.leadership = leadership
        self.stages = stages
        self.coverage = coverage
        self.stakeholders = stakeholders
        self.resources = resources
        self.made = made
        self.hasStakeholders = hasStakeholders
        self.hasResources = hasResources
    }
}

final class TocItem {
    var id: String
    var label: String

    init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

final class BannerView {
    var heading: String
    var text: String
    var errors: [FindingView]

    init(heading: String, text: String, errors: [FindingView]) {
        self.heading = heading
        self.text = text
        self.errors = errors
    }
}

final class FindingView {
    var severity: String
    var severityLabel: String
    var rule: String
    var message: String
    var location: String
    var reason: String?

    init(
        severity: String, severityLabel: String, rule: String, message: String, location: String,
        reason: String? = nil
    ) {
        self.severity = severity
        self.severityLabel = severityLabel
        self.rule = rule
        self.message = message
        self.location = location
        self.reason = reason
    }
}

final class SummaryView {
    var needMarkup: String?
    var visionMarkup: String?
    var period: String?
    var population: String?
    var model: String
    var languages: String?
    var pillars: [PillarView]
    var assessment: AssessmentView?
    var hasPillars: Bool

    init(
        needMarkup: String? = nil, visionMarkup: String? = nil, period: String? = nil, population: String? = nil,
        model: String, languages: String? = nil, pillars: [PillarView], assessment: AssessmentView? = nil,
        hasPillars: Bool
    ) {
        self.needMarkup = needMarkup
        self.visionMarkup = visionMarkup
        self.period = period
        self.population = population
        self.model = model
        self.languages = languages
        self.pillars = pillars
        self.assessment = assessment
        self.hasPillars = hasPillars
    }
}

final class PillarView {
    var title: String
    var goal: String?
    var strategies: [String]
    var hasStrategies: Bool

    init(title: String, goal: String? = nil, strategies: [String], hasStrategies: Bool) {
        self.title = title
        self.goal = goal
        self.strategies = strategies
        self.hasStrategies = hasStrategies
    }
}

final class AssessmentView {
    var summaryMarkup: String?
    var threats: [ThreatView]
    var groupsAtRisk: String?
    var serviceGaps: [ServiceGapView]
    var hasThreats: Bool
    var hasServiceGaps: Bool

    init(
        summaryMarkup: String? = nil, threats: [ThreatView], groupsAtRisk: String? = nil,
        serviceGaps: [ServiceGapView], hasThreats: Bool, hasServiceGaps: Bool
    ) {
        self.summaryMarkup = summaryMarkup
        self.threats = threats
        self.groupsAtRisk = groupsAtRisk
        self.serviceGaps = serviceGaps
        self.hasThreats = hasThreats
        self.hasServiceGaps = hasServiceGaps
    }
}

final class ThreatView {
    var title: String
    var trend: String?
    var descriptionMarkup: String?

    init(title: String, trend: String? = nil, descriptionMarkup: String? = nil) {
        self.title = title
        self.trend = trend
        self.descriptionMarkup = descriptionMarkup
    }
}

final class ServiceGapView {
    var title: String
    var stage: String?
    var descriptionMarkup: String?

    init(title: String, stage: String? = nil, descriptionMarkup: String? = nil) {
        self.title = title
        self.stage = stage
        self.descriptionMarkup = descriptionMarkup
    }
}

final class LeadershipView {
    var name: String?
    var meets: String?
    var charterMarkup: String?
    var members: [MemberView]
    var roles: [RoleView]
    var hasMembers: Bool
    var svgMarkup: String
    var svgAlt: String

    init(
        name: String? = nil, meets: String? = nil, charterMarkup: String? = nil, members: [MemberView],
        roles: [RoleView], hasMembers: Bool, svgMarkup: String, svgAlt: String
    ) {
        self.name = name
        self.meets = meets
        self.charterMarkup = charterMarkup
        self.members = members
        self.roles = roles
        self.hasMembers = hasMembers
        self.svgMarkup = svgMarkup
        self.svgAlt = svgAlt
    }
}

final class MemberView {
    var name: String
    var vacant: Bool
    var title: String?
    var organization: String?
    var sector: String?
    var roles: String?
    var contact: ContactView?

    init(
        name: String, vacant: Bool, title: String? = nil, organization: String? = nil, sector: String? = nil,
        roles: String? = nil, contact: ContactView? = nil
    ) {
        self.name = name
        self.vacant = vacant
        self.title = title
        self.organization = organization
        self.sector = sector
        self.roles = roles
        self.contact = contact
    }
}

final class ContactView {
    /// The document's labels (`DocumentView.L`), here too so that a
    /// template's `{{L.x}}` inside a long list is found at once instead of
    /// after a climb through every enclosing view.
    var L: [String: Any]
    var name: String?
    var role: String?
    var email: String?
    var emailHref: String?
    var phone: String?
    var phoneHref: String?

    init(
        L: [String: Any], name: String? = nil, role: String? = nil, email: String? = nil,
        emailHref: String? = nil, phone: String? = nil, phoneHref: String? = nil
    ) {
        self.L = L
        self.name = name
        self.role = role
        self.email = email
        self.emailHref = emailHref
        self.phone = phone
        self.phoneHref = phoneHref
    }
}

final class RoleView {
    var title: String
    var holders: String
    var needs: String?
    var unmet: Bool

    init(title: String, holders: String, needs: String? = nil, unmet: Bool) {
        self.title = title
        self.holders = holders
        self.needs = needs
        self.unmet = unmet
    }
}

final class StagesView {
    var timelineSvgMarkup: String
    var timelineAlt: String
    var items: [StageView]

    init(timelineSvgMarkup: String, timelineAlt: String, items: [StageView]) {
        self.timelineSvgMarkup = timelineSvgMarkup
        self.timelineAlt = timelineAlt
        self.items = items
    }
}

final class StageView {
    var id: String
    var title: String
    var summary: String?
    var actions: [ActionView]
    var noActions: String?

    init(id: String, title: String, summary: String? = nil, actions: [ActionView], noActions: String? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.actions = actions
        self.noActions = noActions
    }
}

final class ActionView {
    /// The document's labels (`DocumentView.L`), here too so that a
    /// template's `{{L.x}}` inside a long list is found at once instead of
    /// after a climb through every enclosing view.
    var L: [String: Any]
    var id: String
    var title: String
    var strategy: String?
    var lead: String?
    var partners: String?
    var dates: String?
    var status: String
    var statusClass: String
    var budget: String?
    var audiences: String?
    var resources: String?
    var descriptionMarkup: String?
    var indicators: [IndicatorView]
    var hasIndicators: Bool

    init(
        L: [String: Any], id: String, title: String, strategy: String? = nil, lead: String? = nil,
        partners: String? = nil, dates: String? = nil, status: String, statusClass: String,
        budget: String? = nil, audiences: String? = nil, resources: String? = nil,
        descriptionMarkup: String? = nil, indicators: [IndicatorView], hasIndicators: Bool
    ) {
        self.L = L
        self.id = id
        self.title = title
        self.strategy = strategy
        self.lead = lead
        self.partners = partners
        self.dates = dates
        self.status = status
        self.statusClass = statusClass
        self.budget = budget
        self.audiences = audiences
        self.resources = resources
        self.descriptionMarkup = descriptionMarkup
        self.indicators = indicators
        self.hasIndicators = hasIndicators
    }
}

final class IndicatorView {
    var name: String
    var unit: String
    var baseline: String
    var target: String
    var actual: String
    var source: String

    init(name: String, unit: String, baseline: String, target: String, actual: String, source: String) {
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.actual = actual
        self.source = source
    }
}

final class CoverageView {
    var svgMarkup: String
    var svgAlt: String
    var rows: [CoverageRow]
    var unserved: String?
    var open: [FindingView]
    var noOpen: String?
    var waived: [FindingView]
    var hasOpen: Bool
    var hasWaived: Bool

    init(
        svgMarkup: String, svgAlt: String, rows: [CoverageRow], unserved: String? = nil, open: [FindingView],
        noOpen: String? = nil, waived: [FindingView], hasOpen: Bool, hasWaived: Bool
    ) {
        self.svgMarkup = svgMarkup
        self.svgAlt = svgAlt
        self.rows = rows
        self.unserved = unserved
        self.open = open
        self.noOpen = noOpen
        self.waived = waived
        self.hasOpen = hasOpen
        self.hasWaived = hasWaived
    }
}

final class CoverageRow {
    var stage: String
    var covered: Bool
    /// Not covered, but every finding about it is waived.
    var accepted: Bool
    var coveredText: String
    var missing: String
    var actions: String
    var resources: String

    init(
        stage: String, covered: Bool, accepted: Bool, coveredText: String, missing: String, actions: String,
        resources: String
    ) {
        self.stage = stage
        self.covered = covered
        self.accepted = accepted
        self.coveredText = coveredText
        self.missing = missing
        self.actions = actions
        self.resources = resources
    }
}

final class StakeholderView {
    /// The document's labels (`DocumentView.L`), here too so that a
    /// template's `{{L.x}}` inside a long list is found at once instead of
    /// after a climb through every enclosing view.
    var L: [String: Any]
    var id: String
    var name: String
    var sector: String?
    var descriptionMarkup: String?
    var website: String?
    var websiteHref: String?
    var address: String?
    var stages: String?
    var languages: String?
    var contacts: [ContactView]
    var hasContacts: Bool

    init(
        L: [String: Any], id: String, name: String, sector: String? = nil, descriptionMarkup: String? = nil,
        website: String? = nil, websiteHref: String? = nil, address: String? = nil, stages: String? = nil,
        languages: String? = nil, contacts: [ContactView], hasContacts: Bool
    ) {
        self.L = L
        self.id = id
        self.name = name
        self.sector = sector
        self.descriptionMarkup = descriptionMarkup
        self.website = website
        self.websiteHref = websiteHref
        self.address = address
        self.stages = stages
        self.languages = languages
        self.contacts = contacts
        self.hasContacts = hasContacts
    }
}

final class ResourceView {
    /// The document's labels (`DocumentView.L`), here too so that a
    /// template's `{{L.x}}` inside a long list is found at once instead of
    /// after a climb through every enclosing view.
    var L: [String: Any]
    var id: String
    var name: String
    var kind: String
    var provider: String?
    var stages: String?
    var audiences: String?
    var languages: String?
    var cost: String?
    var url: String?
    var urlHref: String?
    var phone: String?
    var phoneHref: String?
    var email: String?
    var emailHref: String?
    var address: String?
    var hours: String?
    var descriptionMarkup: String?

    init(
        L: [String: Any], id: String, name: String, kind: String, provider: String? = nil, stages: String? = nil,
        audiences: String? = nil, languages: String? = nil, cost: String? = nil, url: String? = nil,
        urlHref: String? = nil, phone: String? = nil, phoneHref: String? = nil, email: String? = nil,
        emailHref: String? = nil, address: String? = nil, hours: String? = nil, descriptionMarkup: String? = nil
    ) {
        self.L = L
        self.id = id
        self.name = name
        self.kind = kind
        self.provider = provider
        self.stages = stages
        self.audiences = audiences
        self.languages = languages
        self.cost = cost
        self.url = url
        self.urlHref = urlHref
        self.phone = phone
        self.phoneHref = phoneHref
        self.email = email
        self.emailHref = emailHref
        self.address = address
        self.hours = hours
        self.descriptionMarkup = descriptionMarkup
    }
}

final class MadeView {
    var lines: [String]

    init(lines: [String]) {
        self.lines = lines
    }
}

// MARK: - Index

final class IndexView {
    var lang: String
    var dir: String
    var version: String
    var title: String
    var intro: String
    var L: [String: Any]
    var cities: [IndexCity]
    var models: [IndexModel]
    var made: MadeView

    init(
        lang: String, dir: String, version: String, title: String, intro: String, L: [String: Any],
        cities: [IndexCity], models: [IndexModel], made: MadeView
    ) {
        self.lang = lang
        self.dir = dir
        self.version = version
        self.title = title
        self.intro = intro
        self.L = L
        self.cities = cities
        self.models = models
        self.made = made
    }
}

final class IndexCity {
    var name: String
    var place: String
    var href: String?
    var linkLabel: String
    var model: String
    var stages: String
    var members: String
    var stakeholders: String
    var resources: String
    var actions: String
    var warnings: String
    var errors: String
    var note: String?

    init(
        name: String, place: String, href: String? = nil, linkLabel: String, model: String, stages: String,
        members: String, stakeholders: String, resources: String, actions: String, warnings: String,
        errors: String, note: String? = nil
    ) {
        self.name = name
        self.place = place
        self.href = href
        self.linkLabel = linkLabel
        self.model = model
        self.stages = stages
        self.members = members
        self.stakeholders = stakeholders
        self.resources = resources
        self.actions = actions
        self.warnings = warnings
        self.errors = errors
        self.note = note
    }
}

final class IndexModel {
    var title: String
    var stages: [String]
    var rows: [IndexModelRow]

    init(title: String, stages: [String], rows: [IndexModelRow]) {
        self.title = title
        self.stages = stages
        self.rows = rows
    }
}

final class IndexModelRow {
    var city: String
    var href: String?
    var cells: [IndexCell]

    init(city: String, href: String? = nil, cells: [IndexCell]) {
        self.city = city
        self.href = href
        self.cells = cells
    }
}

final class IndexCell {
    var covered: Bool
    var accepted: Bool
    var text: String

    init(covered: Bool, accepted: Bool, text: String) {
        self.covered = covered
        self.accepted = accepted
        self.text = text
    }
}

// MARK: - Lookup

/// Mustache looks a name up the context stack until some object has it,
/// and Swift's `nil` reads as "not here": an action without a `summary`
/// would find the document's summary instead and print it. Every view
/// type therefore answers for its own properties, nil ones included, so a
/// lookup climbs only for names the type does not have (`L`, above all).
///
/// Each type names its properties in a `switch` rather than through
/// `Mirror`: a template reads every field of every action, stakeholder and
/// resource, often climbing past several views to reach `L`, and
/// reflection made those lookups most of `render`'s time (a 1 MB plan
/// spent three quarters of its render in `Mirror`). A test checks each
/// switch against the type's stored properties, so a field added to a
/// view and forgotten here fails the tests instead of climbing the stack.
protocol ViewNode: AnyObject, MustacheParent {}

/// A view as Mustache holds it: a struct around the view object. Mustache
/// casts each object it looks into to protocols, and the runtime takes
/// about twice as long to cast a class instance as a small struct (and,
/// with two cores rendering, those casts contend for the conformance
/// cache); the views stay classes so that building and sharing them costs
/// one pointer. Renders as the view itself would (its type name), and
/// answers for it.
struct ViewRef: MustacheParent, CustomStringConvertible {
    let node: any ViewNode
    init(_ node: any ViewNode) { self.node = node }
    func child(named name: String) -> Any? { node.child(named: name) }
    var description: String { String(describing: node) }
}

/// An optional property as a lookup answers it: the value when there is
/// one, else `Absent`, which stops the climb.
@inline(__always)
func present<T>(_ value: T?) -> Any {
    if let value { return value }
    return Absent()
}

/// An optional text property as a lookup answers it.
@inline(__always)
func text(_ value: String?, labels: [String: Any]? = nil) -> Any {
    if let value { return ViewText(value, labels: labels) }
    return Absent()
}

/// A property that is there but empty: renders as nothing, opens no
/// section, and stops the climb up the context stack.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// A text property as Mustache receives it: it renders, opens a section
/// and transforms (`{{uppercased(x)}}`) exactly as the `String` would, but
/// Mustache reaches its text with one cast instead of several, and a name
/// looked up inside its section (`{{#lead}}{{L.lead}}{{/lead}}`) is not
/// first searched for in the string by reflection.
///
/// A text of a view that holds the labels carries them too and answers
/// `L` itself: inside its section, `{{L.x}}` would climb to that view (or
/// past it, to one holding the same labels) and find the same labels, so
/// the answer is the same, found one level (two protocol casts) sooner.
/// Every other name climbs on, as from the string. Three words: stored in
/// an `Any` without a box.
struct ViewText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    var value: String
    var labels: [String: Any]?
    init(_ value: String, labels: [String: Any]? = nil) {
        self.value = value
        self.labels = labels
    }
    var renderText: String { value }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { name == "L" ? labels : nil }
    func transform(_ name: String) -> Any? { value.transform(name) }
}

extension DocumentView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": ViewText(self.lang)
        case "dir": ViewText(self.dir)
        case "version": ViewText(self.version)
        case "title": ViewText(self.title)
        case "place": ViewText(self.place)
        case "edition": ViewText(self.edition)
        case "noticeMarkup": text(self.noticeMarkup)
        case "L": self.L
        case "toc": self.toc.map(ViewRef.init)
        case "banner": present(self.banner.map(ViewRef.init))
        case "summary": ViewRef(self.summary)
        case "leadership": present(self.leadership.map(ViewRef.init))
        case "stages": ViewRef(self.stages)
        case "coverage": present(self.coverage.map(ViewRef.init))
        case "stakeholders": self.stakeholders.map(ViewRef.init)
        case "resources": self.resources.map(ViewRef.init)
        case "made": ViewRef(self.made)
        case "hasStakeholders": self.hasStakeholders
        case "hasResources": self.hasResources
        default: nil
        }
    }
}

extension TocItem: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "id": ViewText(self.id)
        case "label": ViewText(self.label)
        default: nil
        }
    }
}

extension BannerView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": ViewText(self.heading)
        case "text": ViewText(self.text)
        case "errors": self.errors.map(ViewRef.init)
        default: nil
        }
    }
}

extension FindingView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": ViewText(self.severity)
        case "severityLabel": ViewText(self.severityLabel)
        case "rule": ViewText(self.rule)
        case "message": ViewText(self.message)
        case "location": ViewText(self.location)
        case "reason": text(self.reason)
        default: nil
        }
    }
}

extension SummaryView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "needMarkup": text(self.needMarkup)
        case "visionMarkup": text(self.visionMarkup)
        case "period": text(self.period)
        case "population": text(self.population)
        case "model": ViewText(self.model)
        case "languages": text(self.languages)
        case "pillars": self.pillars.map(ViewRef.init)
        case "assessment": present(self.assessment.map(ViewRef.init))
        case "hasPillars": self.hasPillars
        default: nil
        }
    }
}

extension PillarView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "title": ViewText(self.title)
        case "goal": text(self.goal)
        case "strategies": self.strategies
        case "hasStrategies": self.hasStrategies
        default: nil
        }
    }
}

extension AssessmentView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "summaryMarkup": text(self.summaryMarkup)
        case "threats": self.threats.map(ViewRef.init)
        case "groupsAtRisk": text(self.groupsAtRisk)
        case "serviceGaps": self.serviceGaps.map(ViewRef.init)
        case "hasThreats": self.hasThreats
        case "hasServiceGaps": self.hasServiceGaps
        default: nil
        }
    }
}

extension ThreatView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "title": ViewText(self.title)
        case "trend": text(self.trend)
        case "descriptionMarkup": text(self.descriptionMarkup)
        default: nil
        }
    }
}

extension ServiceGapView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "title": ViewText(self.title)
        case "stage": text(self.stage)
        case "descriptionMarkup": text(self.descriptionMarkup)
        default: nil
        }
    }
}

extension LeadershipView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "name": text(self.name)
        case "meets": text(self.meets)
        case "charterMarkup": text(self.charterMarkup)
        case "members": self.members.map(ViewRef.init)
        case "roles": self.roles.map(ViewRef.init)
        case "hasMembers": self.hasMembers
        case "svgMarkup": ViewText(self.svgMarkup)
        case "svgAlt": ViewText(self.svgAlt)
        default: nil
        }
    }
}

extension MemberView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "name": ViewText(self.name)
        case "vacant": self.vacant
        case "title": text(self.title)
        case "organization": text(self.organization)
        case "sector": text(self.sector)
        case "roles": text(self.roles)
        case "contact": present(self.contact.map(ViewRef.init))
        default: nil
        }
    }
}

extension ContactView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "L": self.L
        case "name": text(self.name, labels: self.L)
        case "role": text(self.role, labels: self.L)
        case "email": text(self.email, labels: self.L)
        case "emailHref": text(self.emailHref, labels: self.L)
        case "phone": text(self.phone, labels: self.L)
        case "phoneHref": text(self.phoneHref, labels: self.L)
        default: nil
        }
    }
}

extension RoleView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "title": ViewText(self.title)
        case "holders": ViewText(self.holders)
        case "needs": text(self.needs)
        case "unmet": self.unmet
        default: nil
        }
    }
}

extension StagesView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "timelineSvgMarkup": ViewText(self.timelineSvgMarkup)
        case "timelineAlt": ViewText(self.timelineAlt)
        case "items": self.items.map(ViewRef.init)
        default: nil
        }
    }
}

extension StageView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "id": ViewText(self.id)
        case "title": ViewText(self.title)
        case "summary": text(self.summary)
        case "actions": self.actions.map(ViewRef.init)
        case "noActions": text(self.noActions)
        default: nil
        }
    }
}

extension ActionView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "L": self.L
        case "id": ViewText(self.id, labels: self.L)
        case "title": ViewText(self.title, labels: self.L)
        case "strategy": text(self.strategy, labels: self.L)
        case "lead": text(self.lead, labels: self.L)
        case "partners": text(self.partners, labels: self.L)
        case "dates": text(self.dates, labels: self.L)
        case "status": ViewText(self.status, labels: self.L)
        case "statusClass": ViewText(self.statusClass, labels: self.L)
        case "budget": text(self.budget, labels: self.L)
        case "audiences": text(self.audiences, labels: self.L)
        case "resources": text(self.resources, labels: self.L)
        case "descriptionMarkup": text(self.descriptionMarkup, labels: self.L)
        case "indicators": self.indicators.map(ViewRef.init)
        case "hasIndicators": self.hasIndicators
        default: nil
        }
    }
}

extension IndicatorView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "name": ViewText(self.name)
        case "unit": ViewText(self.unit)
        case "baseline": ViewText(self.baseline)
        case "target": ViewText(self.target)
        case "actual": ViewText(self.actual)
        case "source": ViewText(self.source)
        default: nil
        }
    }
}

extension CoverageView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "svgMarkup": ViewText(self.svgMarkup)
        case "svgAlt": ViewText(self.svgAlt)
        case "rows": self.rows.map(ViewRef.init)
        case "unserved": text(self.unserved)
        case "open": self.open.map(ViewRef.init)
        case "noOpen": text(self.noOpen)
        case "waived": self.waived.map(ViewRef.init)
        case "hasOpen": self.hasOpen
        case "hasWaived": self.hasWaived
        default: nil
        }
    }
}

extension CoverageRow: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "stage": ViewText(self.stage)
        case "covered": self.covered
        case "accepted": self.accepted
        case "coveredText": ViewText(self.coveredText)
        case "missing": ViewText(self.missing)
        case "actions": ViewText(self.actions)
        case "resources": ViewText(self.resources)
        default: nil
        }
    }
}

extension StakeholderView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "L": self.L
        case "id": ViewText(self.id, labels: self.L)
        case "name": ViewText(self.name, labels: self.L)
        case "sector": text(self.sector, labels: self.L)
        case "descriptionMarkup": text(self.descriptionMarkup, labels: self.L)
        case "website": text(self.website, labels: self.L)
        case "websiteHref": text(self.websiteHref, labels: self.L)
        case "address": text(self.address, labels: self.L)
        case "stages": text(self.stages, labels: self.L)
        case "languages": text(self.languages, labels: self.L)
        case "contacts": self.contacts.map(ViewRef.init)
        case "hasContacts": self.hasContacts
        default: nil
        }
    }
}

extension ResourceView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "L": self.L
        case "id": ViewText(self.id, labels: self.L)
        case "name": ViewText(self.name, labels: self.L)
        case "kind": ViewText(self.kind, labels: self.L)
        case "provider": text(self.provider, labels: self.L)
        case "stages": text(self.stages, labels: self.L)
        case "audiences": text(self.audiences, labels: self.L)
        case "languages": text(self.languages, labels: self.L)
        case "cost": text(self.cost, labels: self.L)
        case "url": text(self.url, labels: self.L)
        case "urlHref": text(self.urlHref, labels: self.L)
        case "phone": text(self.phone, labels: self.L)
        case "phoneHref": text(self.phoneHref, labels: self.L)
        case "email": text(self.email, labels: self.L)
        case "emailHref": text(self.emailHref, labels: self.L)
        case "address": text(self.address, labels: self.L)
        case "hours": text(self.hours, labels: self.L)
        case "descriptionMarkup": text(self.descriptionMarkup, labels: self.L)
        default: nil
        }
    }
}

extension MadeView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "lines": self.lines
        default: nil
        }
    }
}

extension IndexView: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": ViewText(self.lang)
        case "dir": ViewText(self.dir)
        case "version": ViewText(self.version)
        case "title": ViewText(self.title)
        case "intro": ViewText(self.intro)
        case "L": self.L
        case "cities": self.cities.map(ViewRef.init)
        case "models": self.models.map(ViewRef.init)
        case "made": ViewRef(self.made)
        default: nil
        }
    }
}

extension IndexCity: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "name": ViewText(self.name)
        case "place": ViewText(self.place)
        case "href": text(self.href)
        case "linkLabel": ViewText(self.linkLabel)
        case "model": ViewText(self.model)
        case "stages": ViewText(self.stages)
        case "members": ViewText(self.members)
        case "stakeholders": ViewText(self.stakeholders)
        case "resources": ViewText(self.resources)
        case "actions": ViewText(self.actions)
        case "warnings": ViewText(self.warnings)
        case "errors": ViewText(self.errors)
        case "note": text(self.note)
        default: nil
        }
    }
}

extension IndexModel: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "title": ViewText(self.title)
        case "stages": self.stages
        case "rows": self.rows.map(ViewRef.init)
        default: nil
        }
    }
}

extension IndexModelRow: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "city": ViewText(self.city)
        case "href": text(self.href)
        case "cells": self.cells.map(ViewRef.init)
        default: nil
        }
    }
}

extension IndexCell: ViewNode {
    func child(named name: String) -> Any? {
        switch name {
        case "covered": self.covered
        case "accepted": self.accepted
        case "text": ViewText(self.text)
        default: nil
        }
    }
}
