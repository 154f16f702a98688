/// Why an output set was not written; nothing of it was.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var path: String {
        switch self {
        case .cannotWrite(let path, _): path
        }
    }

    public var reason: String {
        switch self {
        case .cannotWrite(_, let reason): reason
        }
    }

    public var description: String {
        "cannot write '\(path)': \(reason)"
    }
}
