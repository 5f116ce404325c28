// swift-tools-version:6.0
import PackageDescription

/// Ciel: open, self-hostable text-to-video. See docs/ARCHITECTURE.md for the module map.
let package = Package(
    name: "Ciel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ciel", targets: ["ciel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // MARK: Engine
        .target(
            name: "CCielKernels",
            cSettings: [.unsafeFlags(["-O3", "-march=native", "-ffast-math"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]
        ),
        .target(
            name: "CielTensor",
            dependencies: [
                "CCielKernels",
                .target(name: "CBLAS", condition: .when(platforms: [.linux])),
            ],
            swiftSettings: [
                // Pointer-heavy kernels shared across Dispatch workers; data races are ruled out by construction.
                .swiftLanguageMode(.v5),
                .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
            ]
        ),
        .target(name: "CielWeights", dependencies: ["CielTensor"]),
        .target(name: "CielModels", dependencies: ["CielTensor", "CielWeights"]),
        .target(name: "CielPipeline", dependencies: ["CielModels"]),
        // MARK: Media and provenance
        .target(name: "CielMedia", dependencies: []),
        .target(
            name: "CielProvenance",
            dependencies: [
                "CielMedia",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        // MARK: Guardrails
        .target(name: "CielSafety", dependencies: []),
        // MARK: Service
        .target(
            name: "CielStore",
            dependencies: [
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CielServer",
            dependencies: [
                "CielStore", "CielPipeline", "CielMedia", "CielProvenance", "CielSafety",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "ciel",
            dependencies: [
                "CielServer", "CielStore", "CielPipeline", "CielModels", "CielMedia", "CielProvenance", "CielSafety",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // MARK: Tests
        .testTarget(name: "CielTensorTests", dependencies: ["CielTensor"]),
        .testTarget(name: "CielWeightsTests", dependencies: ["CielWeights"]),
        .testTarget(name: "CielModelsTests", dependencies: ["CielModels"]),
        .testTarget(name: "CielPipelineTests", dependencies: ["CielPipeline"]),
        .testTarget(name: "CielMediaTests", dependencies: ["CielMedia"]),
        .testTarget(name: "CielProvenanceTests", dependencies: ["CielProvenance"]),
        .testTarget(name: "CielStoreTests", dependencies: ["CielStore"]),
        .testTarget(name: "CielSafetyTests", dependencies: ["CielSafety"]),
        .testTarget(
            name: "CielServerTests",
            dependencies: [
                "CielServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
