import PFPlanModel
import PFPlanFormats

/// A city's actions as an RFC 5545 calendar, so the leadership group can
/// subscribe to the plan's dates in the calendars it already uses: each
/// action is an all-day event on its due date and, where it has a start,
/// a one-day "starts" event.
///
/// Written in Swift rather than a template: iCalendar has its own escaping,
/// line folding by octets and CRLF line ends, which Mustache cannot do.
public enum ActionCalendar {
    public struct Output: Sendable, Equatable {
        public var text: String
        /// Ids of actions with neither a start nor a due date: they have
        /// no place on a calendar, and the command says so rather than
        /// inventing dates.
        public var skipped: [String]
    }

    /// - Parameters:
    ///   - citySlug: makes each event's UID unique across cities and stable
    ///     across runs, so a re-imported calendar updates its events
    ///     instead of duplicating them.
    ///   - asOf: the DTSTAMP of every event: the same input gives the same
    ///     bytes, which a timestamp of "now" would not.
    public static func render(
        plan: Plan, model: FrameworkModel?, citySlug: String, asOf: CalendarDate, localization: Localization
    ) -> Output {
        render(
            plan: plan, model: model, citySlug: citySlug, asOf: asOf, localization: localization,
            names: NameIndex(plan: plan))
    }

    /// `render` with the city's ids in words already indexed: `pfplan
    /// render` indexes them once per city for every part it writes.
    static func render(
        plan: Plan, model: FrameworkModel?, citySlug: String, asOf: CalendarDate, localization: Localization,
        names: NameIndex
    ) -> Output {
        var lines: [String] = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//pfplan//pfplan render//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let calendarName = plan.framework.title?.value ?? plan.city.name?.value ?? citySlug
        lines.append("X-WR-CALNAME:" + ICSText.text(calendarName))
        var skipped: [String] = []
        let stamp = compact(asOf) + "T000000Z"
        for action in plan.actions {
            guard action.start != nil || action.due != nil else {
                skipped.append(action.id.value)
                continue
            }
            let description = details(of: action, model: model, localization: localization, names: names)
            let category = action.stage.map { model?.title(ofStage: $0.value) ?? $0.value }
            // Dropped actions stay on the calendar as cancelled, so a
            // subscriber sees the change rather than a silent gap.
            let status = action.status?.value == .dropped ? "CANCELLED" : "CONFIRMED"
            func event(uid: String, on day: CalendarDate, summary: String) {
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + ICSText.text(uid) + "@" + ICSText.text(citySlug) + ".pfplan")
                lines.append("DTSTAMP:" + stamp)
                lines.append("DTSTART;VALUE=DATE:" + compact(day))
                // An all-day DTEND is exclusive: the day after.
                lines.append("DTEND;VALUE=DATE:" + compact(day.addingDays(1)))
                lines.append("SUMMARY:" + ICSText.text(summary))
                if !description.isEmpty { lines.append("DESCRIPTION:" + ICSText.text(description)) }
                if let category { lines.append("CATEGORIES:" + ICSText.text(category)) }
                lines.append("STATUS:" + status)
                lines.append("TRANSP:TRANSPARENT")
                lines.append("END:VEVENT")
            }
            // One day each, never a banner across the whole action: a
            // two-year action is two dates in a calendar, not two years
            // of a bar over every other event (document.md, Calendar).
            // The start's UID holds a dot, which no id can, so it cannot
            // meet another action's.
            if let start = action.start?.value {
                event(
                    uid: "start." + action.id.value, on: start,
                    summary: localization.string("calendar.starts", ["title": action.title.value]))
            }
            if let due = action.due?.value {
                event(uid: action.id.value, on: due, summary: action.title.value)
            }
        }
        lines.append("END:VCALENDAR")
        return Output(text: lines.map(ICSText.fold).joined(separator: "\r\n") + "\r\n", skipped: skipped)
    }

    /// The event's description: stage, lead, partners, status, then the
    /// action's own description.
    private static func details(
        of action: Plan.Action, model: FrameworkModel?, localization: Localization, names: NameIndex
    ) -> String {
        var details: [String] = []
        if let stage = action.stage?.value {
            details.append(
                localization.string("document.stage") + ": "
                    + (model?.title(ofStage: stage, language: localization.code) ?? stage))
        }
        if let lead = action.lead?.value {
            details.append(localization.string("document.lead") + ": " + names.name(lead))
        }
        if !action.partners.isEmpty {
            details.append(
                localization.string("document.partners") + ": "
                    + localization.list(action.partners.map { names.name($0.value) }))
        }
        if let status = action.status?.value {
            details.append(
                localization.string("document.status") + ": " + localization.term("common.status", status.rawValue))
        }
        if let description = action.description?.trimmingSpaces, !description.isEmpty {
            details.append("")
            details.append(description)
        }
        return details.joined(separator: "\n")
    }

    static func compact(_ d: CalendarDate) -> String {
        String(d.year).leftPadded(to: 4) + String(d.month).leftPadded(to: 2) + String(d.day).leftPadded(to: 2)
    }
}

extension CalendarDate {
    /// The date `n` days later: the inverse of `daysSinceEpoch`.
    func addingDays(_ n: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + n)
    }

    init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
