/// The package's `Templates/` folder as it was when this binary was built
/// (the EmbedTemplates plugin writes `texts`): the binary carries its own
/// templates, so a copy of it anywhere renders handbooks and mails without
/// the source tree or a resource bundle.
public enum BuiltInTemplates {
    /// The text of `Templates/<path>`, e.g. `handbook.html.mustache`; nil when no such template was built in.
    public static func text(of path: String) -> String? {
        texts[path]
    }

    /// Every built-in template's path inside `Templates/`, sorted.
    public static var paths: [String] {
        texts.keys.sorted()
    }
}
