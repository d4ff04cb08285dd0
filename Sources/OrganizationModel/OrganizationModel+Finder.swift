import Extraction

extension OrganizationModel {
    /// The organization finder the product serves with: the rules completed by the shipped tagger.
    /// Decodes the model, so call it once at start-up and share the value.
    public static func finder() throws -> CombinedOrganizationFinder {
        CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: bytes()))
    }
}
