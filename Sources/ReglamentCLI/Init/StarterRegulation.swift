import Foundation
import Mustache
import ReglamentTemplates

/// What `reglament init` writes for a new shop: a commented regulation that
/// already passes `check --strict`, a scenario for every outcome, and the
/// schema the regulation's first line points the editor to. The texts are
/// `Templates/init/` (built into the binary like every template); only the
/// shop's name and id are filled in.
struct StarterRegulation {
    static let regulationName = "regulation.yaml"
    static let schemaName = "regulation.schema.json"
    static let defaultShopName = "Мой магазин"

    private static let regulationTemplate = "init/regulation.yaml.mustache"
    private static let scenariosFolder = "init/scenarios/"

    let shopName: String

    /// Each file's path inside the new folder, and its text.
    func files(schema: String) throws -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = [(Self.regulationName, try regulation()), (Self.schemaName, schema)]
        for path in BuiltInTemplates.paths where path.hasPrefix(Self.scenariosFolder) {
            files.append(("scenarios/" + String(path.dropFirst(Self.scenariosFolder.count)), BuiltInTemplates.text(of: path) ?? ""))
        }
        return files
    }

    func regulation() throws -> String {
        let source = try TemplateSource.builtIn.text(of: Self.regulationTemplate)
        // TEXT: the name goes into YAML quoted by `YAMLQuoting`, not HTML-escaped.
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + source)
        return template.render([
            "shop_name": YAMLQuoting.doubleQuoted(shopName),
            "shop_comment": "«" + YAMLQuoting.oneLine(shopName) + "»",
            "shop_id": ShopIdentifier.suggested(for: shopName),
        ])
    }
}
