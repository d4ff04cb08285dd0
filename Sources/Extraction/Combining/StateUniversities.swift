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
        return addingFree(found, to: organizations, regions: regions, length: scalars.count)
    }

    private static let stateWord = Array("State".unicodeScalars)

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
