import PFPlanCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
enum Entry {
    static func main() {
        exit(PFPlanCommand.run(Array(CommandLine.arguments.dropFirst())))
    }
}
