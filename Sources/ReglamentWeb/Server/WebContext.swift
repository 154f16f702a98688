import Hummingbird
import NIOCore
import ReglamentAccess

/// What a request carries through the middleware to its route: who is
/// logged in (nil before login), their session, and a POST's form fields
/// and files (read once, by `FormMiddleware`, which checks the CSRF token).
public struct WebContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public var user: UserAccount?
    public var session: WebSession?
    public var form: [String: String] = [:]
    /// The files of a multipart form, in the order sent.
    public var files: [UploadedFile] = []

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// A regulation's files are uploaded through forms.
    public var maxUploadSize: Int { 4 * 1024 * 1024 }

    /// The address logins are counted by: the peer's, without its port.
    var clientAddress: String {
        remoteAddress?.ipAddress ?? "unknown"
    }
}
