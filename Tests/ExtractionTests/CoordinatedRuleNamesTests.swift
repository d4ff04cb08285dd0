import Testing

@testable import Extraction

@Suite("Two firms of one kind joined by \"and\" that the tagger read as one name")
struct CoordinatedRuleNamesTests {
    @Test("A span of two rule names ending in the same word or in firm forms is split into them")
    func splitsFirmsOfOneKind() {
        let story = "It was backed by Alder Bay Partners and Corvid Health Partners in 2022."
        let scalars = Array(story.unicodeScalars)
        let joined = organizationOf("Alder Bay Partners and Corvid Health Partners", in: story)
        let ruled = [
            organizationOf("Alder Bay Partners", in: story), organizationOf("Corvid Health Partners", in: story),
        ]
        let result = CombinedOrganizationFinder.splittingCoordinatedRuleNames([joined], ruled: ruled, scalars)
        #expect(result.map(\.name) == ["Alder Bay Partners", "Corvid Health Partners"])
        #expect(result.map { $0.mentions.map(\.text) } == [["Alder Bay Partners"], ["Corvid Health Partners"]])

        let firms = "Bought by Kestrel Foods Holdings and Tarn Mills Inc. last year."
        let split = CombinedOrganizationFinder.splittingCoordinatedRuleNames(
            [organizationOf("Kestrel Foods Holdings and Tarn Mills Inc.", in: firms)],
            ruled: [organizationOf("Kestrel Foods Holdings", in: firms), organizationOf("Tarn Mills Inc.", in: firms)],
            Array(firms.unicodeScalars))
        #expect(split.count == 2)
    }

    @Test("One name the rules split at its \"and\", or parts the rules did not find, stay whole")
    func keepsSingleNames() {
        let story = "The Guangdong Post and Telecommunications Administration said."
        let scalars = Array(story.unicodeScalars)
        let whole = organizationOf("Guangdong Post and Telecommunications Administration", in: story)
        let ruled = [
            organizationOf("Guangdong Post", in: story), organizationOf("Telecommunications Administration", in: story),
        ]
        let result = CombinedOrganizationFinder.splittingCoordinatedRuleNames([whole], ruled: ruled, scalars)
        #expect(result.map(\.name) == ["Guangdong Post and Telecommunications Administration"])
        let unknown = CombinedOrganizationFinder.splittingCoordinatedRuleNames(
            [organizationOf("Alder Partners and Corvid Partners", in: "Alder Partners and Corvid Partners")],
            ruled: [], Array("Alder Partners and Corvid Partners".unicodeScalars))
        #expect(unknown.count == 1)
    }
}
