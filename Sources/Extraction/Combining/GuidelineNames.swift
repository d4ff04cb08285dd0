/// Where the product's guidelines for organizations (modern news: docs/organizations.md) differ from CoNLL-2003's,
/// on which the tagger was trained, so that the tagger alone would follow the older ones.
///
/// - A venue is a place even when a sponsor's name is in it ("Shoreline Amphitheatre", "Mohegan Sun Arena"); CoNLL
///   has few venues, and a tagger reads "Ameris Bank Amphitheatre" as the bank.
/// - A law or an agreement is no organization ("Digital Markets Act", "First Amendment", "Paris Agreement"), though it
///   is named after one or holds a cue word the tagger trusts ("Consumer Protection Act", "Trade Union Act").
/// - The White House, as the president's office, is an organization (the guidelines' own example: "White House" +
///   "National Security Council"); CoNLL labels it a place.
extension CombinedOrganizationFinder {
    /// Last words that make a name a venue. Only words that end no organization's name: "Center", "Hall", "Club",
    /// "Field" and "Garden" also end organizations' names (Medical Center, Hall of Fame, Rotary Club), so they are
    /// left to the tagger.
    static let venueHeads: Set<String> = [
        "amphitheatre", "amphitheater", "arena", "stadium", "pavilion", "ballpark", "coliseum", "speedway", "raceway",
        "racetrack", "auditorium",
    ]

    /// Last words that make a name a law or an agreement. Not "Treaty" or "Accord": companies are named after them
    /// ("Penn Treaty American", CoNLL train).
    static let lawHeads: Set<String> = ["act", "amendment", "agreement", "directive"]

    /// Names of a government's seat that stand for an office of that government.
    static let officeSeats: [[Unicode.Scalar]] = [Array("White House".unicodeScalars)]

    /// Adds each occurrence of an office seat's name inside `regions` (whole words, not inside another mention) as
    /// a mention of that office.
    static func addingOfficeSeats(
        _ organizations: [FoundOrganization], regions: [Range<Int>]?, _ scalars: [Unicode.Scalar],
        capitals: ArticleCapitals? = nil
    ) -> [FoundOrganization] {
        var result = organizations
        let cover = regions.map(RegionCover.init)
        for seat in officeSeats {
            var found: [Mention] = []
            for start in wholeWordStarts(of: seat, in: scalars, capitals: capitals) {
                let end = start + seat.count
                if let cover, !cover.encloses(start, end) { continue }
                let covered = result.contains { organization in
                    organization.mentions.contains { $0.start < end && start < $0.end }
                }
                if !covered {
                    found.append(Mention(start: start, end: end, text: ScalarClass.string(seat)))
                }
            }
            guard !found.isEmpty else { continue }
            add(found, named: ScalarClass.string(seat), to: &result)
        }
        return result
    }

    /// `found` as mentions of the organization named `name`: added to the one with its key, or as a new one.
    static func add(_ found: [Mention], named name: String, to organizations: inout [FoundOrganization]) {
        let key = OrganizationKey.make(name)
        if let index = organizations.firstIndex(where: { $0.key == key }) {
            organizations[index].mentions = (organizations[index].mentions + found).sorted { $0.start < $1.start }
        } else {
            organizations.append(FoundOrganization(name: name, key: key, mentions: found))
        }
    }

