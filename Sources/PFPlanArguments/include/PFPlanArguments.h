// The command line as the kernel handed it to the process.
//
// The Swift runtime of a statically linked Linux binary finds argv by
// reading /proc/self/maps; where /proc is not mounted (a bare chroot, some
// sandboxes) CommandLine.arguments is empty, and `pfplan lint plan.yaml`
// would print the help and exit 0 without checking anything. glibc calls
// each function in .init_array with (argc, argv, envp) before main, so
// PFPlanArguments.c keeps them from there.
#ifndef PFPLAN_ARGUMENTS_H
#define PFPLAN_ARGUMENTS_H

/// The number of arguments captured at start-up (argv[0] included); 0 when
/// none were (not an ELF system).
int pfplan_argument_count(void);
/// Argument `index`, 0 <= index < pfplan_argument_count().
const char *pfplan_argument(int index);

#endif
