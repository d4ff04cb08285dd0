import Foundation
import Testing

@testable import Extraction

/// The nineteenth speed round's shortcuts (docs/parsing.md, "Parser speed, round 19") must answer as the plain
/// code they replace.
@Suite("Parse speed, round 19")
struct ParseSpeedRoundNineteenTests {
    @Test("A word's scalars lowered byte by byte are the String of those scalars lowered")
    func wordScalarsLoweredAsTheirString() {
        let pieces = [
            "don", "’", "t", "Über", "ÉTÉ", "Σ", "ς", "İ", "ß", "ǅ", "K\u{212A}", "e\u{301}", "漢字", "Москва", "ΑΘΗΝΑ",
            "ﬂ", "Ⅳ", "ǰ", "x", "7", "_", "'",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            for word in randomLines(of: pieces, using: &generator) {
                let scalars = Array(word.unicodeScalars)
                #expect(ScalarClass.lowercased(scalars[...]) == word.lowercased(), "\(word)")
                #expect(ScalarClass.lowercased(scalars[...]).utf8.elementsEqual(word.lowercased().utf8), "\(word)")
                #expect(ScalarClass.lowercased(word).utf8.elementsEqual(word.lowercased().utf8), "\(word)")
            }
        }
    }

    @Test("The scalars the table says lower to themselves are those whose lowercase mapping is themselves")
    func scalarsLoweringToThemselves() {
        for value in UInt32(0)..<ScalarClass.tableEnd {
            guard let s = Unicode.Scalar(value) else { continue }
            let mapping = Array(s.properties.lowercaseMapping.unicodeScalars)
            #expect(ScalarClass.lowersToItself(s) == (mapping == [s]), "\(value)")
        }
    }
}
