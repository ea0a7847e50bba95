import Foundation
import Shell

let environment = Environment.process
let code = Parlens.main(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
exit(StandardStreams.shared.exitCode(code, language: environment.defaultLanguage))
