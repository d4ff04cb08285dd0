import Foundation

/// A fixed set of threads running handler jobs in FIFO order.
///
/// `@unchecked Sendable`: `jobs` and `stopping` are only touched with `condition` locked.
final class HandlerPool: @unchecked Sendable {
    private let condition = NSCondition()
    /// Taken jobs are set to nil at once: a finished job must not keep its request (and body) alive until the
    /// array is next compacted.
    private var jobs: [(@Sendable () -> Void)?] = []
    private var head = 0
    private var stopping = false
    private var running = 0

    /// Starts `threads` worker threads.
    init(threads: Int, name: String) {
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in self.work() }
            thread.name = "\(name)-\(index)"
            thread.stackSize = 8 << 20  // handlers may recurse (JSON, extraction)
            running += 1
            thread.start()
        }
    }

    /// Queues a job.
    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the workers finish the queued jobs and exit.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count && !stopping { condition.wait() }
            if head == jobs.count {
                running -= 1
                condition.unlock()
                return
            }
            let job = jobs[head]
            jobs[head] = nil
            head += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job?()
        }
    }
}
