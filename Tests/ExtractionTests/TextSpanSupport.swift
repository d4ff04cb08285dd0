@testable import Extraction

/// The first occurrence of `form` in `text` as a tagger span, by Unicode-scalar offsets.
func spanOf(_ form: String, in text: String, _ label: String = "ORG") -> EntitySpan {
    let start = Array(text.unicodeScalars).firstRange(of: Array(form.unicodeScalars))!.lowerBound
    return EntitySpan(start: start, end: start + form.unicodeScalars.count, label: label)
}

/// The first occurrence of `form` in `text` as a mention.
func mentionOf(_ form: String, in text: String) -> Mention {
    let span = spanOf(form, in: text)
    return Mention(start: span.start, end: span.end, text: form)
}

/// An organization named `form` with one mention, its first occurrence in `text` (a rule name, for evidence).
func organizationOf(_ form: String, in text: String) -> FoundOrganization {
    FoundOrganization(name: form, key: form.lowercased(), mentions: [mentionOf(form, in: text)])
}
