/// Deadlines kept in buckets of `granularity` seconds (a hashed timing wheel), so that finding the due ones costs
/// the entries of the buckets whose time has come, not a walk over every connection.
///
/// Entries are never removed early: an element whose deadline moves later keeps its entry, which fires early and
/// is then re-scheduled by the owner (who knows the real deadline); one whose deadline moves earlier gets a second
/// entry, and the owner ignores the older one when it comes due (it compares the tick with the one it recorded).
/// A deadline more than `slots` ticks ahead shares a bucket with nearer ones and stays there until its own tick.
struct TimerWheel<Element> {
    /// Seconds per tick.
    let granularity: Double
    private var buckets: [[(element: Element, tick: Int)]]
    /// Ticks before this one have been taken.
    private(set) var nextTick: Int
    /// Number of entries, stale ones included.
    private(set) var count = 0

    init(granularity: Double, slots: Int, now: Double) {
        precondition(granularity > 0 && slots > 0)
        self.granularity = granularity
        self.buckets = Array(repeating: [], count: slots)
        self.nextTick = Int((now / granularity).rounded(.down))
    }

    /// The tick at which a deadline falls due (the first tick boundary at or after it).
    func tick(for deadline: Double) -> Int { Int((deadline / granularity).rounded(.up)) }

    /// When the next tick starts; waiting longer than this would make the due entries late.
    var nextTickTime: Double { Double(nextTick) * granularity }

    /// Adds an entry due at `tick` (a tick already past is due at the next one) and returns the tick used.
    @discardableResult
    mutating func schedule(_ element: Element, at tick: Int) -> Int {
        let tick = max(tick, nextTick)
        buckets[bucket(tick)].append((element, tick))
        count += 1
        return tick
    }

    /// Removes the entries due by `now` and appends them, with the tick each was scheduled for, to `due`.
    mutating func takeDue(now: Double, into due: inout [(element: Element, tick: Int)]) {
        let last = Int((now / granularity).rounded(.down))
        guard last >= nextTick else { return }
        // After a long pause every bucket is visited once; each entry checks its own tick.
        let first = max(nextTick, last - buckets.count + 1)
        nextTick = last + 1
        for tick in first...last {
            let index = bucket(tick)
            guard !buckets[index].isEmpty else { continue }
            var kept: [(element: Element, tick: Int)] = []
            var entries: [(element: Element, tick: Int)] = []
            swap(&entries, &buckets[index])
            for entry in entries {
                if entry.tick <= last {
                    due.append(entry)
                    count -= 1
                } else {
                    kept.append(entry)
                }
            }
            if kept.isEmpty {
                // Keep the bucket's storage: it will hold the next round's entries.
                entries.removeAll(keepingCapacity: true)
                buckets[index] = entries
            } else {
                buckets[index] = kept
            }
        }
    }

    private func bucket(_ tick: Int) -> Int {
        let slot = tick % buckets.count
        return slot < 0 ? slot + buckets.count : slot
    }
}
