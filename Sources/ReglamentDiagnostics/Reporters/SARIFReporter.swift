import Foundation

/// The report for code-scanning services (GitHub, GitLab, IDEs): a SARIF
/// 2.1.0 log with one run, the rules reglament knows, and one result per
/// diagnostic. Columns count Unicode characters, as the log declares.
public struct SARIFReporter: DiagnosticReporter {
    public var toolVersion: String
    public var rules: [RuleInfo]

    public init(toolVersion: String, rules: [RuleInfo]) {
        self.toolVersion = toolVersion
        self.rules = rules
    }

    public func report(_ diagnostics: [Diagnostic], sources: SourceFiles) -> String {
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let log = Log(runs: [
            Run(
                tool: Tool(driver: Driver(version: toolVersion, rules: rules.map(ReportingDescriptor.init))),
                results: diagnostics.map { Result($0, ruleIndex: ruleIndex[$0.code]) }
            )
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings and integers only: encoding cannot fail.
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - The parts of SARIF 2.1.0 used here, named as the standard names them

    private struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    private struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    private struct Tool: Encodable {
        let driver: Driver
    }

    private struct Driver: Encodable {
        let name = "reglament"
        let version: String
        let informationUri = "https://github.com/reglament/reglament"
        let rules: [ReportingDescriptor]
    }

    private struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let defaultConfiguration: Configuration

        init(_ rule: RuleInfo) {
            id = rule.code
            name = rule.name
            shortDescription = Message(text: rule.summary)
            defaultConfiguration = Configuration(level: rule.severity.rawValue)
        }
    }

    private struct Configuration: Encodable {
        let level: String
    }

    private struct Message: Encodable {
        let text: String
    }

    private struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Message
        let locations: [Location]
        let relatedLocations: [Location]?
        /// A warning the regulation accepts is reported as SARIF's in-source suppression, with the owner's reason.
        let suppressions: [Suppression]?

        init(_ diagnostic: Diagnostic, ruleIndex: Int?) {
            ruleId = diagnostic.code
            self.ruleIndex = ruleIndex
            level = diagnostic.accepted == nil ? diagnostic.severity.rawValue : Severity.warning.rawValue
            message = Message(text: diagnostic.message + (diagnostic.hint.map { "\nhint: \($0)" } ?? ""))
            locations = [Location(diagnostic.location)]
            relatedLocations = diagnostic.related.isEmpty
                ? nil
                : diagnostic.related.enumerated().map { Location($1.location, id: $0 + 1, message: $1.message) }
            suppressions = diagnostic.accepted.map { [Suppression(kind: "inSource", justification: $0.reason, location: Location($0.location))] }
        }
    }

    private struct Suppression: Encodable {
        let kind: String
        let justification: String
        let location: Location
    }

    private struct Location: Encodable {
        let id: Int?
        let physicalLocation: PhysicalLocation
        let message: Message?

        init(_ location: SourceLocation, id: Int? = nil, message: String? = nil) {
            self.id = id
            physicalLocation = PhysicalLocation(location)
            self.message = message.map(Message.init)
        }
    }

    private struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?

        init(_ location: SourceLocation) {
            artifactLocation = ArtifactLocation(uri: Self.uri(of: location.file))
            // Line 0 means "the file as a whole" (an unreadable or empty file).
            region = location.line >= 1 ? Region(startLine: location.line, startColumn: max(location.column, 1)) : nil
        }

        /// A relative path stays relative (the service resolves it against
        /// the checkout); an absolute one becomes a `file:` URI.
        static func uri(of path: String) -> String {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return path.hasPrefix("/") ? "file://" + encoded : encoded
        }
    }

    private struct ArtifactLocation: Encodable {
        let uri: String
    }

    private struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
    }
}
