// SwiftPM needs a source file in a C target; the build information is the
// header's macro.
#include "PFPlanBuildInfo.h"
