import Testing

@testable import Extraction

@Suite("A person joined to an organization by 'and', and members of parliament")
struct PersonJoinedNameTests {
    @Test("'Todd Boehly and Clearlake Capital' is Clearlake Capital; a firm's own 'and Sons' or '& Co' stays")
    func leadingPerson() {
        func kept(_ form: String, in text: String) -> String {
            let scalars = ScalarText(text)
            let span = TaggedOrganizationFinder.withoutLeadingPerson(spanOf(form, in: text), scalars)
            return scalars.string(span.start, span.end)
        }
        let text =
            "The consortium led by Todd Boehly and Clearlake Capital took over. John Wiley and Sons publishes it. "
            + "Edward D. Jones & Co said so. Procter and Gamble rose. Simon and Schuster Inc agreed."
        #expect(kept("Todd Boehly and Clearlake Capital", in: text) == "Clearlake Capital")
        #expect(kept("John Wiley and Sons", in: text) == "John Wiley and Sons")
        #expect(kept("Edward D. Jones & Co", in: text) == "Edward D. Jones & Co")
        #expect(kept("Procter and Gamble", in: text) == "Procter and Gamble")
        #expect(kept("Simon and Schuster Inc", in: text) == "Simon and Schuster Inc")
    }

    @Test("'MP' and its kin are posts, not organizations; a name that ends otherwise is kept")
    func members() {
        let text = "Kevin Hollinrake, MP for Thirsk, and two MEPs met the Environment Agency."
        func dropped(_ form: String) -> Bool { namesNoOrganization(form, in: text) }
        #expect(dropped("MP"))
        #expect(dropped("MEPs"))
        #expect(!dropped("Environment Agency"))
    }
}

@Suite("Ministries that list their portfolios")
struct PortfolioListTests {
    @Test("'Department for Environment, Food and Rural Affairs' keeps its list; a list of other names does not")
    func portfolios() {
        #expect(TaggedOrganizationFinder.isPortfolioList(", Food and Rural Affairs"))
        #expect(TaggedOrganizationFinder.isPortfolioList(", Culture, Media and Sport"))
        #expect(TaggedOrganizationFinder.isPortfolioList(", Infrastructure, Transport and Tourism"))
        #expect(!TaggedOrganizationFinder.isPortfolioList(", the FBI and the SEC"))
        #expect(!TaggedOrganizationFinder.isPortfolioList(" and Rural Affairs"))
        #expect(!TaggedOrganizationFinder.isPortfolioList(", Food and"))
        let text = "The Department for Environment, Food and Rural Affairs said on Monday it would review the rules."
        let scalars = ScalarText(text)
        let span = spanOf("Department for Environment, Food and Rural Affairs", in: text)
        let rule = spanOf("Department for Environment", in: text)
        #expect(TaggedOrganizationFinder.continuesName(span, rule.start..<rule.end, scalars))
    }
}

@Suite("A name right after a person's role is the person")
struct NamedAfterRoleTests {
    @Test("'analyst Sid Nag' and 'striker Bukayo Saka' are people; institutions and known firms are not")
    func roles() {
        let text =
            "Gartner analyst Sid Nag said so. Arsenal striker Bukayo Saka scored. An analyst Morgan Stanley Research "
            + "hired. The lead manager Lehman Brothers International said. Analyst Sid Nag spoke."
        let scalars = Array(text.unicodeScalars)
        func isPerson(_ form: String) -> Bool {
            let span = spanOf(form, in: text)
            return CombinedOrganizationFinder.isNamedAfterRole(scalars, span.start, span.end)
        }
        #expect(isPerson("Sid Nag"))
        #expect(isPerson("Bukayo Saka"))
        #expect(!isPerson("Morgan Stanley Research"))
        #expect(!isPerson("Lehman Brothers International"))
    }
}

@Suite("Joined institutions and members' bodies")
struct JoinedInstitutionTests {
    @Test("'Columbia University and the University of Pennsylvania' is two names")
    func andThe() {
        let text = "Other universities, including Columbia University and the University of Pennsylvania, settled."
        let scalars = ScalarText(text)
        let span = spanOf("Columbia University and the University of Pennsylvania", in: text)
        let evidence = RuleEvidence(text: text, regions: nil)
        let parts = TaggedOrganizationFinder.coordinatedNames(span, evidence, scalars)?.map {
            scalars.string($0.start, $0.end)
        }
        #expect(parts == ["Columbia University", "University of Pennsylvania"])
    }

    @Test("Members in the plural after 'of' go on with the name; a post after a name does not")
    func members() {
        let text = "The American Association of University Professors and the Bank of England Governor spoke."
        let scalars = ScalarText(text)
        let union = spanOf("American Association of University Professors", in: text)
        let unionRule = spanOf("American Association of University", in: text)
        #expect(TaggedOrganizationFinder.continuesName(union, unionRule.start..<unionRule.end, scalars))
        let bank = spanOf("Bank of England Governor", in: text)
        let bankRule = spanOf("Bank of England", in: text)
        #expect(!TaggedOrganizationFinder.continuesName(bank, bankRule.start..<bankRule.end, scalars))
    }
}

