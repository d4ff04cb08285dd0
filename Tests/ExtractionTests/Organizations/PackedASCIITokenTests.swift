import Testing

@testable import Extraction

/// A short ASCII token is worked out from its packed words (`PackedASCII`); every form, hash and string must be
/// the one the byte-by-byte code gives, since the served predictions are compared byte for byte across builds.
@Suite("Packed ASCII token texts")
struct PackedASCIITokenTests {
    static let texts = [
        "a", "I", "&", ".", "'s", "Co.", "Inc.", "U.S.", "U.S", "St.", "eBay", "NASA", "AT&T", "3M", "49ers", "1996",
        "Post-Gazette", "O'Neill", "Chairman", "abcdefg", "abcdefgh", "ABCDEFGH", "Abcdefghi", "ABCDEFGHIJKLMNO",
        "abcdefghijklmn.", "Zz-Aa.Bb@[`{~", "x.", "...", "A1B2C3D4E5",
    ]

    static func packed(_ text: String) -> PackedASCII? {
        let scalars = Array(text.unicodeScalars)
        return PackedASCII(scalars, start: 0, end: scalars.count)
    }

    @Test("a text packed through the tokenizer's buffer pointer is the one packed from the array, at any offset")
    func bufferPackingAgrees() {
        let scalars = Array("Post-Gazette, U.S. Steel’s AT&T abcdefghijklmnop é".unicodeScalars)
        scalars.withUnsafeBufferPointer { buffer in
            for start in 0..<scalars.count {
                for end in start...scalars.count {
                    let fromArray = PackedASCII(scalars, start: start, end: end)
                    let fromBuffer = PackedASCII(buffer, start: start, end: end)
                    #expect(fromArray == fromBuffer, "\(start)..<\(end)")
                }
            }
        }
    }

    @Test("the packed text's string, prefix, lowercase form and hash are those of the bytes")
    func formsAgree() throws {
        for text in Self.texts {
            let word = try #require(Self.packed(text), "\(text)")
            #expect(word.count == text.utf8.count)
            for inPlace in [false, true] {
                #expect(word.string(inPlace: inPlace) == text, "\(text)")
                #expect(word.lowercased().string(inPlace: inPlace) == text.lowercased(), "\(text)")
                let head = String(text.utf8.dropLast())!
                #expect(word.prefix(word.count - 1).string(inPlace: inPlace) == head, "\(text)")
            }
            #expect(word.asciiHash == WordSet.asciiHash(text), "\(text)")
            #expect(word.lowercased().asciiHash == WordSet.asciiHash(text.lowercased()), "\(text)")
            let upper = text.unicodeScalars.filter { $0.value >= 65 && $0.value <= 90 }.count
            #expect(word.count(from: 65, through: 90) == upper, "\(text)")
        }
    }

    @Test("a string made in place has the bits of one written by String itself")
    func inPlaceStringsAreStandardStrings() throws {
        #expect(PackedASCII.stringsInPlace)
        for text in Self.texts {
            let word = try #require(Self.packed(text))
            let made = unsafeBitCast(word.string(inPlace: true), to: (UInt64, UInt64).self)
            let standard = unsafeBitCast(word.string(inPlace: false), to: (UInt64, UInt64).self)
            #expect(made == standard, "\(text)")
        }
    }

    @Test("texts that are empty, too long or not ASCII are not packed")
    func unpackedTexts() {
        #expect(Self.packed("") == nil)
        #expect(Self.packed("abcdefghijklmnop") == nil)
        #expect(Self.packed("Nestlé") == nil)
        #expect(Self.packed("O\u{2019}Neill") == nil)
        #expect(Self.packed("abcdefghijklmno") != nil)
    }

    @Test("a packed token equals the token the text initializer makes, with strings made either way")
    func tokensAgree() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            for kind in [Token.Kind.word, .number, .possessive, .punctuation] {
                let general = Token(
                    text: text, start: 0, end: scalars.count, kind: kind, spaceBefore: false, newlinesBefore: 2,
                    region: 1)
                for inPlace in [false, true] {
                    let fast = Token.of(
                        scalars, start: 0, end: scalars.count, kind: kind, spaceBefore: false, newlinesBefore: 2,
                        region: 1, stringsInPlace: inPlace)
                    #expect(fast == general, "\(text) \(kind)")
                    #expect(fast.lexicalFlags == general.lexicalFlags, "\(text) \(kind)")
                    #expect(fast.lowerHash == general.lowerHash && fast.normalizedHash == general.normalizedHash)
                    #expect(fast.normalized == general.normalized, "\(text) \(kind)")
                }
            }
        }
    }
}
