import FoundationEssentials

/// A request's id: JSON-RPC allows a number or a string.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int.self) {
            self = .number(n)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let n): try container.encode(n)
        case .string(let s): try container.encode(s)
        }
    }

    public var description: String {
        switch self {
        case .number(let n): String(n)
        case .string(let s): "\"\(s)\""
        }
    }
}

/// A JSON-RPC error, as data: what a handler throws and the client reads.
public struct ResponseError: Error, Sendable, Codable, Equatable {
    public var code: Int
    public var message: String

    public init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestFailed = -32803
    public static let requestCancelled = -32800
}

/// One message from the client, classified: what the server dispatches on.
public enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, body: Data)
    case notification(method: String, body: Data)
    /// A reply to a request of ours (the server sends none that need one).
    case response(id: RequestID?)
    /// Not a JSON-RPC message: answered with this error (id null when unknown).
    case invalid(id: RequestID?, error: ResponseError)
}

public enum JSONRPC {
    private struct Envelope: Decodable {
        var jsonrpc: String?
        var id: RequestID?
        var method: String?
        var hasResult: Bool

        enum CodingKeys: String, CodingKey { case jsonrpc, id, method, result, error }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            jsonrpc = try? c.decodeIfPresent(String.self, forKey: .jsonrpc)
            id = try? c.decodeIfPresent(RequestID.self, forKey: .id)
            method = try? c.decodeIfPresent(String.self, forKey: .method)
            hasResult = c.contains(.result) || c.contains(.error)
        }
    }

    /// Sorts a body into a request, a notification, a response or an error.
    public static func classify(_ body: [UInt8]) -> IncomingMessage {
        let data = Data(body)
        guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            return .invalid(id: nil, error: ResponseError(ResponseError.parseError, "an empty message"))
        }
        if first == UInt8(ascii: "[") {
            return .invalid(id: nil, error: ResponseError(ResponseError.invalidRequest, "batches are not part of LSP"))
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch {
            return .invalid(id: nil, error: ResponseError(ResponseError.parseError, "the message is not a JSON object"))
        }
        guard envelope.jsonrpc == "2.0" else {
            return .invalid(
                id: envelope.id, error: ResponseError(ResponseError.invalidRequest, "'jsonrpc' must be \"2.0\""))
        }
        if let method = envelope.method {
            if let id = envelope.id { return .request(id: id, method: method, body: data) }
            return .notification(method: method, body: data)
        }
        if envelope.hasResult { return .response(id: envelope.id) }
        return .invalid(id: envelope.id, error: ResponseError(ResponseError.invalidRequest, "a message with no method"))
    }

    private struct WithParams<P: Decodable>: Decodable {
        var params: P
    }

    /// The message's `params` as the method's type; a missing or wrong
    /// shape is `InvalidParams`.
    public static func params<P: Decodable>(_ type: P.Type, from body: Data) throws(ResponseError) -> P {
        do {
            return try JSONDecoder().decode(WithParams<P>.self, from: body).params
        } catch {
            throw ResponseError(ResponseError.invalidParams, "invalid params: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private struct Success<R: Encodable>: Encodable {
        var id: RequestID
        var result: R?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            try c.encode(id, forKey: .id)
            // A success carries `result` even when it is null.
            if let result { try c.encode(result, forKey: .result) } else { try c.encodeNil(forKey: .result) }
        }
    }

    private struct Failure: Encodable {
        var id: RequestID?
        var error: ResponseError

        enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("2.0", forKey: .jsonrpc)
            if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
            try c.encode(error, forKey: .error)
        }
    }

    private struct Notification<P: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var method: String
        var params: P
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    public static func response<R: Encodable>(id: RequestID, result: R?) -> [UInt8] {
        encode(Success(id: id, result: result))
    }

    public static func error(id: RequestID?, _ error: ResponseError) -> [UInt8] {
        encode(Failure(id: id, error: error))
    }

    public static func notification<P: Encodable>(_ method: String, _ params: P) -> [UInt8] {
        encode(Notification(method: method, params: params))
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        do {
            return Array(try encoder().encode(value))
        } catch {
            // Our own types always encode; this is a bug, told as an error.
            return Array(
                #"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"a reply could not be encoded"}}"#.utf8)
        }
    }
}
