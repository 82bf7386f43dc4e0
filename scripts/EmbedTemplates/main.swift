// Writes Sources/PFPlanTemplates/EmbeddedTemplates.swift from the files
// under Templates/, so that the pfplan binary carries its models,
// templates, locales, GCM texts, schema and starter plan inside itself.
//
//     swift run pfplan-embed-templates          (from the checkout)
//
// Each file becomes a raw multi-line string literal: the generated source
// reads like the templates and diffs (and merges) as they do. A file a
// raw literal cannot hold byte for byte (a carriage return, which Swift
// turns into a line feed; a byte that is not UTF-8) is written as an
// escaped one-line literal instead. `EmbeddedTemplatesTests` compares every
// embedded file with the one on disk, byte for byte.
import Foundation

let root = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
let templates = root.appendingPathComponent("Templates")
let output = root.appendingPathComponent("Sources/PFPlanTemplates/EmbeddedTemplates.swift")

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("pfplan-embed-templates: " + message + "\n").utf8))
    exit(1)
}

guard
    let walker = FileManager.default.enumerator(
        at: templates, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
else { fail("\(templates.path): no such folder (run from the checkout, or pass its path)") }

var files: [(name: String, bytes: [UInt8])] = []
let prefix = templates.standardizedFileURL.path + "/"
for case let url as URL in walker {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
    let path = url.standardizedFileURL.path
    guard path.hasPrefix(prefix) else { fail("\(path) is not under \(prefix)") }
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read") }
    files.append((String(path.dropFirst(prefix.count)), [UInt8](data)))
}
files.sort { $0.name < $1.name }

/// A raw multi-line literal when it holds the bytes exactly, else nil.
func rawLiteral(_ bytes: [UInt8]) -> String? {
    guard !bytes.contains(UInt8(ascii: "\r")), let text = String(validating: bytes, as: UTF8.self) else { return nil }
    // Enough #s that neither `"""#...` nor `\#...` inside the text means anything.
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    // The line feed before the closing delimiter is not part of the value.
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

func escapedLiteral(_ bytes: [UInt8]) -> String {
    guard let text = String(validating: bytes, as: UTF8.self) else {
        fail("a file under Templates/ is not UTF-8 text; pfplan embeds text files only")
    }
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

var source = """
    // Generated from Templates/ by `swift run pfplan-embed-templates`: do not edit.
    // EmbeddedTemplatesTests fails when this differs from the files on disk.
    // swift-format-ignore-file

    /// Every file under Templates/ (models, document templates, locales, GCM
    /// texts, schema, starter plan), by its path there, as the text of the file.
    public enum EmbeddedTemplates {
        public static let files: [String: String] = [

    """
for file in files {
    let literal = rawLiteral(file.bytes) ?? escapedLiteral(file.bytes)
    source += "        \(escapedLiteral(Array(file.name.utf8))): \(literal),\n"
}
source += """
        ]
    }

    """

do {
    let old = try? Data(contentsOf: output)
    if old != Data(source.utf8) {
        try Data(source.utf8).write(to: output, options: .atomic)
        print("wrote \(output.path) (\(files.count) files)")
    } else {
        print("\(output.path) is up to date (\(files.count) files)")
    }
} catch {
    fail("\(output.path): \(error)")
}
