/// Places and demonyms (lowercase, multi-word names joined by one space), so that "California", "Fresno County"
/// or "Chinese" are never taken for organizations. Written from general knowledge.
enum PlaceNames {
    static let countries: WordSet = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
        "bhutan", "bolivia", "bosnia", "herzegovina", "botswana", "brazil", "brunei", "bulgaria", "burkina faso",
        "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo",
        "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica",
        "dominican republic", "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia",
        "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
        "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
        "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
        "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
        "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
        "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
        "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands", "holland",
        "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "macedonia", "norway",
        "oman", "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia",
        "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia",
        "south africa", "south korea", "korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
        "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "uae", "united kingdom",
        "uk", "u.k.", "britain", "great britain", "england", "scotland", "wales", "northern ireland",
        "united states", "united states of america", "us", "u.s.", "usa", "u.s.a.", "america", "uruguay",
        "uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "hong kong",
        "macau", "macao", "puerto rico", "greenland", "tibet", "xinjiang", "crimea", "gaza", "west bank",
        "soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany", "persia",
    ]

    static let regions: WordSet = [
        // US states
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
        "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "new york state", "washington state", "district of columbia",
        // Canadian provinces, other regions
        "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
        "new brunswick", "newfoundland", "bavaria", "catalonia", "andalusia", "lombardy", "tuscany", "sicily",
        "siberia", "kashmir", "punjab", "bengal", "kerala", "guangdong", "sichuan", "hubei", "wuhan", "fujian",
        "zhejiang", "jiangsu", "yunnan", "hokkaido", "okinawa", "queensland", "victoria", "tasmania",
        // continents and larger regions
        "europe", "asia", "africa", "north america", "south america", "latin america", "central america",
        "antarctica", "arctic", "oceania", "middle east", "far east", "east asia", "southeast asia",
        "south asia", "central asia", "western europe", "eastern europe", "scandinavia", "balkans", "caribbean",
        "mediterranean", "pacific", "atlantic", "gulf", "persian gulf", "sahara", "midwest", "new england",
        "silicon valley", "bay area", "the bay area", "wall street", "main street", "capitol hill", "hollywood",
        "west coast", "east coast", "sun belt", "rust belt", "appalachia", "deep south", "south", "north", "east",
        "west", "northeast", "northwest", "southeast", "southwest", "mainland", "mainland china", "greater china",
        "asia-pacific", "asia pacific", "indo-pacific", "eurozone", "euro zone", "himalayas", "alps", "amazon basin",
    ]

    static let cities: WordSet = [
        "new york city", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio",
        "san diego", "dallas", "san jose", "austin", "jacksonville", "fort worth", "columbus", "charlotte",
        "san francisco", "indianapolis", "seattle", "denver", "boston", "el paso", "nashville", "detroit",
        "oklahoma city", "portland", "las vegas", "memphis", "louisville", "baltimore", "milwaukee",
        "albuquerque", "tucson", "fresno", "sacramento", "mesa", "kansas city", "atlanta", "omaha",
        "colorado springs", "raleigh", "miami", "long beach", "virginia beach", "oakland", "minneapolis", "tulsa",
        "tampa", "arlington", "new orleans", "cleveland", "pittsburgh", "cincinnati", "st. louis", "st louis",
        "orlando", "salt lake city", "honolulu", "anchorage", "buffalo", "newark", "brooklyn", "manhattan",
        "queens", "bronx", "staten island", "harlem", "berkeley", "palo alto", "mountain view", "cupertino",
        "menlo park", "redmond", "sioux falls", "des moines", "boise", "spokane", "richmond", "norfolk",
        "hartford", "providence", "albany", "annapolis", "trenton", "dover", "madison", "lansing", "springfield",
        "london", "paris", "berlin", "madrid", "rome", "milan", "barcelona", "lisbon", "amsterdam", "brussels",
        "vienna", "zurich", "geneva", "munich", "frankfurt", "hamburg", "cologne", "stockholm", "oslo",
        "copenhagen", "helsinki", "dublin", "edinburgh", "glasgow", "manchester", "birmingham", "liverpool",
        "leeds", "athens", "istanbul", "ankara", "moscow", "st. petersburg", "kiev", "kyiv", "warsaw", "prague",
        "budapest", "bucharest", "sofia", "belgrade", "zagreb", "beijing", "shanghai", "shenzhen", "guangzhou",
        "hangzhou", "chengdu", "chongqing", "tianjin", "nanjing", "xi'an", "tokyo", "osaka", "kyoto", "yokohama",
        "seoul", "busan", "pyongyang", "taipei", "manila", "jakarta", "bangkok", "hanoi", "ho chi minh city",
        "kuala lumpur", "singapore city", "mumbai", "bombay", "delhi", "new delhi", "bangalore", "bengaluru",
        "kolkata", "chennai", "hyderabad", "karachi", "lahore", "islamabad", "kabul", "tehran", "baghdad",
        "damascus", "beirut", "jerusalem", "tel aviv", "amman", "riyadh", "jeddah", "dubai", "abu dhabi", "doha",
        "cairo", "lagos", "abuja", "nairobi", "johannesburg", "cape town", "addis ababa", "accra", "dakar",
        "kinshasa", "casablanca", "tunis", "algiers", "sydney", "melbourne", "brisbane", "perth", "auckland",
        "wellington", "toronto", "montreal", "vancouver", "ottawa", "calgary", "mexico city", "sao paulo",
        "são paulo", "rio de janeiro", "rio", "buenos aires", "santiago", "lima", "bogota", "bogotá", "caracas",
        "havana", "washington d.c.", "washington, d.c.", "d.c.", "dc", "hong kong", "macau", "davos", "brussels'",
        "miami-dade", "winnipeg", "edmonton", "halifax", "quebec city", "tampa bay", "green bay", "carolina",
        "new england", "golden state", "st. paul", "saint paul", "el paso", "tallahassee", "knoxville",
        "birmingham", "little rock", "jackson", "baton rouge", "shreveport", "lexington", "akron", "toledo",
        "dayton", "rochester", "syracuse", "scranton", "allentown", "charleston", "savannah", "chattanooga",
        "lubbock", "waco", "fresno", "bakersfield", "stockton", "reno", "eugene", "tacoma", "anaheim",
        "irvine", "riverside", "san bernardino", "pasadena", "santa monica", "glendale", "scottsdale", "tempe",
        "westminster", "whitehall", "downing street", "pentagon city", "wuhan city", "shanghai city",
    ]

    /// Adjectives and plural nouns of nationality and origin ("Chinese", "Californian").
    static let demonyms: WordSet = [
        "american", "americans", "chinese", "japanese", "korean", "koreans", "indian", "indians", "british",
        "briton", "britons", "english", "french", "german", "germans", "italian", "italians", "spanish",
        "spaniard", "spaniards", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "swede",
        "swedes", "norwegian", "danish", "finnish", "irish", "scottish", "welsh", "russian", "russians",
        "ukrainian", "ukrainians", "polish", "czech", "hungarian", "romanian", "bulgarian", "greek", "greeks",
        "turkish", "turk", "turks", "iranian", "iranians", "iraqi", "iraqis", "syrian", "syrians", "israeli",
        "israelis", "palestinian", "palestinians", "saudi", "saudis", "emirati", "egyptian", "egyptians",
        "african", "africans", "nigerian", "kenyan", "ethiopian", "south african", "mexican", "mexicans",
        "canadian", "canadians", "brazilian", "brazilians", "argentine", "argentinian", "chilean", "colombian",
        "venezuelan", "cuban", "cubans", "australian", "australians", "zealander", "pakistani", "pakistanis",
        "afghan", "afghans", "bangladeshi", "indonesian", "malaysian", "thai", "vietnamese", "filipino",
        "filipinos", "taiwanese", "asian", "asians", "european", "europeans", "arab", "arabs", "latino",
        "latinos", "latina", "hispanic", "western", "eastern", "northern", "southern", "californian",
        "californians", "texan", "texans", "floridian", "new yorker", "new yorkers", "midwestern", "soviet",
        "kurdish", "kurds", "catalan", "scandinavian", "nordic", "baltic", "balkan", "caribbean", "atlantic",
        "pacific", "mediterranean", "muslim", "muslims", "christian", "christians", "jewish", "jews", "catholic",
        "catholics", "protestant", "hindu", "hindus", "buddhist", "sikh", "sunni", "shiite", "shia",
    ]

    /// Whether the lowercased phrase names a place or a nationality.
    static func contains(_ lowercased: String) -> Bool { all.contains(lowercased) }

    /// `contains` with `WordSet.asciiHash(lowercased)` already worked out (`Token.lowerHash`).
    static func contains(_ lowercased: String, asciiHash: UInt64?) -> Bool {
        all.contains(lowercased, asciiHash: asciiHash)
    }

    /// The four lists in one set: asked of almost every capitalised span, and most answers are no, which the
    /// union gives in one look-up instead of four.
    private static let all = WordSet(countries.words.union(regions.words).union(cities.words).union(demonyms.words))

    /// First words of the places written in several words ("new" of "new york"): a span whose first word is
    /// none of them is no place, found without joining its words into a phrase.
    static let phraseStarts = WordSet(
        Set(all.words.compactMap { w in w.firstIndex(of: " ").map { String(w[..<$0]) } }))
}
