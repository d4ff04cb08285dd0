/// A parent organization and its units or offspring, which a tagger trained on 1996 Reuters and the rules' short
/// forms run together: "NASA’s Office of the Inspector General" is two names, and "Siemens AG" is not "Siemens Energy".
extension TaggedOrganizationFinder {
    /// "NASA’s Office of the Inspector General": an acronym's possessive before the name of one of its units is two
    /// organizations, the parent and the unit (the guidelines make them two names), where the tagger reads one run.
    /// Only after a word in capitals of two letters or more and before capitalised words that hold a unit's head
    /// word: names with a possessive of their own keep it, since the word before is no acronym ("Moody's Investors
    /// Service", "People's Daily", "Sheriff's Office", "Queen's Park Rangers").
    static func splitAtParentPossessive(_ span: EntitySpan, _ text: ScalarText) -> [EntitySpan]? {
        let s = text.scalars
        guard span.start >= 0, span.end <= s.count else { return nil }
        var k = span.start
        while k + 3 < span.end {
            defer { k += 1 }
            guard s[k] == "'" || s[k] == "’", s[k + 1] == "s", s[k + 2] == " ", isUpper(s[k + 3]) else { continue }
            var wordStart = k
            while wordStart > span.start && s[wordStart - 1] != " " { wordStart -= 1 }
            let parent = s[wordStart..<k]
            guard parent.count >= 2, parent.allSatisfy({ isUpper($0) || $0 == "." || $0 == "&" }),
                parent.contains(where: { isUpper($0) })
            else { continue }
            let unit = ScalarClass.string(s[(k + 3)..<span.end])
            guard unit.split(separator: " ").contains(where: { unitHeads.contains($0.lowercased()) }) else {
                continue
            }
            return [
                EntitySpan(start: span.start, end: k, label: span.label),
                EntitySpan(start: k + 3, end: span.end, label: span.label),
            ]
        }
        return nil
    }

    /// Head words of an agency's or a company's units.
    static let unitHeads: Set<String> = [
        "office", "department", "bureau", "division", "board", "committee", "council", "commission", "agency", "unit",
        "directorate", "administration", "institute", "center", "centre", "laboratory", "laboratories", "service",
        "command", "court",
    ]
}

extension CombinedOrganizationFinder {
    /// "Siemens AG" beside "Siemens Energy AG": a name written in full, with its own legal suffix, whose words open a
    /// longer rule name is the parent company, not that name's short form (the rules' "Siemens"), so the tagger's
    /// organization keeps its own row. A bare "Siemens" still joins the longer name.
    static func isParentNamedInFull(_ organization: FoundOrganization, beside rule: FoundOrganization) -> Bool {
        guard opensWithKeyAndSpace(rule.key, organization.key),
            let last = organization.name.split(separator: " ").last, organization.name.contains(" ")
        else { return false }
        var suffix = last.lowercased()
        if suffix.hasSuffix(".") { suffix.removeLast() }
        return OrganizationKey.legalSuffixes.contains(suffix)
    }

    /// `key.count > shorter.count && key.hasPrefix(shorter + " ")`: the first follows from the second, which two
    /// ASCII keys answer from their bytes (an ASCII space ends a character and is one) without counting the
    /// characters of both or joining a String.
    static func opensWithKeyAndSpace(_ key: String, _ shorter: String) -> Bool {
        let ascii = key.utf8.withContiguousStorageIfAvailable { keyBytes -> Bool? in
            shorter.utf8.withContiguousStorageIfAvailable { shorterBytes -> Bool? in
                guard !keyBytes.contains(where: { $0 >= 0x80 }), !shorterBytes.contains(where: { $0 >= 0x80 }) else {
                    return nil
                }
                return keyBytes.count > shorterBytes.count && keyBytes.starts(with: shorterBytes)
                    && keyBytes[shorterBytes.count] == 0x20
            } ?? nil
        }
        if let answer = ascii ?? nil { return answer }
        return key.count > shorter.count && key.hasPrefix(shorter + " ")
    }
}
