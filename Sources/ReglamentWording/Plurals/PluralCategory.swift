/// Which form a Russian noun takes after a number: 1, 21, 101 день (one);
/// 2–4, 22 дня (few); 5–20, 111 дней (many).
public enum PluralCategory: Sendable, Equatable {
    case one, few, many

    public init(_ number: Int) {
        let lastTwo = abs(number) % 100, last = abs(number) % 10
        if (11...14).contains(lastTwo) {
            self = .many
        } else if last == 1 {
            self = .one
        } else if (2...4).contains(last) {
            self = .few
        } else {
            self = .many
        }
    }
}
