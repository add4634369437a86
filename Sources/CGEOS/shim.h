#ifndef PARKPLANNER_CGEOS_SHIM_H
#define PARKPLANNER_CGEOS_SHIM_H

// Only the reentrant (_r) GEOS C API is visible: every call takes a context handle,
// one per thread. The non-reentrant functions share a global context and are not
// thread-safe, so they are hidden from Swift entirely.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#endif
