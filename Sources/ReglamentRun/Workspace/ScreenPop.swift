import Foundation

/// A call the telephone system announced (`POST /api/v1/calls`): the shop
/// found by the number dialed and the caller's number, waiting for an
/// operator to take it. Taking it starts the call in the log, with the
/// operator's name the greeting says.
public struct ScreenPop: Sendable, Equatable {
    public var id: String
    public var shop: String
    /// The caller's number, E.164 when it could be read as a phone; as sent otherwise.
    public var caller: String
    public var dialed: String
    public var createdAt: Date
    /// The call's reference once an operator took it.
    public var callReference: String?

    public init(id: String, shop: String, caller: String, dialed: String, createdAt: Date, callReference: String? = nil) {
        self.id = id
        self.shop = shop
        self.caller = caller
        self.dialed = dialed
        self.createdAt = createdAt
        self.callReference = callReference
    }
}

public protocol ScreenPopStore: Sendable {
    func addScreenPop(_ pop: ScreenPop) async throws
    func screenPop(_ id: String, shop: String) async throws -> ScreenPop?
    /// The pop a call was taken from.
    func screenPop(forCall reference: String, shop: String) async throws -> ScreenPop?
    /// Claims the pop for the operator about to start its call; false when someone took it first.
    func claimScreenPop(_ id: String, shop: String) async throws -> Bool
    /// Links a claimed pop to the call started from it.
    func linkScreenPop(_ id: String, shop: String, call reference: String) async throws
}
