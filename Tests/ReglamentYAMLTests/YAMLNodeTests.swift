import Testing
import ReglamentYAML

@Test func nullScalars() {
    #expect(YAMLScalar("~").isNull)
    #expect(!YAMLScalar("~", style: .singleQuoted).isNull)
}
