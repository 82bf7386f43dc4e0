import PFPlanLoader
import PFPlanSupport

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

    /// Every `plan.yaml` below `root`. Folders are read in name order; a
    /// symbolic link to a folder is followed only when it leads inside the
    /// tree (after every link is resolved), after the tree's own folders,
    /// and no folder is read twice: `up -> ..` and `self -> .` end at once
    /// instead of walking forever, and a plan is named by its own folder's
    /// path rather than a link's. Names starting with `.` are skipped.
    static func walk(_ root: String) -> [String] {
        let realRoot = FileReader.realPath(root) ?? root
        let inside = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        var visited = Set<FileIdentity>()
        var out: [String] = []
        var pending = [root]
        var links: [String] = []
        while true {
            if pending.isEmpty {
                guard !links.isEmpty else { break }
                pending = links.reversed()
                links = []
            }
            let dir = pending.removeLast()
            guard let identity = FileReader.identity(dir), visited.insert(identity).inserted else { continue }
            var folders: [String] = []
            for name in FileReader.entries(of: dir).sorted() where !name.hasPrefix(".") {
                let path = dir + "/" + name
                if FileReader.isDirectory(path) {
                    if FileReader.isSymbolicLink(path) {
                        if let real = FileReader.realPath(path), real == realRoot || real.hasPrefix(inside) {
                            links.append(path)
                        }
                    } else {
                        folders.append(path)
                    }
                } else if name == "plan.yaml" {
                    out.append(path)
                }
            }
            // The last pushed is read first: reversed, for name order.
            pending += folders.reversed()
        }
        return out
    }
}
