import Foundation
import Shell

exit(Parlens.main(arguments: Array(CommandLine.arguments.dropFirst()), environment: .process))
