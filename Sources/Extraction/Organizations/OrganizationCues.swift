/// Words that signal an organization name, and the contexts that signal a company.
///
/// Written from general knowledge of how organizations are named in English news; not derived from any
/// evaluation set. All entries are lowercase; look-ups lowercase the token first.
enum OrganizationCues {
    /// Head words that make a capitalised sequence ending in them an organization ("Bay Area Council").
    static let heads: WordSet = [
        "council", "group", "agency", "authority", "center", "centre", "centers", "centres", "office", "ministry",
        "department", "university", "college", "institute", "bank", "association", "commission", "committee",
        "union", "party", "club", "foundation", "corporation", "company", "companies", "times", "news", "post",
        "journal", "press", "fc", "afc", "cf", "united", "board", "court", "administration", "bureau", "service",
        "services", "systems", "technologies", "technology", "holdings", "partners", "airlines", "airline",
        "airways", "motors", "pharmaceuticals", "pharma", "labs", "laboratories", "laboratory", "network",
        "networks", "league", "federation", "organization", "organisation", "fund", "reserve", "parliament",
        "congress", "assembly", "senate", "academy", "school", "hospital", "clinic", "society", "trust", "alliance",
        "coalition", "consortium", "cooperative", "industries", "enterprises", "ventures", "capital", "investments",
        "securities", "insurance", "bancorp", "bancshares", "financial", "media", "studios", "entertainment",
        "records", "broadcasting", "communications", "telecom", "telecommunications", "gazette", "herald",
        "tribune", "chronicle", "examiner", "observer", "magazine", "radio", "television", "police", "army",
        "navy", "corps", "command", "secretariat", "directorate", "tribunal", "exchange", "brewery", "automotive",
        "aerospace", "robotics", "biotech", "therapeutics", "biosciences", "semiconductor", "semiconductors",
        "electronics", "software", "solutions", "logistics", "foods", "brands", "stores", "restaurants", "hotels",
        "resorts", "railways", "railway", "railroad", "shipping", "petroleum", "mining", "minerals", "resources",
        "steel", "chemicals", "utilities", "electric", "energy", "newsroom", "newsdesk", "cabinet", "institution",
        "institutions", "guard", "force", "caucus", "conference", "bancorporation", "insurers",
        "associates", "consulting", "consultants", "management", "advisors", "advisers", "realty", "properties",
        "developers", "construction", "airport", "fraternity", "sorority", "church", "diocese", "synod",
        "orchestra", "ensemble", "museum", "library", "zoo", "initiative", "project", "taskforce", "cartel",
        "brigade", "brigades", "battalion", "regiment", "militia", "front", "movement", "division", "unit", "team",
        "desk", "chamber", "system", "guild", "theatres", "theaters", "cinemas", "pictures", "platforms",
        "register", "sentinel", "inquirer", "enquirer", "courier", "dispatch", "bulletin", "courant", "ledger",
        "statesman", "tennessean", "oklahoman",
    ]

    /// Heads that are weak alone: they count only with a second cue or with more than one word before them.
    static let weakHeads: WordSet = [
        "center", "centre", "post", "times", "news", "capital", "media", "energy", "electric", "force", "guard",
        "conference", "initiative", "project", "front", "movement", "museum", "library", "zoo", "airport",
        "church", "network", "service", "press", "radio", "television", "resources", "management", "properties",
        "construction", "exchange", "united", "police", "army", "navy", "command", "cabinet", "institution",
        "financial", "securities", "insurance", "trust", "records", "office", "school", "hospital", "division",
        "unit", "team", "desk", "system", "register", "courier", "dispatch", "bulletin", "ledger",
    ]

    /// Legal forms; a sequence ending in one is a company ("Kestrel Biotech Inc."). `OrganizationKey`'s list, as
    /// tokens are written: bare, with a final dot ("Inc."), and short forms dotted letter by letter ("S.A.").
    static let legalSuffixes = WordSet(
        {
            var forms: Set<String> = []
            for word in OrganizationKey.legalSuffixes {
                forms.insert(word)
                forms.insert(word + ".")
                if word.count <= 3 { forms.insert(word.map { "\($0)." }.joined()) }
            }
            return forms
        }())

