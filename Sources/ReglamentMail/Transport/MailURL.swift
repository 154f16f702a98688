import Foundation

/// The one mail setting (`--mail URL` or `REGLAMENT_MAIL`):
///
/// - `dir:PATH` — each mail as a `.eml` file in PATH (the default, `dir:outbox`);
/// - `sendmail:/usr/sbin/sendmail` — piped to the local mail system;
/// - `smtp://[user:pass@]host[:port][?tls=required][&cafile=PEM][&timeout=SECONDS]`
///   — STARTTLS when offered, required with `tls=required`;
/// - `smtps://...` — TLS from the start (port 465 by default).
public enum MailURL {
    public static let defaultSetting = "dir:outbox"
    public static let environmentVariable = "REGLAMENT_MAIL"

    /// The setting given, else the environment's, else the default.
    public static func setting(_ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        given ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultSetting
    }

    public static func transport(_ setting: String, relativeTo base: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        throws(MailSettingError) -> any MailTransport
    {
        if setting.hasPrefix("dir:") {
            let path = String(setting.dropFirst(4))
            guard !path.isEmpty else { throw MailSettingError(setting: setting, reason: "give a folder: dir:PATH") }
            return DirectoryTransport(folder: URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL)
        }
        if setting.hasPrefix("sendmail:") {
            let path = String(setting.dropFirst("sendmail:".count))
            return SendmailTransport(program: path.isEmpty ? "/usr/sbin/sendmail" : path)
        }
        return try smtp(setting)
    }

    private static func smtp(_ setting: String) throws(MailSettingError) -> SMTPTransport {
        guard let url = URLComponents(string: setting), let scheme = url.scheme?.lowercased(), scheme == "smtp" || scheme == "smtps" else {
            throw MailSettingError(setting: redacted(setting), reason: "use dir:PATH, sendmail:PROGRAM, smtp://host:port or smtps://host:port")
        }
        guard let host = url.host, !host.isEmpty else { throw MailSettingError(setting: redacted(setting), reason: "the server's host is missing") }
        var options: [String: String] = [:]
        for item in url.queryItems ?? [] { options[item.name.lowercased()] = item.value ?? "" }
        let known: Set = ["tls", "cafile", "timeout"]
        if let unknown = options.keys.sorted().first(where: { !known.contains($0) }) {
            throw MailSettingError(setting: redacted(setting), reason: "unknown option '\(unknown)' (known: tls, cafile, timeout)")
        }
        var security: SMTPTransport.Security = scheme == "smtps" ? .implicit : .opportunistic
        switch options["tls"] {
        case nil, "auto"?: break
        case "required"?: if security != .implicit { security = .required }
        case let other?: throw MailSettingError(setting: redacted(setting), reason: "tls=\(other): use tls=required or leave it out")
        }
        var timeout = Duration.seconds(30)
        if let text = options["timeout"] {
            guard let seconds = Int(text), seconds > 0 else { throw MailSettingError(setting: redacted(setting), reason: "timeout=\(text) is not a number of seconds") }
            timeout = .seconds(seconds)
        }
        return SMTPTransport(
            host: host, port: url.port ?? (scheme == "smtps" ? 465 : 25), security: security,
            username: url.percentEncodedUser.flatMap { $0.removingPercentEncoding },
            password: url.percentEncodedPassword.flatMap { $0.removingPercentEncoding },
            trustedCertificates: options["cafile"], timeout: timeout)
    }

    /// The setting without its password, for messages.
    public static func redacted(_ setting: String) -> String {
        guard var url = URLComponents(string: setting), url.password != nil else { return setting }
        url.password = "***"
        return url.string ?? setting
    }
}

public struct MailSettingError: Error, CustomStringConvertible {
    public let setting: String
    public let reason: String
    public var description: String { "mail setting '\(setting)': \(reason)" }
}
