/// Word lists the parser reads as data: stopwords per language and boilerplate phrases.
///
/// Rules elsewhere never name a site or a phrase; they look words up here.
enum ParsingLexicon {
    /// Function words per language, lowercased. Used for body detection and language identification.
    static let stopwords: [(language: String, words: Set<String>)] = [
        (
            "en",
            words(
                """
                a about after all also an and any are as at be been before but by can could did do does for from had has have he her
                his how i if in into is it its just more most my no not of on one only or other our out over said she so some than
                that the their them then there these they this those to up was we were what when where which while who will with
                would you your about because being both each few him me new now off own same should such through under until very
                us many may might must much
                """)
        ),
        (
            "de",
            words(
                """
                der die das und ist nicht ein eine einer eines einem einen zu den dem des von mit sich auf für im in auch als an
                bei aus wie wir ich sie er es wird werden hat haben sind war noch nach über um oder aber nur so wenn dass durch
                vor bis zum zur kann können mehr man ihr ihre sein seine wurde wurden sehr schon dieser diese dieses
                """)
        ),
        (
            "fr",
            words(
                """
                le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils sont avec plus par se
                ne son sa ses leur nous vous mais ou comme été être avoir fait tout on lui y dont été sans entre très
                """)
        ),
        (
            "es",
            words(
                """
                el la los las de del y en que un una es por con para se no al lo como más su sus pero le ha fue son este esta
                ya entre cuando muy sin sobre también me hasta hay donde desde todo nos durante uno ni contra ese eso
                """)
        ),
        (
            "pt",
            words(
                """
                o a os as de do da dos das e em um uma que é para com não por no na nos nas se mais como mas foi ao ele ela
                seu sua ou quando muito já também só pelo pela até isso entre depois sem mesmo aos ter seus suas você
                """)
        ),
        (
            "it",
            words(
                """
                il lo la gli le di del della dei delle e è un una che per con non in nel nella si da al alla più come ma sono
                anche questo questa ha essere stato tra dopo
                """)
        ),
        (
            "nl",
            words(
                """
                de het een en van in is dat op te zijn met voor niet aan er ook als bij maar om door naar dan nog wel worden
                wordt werd heeft hebben kan deze dit uit
                """)
        ),
        (
            "id",
            words(
                """
                yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah atau karena oleh ada mereka kita
                kami saya bisa sudah telah jika tetapi hanya lebih seperti namun
                """)
        ),
        (
            "ru",
            words(
                """
                и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня
                еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там
                потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже
                себе под будет это
                """)
        ),
    ]

    /// Every stopword of every language, for language-neutral density.
    static let allStopwords: Set<String> = stopwords.reduce(into: Set<String>()) { $0.formUnion($1.words) }

    /// Phrases that mark a short block as page furniture (lowercased substrings).
    static let boilerplatePhrases: [String] = [
        "all rights reserved", "copyright ©", "cookie", "privacy policy", "terms of use", "terms of service",
        "terms & conditions", "terms and conditions", "sign up for", "sign up to", "subscribe to", "subscribe now",
        "newsletter", "follow us", "share this", "share on", "click here", "read more", "log in", "sign in",
        "advertisement", "sponsored content", "skip to main content", "skip to content", "related articles",
        "related stories", "recommended for you", "you may also like", "more from", "most popular", "most read",
        "trending", "leave a comment", "leave a reply", "comments", "contribute to us", "welcome to", "back to top",
        "download the app", "get the app", "this post may contain affiliate", "email address", "your email",
        "view the discussion", "report an error", "get short url", "image source", "getty images",
        "datenschutz", "impressum", "alle rechte vorbehalten", "tous droits réservés", "mentions légales",
        "todos los derechos reservados", "política de privacidad", "todos os direitos reservados",
        "política de privacidade", "leia também", "leia mais", "lee también", "lire aussi", "weiterlesen",
        "hak cipta", "baca juga", "все права защищены", "подписаться", "комментарии", "contact us", "you are here",
        "external links", "filed to:", "click for", "back to", "zurück zur", "retour à", "volver a", "voltar para",
        "keeping you current", "open in a new window", "opens in new window", "click to ", "enlarge image",
        "signed in as", "share panel", "copy this link", "copy link", "copy the link", "link copied",
        // Invitations to follow the site on a messaging app ("Join our Telegram channel …").
        "telegram channel", "whatsapp channel", "subscribe on",
        // A newsletter platform's invitation under each post, and a transcript's disclaimer.
        "subscribe for free", "this transcript was",
        // An Indian site's note on agency copy, and the English of "leia também" / "baca juga".
        "syndicated feed", "also read",
        // A chain's app promotion under the story ("Take Us With You / Real-time updates … right in the palm of
        // your hand"), a site's pledge and appeal ("… is committed to covering local government. Support our
        // journalism."), and a tabloid's comment box ("Share or comment on this article", "The views expressed in
        // the contents above are those of our users").
        "take us with you", "palm of your hand", "download our app", "committed to covering", "support our journalism",
        "support local journalism", "share or comment", "those of our users",
        // Indian business sites' note under each story: "(Catch all the Business News, … and Latest News Updates on
        // X.)".
        "latest news updates on",
    ]

