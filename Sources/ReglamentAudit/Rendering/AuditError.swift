/// Why an audit could not be made or shown; names the file concerned.
public enum AuditError: Error, Equatable, CustomStringConvertible {
    case templateUnreadable(path: String)
    case templateInvalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .templateUnreadable(let path): "\(path): cannot read the audit template"
        case .templateInvalid(let path, let reason): "\(path): invalid audit template: \(reason)"
        }
    }
}
