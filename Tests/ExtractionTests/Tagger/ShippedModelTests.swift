import Foundation
import OrganizationModel
import Testing

@testable import Extraction

@Suite("Shipped organization model")
struct ShippedModelTests {
    @Test func decodesQuicklyAndFindsOrganizationsInNewsText() throws {
        let started = Date()
        let finder = try TaggedOrganizationFinder(modelBytes: OrganizationModel.bytes())
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 2, "model load took \(seconds) s")  // generous for debug builds; release loads in ~50 ms
        let text = """
            The European Commission said on Thursday that Siemens AG and the World Health Organization (WHO) \
            would meet in Brussels. A spokesman for the WHO said the talks went well.
            """
        let found = finder.organizations(in: text, regions: nil)
        let names = Set(found.map(\.name))
        #expect(names.contains("European Commission"))
        #expect(names.contains("World Health Organization"))
        #expect(!names.contains("Brussels"))
        let who = found.first { $0.name == "World Health Organization" }
        #expect(who?.aliases == ["WHO"])
        #expect(who?.mentions.count == 3)
    }
    /// The served finder reads a short article at start-up (`OrganizationModel.finder`), so that the statics the
    /// first real article would build exist already; being pure, it must answer as a finder that never read it.
    @Test func theServedFinderAnswersAsAFreshOne() throws {
        let served = try OrganizationModel.finder()
        let fresh = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: OrganizationModel.bytes()))
        let text = """
            LONDON (Reuters) - Barclays Plc said on Monday the Bank of England (BoE) had approved the deal, a \
            spokesman for the Financial Conduct Authority said. Arsenal beat Chelsea 2-1.
            """
        #expect(served.organizations(in: text, regions: nil) == fresh.organizations(in: text, regions: nil))
        #expect(served.organizations(in: text, regions: nil).count > 3)
    }
}