    /// Phrases that mark a block as page furniture whatever its length (consent notices run long).
    static let furniturePhrases: [String] = [
        "uses cookies", "use cookies", "cookie policy", "cookie settings", "accept cookies", "utilizamos cookies",
        "verwendet cookies", "utilise des cookies", "menggunakan cookie", "this site uses akismet",
        // The consent dialog of the ad industry's framework, printed in the page's text before the masthead ("We
        // value your privacy / We and our partners store and/or access information on a device …"): its title
        // reads like a headline, its body like prose.
        "we value your privacy", "we care about your privacy", "and/or access information on a device",
        "manage preferences",
        // Legal notices closing a page: rights, trademarks, medical and publication disclaimers.
        "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés",
        "todos os direitos reservados", "tutti i diritti riservati", "hak cipta dilindungi", "все права защищены",
        "is a registered trademark", "are registered trademarks", "are trademarks of", "is a trademark of",
        "have not been evaluated by the food and drug administration", "not intended to diagnose",
        "for informational purposes only", "may not be published, broadcast, rewritten",
        // A science network's note above each story on how its editors checked it ("This article has been reviewed
        // according to … editorial process and policies. Editors have highlighted the following attributes …").
        "editorial process and policies",
    ]

    /// Headings after which the article is over (a block that is, or starts with, one of these).
    static let endMarkers: [String] = [
        "related articles", "related stories", "related posts", "related content", "related coverage", "related",
        "more stories", "more news", "more from", "read next", "recommended", "you may also like",
        "you might also like", "most popular", "most read", "popular posts", "trending", "comments", "leave a comment",
        "leave a reply", "post a comment", "join the conversation", "view comments", "show comments", "share this:",
        "share this article", "like this:", "about the author", "tags:", "filed under", "more on this",
        "weitere artikel", "kommentare", "artigos relacionados", "posts relacionados", "comentários",
        "artículos relacionados", "comentarios", "articles similaires", "commentaires", "artikel terkait",
        "komentar", "похожие статьи", "похожие записи", "about the company", "media contact", "media contacts",
        "press contact", "über uns", "most watched",
        // A feedback widget under a guide or a health page's article ("Was this page helpful? Yes No").
        "was this page helpful?", "was this article helpful?", "was this helpful?", "did you find this helpful?",
        // Boxes of the site's other stories under the story, in the languages of the lexicon. Not the "read also"
        // labels ("Leggi anche", "Lees ook", "Lire aussi"): sites set those between a story's paragraphs too.
        "latest news", "latest stories", "top stories", "more in", "editor's picks", "editors' picks",
        "mehr zum thema", "das könnte sie auch interessieren", "verwandte artikel", "noticias relacionadas",
        "te puede interesar", "lo más leído", "sur le même sujet", "les plus lus", "articoli correlati",
        "notizie correlate", "potrebbe interessarti", "gerelateerde artikelen", "notícias relacionadas",
        "mais lidas",
    ]

