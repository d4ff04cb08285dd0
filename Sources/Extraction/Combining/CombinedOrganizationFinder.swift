/// The organization finder the product uses: the trained tagger, reading the rule-based finder's mentions as
/// features (stacking), with the rules' article-level links on top.
///
/// The two fail differently. The rules know modern names (a gazetteer, company and agency cue words, acronym
/// definitions, inverted names, short forms) but were written by reading errors; the tagger, trained on Reuters
/// 1996, generalises from context but never saw WeWork or the NHL. Trained with the rules' mentions as features, the
/// tagger learns how far to trust them, and its spans are the mentions reported (docs/organizations.md has the
/// measurements behind this choice). The rules then contribute what a sequence tagger cannot see: which names are
/// one organization (an acronym and its definition, an inverted name and its direct form), and the further
/// mentions of an organization the tagger found that it left untagged (a bare acronym, a short form).
public struct CombinedOrganizationFinder: OrganizationFinder {
    public let rules: RuleBasedOrganizationFinder
    public let tagged: TaggedOrganizationFinder

    public init(tagger: OrganizationTagger, rules: RuleBasedOrganizationFinder = .init()) {
        self.rules = rules
        self.tagged = TaggedOrganizationFinder(tagger: tagger)
    }

    /// The part of the text the tagger reads: from the first analysed region to the last, when what lies outside
    /// (a page's menus before its title, its related links and footer after the body) is at least a quarter of the
    /// text; otherwise all of it. Only names inside the regions are reported either way, but the tagger's second
    /// pass reads the whole document for context, and the few lines around a plain article that the parser leaves
    /// out of its body (a dateline, a wire desk's contact line) are context worth keeping, while a page's chrome
    /// is mostly cost: it is half the text of a typical rendered page.
    static func taggedPart(_ regions: [Range<Int>]?, _ count: Int) -> [Range<Int>]? {
        guard let regions, let first = regions.map(\.lowerBound).min(), let last = regions.map(\.upperBound).max(),
            first < last, (count - (last - first)) * 4 >= count
        else { return nil }
        return [first..<last]
    }

    public func organizations(in text: String, regions: [Range<Int>]?) -> [FoundOrganization] {
        organizations(in: text, scalars: ScalarText.scalars(of: text), regions: regions)
    }

