import Testing

@testable import Extraction

@Suite("Scoring as ner_score.py")
struct EntityScoringTests {
    @Test func exactOverlapAndDocumentNamesAreCountedLikeTheScript() {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345
        let text = "The Bank of England and Acme Inc.'s unit, BoE."
        let gold = [
            AnnotatedDocument(
                id: "a", text: text,
                entities: [
                    EntitySpan(start: 4, end: 19, label: "ORG"), EntitySpan(start: 24, end: 33, label: "ORG"),
                    EntitySpan(start: 42, end: 45, label: "ORG"), EntitySpan(start: 0, end: 3, label: "MISC"),
                ])
        ]
        let predicted = [
            "a": [
                EntitySpan(start: 0, end: 19, label: "ORG"),  // overlaps only; name "bank of england" after "the "
                EntitySpan(start: 24, end: 35, label: "ORG"),  // "Acme Inc.'s" → "acme inc"
                EntitySpan(start: 42, end: 45, label: "ORG"),  // exact
                EntitySpan(start: 36, end: 40, label: "ORG"),  // spurious
            ]
        ]
        let scores = EntityScoring.score(gold: gold, predicted: predicted)
        #expect(scores.exact == PRF(correct: 1, predicted: 4, gold: 3))
        #expect(scores.overlap == PRF(correct: 3, predicted: 4, gold: 3))
        #expect(scores.documentNames == PRF(correct: 3, predicted: 4, gold: 3))
        #expect(abs(scores.exact.f1 - 2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3)) < 1e-12)
    }

    @Test func namesAreNormalisedLikeTheScript() {
        #expect(EntityScoring.normalizedName("The New York Times") == "new york times")
        #expect(EntityScoring.normalizedName("Lowe’s") == "lowe")
        #expect(EntityScoring.normalizedName("AT&T Inc.") == "at&t inc")
        #expect(EntityScoring.normalizedName("  Société Générale-SA ") == "société générale sa")
        #expect(EntityScoring.normalizedName("Theranos") == "theranos")
        #expect(EntityScoring.normalizedName("...") == "")
    }

    @Test func aDocumentWithoutPredictionsCountsAsPredictingNothing() {
        let gold = [AnnotatedDocument(id: "a", text: "Acme", entities: [EntitySpan(start: 0, end: 4, label: "ORG")])]
        let scores = EntityScoring.score(gold: gold, predicted: [:])
        #expect(scores.documentsWithoutPrediction == 1)
        #expect(scores.exact == PRF(correct: 0, predicted: 0, gold: 1))
        #expect(scores.exact.f1 == 0)
    }
}
