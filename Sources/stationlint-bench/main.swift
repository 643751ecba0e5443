#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Top-level code belongs to the main actor in Swift 6: the parallel work lives in ordinary
// functions in other files (see ParseRun.swift), never in closures written here.
exit(BenchCLI.run(Array(CommandLine.arguments.dropFirst())))