    /// Decoded once for both finders, by the caller: the article parser hands over the scalars it decoded.
    public func organizations(in text: String, scalars: [Unicode.Scalar], regions: [Range<Int>]?)
        -> [FoundOrganization]
    {
        let ruled = rules.organizations(in: scalars, regions: regions)
        let text = ScalarText(scalars: scalars)
        let evidence = RuleEvidence(ruled)
        let entities = tagged.tagger.entities(
            in: text, evidence: evidence, regions: Self.taggedPart(regions, scalars.count))
        var ruleByKey = [String: Int](minimumCapacity: ruled.count)
        for (index, organization) in ruled.enumerated() {
            // `allKeys` in order, without building the array: most organizations have no alias.
            if ruleByKey[organization.key] == nil { ruleByKey[organization.key] = index }
            for alias in organization.aliases {
                let key = OrganizationKey.make(alias)
                if ruleByKey[key] == nil { ruleByKey[key] = index }
            }
        }
        // `allKeys.contains`, without building the array of keys: the name's key is asked first, and most
        // organizations have no alias.
        let isRuleName = { (organization: FoundOrganization) in
            ruleByKey[organization.key] != nil
                || organization.aliases.contains { ruleByKey[OrganizationKey.make($0)] != nil }
        }
        let found = Self.withoutSurnamesOfPersons(
            Self.withoutPersonsNamedElsewhere(
                Self.withoutCommonNounOpeners(
                    tagged.organizations(from: entities, in: text, regions: regions, evidence: evidence)
                        .compactMap { Self.withoutNonOrganizationMentions($0, scalars) },
                    isRuleName: isRuleName, scalars),
                isRuleName: isRuleName, entities: entities, scalars),
            isRuleName: isRuleName, entities: entities, scalars)

        // Tagger organizations the rules know as one organization become one.
        var result: [FoundOrganization] = []
        var slotOfRule: [Int: Int] = [:]
        for organization in found {
            let rule =
                ruleByKey[organization.key]
                ?? organization.aliases.lazy.compactMap { ruleByKey[OrganizationKey.make($0)] }.first
            guard let rule, !Self.isParentNamedInFull(organization, beside: ruled[rule]) else {
                result.append(organization)
                continue
            }
            if let slot = slotOfRule[rule] {
                result[slot].absorb(organization)
            } else {
                slotOfRule[rule] = result.count
                result.append(organization)
            }
        }

        // The rules' further mentions of those organizations, and their fullest name.
        var taken = TakenText(length: scalars.count)
        for organization in result { taken.take(organization.mentions) }
        for (rule, slot) in slotOfRule.sorted(by: { $0.key < $1.key }) {
            let fresh = ruled[rule].mentions.filter(taken.isFree)
            taken.take(fresh)
            result[slot].mentions = (result[slot].mentions + fresh).sorted { $0.start < $1.start }
            // The keys of all the names only where the names' own keys differ.
            if ruled[rule].key != result[slot].key, result[slot].allKeys.contains(ruled[rule].key) {
                result[slot].rename(ruled[rule].name)
            }
        }

        // Rule organizations the tagger did not report that are reported anyway (RuleNamesTheTaggerMissed.swift).
        for (rule, organization) in ruled.enumerated() where slotOfRule[rule] == nil {
            let known = Self.knownKeys.contains(organization.key)
            let fresh = organization.mentions.filter { mention in
                taken.isFree(mention)
                    && Self.isReportedThoughMissed(mention, known: known, entities: entities, scalars)
            }
            guard !fresh.isEmpty else { continue }
            taken.take(fresh)
            var added = organization
            added.mentions = fresh
            slotOfRule[rule] = result.count
            result.append(added)
        }
        // The rules count references such as "the council" toward salience; the tagger's own names get the same
        // formula from their mentions (OrganizationRanking). Set while the slots still point at the rules'
        // organizations: the passes below add, drop, split and regroup organizations, and each carries its own.
        for index in result.indices { result[index].salience = 0 }
        for (rule, slot) in slotOfRule { result[slot].salience = ruled[rule].salience }
        // Where the article's capitals stand, read once for the passes that start from them (ArticleCapitals.swift).
        let capitals = ArticleCapitals(scalars)
        // What the article itself says about its names: acronyms it defines, cities standing for teams it names.
        result = Self.addingDefinedAcronyms(result, entities: entities, regions: regions, scalars)
        result = Self.addingDefinitionsOfAcronyms(result, entities: entities, regions: regions, scalars)
        // "Chennai Super Kings": a place and a nickname, typed a place and left untyped (PlacesStandingForTeams.swift).
        result = Self.addingTeamsNamedForPlaces(result, entities: entities, regions: regions, scalars)
        result = Self.addingPlacesStandingForTeams(result, entities: entities, regions: regions, scalars)
        result = Self.addingPlacesInGameReports(
            result, entities: entities, regions: regions, scalars, capitals: capitals)
        result = Self.addingWireServiceCredits(result, regions: regions, scalars)
        result = Self.addingAppositiveOrganizations(result, entities: entities, regions: regions, scalars)
        result = Self.addingNamesAfterKinds(result, entities: entities, regions: regions, scalars)
        // "marketplace Vinted": a company's trade right before its name (NamesAfterKindWords.swift).
        result = Self.addingNamesAfterKindWords(result, entities: entities, regions: regions, scalars)
        // "Traders at Pepperstone", "lost 3-1 to Talleres": words only organizations take (OrganizationOnlyContexts.swift).
        result = Self.addingNamesInOrganizationContexts(result, entities: entities, regions: regions, scalars)
        // "told broadcaster Sport TV", "the Verdi union": a name the tagger left untyped (UntaggedFirmNames.swift).
        result = Self.addingUntaggedFirmNames(
            result, entities: entities, regions: regions, scalars, capitals: capitals)
        // "QatarEnergy", "OrbiMed": one word with a capital inside, as modern firms name themselves (CamelCaseNames.swift).
        result = Self.addingCamelCaseNames(result, entities: entities, regions: regions, scalars, capitals: capitals)
        // "Kedaara Capital", "Tianqi Lithium": a last word only a firm's name ends in (FirmHeadWords.swift).
        result = Self.addingNamesEndingInFirmWords(result, entities: entities, regions: regions, scalars)
        // "Grupo Financiero Galicia": another language's word for a group or a bank first (ForeignFirmOpenings.swift).
        result = Self.addingForeignFirmOpenings(result, entities: entities, regions: regions, scalars)
        // "Florida State", "Penn State": a state's university, typed a place (StateUniversities.swift).
        result = Self.addingStateUniversities(result, entities: entities, regions: regions, scalars)
        // "National Music Publishers' Association" typed MISC: an institution's head last (InstitutionsReadAsMisc.swift).
        result = Self.addingInstitutionsReadAsMisc(result, entities: entities, regions: regions, scalars)
        // "Vanderbilt athletic director", "Dartmouth basketball players": a school's teams (CollegeTeams.swift).
        result = Self.addingCollegeTeams(result, entities: entities, regions: regions, scalars)
        // "said Ravi Shanker of Bernstein": a quoted source's employer (EmployersOfSpeakers.swift).
        result = Self.addingEmployersOfSpeakers(result, entities: entities, regions: regions, scalars)
        result = Self.addingPartiesBeforePosts(result, entities: entities, regions: regions, scalars)
        result = Self.addingFirmsBeforeRoles(result, entities: entities, regions: regions, scalars)
        // The product's guidelines where they part from CoNLL's (GuidelineNames.swift).
        result = Self.addingOfficeSeats(result, regions: regions, scalars, capitals: capitals)
        result = Self.addingNationalSportsBodies(result, entities: entities, regions: regions, scalars)
        // A name ending in "of" and a place that its acronym spells (PlacesInDefinedNames.swift).
        result = Self.widenedToPlacesBeforeAcronyms(result, scalars)
        // "X and Y": one name or two, decided again over the article's reported names (NamesJoinedByAnd.swift).
        result = Self.splittingJoinedNames(result, ruled: ruled, scalars)
        // "Bank of Montreal and Royal Bank of Canada": a first name lost with the "and" (NamesBeforeAnd.swift).
        result = Self.addingNamesBeforeAnd(result, entities: entities, regions: regions, scalars)
        // "UK Foreign, Commonwealth and Development Office", "Securities and Exchange Board of India": a body named by
        // what it covers, its first items before the last "and" (PortfolioNames.swift).
        result = Self.widenedOverPortfolioLists(result, entities: entities, scalars)
        // "the Federal Public Defender's Office": an office named after its post (PostHolderOffices.swift).
        result = Self.widenedOverPostHolders(result, scalars)
        // "New Zealand Rugby Players' Association": a body named for its members, cut at the apostrophe
        // (PluralPossessiveNames.swift).
        result = Self.widenedOverPluralPossessives(result, scalars)
        // "Madras High" + " Court", "US Court of Appeals" + " for the … Circuit": a court's name cut short (CourtNames.swift).
        result = Self.widenedOverCourtWords(result, scalars)
        result = Self.widenedOverCircuits(result, scalars)
        // "the University of California, Berkeley,": a campus after the comma (UniversityCampuses.swift).
        result = Self.widenedOverCampuses(result, entities: entities, scalars)
        // "Amazon.com Inc": a company named for its web address, cut at the dot by the rules (DotComNames.swift).
        result = Self.widenedOverDotCom(result, entities: entities, scalars)
        // "HSBC Holdings plc": a legal form written in lowercase (LegalFormsAfterNames.swift).
        result = Self.widenedOverLowercaseLegalForms(result, scalars)
        // "Keefe, Bruyette & Woods": a partnership's surnames before its last "&" (PartnershipNames.swift).
        result = Self.widenedOverPartners(result, entities: entities, scalars)
        // A list ending in an acronym, and units named by number (NumberedUnits.swift).
        result = Self.splittingTrailingAcronyms(result, scalars)
        result = Self.widenedOverUnitNumbers(result, scalars)
        result = Self.addingUnionLocals(result, entities: entities, regions: regions, scalars)
        // A name that opens with a number, written before each of its mentions (NumberLedNames.swift).
        result = Self.widenedOverLeadingNumbers(result, scalars)
        // "Team Liquid": a name that opens with "Team", written before each of its mentions (TeamLedNames.swift).
        result = Self.widenedOverTeamWord(result, scalars)
        // "Volkswagen do Brasil": a group's arm named for its country (CountrySubsidiaries.swift).
        result = Self.widenedOverCountryArms(result, scalars)
        // A nationality that opens a name, where the article's acronym says so (NationalitiesInNames.swift).
        result = Self.widenedOverNationalities(result, entities: entities, scalars)
        // "the Indian Institute of Science": a nationality that opens an institute's name (NationalInstitutions.swift).
        result = Self.widenedOverNationalInstitutions(result, scalars)
        // "The GMB union": the kind after the name (KindsAfterNames.swift).
        result = Self.withoutTrailingKinds(result)
        // "Rival Viva Aerobus", "The Ghana Cocoa Board": a word before the name (LeadingDescriptors.swift).
        result = Self.withoutLeadingDescriptors(result)
        // "Broadcaster Globo", "Shipowners": a trade that opens the sentence (TradeNounsBeforeNames.swift).
        result = Self.withoutLeadingTradeNouns(result, scalars)
        // "The Daily Telegraph", "The Guardian": a publication's own "The" (PublicationNames.swift).
        result = Self.widenedOverPublicationArticles(result, entities: entities, regions: regions, scalars)
        // "Justice Nancy Andrighi": a post, a given name and a surname (TitledPersons.swift).
        result = Self.withoutTitledPersons(result)
        // A name in a list of organizations, typed as a place or a person (ListedOrganizations.swift).
        result = Self.addingListedOrganizations(result, entities: entities, regions: regions, scalars)
        // A company the tagger read as a person, where no person fits (CompaniesReadAsPersons.swift).
        result = Self.addingCompaniesReadAsPersons(result, entities: entities, regions: regions, scalars)
        // A club or a firm named by its last word, read as a surname (ShortFormsReadAsPersons.swift).
        result = Self.addingShortFormsReadAsPersons(
            result, entities: entities, regions: regions, isRuleName: isRuleName, scalars)
        // Names of several words the article repeats where the tagger read them otherwise (RepeatedNames.swift).
        result = Self.addingRepeatedNames(result, entities: entities, regions: regions, scalars, capitals: capitals)
        // "Southwest" after "Southwest Airlines", "the Teamsters" after "Teamsters": short forms (ShortFormsOfNames.swift).
        result = Self.addingFirstWordShortForms(result, entities: entities, regions: regions, scalars)
        result = Self.addingOneWordNamesAfterThe(
            result, entities: entities, regions: regions, scalars, capitals: capitals)
        // "the Champions League", "Karl-Anthony Towns": names the guidelines count as no organization
        // (NamesOfNoOrganization.swift).
        result = Self.withoutNamesOfNoOrganization(result)
        // "weight-loss drug Zepbound", "The Guardian view on …": a product or a work, not its maker
        // (WorksAndProducts.swift).
        result = Self.withoutWorksAndProducts(result, scalars)

        result = Self.mergingCorporateForms(result)
        let titleRange = regions?.first ?? Self.firstLine(of: scalars)
        result = Self.checkingTitleCaseHeadline(result, titleRange: titleRange, scalars)
        for index in result.indices { result[index].preferFullName() }
        OrganizationRanking.rank(&result, titleRange: titleRange, textLength: scalars.count)
        return result
    }

