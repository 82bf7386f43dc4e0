/// The small, clean plan under every rule example: an example replaces only
/// the top-level sections it names, so it can show just what matters.
/// It lints with no findings at all (a test checks), whatever the date.
extension RuleExample {
    public static let basePlan = """
        pfplan: 1
        city: {name: Sampleton, region: Ohio, country: US}
        framework:
          model: default
          title: Sampleton Prevention Framework
          period: {start: 2025-01-01, end: 2026-12-31}
        leadership:
          name: Sampleton Prevention Group
          meets: quarterly
          members:
            - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
            - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
            - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
            - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
        stakeholders:
          - id: city-of-sampleton
            name: City of Sampleton
            sector: local-government
            contacts: [{name: City Hall, email: city@example.org}]
          - id: health-dept
            name: Sampleton Health Department
            sector: public-health
            contacts: [{name: Front desk, email: health@example.org}]
          - id: schools
            name: Sampleton City Schools
            sector: education
            contacts: [{name: Front desk, email: schools@example.org}]
          - id: clinic
            name: Sampleton Counselling Clinic
            sector: mental-health
            contacts: [{name: Intake, email: clinic@example.org}]
          - id: family-services
            name: Sampleton Family Services
            sector: social-services
            contacts: [{name: Front desk, email: family@example.org}]
          - id: police
            name: Sampleton Police Department
            sector: law-enforcement
            contacts: [{name: Community liaison, email: police@example.org}]
        resources:
          - id: counselling
            name: Sampleton Counselling Service
            kind: service
            provider: clinic
            stages: [primary, secondary]
            audiences: [general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq,
              racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners,
              online-communities, adults]
            access: {phone: "+1 740 555 0100"}
        actions:
          - id: needs-assessment
            title: Needs and vulnerabilities assessment
            stage: assess
            lead: city-of-sampleton
            partners: [health-dept]
            start: 2025-01-01
            due: 2025-06-30
            status: done
            indicators: [{id: assessment-published, name: Assessment published, target: 1}]
          - id: school-awareness
            title: Awareness sessions in schools
            stage: primary
            lead: schools
            partners: [health-dept]
            start: 2025-02-01
            due: 2025-12-31
            status: done
            indicators: [{id: sessions-held, name: Sessions held, target: 10}]
          - id: public-campaign
            title: Public awareness campaign
            stage: primary
            lead: health-dept
            start: 2025-03-01
            due: 2025-09-30
            status: done
            indicators: [{id: people-reached, name: People reached, target: 5000}]
          - id: referral-pathway
            title: Referral pathway for people at risk
            stage: secondary
            lead: clinic
            partners: [family-services, police]
            start: 2025-03-01
            due: 2026-06-30
            status: done
            indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20}]
          - id: reentry-support
            title: Reentry support
            stage: tertiary
            lead: family-services
            partners: [police]
            start: 2025-06-01
            due: 2026-06-30
            status: done
            indicators: [{id: people-supported, name: People supported, target: 5}]
          - id: incident-protocol
            title: Post-incident protocol
            stage: post-incident
            lead: police
            partners: [clinic]
            start: 2025-02-01
            due: 2025-09-30
            status: done
            indicators: [{id: protocol-adopted, name: Protocol adopted, target: 1}]
        """

    /// The example's sections first (so the marker's line is the line in the
    /// composed plan), then the base plan's other sections.
    public func composedPlan() -> String {
        let example = text
        let replaced = Set(Self.topLevelKeys(example))
        var out = example.hasSuffix("\n") ? example : example + "\n"
        var keep = false
        for line in Self.basePlan.split(separator: "\n", omittingEmptySubsequences: false) {
            if let key = Self.topLevelKey(line) { keep = !replaced.contains(key) }
            if keep { out += line + "\n" }
        }
        return out
    }

    static func topLevelKeys(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").compactMap(topLevelKey)
    }

    static func topLevelKey(_ line: Substring) -> String? {
        guard let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon])
    }
}
