#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a `LanguageServer` over two descriptors (stdin and stdout). One
/// thread reads and frames; the calling thread handles messages in order
/// and checks plans when nothing is waiting. `$/cancelRequest` removes a
/// request still queued and answers it with `RequestCancelled`. The end of
/// input, a read error or a vanished client ends the loop without a crash.
public final class StdioTransport: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let monitor = Monitor()
    private var queue: [IncomingMessage] = []
    private var inputEnded = false
    private var outputGone = false

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Writes one message; once the client is gone, writes nothing.
    public func write(_ body: [UInt8]) {
        monitor.locked {
            guard !outputGone else { return }
            if !Descriptor.writeAll(output, MessageFramer.frame(body)) { outputGone = true }
        }
    }

    /// Serves until `exit` or the end of input; returns the exit code.
    public func run(_ makeServer: (@escaping ([UInt8]) -> Void) -> LanguageServer) -> Int32 {
        let server = makeServer { [weak self] in self?.write($0) }
        Threads.detach { [self] in readLoop() }
        while true {
            let next: IncomingMessage? = monitor.locked {
                while queue.isEmpty && !inputEnded && !outputGone { monitor.wait() }
                return queue.isEmpty ? nil : queue.removeFirst()
            }
            guard let message = next else { break }
            server.handle(message)
            if let code = server.exitCode { return code }
            if monitor.locked({ queue.isEmpty }) { server.flush() }
            if monitor.locked({ outputGone }) { break }
        }
        // The client went away without `exit`.
        return server.state == .shuttingDown ? 0 : 1
    }

    private func readLoop() {
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            framer.append(chunk[0..<n])
            var arrived: [IncomingMessage] = []
            while let item = framer.next() {
                switch item {
                case .malformed(let reason):
                    arrived.append(.invalid(id: nil, error: ResponseError(ResponseError.parseError, reason)))
                case .message(let body):
                    arrived.append(JSONRPC.classify(body))
                }
            }
            if !arrived.isEmpty { enqueue(arrived) }
        }
        monitor.locked {
            inputEnded = true
            monitor.broadcast()
        }
    }

    private func enqueue(_ messages: [IncomingMessage]) {
        var cancelled: [RequestID] = []
        monitor.locked {
            for message in messages {
                if case .notification("$/cancelRequest", let body) = message,
                    let params = try? JSONRPC.params(CancelParams.self, from: body)
                {
                    if let i = queue.firstIndex(where: {
                        if case .request(params.id, _, _) = $0 { true } else { false }
                    }) {
                        queue.remove(at: i)
                        cancelled.append(params.id)
                    }
                    continue
                }
                queue.append(message)
            }
            monitor.broadcast()
        }
        for id in cancelled {
            write(JSONRPC.error(id: id, ResponseError(ResponseError.requestCancelled, "cancelled by the client")))
        }
    }
}
