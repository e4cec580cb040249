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
        // Release builds drop the run-time exclusivity checks on class properties (the parser's state and item
        // drafts): 1.6 % of a large import's instructions. Debug builds, and the sanitizer runs in CI, keep them.
        .target(name: "ShuatiKit", swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // The command-line program: arguments, terminal UI, localisation. Thin: it calls ShuatiKit.
        // The bundled bank is compiled into the binary (question-banks/crm.json, linked from Resources/), so an
        // installed or copied binary has it without the clone.
        .executableTarget(name: "shuati", dependencies: ["ShuatiKit"], resources: [.embedInCode("Resources/crm.json")]),
        .testTarget(name: "ShuatiKitTests", dependencies: ["ShuatiKit"], exclude: ["Fixtures"]),
        // End-to-end tests run the built binary; unit tests of the CLI's own infrastructure import it.
        .testTarget(name: "shuatiTests", dependencies: ["shuati", "ShuatiKit"], exclude: ["Snapshots"]),
    ]
)
