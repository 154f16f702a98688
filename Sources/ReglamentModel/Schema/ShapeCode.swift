/// Codes of the problems the shape check finds. Stable: users search for
/// them and CI systems track them.
public enum ShapeCode {
    public static let unknownKey = "R101"
    public static let wrongType = "R102"
    public static let missingField = "R103"
    public static let badFormat = "R104"
    public static let badValue = "R105"
    public static let conflictingSections = "R106"
    public static let badInclude = "R107"
    public static let unsupportedVersion = "R108"
}
