import ArgumentParser
import Foundation
import ReglamentCompile

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a regulation for a new shop: a commented regulation to fill in, with scenarios.",
        discussion: """
            Writes DIR/regulation.yaml (every section, the choices a shop must make marked \
            «ВЫБЕРИТЕ:»), DIR/scenarios/ with a scenario for every outcome of a call, and \
            DIR/regulation.schema.json for completion in the editor. What it writes passes \
            'reglament check --strict' and 'reglament test'. Nothing is overwritten: when any of \
            these files exists, nothing is written.
            Exit status: 0 written, 2 usage errors, a file already there, or unwritable output.
            """
    )

    @Argument(help: ArgumentHelp("The folder to start the regulation in (created when missing).", valueName: "DIR"))
    var folder: String

    @Option(help: ArgumentHelp("The shop's name, as the operator says it (default: «\(StarterRegulation.defaultShopName)»).", valueName: "NAME"))
    var shop: String?

    func validate() throws {
        if let shop, shop.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--shop '\(shop)' is empty: give the shop's name")
        }
    }

    func run() throws {
        let starter = StarterRegulation(shopName: shop?.trimmingCharacters(in: .whitespacesAndNewlines) ?? StarterRegulation.defaultShopName)
        var files = OutputSet(folder: URL(fileURLWithPath: folder, isDirectory: true))
        for file in try starter.files(schema: SchemaCommand.schema(partial: false)) {
            files.add(file.name, file.text)
        }
        // Said all at once; commit(replacing: false) still refuses one that appears meanwhile.
        let existing = files.destinations.filter { FileManager.default.fileExists(atPath: $0.path) }
        guard existing.isEmpty else { throw CommandFailure.wouldOverwrite(existing.map(\.path)) }
        for written in try files.commit(replacing: false) { print("wrote \(written.path)") }
        let regulation = URL(fileURLWithPath: folder).appendingPathComponent(StarterRegulation.regulationName).path
        print("""

            Next: fill in the lines marked «ВЫБЕРИТЕ:», then
              reglament check --strict \(regulation)
              reglament test \(regulation)
            """)
    }
}
