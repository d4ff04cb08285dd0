/// The wire service a press release credits in its dateline ("PITTSBURGH, April 8, 2025 /PRNewswire/ -- Helix
/// Robotics …", "TORONTO, Feb. 3, 2025 /CNW/ --", "(BUSINESS WIRE)--"): a news agency, which the guidelines make an
/// organization, written in a shape no sentence has, so that the tagger reads it as a place or nothing.
extension CombinedOrganizationFinder {
    /// Adds each credit as a mention of its own organization: one to forty letters, digits, dots, hyphens or spaces
    /// (a capital first) between "/" and "/" or "(" and ")", right after a year's last digit and a space, and
    /// followed by a dash ("-", "--", "–", "—"), with or without a space. Inside `regions`, where no mention is.
    static func addingWireServiceCredits(
        _ organizations: [FoundOrganization], regions: [Range<Int>]?, _ scalars: [Unicode.Scalar]
    ) -> [FoundOrganization] {
        var found: [Mention] = []
        var space = FreeNameSpace(regions: regions, organizations: organizations, length: scalars.count)
        // Only where a credit opens ("/" or "("): the marks are found with `memchr`, not scalar by scalar.
        ScalarSearch.forEachOffset(of: ["/", "("], in: scalars) { k in
            guard k >= 2, k + 2 < scalars.count, scalars[k - 1] == " ", ScalarClass.isDigit(scalars[k - 2]),
                ScalarClass.isUppercase(scalars[k + 1])
            else { return }
            let open = scalars[k]
            let close: Unicode.Scalar = open == "/" ? "/" : ")"
            var end = k + 1
            while end < scalars.count, end - k <= 41, scalars[end] != close, isCreditScalar(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end] == close, end - k <= 41, isDashAfter(end + 1, scalars) else {
                return
            }
            let mention = Mention(
                start: k + 1, end: end, text: ScalarClass.string(scalars[(k + 1)..<end]))
            guard space.admits(mention) else { return }
            found.append(mention)
        }
        guard !found.isEmpty else { return organizations }
        var result = organizations
        addEach(found, to: &result)
        return result
    }

    private static func isCreditScalar(_ s: Unicode.Scalar) -> Bool {
        isNameScalar(s) || s == "." || s == "-" || s == " "
    }

    /// Whether a dash follows `start`, after at most one space.
    private static func isDashAfter(_ start: Int, _ s: [Unicode.Scalar]) -> Bool {
        var k = start
        if k < s.count && s[k] == " " { k += 1 }
        return k < s.count && (s[k] == "-" || s[k] == "–" || s[k] == "—")
    }
}
