// The entry points of pfplan-fuzz.
//
// Built by Fuzz/run.sh with `--sanitize fuzzer -Xswiftc -DPFPLAN_FUZZ`:
// libFuzzer brings its own `main` and calls `LLVMFuzzerTestOneInput` with
// each input. In every other build (plain `swift build`, `swift test`) the
// target is an ordinary command that runs the same checks over files, so a
// crash found by the fuzzer replays without the fuzzer:
//
//     swift run pfplan-fuzz .build-fuzz/artifacts/crash-...
//
// The checks themselves are in FuzzPipeline.swift.

#if PFPLAN_FUZZ

@_cdecl("LLVMFuzzerTestOneInput")
public func pfplanFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.run(bytes)
    return 0
}

#else

import Foundation

@main enum PFPlanFuzzReplay {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            print("usage: pfplan-fuzz FILE...  (replays inputs through the fuzz checks; Fuzz/run.sh builds the fuzzer)")
            return
        }
        #if DEBUG
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read")
                exit(2)
            }
            FuzzPipeline.run(Array(data))
            print("\(file): ok")
        }
        #else
        print("pfplan-fuzz replays inputs in debug builds only (it reaches rules through @testable import)")
        exit(2)
        #endif
    }
}

#endif
