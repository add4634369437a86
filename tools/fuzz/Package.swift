// swift-tools-version:6.0
import PackageDescription

/// Fuzz targets for ParkPlanner's input readers (libFuzzer through `-sanitize=fuzzer`).
/// Built and run by `tools/fuzz/run`, not by the test command; what they find is kept
/// under `crashes/` and replayed, with the corpus, by `Tests/PlannerTests/FuzzCorpusTests`.
let package = Package(
    name: "ParkPlannerFuzz",
    dependencies: [.package(name: "ParkPlanner", path: "../..")],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(name: "FuzzGeoJSON", dependencies: ["FuzzerDriver", .product(name: "Planner", package: "ParkPlanner")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "FuzzTaskTable", dependencies: ["FuzzerDriver", .product(name: "Planner", package: "ParkPlanner")],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    ]
)
