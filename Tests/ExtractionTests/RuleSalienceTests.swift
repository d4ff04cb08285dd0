import OrganizationModel
import Testing

@testable import Extraction

@Suite("The rules' salience stays with their organizations through the combined finder's passes")
struct RuleSalienceTests {
    static let finder = Result {
        CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
    }

    // "Rival Viva Aerobus": the leading descriptor is cut by a pass after the rules' organizations took their places
    // in the list, which regroups the name with its later mentions and shortens the list; the organizations after
    // it must keep their own salience, not a neighbour's.
    @Test("An organization the rules found keeps the rules' salience when a pass regroups one before it")
    func salienceFollowsTheOrganization() throws {
        let text = """
            Rival Viva Aerobus said it would add flights after Volaris grounded jets. Volaris said Pratt & Whitney \
            engines needed checks, and Airbus said deliveries would slow.
            Volaris shares fell 5 percent. Aeromexico said demand was strong. The Federal Civil Aviation Agency said \
            it was monitoring. Airbus declined to comment further, and Volaris said Airbus had been helpful.
            """
        let combined = try Self.finder.get().organizations(in: text, regions: nil)
        let ruled = RuleBasedOrganizationFinder().organizations(in: text, regions: nil)
        #expect(combined.contains { $0.name == "Viva Aerobus" })
        var compared = 0
        for organization in combined {
            guard let rule = ruled.first(where: { $0.key == organization.key }) else { continue }
            #expect(organization.salience == rule.salience, "\(organization.name)")
            compared += 1
        }
        #expect(compared >= 3)
    }
}
