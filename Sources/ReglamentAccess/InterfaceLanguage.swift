/// The language of the web workspace's own words (menus, buttons,
/// headings, notices) as a person chose it. What the operator reads to the
/// client stays in the regulation's language whatever this is.
public enum InterfaceLanguage: String, CaseIterable, Sendable, Codable {
    case russian = "ru"
    case english = "en"

    /// The language a regulation's `shop.locale` (BCP 47, e.g. `ru-RU`, `en-GB`) names; nil for others.
    public init?(locale: String) {
        let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self.init(rawValue: language)
    }

    /// The language's own name, as a chooser lists it.
    public var ownName: String {
        switch self {
        case .russian: "Русский"
        case .english: "English"
        }
    }
}
