import Foundation
import PackagePlugin

/// Builds the package's `Templates/` folder into the target that uses this
/// plugin, as Swift source: an installed `reglament` is one file that needs
/// neither the source tree nor a resource bundle beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Templates", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates+Texts.swift")
        return [
            .buildCommand(
                displayName: "Embedding the package's templates into \(target.name)",
                executable: try context.tool(named: "reglament-embed-templates").url,
                arguments: [folder.path, output.path],
                // Every template is an input, so editing one rebuilds the texts.
                inputFiles: try Self.files(under: folder),
                outputFiles: [output]
            )
        ]
    }

    static func files(under folder: URL) throws -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return try walk.compactMap { item in
            guard let url = item as? URL, try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { return nil }
            return url
        }
    }
}
