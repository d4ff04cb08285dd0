import Testing

@testable import HTTP

@Suite("Timer wheel")
struct TimerWheelTests {
    private func due(_ wheel: inout TimerWheel<String>, at now: Double) -> [String] {
        var due: [(element: String, tick: Int)] = []
        wheel.takeDue(now: now, into: &due)
        return due.map(\.element)
    }

    @Test("An entry comes due at the first tick boundary at or after its deadline, not before")
    func dueAtItsTick() {
        var wheel = TimerWheel<String>(granularity: 0.25, slots: 8, now: 100)
        wheel.schedule("a", at: wheel.tick(for: 100.6))
        #expect(due(&wheel, at: 100.5).isEmpty)
        #expect(due(&wheel, at: 100.74).isEmpty)
        #expect(due(&wheel, at: 100.75) == ["a"])
        #expect(wheel.count == 0)
        #expect(due(&wheel, at: 101).isEmpty)
    }

    @Test("Taking due entries visits only the buckets whose time has come")
    func laterEntriesStay() {
        var wheel = TimerWheel<String>(granularity: 1, slots: 16, now: 0)
        for second in 1...10 { wheel.schedule("s\(second)", at: wheel.tick(for: Double(second))) }
        #expect(due(&wheel, at: 3.5) == ["s1", "s2", "s3"])
        #expect(wheel.count == 7)
        #expect(due(&wheel, at: 10) == ["s4", "s5", "s6", "s7", "s8", "s9", "s10"])
    }

    @Test("A deadline beyond one turn of the wheel waits for its own tick")
    func beyondOneTurn() {
        var wheel = TimerWheel<String>(granularity: 1, slots: 4, now: 0)
        wheel.schedule("far", at: 9)
        wheel.schedule("near", at: 1)
        #expect(due(&wheel, at: 1) == ["near"])
        #expect(due(&wheel, at: 5).isEmpty)
        #expect(due(&wheel, at: 8.9).isEmpty)
        #expect(due(&wheel, at: 9) == ["far"])
    }

    @Test("After a long pause every overdue entry comes due once")
    func longPause() {
        var wheel = TimerWheel<String>(granularity: 1, slots: 4, now: 0)
        for tick in [1, 2, 3, 6, 7] { wheel.schedule("t\(tick)", at: tick) }
        #expect(Set(due(&wheel, at: 50)) == ["t1", "t2", "t3", "t6", "t7"])
        #expect(wheel.count == 0)
        #expect(due(&wheel, at: 60).isEmpty)
    }

    @Test("A tick already past is scheduled for the next one")
    func pastTick() {
        var wheel = TimerWheel<String>(granularity: 1, slots: 8, now: 0)
        #expect(due(&wheel, at: 5).isEmpty)
        let tick = wheel.schedule("late", at: 2)
        #expect(tick == 6)
        #expect(due(&wheel, at: 5.5).isEmpty)
        #expect(due(&wheel, at: 6) == ["late"])
    }

    @Test("Entries report the tick they were scheduled for, so an owner can tell a stale one")
    func ticksReported() {
        var wheel = TimerWheel<String>(granularity: 1, slots: 8, now: 0)
        wheel.schedule("x", at: 5)
        wheel.schedule("x", at: 2)
        var entries: [(element: String, tick: Int)] = []
        wheel.takeDue(now: 5, into: &entries)
        #expect(entries.map(\.tick) == [2, 5])
    }
}
