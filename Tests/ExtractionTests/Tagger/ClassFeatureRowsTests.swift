import Testing

@testable import Extraction

@Suite("Class feature rows")
struct ClassFeatureRowsTests {
    @Test func eachTemplatesSlotFollowsTheOnesBefore() {
        var base = 0
        for (template, size) in ClassFeatureRows.templates {
            #expect(ClassFeatureRows.slot(template) == (base, size), "template \(template)")
            base += size
        }
        #expect(ClassFeatureRows.slot(14).size == 0)
        #expect(ClassFeatureRows.slot(36).size == 0)
    }

    /// A table with a row in about one bucket of three.
    static func table(bits: Int = 12, labelCount: Int = 9) -> WeightTable {
        var rows: [(bucket: Int, weights: [Int16])] = []
        for bucket in stride(from: 1, to: 1 << bits, by: 3) {
            rows.append((bucket, (0..<labelCount).map { Int16((bucket * 13 + $0 * 7) % 301 - 150) }))
        }
        return WeightTable(bits: bits, labelCount: labelCount, scale: 0.5, rows: rows)
    }

    @Test func aValuesRowIsTheRowItsBucketHas() {
        let table = Self.table()
        let classRows = ClassFeatureRows(table)
        var bucket: UInt32 = 0
        var row = 0
        var present = 0
        for (template, size) in ClassFeatureRows.templates {
            for value in [0, 1, 2, size / 2, size - 1, size, size + 5].map(UInt64.init) {
                withUnsafeMutablePointer(to: &bucket) { bucket in
                    withUnsafeMutablePointer(to: &row) { row in
                        classRows.rows.withUnsafeBufferPointer { classTable in
                            var hashed = FeatureWriter(bits: table.bits, base: bucket)
                            hashed.add(template, value)
                            let expected = table.rowOffset(ofBucket: Int(bucket.pointee))
                            var byValue = FeatureWriter(bits: table.bits, base: bucket)
                            byValue.classRows = classTable.baseAddress
                            byValue.rows = row
                            byValue.addClass(template, value)
                            if value >= UInt64(size) {
                                // outside the template's range: hashed, the same bucket
                                #expect(byValue.count == 1 && byValue.rowCount == 0)
                                #expect(table.rowOffset(ofBucket: Int(bucket.pointee)) == expected)
                            } else {
                                #expect(byValue.count == 0)
                                #expect(byValue.rowCount == (expected < 0 ? 0 : 1), "\(template) \(value)")
                                if expected >= 0 {
                                    #expect(row.pointee == Int(expected))
                                    present += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(present > 0)
    }

    @Test func byValueTheContextHasTheRowsOfItsBuckets() throws {
        let reading = try SyntheticTaggerReading()
        let (tagger, sentences, extractor, traits) = (
            reading.tagger, reading.sentences, reading.extractor, reading.traits
        )
        let classRows = tagger.firstClassRows
        let table = tagger.first
        var buckets = [UInt32](repeating: 0, count: 2 * FeatureExtractor.maximumPerToken)
        var rows = [Int](repeating: 0, count: 2 * FeatureExtractor.maximumPerToken)
        var byValueRows = 0
        traits.withUnsafeBufferPointer { traits in
            buckets.withUnsafeMutableBufferPointer { buckets in
                rows.withUnsafeMutableBufferPointer { rows in
                    classRows.rows.withUnsafeBufferPointer { classTable in
                        for sentence in sentences {
                            for t in sentence {
                                var hashed = FeatureWriter(bits: table.bits, base: buckets.baseAddress!)
                                extractor.contextFeatures(traits, t, sentence, into: &hashed, OwnContext.self)
                                extractor.contextFeatures(traits, t, sentence, into: &hashed, NeighbourContext.self)
                                let expected = buckets[0..<hashed.count].map {
                                    table.rowOffset(ofBucket: Int($0))
                                }.filter { $0 >= 0 }.map(Int.init)
                                var byValue = FeatureWriter(bits: table.bits, base: buckets.baseAddress!)
                                byValue.classRows = classTable.baseAddress
                                byValue.rows = rows.baseAddress!
                                extractor.contextFeatures(traits, t, sentence, into: &byValue, OwnContextByValue.self)
                                extractor.contextFeatures(
                                    traits, t, sentence, into: &byValue, NeighbourContextByValue.self)
                                let found =
                                    buckets[0..<byValue.count].map { table.rowOffset(ofBucket: Int($0)) }
                                    .filter { $0 >= 0 }.map(Int.init) + rows[0..<byValue.rowCount]
                                #expect(found.sorted() == expected.sorted())
                                byValueRows += byValue.rowCount
                            }
                        }
                    }
                }
            }
        }
        #expect(byValueRows > 0)
    }
}
