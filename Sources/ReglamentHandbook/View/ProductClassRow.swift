/// One product class and who consults on it.
public struct ProductClassRow: Sendable, Equatable {
    public var name: String
    public var classDescription: String?
    /// "Екатерина Лаврова, Игорь Соколов" or "—".
    public var specialists: String
}
