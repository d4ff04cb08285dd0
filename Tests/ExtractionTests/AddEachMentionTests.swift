import Testing

@testable import Extraction

@Suite("Adding many found mentions at once")
struct AddEachMentionTests {
    @Test("addEach gives what add gives one mention at a time")
    func agreesWithAddOneByOne() {
        var g = FinderRobustnessTests.Generator(state: 9)
        let names = ["Unite", "BaFin", "PRNewswire", "Business Wire", "the Unite", "Unite Ltd", "CNW"]
        for _ in 0..<200 {
            var organizations: [FoundOrganization] = []
            var start = 0
            for _ in 0..<Int(g.next() % 4) {
                let name = g.pick(names)
                start += 1 + Int(g.next() % 20)
                organizations.append(
                    FoundOrganization(
                        name: name, key: OrganizationKey.make(name),
                        mentions: [Mention(start: start, end: start + name.count, text: name)]))
            }
            var found: [Mention] = []
            for _ in 0..<Int(g.next() % 6) {
                let name = g.pick(names)
                start += 1 + Int(g.next() % 20)
                found.append(Mention(start: start, end: start + name.count, text: name))
            }
            // not in order: the finders add mentions found after the organizations' own, anywhere in the text
            if g.next() % 2 == 0 { found.reverse() }
            var oneByOne = organizations
            for mention in found {
                CombinedOrganizationFinder.add([mention], named: mention.text, to: &oneByOne)
            }
            var atOnce = organizations
            CombinedOrganizationFinder.addEach(found, to: &atOnce)
            #expect(atOnce.map(\.key) == oneByOne.map(\.key))
            #expect(atOnce.map { $0.mentions.map(\.start) } == oneByOne.map { $0.mentions.map(\.start) })
            #expect(atOnce.map(\.name) == oneByOne.map(\.name))
        }
    }
}
