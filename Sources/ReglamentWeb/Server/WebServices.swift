import Foundation
import NIOPosix
import ReglamentAccess
import ReglamentRun

/// Everything the store must do for the workspace: calls, lists, people, sessions.
public typealias WebStore = WorkspaceStore & UserStore & SessionStore & APITokenStore & ScreenPopStore & CallLogReader

/// What the routes share: the store, the shops, the password hasher, the
/// login throttle, the pages and the clock.
public struct WebServices: Sendable {
    public let store: any WebStore
    public let workspace: Workspace
    public let hasher: PasswordHasher
    public let throttle: LoginThrottle
    public let settings: WebSettings
    let pages: Pages
    let liveCalls = LiveCalls()
    public let clock: @Sendable () -> Date
    /// A hash checked for logins of unknown names, so they take as long as a wrong password.
    private let decoy: String

    public init(
        store: any WebStore, workspace: Workspace, hasher: PasswordHasher, settings: WebSettings = WebSettings(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.store = store
        self.workspace = workspace
        self.hasher = hasher
        self.settings = settings
        self.clock = clock
        throttle = LoginThrottle(limits: settings.logins)
        pages = try Pages()
        decoy = try hasher.hash(SessionToken.make())
    }

    /// Checks a password on NIO's thread pool: bcrypt takes a quarter of a
    /// second of a core, which the event loops must not wait on.
    func verify(_ password: String, against stored: String?) async throws -> Bool {
        let hasher = self.hasher
        let hash = stored ?? decoy
        let matches = try await NIOThreadPool.singleton.runIfActive { hasher.verify(password, against: hash) }
        return matches && stored != nil
    }
}
