import Foundation
import ReglamentModel
import ReglamentRun

/// The regulation's gaps as operators met them: off-script notes grouped
/// by wording. Two notes are one group when their stemmed words overlap
/// enough («Есть ли самовывоз?», «клиент спрашивает про самовывоз»), so
/// the auditor reads each missing topic once, with how often it came up
/// and at which steps.
public struct NoteGroup: Sendable, Equatable, Codable {
    public struct Place: Sendable, Equatable, Codable {
        public var script: String
        public var step: String
        public var count: Int
    }

    /// The group's most frequent stems, the "topic" in a few words.
    public var words: [String]
    public var count: Int
    /// The first note of the group, as `PersonalDataMask` left it.
    public var example: String
    public var places: [Place]
    /// Calls where the note was taken (the first `NoteGroups.referencesShown`).
    public var references: [String]
}

public enum NoteGroups {
    /// Shared stems over all stems (Jaccard) at or above which a note joins a group.
    static let similarity = 0.5
    static let referencesShown = 10
    static let wordsShown = 4

    /// `notes` already masked (`PersonalDataMask`): their text is shown as it comes.
    public static func group(_ notes: [CallLogTallies.NoteRecord]) -> [NoteGroup] {
        struct Forming {
            var stems: Set<String>
            var stemCounts: [String: Int] = [:]
            var notes: [CallLogTallies.NoteRecord] = []
        }
        var groups: [Forming] = []
        // The same words always go to the same group, and are stemmed once:
        // operators write the same short notes again and again.
        var groupOfText: [String: (group: Int, stems: Set<String>)] = [:]
        for note in notes {
            if let known = groupOfText[note.text] {
                groups[known.group].notes.append(note)
                for stem in known.stems { groups[known.group].stemCounts[stem, default: 0] += 1 }
                continue
            }
            let stems = words(of: note.text)
            // The most similar group; the earliest among equals.
            var best: (index: Int, score: Double)?
            for candidate in groups.indices {
                let score = jaccard(stems, groups[candidate].stems)
                if score >= similarity, score > (best?.score ?? -1) { best = (candidate, score) }
            }
            let index: Int
            if let best {
                index = best.index
            } else {
                groups.append(Forming(stems: stems))
                index = groups.count - 1
            }
            groupOfText[note.text] = (index, stems)
            groups[index].notes.append(note)
            for stem in stems { groups[index].stemCounts[stem, default: 0] += 1 }
        }
        // Most frequent first; among equals, the one met first.
        let ordered = groups.enumerated().sorted { a, b in
            a.element.notes.count != b.element.notes.count ? a.element.notes.count > b.element.notes.count : a.offset < b.offset
        }
        return ordered.map { _, group in
            var places: [String: NoteGroup.Place] = [:]
            var order: [String] = []
            for note in group.notes {
                let key = "\(note.script)/\(note.step)"
                if places[key] == nil { order.append(key) }
                places[key, default: NoteGroup.Place(script: note.script, step: note.step, count: 0)].count += 1
            }
            var references: [String] = []
            for note in group.notes where !references.contains(note.reference) && references.count < referencesShown {
                references.append(note.reference)
            }
            return NoteGroup(
                words: topStems(group.stemCounts),
                count: group.notes.count, example: group.notes[0].text,
                places: order.compactMap { places[$0] }.sorted { $0.count > $1.count }, references: references)
        }
    }

    /// How operators start a note ("клиент спрашивает про…"): the same in
    /// every note, so they say nothing about what is missing.
    static let boilerplate: Set<String> = Set(
        ["клиент", "клиентка", "спрашивает", "спросил", "спросила", "просит", "хочет", "интересуется", "уточняет", "вопрос", "про", "тел", "телефон"]
            .map(RussianStemmer.stem))

    /// The note's meaningful stems: what the mask hid and the operators' boilerplate left out.
    static func words(of text: String) -> Set<String> {
        Set(FAQSearch.stems(of: PersonalDataMask.removingPlaceholders(text))).subtracting(boilerplate)
    }

    /// The stems most notes of the group share, alphabetical among equals.
    static func topStems(_ counts: [String: Int]) -> [String] {
        let sorted = counts.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }
        return sorted.prefix(wordsShown).map(\.key)
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}
