/// A header line made only of the account's and the subscription's links ("Je m'abonne  Me connecter", "Logg inn",
/// "Subscribe  Sign in", "Iniciar sesión"): a text browser draws them above the headline, where a line of two or
/// three words reads like a short headline when the page comes without its address (round 28).
extension TextMetadataReader {
    /// Whether the lowered line holds nothing but such links and separators ("|", "·", "/").
    static func isAccountLinks(_ lower: String) -> Bool {
        var rest = Substring(lower)
        var found = false
        while true {
            rest = rest.drop { $0 == " " || $0 == "|" || $0 == "·" || $0 == "/" || $0 == "\u{A0}" }
            if rest.isEmpty { return found }
            // The longest link opening the rest, ending at a space or the line's end.
            guard
                let link = accountLinks.first(where: { link in
                    rest.hasPrefix(link) && (rest.count == link.count || rest.dropFirst(link.count).first == " ")
                })
            else { return false }
            rest = rest.dropFirst(link.count)
            found = true
        }
    }

    /// The links, lowered, longest first so "zaloguj się" is taken whole before "zaloguj".
    static let accountLinks: [String] = [
        // English
        "sign in", "sign up", "log in", "log out", "login", "logout", "register", "subscribe", "subscribe now",
        "my account", "account", "support us", "donate",
        // French, Spanish, Portuguese, Italian
        "se connecter", "me connecter", "s'identifier", "connexion", "je m'abonne", "je m’abonne", "s'abonner", "s’abonner", "mon compte",
        "iniciar sesión", "suscríbete", "suscribirse", "mi cuenta", "entrar", "assine", "assinar", "minha conta",
        "accedi", "abbonati", "registrati",
        // German, Dutch
        "anmelden", "abmelden", "abonnieren", "abo testen", "mein konto", "registrieren", "inloggen", "abonneer",
        "abonneren", "word abonnee",
        // Nordic, Finnish, Polish, Turkish, Indonesian
        "logg inn", "logga in", "log ind", "prenumerera", "bli abonnent", "køb abonnement", "kirjaudu", "tilaa",
        "zaloguj się", "zaloguj", "subskrybuj", "giriş yap", "abone ol", "masuk", "daftar",
    ].sorted { $0.count > $1.count }
}
