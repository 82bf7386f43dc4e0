// What the release script knows and the sources cannot: the commit the
// binary is built from. scripts/release.sh passes it to every compiler as
//     swift build -Xcc -DPFPLAN_COMMIT='"0123abcd4567"'
// and Swift imports the macro as a String constant. A plain `swift build`
// leaves it "unknown".
#ifndef PFPLAN_BUILD_INFO_H
#define PFPLAN_BUILD_INFO_H

#ifndef PFPLAN_COMMIT
#define PFPLAN_COMMIT "unknown"
#endif

#endif
