import Foundation

// A file-size limit (ulimit -f) must give a write error we can report, not kill the process mid-write.
signal(SIGXFSZ, SIG_IGN)
let status = ShuatiApp.run(Array(CommandLine.arguments.dropFirst()), context: .live())
exit(status)
