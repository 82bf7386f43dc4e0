/// The base protocol's framing: `Content-Length: N` headers, a blank line,
/// then N bytes of JSON. Bytes go in as they arrive (split or several
/// messages at once); whole bodies, or the reason a header block was
/// refused, come out. A bad header never stops the stream: the block is
/// dropped and reading goes on at the next one.
public struct MessageFramer: Sendable {
    public enum Item: Sendable, Equatable {
        case message([UInt8])
        case malformed(String)
    }

    /// A header block longer than this without its blank line is refused.
    public static let maxHeaderBytes = 8192
    /// A body longer than this is skipped unread (a plan may be 16 MiB).
    public static let maxBodyBytes = 64 << 20

    private enum State: Sendable {
        case headers
        case body(length: Int, keep: Bool)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    private var state = State.headers

    public init() {}

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete item, or nil until more bytes arrive.
    public mutating func next() -> Item? {
        while true {
            switch state {
            case .body(let length, let keep):
                let have = buffer.count - start
                guard have >= length else {
                    if !keep {
                        // Skipping: what is here already is dropped.
                        state = .body(length: length - have, keep: false)
                        start = buffer.count
                    }
                    return nil
                }
                state = .headers
                if keep {
                    let body = Array(buffer[start..<start + length])
                    start += length
                    return .message(body)
                }
                start += length
            case .headers:
                // Line breaks between messages are tolerated.
                while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A { start += 1 }
                guard let end = headerEnd() else {
                    if buffer.count - start > Self.maxHeaderBytes {
                        start = buffer.count - 3
                        return .malformed("a header block longer than \(Self.maxHeaderBytes) bytes")
                    }
                    return nil
                }
                let block = buffer[start..<end]
                start = end + 4
                switch Self.contentLength(block) {
                case .failure(let problem): return .malformed(problem.reason)
                case .success(let length):
                    if length > Self.maxBodyBytes {
                        state = .body(length: length, keep: false)
                        return .malformed("a message of \(length) bytes, over the limit of \(Self.maxBodyBytes)")
                    }
                    state = .body(length: length, keep: true)
                }
            }
        }
    }

    /// The offset of the `\r\n\r\n` that ends the headers.
    private func headerEnd() -> Int? {
        var i = start
        while i + 3 < buffer.count {
            if buffer[i] == 0x0D, buffer[i + 1] == 0x0A, buffer[i + 2] == 0x0D, buffer[i + 3] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    private struct HeaderProblem: Error {
        var reason: String
    }

    private static func contentLength(_ block: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        var length: Int?
        let text = String(decoding: block, as: UTF8.self)
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem(reason: "a header line without a colon: '\(line.prefix(80))'"))
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                guard !value.isEmpty, value.utf8.count <= 12, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                    let n = Int(value)
                else {
                    return .failure(
                        HeaderProblem(reason: "Content-Length '\(value.prefix(40))' is not a number of bytes"))
                }
                length = n
            }
        }
        guard let length else { return .failure(HeaderProblem(reason: "a message without a Content-Length header")) }
        return .success(length)
    }

    /// A body with its headers, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
