/// Character references: named (the common ones), decimal and hexadecimal.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": " ", "emsp": " ",
        "thinsp": " ", "zwnj": "", "zwj": "", "shy": "", "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘",
        "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "dagger": "†", "prime": "′",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "sup2": "²", "sup3": "³", "micro": "µ",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í",
        "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "yuml": "ÿ", "szlig": "ß", "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä",
        "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó",
        "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û",
        "Uuml": "Ü", "Yacute": "Ý", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š", "larr": "←",
        "rarr": "→", "uarr": "↑", "darr": "↓", "hearts": "♥", "star": "☆", "check": "✓", "minus": "−",
    ]

    @inline(__always)
    static func hexValue(_ s: Unicode.Scalar) -> UInt32? {
        switch s.value {
        case 0x30...0x39: return s.value - 0x30
        case 0x41...0x46: return s.value - 0x41 + 10
        case 0x61...0x66: return s.value - 0x61 + 10
        default: return nil
        }
    }

    /// Windows-1252 code points 0x80–0x9F that pages send as numeric references.
    static func windows1252(_ v: UInt32) -> UInt32 {
        let table: [UInt32: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x84: 0x201E, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
            0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
        ]
        return table[v] ?? v
    }

    /// Decodes the reference starting at `scalars[i]` (which is "&"); returns the text and the index after it,
    /// or nil to keep the "&" literally.
    static func decode(_ scalars: [Unicode.Scalar], at i: Int, end: Int) -> (String.UnicodeScalarView, Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if scalars[j] == "#" {
            j += 1
            var value: UInt32 = 0
            var digits = 0
            if j < end, scalars[j] == "x" || scalars[j] == "X" {
                j += 1
                while j < end, let d = hexValue(scalars[j]), digits < 8 {
                    value = value &* 16 &+ d
                    j += 1
                    digits += 1
                }
            } else {
                while j < end, ScalarClass.isDigit(scalars[j]), digits < 9 {
                    value = value &* 10 &+ (scalars[j].value - 48)
                    j += 1
                    digits += 1
                }
            }
            guard digits > 0 else { return nil }
            if j < end, scalars[j] == ";" { j += 1 }
            let scalar = Unicode.Scalar(windows1252(value)) ?? "\u{FFFD}"
            var view = String.UnicodeScalarView()
            if value != 0 { view.append(scalar) }
            return (view, j)
        }
        let start = j
        while j < end, j - start < 10, ScalarClass.isASCIILetter(scalars[j]) || ScalarClass.isDigit(scalars[j]) {
            j += 1
        }
        guard j > start else { return nil }
        let name = ScalarClass.string(scalars[start..<j])
        guard let text = named[name] ?? named[name.lowercased()] else { return nil }
        if j < end, scalars[j] == ";" { j += 1 }
        return (text.unicodeScalars, j)
    }

    /// Decodes every reference in a string (attribute values, JSON-LD text).
    static func decodeAll(_ text: String) -> String {
        // The scalar "&" is the byte 0x26 and no other scalar's bytes hold it: one `memchr` instead of walking the
        // scalars (most attribute values hold no reference).
        guard ByteSearch.holds(text, byte: 0x26) else { return text }
        let scalars = Array(text.unicodeScalars)
        // Into an array, turned into a String once: appending to a String's scalar view cost about 450
        // instructions a scalar.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, next) = decode(scalars, at: i, end: scalars.count) {
                out.append(contentsOf: decoded)
                i = next
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return ScalarClass.string(out)
    }
}
