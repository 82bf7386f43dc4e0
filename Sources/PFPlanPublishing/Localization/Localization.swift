import PFPlanLoader
import PFPlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of pfplan's outputs in one language, read from
/// `Templates/locales/<code>.yaml` so that a city can correct or add a
/// translation with `--templates DIR` instead of a new pfplan release.
/// Titles of stages, sectors, roles and audiences are not here: they belong
/// to the framework model.
public struct Localization: Sendable {
    /// The locale's code, as in the file name (`en`, `es`, `fr`, `ar`).
    public let code: String
    /// `ltr` or `rtl`: what a page's `dir` attribute needs.
    public var direction: String
    /// The locale file's own strings, flattened to dotted keys
    /// (`gaps.missing`); lists become `key.1`, `key.2`, ...
    public let strings: [String: String]
    /// English, for keys the locale lacks: a half-translated locale still
    /// produces a whole document.
    public let fallback: [String: String]
    /// The file the strings came from, named in a document's footer.
    public let file: String?
    /// The locale's ten digits, when they are not ASCII's: read once, as
    /// every number and date goes through them.
    private let digitSet: [Character]?

    public init(code: String, strings: [String: String], fallback: [String: String] = [:], file: String? = nil) {
        self.code = code
        self.strings = strings
        self.fallback = fallback
        self.file = file
        let declared = strings["common.direction"] ?? fallback["common.direction"]
        self.direction = declared == "rtl" ? "rtl" : "ltr"
        let set = Array(strings["common.number.digits"] ?? fallback["common.number.digits"] ?? "common.number.digits")
        digitSet = set.count == 10 && set != Array("0123456789") ? set : nil
    }

    public var isRightToLeft: Bool { direction == "rtl" }

    /// The text of a key; English when the locale lacks it, and the key
    /// itself when English lacks it too, so a typo shows in the output
    /// (and in the tests) rather than vanishing.
    public func string(_ key: String) -> String {
        strings[key] ?? fallback[key] ?? key
    }

    /// The text of a key with `{name}` placeholders filled in. Values are
    /// inserted as given: escaping is the caller's business, for the
    /// output format it writes.
    public func string(_ key: String, _ values: [String: String]) -> String {
        Localization.fill(string(key), values)
    }

    /// The text of a key that holds a count, in the grammatical number the
    /// language's plural rules give it (`count(_:_:_:)`, CLDR categories:
    /// "1 other seat", not "1 other seats").
    public func string(_ key: String, count n: Int, _ values: [String: String] = [:]) -> String {
        count(key, n, values)
    }

    /// Whether the locale or English defines the key.
    public func has(_ key: String) -> Bool { strings[key] != nil || fallback[key] != nil }

    /// A format value (a status, a resource kind) in words: the
    /// `section.value` key when there is one, else the value itself.
    public func term(_ section: String, _ value: String) -> String {
        let key = section + "." + value
        return has(key) ? string(key) : value
    }

    // MARK: - Dates and numbers

    /// A date in the locale's long form ("June 30, 2025", "30 de junio de
    /// 2025", "1er juin 2025"), from the locale's pattern and month names:
    /// no platform locale data, so every machine writes the same bytes.
    public func date(_ d: CalendarDate) -> String {
        let month = (1...12).contains(d.month) ? string("common.months.\(d.month)") : String(d.month)
        let day = d.day == 1 ? string("common.date.first-day") : digits(String(d.day))
        return Localization.fill(
            string("common.date.pattern"), ["day": day, "month": month, "year": digits(String(d.year))])
    }

    /// A whole number with the locale's digits and grouping ("12,345",
    /// "12.345", "12 345", "١٢٬٣٤٥").
    public func number(_ n: Int) -> String {
        (n < 0 ? "-" : "") + grouped(String(n.magnitude))
    }

    /// ASCII digits grouped in threes with the locale's separator and
    /// written in its digits.
    func grouped(_ plain: String) -> String {
        let minimumGrouping = Int(string("common.number.min-grouping")) ?? 1
        var text = plain
        if plain.count >= 4 + (minimumGrouping - 1) {
            let separator = string("common.number.group")
            var grouped = ""
            for (i, c) in plain.enumerated() {
                if i > 0 && (plain.count - i) % 3 == 0 { grouped += separator }
                grouped.append(c)
            }
            text = grouped
        }
        return digits(text)
    }

    /// A number with a fixed count of decimals, rounded half away from
    /// zero; whole values print without decimals when `fractionDigits` is 0.
    public func number(_ x: Double, fractionDigits: Int) -> String {
        guard x.isFinite else { return digits(String(x)) }
        let places = max(0, min(fractionDigits, 6))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        // Past 2^53 every double is whole: its digits in full, never an
        // exponent ("1e+23" read as "١e+٢٣" in Arabic).
        guard scaled < 9e15 else { return (x < 0 ? "-" : "") + grouped(Self.wholeDigits(abs(x))) }
        let units = Int(scaled)
        let whole = units / Int(scale)
        let fraction = units % Int(scale)
        var text = number(whole)
        if places > 0 {
            var decimals = String(fraction)
            decimals = String(repeating: "0", count: places - decimals.count) + decimals
            text += string("common.number.decimal") + digits(decimals)
        }
        return (x < 0 && units != 0 ? "-" : "") + text
    }

