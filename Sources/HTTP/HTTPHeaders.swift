/// An ordered list of header fields with case-insensitive lookup by name.
///
/// Names keep the spelling they were added with; lookups compare ASCII case-insensitively.
public struct HTTPHeaders: Sendable, Sequence {
    /// The fields in the order they were received or added.
    public private(set) var fields: [(name: String, value: String)]

    /// Creates headers from name/value pairs, kept in order.
    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { (name: $0.0, value: $0.1) }
    }

    /// The first value of the field `name`, or nil.
    public subscript(name: String) -> String? {
        for field in fields where Self.same(field.name, name) { return field.value }
        return nil
    }

    /// Every value of the field `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { Self.same($0.name, name) }.map(\.value)
    }

    /// Whether at least one field called `name` is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { Self.same($0.name, name) }
    }

    /// Appends a field, keeping any existing ones with the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field called `name` with one field holding `value`.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    /// Removes every field called `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.same($0.name, name) }
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// Comma-separated list elements of every field called `name`, trimmed and lower-cased.
    func tokens(_ name: String) -> [String] {
        var out: [String] = []
        for value in values(name) {
            for part in value.split(separator: ",") {
                let token = part.trimmingASCIIWhitespace().lowercased()
                if !token.isEmpty { out.append(token) }
            }
        }
        return out
    }

    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        // Compare contiguous bytes when both strings have them (native and small strings do): iterating two
        // UTF8Views in step costs several times more, and header names are compared on every request.
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in sameIgnoringASCIICase(x, y) }
        }
        if let fast, let result = fast { return result }
        for (c, d) in zip(a.utf8, b.utf8) where c != d {
            let lc = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
            let ld = (d >= 0x41 && d <= 0x5A) ? d | 0x20 : d
            if lc != ld { return false }
        }
        return true
    }

    static func sameIgnoringASCIICase(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        for i in 0..<x.count where x[i] != y[i] {
            let c = x[i]
            let d = y[i]
            let lc = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c
            let ld = (d >= 0x41 && d <= 0x5A) ? d | 0x20 : d
            if lc != ld { return false }
        }
        return true
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
