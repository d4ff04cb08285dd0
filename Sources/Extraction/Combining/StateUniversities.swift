/// "Florida State", "Penn State", "Louisiana State": a US state's name and "State" is how American news names the
/// state's university, most often its sports teams ("players at Louisiana State and Florida State"). The tagger,
/// trained on Reuters 1996, which never names them, types the two words a place; a state is never written so (its
/// own government is "the state of Florida", and "Washington State" and "New York State" also name the states,
/// which are left out). In CoNLL-2003 train and dev no span reads so; web-news dev has one, "Penn State", an
/// organization.
extension CombinedOrganizationFinder {
    /// Adds each span the tagger typed LOC that is exactly one of `universityStates` and " State".
    static func addingStateUniversities(
        _ organizations: [FoundOrganization], entities: [EntitySpan], regions: [Range<Int>]?,
        _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        for span in entities where span.label == "LOC" {
            // " State" at the span's end is read on the scalars first: most places end otherwise, and no string is
            // made for them.
            let length = span.end - span.start
            guard length >= 9, length <= 20, scalars[span.end - 6] == " ",
                scalars[(span.end - 5)..<span.end].elementsEqual(stateWord)
            else { continue }
            let state = ScalarClass.string(scalars[span.start..<(span.end - 6)])
            guard universityStates.contains(state) else { continue }
            found.append(Mention(start: span.start, end: span.end, text: state + " State"))
        }
        // Round 26: "Ohio State scored 17 points": the tagger types the state alone a place and leaves " State"
        // out. The two words are the university all the same, where no capitalised word follows ("Ohio State
        // University", "Arkansas State Police", CoNLL-2003 train's two such names, are longer names).
        for span in entities where span.label == "LOC" {
            let length = span.end - span.start
            guard length >= 4, length <= 14, isStateWordAfter(span.end, scalars) else { continue }
            let state = ScalarClass.string(scalars[span.start..<span.end])
            guard universityStates.contains(state) else { continue }
            found.append(Mention(start: span.start, end: span.end + 6, text: state + " State"))
        }
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    private static let stateWord = Array("State".unicodeScalars)

    /// Whether " State" follows `end` as a word of its own that no capitalised word follows on the line ("Ohio State
    /// quarterback", not "Ohio State University" nor "Ohio Statehouse").
    static func isStateWordAfter(_ end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard end + 6 <= scalars.count, scalars[end] == " ", scalars[(end + 1)..<(end + 6)].elementsEqual(stateWord)
        else { return false }
        let after = end + 6
        guard after < scalars.count else { return true }
        if isNameScalar(scalars[after]) { return false }
        return !(scalars[after] == " " && after + 1 < scalars.count && ScalarClass.isUppercase(scalars[after + 1]))
    }

    /// The US states whose name and "State" name a university, with "Penn" (Pennsylvania's); not "Washington" or
    /// "New York", whose "… State" also names the state itself.
    static let universityStates: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
        "Oregon", "Penn", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    ]
}
