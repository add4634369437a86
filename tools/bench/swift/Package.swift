// swift-tools-version:6.0
import PackageDescription

// The city-scale benchmark's driver: what the parkplan CLI cannot measure (point look-ups
// per second, load + index timings, full-precision overlap areas for the equality check).
// A package of its own so that benchmarks never slow the product's build or its tests.
// Run through tools/bench/run.
let package = Package(
    name: "CityBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ParkPlanner", path: "../../..")],
    targets: [
        .executableTarget(
            name: "CityBench",
            dependencies: [
                .product(name: "Geo", package: "ParkPlanner"),
                .product(name: "Planner", package: "ParkPlanner"),
                .product(name: "PlannerStore", package: "ParkPlanner"),
            ]),
    ]
)
