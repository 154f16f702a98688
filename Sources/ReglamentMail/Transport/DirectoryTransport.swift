import Foundation

/// `dir:PATH`, the default: each mail becomes `PATH/<Message-ID>.eml`, so a
/// fresh machine with no mail server still shows what would be sent. The
/// file appears whole (written aside, then renamed) and a mail already in
/// the folder is not written again.
public struct DirectoryTransport: MailTransport, MailSession {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func open() async throws -> any MailSession { self }

    public func send(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String {
        let name = Self.fileName(for: message)
        let target = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: target.path) { return "already in \(folder.path)" }
        let partial = folder.appendingPathComponent(".\(name).\(UUID().uuidString).part")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try message.write(to: partial)
            try await handOver()
            try FileManager.default.moveItem(at: partial, to: target)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw DeliveryError.unreachable("cannot write to \(folder.path): \(error.localizedDescription)")
        }
        return "written to \(target.path)"
    }

    public func close() async {}

    /// The Message-ID's local part and domain, made safe for a file name.
    static func fileName(for message: Data) -> String {
        let header = String(decoding: message.prefix(8192), as: UTF8.self)
        let id = header.split(separator: "\r\n").first { $0.lowercased().hasPrefix("message-id:") }?.dropFirst("message-id:".count) ?? ""
        let safe = id.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-._@".contains($0)) }
        return (safe.isEmpty ? UUID().uuidString : String(safe)) + ".eml"
    }
}