    /// "Alibaba Group Holding" and "Alibaba": a name that is another's plus corporate-form words only ("Group",
    /// "Holding", "Holdings", "Company", "Corporation"; legal suffixes are already out of the key) names the same
    /// company, and becomes part of it. Not business words ("Tata Motors" is not the Tata group).
    static func mergingCorporateForms(_ organizations: [FoundOrganization]) -> [FoundOrganization] {
        func core(_ key: String) -> String {
            // Most keys end in no corporate-form word: they are their own core, without splitting.
            guard endsInCorporateForm(key) else { return key }
            var words = key.split(separator: " ")
            while words.count > 1, let last = words.last, corporateForms.contains(String(last)) { words.removeLast() }
            return words.joined(separator: " ")
        }
        // Most articles have no such key, and then nothing merges: the list is returned without the look-ups.
        guard organizations.contains(where: { endsInCorporateForm($0.key) }) else { return organizations }
        var slotOfKey: [String: Int] = [:]
        for (index, organization) in organizations.enumerated() where slotOfKey[organization.key] == nil {
            slotOfKey[organization.key] = index
        }
        var result = organizations
        var merged = Set<Int>()
        for (index, organization) in organizations.enumerated() {
            let shorter = core(organization.key)
            guard shorter != organization.key, let target = slotOfKey[shorter], target != index,
                !merged.contains(target)
            else { continue }
            result[target].absorb(organization)
            result[target].salience = max(result[target].salience, organization.salience)
            merged.insert(index)
        }
        return result.indices.filter { !merged.contains($0) }.map { result[$0] }
    }

