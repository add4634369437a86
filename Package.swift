// swift-tools-version:6.0
import PackageDescription

/// ParkPlanner: a GIS-style spatial planner for Hai Phong's industrial parks.
///
/// Modules, each with one job:
/// - `CGEOS`, `CPROJ`, `CGDAL`: system-library shims over GEOS (reentrant API only), PROJ and
///   GDAL (vector formats read through OGR; libgdal loaded at run time, not linked).
/// - `Geo`: the only module that touches C: geometry values, GEOS operations, the spatial
///   index, projections and geometry IO.
/// - `Planner`: the domain (parks, parcels, administrative units, tasks), the questions asked
///   of it, and the storage protocols (`Planner/Storage`) the use cases read and write through.
/// - `PlannerStore`: persistence only: the GeoPackage store (GRDB), conforming to those protocols.
/// - `PlannerPostGIS`: the same protocols on PostgreSQL/PostGIS (postgres-nio), for a shared store.
/// - `PlannerPresentation`: presentation: result tables, number text, CSV/JSON/GeoJSON writers,
///   the quarterly report's HTML with SVG maps and charts.
/// - `PlannerApp`: the use cases (importing a layer, each query with its lean read, a status change, the export,
///   the report's data, the demo) over the storage protocols; `PlanningStores` is the one
///   place a store is opened from a location, so every front (CLI, server) shares them.
/// - `PlannerServer`: the HTTP service (Hummingbird 2): `buildApplication` wires routes that
///   call the same use cases and write the same JSON as the CLI; users, rights, audit, the web page.
/// - `parkplan`: the command-line tool: parse, call one use case, format (`serve` starts the server).
/// - `TestSupport` (tests only): fixture paths, scratch folders, the CLI runner, the shipped store.
let package = Package(
    name: "ParkPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Geo", targets: ["Geo"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "PlannerStore", targets: ["PlannerStore"]),
        .library(name: "PlannerPresentation", targets: ["PlannerPresentation"]),
        .library(name: "PlannerApp", targets: ["PlannerApp"]),
        .executable(name: "parkplan", targets: ["parkplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
        // GDAL is loaded at run time, not linked (Sources/CGDAL/shim.h says why): no
        // pkg-config here, which would link it; the headers are Debian's libgdal-dev.
        .systemLibrary(name: "CGDAL"),
        .target(name: "Geo", dependencies: ["CGEOS", "CPROJ", "CGDAL"], exclude: ["README.md"]),
        .target(name: "Planner", dependencies: ["Geo"], exclude: ["README.md"]),
        .target(
            name: "PlannerStore",
            dependencies: ["Planner", "Geo", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["README.md"]),
        .target(
            name: "PlannerPostGIS",
            dependencies: [
                "Planner", "Geo", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "PlannerPresentation", dependencies: ["Planner", "Geo"], exclude: ["README.md"]),
        .target(
            name: "PlannerApp",
            dependencies: ["Planner", "PlannerStore", "PlannerPostGIS", "Geo", "PlannerPresentation", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["README.md"]),
        .target(
            name: "PlannerServer",
            dependencies: [
                "Planner", "PlannerApp", "PlannerPresentation", "PlannerStore", "Geo",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Resources/openapi.json"), .copy("Public")]),
        .executableTarget(
            name: "parkplan",
            dependencies: [
                "Geo", "Planner", "PlannerStore", "PlannerPostGIS", "PlannerPresentation", "PlannerApp", "PlannerServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"]),
        .testTarget(name: "GeoTests", dependencies: ["Geo", "TestSupport"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Geo", "TestSupport"]),
        .testTarget(name: "PlannerStoreTests", dependencies: ["PlannerStore", "PlannerPresentation", "PlannerApp", "Planner", "Geo", "TestSupport"]),
        .testTarget(name: "PlannerPresentationTests", dependencies: ["PlannerPresentation", "Planner", "Geo"]),
        .target(name: "TestSupport", dependencies: ["PlannerApp", "PlannerStore", "PlannerPostGIS", "Planner", "Geo"], path: "Tests/TestSupport"),
        .testTarget(name: "ParkPlanCLITests", dependencies: ["parkplan", "PlannerApp", "PlannerStore", "PlannerPresentation", "Planner", "TestSupport"]),
        .testTarget(name: "PlannerServerTests", dependencies: [
            "PlannerServer", "parkplan", "PlannerApp", "PlannerStore", "Planner", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "WebPageTests", dependencies: ["PlannerServer", "parkplan", "TestSupport"]),
        .testTarget(name: "PlannerPostGISTests", dependencies: [
            "PlannerPostGIS", "parkplan", "PlannerApp", "PlannerStore", "Planner", "Geo", "TestSupport",
        ]),
        .testTarget(name: "PlannerAppTests", dependencies: ["PlannerApp", "PlannerStore", "PlannerPresentation", "Planner", "Geo", "TestSupport"]),
    ]
)
