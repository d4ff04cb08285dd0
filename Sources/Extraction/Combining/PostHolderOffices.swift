/// "The Federal Public Defender's Office", "the Prime Minister's Office": an office named after the post that heads
/// it, with the post's possessive inside the name. The tagger reads the "'s" as a name's end and reports "Office"
/// alone, which names nothing on its own; the post and the capitalised words before it belong to the name
/// ("Broward County Sheriff's Office", CoNLL train).
extension CombinedOrganizationFinder {
    /// Widens a mention that opens with "Office" right after "'s " over the capitalised words before it, when the
    /// last of them is a post (`officeHolderPosts`) and "The", a lowercase word or a line's start comes before
    /// them; the widened mentions are regrouped under their key.
    static func widenedOverPostHolders(
        _ organizations: [FoundOrganization], _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        respanning(organizations, scalars) { mention in
            postHolderStart(before: mention, scalars).map { $0..<mention.end }
        }
    }

    /// Where the post holder's name before `mention` starts, when the mention is the office (see above).
    static func postHolderStart(before mention: Mention, _ s: [Unicode.Scalar]) -> Int? {
        // The cheap test first: "s " before the mention, and the mention opens with "Office".
        guard mention.start >= 6, s[mention.start - 1] == " ", s[mention.start - 2] == "s",
            s[mention.start - 3] == "'" || s[mention.start - 3] == "’", mention.text.hasPrefix("Office"),
            mention.text.count == 6 || mention.text.hasPrefix("Office ")
        else { return nil }
        // The capitalised words before the possessive, at most four, stopping at "The".
        var start = mention.start - 3
        var words: [String] = []
        while words.count < 4, start > 0, isNameScalar(s[start - 1]) {
            var k = start
            while k > 0, isNameScalar(s[k - 1]) { k -= 1 }
            let word = ScalarClass.string(s[k..<start])
            guard ScalarClass.isUppercase(s[k]), word != "The" else { break }
            words.append(word)
            start = k
            guard start >= 2, s[start - 1] == " ", isNameScalar(s[start - 2]) else { break }
            start -= 1
        }
        if s[start] == " " { start += 1 }
        guard let post = words.first, officeHolderPosts.contains(post.lowercased()) else { return nil }
        return start
    }

    /// Posts whose holder's office is named after them ("Attorney General's Office", "Sheriff's Office").
    static let officeHolderPosts: Set<String> = [
        "defender", "general", "attorney", "prosecutor", "prosecutors", "sheriff", "mayor", "governor", "coroner",
        "comptroller", "controller", "ombudsman", "commissioner", "auditor", "registrar", "treasurer", "minister",
        "president", "secretary", "director", "chancellor", "premier", "marshal",
    ]
}
