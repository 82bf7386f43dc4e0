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
        exit(PFPlanCommand.run(Array(CommandLine.arguments.dropFirst())))
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
