import Foundation
import ReglamentCLI

exit(await ReglamentCommand.run(Array(CommandLine.arguments.dropFirst())))
