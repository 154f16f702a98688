import ReglamentDiagnostics
import ReglamentYAML

/// Reads a regulation: the main file and its includes, merged into one
/// document, shape-checked against the schema derived from the model, then
/// decoded. With shape errors, the parts that cannot be read are left out
/// and the rest is decoded, so every rule still runs on what is sound; a
/// model is nil only when a required part of the root is broken.
public struct RegulationLoader: Sendable {
    public var yaml: YAMLLoader

    public init(yaml: YAMLLoader = YAMLLoader()) {
        self.yaml = yaml
    }

    public func load(file path: String) -> LoadedRegulation {
        let document: YAMLDocument
        do {
            document = try yaml.load(contentsOf: path)
        } catch {
            return LoadedRegulation(regulation: nil, diagnostics: [error.diagnostic], files: [path])
        }
        return resolve(document, file: path)
    }

    /// Loads text held in memory; includes are still read from disk,
    /// relative to `file`.
    public func load(_ bytes: [UInt8], file: String) -> LoadedRegulation {
        let document: YAMLDocument
        do {
            document = try yaml.load(bytes, file: file)
        } catch {
            return LoadedRegulation(regulation: nil, diagnostics: [error.diagnostic], files: [file])
        }
        return resolve(document, file: file)
    }

    private func resolve(_ loaded: YAMLDocument, file: String) -> LoadedRegulation {
        var includes = IncludeResolver(yaml: yaml)
        let document = includes.resolve(loaded, file: file)
        var diagnostics = includes.diagnostics
        // The shape check and decoding both only read the document, so they
        // run side by side; the decoded model is kept only if the shape is sound.
        let (shape, decoded, rootLocation) = document.withRoot { root in
            let (shape, decoded) = Parallel.both(
                { ShapeValidator(schema: Regulation.schema).validate(root) },
                { Result { try NodeDecoder.decode(Regulation.self, from: root) } }
            )
            return (shape, decoded, root.location)
        }
        diagnostics += shape.problems
        guard shape.isReadable else {
            return LoadedRegulation(regulation: nil, diagnostics: diagnostics.inFileOrder, files: includes.files)
        }
        // With shape errors, what is sound is still read (and checked), without the parts that are not.
        let read = shape.omitted.isEmpty ? decoded : Self.decode(document, omitting: shape.omitted)
        switch read {
        case .success(let regulation) where regulation.reglament.value != Regulation.formatVersion:
            diagnostics.append(UnsupportedVersionRule.diagnostic(regulation.reglament.value, at: regulation.reglament.location))
            return LoadedRegulation(regulation: nil, diagnostics: diagnostics, files: includes.files)
        case .success(let regulation):
            return LoadedRegulation(
                regulation: regulation, diagnostics: diagnostics, files: includes.files,
                damage: shape.damage, acceptances: shape.acceptances
            )
        case .failure(let error):
            diagnostics.append(WrongTypeRule.undecodable(error, at: rootLocation))
            return LoadedRegulation(regulation: nil, diagnostics: diagnostics, files: includes.files)
        }
    }

    private static func decode(_ document: YAMLDocument, omitting omitted: Set<YAMLNode.ID>) -> Result<Regulation, any Error> {
        var composer = YAMLComposer()
        let sound = composer.copy(document.root, omitting: omitted)
        let soundDocument = composer.document(root: sound)
        withExtendedLifetime(document) {}
        return Result { try NodeDecoder.decode(Regulation.self, from: soundDocument) }
    }
}

extension Regulation {
    /// The format, derived once from the Swift types above; any mapping
    /// may accept a warning made there (`WarningAcceptance`).
    public static let schema: SchemaNode = SchemaDeriver.schema(of: Regulation.self)
        .addingToEveryObject(WarningAcceptance.field)
}
