// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "parlens",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parlens", targets: ["parlens"]),
        .library(name: "Statistics", targets: ["Statistics"]),
        .library(name: "Panel", targets: ["Panel"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Rendering", targets: ["Rendering"]),
        .library(name: "Messages", targets: ["Messages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C: the GNU Scientific Library through pkg-config. Only `GSL` imports it.
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // C: libedit (readline-compatible line editing, history, completion). Only `Shell` imports it.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Checked Swift face of GSL: error handler off, statuses as typed errors.
        .target(name: "GSL", dependencies: ["CGSL"]),
        // Estimators and tests on plain arrays; no domain words.
        .target(name: "Statistics", dependencies: ["GSL"]),
        // Metrics, units, periods, observations; reading CSV and Excel workbooks; data diagnostics.
        .target(name: "Panel", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The analyst's questions: domain + statistics.
        .target(name: "Analysis", dependencies: ["Panel", "Statistics"]),
        // Tables, number formats, charts, HTML and workbooks: pure functions to String or bytes, no
        // domain. ZIPFoundation zips a workbook's parts in memory.
        .target(name: "Rendering", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Every sentence a user reads, one catalog per language behind exhaustive switches.
        .target(name: "Messages", dependencies: ["Panel", "Analysis", "Statistics", "GSL"]),
        // Commands; the only module that prints.
        .target(
            name: "Shell",
            dependencies: [
                "Panel", "Analysis", "Rendering", "Statistics", "Messages", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parlens", dependencies: ["Shell"]),
        // Release-mode timings of Statistics against a scipy peer (Benchmarks/run.sh, `make bench`).
        .executableTarget(
            name: "parlens-bench", dependencies: ["Statistics"], path: "Benchmarks/Sources/parlens-bench"),
        // The worksheet reader against Foundation's XMLParser on the same sheet (Benchmarks/xlsx/run.sh).
        .executableTarget(
            name: "xlsx-xml-bench", dependencies: ["Panel"], path: "Benchmarks/Sources/xlsx-xml-bench"),

        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(
            name: "StatisticsTests",
            dependencies: ["Statistics", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]),
        // Helpers every test target may use (golden files, growth ratios for complexity tests).
        .target(name: "TestSupport", path: "Tests/Support/TestSupport"),
        // Reference implementations kept only as test oracles (the field-by-field CSV parser).
        .target(name: "PanelTestSupport", dependencies: ["Panel", "Messages"], path: "Tests/Support/PanelTestSupport"),
        .testTarget(
            name: "PanelTests",
            dependencies: [
                "Panel", "Messages", "PanelTestSupport", "TestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Panel", "PanelTestSupport", "TestSupport"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages", "Analysis", "Panel", "Statistics"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Panel", "Rendering", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
