/* The floor the issue measures self-overlaps against: a plain C loop over GEOS's
 * reentrant API, with no ParkPlanner code. Reads the parcel blobs of a ParkPlanner store
 * (GeoPackage) with SQLite, builds one STRtree, then on THREADS threads (one GEOS context
 * each) prepares every polygon, queries the tree, tests prepared `overlaps` for j > i and
 * computes the intersection area of the pairs that overlap; counts those above MIN_AREA.
 *
 *   overlaps STORE.gpkg MIN_AREA THREADS   ->  read_s, index_s, compute_s, pairs (tab-separated)
 *
 * Built and run by tools/bench/bench.py (cc -O2 ... -lgeos_c -lsqlite3 -lpthread).
 */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static GEOSGeometry **geoms;
static size_t count;
static GEOSSTRtree *tree;
static double min_area;
static int threads;

typedef struct { size_t index; size_t *hits; size_t n, cap; } Query;

static void collect(void *item, void *data) {
    Query *q = data;
    size_t j = (size_t)(uintptr_t)item - 1;
    if (j <= q->index) return;
    if (q->n == q->cap) { q->cap = q->cap ? 2 * q->cap : 16; q->hits = realloc(q->hits, q->cap * sizeof(size_t)); }
    q->hits[q->n++] = j;
}

typedef struct { int id; long pairs; } Work;

static void *run(void *arg) {
    Work *w = arg;
    GEOSContextHandle_t h = GEOS_init_r();
    Query q = {0};
    for (size_t i = w->id; i < count; i += threads) {   /* interleaved: both threads see dense and sparse parts */
        q.index = i; q.n = 0;
        GEOSSTRtree_query_r(h, tree, geoms[i], collect, &q);
        if (q.n == 0) continue;
        const GEOSPreparedGeometry *p = GEOSPrepare_r(h, geoms[i]);
        for (size_t k = 0; k < q.n; k++) {
            GEOSGeometry *other = geoms[q.hits[k]];
            if (GEOSPreparedOverlaps_r(h, p, other) != 1) continue;
            GEOSGeometry *shared = GEOSIntersection_r(h, geoms[i], other);
            double area = 0;
            if (shared) { GEOSArea_r(h, shared, &area); GEOSGeom_destroy_r(h, shared); }
            if (area > min_area) w->pairs++;
        }
        GEOSPreparedGeom_destroy_r(h, p);
    }
    free(q.hits);
    GEOS_finish_r(h);
    return NULL;
}

static void nothing(void *item, void *data) { (void)item; (void)data; }

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: overlaps STORE.gpkg MIN_AREA THREADS\n"); return 2; }
    min_area = atof(argv[2]);
    threads = atoi(argv[3]);
    double t0 = now();
    sqlite3 *db;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) { fprintf(stderr, "cannot open %s\n", argv[1]); return 1; }
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "SELECT geom FROM parcels ORDER BY fid", -1, &st, NULL);
    GEOSContextHandle_t h = GEOS_init_r();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(h);
    size_t cap = 1 << 16;
    geoms = malloc(cap * sizeof(GEOSGeometry *));
    while (sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *blob = sqlite3_column_blob(st, 0);
        int size = sqlite3_column_bytes(st, 0);
        if (size < 8) continue;
        /* GeoPackage header: magic, version, flags, srs_id, then an envelope of 0/32/48/48/64 bytes */
        int envelope = (blob[3] >> 1) & 7;
        static const int sizes[] = {0, 32, 48, 48, 64, 0, 0, 0};
        size_t offset = 8 + sizes[envelope];
        GEOSGeometry *g = GEOSWKBReader_read_r(h, reader, blob + offset, size - offset);
        if (!g) continue;
        if (count == cap) { cap *= 2; geoms = realloc(geoms, cap * sizeof(GEOSGeometry *)); }
        geoms[count++] = g;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    double t1 = now();
    tree = GEOSSTRtree_create_r(h, 10);
    for (size_t i = 0; i < count; i++) GEOSSTRtree_insert_r(h, tree, geoms[i], (void *)(uintptr_t)(i + 1));
    GEOSSTRtree_query_r(h, tree, geoms[0], nothing, NULL); /* GEOS builds the tree on the first query */
    double t2 = now();
    pthread_t *ids = malloc(threads * sizeof(pthread_t));
    Work *work = calloc(threads, sizeof(Work));
    for (int k = 0; k < threads; k++) { work[k].id = k; pthread_create(&ids[k], NULL, run, &work[k]); }
    long pairs = 0;
    for (int k = 0; k < threads; k++) { pthread_join(ids[k], NULL); pairs += work[k].pairs; }
    double t3 = now();
    printf("read_s\t%.6f\nindex_s\t%.6f\ncompute_s\t%.6f\npairs\t%ld\n", t1 - t0, t2 - t1, t3 - t2, pairs);
    return 0;
}