    /// The decimal digits of a finite, whole, non-negative double, exactly:
    /// its significand doubled as many times as its exponent says, in
    /// limbs of nine digits.
    static func wholeDigits(_ x: Double) -> String {
        guard x.isFinite, x >= 1 else { return "0" }
        var limbs: [UInt64] = [x.significandBitPattern | (1 << 52)]  // < 2^53, one limb after the split below
        var exponent = Int(x.exponent) - 52
        // Split into base 10^9.
        let base: UInt64 = 1_000_000_000
        limbs = [limbs[0] % base, limbs[0] / base % base, limbs[0] / base / base]
        if exponent < 0 {
            // A whole number below 2^53 with a negative shift: exact division.
            let value = (x.significandBitPattern | (1 << 52)) >> UInt64(-exponent)
            return String(value)
        }
        while exponent > 0 {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let v = limbs[i] * 2 + carry
                limbs[i] = v % base
                carry = v / base
            }
            if carry > 0 { limbs.append(carry) }
            exponent -= 1
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// Items joined with the locale's separator ("a, b", "أ، ب").
    public func list(_ items: [String]) -> String {
        items.joined(separator: string("common.list-separator"))
    }

    /// ASCII digits replaced by the locale's ten digits, in order.
    func digits(_ text: String) -> String {
        guard let set = digitSet else { return text }
        var out = ""
        for c in text {
            if let ascii = c.asciiValue, ascii >= 48, ascii <= 57 {
                out.append(set[Int(ascii - 48)])
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    // MARK: - Loading

    /// Reads `locales/<code>.yaml` (an override from `--templates` first)
    /// and English as its fallback.
    public static func load(_ code: String, templates: TemplateFiles) -> Result<Localization, LocalizationError> {
        guard isValidCode(code) else { return .failure(.badCode(code)) }
        let own: TemplateFile
        switch templates.read("locales/\(code).yaml") {
        case .failure(.notFound): return .failure(.notFound(code, available: available(templates: templates)))
        case .failure(let error): return .failure(.unreadable(error.description))
        case .success(let file): own = file
        }
        let strings: [String: String]
        switch readStrings(own.bytes, file: own.path) {
        case .failure(let error): return .failure(error)
        case .success(let s): strings = s
        }
        var english: [String: String] = [:]
        if code != "en" {
            switch templates.read("locales/en.yaml") {
            case .failure(.notFound): break
            case .failure(let error): return .failure(.unreadable(error.description))
            case .success(let file):
                switch readStrings(file.bytes, file: file.path) {
                case .failure(let error): return .failure(error)
                case .success(let s): english = s
                }
            }
        }
        return .success(Localization(code: code, strings: strings, fallback: english, file: own.path))
    }

    /// The codes of the locales the templates hold, shipped and overridden.
    public static func available(templates: TemplateFiles) -> [String] {
        templates.yamlStems(in: "locales")
    }

    /// A language tag such as `en`, `pt-BR` or `zh-Hant`: letters, digits
    /// and hyphens only, so a code can never name a path outside `locales/`.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { p in
            (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// A locale file's strings, flattened. Read with pfplan's own YAML
    /// loader, so the same limits and encoding checks apply as to plans.
    public static func readStrings(_ path: String) -> Result<[String: String], LocalizationError> {
        switch PlanLoader(appendableKeys: []).parseFile(path) {
        case .failure(let error): return .failure(.unreadable(error.description))
        case .success(let parsed): return strings(of: parsed, file: path)
        }
    }

    /// The same, for a file already read (`file` names it in messages).
    public static func readStrings(_ bytes: [UInt8], file: String) -> Result<[String: String], LocalizationError> {
        strings(of: PlanLoader(appendableKeys: []).parse(bytes, file: file), file: file)
    }

    private static func strings(of parsed: ParsedFile, file path: String) -> Result<[String: String], LocalizationError>
    {
        if let first = parsed.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(.invalid(file: path, line: first.range.start.line, message: first.message))
        }
        guard let root = parsed.root, root.mapping != nil else {
            return .failure(.invalid(file: path, line: 1, message: "a locale file must be a mapping of sections"))
        }
        var strings: [String: String] = [:]
        var problem: LocalizationError?
        func walk(_ node: Node, _ key: String) {
            guard problem == nil else { return }
            switch node.content {
            case .scalar(let s):
                strings[key] = s.text
            case .sequence(let items):
                for (i, item) in items.enumerated() { walk(item, key + "." + String(i + 1)) }
            case .mapping(let pairs):
                for pair in pairs {
                    guard let name = pair.key.scalar?.text, !name.isEmpty, !name.contains(".") else {
                        problem = .invalid(
                            file: path, line: pair.key.range.start.line, message: "a key must be text without dots")
                        return
                    }
                    walk(pair.value, key.isEmpty ? name : key + "." + name)
                }
            }
        }
        walk(root, "")
        if let problem { return .failure(problem) }
        return .success(strings)
    }
}

/// Why a locale cannot be used (the command exits 2).
public enum LocalizationError: Error, Sendable, Equatable, CustomStringConvertible {
    case badCode(String)
    case notFound(String, available: [String])
    case unreadable(String)
    case invalid(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .badCode(let code):
            "'\(code)' is not a language code (write one like en, es, fr or ar)"
        case .notFound(let code, let available):
            "no locale '\(code)'" + (available.isEmpty ? "" : "; available: \(available.joined(separator: ", "))")
        case .unreadable(let reason):
            reason
        case .invalid(let file, let line, let message):
            "\(file):\(line): \(message)"
        }
    }
}
