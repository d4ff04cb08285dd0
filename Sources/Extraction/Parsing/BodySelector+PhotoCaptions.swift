/// Photo captions written out as paragraphs.
///
/// A wire photo's caption is often as long as a paragraph and reads like one ("In this photo issued by ITV, Jeremy
/// Corbyn, right, and Boris Johnson, during the election debate … (ITV via AP)"), so it weighed as prose: a page
/// that renders the lead photo over the story had its body open with the caption. Captions have two shapes of
/// their own that a story's paragraph does not: the agencies' opening ("In this photo …", "In this Nov. 19, 2019,
/// file photo, …") and the photographer's credit in parentheses closing the text, with no full stop after it
/// ("(AP Photo/Evan Vucci)", "(ITV via AP)", "(Photo by Jane Doe/Getty Images)").
extension BodySelector {
    /// Whether a paragraph is a photo's caption by its opening or its closing credit.
    static func isPhotoCaptionParagraph(_ text: String) -> Bool {
        let bytes = text.utf8
        // Most paragraphs fail on their first or last byte, asked before anything is copied.
        if bytes.first == 0x49, bytes.starts(with: captionOpening), opensWithPhotoWord(text) { return true }
        var last = bytes.endIndex
        while last > bytes.startIndex, bytes[bytes.index(before: last)] == 0x20 { last = bytes.index(before: last) }
        guard last > bytes.startIndex else { return false }
        let end = bytes[bytes.index(before: last)]
        if end == 0x29 { return endsWithPhotoCredit(Array(bytes[..<last])) }
        // No caption ends a sentence the way a paragraph does; the two shapes below are asked only then.
        if end == 0x2E || end == 0x21 || end == 0x3F || end == 0x22 || end == 0x27 { return false }
        return endsWithGluedCredit(text) || isPicturedCaption(text)
    }

    /// "… carry about 600,000 riders a day.Credit...Jonah Markowitz for The Daily Ledger", "… sniffed out the
    /// hoardCredit: SWNS": the credit a site sets after the caption, which a text rendering glues to it. "Credit"
    /// with a capital, then "...", "…" or ":", then at most ten words, no sentence after it.
    static func endsWithGluedCredit(_ text: String) -> Bool {
        let tail = Array(text.utf8.suffix(90))
        // The last "Credit" in the tail: the credit closes the caption.
        var at = tail.count - creditLabel.count
        while at >= 0, !tail[at..<(at + creditLabel.count)].elementsEqual(creditLabel) { at -= 1 }
        guard at >= 0 else { return false }
        let after = tail[(at + creditLabel.count)...]
        let markLength: Int
        if after.first == 0x3A {
            markLength = 1
        } else if after.starts(with: threeDots) || after.starts(with: ellipsis) {
            markLength = 3
        } else {
            return false
        }
        let words = after.dropFirst(markLength).split(separator: 0x20).count
        return words >= 1 && words <= 10
    }

    /// "Doreen Latham (pictured with her daughter Karen) said she could not stop shaking": a tabloid's caption,
    /// which says "pictured" and, unlike the story's sentences that say it too, ends without a full stop.
    static func isPicturedCaption(_ text: String) -> Bool {
        ByteSearch.containsFolded(text, pictured)
    }

    private static let creditLabel = Array("Credit".utf8)
    private static let threeDots = Array("...".utf8)
    private static let ellipsis = Array("\u{2026}".utf8)
    private static let pictured = Array("(pictured".utf8)

    /// "Image caption Taylor Swift's seventh album …", "Media caption The minister spoke …", "Image copyright Getty
    /// Images": the label some sites print before a picture's caption or credit for screen readers, which a text
    /// rendering keeps. A story's sentence does not open with it.
    static func opensWithCaptionLabel(_ text: String) -> Bool {
        guard let lead = text.utf8.first, lead == 0x49 || lead == 0x4D || lead == 0x50 else { return false }
        return captionLabels.contains { ArticleBodyEdges.opensFolded(text, $0) }
    }

    private static let captionLabels = [
        "image caption ", "media caption ", "photo caption ", "image copyright ", "picture caption ",
        // A public broadcaster's description of a picture for screen readers ("Photo shows A farmer crouches …").
        "photo shows ",
    ].map { Array($0.utf8) }

    /// "In this " opening an agency caption.
    private static let captionOpening = Array("In this ".utf8)

    /// Words that name the picture in a caption's opening clause ("In this photo", "In this image made from
    /// video", "In this Nov. 19, 2019, file photo").
    private static let pictureWords: Set<String> = ["photo", "photos", "photograph", "image", "images", "picture"]

    /// Lowercase words a caption may set before the picture's word ("In this undated handout photo").
    private static let pictureQualifiers: Set<String> = ["file", "undated", "handout", "aerial", "courtroom"]

    /// Whether one of the eight words after "In this " names the picture, every word before it being a date's
    /// (capitalised or a number) or a qualifier: "In this case, the photo shows …" is a story's sentence.
    private static func opensWithPhotoWord(_ text: String) -> Bool {
        let words = text.utf8.dropFirst(captionOpening.count).split(separator: 0x20, maxSplits: 8).prefix(8)
        for word in words {
            let letters = word.prefix { $0 &- 0x41 < 26 || $0 &- 0x61 < 26 }.map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }
            let name = String(decoding: letters, as: UTF8.self)
            // The word alone or with one mark after it ("photo,"): "image-obsessed" names no picture.
            if word.count - letters.count <= 1 && pictureWords.contains(name) { return true }
            guard let first = word.first, first &- 0x41 < 26 || first &- 0x30 < 10 || pictureQualifiers.contains(name)
            else { return false }
        }
        return false
    }

    /// Words of a photographer's credit in the parentheses closing a caption.
    private static let creditWords: Set<String> = [
        "photo", "photos", "photograph", "getty", "shutterstock", "afp", "reuters", "ap", "image", "picture",
        "supplied",
    ]

    /// Whether `bytes`, which end with ")", end with a credit: the last parenthesis holds at most 60 bytes and a
    /// credit word ("AP" only after "via" or before "Photo": "(AP)" alone is an agency's dateline mark; "AFP" and
    /// "Reuters" only with a slash joining a photographer's name).
    private static func endsWithPhotoCredit(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.lastIndex(of: 0x28), bytes.count - open <= 62 else { return false }
        let inside = bytes[(open + 1)..<(bytes.count - 1)].map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }
        let words = inside.split { !($0 &- 0x61 < 26) }.map { String(decoding: $0, as: UTF8.self) }
        // "(ABC Rural: Lucy Thackray)", "(Supplied: Jane Doe)": a desk or a source, a colon, the photographer; a few
        // words, the first capitalised, as a credit is written (a sentence's "(see table: …)" opens lowercase).
        if let colon = inside.firstIndex(of: 0x3A), colon > 0, words.count <= 8,
            bytes[open + 1] &- 0x41 < 26, inside[(colon + 1)...].first == 0x20
        {
            return true
        }
        for (k, word) in words.enumerated() where creditWords.contains(word) {
            switch word {
            case "ap": if k > 0 && words[k - 1] == "via" { return true }
            // Sites close wire copy with the agency's name alone ("… the ministry said. (AFP)"); a photo's credit
            // joins it to the photographer's ("REUTERS/Jane Doe", "John Roe/AFP").
            case "afp", "reuters": if inside.contains(0x2F) { return true }
            default: return true
            }
        }
        return false
    }
}
