#ifndef PARKPLANNER_CGDAL_SHIM_H
#define PARKPLANNER_CGDAL_SHIM_H

// GDAL's C API (vector side): datasets, layers, features, geometries as WKB, spatial
// references and the error handler. Only Sources/Geo/GDAL calls it.
//
// libgdal is loaded at run time (dlopen), on the first use of a vector format other than
// GeoJSON, not linked: linking it made every `parkplan` command start about 40 ms slower
// (its 108 dependent shared libraries: 45 ms against 4 ms for a Swift program that does
// not link it, 2 cores, 2026-12-03), which was most of a small query's time. The headers
// give every function's exact type (`__typeof__`), so the table below cannot drift from
// GDAL's declarations; the headers are Debian's libgdal-dev, at <gdal/…>.
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_conv.h>
#include <gdal/cpl_string.h>
#include <dlfcn.h>
#include <stddef.h>

// Every GDAL function ParkPlanner calls.
#define PARKPLANNER_GDAL_FUNCTIONS(X) \
    X(CPLErrorReset) X(CPLGetLastErrorMsg) X(CPLGetLastErrorType) X(CPLQuietErrorHandler) \
    X(CPLSetErrorHandler) X(CSLDestroy) X(CSLSetNameValue) X(GDALAllRegister) \
    X(GDALClose) X(GDALCreate) X(GDALDatasetCreateLayer) X(GDALDatasetGetLayer) \
    X(GDALDatasetGetLayerByName) X(GDALDatasetGetLayerCount) X(GDALGetDatasetDriver) X(GDALGetDriverByName) \
    X(GDALGetDriverShortName) X(GDALOpenEx) X(OGRGeometryTypeToName) X(OGR_FD_GetFieldCount) \
    X(OGR_FD_GetFieldDefn) X(OGR_F_Create) X(OGR_F_Destroy) X(OGR_F_GetFieldAsDateTimeEx) \
    X(OGR_F_GetFieldAsDouble) X(OGR_F_GetFieldAsInteger64) X(OGR_F_GetFieldAsString) X(OGR_F_GetGeometryRef) \
    X(OGR_F_IsFieldSetAndNotNull) X(OGR_F_SetFieldDouble) X(OGR_F_SetFieldInteger64) X(OGR_F_SetFieldNull) \
    X(OGR_F_SetFieldString) X(OGR_F_SetGeometryDirectly) X(OGR_Fld_Create) X(OGR_Fld_Destroy) \
    X(OGR_Fld_GetNameRef) X(OGR_Fld_GetSubType) X(OGR_Fld_GetType) X(OGR_G_CreateFromWkb) \
    X(OGR_G_DestroyGeometry) X(OGR_G_ExportToIsoWkb) X(OGR_G_ForceToMultiLineString) X(OGR_G_ForceToMultiPoint) \
    X(OGR_G_ForceToMultiPolygon) X(OGR_G_GetLinearGeometry) X(OGR_G_HasCurveGeometry) X(OGR_G_IsEmpty) \
    X(OGR_G_WkbSize) X(OGR_L_CreateFeature) X(OGR_L_CreateField) X(OGR_L_GetGeomType) \
    X(OGR_L_GetLayerDefn) X(OGR_L_GetName) X(OGR_L_GetNextFeature) X(OGR_L_GetSpatialRef) \
    X(OGR_L_ResetReading) X(OSRAutoIdentifyEPSG) X(OSRClone) X(OSRDestroySpatialReference) \
    X(OSRExportToWkt) X(OSRGetAuthorityCode) X(OSRGetAuthorityName) X(OSRNewSpatialReference) \
    X(OSRSetAxisMappingStrategy) X(OSRSetFromUserInput) X(VSIFree)

// The functions, as loaded from libgdal (each member has the type of the function it names).
typedef struct ParkPlannerGDAL {
#define PARKPLANNER_GDAL_MEMBER(name) __typeof__(&name) _Nonnull name;
    PARKPLANNER_GDAL_FUNCTIONS(PARKPLANNER_GDAL_MEMBER)
#undef PARKPLANNER_GDAL_MEMBER
} ParkPlannerGDAL;

// Loads libgdal (the soname of GDAL 3.6, else the development link) and fills `gdal`;
// returns NULL, or why it could not (dlerror's message, or the missing function's name).
static inline const char *_Nullable parkplanner_gdal_load(ParkPlannerGDAL *_Nonnull gdal) {
    void *library = dlopen("libgdal.so.32", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) library = dlopen("libgdal.so", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return dlerror();
#define PARKPLANNER_GDAL_LOAD(name) \
    if ((gdal->name = (__typeof__(&name))dlsym(library, #name)) == NULL) return #name;
    PARKPLANNER_GDAL_FUNCTIONS(PARKPLANNER_GDAL_LOAD)
#undef PARKPLANNER_GDAL_LOAD
    return NULL;
}

#endif
