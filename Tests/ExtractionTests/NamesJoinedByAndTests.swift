import Testing

@testable import Extraction

/// An organization named `form` with one mention, its first occurrence in `text`, keyed as the finder keys it.
private func named(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: OrganizationKey.make(form), mentions: [mentionOf(form, in: text)])
}

@Suite("Names joined by 'and', round 21: one decision over the same evidence")
struct NamesJoinedByAndTests {
    @Test("Two teams, each a place and a plural, joined by a bare 'and' are two names")
    func teamsSplit() {
        let text = "The Cleveland Cavaliers and New York Knicks both won on Tuesday."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [named("Cleveland Cavaliers and New York Knicks", in: text)], Array(text.unicodeScalars))
        #expect(found.map(\.name).sorted() == ["Cleveland Cavaliers", "New York Knicks"])
    }

    @Test("A list of three or more plural words read as one name is its items")
    func listOfPluralsSplit() {
        let text = "Wins for the Stormers, Bulls and Sharks kept the derby alive."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [named("Stormers, Bulls and Sharks", in: text)], Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["Stormers", "Bulls", "Sharks"])
        #expect(found.map { $0.mentions[0].start } == [13, 23, 33])
        // A partnership of surnames keeps a word that is no plural; two plurals alone are no list.
        let firm = "Bailard, Biehl and Kaiser said so. The Posts and Telecommunications board met."
        let kept = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [named("Bailard, Biehl and Kaiser", in: firm), named("Posts and Telecommunications", in: firm)],
            Array(firm.unicodeScalars))
        #expect(kept.map(\.name) == ["Bailard, Biehl and Kaiser", "Posts and Telecommunications"])
        #expect(!CombinedOrganizationFinder.isPluralWord("Ross"))
    }

    @Test("One side of a team's shape is not enough: the other must have it too")
    func oneTeamSideKept() {
        let text = "The U.S. Securities and Exchange Commission sued."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [named("U.S. Securities and Exchange Commission", in: text)], Array(text.unicodeScalars))
        #expect(found.map(\.name) == ["U.S. Securities and Exchange Commission"])
    }

    @Test("A side of a place and a people's plural, or a place alone, is no team's shape")
    func teamShape() {
        #expect(JoinedNames.isTeamShaped(["Boston", "Celtics"]))
        #expect(!JoinedNames.isTeamShaped(["Houston", "Texans"]))
        #expect(!JoinedNames.isTeamShaped(["Hong", "Kong"]))
        #expect(!JoinedNames.isTeamShaped(["Kestrel", "Rovers"]))
        #expect(!JoinedNames.isTeamShaped(["Paris", "Express"]))
    }

    @Test("Two well-known names joined by 'and' are two names; a single name with a place on one side stays")
    func knownNamesSplit() {
        let text = "Goldman Sachs and Morgan Stanley warned. The Hong Kong and Shanghai Banking Corporation fell."
        let found = CombinedOrganizationFinder.splittingNamesJoinedByAnd(
            [
                named("Goldman Sachs and Morgan Stanley", in: text),
                named("Hong Kong and Shanghai Banking Corporation", in: text),
            ], Array(text.unicodeScalars))
        #expect(
            found.map(\.name) == ["Hong Kong and Shanghai Banking Corporation", "Goldman Sachs", "Morgan Stanley"])
    }

    @Test("The decision reads the evidence a point has: rule names at the tagger's span, own words at a mention")
    func oneDecision() {
        var andThe = JoinedNames(parts: ["Kestrel Trust", "Department of Tin"])
        andThe.articleBeforeSecond = true
        #expect(andThe.isSeveralNames)
        andThe.keptWhole = true
        #expect(!andThe.isSeveralNames)
        var ruleNames = JoinedNames(parts: ["Alder Bay Partners", "Corvid Partners"])
        #expect(!ruleNames.isSeveralNames)
        ruleNames.partsAreRuleNames = true
        #expect(ruleNames.isSeveralNames)
        var ownWords = JoinedNames(parts: ["Kestrel Growth Fund", "Orbis Holdings"])
        #expect(!ownWords.isSeveralNames)
        ownWords.reportedAlone = []
        #expect(ownWords.isSeveralNames)
    }
}
