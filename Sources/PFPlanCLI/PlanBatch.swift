import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// The plans named on a command line, each read and checked once: what
/// gaps, render, directory, status and pledge start from, so that every
/// command sees a plan exactly as lint does.
struct PlanBatch {
    /// Plans that could be read (they may still hold findings), in path order.
    var results: [LintResult]
    /// Arguments or files that could not be read at all (exit 2), in words.
    var failures: [String]

    /// Plans are read and checked on every core (a network of cities is
    /// hundreds of plans); results and failures keep the files' order.
    static func load(_ arguments: [String], options: LintOptions) -> PlanBatch {
        let (files, problems) = PlanDiscovery.plans(for: arguments)
        var batch = PlanBatch(results: [], failures: problems)
        for linted in Parallel.map(files, { Linter.lint($0, options: options) }) {
            switch linted {
            case .failure(let failure): batch.failures.append(failure.description)
            case .success(let result): batch.results.append(result)
            }
        }
        return batch
    }
}
