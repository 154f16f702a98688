public import ReglamentYAML