    /// `organizations` with each of `candidates` that lies inside the regions and overlaps none of their mentions
    /// (`FreeNameSpace`) added as a mention of the organization its text names (`addEach`): how the passes that add
    /// the names the tagger typed otherwise, or left untyped, end.
    static func addingFree(
        _ candidates: [Mention], to organizations: [FoundOrganization], regions: [Range<Int>]?, length: Int
    ) -> [FoundOrganization] {
        guard !candidates.isEmpty else { return organizations }
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: length)
        let found = candidates.filter { space.admits($0) }
        guard !found.isEmpty else { return organizations }
        var result = organizations
        addEach(found, to: &result)
        return result
    }

    /// Each of `found` as a mention of the organization its own text names, as `add` would add them one by one,
    /// with the organizations looked up by key in one table and each one's mentions sorted once: a page of
    /// thousands of appositions made `add` quadratic.
    static func addEach(_ found: [Mention], to organizations: inout [FoundOrganization]) {
        var indexOfKey = [String: Int](minimumCapacity: organizations.count + found.count)
        for (index, organization) in organizations.enumerated() where indexOfKey[organization.key] == nil {
            indexOfKey[organization.key] = index
        }
        var grown = Set<Int>()
        for mention in found {
            let key = OrganizationKey.make(mention.text)
            if let index = indexOfKey[key] {
                organizations[index].mentions.append(mention)
                grown.insert(index)
            } else {
                indexOfKey[key] = organizations.count
                organizations.append(FoundOrganization(name: mention.text, key: key, mentions: [mention]))
            }
        }
        for index in grown { organizations[index].mentions.sort { $0.start < $1.start } }
    }

    /// A letter or a digit: what a whole word must not touch on either side (`wholeWordStarts`,
    /// `wordsWrittenInLowercase`).
    /// Inlined for ASCII (a few instructions, where the call cost more than the test: the glue asks it of the
    /// scalar before every capital of an article); the rest asks Unicode's tables out of line.
    @inline(__always)
    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property look-up costs a call, and most scalars of English news are ASCII.
        if s.value < 0x80 {
            let folded = s.value | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return isNameScalarBeyondASCII(s)
    }

    @inline(never)
    private static func isNameScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ScalarClass.isDigit(s)
    }

    /// `wholeWordStarts(of:in:)` read from the article's capitals when `name` opens with an ASCII capital: the
    /// offsets of that letter (`ArticleCapitals.offsets(of:)`, a few dozen in an article) are the only places such a
    /// name can start, so the text between them is not searched. The same starts, in the same order.
    // The loop below repeats `wholeWordStarts(of:in:)`'s on purpose: one loop taking the next candidate from a closure
    // made this search cost 6.6M instructions on the 91 dev texts instead of 2.9M (round 27, cg.sh text-full).
    static func wholeWordStarts(
        of name: [Unicode.Scalar], in scalars: [Unicode.Scalar], capitals: ArticleCapitals?
    ) -> [Int] {
        guard let capitals, capitals.count == scalars.count, let first = name.first, first.value &- 0x41 < 26,
            name.count <= scalars.count
        else { return wholeWordStarts(of: name, in: scalars) }
        return scalars.withUnsafeBufferPointer { text in
            var starts: [Int] = []
            var k = 0
            let last = text.count - name.count
            for hit in capitals.offsets(of: first) where hit >= k {
                guard hit <= last else { break }
                k = hit
                if text[k..<(k + name.count)].elementsEqual(name), k == 0 || !isNameScalar(text[k - 1]),
                    k == last || !isNameScalar(text[k + name.count])
                {
                    starts.append(k)
                    k += name.count
                } else {
                    k += 1
                }
            }
            return starts
        }
    }

    /// Starts of `name` in `scalars` as whole words (no letter or digit on either side), not overlapping.
    static func wholeWordStarts(of name: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Int] {
        guard let first = name.first, name.count <= scalars.count else { return [] }
        // Over the text's buffer, skipping to the name's first scalar with `memchr` (ScalarSearch): every article
        // is searched whole, and stepping scalar by scalar cost more than the comparisons.
        return scalars.withUnsafeBufferPointer { text in
            var starts: [Int] = []
            var k = 0
            let last = text.count - name.count
            while k <= last {
                guard let hit = ScalarSearch.next(first, in: text, from: k), hit <= last else { break }
                k = hit
                if text[k..<(k + name.count)].elementsEqual(name), k == 0 || !isNameScalar(text[k - 1]),
                    k == last || !isNameScalar(text[k + name.count])
                {
                    starts.append(k)
                    k += name.count
                } else {
                    k += 1
                }
            }
            return starts
        }
    }
}
