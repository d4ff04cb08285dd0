import Testing

@testable import Extraction

@Suite("Region cover")
struct RegionCoverTests {
    @Test("Answers as asking every region does, for overlapping, nested, empty and unsorted regions")
    func agreesWithEveryRegion() {
        var g = FinderRobustnessTests.Generator(state: 11)
        for _ in 0..<200 {
            let regions = (0..<Int(g.next() % 6)).map { _ -> Range<Int> in
                let lo = Int(g.next() % 40)
                return lo..<(lo + Int(g.next() % 12))
            }
            let cover = RegionCover(regions)
            for start in 0..<52 {
                for end in start..<56 {
                    let asked = regions.contains { $0.lowerBound <= start && end <= $0.upperBound }
                    #expect(cover.encloses(start, end) == asked)
                }
            }
        }
    }
}
