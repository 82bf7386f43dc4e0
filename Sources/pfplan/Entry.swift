import PFPlanCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
enum Entry {
    static func main() {
        useOneMallocArena()
        exit(PFPlanCommand.run(Array(CommandLine.arguments.dropFirst())))
    }

    /// glibc gives each thread its own malloc arena. pfplan decodes a large
    /// plan on every core while freeing the node tree it reads from; with
    /// one arena per thread the freed nodes could not hold the new values
    /// and a 10 MB plan peaked at 109 MB instead of 100 MB (measured; the
    /// time is the same). `mallopt` is not in Swift's Glibc module, so it
    /// is looked up by name.
    private static func useOneMallocArena() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }
}
