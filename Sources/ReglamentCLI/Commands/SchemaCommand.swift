import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the regulation format as JSON Schema (draft 2020-12) for editor completion.",
        discussion: """
            With yaml-language-server, put this first line in a regulation:
              # yaml-language-server: $schema=reglament.schema.json
            A file that holds part of a regulation (an included file, or a main file that
            includes others) uses the --partial schema: there a section may be split over files.
            """
    )

    @Flag(help: "A schema for files that hold part of a regulation: sections may be split over files.")
    var partial = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let text = Self.schema(partial: partial)
        if let output {
            try OutputSet.file(output, text).commit()
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The format as JSON Schema, as `schema` prints it (and `init` writes it).
    static func schema(partial: Bool) -> String {
        JSONSchemaExporter(partial: partial)
            .export(
                Regulation.schema,
                title: partial ? "Reglament regulation (part)" : "Reglament regulation",
                id: "https://reglament.dev/schema/v1/regulation\(partial ? ".partial" : "").json")
            .rendered() + "\n"
    }
}
