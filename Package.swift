// swift-tools-version:6.0
// Verbatim: a static site generator for annotated transcripts.
// Stages, one target each, data flowing one way:
//   Ingest → Annotate → Markdown → Render → Site → Write, with Model holding the values they pass.
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev + libcmark-gfm-extensions-dev; the .pc file links both libraries.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Model", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "Ingest",
            dependencies: ["Model", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Annotate",
            dependencies: ["Model", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Lexicons")]
        ),
        .target(name: "Markdown", dependencies: ["Model", .product(name: "Yams", package: "Yams")]),
        .target(name: "Render", dependencies: ["Model", "Markdown", "CCmarkGFM"]),
        .target(
            name: "Site",
            dependencies: ["Model", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "Write", dependencies: ["Model"]),
        .target(name: "Evaluate", dependencies: ["Model", "Ingest", "Annotate"]),
        // Runs the stages in order for a whole seeds folder; the command line is a thin layer over it.
        .target(
            name: "Pipeline",
            dependencies: ["Model", "Ingest", "Annotate", "Markdown", "Render", "Site", "Write", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "Model", "Pipeline", "Annotate", "Ingest", "Markdown", "Evaluate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AnnotateTests", dependencies: ["Annotate", "Ingest", "Evaluate"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Annotate", "Ingest"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Markdown"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Render"]),
        .testTarget(name: "WriteTests", dependencies: ["Write"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Pipeline", "Model", "Ingest"]),
        // Runs the built `verbatim` binary (exit statuses and messages of the command line).
        .testTarget(name: "CLITests", dependencies: ["verbatim"]),
    ]
)
