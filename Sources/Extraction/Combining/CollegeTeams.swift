/// "Vanderbilt athletic director Malcolm Turner", "a case brought by Dartmouth basketball players": a school's name
/// right before its athletic department or a sport's players or coach is the school's teams, which the guidelines
/// make an organization. The tagger, trained on Reuters 1996, types such a name a place or a miscellaneous name. A
/// people's word before a sport ("Brazilian football players", "American football coach") is no school, nor is a
/// country ("England football coach" is a national side, a place in CoNLL-2003).
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed LOC or MISC, of one or two capitalised words that are no country nor shaped
    /// as a people's word, that " athletic director", " athletics director", " athletic department" or a college
    /// sport and " players", " coach" or " program" follow.
    static func addingCollegeTeams(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label == "LOC" || span.label == "MISC" {
            // The cheap test first: a space and a lowercase "a", "b", "f", "h", "l", "s", "v" or "w" after the span.
            let end = span.end
            guard end + 8 < scalars.count, scalars[end] == " ", collegeFollowerInitials.contains(scalars[end + 1]),
                followsCollegeSport(end + 1, scalars)
            else { continue }
            let text = ScalarClass.string(scalars[span.start..<span.end])
            let words = text.split(separator: " ")
            guard (1...2).contains(words.count),
                words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }),
                !PlaceNames.countries.contains(text.lowercased()),
                !words.contains(where: { word in
                    PlaceNames.demonyms.contains(word.lowercased())
                        || ["ian", "ean", "ese", "ish"].contains { word.hasSuffix($0) }
                })
            else { continue }
            found.append(Mention(start: span.start, end: span.end, text: text))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    /// Whether a college's department or a college sport's players, coach or program start at `start`.
    static func followsCollegeSport(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var words: [String] = []
        var k = start
        while words.count < 2 && k < s.count && s[k].value >= 0x61 && s[k].value <= 0x7A {
            var w = k
            while w < s.count && s[w].value >= 0x61 && s[w].value <= 0x7A { w += 1 }
            words.append(ScalarClass.string(s[k..<w]))
            guard w < s.count, s[w] == " " else { break }
            k = w + 1
        }
        guard words.count == 2 else { return false }
        if words[0] == "athletic" || words[0] == "athletics" {
            return ["director", "directors", "department"].contains(words[1])
        }
        return collegeSports.contains(words[0])
            && ["players", "player", "coach", "coaches", "program", "programme", "team"].contains(words[1])
    }

    /// Sports of American colleges: not "soccer" or "rugby", whose national sides ("Dutch soccer players") are
    /// written so too.
    static let collegeSports: Set<String> = [
        "basketball", "football", "baseball", "softball", "volleyball", "lacrosse", "hockey", "wrestling",
    ]

    private static let collegeFollowerInitials: Set<Unicode.Scalar> = ["a", "b", "f", "h", "l", "s", "v", "w"]
}
