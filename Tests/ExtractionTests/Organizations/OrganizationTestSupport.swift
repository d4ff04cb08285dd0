@testable import Extraction

/// Runs the rule-based finder with default options.
func findOrganizations(_ text: String, regions: [Range<Int>]? = nil) -> [FoundOrganization] {
    RuleBasedOrganizationFinder().organizations(in: text, regions: regions)
}

/// The organization whose name or alias is `name`, if found.
func organization(_ name: String, in orgs: [FoundOrganization]) -> FoundOrganization? {
    orgs.first { $0.name == name || $0.aliases.contains(name) }
}

/// Every mention's offsets slice exactly its text out of `text` (Unicode scalars, end exclusive).
func offsetsAreExact(_ orgs: [FoundOrganization], in text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for org in orgs {
        for m in org.mentions {
            guard m.start >= 0, m.end <= scalars.count, m.start < m.end else { return false }
            if String(String.UnicodeScalarView(scalars[m.start..<m.end])) != m.text { return false }
        }
    }
    return true
}

/// All mention texts of all organizations, in text order.
func mentionTexts(_ orgs: [FoundOrganization]) -> [String] {
    orgs.flatMap(\.mentions).sorted { $0.start < $1.start }.map(\.text)
}
