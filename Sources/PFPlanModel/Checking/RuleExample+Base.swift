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
          adopted: 2025-01-15
          review: 2026-12-31
          objectives:
            - id: obj-one-door
              title: People of concern reach voluntary support through one door
              addresses: [threat-harassment, gap-referral]
              indicators:
                - {id: referrals-supported, name: Referrals closed with a support plan, unit: percent, baseline: 0, target: 70, collected-by: m-evaluation, frequency: quarterly}
        assessment:
          threats:
            - {id: threat-harassment, title: Harassment of religious minorities, trend: rising, targets: [religious-minorities]}
          groups-at-risk: [religious-minorities, youth]
          service-gaps:
            - {id: gap-referral, title: No single route into referral services, stage: secondary}
          consultation:
            - {id: listening-sessions, title: Listening sessions with congregations, date: 2024-11-05, with: [interfaith-council], audiences: [religious-minorities]}
        leadership:
          name: Sampleton Prevention Group
          meets: quarterly
          members:
            - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
            - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
            - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
            - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
            - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
            - {id: m-youth, name: Gia Moreno, organization: youth-center, sector: youth, roles: [member]}
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
          - id: interfaith-council
            name: Sampleton Interfaith Council
            sector: faith
            contacts: [{name: Secretary, email: interfaith@example.org}]
          - id: youth-center
            name: Sampleton Youth Center
            sector: youth
            contacts: [{name: Front desk, email: youth@example.org}]
          - id: rights-commission
            name: Sampleton Human Rights Commission
            sector: civil-rights
            contacts: [{name: Office, email: rights@example.org}]
        resources:
          - id: counselling
            name: Sampleton Counselling Service
            kind: service
            provider: clinic
            stages: [primary, secondary]
            audiences: [general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq,
              racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners,
              online-communities, adults, native-communities, women-girls, veterans, people-with-disabilities,
              public-officials]
            access: {phone: "+1 740 555 0100"}
        actions:
          - id: needs-assessment
            title: Needs and vulnerabilities assessment
            stage: assess
            lead: city-of-sampleton
            partners: [health-dept, interfaith-council]
            start: 2025-01-01
            due: 2025-06-30
            status: done
            indicators: [{id: assessment-published, name: Assessment published, target: 1, actual: 1, collected-by: m-evaluation}]
          - id: school-awareness
            title: Awareness sessions in schools
            stage: primary
            lead: schools
            partners: [health-dept]
            audiences: [youth]
            start: 2025-02-01
            due: 2025-12-31
            status: done
            indicators: [{id: sessions-held, name: Sessions held, target: 10, actual: 12, collected-by: schools}]
          - id: public-campaign
            title: Public awareness campaign
            stage: primary
            lead: health-dept
            start: 2025-03-01
            due: 2025-09-30
            status: done
            indicators: [{id: people-reached, name: People reached, target: 5000, actual: 6100, collected-by: health-dept}]
          - id: referral-pathway
            title: Referral pathway for people at risk
            stage: secondary
            lead: clinic
            partners: [family-services, youth-center]
            audiences: [religious-minorities, people-at-risk]
            objectives: [obj-one-door]
            addresses: [gap-referral, threat-harassment]
            start: 2025-03-01
            due: 2026-06-30
            status: done
            indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, actual: 24, collected-by: clinic}]
          - id: reentry-support
            title: Reentry support
            stage: tertiary
            lead: family-services
            partners: [police]
            start: 2025-06-01
            due: 2026-06-30
            status: done
            indicators: [{id: people-supported, name: People supported, target: 5, actual: 6, collected-by: family-services}]
          - id: incident-protocol
            title: Post-incident protocol
            stage: post-incident
            lead: police
            partners: [clinic]
            start: 2025-02-01
            due: 2025-09-30
            status: done
            indicators: [{id: protocol-adopted, name: Protocol adopted, target: 1, actual: 1, collected-by: police}]
        pathways:
          - id: one-door
            title: One Door referral
            stage: secondary
            referrers: [schools, interfaith-council]
            intake: clinic
            team: [clinic, family-services]
            consent: Support is voluntary; without consent, no information is shared.
            agreement: isa-one-door
        agreements:
          - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: signed, signed: 2025-02-15, expires: 2027-12-31}
        safeguards:
          statement: No one is referred for their religion, ethnicity, political views or lawful speech.
          oversight: rights-commission
          complaints: {email: concerns@example.org}
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
        guard let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":")
        else { return nil }
        return String(line[..<colon])
    }
}