    static let corporateForms: Set<String> = ["group", "holding", "holdings", "company", "corporation"]

    /// Whether `key` ends in a space and one of `corporateForms`. An ASCII key is read from its bytes (the same
    /// answer: ASCII characters are single scalars that compare by their bytes); building " " + form and asking
    /// `hasSuffix` for each form cost more than the rest of the merge.
    static func endsInCorporateForm(_ key: String) -> Bool {
        let ascii = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return corporateFormSuffixes.contains { suffix in
                bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
            }
        }
        if let answer = ascii ?? nil { return answer }
        return corporateForms.contains(where: { key.hasSuffix(" " + $0) })
    }

    /// " group", " holding", …: the bytes `endsInCorporateForm` looks for at an ASCII key's end.
    private static let corporateFormSuffixes: [[UInt8]] = corporateForms.map { Array((" " + $0).utf8) }

    private static func firstLine(of scalars: [Unicode.Scalar]) -> Range<Int> {
        var end = 0
        for scalar in scalars {
            if scalar == "\n" && end > 0 { break }
            end += 1
        }
        return 0..<end
    }
}

extension FoundOrganization {
    /// The key of the name and of every alias.
    var allKeys: [String] { [key] + aliases.map(OrganizationKey.make) }

    /// Takes another organization's mentions and names as its own.
    mutating func absorb(_ other: FoundOrganization) {
        mentions = (mentions + other.mentions).sorted { $0.start < $1.start }
        for form in [other.name] + other.aliases {
            let formKey = OrganizationKey.make(form)
            if formKey != key && !aliases.contains(where: { OrganizationKey.make($0) == formKey }) {
                aliases.append(form)
            }
        }
    }