    /// Heads that take an "of"/"for"/"on" complement inside the name ("Bank of America", "Centers for
    /// Disease Control", "National Institute on Drug Abuse", "Port of Oakland Authority").
    static let complementHeads: WordSet = [
        "department", "departments", "ministry", "university", "bank", "office", "institute", "institutes", "port",
        "board", "commission", "committee", "council", "association", "federation", "court", "chamber", "college",
        "academy", "society", "center", "centre", "centers", "centres", "agency", "authority", "administration",
        "bureau", "division", "union", "league", "organization", "organisation", "school", "museum", "church",
        "corps", "coalition", "alliance", "foundation", "fund", "trust", "party", "conference", "confederation",
        "exchange", "assembly", "parliament", "house", "hospital", "bureau", "service", "services", "network",
        "secretariat", "tribunal", "group", "corporation", "company", "club", "federal", "institution",
        "laboratory", "laboratories", "library", "directorate", "commissioner", "friends", "sisters", "brothers",
        "daughters", "sons", "knights", "order", "congress", "caucus", "banco", "banca", "banque", "universidad",
        "université", "universität", "universidade", "partido", "ministerio", "ministère", "comité", "instituto",
        "institut", "consejo", "conseil", "tribunal", "colegio", "école", "fundación", "fondation", "guard",
        "police", "states", "nations", "district", "circuit", "guild",
    ]

    /// Last words of capitalised names that are not organizations: indexes, laws, prizes, events, plans.
    static let nonOrganizationHeads: WordSet = [
        "index", "average", "act", "bill", "law", "award", "awards", "prize", "cup", "games", "championship",
        "championships", "festival", "summit", "program", "programme", "plan", "treaty", "agreement", "accord",
        "protocol", "strategy", "report", "survey", "study", "disorder", "syndrome", "virus", "disease", "day",
        "week", "month", "year", "war", "tournament", "open", "series", "trophy", "rule", "rules", "code",
        "amendment", "doctrine", "deal", "policy", "scheme", "fellowship", "scholarship", "ratio", "rate",
    ]

    /// Connectors allowed inside a name between capitalised words.
    static let connectors: WordSet = [
        "of", "for", "on", "and", "&", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "la", "le",
        "les", "el", "van", "von", "der", "den", "y", "et", "upon", "für",
    ]

    /// Lowercase nouns that, right before a capitalised name, say it is an organization ("carrier SunExpress").
    static let precedingNouns: WordSet = [
        "company", "firm", "startup", "start-up", "giant", "rival", "maker", "automaker", "carmaker", "chipmaker",
        "retailer", "carrier", "airline", "bank", "lender", "insurer", "broker", "brokerage", "publisher",
        "broadcaster", "newspaper", "outlet", "conglomerate", "manufacturer", "supplier", "operator", "provider",
        "developer", "platform", "club", "team", "outfit", "label", "studio", "charity", "nonprofit", "non-profit",
        "regulator", "watchdog", "distributor", "subsidiary", "companies", "firms", "brands", "banks", "airlines",
        "retailers", "automakers", "newspapers", "outlets", "rivals", "insurers", "lenders", "carriers",
        "startups", "agencies", "tabloid", "daily", "weekly", "magazine", "wire", "network", "networks",
        "streamer", "app-maker", "conglomerates", "websites", "website", "site", "chain", "franchise", "cooperative",
        "consultancy", "consultancies", "fund", "funds", "utility", "utilities", "telecom",
        "telco", "unit", "units", "sportswear", "sponsor", "sponsors",
        "foundation", "side", "bookmaker", "accountancy", "pharmacy", "drugmaker", "miner",
        "refiner", "shipper", "shipbuilder", "planemaker", "jetmaker", "handset", "smartphone", "chipmakers",
        "group", "movement", "organization", "organisation", "outfit", "faction", "militia", "coalition",
        "alliance", "association", "union", "party", "agency", "broadcaster", "daily", "newspaper", "tank",
    ]

    /// Lowercase words right after a capitalised name that say it is an organization ("WeWork CEO").
    static let followingWords: WordSet = [
        "ceo", "ceos", "cfo", "coo", "cto", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "shares",
        "stock", "shareholders", "stockholders", "executives", "execs", "employees", "staffers", "founder",
        "co-founder", "cofounder", "headquarters", "subsidiary", "executive", "officials", "stake", "workers",
        "investors", "chairman", "chairwoman", "board", "management", "spokesmen", "representatives",
        "engineers", "analysts", "subscribers", "customers", "shareholder", "boss", "bosses",
        "stores", "store", "plant", "factory", "factories", "ipo", "merger",
    ]

