import Foundation

/// What the labels of other languages say of the dates after them (round 26), and a line's dates cut at their
/// labels when it holds a publication's and an update's ("Mis à jour le 20/02/2026, publié le 19/02/2026").
extension TextMetadataReader {
    /// Lowered labels, other than the English ones and those holding "publi" ("publié", "publicado", "publicerad",
    /// "opublikowano"), that say a date is the story's publication: the Italian "pubblicato", the Dutch
    /// "geplaatst", the German "erschienen".
    static let publishedLabelsInOtherLanguages = ["pubblicat", "geplaatst", "erschienen"].map { Array($0.utf8) }

    /// Lowered labels that say a date is a later edit: "aggiornato", "bijgewerkt", "mis à jour", "modifié",
    /// "actualizado", "atualizado", "uppdaterad", "oppdatert", "opdateret", "zaktualizowano", "aktualizováno".
    static let updatedLabelsInOtherLanguages = [
        "aggiornat", "bijgewerkt", "laatste update", "gewijzigd", "mis à jour", "modifié", "actualizad", "atualizad",
        "uppdaterad", "oppdatert", "opdateret", "aktualizowan", "aktualizacja", "aktualizováno", "modifica",
    ].map { Array($0.utf8) }

    /// `labelScore`'s share for the labels of other languages: for a publication's, against an edit's.
    static func otherLanguagesLabelScore(_ lower: String) -> Double {
        var score = 0.0
        if publishedLabelsInOtherLanguages.contains(where: { ByteSearch.contains(lower, $0) }) { score += 3 }
        if updatedLabelsInOtherLanguages.contains(where: { ByteSearch.contains(lower, $0) }) { score -= 1.5 }
        return score
    }

    /// Where in a lowered line a publication's label and an edit's start, in any language the labels are known in.
    static let labelKinds: [(bytes: [UInt8], published: Bool)] =
        ["publi", "posted", "veröffentlicht"].map { (Array($0.utf8), true) }
        + publishedLabelsInOtherLanguages.map { ($0, true) }
        + ["updated", "modified", "aktualisiert"].map { (Array($0.utf8), false) }
        + updatedLabelsInOtherLanguages.map { ($0, false) }

    /// A part of a line cut before each label when it holds both a publication's and an edit's, so each date is
    /// scored by its own label ("Updated 21 Jan 2026 Published 20 Jan 2026"); the part whole otherwise. On the
    /// lowered part's bytes: its dates are read from the lowered text then (the scanner lowers its words anyway).
    static func partsAtLabels(_ part: String, lowered lower: String) -> [String] {
        // Most dated parts hold one label or none: two byte searches answer before the positions are gathered.
        guard labelKinds.contains(where: { $0.published && ByteSearch.contains(lower, $0.bytes) }),
            labelKinds.contains(where: { !$0.published && ByteSearch.contains(lower, $0.bytes) })
        else { return [part] }
        let bytes = Array(lower.utf8)
        var starts: [(at: Int, published: Bool)] = []
        for kind in labelKinds {
            var from = 0
            while let at = firstIndex(of: kind.bytes, in: bytes, from: from) {
                starts.append((at, kind.published))
                from = at + kind.bytes.count
            }
        }
        guard starts.contains(where: { $0.published }), starts.contains(where: { !$0.published }) else { return [part] }
        let cuts = Set(starts.map(\.at)).filter { $0 > 0 }.sorted()
        var parts: [String] = []
        var start = 0
        for cut in cuts + [bytes.count] where cut > start {
            parts.append(String(decoding: bytes[start..<cut], as: UTF8.self))
            start = cut
        }
        return parts
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Whether block `i` is a short line at most two blocks under the byline the headline sits over (`anchor`), with
    /// no sentence on it: the byline box's stamp ("Thursday 5 March 2026 07:30, UK"), not a date in the story.
    func stampsByline(_ i: Int, anchor: Int?) -> Bool {
        guard let anchor, i > anchor, i - anchor <= 2, features[i].length <= 12, !features[i].endsSentence else {
            return false
        }
        // The anchor is a byline, not a date line of its own (`chooseAnchor` falls back to one).
        return DateScanner().dates(in: blocks[anchor].text).isEmpty
    }
}
