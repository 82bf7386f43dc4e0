#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a large plan can be cut so that libyaml parses the parts on every
/// core. libyaml is single-threaded and was half of lint's time on a 10 MB
/// plan; a generated or grown plan is nearly all long top-level lists, and
/// an entry of such a list starts a line in the same way every time.
///
/// The cuts fall only before a list entry (`  - ` at the list's column)
/// inside the value of a top-level key, or before the next top-level key
/// after such a list. A part that starts at an entry is parsed alone as a
/// list; a part that starts at a key, alone as a mapping. Whether a cut
/// really fell between entries is not guessed from the text: the part
/// before it must parse without any problem (an open quote, bracket or
/// flow collection at the cut is then an error) and every part must have
/// the shape its cut promises, or `YAMLParser` parses the file whole.
struct PieceLayout {
    enum Kind: Sendable {
        /// The file's beginning: the real prefix, parsed as it is.
        case head
        /// Starts at a top-level key after a cut list; parsed as a mapping.
        case mapping
        /// Starts at an entry of the open list; parsed as a list.
        case items
    }

    struct Piece: Sendable {
        var kind: Kind
        var start: Int
        var end: Int
        /// Line breaks before `start`.
        var lineOffset: Int
        /// For head and mapping parts followed by items: the list they open.
        var opens: OpenList?
        /// For an items part: the 0-based column of the entries of the list
        /// it continues.
        var listColumn: Int?
    }

    /// A top-level key whose value is a block list, as the text shows it.
    struct OpenList: Sendable {
        var key: String
        var keyLine: Int
        var firstEntryLine: Int
        /// 0-based column of the entries' `-`.
        var column: Int
    }

    var pieces: [Piece]

    /// nil when the file cannot or need not be cut.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int) {
        let n = bytes.count
        guard pieceBytes > 0, n / 2 >= pieceBytes, let base = bytes.baseAddress else { return nil }
        // libyaml also breaks lines at a lone CR, NEL, LS and PS; the cuts
        // count lines by LF only, so such files are parsed whole.
        guard !Self.hasOtherLineBreaks(base, n) else { return nil }

        var pieces = [Piece(kind: .head, start: 0, end: n, lineOffset: 0)]
        var line = 0
        var i = 0
        var pendingKey: (name: String, line: Int)?
        var list: OpenList?
        var cutInList = false

        while i < n {
            let lineStart = i
            let lineEnd: Int
            if let nl = memchr(base + i, 0x0A, n - i) {
                lineEnd = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                i = lineEnd + 1
            } else {
                lineEnd = n
                i = n
            }
            defer { line += 1 }
            var spaces = 0
            while lineStart + spaces < lineEnd, base[lineStart + spaces] == 0x20 { spaces += 1 }
            let first = lineStart + spaces
            // Blank and comment lines change nothing.
            if first == lineEnd || base[first] == 0x23 || (base[first] == 0x0D && first + 1 == lineEnd) { continue }

            if let open = list {
                let isEntry =
                    spaces == open.column && base[first] == 0x2D
                    && first + 1 < lineEnd && base[first + 1] == 0x20
                if isEntry {
                    if lineStart - pieces[pieces.count - 1].start >= pieceBytes {
                        if !cutInList { pieces[pieces.count - 1].opens = open }
                        pieces[pieces.count - 1].end = lineStart
                        pieces.append(
                            Piece(kind: .items, start: lineStart, end: n, lineOffset: line, listColumn: open.column))
                        cutInList = true
                    }
                    continue
                }
                if spaces > 0 { continue }
                // Column 0, not an entry: the list ends here.
                list = nil
                guard Self.isPlainKeyStart(base[first]) else {
                    // `---`, `...`, a directive, a flow collection or a tab
                    // after a cut list: a part cannot start there.
                    if cutInList { return nil }
                    pendingKey = nil
                    continue
                }
                if cutInList {
                    pieces[pieces.count - 1].end = lineStart
                    pieces.append(Piece(kind: .mapping, start: lineStart, end: n, lineOffset: line))
                    cutInList = false
                }
            }

            if let key = pendingKey {
                pendingKey = nil
                let isEntry = base[first] == 0x2D && first + 1 < lineEnd && base[first + 1] == 0x20
                if isEntry {
                    list = OpenList(key: key.name, keyLine: key.line, firstEntryLine: line, column: spaces)
                    continue
                }
            }
            if spaces == 0 {
                pendingKey = Self.bareKey(base, lineStart, lineEnd).map { ($0, line) }
            }
        }
        guard pieces.count > 1 else { return nil }
        self.pieces = pieces
    }

    /// `name:` alone on its line (a trailing CR allowed): a key whose value
    /// starts on the next line.
    private static func bareKey(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var stop = end
        if stop > start, base[stop - 1] == 0x0D { stop -= 1 }
        while stop > start, base[stop - 1] == 0x20 { stop -= 1 }
        guard stop - start >= 2, base[stop - 1] == 0x3A, isPlainKeyStart(base[start]) else { return nil }
        for j in start..<(stop - 1) {
            let b = base[j]
            let ok =
                (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
                || b == 0x2D
            if !ok { return nil }
        }
        return String(decoding: UnsafeBufferPointer(start: base + start, count: stop - 1 - start), as: UTF8.self)
    }

    private static func isPlainKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    private static func hasOtherLineBreaks(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n, let cr = memchr(base + i, 0x0D, n - i) {
            let at = base.distance(to: cr.assumingMemoryBound(to: UInt8.self))
            if at + 1 >= n || base[at + 1] != 0x0A { return true }
            i = at + 2
        }
        // NEL is C2 85; LS and PS are E2 80 A8 and E2 80 A9.
        for lead: Int32 in [0xC2, 0xE2] {
            i = 0
            while i < n, let hit = memchr(base + i, lead, n - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if lead == 0xC2, at + 1 < n, base[at + 1] == 0x85 { return true }
                if lead == 0xE2, at + 2 < n, base[at + 1] == 0x80, base[at + 2] == 0xA8 || base[at + 2] == 0xA9 {
                    return true
                }
                i = at + 1
            }
        }
        return false
    }
}