    /// A short form used more often than the full name ("Chiefs" twice, "Kansas City Chiefs" once) gives way to the
    /// full name the article also uses: the name is what users search for, and the key names the organization
    /// across articles. The full name must begin or end with the short form's words and hold at most six words; a
    /// legal suffix alone ("Boeing Co." beside "Boeing") names nothing more and leaves the name as it is.
    mutating func preferFullName() {
        // Most organizations are written one way throughout: nothing to prefer, and the name is not split.
        guard mentions.contains(where: { $0.text != name }) else { return }
        // Words are counted on the bytes of ASCII text first: most forms have no more words than the name, and
        // then neither is split. The name is split once a form has more.
        let asciiWordCount = Self.asciiWordCount(name)
        var words = asciiWordCount == nil ? name.split(separator: " ") : []
        let wordCount = asciiWordCount ?? words.count
        var best: (text: String, words: Int)? = nil
        for mention in mentions where mention.text != name {
            if let count = Self.asciiWordCount(mention.text),
                count <= wordCount || count > 6 || count <= best?.words ?? 0
            {
                continue
            }
            let form = mention.text.split(separator: " ")
            guard form.count > wordCount, form.count <= 6, form.count > best?.words ?? 0 else { continue }
            if words.count != wordCount { words = name.split(separator: " ") }
            guard form.starts(with: words) || form.suffix(words.count).elementsEqual(words),
                OrganizationKey.make(mention.text) != key
            else { continue }
            best = (mention.text, form.count)
        }
        if let best { rename(best.text) }
    }

    /// How many words `split(separator: " ")` makes of an ASCII text (runs of spaces are one separator), counted
    /// on its bytes; nil for other text, where a space may begin a character with a combining mark.
    static func asciiWordCount(_ text: String) -> Int? {
        var words = 0
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if previous == 0x20 && byte != 0x20 { words += 1 }
            previous = byte
        }
        return words
    }

    /// Makes `name` (already one of its forms) the name users see; the old name becomes an alias.
    mutating func rename(_ newName: String) {
        let newKey = OrganizationKey.make(newName)
        aliases = [name] + aliases.filter { OrganizationKey.make($0) != newKey }
        name = newName
        key = newKey
    }
}

/// Which scalars the mentions reported so far cover, so that a further mention is checked for overlap in the time
/// its own length takes, however many mentions a long document has.
struct TakenText {
    private var covered: [Bool]

    init(length: Int) { covered = [Bool](repeating: false, count: length) }

    func isFree(_ mention: Mention) -> Bool {
        let range = max(0, mention.start)..<min(covered.count, mention.end)
        return range.isEmpty || !covered[range].contains(true)
    }

    mutating func take(_ mentions: [Mention]) {
        for mention in mentions where mention.start < mention.end {
            for k in max(0, mention.start)..<min(covered.count, mention.end) { covered[k] = true }
        }
    }
}
