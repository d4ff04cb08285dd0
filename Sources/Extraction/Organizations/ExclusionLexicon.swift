/// Capitalised words that are not organization names: titles, calendar words, common sentence openers and
/// all-caps abbreviations that name no organization. Lowercase entries; written from general knowledge.
enum ExclusionLexicon {
    /// Titles and roles that precede a person's name ("Mayor Libby Schaaf", "Browns DL Sheldon Richardson").
    static let titles: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mx", "president", "vice", "mayor", "governor", "gov",
        "gov.", "senator", "sen", "sen.", "rep", "rep.", "representative", "minister", "secretary", "chancellor",
        "premier", "prime", "king", "queen", "prince", "princess", "pope", "judge", "sheriff", "ceo", "cfo", "coo",
        "cto", "chairman", "chairwoman", "chair", "director", "commissioner", "ambassador", "gen", "gen.", "lt",
        "lt.", "colonel", "col", "col.", "captain", "capt", "capt.", "sergeant", "sgt", "sgt.", "officer",
        "detective", "det", "det.", "professor", "prof", "prof.", "dean", "coach", "manager", "quarterback", "qb",
        "wr", "rb", "dl", "lb", "cb", "te", "ol", "dt", "insider", "analyst", "reporter", "correspondent", "editor",
        "columnist", "spokesman", "spokeswoman", "spokesperson", "founder", "cofounder", "co-founder", "attorney",
        "lawyer", "deputy", "assistant", "rev", "rev.", "father", "sister", "lord", "lady", "sir", "dame",
        "speaker", "leader", "candidate", "congressman", "congresswoman", "councilman", "councilwoman", "councilor",
        "councillor", "trustee", "superintendent", "inspector", "constable", "agent", "pastor", "rabbi", "imam",
        "bishop", "archbishop", "emir", "sheikh", "sultan", "president-elect", "nominee", "defender", "midfielder",
        "striker", "forward", "goalkeeper", "winger", "pitcher", "catcher", "outfielder", "infielder", "linebacker",
        "receiver", "cornerback", "tackle", "safety", "guard", "shortstop", "economist", "strategist", "chief",
        "executive", "officials", "official", "staffer", "aide", "adviser", "advisor", "counsel", "treasurer",
        "comptroller", "auditor", "controller", "magistrate", "justice", "chief-executive", "ex-president",
        "former", "acting", "interim", "senior", "junior", "associate", "principal", "head", "star", "veteran",
        "rookie", "owner", "producer", "host", "anchor", "md", "svp", "evp", "vp", "dir",
    ]

    /// Months, weekdays and other calendar words.
    static let calendar: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan",
        "thanksgiving", "halloween", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// Words that, capitalised at the start of a sentence, are ordinary words and begin no name.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "to", "of", "and", "but", "or", "if", "as",
        "when", "while", "after", "before", "although", "though", "because", "since", "during", "this", "that",
        "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "your", "some", "many", "most", "more", "all", "both", "each", "every", "no", "not", "other", "another",
        "such", "what", "which", "who", "whom", "whose", "where", "how", "why", "there", "here", "then", "now",
        "today", "yesterday", "tomorrow", "last", "next", "also", "still", "yet", "so", "even", "just", "only",
        "meanwhile", "however", "instead", "despite", "according", "under", "over", "about", "among", "between",
        "against", "through", "without", "within", "like", "unlike", "until", "once", "following", "amid", "after",
        "earlier", "later", "nonetheless", "nevertheless", "moreover", "furthermore", "thus", "therefore",
        "indeed", "overall", "currently", "recently", "previously", "additionally", "similarly", "finally",
        "second", "third", "several", "few", "any", "one", "two", "three", "four", "five", "ten", "will",
        "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "is", "are", "was", "were",
        "has", "have", "had", "be", "been", "being", "said", "says", "see", "read", "watch", "click", "photo",
        "image", "video", "source", "sources", "update", "updated", "breaking", "exclusive", "analysis", "opinion",
        "editorial", "comment", "home", "latest", "article", "story", "stories", "more", "related", "share",
        "follow", "contribute", "welcome", "subscribe", "sign", "log", "please", "thank", "thanks", "yes",
        "whether", "whatever", "whenever", "wherever", "perhaps", "maybe", "because", "almost", "nearly", "around",
        "across", "behind", "beyond", "inside", "outside", "toward", "towards", "upon", "via", "per", "plus",
        "minus", "rather", "than", "very", "much", "well", "back", "again", "already", "always", "never", "often",
        "sometimes", "usually", "ever", "together", "alone", "else", "neither", "either", "none", "nothing",
        "everything", "something", "anything", "everyone", "someone", "anyone", "nobody", "people", "officials",
        "critics", "analysts", "experts", "investors", "members", "residents", "police", "authorities", "workers",
        "students", "fans", "players", "reporters", "sen.", "rep.", "asked", "told", "added", "noted",
        "former", "senior",
    ]

    /// Words never starting a name even mid-sentence (pronoun "I", interjections, headline furniture).
    static let neverNames: WordSet = [
        "i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "oh", "mr", "mrs", "ms", "am", "pm", "a.m.", "p.m.",
        "tv", "internet", "web", "covid-19", "covid", "coronavirus", "god", "bible", "quran", "op-ed",
    ]

    /// All-caps abbreviations that name no organization (or name one so rarely that they mislead).
    static let nonOrganizationAcronyms: WordSet = [
        "ceo", "cfo", "coo", "cto", "cio", "cmo", "tv", "gdp", "cpi", "pmi", "am", "pm", "fm", "ok", "id", "dna",
        "rna", "ai", "it", "pc", "hiv", "aids", "covid", "sars", "mers", "us", "u.s.", "usa", "u.s.a.", "uk",
        "u.k.", "uae", "ussr", "nyc", "la", "dc", "d.c.", "gps", "usb", "led", "lcd", "cd", "dvd", "pdf", "html",
        "url", "api", "ipo", "etf", "nft", "vr", "ar", "suv", "ev", "evs", "mvp", "qb", "td", "era", "rbi", "mph",
        "km", "mw", "gw", "kw", "co2", "bc", "ad", "ce", "bce", "et", "est", "pst", "gmt", "utc", "edt", "pdt",
        "cst", "cdt", "mst", "bst", "cet", "faq", "cv", "pr", "vip", "lgbt", "lgbtq", "lgbtq+", "diy", "atm",
        "icu", "er", "mri", "ct", "ptsd", "adhd", "ocd", "stem", "esg", "roi", "b2b", "q&a", "fy", "q1", "q2",
        "q3", "q4", "h1", "h2", "phd", "ph.d.", "mba", "md", "rn", "jd", "ba", "bs", "ii", "iii", "iv", "vi",
        "vii", "viii", "ix", "xi", "omg", "lol", "tbd", "asap", "aka", "rip", "wi-fi", "wifi", "iot", "5g", "4g",
        "3g", "lte", "sms", "mp", "mps", "dj", "ufo", "hq", "gop's", "ny", "sf", "nj", "ca", "tx", "fl", "wa", "il",
        "pa", "oh", "mi", "ga", "nc", "va", "az", "ma", "tn", "in", "mo", "md", "wi", "mn", "co", "al", "sc", "ky",
        "or", "ok", "ct", "ut", "ia", "nv", "ar", "ms", "ks", "nm", "ne", "wv", "id", "hi", "nh", "me", "ri", "mt",
        "de", "sd", "nd", "ak", "vt", "wy", "a", "i", "q", "ep", "lp", "ufc's", "oled", "cbd", "thc",
        "ppe", "pcr", "rt-pcr", "mph", "bpa", "gmo", "ipa", "nba's", "ncaa's", "pga's", "cest", "nz", "hk", "sar",
        "prc", "drc", "usd", "eur", "gbp", "jpy", "cny", "rmb", "yuan", "btc", "eth", "xrp", "nasdaq:", "nyse:",
        "ps4", "ps5", "xbox", "ios", "os", "ui", "ux", "ml", "llm", "gpu", "cpu", "ram", "ssd", "hdd", "4k", "hd",
        "ceo's", "cfo's", "ma", "mp3", "jpeg", "png", "gif", "csv", "xml", "json", "sql", "http", "https", "www",
        "ftp", "vpn", "dns", "ip", "tcp", "rss", "seo", "crm", "erp", "saas", "b2c", "d2c", "p2p", "m&a",
        "r&d", "s&p", "ebitda", "eps", "p/e", "yoy", "qoq", "mom", "ytd", "ltm", "ttm", "aum", "nav", "irr",
        "cagr", "kpi", "okr", "sla", "nda", "loi", "mou", "rfp", "sow", "poc", "mvp's", "hr", "it's",
    ]
}
