/// The stems an item's words are matched on to find its product class:
/// the class's `keywords`, else the words of its name. One place, so the
/// compiler, the clash check and the runner agree on what a class matches.
public enum ProductKeywords {
    /// Words shorter than this say too little to name a class ("и", "для").
    static let shortestWord = 3

    public static func stems(of productClass: ProductClass) -> [String] {
        let words = productClass.keywords.map { $0.map(\.value) } ?? [productClass.name.value]
        var seen = Set<String>()
        return words.flatMap { RussianStemmer.stems(ofWords: $0) }
            .filter { $0.count >= shortestWord && seen.insert($0).inserted }
    }

    /// The classes (by position in `keywords`) whose stems an item's text contains.
    public static func matches(_ item: String, keywords: [[String]]) -> [Int] {
        let stems = Set(RussianStemmer.stems(ofWords: item))
        return keywords.indices.filter { !stems.isDisjoint(with: keywords[$0]) }
    }
}
