import Foundation

let status = ShuatiApp.run(Array(CommandLine.arguments.dropFirst()), context: .live())
exit(status)