@Suite("Two tagger names that together are one rule name")
struct JoinedAcrossRuleNameTests {
    @Test("'Warner Bros.' + 'Discovery Inc.' is one name, and so is the same pair later; other neighbours stay apart")
    func warnerBrosDiscovery() {
        let text =
            "Netflix agreed to buy Warner Bros. Discovery Inc.'s studios. Shares of Warner Bros. Discovery rose. "
            + "Reuters Apple said."
        let scalars = ScalarText(text)
        let first = spanOf("Warner Bros.", in: text)
        let second = spanOf("Discovery Inc.", in: text)
        let laterStart = Array(text.unicodeScalars).ranges(of: Array("Warner Bros.".unicodeScalars))[1].lowerBound
        let later = EntitySpan(start: laterStart, end: laterStart + 12, label: "ORG")
        let laterDiscovery = EntitySpan(start: laterStart + 13, end: laterStart + 22, label: "ORG")
        let reuters = spanOf("Reuters", in: text)
        let apple = spanOf("Apple", in: text)
        let rule = spanOf("Warner Bros. Discovery Inc.", in: text)
        let evidence = RuleEvidence([
            FoundOrganization(
                name: "Warner Bros. Discovery Inc.", key: "warner bros discovery",
                mentions: [Mention(start: rule.start, end: rule.end, text: "Warner Bros. Discovery Inc.")])
        ])
        let joined = TaggedOrganizationFinder.joinedAcrossRuleNames(
            [first, second, later, laterDiscovery, reuters, apple], evidence, scalars
        ).map { scalars.string($0.start, $0.end) }
        #expect(joined == ["Warner Bros. Discovery Inc.", "Warner Bros. Discovery", "Reuters", "Apple"])
    }
}

@Suite("Acronyms of goods and measures")
struct CommodityAcronymTests {
    @Test("'LNG', 'GDP' and 'EVs' name no organization; 'ADNOC' and 'IPO' may")
    func commodities() {
        let text = "ADNOC will sell LNG. GDP rose. EVs sold well. IPO Corp listed."
        func dropped(_ form: String) -> Bool { namesNoOrganization(form, in: text) }
        #expect(dropped("LNG"))
        #expect(dropped("GDP"))
        #expect(dropped("EVs"))
        #expect(!dropped("ADNOC"))
        #expect(!dropped("IPO"))
    }
}

/// Whether the served finder drops the first occurrence of `form` in `text` as naming no organization.
private func namesNoOrganization(_ form: String, in text: String) -> Bool {
    let span = spanOf(form, in: text)
    return CombinedOrganizationFinder.namesNoOrganization(Array(text.unicodeScalars), span.start, span.end)
}

@Suite("A body's field after 'of' and its seat after 'in'")
struct InstitutionNameEndTests {
    @Test("'Superior Court' + 'of Justice' goes on; 'Federal Labour Court' + 'in Erfurt' and a post do not")
    func fieldAndSeat() {
        let text =
            "Brazil's Superior Court of Justice ruled. The Federal Labour Court in Erfurt rejected it. The Bank of "
            + "England Governor spoke. The Organisation for Security and Cooperation in Europe met."
        let scalars = ScalarText(text)
        func goesOn(_ span: String, _ rule: String) -> Bool {
            let whole = spanOf(span, in: text)
            let start = spanOf(rule, in: text).start
            return TaggedOrganizationFinder.continuesName(whole, start..<(start + rule.unicodeScalars.count), scalars)
        }
        #expect(goesOn("Superior Court of Justice", "Superior Court"))
        #expect(!goesOn("Federal Labour Court in Erfurt", "Federal Labour Court"))
        #expect(!goesOn("Bank of England Governor", "Bank of England"))
        #expect(
            goesOn("Organisation for Security and Cooperation in Europe", "Organisation for Security and Cooperation"))
    }
}

@Suite("Two bodies joined by 'and the'")
struct AndTheJoinTests {
    @Test("'Gates Foundation and the Department of Health' is two names; 'Procter and Gamble' and a spelled name stay")
    func andThe() {
        let text =
            "It was funded by the Gates Foundation and the Department of Health. Procter and Gamble rose. The "
            + "Society for Science and the Public (SSP) said so."
        let scalars = ScalarText(text)
        func parts(_ form: String) -> [String]? {
            TaggedOrganizationFinder.splitAtAndThe(spanOf(form, in: text), scalars)?.map {
                scalars.string($0.start, $0.end)
            }
        }
        #expect(parts("Gates Foundation and the Department of Health") == ["Gates Foundation", "Department of Health"])
        #expect(parts("Procter and Gamble") == nil)
        #expect(parts("Society for Science and the Public") == nil)
    }
}

@Suite("A press release's 'About' heading")
struct AboutHeadingTests {
    @Test("'About Acme Robotics' on its own line is Acme Robotics; 'About' inside a line stays")
    func heading() {
        let text = "It raised $10m.\n\nAbout Acme Robotics\nAcme Robotics is based in Ohio. Talk About Acme Show aired."
        let scalars = ScalarText(text)
        func kept(_ form: String) -> String {
            let span = TaggedOrganizationFinder.withoutAboutHeading(spanOf(form, in: text), scalars)
            return scalars.string(span.start, span.end)
        }
        #expect(kept("About Acme Robotics") == "Acme Robotics")
        #expect(kept("About Acme Show") == "About Acme Show")
    }
}
