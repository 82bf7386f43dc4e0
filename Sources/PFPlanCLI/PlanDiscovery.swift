import PFPlanLoader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the command line's PLAN arguments into plan files: a folder means
/// every `plan.yaml` below it (one per city), in path order.
enum PlanDiscovery {
    static func plans(for arguments: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        for argument in arguments {
            let path = argument.count > 1 && argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            if FileReader.isDirectory(path) {
                let found = walk(path).sorted()
                if found.isEmpty { problems.append("\(argument): no plan.yaml in this folder or below it") }
                files += found
            } else if FileReader.exists(path) {
                files.append(path)
            } else {
                problems.append("\(argument): no such file or folder")
            }
        }
        return (files, problems)
    }

    private static func walk(_ root: String) -> [String] {
        var out: [String] = []
        var pending = [root]
        while let dir = pending.popLast() {
            for name in FileReader.entries(of: dir) where !name.hasPrefix(".") {
                let path = dir + "/" + name
                if FileReader.isDirectory(path) {
                    pending.append(path)
                } else if name == "plan.yaml" {
                    out.append(path)
                }
            }
        }
        return out
    }
}
