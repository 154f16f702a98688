import ReglamentCLI

ReglamentCommand.main()
