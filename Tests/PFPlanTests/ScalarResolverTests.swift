import Testing

@testable import PFPlanLoader

/// `ScalarResolver` is the one place that says what a YAML scalar means.
/// The table pins which spellings count (YAML 1.2 core, not 1.1: `yes`,
/// `no`, `on`, `NO` and dates stay text); the generated texts check that a
/// `Scalar`'s `String` and an arena's bytes resolve alike, and that the
/// byte-wise integers and floats read as Swift's own parsers read them.
@Suite struct ScalarResolverTests {

    /// Values compared by their description, so that `.nan` equals itself
    /// and `-0.0` differs from `0.0`.
    static func same(_ a: ScalarValue, _ b: ScalarValue) -> Bool { "\(a)" == "\(b)" }

    static let plainTable: [(String, ScalarValue)] = [
        // null
        ("", .null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("nULL", .string("nULL")), ("nul", .string("nul")), ("nulls", .string("nulls")), ("~~", .string("~~")),
        ("None", .string("None")), ("nil", .string("nil")),
        // bool
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("tRUE", .string("tRUE")), ("fALSE", .string("fALSE")), ("t", .string("t")), ("f", .string("f")),
        ("yes", .string("yes")), ("Yes", .string("Yes")), ("no", .string("no")), ("NO", .string("NO")),
        ("on", .string("on")), ("off", .string("off")), ("y", .string("y")), ("n", .string("n")),
        // int
        ("0", .int(0)), ("12", .int(12)), ("-12", .int(-12)), ("+12", .int(12)), ("007", .int(7)), ("-0", .int(0)),
        ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)), ("0o-7", .int(-7)), ("0x+A", .int(10)),
        ("0o8", .string("0o8")), ("0xG", .string("0xG")), ("0o", .string("0o")), ("0x", .string("0x")),
        ("0O17", .string("0O17")), ("0X1F", .string("0X1F")), ("0b101", .string("0b101")),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("0x7FFFFFFFFFFFFFFF", .int(.max)), ("0x-8000000000000000", .int(.min)),
        ("0x8000000000000000", .string("0x8000000000000000")),
        ("1_000", .string("1_000")), ("1,000", .string("1,000")), ("12 ", .string("12 ")), (" 12", .string(" 12")),
        ("+", .string("+")), ("-", .string("-")), ("٣", .string("٣")),
        // float
        ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), ("+.5", .float(0.5)), (".5", .float(0.5)), ("5.", .float(5)),
        ("1e3", .float(1000)), ("1E-3", .float(0.001)), ("1.5e+2", .float(150)), ("-0.0", .float(-0.0)),
        ("9223372036854775808", .float(9223372036854775808)), ("1e400", .float(.infinity)),
        (".inf", .float(.infinity)), (".Inf", .float(.infinity)), (".INF", .float(.infinity)),
        ("+.inf", .float(.infinity)), ("+.Inf", .float(.infinity)), ("+.INF", .float(.infinity)),
        ("-.inf", .float(-.infinity)), ("-.Inf", .float(-.infinity)), ("-.INF", .float(-.infinity)),
        (".nan", .float(.nan)), (".NaN", .float(.nan)), (".NAN", .float(.nan)),
        (".iNF", .string(".iNF")), ("-.nan", .string("-.nan")), ("inf", .string("inf")), ("nan", .string("nan")),
        ("Infinity", .string("Infinity")), ("NaN", .string("NaN")), (".", .string(".")), ("e3", .string("e3")),
        ("1e", .string("1e")), ("1e+", .string("1e+")), ("1.2.3", .string("1.2.3")), ("0x1p3", .string("0x1p3")),
        // dates and words stay text
        ("2025-06-30", .string("2025-06-30")), ("2025-06-30T10:00:00Z", .string("2025-06-30T10:00:00Z")),
        ("word", .string("word")), ("US", .string("US")), ("é", .string("é")),
    ]

    @Test func plainScalarsResolveAsTheTableSays() {
        for (text, want) in Self.plainTable {
            let got = Scalar(text: text).resolved
            #expect(Self.same(got, want), "\(text.debugDescription): \(got)")
            #expect(Scalar(text: text).isNull == Self.same(want, .null), "\(text.debugDescription)")
        }
    }

    @Test func quotedAndTaggedScalarsResolveAsTheirTagSays() {
        let cases: [(Scalar, ScalarValue)] = [
            (Scalar(text: "12", style: .doubleQuoted), .string("12")),
            (Scalar(text: "", style: .singleQuoted), .string("")),
            (Scalar(text: "null", style: .literal), .string("null")),
            (Scalar(text: "true", style: .folded), .string("true")),
            (Scalar(text: "12", tag: "tag:yaml.org,2002:str"), .string("12")),
            (Scalar(text: "~", tag: "!"), .string("~")),
            (Scalar(text: "12", tag: "!custom"), .string("12")),
            (Scalar(text: "anything", tag: "tag:yaml.org,2002:null"), .null),
            (Scalar(text: "True", style: .doubleQuoted, tag: "tag:yaml.org,2002:bool"), .bool(true)),
            (Scalar(text: "yes", tag: "tag:yaml.org,2002:bool"), .string("yes")),
            (Scalar(text: "0x10", style: .singleQuoted, tag: "tag:yaml.org,2002:int"), .int(16)),
            (Scalar(text: "1.5", tag: "tag:yaml.org,2002:int"), .string("1.5")),
            (Scalar(text: "12", tag: "tag:yaml.org,2002:float"), .float(12)),
            (Scalar(text: ".NaN", tag: "tag:yaml.org,2002:float"), .float(.nan)),
            (Scalar(text: "x", tag: "tag:yaml.org,2002:float"), .string("x")),
        ]
        for (scalar, want) in cases {
            #expect(Self.same(scalar.resolved, want), "\(scalar)")
            #expect(scalar.isNull == Self.same(want, .null), "\(scalar)")
        }
    }

    static let pieces = [
        "", "0", "1", "7", "9", "8", "-", "+", ".", "e", "E", "o", "x", "a", "F", "f", "G", "inf", "Inf", "nan", "NaN",
        "null", "Null", "true", "TRUE", "alse", "ull", "~", "_", " ", "é", "9223372036854775807", "0o", "0x", "N", "n",
        "t",
    ]

    static func generated(count: Int) -> [String] {
        var rng = SplitMix64(seed: 20)
        return (0..<count).map { _ in
            (0..<Int(rng.next() % 4 + 1)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
        }
    }

    /// The arena's bytes (`NodeReading.resolved`, `isNull`) and the
    /// `Scalar`'s string agree, under every style and tag.
    @Test func stringAndArenaBytesAgree() {
        let styles: [Scalar.Style] = [.plain, .singleQuoted, .doubleQuoted, .literal, .folded]
        let tags: [String?] = [
            nil, "tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "!x",
        ]
        let range = SourceRange(file: "p.yaml", line: 1, column: 1)
        var scalars: [Scalar] = []
        for (i, text) in Self.generated(count: 4000).enumerated() {
            scalars.append(
                Scalar(text: text, style: styles[i % styles.count], tag: tags[(i / styles.count) % tags.count]))
            scalars.append(Scalar(text: text))
        }
        let arena = NodeArena(
            Node(content: .sequence(scalars.map { Node(content: .scalar($0), range: range) }), range: range))
        let root = try! #require(arena.root)
        for (i, scalar) in scalars.enumerated() {
            let ref = arena.item(root, i)
            let bytes = try! #require(arena.resolved(ref))
            #expect(Self.same(bytes.with(text: arena.text(ref)), scalar.resolved), "\(scalar)")
            #expect(arena.isNull(ref) == scalar.isNull, "\(scalar)")
        }
        #expect(arena.resolved(root) == nil)
    }

    /// Integers and floats read byte by byte as Swift's `Int` and `Double`
    /// read the same text.
    @Test func numbersReadAsSwiftReadsThem() {
        for text in Self.generated(count: 20000) + Self.plainTable.map(\.0) {
            let u = Array(text.utf8)
            let plain: Int?
            if u.count > 2, u[0] == UInt8(ascii: "0"), u[1] == UInt8(ascii: "o") || u[1] == UInt8(ascii: "x") {
                plain = Int(text.dropFirst(2), radix: u[1] == UInt8(ascii: "o") ? 8 : 16)
            } else {
                let digits = u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") ? u.dropFirst() : u[...]
                plain = !digits.isEmpty && digits.allSatisfy { $0 >= 48 && $0 <= 57 } ? Int(text) : nil
            }
            #expect(ScalarResolver.int(text) == plain, "\(text.debugDescription)")
            if let f = ScalarResolver.float(text), !text.contains("inf"), !text.contains("Inf"), !text.contains("INF"),
                !text.lowercased().contains("nan")
            {
                #expect(f.bitPattern == Double(text)?.bitPattern, "\(text.debugDescription)")
            }
        }
    }
}
