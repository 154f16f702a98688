// swift-tools-version:6.0
import PackageDescription

// The libFuzzer binary over reglament's harnesses (Tests/Fuzz/Harnesses,
// the root package's `ReglamentFuzzing`). Its own package because it is
// built with `-sanitize=fuzzer,address -parse-as-library` (no Swift `main`:
// libFuzzer's driver runs, see Entry/FuzzEntry.swift), which the root package's
// executables cannot be: see scripts/fuzz.
let package = Package(
    name: "ReglamentFuzz",
    dependencies: [.package(name: "Reglament", path: "../..")],
    targets: [
        .target(name: "CFuzzerDriver", path: "Driver"),
        .executableTarget(
            name: "reglament-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "ReglamentFuzzing", package: "Reglament")],
            path: "Entry"
        ),
    ]
)
