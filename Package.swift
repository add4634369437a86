// swift-tools-version:6.0
import PackageDescription

/// ParkPlanner: a GIS-style spatial planner for Hai Phong's industrial parks.
///
/// Modules, each with one job:
/// - `CGEOS`, `CPROJ`, `CGDAL`: system-library shims over GEOS (reentrant API only), PROJ and
///   GDAL (vector formats read through OGR).
/// - `Geo`: the only module that touches C: geometry values, GEOS operations, the spatial
///   index, projections and geometry IO.
/// - `Planner`: the domain (parks, parcels, administrative units, tasks) and the questions asked of it.
/// - `PlannerPresentation`: how answers are shown: result tables (terminal, CSV, JSON),
///   GeoJSON export, the quarterly HTML report with SVG maps and charts, and the one number formatter.
/// - `PlannerStore`: persistence in a GeoPackage (and a query's result as a GeoPackage layer).
/// - `parkplan`: the command-line tool.
let package = Package(
    name: "ParkPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Geo", targets: ["Geo"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "PlannerStore", targets: ["PlannerStore"]),
        .library(name: "PlannerPresentation", targets: ["PlannerPresentation"]),
        .executable(name: "parkplan", targets: ["parkplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
        .systemLibrary(
            name: "CGDAL", pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev"]), .brew(["gdal"])]),
        .target(name: "Geo", dependencies: ["CGEOS", "CPROJ", "CGDAL"]),
        .target(name: "Planner", dependencies: ["Geo"]),
        .target(
            name: "PlannerStore",
            dependencies: ["Planner", "PlannerPresentation", "Geo", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "PlannerPresentation", dependencies: ["Planner", "Geo"]),
        .executableTarget(
            name: "parkplan",
            dependencies: [
                "Geo", "Planner", "PlannerStore", "PlannerPresentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "GeoTests", dependencies: ["Geo"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Geo"]),
        .testTarget(name: "PlannerStoreTests", dependencies: ["PlannerStore", "PlannerPresentation", "Planner", "Geo"]),
        .testTarget(name: "PlannerPresentationTests", dependencies: ["PlannerPresentation", "Planner", "Geo"]),
        .testTarget(name: "ParkPlanCLITests", dependencies: ["parkplan", "PlannerStore", "PlannerPresentation", "Planner"]),
    ]
)
