import ReglamentModel

extension Weekday {
    /// "пн", "вт" … "вс", as in "пн–пт 10:00–19:00".
    public var abbreviated: String {
        ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][rawValue - 1]
    }

    /// "в понедельник", "во вторник" … "в воскресенье".
    public var onTheDay: String {
        ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"][rawValue - 1]
    }
}
