import PFPlanModel

/// A city's actions as an RFC 5545 calendar, so the leadership group can
/// subscribe to the plan's dates in the calendars it already uses.
///
/// Written in Swift rather than a template: iCalendar has its own escaping,
/// line folding by octets and CRLF line ends, which Mustache cannot do.
public enum ActionCalendar {
    public struct Output: Sendable, Equatable {
        public var text: String
        /// Ids of actions with neither a start nor a due date (or a due
        /// date before the start): they have no place on a calendar, and
        /// the command says so rather than inventing dates.
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
        render(plan: plan, model: model, citySlug: citySlug, asOf: asOf, localization: localization, names: NameIndex(plan: plan))
    }

    /// `render` with the city's ids in words already indexed: `pfplan
    /// render` indexes them once per city for every part it writes.
    static func render(
        plan: Plan, model: FrameworkModel?, citySlug: String, asOf: CalendarDate, localization: Localization, names: NameIndex
    ) -> Output {
        var lines: [String] = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//pfplan//pfplan render//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let calendarName = plan.framework.title?.value ?? plan.city.name?.value ?? citySlug
        lines.append("X-WR-CALNAME:" + text(calendarName))
        var skipped: [String] = []
        let stamp = compact(asOf) + "T000000Z"
        for action in plan.actions {
            let first: CalendarDate
            let last: CalendarDate
            switch (action.start?.value, action.due?.value) {
            case (let start?, let due?):
                guard due >= start else { skipped.append(action.id.value); continue }
                (first, last) = (start, due)
            case (let start?, nil): (first, last) = (start, start)
            case (nil, let due?): (first, last) = (due, due)
            case (nil, nil):
                skipped.append(action.id.value)
                continue
            }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + text(action.id.value) + "@" + text(citySlug) + ".pfplan")
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + compact(first))
            // An all-day DTEND is exclusive: the day after the last day.
            lines.append("DTEND;VALUE=DATE:" + compact(last.addingDays(1)))
            lines.append("SUMMARY:" + text(action.title.value))
            var details: [String] = []
            if let stage = action.stage?.value {
                details.append(localization.string("document.stage") + ": " + (model?.title(ofStage: stage) ?? stage))
            }
            if let lead = action.lead?.value {
                details.append(localization.string("document.lead") + ": " + names.name(lead))
            }
            if !action.partners.isEmpty {
                details.append(localization.string("document.partners") + ": " + localization.list(action.partners.map { names.name($0.value) }))
            }
            if let status = action.status?.value {
                details.append(localization.string("document.status") + ": " + localization.term("common.status", status.rawValue))
            }
            if let description = action.description?.trimmingSpaces, !description.isEmpty {
                details.append("")
                details.append(description)
            }
            if !details.isEmpty { lines.append("DESCRIPTION:" + text(details.joined(separator: "\n"))) }
            if let stage = action.stage?.value { lines.append("CATEGORIES:" + text(model?.title(ofStage: stage) ?? stage)) }
            // Dropped actions stay on the calendar as cancelled, so a
            // subscriber sees the change rather than a silent gap.
            lines.append("STATUS:" + (action.status?.value == .dropped ? "CANCELLED" : "CONFIRMED"))
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Output(text: lines.map(fold).joined(separator: "\r\n") + "\r\n", skipped: skipped)
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and
    /// newline; other control characters are dropped.
    static func text(_ value: String) -> String {
        // Nothing to escape or drop: the value as it is.
        if !value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C }) {
            return value
        }
        // Every character it changes is ASCII, so the work is done on
        // bytes; `textScalarByScalar` is the same rule, scalar by scalar.
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 16)
        var previousCR = false
        for b in value.utf8 {
            defer { previousCR = b == 0x0D }
            switch b {
            case 0x5C: out += [0x5C, 0x5C]  // \
            case 0x3B: out += [0x5C, 0x3B]  // \;
            case 0x2C: out += [0x5C, 0x2C]  // \,
            case 0x0A: if !previousCR { out += [0x5C, 0x6E] }  // \n
            case 0x0D: out += [0x5C, 0x6E]
            default:
                if b < 0x20 && b != 0x09 || b == 0x7F { continue }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func textScalarByScalar(_ value: String) -> String {
        var out = ""
        var previousCR = false
        for c in value.unicodeScalars {
            defer { previousCR = c == "\r" }
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": if !previousCR { out += "\\n" }
            case "\r": out += "\\n"
            default:
                if c.value < 0x20 && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets (RFC 5545 3.1), never inside a
    /// UTF-8 sequence; continuation lines start with one space, which
    /// counts towards their 75.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 24 + 3)
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back up to the start of a UTF-8 sequence (not 10xxxxxx).
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out += [0x0D, 0x0A, 0x20] }
            out += bytes[start..<end]
            start = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
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
