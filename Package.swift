// swift-tools-version:6.2
import PackageDescription

/// Every target gets the same language settings: Swift 6 mode (strict concurrency) from the
/// tools version, plus explicit existentials and per-file import visibility.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The capability modules. Each knows only `HongshuCore`; none imports HTTP or SQL.
let domains: [Target.Dependency] = ["HongshuCore", "Insights", "Community", "Commerce", "Search", "Discovery"]

let package = Package(
    name: "hongshu",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hongshu", targets: ["hongshu"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
    ],
    targets: [
        .target(name: "HongshuCore"),
        .target(name: "Insights", dependencies: ["HongshuCore"]),
        // The personalised feed: interest profiles from events, candidates, ranking, diversity, explanations.
        .target(name: "Discovery", dependencies: ["HongshuCore", "Insights"]),
        // Chinese-first search: segmentation (jieba's method and dictionary), the index's terms, ranking, suggestions.
        .target(
            name: "Search",
            dependencies: ["HongshuCore", "Insights", "Community", "Commerce"],
            resources: [
                .copy("Resources/jieba-dict.bin"), .copy("Resources/jieba-hmm.bin"), .copy("Resources/NOTICE"),
            ]
        ),
        .target(
            name: "Community",
            dependencies: ["HongshuCore", "Insights", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Commerce",
            dependencies: [
                "HongshuCore", "Insights", "Community", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "World",
            dependencies: domains,
            resources: [.copy("Resources/vocabulary.json"), .copy("Resources/commerce.json")]
        ),
        .target(
            name: "HongshuStore",
            dependencies: domains + [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/taxonomy.tsv")]
        ),
        .target(
            name: "HongshuServer",
            dependencies: domains + [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "hongshu",
            dependencies: domains + [
                "World",
                "HongshuStore",
                "HongshuServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: domains + [
                "HongshuStore",
                "HongshuServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(name: "CommunityTests", dependencies: domains + ["TestSupport"]),
        .testTarget(name: "CommerceTests", dependencies: domains + ["TestSupport"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "DiscoveryTests", dependencies: ["Discovery", "HongshuCore", "Insights"]),
        .testTarget(name: "WorldTests", dependencies: domains + ["World", "TestSupport", "HongshuStore"]),
        .testTarget(name: "HongshuStoreTests", dependencies: domains + ["HongshuStore", "TestSupport"]),
        .testTarget(
            name: "HongshuServerTests",
            dependencies: domains + [
                "HongshuServer", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "hongshuTests",
            dependencies: [
                "hongshu", "HongshuCore", "Community", "Commerce", "HongshuServer", "HongshuStore", "TestSupport",
                "World",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
