#include "PFPlanArguments.h"

static int saved_count = 0;
static char **saved_arguments = 0;

#if defined(__ELF__)
static void pfplan_capture_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    saved_count = argc;
    saved_arguments = argv;
}

// Run by the loader (glibc passes argc, argv and envp to these), before main.
__attribute__((section(".init_array"), used))
static void (*const pfplan_capture)(int, char **, char **) = pfplan_capture_arguments;
#endif

int pfplan_argument_count(void) { return saved_arguments ? saved_count : 0; }

const char *pfplan_argument(int index) { return saved_arguments[index]; }
