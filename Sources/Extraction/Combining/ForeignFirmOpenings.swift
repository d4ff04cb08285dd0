/// Round 27: "Grupo Financiero Galicia", "Banco Sabadell", "Instituto Butantan": a name that opens with another
/// language's word for a group, a bank, a company, an institute, a university or a foundation. The tagger, trained on
/// English Reuters copy, reads the unfamiliar words as a place or a person and carries the type over the name; the
/// first word says what the name is. In CoNLL-2003 train and dev and web-news dev every gold name opening with one of
/// these words is an organization ("Banco de Mexico", "Empresa Nacional del Petroleo", "Banco Santander").
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed LOC, MISC or PER of two words or more whose first word is one of
    /// `foreignFirmOpenings` and whose next word is capitalised or a connector ("de", "del", "di", "do", "da").
    static func addingForeignFirmOpenings(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label != "ORG" && span.end - span.start >= 8 {
            // The first letter and the first word's length before any string: most spans open otherwise.
            let first = scalars[span.start]
            guard
                first == "G" || first == "B" || first == "C" || first == "S" || first == "E" || first == "I"
                    || first == "U" || first == "F"
            else { continue }
            var k = span.start
            while k < span.end, scalars[k] != " " { k += 1 }
            guard k < span.end, k - span.start <= 12,
                foreignFirmOpenings.contains(ScalarClass.string(scalars[span.start..<k]))
            else { continue }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            guard let second = text.split(separator: " ").dropFirst().first,
                second.first?.isUppercase == true || ["de", "del", "di", "do", "da", "des", "du"].contains(second)
            else { continue }
            found.append(Mention(start: span.start, end: span.end, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Words for a firm, a bank, an institute, a university or a foundation in Spanish, Portuguese, Italian, French
    /// and German that open its name.
    static let foreignFirmOpenings: Set<String> = [
        "Grupo", "Groupe", "Gruppo", "Banco", "Banca", "Banque", "Compañía", "Companhia", "Compagnie", "Sociedad",
        "Société", "Empresa", "Instituto", "Institut", "Istituto", "Universidad", "Universidade", "Università",
        "Université", "Universität", "Fundación", "Fundação", "Fondazione", "Fondation",
    ]
}
