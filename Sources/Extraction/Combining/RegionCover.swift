/// Whether a span lies wholly inside one of an article's regions (its title and body blocks), in logarithmic time.
///
/// A page of one-word lines has tens of thousands of regions; asking each of them for each mention made the
/// finder quadratic (a 0.7 MB page took 3 s). The regions are sorted by start once, each with the furthest end of
/// any region starting at or before it: a region holds `start..<end` exactly when some region starting at or
/// before `start` ends at or after `end`, that is when that furthest end reaches `end`. Regions may overlap.
struct RegionCover {
    private let starts: [Int]
    private let furthestEnds: [Int]

    init(_ regions: [Range<Int>]) {
        let sorted = regions.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        furthestEnds = sorted.map { region in
            furthest = max(furthest, region.upperBound)
            return furthest
        }
    }

    /// Whether one region holds all of `start..<end` (`start <= end`).
    func encloses(_ start: Int, _ end: Int) -> Bool {
        // the number of regions starting at or before `start`
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= start { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && furthestEnds[lo - 1] >= end
    }
}

/// Where a glue step may add a mention it found in the text: inside the title or body, and on words no
/// organization's mention covers. Worked out at the first candidate, since most articles have none.
struct FreeNameSpace {
    private let regions: [Range<Int>]?
    private let organizations: [FoundOrganization]
    private let length: Int
    private var cover: RegionCover?
    private var taken: TakenText?

    init(regions: [Range<Int>]?, organizations: [FoundOrganization], length: Int) {
        self.regions = regions
        self.organizations = organizations
        self.length = length
    }

    /// Whether `mention` lies inside the regions and overlaps no organization's mention.
    mutating func admits(_ mention: Mention) -> Bool {
        if let regions {
            if cover == nil { cover = RegionCover(regions) }
            guard cover!.encloses(mention.start, mention.end) else { return false }
        }
        if taken == nil {
            var text = TakenText(length: length)
            for organization in organizations { text.take(organization.mentions) }
            taken = text
        }
        return taken!.isFree(mention)
    }
}
