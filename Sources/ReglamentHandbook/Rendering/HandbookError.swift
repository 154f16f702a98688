/// Why a handbook could not be rendered or written. Each case names the
/// file concerned, so a regulation's own broken template is found at once.
public enum HandbookError: Error, Equatable, CustomStringConvertible {
    /// The template file is missing or unreadable.
    case templateUnreadable(path: String, reason: String)
    /// The template is not valid Mustache; `line` and `column` are 1-based.
    case templateInvalid(path: String, line: Int, column: Int, reason: String)
    /// The rendered handbook could not be written.
    case cannotWrite(path: String, reason: String)

    public var path: String {
        switch self {
        case .templateUnreadable(let path, _), .templateInvalid(let path, _, _, _), .cannotWrite(let path, _): path
        }
    }

    public var description: String {
        switch self {
        case .templateUnreadable(let path, let reason): "\(path): cannot read template: \(reason)"
        case .templateInvalid(let path, let line, let column, let reason): "\(path):\(line):\(column): invalid template: \(reason)"
        case .cannotWrite(let path, let reason): "\(path): cannot write handbook: \(reason)"
        }
    }
}
