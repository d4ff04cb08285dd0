import Testing

@testable import Extraction

@Suite("Scores of tokens without features")
struct FeaturelessTokenScoreTests {
    /// `WeightTable.addScores` skips tokens without features (most tokens in the second pass): their scores stay
    /// exactly as they were, and the other tokens get the plain sums of their rows.
    @Test func tokensWithoutFeaturesKeepTheirScores() {
        let labelCount = 9
        var rows: [(bucket: Int, weights: [Int16])] = []
        for bucket in stride(from: 3, to: 1000, by: 11) {
            rows.append((bucket, (0..<labelCount).map { Int16((bucket * 29 + $0 * 13) % 301 - 150) }))
        }
        let table = WeightTable(bits: 10, labelCount: labelCount, scale: 0.25, rows: rows)
        var features = FeatureExtractor.DocumentFeatures()
        features.buckets = [3, 14, 999, 25, 3]
        features.offsets = [0, 0, 3, 3, 5, 5]
        let before: [Float] = (0..<(5 * labelCount)).map { Float($0 % 7) * 0.5 - 1 }
        var emissions = before
        table.addScores(features, tokens: 0..<5, to: &emissions)
        let weights = Dictionary(uniqueKeysWithValues: rows.map { ($0.bucket, $0.weights) })
        for t in 0..<5 {
            let buckets = features.buckets[Int(features.offsets[t])..<Int(features.offsets[t + 1])]
            for y in 0..<labelCount {
                let sum = buckets.reduce(Int32(0)) { $0 + Int32(weights[Int($1)]?[y] ?? 0) }
                let expected =
                    buckets.isEmpty ? before[t * labelCount + y] : before[t * labelCount + y] + Float(sum) * 0.25
                #expect(emissions[t * labelCount + y].bitPattern == expected.bitPattern, "token \(t), label \(y)")
            }
        }
    }
}