    /// A share bar's buttons written on lines of their own ("Share", "Save", "Print", "Gift Article").
    static let shareToolLabels: Set<String> = [
        "share", "save", "print", "email", "e-mail", "tweet", "gift article", "share article", "share this",
        "copy link", "listen", "comment", "teilen", "partager", "compartir", "compartilhar", "bagikan",
        // The button under an embedded post or a reader's comment that flags it to the moderators.
        "report",
    ]

    /// For each ASCII byte, whether a share tool label opens with it (the labels are all ASCII).
    static let shareToolLeads: [Bool] = {
        var leads = [Bool](repeating: false, count: 128)
        for label in shareToolLabels {
            precondition(label.utf8.allSatisfy { $0 < 0x80 }, "share tool labels are ASCII")
            if let first = label.utf8.first { leads[Int(first)] = true }
        }
        return leads
    }()

    /// Whether a short line is only a share bar's button label (`shareToolLabels`), whatever its case.
    static func isShareToolLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 16 else { return false }
        // An ASCII line opening with a byte other than a space or a tab keeps it first when trimmed, lowered as
        // ASCII; two ASCII Strings are equal only byte for byte, so a label equals the line only if it opens with
        // that byte lowered (most short lines open with another).
        if let first = text.utf8.first, first != 0x20, first != 0x09, ByteSearch.isASCII(text),
            !shareToolLeads[Int(first &- 0x41 < 26 ? first + 32 : first)]
        {
            return false
        }
        return shareToolLabels.contains(ScalarClass.lowercased(LineShortcuts.trimmingWhitespace(text)))
    }

    /// "34 responses to …", "12 Comments": a count of reader comments opens the comment thread.
    static let commentCountWords: Set<String> = [
        "responses", "response", "comments", "comment", "replies", "thoughts", "kommentare", "kommentar",
        "comentários", "comentarios", "commentaires", "komentar", "комментариев", "комментария", "reactions",
    ]

    /// Words publications add after their brand ("BBC News", "Sputnik International").
    /// Words publications put in their names, as they appear squashed into domains ("deccanherald",
    /// "timesunion"); `PageURL.siteNameFromHost` splits labels at them.
    static let domainPublicationWords: [String] = [
        "news", "times", "post", "herald", "tribune", "journal", "chronicle", "gazette", "express", "daily", "star",
        "sun", "mail", "guardian", "telegraph", "observer", "standard", "independent", "record", "register",
        "examiner", "inquirer", "enquirer", "review", "press", "bulletin", "courier", "dispatch", "monitor",
        "sentinel", "today", "insider", "reporter", "magazine", "weekly", "report", "digest", "leader", "advocate",
        "globe", "mirror", "wire", "voice", "ledger", "citizen", "democrat", "republican", "union", "online",
        "messenger", "statesman", "transcript", "argus", "eagle", "beacon", "pioneer", "progress",
        "business", "science", "sports", "world",
    ]

    static let publicationNameWords: Set<String> = [
        // Not country or edition names: "ZDNet France" in a menu of editions is not the site's name.
        "news", "magazine", "international", "online", "daily", "weekly", "today", "digital", "nachrichten",
        "noticias", "notícias", "actualités", "berita", "novosti", "zeitung",
        // The words newspapers and journals are named by ("Harbour Light Review", "Kestrel Times"): a short name
        // the page writes with one of them twice is a masthead cut short ("Review" in the footer's link text).
        "review", "times", "post", "herald", "journal", "tribune", "gazette", "chronicle", "telegraph", "observer",
        "examiner", "courier", "sentinel", "reporter", "monitor", "insider",
    ]

    /// Editions a copyright owner may add to the brand ("© 2019 Business Insider Deutschland").
    static let editionWords: Set<String> = [
        "deutschland", "österreich", "schweiz", "france", "españa", "italia", "brasil", "india", "uk",
        "australia", "canada", "nederland", "polska", "indonesia", "méxico", "mexico", "japan", "singapore",
    ]

    /// How comment systems sign a reader's comment ("joetoronto says:").
    static let commentSignatures: [String] = [
        " says:", " said:", " wrote:", " sagt:", " schrieb:", " dice:", " disse:", " dit :", " dit:", " schreef:",
        " berkata:", " ha detto:", " escribió:", " написал:", " пишет:",
    ]
    /// Pronouns that introduce a quotation in the story itself ("She says:").
    static let quotingPronouns: Set<String> = [
        "he", "she", "they", "it", "who", "one", "er", "sie", "es", "él", "ella", "ele", "ela", "il", "elle", "lui",
        "lei", "hij", "zij", "dia", "он", "она",
    ]

    /// Words that, standing alone in a byline, are roles or organisations, not people.
    static let nonPersonBylineWords: Set<String> = words(
        """
        staff writer writers reporter reporters editor editors correspondent correspondents contributor contributors
        columnist senior chief associate deputy managing news desk team press associated reuters afp ap upi bloomberg
        agency agencies wire service staff admin administrator guest author authors editorial board the and published
        updated posted by from via photo photos video special report contributing investigative political national
        international business sports tech technology science health opinion auto culture entertainment digital web
        producer analyst founder ceo president director manager officer head
        share tweet email print save subscribe facebook twitter linkedin whatsapp pinterest reddit
        """)

    /// Organisations that sign wire copy; a byline naming only these has no person.
    /// News brands whose name alone at the top of a page is the site's logo (`SourceFinder`), lowercased. Not those that are also
    /// common words or sections' names ("Time", "Insider", "Deadline", "Variety", "Metro", "Mirror").
    static let knownPublications: Set<String> = [
        "forbes", "axios", "politico", "vox", "slate", "salon", "wired", "fortune", "newsweek", "huffpost",
        "buzzfeed news", "mashable", "techcrunch", "engadget", "gizmodo", "the verge", "billboard", "rolling stone",
        "cnn", "bbc", "bbc news", "npr", "cnbc", "fox news", "abc news", "cbs news", "nbc news", "msnbc",
        "al jazeera", "euronews", "semafor", "quartz", "business insider", "yahoo news", "yahoo finance",
        "marketwatch", "barron's", "the atlantic", "the hill", "propublica", "ap news", "nikkei asia",
        "fast company", "cnet", "zdnet", "ars technica", "the register", "daily mail", "the independent",
        "the telegraph", "the guardian", "financial times", "the economist", "sky news", "the irish times",
        "the hindu", "hindustan times", "ndtv", "the times of india", "times of india", "south china morning post",
        "the straits times", "the japan times", "haaretz", "the times of israel", "deutsche welle", "france 24",
        "the washington post", "the new york times", "usa today", "los angeles times", "the wall street journal",
        "the boston globe", "chicago tribune", "the sydney morning herald", "abc", "sbs news", "the age",
    ]

    static let wireAgencies: [String: String] = [
        "associated press": "Associated Press", "the associated press": "Associated Press", "ap": "Associated Press",
        "reuters": "Reuters", "thomson reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
        "bloomberg": "Bloomberg", "upi": "UPI", "dpa": "dpa", "xinhua": "Xinhua", "pa": "PA", "cnn wire": "CNN Wire",
        "prnewswire": "PR Newswire", "pr newswire": "PR Newswire", "business wire": "Business Wire",
        "globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire", "pti": "PTI",
        "press trust of india": "PTI", "ians": "IANS", "aap": "AAP", "australian associated press": "AAP",
        "the canadian press": "The Canadian Press", "canadian press": "The Canadian Press",
        "press association": "PA", "efe": "EFE", "ansa": "ANSA", "tass": "TASS", "kyodo": "Kyodo",
        "kyodo news": "Kyodo", "yonhap": "Yonhap", "anadolu agency": "Anadolu Agency",
    ]

    private static func words(_ text: String) -> Set<String> {
        var set = Set<String>()
        for part in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !part.isEmpty {
            set.insert(String(part))
        }
        return set
    }
}
