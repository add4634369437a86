#ifndef PARKPLANNER_CGDAL_SHIM_H
#define PARKPLANNER_CGDAL_SHIM_H

// GDAL's C API (vector side): datasets, layers, features, geometries as WKB,
// spatial references and the error handler. Only Sources/Geo/GDAL calls it.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <cpl_conv.h>
#include <cpl_string.h>

#endif
