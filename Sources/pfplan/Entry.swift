import PFPlanArguments
import PFPlanCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
enum Entry {
    static func main() {
        useOneMallocArenaPerCore()
        guard let arguments = commandLine() else {
            let message = "pfplan: cannot read its command line (is /proc mounted?)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            exit(2)
        }
        exit(PFPlanCommand.run(Array(arguments.dropFirst())))
    }

    /// The arguments, argv[0] first: as the loader handed them over
    /// (PFPlanArguments), else as the Swift runtime found them. nil when
    /// neither has any, rather than running as if none were given.
    private static func commandLine() -> [String]? {
        let count = pfplan_argument_count()
        if count > 0 {
            return (0..<count).map { String(cString: pfplan_argument($0)) }
        }
        return CommandLine.arguments.isEmpty ? nil : CommandLine.arguments
    }

    /// glibc gives each thread its own malloc arena, up to eight per core.
    /// pfplan decodes a large plan on every core while freeing the node tree
    /// it reads from; with that many arenas the freed nodes could not hold
    /// the new values and a 10 MB plan peaked 10% higher. With a single
    /// arena, the threads that parse a plan's parts wait on its lock:
    /// lint of a 10 MB plan took 0.52 s instead of 0.32 s, most of it in
    /// the kernel (measured). One arena per core keeps both. `mallopt` is
    /// not in Swift's Glibc module, so it is looked up by name.
    private static func useOneMallocArenaPerCore() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let cores = Int32(clamping: max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, cores)
        #endif
    }
}
