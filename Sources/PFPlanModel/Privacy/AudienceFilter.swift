/// The one place that decides which contacts an output may show.
///
/// Plans name people doing sensitive work, so a renderer must never be able
/// to leak a contact by forgetting a check: every public output (directory,
/// plan document, CSV written by render) is built from the copy this returns,
/// in which contacts above the audience no longer exist. Renderers then need
/// no visibility logic of their own, and a new renderer is safe by default.
///
/// Contacts live in five places in a plan: stakeholder contacts, the
/// contact of a leadership member, the pledge's two contacts and the
/// `access` of a referral pathway. All follow the same rule (plan-format.md:
/// "Member contacts follow the same rule"; the pledge contacts are treated
/// by their visibility too, and practice.md gives pathway access the same
/// default, `internal`, as every other contact). The complaint route of the
/// safeguards has no visibility: it is public by nature and kept. Resource `access` channels
/// (a hotline number, a programme's intake address) carry no visibility in
/// the format: they describe how the public reaches a service, not a person,
/// and are kept.
public enum AudienceFilter {
    /// A copy of `plan` holding only what `audience` may see.
    ///
    /// Applying it twice, or with a wider audience after a narrower one,
    /// changes nothing: renderers may re-apply it defensively.
    public static func apply(_ plan: Plan, audience: Visibility) -> Plan {
        var filtered = plan
        for index in filtered.stakeholders.indices {
            filtered.stakeholders[index].contacts.removeAll { !isVisible($0, to: audience) }
        }
        if var leadership = filtered.leadership {
            for index in leadership.members.indices {
                if let contact = leadership.members[index].contact, !isVisible(contact, to: audience) {
                    leadership.members[index].contact = nil
                }
            }
            filtered.leadership = leadership
        }
        if var pledge = filtered.pledge {
            if let contact = pledge.contact, !isVisible(contact, to: audience) {
                pledge.contact = nil
                // The position belongs to the same person as the contact.
                pledge.contactPosition = nil
            }
            if let contact = pledge.secondaryContact, !isVisible(contact, to: audience) {
                pledge.secondaryContact = nil
                pledge.secondaryPosition = nil
            }
            filtered.pledge = pledge
        }
        for index in filtered.pathways.indices {
            if let access = filtered.pathways[index].access, !isVisible(access.asContact, to: audience) {
                filtered.pathways[index].access = nil
            }
        }
        return filtered
    }

    /// Whether `audience` may see `contact`: an audience sees every contact
    /// at or below its own level.
    public static func isVisible(_ contact: Plan.Contact, to audience: Visibility) -> Bool {
        contact.visibility <= audience
    }

    /// Every contact in `plan` that `audience` may not see: for tests and
    /// checks that want to prove an output holds none of them.
    public static func hiddenContacts(in plan: Plan, audience: Visibility) -> [Plan.Contact] {
        var hidden = plan.stakeholders.flatMap(\.contacts)
        hidden += plan.leadership?.members.compactMap(\.contact) ?? []
        if let contact = plan.pledge?.contact { hidden.append(contact) }
        if let contact = plan.pledge?.secondaryContact { hidden.append(contact) }
        hidden += plan.pathways.compactMap { $0.access?.asContact }
        return hidden.filter { !isVisible($0, to: audience) }
    }
}
