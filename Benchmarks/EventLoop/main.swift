// yaml-event-loop FILE
//
// The floor for pfplan's performance comparisons: read the whole file into
// memory with POSIX calls (as pfplan's FileReader does, no Foundation), run
// libyaml's bare event loop over it, count the events and print `events N`.
// No nodes, no decoding, no rules. Exit 1 with a message on a read or parse
// error, 2 on a usage error.

import CYaml

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func fail(_ message: String, code: Int32) -> Never {
    var line = "yaml-event-loop: \(message)\n"
    line.withUTF8 { buffer in
        _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
    }
    exit(code)
}

func errorText(_ code: Int32) -> String {
    strerror(code).map { String(cString: $0) } ?? "error \(code)"
}

/// Reads a whole file into memory.
func readFile(_ path: String) -> Result<[UInt8], ReadError> {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .failure(ReadError(message: "\(path): \(errorText(errno))")) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(ReadError(message: "\(path): \(errorText(errno))")) }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var total = 0
    var failure: ReadError?
    bytes.withUnsafeMutableBytes { buffer in
        while total < buffer.count {
            let n = read(fd, buffer.baseAddress! + total, buffer.count - total)
            if n < 0 {
                if errno == EINTR { continue }
                failure = ReadError(message: "\(path): \(errorText(errno))")
                return
            }
            if n == 0 { break }
            total += n
        }
    }
    if let failure { return .failure(failure) }
    bytes.removeLast(bytes.count - total)
    return .success(bytes)
}

/// Runs the event loop; returns the event count or a parse error message.
func countEvents(_ bytes: [UInt8], path: String) -> Result<Int, ReadError> {
    // libyaml asserts a non-NULL input pointer, which an empty array may not
    // give. An empty file and a lone newline produce the same two events.
    let input = bytes.isEmpty ? [UInt8(ascii: "\n")] : bytes
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(ReadError(message: "cannot initialize the YAML parser"))
    }
    defer { yaml_parser_delete(&parser) }

    return input.withUnsafeBufferPointer { buffer -> Result<Int, ReadError> in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var count = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
                let mark = parser.problem_mark
                return .failure(
                    ReadError(
                        message: "\(path):\(mark.line + 1):\(mark.column + 1): \(problem)"))
            }
            count += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { return .success(count) }
        }
    }
}

struct ReadError: Error {
    let message: String
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fail("usage: yaml-event-loop FILE", code: 2)
}
let path = arguments[1]

switch readFile(path).flatMap({ countEvents($0, path: path) }) {
case .success(let count):
    print("events \(count)")
case .failure(let error):
    fail(error.message, code: 1)
}
