import Foundation

exit(SynthCLI.run(Array(CommandLine.arguments.dropFirst())))
