// What the release script knows and the sources cannot: the commit the
// binary is built from. scripts/release.sh passes it to every compiler as
//     swift build -Xcc -DPFPLAN_COMMIT='"0123abcd4567"'
// A plain `swift build` leaves it "unknown". Swift does not import a macro
// defined on the command line, so a function hands it over.
#ifndef PFPLAN_BUILD_INFO_H
#define PFPLAN_BUILD_INFO_H

#ifndef PFPLAN_COMMIT
#define PFPLAN_COMMIT "unknown"
#endif

static inline const char *pfplan_build_commit(void) { return PFPLAN_COMMIT; }

#endif
