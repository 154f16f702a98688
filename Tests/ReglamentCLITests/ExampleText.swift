import ReglamentCheck

/// The check library's example regulation as file text.
enum ExampleText {
    /// As it is: no problems.
    static var complete: String {
        ExampleRegulation.sections.map(\.yaml).joined()
    }

    /// With its authority section removed: one warning.
    static var withoutAuthority: String {
        ExampleRegulation.sections.filter { $0.key != "authority" }.map(\.yaml).joined()
    }
}
