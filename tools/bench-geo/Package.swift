// swift-tools-version:6.0
import PackageDescription

// The Geo micro-benchmark: a package of its own so that benchmarks never slow the
// product's build or its tests. Run it with tools/bench-geo/run.
let package = Package(
    name: "GeoMicroBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ParkPlanner", path: "../..")],
    targets: [
        .executableTarget(
            name: "GeoMicroBench",
            dependencies: [.product(name: "Geo", package: "ParkPlanner")]),
    ]
)
