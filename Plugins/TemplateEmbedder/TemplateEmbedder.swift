import Foundation

/// reglament-embed-templates TEMPLATES OUTPUT
///
/// Writes OUTPUT, a Swift file holding every file under TEMPLATES as a
/// string literal keyed by its path in the folder ("handbook.html.mustache",
/// "init/regulation.yaml.mustache"). Run by the EmbedTemplates plugin.
/// An `@main` type, not top-level code, so it builds with
/// `-parse-as-library` too (scripts/fuzz passes it to every target).
@main
enum TemplateEmbedder {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: reglament-embed-templates TEMPLATES OUTPUT\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[1], isDirectory: true).standardizedFileURL
        let output = URL(fileURLWithPath: arguments[2])
        // No folder would build a binary whose every handbook and mail fails: stop the build instead.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write(Data("error: no templates folder at \(folder.path)\n".utf8))
            exit(1)
        }

        var entries: [(name: String, text: String)] = []
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walk?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            do {
                entries.append((name, try String(contentsOf: url, encoding: .utf8)))
            } catch {
                FileHandle.standardError.write(Data("error: \(url.path): not UTF-8 text\n".utf8))
                exit(1)
            }
        }
        entries.sort { $0.name < $1.name }

        var source = "// Generated from Templates/ by the EmbedTemplates plugin at build time; edit the templates, not this.\n\n"
        source += "extension BuiltInTemplates {\n    static let texts: [String: String] = [\n"
        for entry in entries {
            source += "        \(literal(entry.name)): \(literal(entry.text)),\n"
        }
        source += entries.isEmpty ? "        :\n" : ""
        source += "    ]\n}\n"
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(source.utf8).write(to: output, options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write \(output.path): \(error)\n".utf8))
            exit(1)
        }
    }

    /// `text` as one Swift string literal: every character that could end or
    /// change the literal is escaped, the rest (Cyrillic included) kept as is.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
