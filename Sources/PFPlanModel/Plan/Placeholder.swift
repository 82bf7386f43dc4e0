#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PFPlanLoader

/// The starter's `TODO` marker (practice.md): anything whose name or title
/// still holds it is a placeholder, which never counts: not for coverage,
/// not in directories, not in counts. `draft/placeholder` reports it.
public enum Placeholder {
    public static let marker = "TODO"

    /// Whether `text` holds the marker as a word in capitals: `TODO`,
    /// `TODO:`, `(TODO)`, but not `TODOS` or `todo`.
    public static func marks(_ text: String) -> Bool { firstMarker(in: text) != nil }

    /// The UTF-8 offset of the first marker in `text`.
    public static func firstMarker(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { firstMarker(in: $0) }
    }

    /// Every UTF-8 offset of the marker in `text`, in order.
    public static func markers(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Int] = []
            var from = 0
            while let at = firstMarker(in: bytes, from: from) {
                out.append(at)
                from = at + 4
            }
            return out
        }
    }

    /// The first marker at or after `start`. Most text holds no `T` at
    /// all, and the decoder scans every text value of a plan, so each `T`
    /// is found with `memchr`, which reads a word at a time; `MarkerScan.byteByByte` is the plain loop, and a
    /// test keeps the two in agreement.
    static func firstMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        MarkerScan.withMemchr(bytes, from: start)
    }

    /// ASCII letters, digits and `_`: what joins the marker into another
    /// word (`TODOS`, `MY_TODO`). Anything else, `TODO…` included, leaves it a marker.
    fileprivate static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }
}

/// The two ways to find the marker (see `Placeholder.firstMarker`).
enum MarkerScan {
    /// Whether the marker stands at `i` (which has room for four bytes).
    @inline(__always)
    static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = bytes.count
        return bytes[i] == UInt8(ascii: "T") && bytes[i + 1] == UInt8(ascii: "O") && bytes[i + 2] == UInt8(ascii: "D")
            && bytes[i + 3] == UInt8(ascii: "O") && (i == 0 || !Placeholder.isWordByte(bytes[i - 1]))
            && (i + 4 == n || !Placeholder.isWordByte(bytes[i + 4]))
    }

    /// Every position, one after the other.
    static func byteByByte(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = bytes.count
        guard n >= 4 else { return nil }
        var i = max(start, 0)
        while i + 4 <= n {
            if isMarker(bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Only where a `T` is, found by `memchr` among the positions that
    /// leave room for the whole marker.
    static func withMemchr(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = bytes.count
        guard n >= 4, let base = bytes.baseAddress else { return nil }
        var i = max(start, 0)
        while i + 4 <= n {
            guard let found = memchr(base + i, Int32(UInt8(ascii: "T")), n - 3 - i) else { return nil }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if isMarker(bytes, at: i) { return i }
            i += 1
        }
        return nil
    }
}

extension Plan.Stakeholder {
    /// Its name still holds the starter's `TODO`: it does not exist for
    /// coverage, directories and counts.
    public var isPlaceholder: Bool { Placeholder.marks(name.value) }
}

extension Plan.Member {
    /// The seat's name or title still holds the starter's `TODO`.
    public var isPlaceholder: Bool {
        name.map { Placeholder.marks($0.value) } == true || title.map(Placeholder.marks) == true
    }
}

extension Plan.Resource {
    public var isPlaceholder: Bool { Placeholder.marks(name.value) }
}

extension Plan.Action {
    public var isPlaceholder: Bool { Placeholder.marks(title.value) }
}

extension Plan.Pathway {
    public var isPlaceholder: Bool { Placeholder.marks(title.value) }
}

/// Where the plan's text still holds `TODO`: how many values, and the
/// first few by place (what `draft/placeholder` shows). Bounded, so a plan
/// of a million TODOs keeps a few dozen places, not a million.
public struct PlaceholderTexts: Sendable {
    /// How many places are kept: the first, and 20 more under `related`.
    public static let kept = 21

    public private(set) var count = 0
    /// In plan order once `sorted()`; at most `kept`.
    public private(set) var places: [(range: SourceRange, path: PlanPath)] = []

    public init() {}

    mutating func add(_ range: SourceRange, _ path: PlanPath) {
        count += 1
        if places.count < Self.kept { places.append((range, path)) }
    }

    /// Another decoding pass's places (a chunk of a long list).
    mutating func merge(_ other: PlaceholderTexts) {
        count += other.count
        places += other.places
    }

    /// The places in the order findings are reported (file, then
    /// position), the first `kept` of them.
    func sorted() -> PlaceholderTexts {
        var out = self
        out.places = Array(
            places.sorted { a, b in
                if a.range.fileID != b.range.fileID { return a.range.file < b.range.file }
                return a.range.start < b.range.start
            }.prefix(Self.kept))
        return out
    }
}
