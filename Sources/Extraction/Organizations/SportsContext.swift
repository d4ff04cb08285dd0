/// Sports articles name teams by their city or school ("Minnesota beat Buffalo", "scored for Detroit",
/// "The Eagles (6-5, 3-4)"). This reads such uses, only in articles whose vocabulary is about a game.
struct SportsContext {
    let tokens: [Token]
    /// Whether the article reads as a sports report (enough game words).
    let isSportsArticle: Bool

    /// Capitalised words the article writes after "the" ("the Huskies"): nicknames are; surnames are not. Collected
    /// only in a sports article: `looksLikeTeamName`, which reads them, is asked only where `isTeam` holds, and that
    /// needs one, so other articles skip hashing the words into the set.
    let afterThe: Set<String>

    init(tokens: [Token]) {
        self.tokens = tokens
        var count = 0
        // By index, reading fields, rather than copying each token with its two strings.
        for k in tokens.indices where tokens[k].kind == .word {
            // Every game word has four bytes or more, and so has any string equal to one (a word is equal only to
            // itself and to spellings with more bytes): shorter words, about half of them, skip the look-up.
            if tokens[k].isLowercase && tokens[k].lower.utf8.count >= Self.shortestGameWord
                && Self.gameWords.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash)
            {
                count += 1
                // Six settle it: the rest of a sports report need not be read.
                if count == Self.gameWordsNeeded { break }
            }
        }
        isSportsArticle = count >= Self.gameWordsNeeded
        var afterThe: Set<String> = []
        if isSportsArticle {
            for k in tokens.indices.dropFirst()
            where tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k - 1].lowerIsThe {
                afterThe.insert(tokens[k].normalized)
            }
        }
        self.afterThe = afterThe
    }

    /// Whether a span that is not a known place may name a team: a plural nickname ("Huskies"), or several
    /// words with a place or a plural in them ("Eastern Michigan", "Nittany Lions"); never a person. Asked of a
    /// sports article only (after `isTeam`).
    func looksLikeTeamName(_ c: Candidate) -> Bool {
        let first = tokens[c.lo].lower
        if PersonNames.given.contains(first) { return false }
        let last = tokens[c.hi - 1]
        let plural = last.lower.hasSuffix("s") && !last.lower.hasSuffix("ss") && last.text.utf8.count >= 4
        if c.hi - c.lo == 1 {
            return plural && last.isCapitalized && !last.isAllCaps && afterThe.contains(last.normalized)
        }
        for k in c.lo..<c.hi where PlaceNames.contains(tokens[k].lower, asciiHash: tokens[k].lowerHash) { return true }
        if last.lower == "state" { return true }
        // "Red Wings", "Nittany Lions": a plural after a descriptive word, not after a first name.
        return plural && c.hi - c.lo == 2 && Self.nicknameModifiers.contains(first)
    }

    /// Whether the span is used as a team: before a result verb, after "beat"/"for"/"against", with a
    /// record in parentheses, or owning a game, a coach or a lead.
    func isTeam(_ c: Candidate) -> Bool {
        guard isSportsArticle else { return false }
        if c.lo > 0 {
            let p = tokens[c.lo - 1]
            if p.kind == .word && p.isLowercase && Self.before.contains(p.lower, asciiHash: p.lowerHash) { return true }
        }
        guard c.hi < tokens.count else { return false }
        let next = tokens[c.hi]
        if next.kind == .possessive {
            return c.hi + 1 < tokens.count
                && Self.owned.contains(tokens[c.hi + 1].lower, asciiHash: tokens[c.hi + 1].lowerHash)
        }
        if next.kind == .word && next.isLowercase && Self.verbs.contains(next.lower, asciiHash: next.lowerHash) {
            return true
        }
        if next.text == "(" && c.hi + 1 < tokens.count && tokens[c.hi + 1].kind == .number
            && tokens[c.hi + 1].containsHyphen && Token.holds(tokens[c.hi + 1].text, "-")
        {
            return true
        }
        return false
    }

    static let nicknameModifiers: WordSet = [
        "red", "blue", "white", "black", "golden", "maple", "nittany", "crimson", "fighting", "sun", "green",
        "silver", "orange", "scarlet", "tar", "horned", "yellow", "purple", "mighty", "trail", "rough", "wild",
        "sea", "blue-white", "war", "demon", "yellow-jackets", "running", "flying", "ragin'", "mean", "big",
    ]

    /// Game words that make an article a sports report.
    static var gameWordsNeeded: Int { 6 }

    /// The byte count of the shortest of `gameWords` (a test holds it to the list).
    static var shortestGameWord: Int { 4 }

    static let gameWords: WordSet = [
        "goal", "goals", "touchdown", "touchdowns", "quarterback", "overtime", "halftime", "inning", "innings",
        "scored", "season", "coach", "playoff", "playoffs", "league", "game", "games", "match", "striker",
        "pitcher", "rushed", "yards", "assists", "rebounds", "championship", "tournament", "stadium", "roster",
        "squad", "midfielder", "goalkeeper", "semifinal", "homer", "sacks", "goalie", "interception", "fumble",
        "penalty", "rebound", "wicket", "wickets", "innings", "lineup", "bullpen", "touchdown", "field-goal",
    ]

    static let verbs: WordSet = [
        "beat", "beats", "defeated", "defeats", "edged", "edges", "topped", "tops", "routed", "routs", "blanked",
        "rallied", "rallies", "rolled", "downed", "outlasted", "stunned", "upset", "improved", "fell", "falls",
        "lost", "loses", "won", "wins", "hosts", "hosted", "visits", "visited", "trailed", "trails", "led",
        "leads", "held", "clinched", "clinches", "swept", "sweeps", "dropped", "snapped", "extended", "remained",
        "remains", "play", "plays", "played", "face", "faces", "faced", "advanced", "advances", "overcame",
        "thrashed", "crushed", "hammered", "drew", "draw", "scored", "scores", "signed", "traded", "acquired",
        "released", "waived", "drafted",
    ]

    static let before: WordSet = [
        "beat", "beating", "defeated", "defeating", "over", "against", "vs", "vs.", "lift", "lifted", "lead",
        "past", "edged", "topped", "routed", "blanked", "host", "hosts", "hosting", "visit", "visits", "for",
        "downed", "outlasted", "stunned", "upset", "face", "faces", "facing", "versus",
    ]

    static let owned: WordSet = [
        "game", "coach", "offense", "defense", "quarterback", "lead", "victory", "win", "loss", "season",
        "roster", "players", "title", "goalie", "pitcher", "lineup", "starting", "home", "road", "streak",
        "record", "defence", "attack", "manager", "fans", "first", "second", "third", "fourth", "top", "leading",
        "best", "last", "next", "only", "ninth", "comeback", "rally", "offensive", "defensive", "goal", "goals",
        "bullpen", "rotation", "backfield", "secondary", "kicker", "rookie", "captain", "star",
    ]
}
