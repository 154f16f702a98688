import ReglamentDiagnostics

/// Reads one YAML file into a `YAMLDocument` where every value knows its
/// file, line and column, or refuses it with one located `YAMLLoadError`
/// (the codes are listed on `YAMLLoadError`).
///
/// What a regulation may use is narrower than YAML: one document whose top
/// level is a mapping, scalar keys written once each, core-schema tags only.
/// Anchors, aliases and merge keys (`<<`) work, within `Limits`.
public struct YAMLLoader: Sendable {
    public var limits: Limits

    public init(limits: Limits = .init()) {
        self.limits = limits
    }

    public func load(contentsOf path: String) throws(YAMLLoadError) -> YAMLDocument {
        try load(FileBytes.contents(of: path, limit: limits.maxFileBytes), file: path)
    }

    /// Loads text held in memory; `file` is the name locations carry.
    public func load(_ bytes: [UInt8], file: String) throws(YAMLLoadError) -> YAMLDocument {
        guard bytes.count <= limits.maxFileBytes else {
            throw FileBytes.tooLarge(file, limit: limits.maxFileBytes)
        }
        // Scalars' text is most of a file's bytes, so as many are reserved.
        var builder = YAMLTreeBuilder(file: file, limits: limits, expectedTextBytes: bytes.count)
        do throws(YAMLLoadError) {
            try EncodingCheck.refuseUTF16(bytes, file: file)
            let pipeline = YAMLEventPipeline(bytes)
            defer { pipeline.close() }
            while true {
                let batch = pipeline.next()
                try batch.bytes.withUnsafeBufferPointer { (text) throws(YAMLLoadError) in
                    for event in batch.events { try builder.consume(event, text: text) }
                }
                if case .failed(let error) = batch.end { throw YAMLLoadError(syntax: error, in: bytes, file: file) }
                if batch.end != nil { break }
            }
        } catch {
            // libyaml's reader refuses what the encoding check does, so a
            // file that parses needs no second pass over its bytes. When
            // something failed, a bad byte is the problem to report (nothing
            // after it can be trusted), with its place and name.
            try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLLoadError) in
                try EncodingCheck.validate(buffer, file: file)
            }
            throw error
        }
        guard let document = builder.document() else { throw Self.empty(bytes, file: file) }
        return document
    }

    private static func empty(_ bytes: [UInt8], file: String) -> YAMLLoadError {
        let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        return YAMLLoadError(
            .empty, blank ? "the file is empty" : "the file holds only comments",
            hint: "a regulation starts with a key such as 'shop:'",
            at: SourceLocation(file: file, line: 1, column: 1))
    }
}
