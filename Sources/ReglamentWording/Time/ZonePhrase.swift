/// "по московскому времени": whose clock a time is on, said the way
/// Russian speakers name the common zones; another zone by its city.
public enum ZonePhrase {
    private static let adjectives: [String: String] = [
        "Europe/Kaliningrad": "калининградскому", "Europe/Moscow": "московскому", "Europe/Samara": "самарскому",
        "Europe/Volgograd": "волгоградскому", "Asia/Yekaterinburg": "екатеринбургскому", "Asia/Omsk": "омскому",
        "Asia/Novosibirsk": "новосибирскому", "Asia/Barnaul": "барнаульскому", "Asia/Krasnoyarsk": "красноярскому",
        "Asia/Irkutsk": "иркутскому", "Asia/Chita": "читинскому", "Asia/Yakutsk": "якутскому",
        "Asia/Vladivostok": "владивостокскому", "Asia/Magadan": "магаданскому", "Asia/Sakhalin": "сахалинскому",
        "Asia/Kamchatka": "камчатскому", "Europe/Minsk": "минскому", "Europe/Berlin": "берлинскому",
        "Asia/Almaty": "алматинскому",
    ]

    public static func whose(_ timezone: String) -> String {
        if let adjective = adjectives[timezone] { return "по \(adjective) времени" }
        let city = timezone.split(separator: "/").last.map { $0.replacingOccurrences(of: "_", with: " ") } ?? timezone
        return "по времени \(city)"
    }
}
