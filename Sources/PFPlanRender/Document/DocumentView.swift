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

struct DocumentView {
    var lang: String
    var dir: String
    var version: String
    var title: String
    var place: String
    var edition: String
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
}

struct TocItem {
    var id: String
    var label: String
}

struct BannerView {
    var heading: String
    var text: String
    var errors: [FindingView]
}

struct FindingView {
    var severity: String
    var severityLabel: String
    var rule: String
    var message: String
    var location: String
    var reason: String?
}

struct SummaryView {
    var needMarkup: String?
    var visionMarkup: String?
    var period: String?
    var population: String?
    var model: String
    var languages: String?
    var pillars: [PillarView]
    var assessment: AssessmentView?
    var hasPillars: Bool
}

struct PillarView {
    var title: String
    var goal: String?
    var strategies: [String]
    var hasStrategies: Bool
}

struct AssessmentView {
    var summaryMarkup: String?
    var threats: [ThreatView]
    var groupsAtRisk: String?
    var serviceGaps: [ServiceGapView]
    var hasThreats: Bool
    var hasServiceGaps: Bool
}

struct ThreatView {
    var title: String
    var trend: String?
    var descriptionMarkup: String?
}

struct ServiceGapView {
    var title: String
    var stage: String?
    var descriptionMarkup: String?
}

struct LeadershipView {
    var name: String?
    var meets: String?
    var charterMarkup: String?
    var members: [MemberView]
    var roles: [RoleView]
    var hasMembers: Bool
    var svgMarkup: String
    var svgAlt: String
}

struct MemberView {
    var name: String
    var vacant: Bool
    var title: String?
    var organization: String?
    var sector: String?
    var roles: String?
    var contact: ContactView?
}

struct ContactView {
    var name: String?
    var role: String?
    var email: String?
    var emailHref: String?
    var phone: String?
    var phoneHref: String?
}

struct RoleView {
    var title: String
    var holders: String
    var needs: String?
    var unmet: Bool
}

struct StagesView {
    var timelineSvgMarkup: String
    var timelineAlt: String
    var items: [StageView]
}

struct StageView {
    var id: String
    var title: String
    var summary: String?
    var actions: [ActionView]
    var noActions: String?
}

struct ActionView {
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
}

struct IndicatorView {
    var name: String
    var unit: String
    var baseline: String
    var target: String
    var actual: String
    var source: String
}

struct CoverageView {
    var svgMarkup: String
    var svgAlt: String
    var rows: [CoverageRow]
    var unserved: String?
    var open: [FindingView]
    var noOpen: String?
    var waived: [FindingView]
    var hasOpen: Bool
    var hasWaived: Bool
}

struct CoverageRow {
    var stage: String
    var covered: Bool
    /// Not covered, but every finding about it is waived.
    var accepted: Bool
    var coveredText: String
    var missing: String
    var actions: String
    var resources: String
}

struct StakeholderView {
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
}

struct ResourceView {
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
}

struct MadeView {
    var lines: [String]
}

// MARK: - Index

struct IndexView {
    var lang: String
    var dir: String
    var version: String
    var title: String
    var intro: String
    var L: [String: Any]
    var cities: [IndexCity]
    var models: [IndexModel]
    var made: MadeView
}

struct IndexCity {
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
}

struct IndexModel {
    var title: String
    var stages: [String]
    var rows: [IndexModelRow]
}

struct IndexModelRow {
    var city: String
    var href: String?
    var cells: [IndexCell]
}

struct IndexCell {
    var covered: Bool
    var accepted: Bool
    var text: String
}

// MARK: - Lookup

/// Mustache looks a name up the context stack until some object has it,
/// and Swift's `nil` reads as "not here": an action without a `summary`
/// would find the document's summary instead and print it. Every view
/// type therefore answers for its own properties, nil ones included, so a
/// lookup climbs only for names the type does not have (`L`, above all).
protocol ViewNode: MustacheParent {}

extension ViewNode {
    func child(named name: String) -> Any? {
        for property in Mirror(reflecting: self).children where property.label == name {
            let value = Mirror(reflecting: property.value)
            if value.displayStyle == .optional {
                return value.children.first?.value ?? Absent()
            }
            return property.value
        }
        return nil
    }
}

/// A property that is there but empty: renders as nothing, opens no
/// section, and stops the climb up the context stack.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

extension DocumentView: ViewNode {}
extension TocItem: ViewNode {}
extension BannerView: ViewNode {}
extension FindingView: ViewNode {}
extension SummaryView: ViewNode {}
extension PillarView: ViewNode {}
extension AssessmentView: ViewNode {}
extension ThreatView: ViewNode {}
extension ServiceGapView: ViewNode {}
extension LeadershipView: ViewNode {}
extension MemberView: ViewNode {}
extension ContactView: ViewNode {}
extension RoleView: ViewNode {}
extension StagesView: ViewNode {}
extension StageView: ViewNode {}
extension ActionView: ViewNode {}
extension IndicatorView: ViewNode {}
extension CoverageView: ViewNode {}
extension CoverageRow: ViewNode {}
extension StakeholderView: ViewNode {}
extension ResourceView: ViewNode {}
extension MadeView: ViewNode {}
extension IndexView: ViewNode {}
extension IndexCity: ViewNode {}
extension IndexModel: ViewNode {}
extension IndexModelRow: ViewNode {}
extension IndexCell: ViewNode {}
