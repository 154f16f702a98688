import Foundation
import ReglamentCLI

exit(ReglamentCommand.run(Array(CommandLine.arguments.dropFirst())))
