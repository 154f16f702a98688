import ReglamentCheck

enum ExampleText {
    /// The example regulation with its authority section removed: one warning.
    static var withoutAuthority: String {
        ExampleRegulation.sections.filter { $0.key != "authority" }.map(\.yaml).joined()
    }
}
