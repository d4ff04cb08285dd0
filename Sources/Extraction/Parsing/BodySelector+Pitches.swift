/// What a site sets between a story's paragraphs or under them to sell itself rather than tell the story: a
/// newsletter box (its title, a pitch, the e-mail field's label and the button), a metered paywall's note ("You have
/// read 3 of 5 free articles this month."), an invitation to follow the site on social networks ("Follow the Courier
/// on Facebook, Instagram and TikTok."), and a "read also" label on a line of its own with the headline it points
/// to under it ("Leggi anche" / "Scuole, arrivano i fondi …"). None is the story's, and none ends it: each costs the
/// run little, so the paragraphs on either side stay one run.
extension BodySelector {
    /// Blocks that belong to a newsletter box or point, from a "read also" label, to another story's headline.
    /// Looked for from the box's field and button lines and from the label lines, all short: most blocks are turned
    /// away on their length.
    static func pitchBlocks(_ texts: [String], _ features: [BlockFeatures], isBullet: [Bool]) -> Set<Int> {
        var found: Set<Int> = []
        for i in texts.indices where features[i].words >= 1 && features[i].words <= 5 && texts[i].utf8.count <= 40 {
            // Most short lines (menu entries, names, kickers) are turned away on a hash of their folded bytes,
            // without a lowercased copy.
            guard labelHashes.contains(labelHash(texts[i])) else { continue }
            let line = labelKey(texts[i])
            if signUpFieldLines.contains(line) {
                found.insert(i)
                found.formUnion(boxAbove(i, texts, features))
            } else if readAlsoLabels.contains(line), i + 1 < texts.count,
                isPointedHeadline(texts[i + 1], features[i + 1])
            {
                found.insert(i)
                found.insert(i + 1)
                // A list of headlines under the label ("Read More" / "• Man arrested …" / "• New restaurant …"):
                // each a bullet, up to four.
                var k = i + 2
                while k < texts.count, k <= i + 4, isBullet[k], isBullet[i + 1],
                    isPointedHeadline(texts[k], features[k])
                {
                    found.insert(k)
                    k += 1
                }
            }
        }
        found.formUnion(kickerCards(texts, features))
        return found
    }

    /// A tabloid's box of its most read stories set in the story or under it: each card a kicker in capitals and a
    /// headline ("TIME TRAVELLER" / "Conspiracy theorists say they've spotted …"), the card's picture rendered as
    /// "[gif]" or its alt text above them, three cards or more in a row. A story's subhead in capitals is followed
    /// by a paragraph, not by a headline and another kicker.
    static func kickerCards(_ texts: [String], _ features: [BlockFeatures]) -> [Int] {
        var found: [Int] = []
        var run: [Int] = []
        var cards = 0
        var i = 0
        while i + 1 < texts.count {
            let kicker = isPicture(texts[i], features[i]) ? i + 1 : i
            if kicker + 1 < texts.count, isKicker(texts[kicker], features[kicker]),
                isPointedHeadline(texts[kicker + 1], features[kicker + 1]), features[kicker + 1].words >= 4,
                !isKicker(texts[kicker + 1], features[kicker + 1])
            {
                run += Array(i...(kicker + 1))
                cards += 1
                i = kicker + 2
                continue
            }
            if cards >= 3 { found += run }
            run = []
            cards = 0
            i += 1
        }
        if cards >= 3 { found += run }
        return found
    }

    /// A picture rendered as its alt text in brackets, alone on its line ("[gif]", "[Prince Andrew at a party]").
    static func isPicture(_ text: String, _ f: BlockFeatures) -> Bool {
        f.words <= 8 && text.utf8.first == 0x5B && text.utf8.last == 0x5D
    }

