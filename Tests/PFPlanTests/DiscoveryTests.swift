import Dispatch
import Foundation
import PFPlanSupport
import Testing

@testable import PFPlanCLI
@testable import PFPlanLoader
@testable import PFPlanModel

#if canImport(Glibc)
import Glibc
#endif

/// Discovery and reading (docs/safety.md): a folder symlink is followed
/// only inside the tree and never into a loop; only regular files are read,
/// so a FIFO or a device is refused at once, naming the file.
@Suite struct DiscoveryTests {
    func makeTree() throws -> URL {
        let root = try makeTemporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("city/sub"), withIntermediateDirectories: true)
        try Data("pfplan: 1\n".utf8).write(to: root.appendingPathComponent("city/plan.yaml"))
        try Data("pfplan: 1\n".utf8).write(to: root.appendingPathComponent("city/sub/plan.yaml"))
        return root
    }

    /// `up -> ..` and `self -> .` made the walk run forever with growing
    /// memory; a link out of the tree was followed.
    @Test func folderLinksOutOfTheTreeOrIntoALoopAreNotFollowed() throws {
        let root = try makeTree()
        let outside = try makeTree()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("city/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("city/self").path, withDestinationPath: ".")
        try fm.createSymbolicLink(
            atPath: root.appendingPathComponent("city/sub/loop").path, withDestinationPath: "../sub")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("away").path, withDestinationPath: outside.path)
        // A link to a folder of the tree: its plans are named by their own
        // path, once.
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("alias").path, withDestinationPath: "city/sub")
        let found = PlanDiscovery.walk(root.path)
        #expect(found == [root.path + "/city/plan.yaml", root.path + "/city/sub/plan.yaml"])
    }

    /// A link inside the tree to a folder reached no other way is followed.
    @Test func aFolderLinkInsideTheTreeIsFollowed() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let hidden = root.appendingPathComponent(".store/town")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try Data("pfplan: 1\n".utf8).write(to: hidden.appendingPathComponent("plan.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("town").path, withDestinationPath: ".store/town")
        #expect(PlanDiscovery.walk(root.path).contains(root.path + "/town/plan.yaml"))
    }

    /// Reads `path` on another thread and gives up after a few seconds, so
    /// that a read that blocks fails the test instead of hanging it.
    func readWithin(_ path: String, limit: Int = 16 << 20) -> Result<[UInt8], FileError>? {
        final class Box: @unchecked Sendable { var value: Result<[UInt8], FileError>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.value = FileReader.read(path, limit: limit)
            done.signal()
        }
        return done.wait(timeout: .now() + 10) == .success ? box.value : nil
    }

    @Test func aFIFOIsRefusedAtOnceNamingTheFile() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("city/sub/plan.yaml").path
        try FileManager.default.removeItem(atPath: fifo)
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try #require(readWithin(fifo), "reading a FIFO blocked")
        guard case .failure(let error) = result else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(
            error.description == "\(fifo): is a FIFO (named pipe), not a regular file; pfplan reads only regular files")
        // Found by discovery: exit 2, naming it, the other plan still linted.
        let r = try runPFPlan(["lint", root.path, "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(fifo): is a FIFO"))
        // Included: a finding, not a wait.
        try Data("pfplan: 1\ninclude: [sub/plan.yaml]\n".utf8).write(to: root.appendingPathComponent("city/plan.yaml"))
        let included = try Linter.lint(root.path + "/city/plan.yaml", options: lintOptions(root: root.path)).get()
        #expect(included.diagnostics.contains { $0.rule == .includeNotFound && $0.message.contains("is a FIFO") })
    }

    @Test func aDeviceIsRefused() throws {
        guard case .failure(let error)? = readWithin("/dev/zero") else {
            Issue.record("/dev/zero was read")
            return
        }
        #expect(error.reason == .notRegular(kind: "a character device"))
    }

    /// Files of /proc say 0 bytes and hold more: read to their end, never
    /// past the limit.
    @Test(.enabled(if: FileReader.exists("/proc/self/status"), "needs /proc"))
    func procFilesAreReadToTheirEnd() throws {
        guard case .success(let bytes)? = readWithin("/proc/self/status") else {
            Issue.record("not read")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
        guard case .failure(let error)? = readWithin("/proc/self/status", limit: 16) else {
            Issue.record("read past the limit")
            return
        }
        #expect(error.reason == .tooLarge(bytes: 17, limit: 16))
    }
}
