// swift-tools-version:6.0
import PackageDescription

// The tagger's hot loops count bits and widen 16-bit weights; x86-64-v2 (POPCNT, SSE4.2: every x86-64 server
// processor since 2009) does both in single instructions where the baseline target needs short sequences.
#if arch(x86_64)
    let extractionSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "nehalem"])]
#else
    let extractionSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "Newsgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // SQLite: system library over Debian's libsqlite3-dev, then our thin wrapper.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // CWALWriter: a VFS over the default one that writes a transaction's WAL frames in one write.
        .target(name: "CWALWriter", dependencies: ["CSQLite"]),
        .target(name: "SQLite", dependencies: ["CSQLite", "CWALWriter"]),

        // HTTP: epoll shim and our own server; knows nothing about articles.
        .target(name: "CEpoll"),
        .target(
            name: "HTTP",
            dependencies: ["CEpoll", .product(name: "Logging", package: "swift-log")]
        ),

        // Extraction: pure Swift, no I/O. Built for x86-64-v2 on x86-64 hosts (docs/tagger.md, "Build target").
        // CPrefetch: one static inline C function, the tagger's software prefetch (Swift has none).
        .target(name: "CPrefetch"),
        .target(name: "Extraction", dependencies: ["CPrefetch"], swiftSettings: extractionSettings),
        // The trained organization tagger model as a resource (bytes for Extraction's OrganizationTagger).
        .target(
            name: "OrganizationModel", dependencies: ["Extraction"],
            resources: [.copy("Resources/organization-tagger.bin")]
        ),

        // Migrations/*.sql embedded as Swift source by a build-tool plugin.
        .executableTarget(name: "EmbedMigrations"),
        .plugin(
            name: "MigrationEmbedder",
            capability: .buildTool(),
            dependencies: ["EmbedMigrations"]
        ),
        .target(
            name: "NewsStore",
            dependencies: ["SQLite"],
            plugins: ["MigrationEmbedder"]
        ),
        // CSHA256: the content fingerprint's SHA-256 rounds on the x86 SHA extensions, chosen at run time.
        .target(name: "CSHA256"),
        .target(
            name: "NewsService",
            dependencies: ["NewsStore", "Extraction", "CSHA256", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "NewsAPI",
            dependencies: [
                "NewsService", "NewsStore", "Extraction", "HTTP", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsAPI", "NewsService", "NewsStore", "Extraction", "HTTP", "OrganizationModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "OrganizationModel"]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore"]),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["NewsAPI", "NewsService", "NewsStore", "HTTP", "Extraction", "OrganizationModel"]
        ),
    ]
)