    /// A kicker: one to six words in capitals (three letters at least), no sentence.
    static func isKicker(_ text: String, _ f: BlockFeatures) -> Bool {
        guard f.words >= 1, f.words <= 6, !f.endsSentence, text.utf8.count <= 60 else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where ScalarClass.isLetter(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// FNV-1a over `text`'s bytes with ASCII capitals folded, leading spaces and the trailing spaces, colons, full
    /// stops and exclamation marks left out: equal for a line and its `labelKey` when only ASCII letters differ in
    /// case.
    static func labelHash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start,
                bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A || bytes[end - 1] == 0x2E
                    || bytes[end - 1] == 0x21
            {
                end -= 1
            }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<end {
                let byte = bytes[k]
                hash = (hash ^ UInt64(byte &- 0x41 < 26 ? byte + 32 : byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }

    /// The hashes of the field, button and "read also" labels (see `labelHash`).
    static let labelHashes: Set<UInt64> = Set(signUpFieldLines.union(readAlsoLabels).map(labelHash))

    /// A short line lowercased, without the spaces and the colon, full stop or exclamation mark a label or a button
    /// may carry.
    static func labelKey(_ text: String) -> String {
        var key = Substring(ScalarClass.lowercased(text))
        while let last = key.last, last == " " || last == ":" || last == "." || last == "!" { key.removeLast() }
        while let first = key.first, first == " " { key.removeFirst() }
        return String(key)
    }

    /// The title and the pitch a newsletter box sets above its e-mail field: up to three blocks above `field`, the
    /// nearest short line without a sentence's end (the box's title, "Get the Courier briefing") and the sentence
    /// between them, if it says how often or where the letters come ("every weekday morning", "to your inbox").
    /// Without a title nothing above the field is taken: a story's last paragraph may stand right above a field.
    static func boxAbove(_ field: Int, _ texts: [String], _ features: [BlockFeatures]) -> [Int] {
        var pitch: [Int] = []
        var k = field - 1
        while k >= 0, k >= field - 4 {
            let f = features[k]
            if f.words >= 1, f.words <= 5, signUpFieldLines.contains(labelKey(texts[k])) {
                k -= 1
                continue
            }
            if f.words >= 1, f.words <= 10, !f.endsSentence {
                // The title: taken with the pitch under it only if the pitch reads as one.
                return pitch.allSatisfy({ isPitch(texts[$0]) }) ? [k] + pitch : []
            }
            guard f.words <= 30, f.sentenceEnds <= 2, pitch.count < 2 else { return [] }
            pitch.append(k)
            k -= 1
        }
        return []
    }

    /// A newsletter's pitch says how often it comes or where it goes ("every weekday morning", "straight to your
    /// inbox", "the week's best stories").
    static func isPitch(_ text: String) -> Bool {
        pitchWords.contains { ByteSearch.containsFolded(text, $0) }
    }

    static let pitchWords = [
        "every ", "daily", "weekly", "each week", "each morning", "inbox", "newsletter", "delivered", "sign up",
        "subscribe", "email", "e-mail", "the week's", "the week’s", "the day's", "the day’s",
    ].map { Array($0.utf8) }

    /// The e-mail field's label and the button of a newsletter box, as a text browser or the markup renders them.
    static let signUpFieldLines: Set<String> = [
        "sign up", "sign me up", "sign up now", "subscribe", "email", "e-mail", "email address", "e-mail address",
        "your email", "your email address", "your e-mail address", "enter your email", "enter your email address",
        "enter email", "enter email address", "type your email", "inschrijven", "iscriviti", "abonnieren",
        "s'inscrire", "suscribirse", "suscríbete", "inscrever-se", "assinar",
    ]

    /// The headline a "read also" label points to: a line of two to twenty words, no sentence (a question is one).
    static func isPointedHeadline(_ text: String, _ f: BlockFeatures) -> Bool {
        guard f.words >= 2, f.words <= 20, f.sentenceEnds <= 1, !f.isEndMarker, let last = text.unicodeScalars.last
        else { return false }
        return !f.endsSentence || last == "?" || last == "!"
    }

    /// "Read also" labels on a line of their own, lowercased, without the colon; sites set them between a story's
    /// paragraphs with another story's headline under them. "Related" alone heads a box and stays an end marker.
    static let readAlsoLabels: Set<String> = [
        "read also", "also read", "see also", "read more", "read next", "don't miss", "don’t miss", "must read",
        "leggi anche", "leggi pure", "lees ook", "lees meer", "lire aussi", "à lire aussi", "a lire aussi",
        "lesen sie auch", "auch interessant", "lea también", "lee también", "leia também", "leia mais", "veja também",
        "baca juga", "читайте также",
    ]

    /// "You have read 3 of 5 free articles this month.", "This article is available to subscribers only.",
    /// "Already a subscriber? Sign in": a paywall's notes, which sites print under the lead or the story.
    static func isPaywallNote(_ text: String, words: Int) -> Bool {
        // "bscri" and "free " in the case prose writes them, found by memchr on their first byte.
        guard words >= 2, words <= 30, ByteSearch.contains(text, ubscri) || ByteSearch.contains(text, free)
        else { return false }
        return paywallPhrases.contains { ByteSearch.containsFolded(text, $0) }
    }

    static let ubscri = Array("bscri".utf8)
    static let free = Array("free ".utf8)

    static let paywallPhrases = [
        "free articles", "free article", "free stories", "subscribers only", "subscriber-only", "for subscribers",
        "already a subscriber", "already subscribed", "unlimited access", "subscribe to continue",
        "subscribe to read", "exclusive to subscribers",
    ].map { Array($0.utf8) }

    /// "Follow the Courier on Facebook, Instagram and TikTok.", "Like us on Facebook": an invitation to follow the
    /// site, naming a social network; a story's sentence seldom opens so and names one.
    static func isFollowInvitation(_ text: String, words: Int) -> Bool {
        guard words >= 3, words <= 30, let lead = text.utf8.first, lead | 0x20 == 0x66 || lead | 0x20 == 0x6C,
            followOpenings.contains(where: { ArticleBodyEdges.opensFolded(text, $0) })
        else { return false }
        let named = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" || $0 == "&" })
        return named.contains { socialNetworks.contains(ScalarClass.lowercased(String($0))) }
    }

    static let followOpenings = ["follow ", "like us on ", "find us on "].map { Array($0.utf8) }

    static let socialNetworks: Set<String> = [
        "facebook", "instagram", "twitter", "tiktok", "youtube", "linkedin", "threads", "bluesky", "x", "snapchat",
        "whatsapp", "telegram", "mastodon",
    ]
}
