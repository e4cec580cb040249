// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "shuati",
    products: [
        .executable(name: "shuati", targets: ["shuati"]),
        .library(name: "ShuatiKit", targets: ["ShuatiKit"]),
    ],
    targets: [
        // The engine: parsing, scheduling, grading, progress, export. No terminal I/O.
        .target(name: "ShuatiKit"),
        // The command-line program: arguments, terminal UI, localisation. Thin: it calls ShuatiKit.
        // The bundled bank is compiled into the binary (question-banks/crm.json, linked from Resources/), so an
        // installed or copied binary has it without the clone.
        .executableTarget(name: "shuati", dependencies: ["ShuatiKit"], resources: [.embedInCode("Resources/crm.json")]),
        .testTarget(name: "ShuatiKitTests", dependencies: ["ShuatiKit"], exclude: ["Fixtures"]),
        // End-to-end tests run the built binary; unit tests of the CLI's own infrastructure import it.
        .testTarget(name: "shuatiTests", dependencies: ["shuati", "ShuatiKit"], exclude: ["Snapshots"]),
    ]
)
