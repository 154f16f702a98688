import ArgumentParser
import Foundation
import ReglamentModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the regulation format as JSON Schema (draft 2020-12) for editor completion.",
        discussion: """
            With yaml-language-server, put this first line in a regulation:
              # yaml-language-server: $schema=reglament.schema.json
            and in an included file (which holds only some sections) use the --partial schema.
            """
    )

    @Flag(help: "A schema for included files: no section is required.")
    var partial = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let schema = JSONSchemaExporter(requireTopLevelSections: !partial)
            .export(Regulation.schema, title: "Reglament regulation", id: "https://reglament.dev/schema/v1/regulation.json")
        let text = schema.rendered() + "\n"
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                StandardError.write("reglament: cannot write '\(output)': \(error.localizedDescription)\n")
                throw ExitStatus.usage
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
