// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on those above it:
// Diagnostics ← YAML ← Model ← Wording ← Check ← Compile ← Handbook / Run ← Access ← Store / Postgres / Mail / Audit / Web ← CLI ← reglament (executable);
// Templates (the package's Templates/ built into the binary) beside them, used by Handbook, Mail, Audit, Web and CLI.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Reglament",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "reglament", targets: ["reglament"]),
        .library(name: "ReglamentCheck", targets: ["ReglamentCheck"]),
        // For the libFuzzer package in Tests/Fuzz.
        .library(name: "ReglamentFuzzing", targets: ["ReglamentFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "ReglamentDiagnostics", swiftSettings: strictSettings),
        // Templates/ as Swift source, written at build time: a copied binary needs nothing beside it.
        .executableTarget(name: "reglament-embed-templates", path: "Plugins/TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["reglament-embed-templates"]),
        .target(name: "ReglamentTemplates", swiftSettings: strictSettings, plugins: ["EmbedTemplates"]),
        .target(name: "ReglamentYAML", dependencies: ["CYAML", "ReglamentDiagnostics"], swiftSettings: strictSettings),
        .target(name: "ReglamentModel", dependencies: ["ReglamentDiagnostics", "ReglamentYAML"], swiftSettings: strictSettings),
        // Money, plurals, weekdays, dates and local hours ↔ instants, said one way everywhere.
        .target(name: "ReglamentWording", dependencies: ["ReglamentModel"], swiftSettings: strictSettings),
        .target(name: "ReglamentCheck", dependencies: ["ReglamentModel", "ReglamentWording"], swiftSettings: strictSettings),
        .target(
            name: "ReglamentCompile",
            dependencies: ["ReglamentCheck", "ReglamentWording", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReglamentHandbook",
            dependencies: ["ReglamentCompile", "ReglamentModel", "ReglamentWording", "ReglamentTemplates", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .target(name: "ReglamentRun", dependencies: ["ReglamentCompile", "ReglamentWording"], swiftSettings: strictSettings),
        // Who may do what: roles, grants, password hashing (no store, no web).
        .target(
            name: "ReglamentAccess",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReglamentStore",
            dependencies: [
                "ReglamentRun", "ReglamentAccess", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, for the audit's pass over a million events.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The same store protocols on PostgreSQL: several servers over one call database.
        .target(
            name: "ReglamentPostgres",
            dependencies: [
                "ReglamentRun", "ReglamentAccess",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReglamentAudit",
            dependencies: [
                "ReglamentRun", "ReglamentCompile", "ReglamentCheck", "ReglamentHandbook", "ReglamentModel", "ReglamentDiagnostics",
                "ReglamentWording", "ReglamentTemplates", .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReglamentMail",
            dependencies: [
                "ReglamentRun", "ReglamentWording", "ReglamentTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        // The web workspace: pages for operators, owners, auditors and the admin, over the same engine and store protocols.
        .target(
            name: "ReglamentWeb",
            dependencies: [
                "ReglamentRun", "ReglamentAccess", "ReglamentCompile", "ReglamentModel", "ReglamentDiagnostics", "ReglamentHandbook",
                "ReglamentWording", "ReglamentTemplates", "ReglamentAudit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                // A new regulation's files, uploaded from the owner's page.
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReglamentCLI",
            dependencies: [
                "ReglamentAudit",
                "ReglamentCheck",
                "ReglamentCompile",
                "ReglamentHandbook",
                "ReglamentRun",
                "ReglamentStore",
                "ReglamentPostgres",
                "ReglamentAccess",
                "ReglamentMail",
                "ReglamentWeb",
                "ReglamentTemplates",
                "ReglamentModel",
                "ReglamentDiagnostics",
                "ReglamentYAML",
                "ReglamentWording",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // The starting regulation of `init` is a template like the handbook's.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "reglament", dependencies: ["ReglamentCLI"], swiftSettings: strictSettings),
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support", swiftSettings: strictSettings),
        .executableTarget(
            name: "reglament-bench",
            dependencies: ["ReglamentYAML", "ReglamentModel", "ReglamentCheck", "ReglamentCompile", "CYAML", "BenchmarkSupport"],
            path: "Benchmarks/LoadCheck",
            swiftSettings: strictSettings
        ),

        // Helpers the test targets share: running the reference tools.
        .target(
            name: "ReglamentTestSupport",
            path: "Tests/ReglamentTestSupport",
            exclude: ["Server"]  // the loopback SMTP server the tests start (Python, aiosmtpd)
        ),
        .testTarget(name: "ReglamentDiagnosticsTests", dependencies: ["ReglamentDiagnostics"]),
        .executableTarget(
            name: "reglament-run-bench",
            dependencies: ["ReglamentRun", "ReglamentStore", "ReglamentCompile", "BenchmarkSupport"],
            path: "Benchmarks/RunSteps",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "reglament-mail-bench",
            dependencies: ["ReglamentMail", "ReglamentRun", "ReglamentStore", "ReglamentCompile", "ReglamentTestSupport", "BenchmarkSupport"],
            path: "Benchmarks/MailOutbox",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "reglament-web-bench",
            dependencies: [
                "ReglamentWeb", "ReglamentStore", "ReglamentPostgres", "ReglamentRun", "ReglamentMail", "ReglamentAccess", "BenchmarkSupport",
                // The throw-away PostgreSQL cluster of `--stores`, as the tests start it.
                "ReglamentTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/Web",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ReglamentYAMLTests", dependencies: ["ReglamentYAML"]),
        .testTarget(name: "ReglamentWordingTests", dependencies: ["ReglamentWording", "ReglamentModel"]),
        .testTarget(name: "ReglamentModelTests", dependencies: ["ReglamentModel", "ReglamentYAML"]),
        .testTarget(
            name: "ReglamentCheckTests",
            dependencies: ["ReglamentCheck", "ReglamentModel", "ReglamentYAML"],
            exclude: ["Mistakes"]  // read from disk by MistakeFixtureTests
        ),
        .testTarget(name: "ReglamentCompileTests", dependencies: ["ReglamentCompile", "ReglamentCheck"]),
        .testTarget(
            name: "ReglamentHandbookTests",
            dependencies: ["ReglamentHandbook", "ReglamentCompile", "ReglamentCheck", "ReglamentTemplates", "ReglamentTestSupport"],
            exclude: ["Golden"]  // read from disk by GoldenHandbookTests
        ),
        .testTarget(
            name: "ReglamentRunTests",
            // Mail: the explorer's tests check outcomes against the owner's mail as the CLI composes it.
            dependencies: ["ReglamentRun", "ReglamentCompile", "ReglamentCheck", "ReglamentStore", "ReglamentMail", "ReglamentTestSupport"],
            exclude: ["Exploration/Golden"]  // read from disk by GoldenFailingPathTests
        ),
        // The conformance suites run against both stores; PostgreSQL on a throw-away cluster (`PostgresCluster`).
        .testTarget(
            name: "ReglamentStoreTests",
            dependencies: ["ReglamentStore", "ReglamentPostgres", "ReglamentRun", "ReglamentAccess", "ReglamentTestSupport"]
        ),
        .testTarget(name: "ReglamentAccessTests", dependencies: ["ReglamentAccess"]),
        .testTarget(
            name: "ReglamentWebTests",
            dependencies: [
                "ReglamentWeb", "ReglamentStore", "ReglamentRun", "ReglamentAccess", "ReglamentMail", "ReglamentCompile", "ReglamentTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ReglamentMailTests",
            dependencies: ["ReglamentMail", "ReglamentStore", "ReglamentRun", "ReglamentCompile", "ReglamentCheck", "ReglamentTestSupport"],
            exclude: ["Golden"]  // read from disk by GoldenOwnerMailTests
        ),
        .executableTarget(
            name: "reglament-audit-bench",
            dependencies: ["ReglamentAudit", "ReglamentRun", "ReglamentStore", "ReglamentCompile", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/Audit",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReglamentAuditTests",
            dependencies: [
                "ReglamentAudit", "ReglamentStore", "ReglamentRun", "ReglamentCompile", "ReglamentCheck", "ReglamentTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // What the fuzzer feeds (Tests/Fuzz, scripts/fuzz); the tests replay seeds and past crashes.
        .target(
            name: "ReglamentFuzzing",
            dependencies: [
                "ReglamentDiagnostics", "ReglamentModel", "ReglamentCheck", "ReglamentCompile", "ReglamentRun", "ReglamentMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            path: "Tests/Fuzz/Harnesses",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReglamentFuzzingTests",
            // Every module it imports, named, so a change to one rebuilds it.
            dependencies: ["ReglamentFuzzing", "ReglamentCompile", "ReglamentTestSupport"],
            path: "Tests/Fuzz/Replay"
        ),
        .testTarget(
            name: "ReglamentCLITests", dependencies: ["ReglamentCLI", "ReglamentCheck", "ReglamentRun", "ReglamentPostgres", "ReglamentTestSupport"],
            exclude: ["Golden"]  // read from disk by the Golden*OutputTests
        ),
    ]
)
