import PFPlanLoader
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request as the preview needs it: method and target of the request line.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    public var target: String

    public init(method: String, target: String) {
        self.method = method
        self.target = target
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        default: "Error"
        }
    }

    func head(method: String) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Array(text.utf8)
    }
}

/// A small HTTP/1.1 server for the preview: GET and HEAD only, one thread
/// per connection, `Connection: close`, so that long-lived event streams
/// never hold up a page. What to answer is the handler's business.
public final class HTTPServer: @unchecked Sendable {
    public enum Reply {
        case response(HTTPResponse)
        /// The handler keeps the connection (an event stream); it closes it.
        case stream((Int32) -> Void)
    }

    private let listener: Int32
    public let port: Int
    private let monitor = Monitor()
    private var stopped = false

    /// Binds and listens; port 0 picks a free one.
    public init(host: String, port: Int) throws(OutputError) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else {
            throw OutputError(path: "\(host):\(port)", reason: "not an address this machine can listen on")
        }
        defer { freeaddrinfo(found) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { throw OutputError(path: "\(host):\(port)", reason: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw OutputError(path: "\(host):\(port)", reason: reason)
        }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let bound = withUnsafeBytes(of: address) { raw -> Int in
            // sin_port and sin6_port sit at the same offset, in network order.
            Int(UInt16(raw[2]) << 8 | UInt16(raw[3]))
        }
        listener = fd
        self.port = bound
    }

    /// Accepts connections on a thread of its own until `stop`.
    public func start(_ handler: @escaping @Sendable (HTTPRequest) -> Reply) {
        Threads.detach { [self] in
            while true {
                let client = accept(listener, nil, nil)
                if client < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    if monitor.locked({ stopped }) { return }
                    if errno == EMFILE || errno == ENFILE {
                        usleep(50_000)
                        continue
                    }
                    return
                }
                Threads.detach { Self.serve(client, handler) }
            }
        }
    }

    public func stop() {
        monitor.locked { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func serve(_ fd: Int32, _ handler: (HTTPRequest) -> Reply) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var noSigPipe: Int32 = 1
        #if canImport(Darwin)
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &noSigPipe, socklen_t(MemoryLayout<Int32>.size))
        #else
        _ = noSigPipe
        #endif
        switch readRequest(fd) {
        case .failure(let refusal):
            let response = HTTPResponse(status: refusal.status, body: Array(refusal.reason.utf8))
            sendAll(fd, response.head(method: "GET") + response.body)
            close(fd)
        case .success(let request):
            switch handler(request) {
            case .response(let response):
                sendAll(fd, response.head(method: request.method) + (request.method == "HEAD" ? [] : response.body))
                close(fd)
            case .stream(let keep):
                keep(fd)
            }
        }
    }

    private struct Refusal: Error {
        var status: Int
        var reason: String

        init(status: Int, body: [UInt8]) {
            self.status = status
            reason = String(decoding: body, as: UTF8.self)
        }
    }

    /// Reads the request line and headers (at most 16 KB); the body of a
    /// GET is ignored.
    private static func readRequest(_ fd: Int32) -> Result<HTTPRequest, Refusal> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return .failure(Refusal(status: 400, body: Array("incomplete request\n".utf8))) }
            bytes += chunk[0..<n]
            if let end = headEnd(bytes) {
                bytes = Array(bytes[..<end])
                break
            }
            if bytes.count > 16 * 1024 {
                return .failure(Refusal(status: 431, body: Array("request head too large\n".utf8)))
            }
        }
        let head = String(decoding: bytes, as: UTF8.self)
        let line = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
            return .failure(Refusal(status: 400, body: Array("not an HTTP/1.x request\n".utf8)))
        }
        return .success(HTTPRequest(method: String(parts[0]), target: String(parts[1])))
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4)
        where bytes[i] == 0x0D && bytes[i + 1] == 0x0A && bytes[i + 2] == 0x0D && bytes[i + 3] == 0x0A {
            return i
        }
        return nil
    }

    /// Sends everything; false when the client has gone.
    @discardableResult
    public static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = send(fd, buffer.baseAddress! + offset, buffer.count - offset, flags)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}