    /// Words after a possessive that say its owner is an organization ("Acme Corp's chief executive").
    static let afterPossessive: WordSet = [
        "ceo", "chief", "board", "shares", "stock", "spokesman", "spokeswoman", "spokesperson", "headquarters",
        "founder", "co-founder", "parent", "subsidiary", "executives", "employees", "revenue", "revenues", "profit",
        "profits", "earnings", "sales", "shareholders", "customers", "website", "valuation", "ipo", "acquisition",
        "investors", "stores", "factory", "factories", "plant", "chairman", "chairwoman", "president",
        "management", "workforce", "staff", "operations", "market", "brand", "platform", "servers", "app",
        "newsroom", "editorial", "editors", "reporters", "subscribers", "fleet", "flights", "members",
        "leadership", "members", "headquarter", "annual", "quarterly", "fiscal", "stake", "unit", "division",
        "owners", "owner", "coach", "manager", "roster", "lineup", "squad", "players", "offense", "defense",
    ]

    /// Verbs of a share price moving: "Alcatel Alsthom fell 1.7 percent".
    static let priceMoves: WordSet = [
        "rose", "fell", "gained", "slipped", "climbed", "jumped", "dropped", "added", "eased", "lost", "surged",
        "plunged", "tumbled", "advanced", "declined", "edged", "sank", "soared", "slid", "rallied", "shed",
        "firmed", "dipped", "rises", "falls", "gains", "slips", "climbs", "jumps", "drops", "eases", "surges",
        "plunges", "tumbles", "sinks", "soars", "slides",
    ]

    /// Market indexes and other capitalised things that move by percents but are no organizations.
    static let indexes: WordSet = [
        "nikkei", "dow", "ftse", "dax", "cac", "kospi", "sensex", "stoxx", "tsx", "asx", "topix", "bovespa",
        "ibex", "mib", "smi", "aex", "hang", "dollar", "euro", "yen", "sterling", "pound", "gold", "oil", "brent",
        "bitcoin", "nifty", "shanghai", "shenzhen", "composite",
    ]

    /// Nouns that, in an apposition ("X, a Oakland-based biotech company,"), make X an organization.
    static let appositionNouns: WordSet = [
        "company", "firm", "startup", "start-up", "maker", "manufacturer", "retailer", "bank", "lender", "insurer",
        "carrier", "airline", "group", "agency", "organization", "organisation", "nonprofit", "non-profit",
        "charity", "provider", "developer", "publisher", "network", "conglomerate", "giant", "operator",
        "supplier", "chain", "brand", "outlet", "newspaper", "broadcaster", "university", "club", "team", "union",
        "party", "association", "council", "fund", "consultancy", "automaker", "carmaker", "chipmaker",
        "producer", "subsidiary", "unit", "institute", "foundation", "coalition", "alliance", "regulator",
        "watchdog", "exchange", "platform", "service", "app", "streamer", "distributor", "utility", "business",
        "corporation", "enterprise", "venture", "fintech", "biotech", "studio", "label", "website", "site",
        "magazine", "publication", "website", "think", "tank", "lab", "laboratory", "hospital", "school",
        "college", "body", "authority", "commission", "committee", "ministry", "department",
    ]

    /// Two-word left contexts: the words before a capitalised name ("shares of X", "analysts at X").
    static let precedingPairs: WordSet = [
        "shares of", "shares in", "stake in", "spokesman for", "spokeswoman for", "spokesperson for", "ceo of",
        "executive of", "officer of", "chairman of", "founder of", "co-founder of", "cofounder of", "analyst at",
        "analysts at", "economist at", "economists at", "researchers at", "researcher at", "professor at",
        "employees at", "employee at", "works at", "worked at", "working at", "employee of", "employees of",
        "owned by", "acquired by", "bought by", "subsidiary of", "unit of", "division of", "merger with",
        "acquisition of", "investors in", "investment in", "invested in", "spokesperson at", "executives at",
        "executive at", "engineer at", "engineers at", "manager at", "director at", "partner at", "strategist at",
        "strategists at", "shareholders of", "deal with", "partnership with",
        "contract with", "statement from", "representatives of", "representative of", "officials at",
        "officials from", "analysts from", "researchers from", "report by", "survey by", "study by", "poll by",
        "lawsuit against", "owner of", "parent company", "spokesman at", "spokeswoman at",
        "coach of", "signed with", "loan from", "transfer to", "move to", "sale of", "ceo at", "layoffs at", "jobs at",
        "job at", "strike at", "workers at", "staff at",
        "executives from", "stake in", "ipo of", "shareholders in", "customers of", "rival to", "survey from",
        "report from", "surveyed by",
        "polled by", "compiled by", "data from", "analysts with", "research from", "analysis by", "estimates from",
    ]

    /// The second words of `precedingPairs` ("of", "at", "by", …): a word before a name that is none of them
    /// needs no pair joined into a string and looked up, which is most of them. (Words hold no space, so the
    /// pair's second word is its text after the space.)
    static let precedingPairEnds = WordSet(
        Set(precedingPairs.words.compactMap { $0.split(separator: " ").last.map(String.init) }))
}
