import Foundation

/// The JSON of recently read articles, so that GET /articles/{id} for a popular article is a lookup on the event
/// loop instead of four queries and a 10–30 KB JSON rendering on a handler thread.
///
/// An entry is valid only for the store's `articleGeneration` it was read under: the store advances that number
/// after any commit that can change how a stored article reads back (a deletion, a new alias of an organization
/// it names), so a stale entry is never served. Bounded by `budgetBytes`; when full, the oldest entries go first.
///
/// `@unchecked Sendable`: `entries`, `order`, `head` and `bytes` are touched only with `lock` held (briefly: no
/// I/O under it, so event loops may call `cached`).
final class ArticleResponseCache: @unchecked Sendable {
    private struct Entry {
        var json: [UInt8]
        var generation: UInt64
    }

    let budgetBytes: Int
    private let lock = NSLock()
    private var entries: [Int64: Entry] = [:]
    /// Insertion order, for eviction; ids may repeat or be gone from `entries` already.
    private var order: [Int64] = []
    private var head = 0
    private var bytes = 0

    init(budgetBytes: Int = 64 << 20) {
        self.budgetBytes = budgetBytes
    }

    /// The article's JSON if it was kept under `generation`.
    func cached(_ id: Int64, generation: UInt64) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[id] else { return nil }
        guard entry.generation == generation else {
            bytes -= entry.json.count
            entries[id] = nil
            return nil
        }
        return entry.json
    }

    /// Keeps the article's JSON, read under `generation` (read before the article was).
    func keep(_ id: Int64, json: [UInt8], generation: UInt64) {
        guard budgetBytes > 0, json.count <= budgetBytes / 8 else { return }
        lock.lock()
        defer { lock.unlock() }
        if let old = entries.updateValue(Entry(json: json, generation: generation), forKey: id) {
            bytes -= old.json.count
        } else {
            order.append(id)
        }
        bytes += json.count
        while bytes > budgetBytes && head < order.count {
            if let evicted = entries.removeValue(forKey: order[head]) { bytes -= evicted.json.count }
            head += 1
        }
        if head > 4096 && head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }
}
