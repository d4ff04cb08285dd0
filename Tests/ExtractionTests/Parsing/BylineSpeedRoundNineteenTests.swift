import Testing

@testable import Extraction

/// Byline speed, round 19b: the words of lines outside ASCII cut at their space and comma bytes, and the stops
/// outside ASCII screened by their bytes, each giving what the Character split and Foundation's search gave.
struct BylineSpeedRoundNineteenTests {
    static let lines = [
        "Jane Doe Staff Writer", "José Núñez  redactor jefe", "Иван Петров корреспондент", "Ana – Reuters desk",
        "Zoë O’Brien “Deputy” editor…", " Leading and trailing ", "Γιώργος Παπαδόπουλος συντάκτης", "",
        "María, José, Ana", "ÉMILE ZOLA, STAFF", "a ,b , c,,d",
    ]

    @Test func spaceBytesCutWhereCharactersDo() {
        for line in Self.lines {
            let words = BylineParser.wordsAtSpaceBytes(line)
            #expect(words == line.split(separator: " "), "\(line)")
            #expect(BylineParser.wordsAtSpaces(line) == line.split(separator: " "))
            let withCommas = BylineParser.wordsAtSpaceBytes(line, commas: true)
            #expect(withCommas == line.split(whereSeparator: { $0 == " " || $0 == "," }), "\(line)")
        }
    }

    @Test func spaceJoinedIntoACharacterFallsBackToTheCharacterSplit() {
        // A combining acute after a space, an Arabic number sign before one, an emoji modifier after one.
        for line in ["Jane \u{301}Doe writer", "Jane\u{600} Doe writer", "Jane \u{1F3FD} Doe", "a ,\u{301}b"] {
            #expect(BylineParser.wordsAtSpaceBytes(line, commas: true) == nil, "\(line)")
            #expect(BylineParser.wordsAtSpaces(line) == line.split(separator: " "))
        }
    }

    @Test func spacedWordCountOutsideASCIIIsTheLoweredSplit() {
        for line in Self.lines + ["Jane \u{301}Doe writer", "İSTANBUL MUHABİRİ Ayşe"] {
            let lowered = ScalarClass.lowercased(line).split(whereSeparator: { $0 == " " || $0 == "," })
            #expect(BylineParser.spacedWordCount(line) == lowered.count, "\(line)")
        }
    }

    @Test func stopsOutsideASCIIAreScreenedByTheirBytesAndTwins() {
        for (stop, screen) in zip(BylineParser.stops, BylineParser.wideStopScreens) {
            if stop.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(screen == nil)
            } else {
                #expect(screen?.first == Array(stop.utf8))
            }
        }
        let middleDot = BylineParser.stops.firstIndex(of: " · ")!
        #expect(BylineParser.wideStopScreens[middleDot]?.last == Array(" \u{387} ".utf8))
        // The names still end at a dash or a middle dot outside ASCII.
        #expect(BylineParser().parse("Por José Núñez – 12 de marzo")?.authors == ["José Núñez"])
        #expect(BylineParser().parse("By Zoë Martín · Reuters")?.authors == ["Zoë Martín"])
    }

    @Test func semicolonOutsideASCIIStillJoinsNames() {
        #expect(BylineParser.greekQuestionMark == [0xCD, 0xBE])
        #expect(BylineParser().parse("By José Núñez; Zoë Martín")?.authors == ["José Núñez", "Zoë Martín"])
        #expect(BylineParser().parse("By José Núñez Zoë")?.authors == ["José Núñez Zoë"])
    }
}
