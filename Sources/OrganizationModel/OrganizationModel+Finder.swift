import Extraction

extension OrganizationModel {
    /// The organization finder the product serves with: the rules completed by the shipped tagger.
    /// Decodes the model and reads a short built-in article, so call it once at start-up and share the value.
    public static func finder() throws -> CombinedOrganizationFinder {
        let finder = CombinedOrganizationFinder(tagger: try OrganizationTagger(bytes: bytes()))
        // The finder's word lists and name tables are Swift statics, built at their first use: the rules' table of
        // known organizations alone takes about 27 M instructions (some 10 ms). Without this, the first article a
        // server analyses pays for all of them; reading one article here builds most of them at start-up instead.
        // The finder is pure, so its answers do not change.
        _ = finder.organizations(in: warmUpArticle, regions: nil)
        return finder
    }

    /// A short article in the shapes most articles have (a capitals headline, a dateline with a wire credit, a
    /// company with its legal form, an acronym defined in parentheses, a quoted spokeswoman, a game report), so
    /// that reading it touches the tables most articles need.
    static let warmUpArticle = """
        BANKS RALLY AS CENTRAL BANK HOLDS RATES

        NEW YORK (Reuters) - Shares of Acme Holdings Inc. rose 3 percent on Tuesday after the Federal Reserve \
        (Fed) left interest rates unchanged, the company said in a statement.

        "We are pleased," said Jane Smith, a spokeswoman for the International Monetary Fund in Washington. \
        The Boston Red Sox beat the New York Yankees 5-3 at Fenway Park, and the Labour Party's leader \
        met officials of the European Commission's trade department.
        """
}
