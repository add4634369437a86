#ifndef PARKPLANNER_CPROJ_SHIM_H
#define PARKPLANNER_CPROJ_SHIM_H

#include <proj.h>

#endif
