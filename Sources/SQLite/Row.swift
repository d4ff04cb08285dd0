/// A copied result row: values by 0-based column index or by column name.
///
/// Unlike `Statement`, a row owns its values and may cross threads.
public struct Row: Sendable, Equatable {
    /// Column names, shared by all rows of one result.
    public let columnNames: [String]
    /// Values in column order.
    public let values: [DatabaseValue]

    /// Creates a row from names and values of equal count.
    public init(columnNames: [String], values: [DatabaseValue]) {
        precondition(columnNames.count == values.count, "a row needs one name per value")
        self.columnNames = columnNames
        self.values = values
    }

    /// Number of columns.
    public var count: Int { values.count }

    /// The value at a 0-based column index.
    public subscript(i: Int) -> DatabaseValue { values[i] }

    /// The value of the first column with this name (case-insensitive, as SQLite compares names), or nil.
    public subscript(name: String) -> DatabaseValue? {
        let lowered = name.lowercased()
        guard let index = columnNames.firstIndex(where: { $0.lowercased() == lowered }) else { return nil }
        return values[index]
    }

    /// The integer at `i`; 0 for null (as `sqlite3_column_int64` does).
    public func int64(_ i: Int) -> Int64 { values[i].int64Value ?? 0 }
    /// The integer at `i` as an Int; 0 for null.
    public func int(_ i: Int) -> Int { Int(int64(i)) }
    /// The number at `i`; 0 for null.
    public func double(_ i: Int) -> Double { values[i].doubleValue ?? 0 }
    /// The text at `i`, or nil for null (a number is rendered as text).
    public func string(_ i: Int) -> String? {
        switch values[i] {
        case .null: nil
        case .text(let text): text
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .blob(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }
    /// The bytes at `i`, or nil for null (text is returned as its UTF-8 bytes).
    public func blob(_ i: Int) -> [UInt8]? {
        switch values[i] {
        case .null: nil
        case .blob(let bytes): bytes
        case .text(let text): Array(text.utf8)
        case .integer, .real: string(i).map { Array($0.utf8) }
        }
    }
    /// True when the value at `i` is null.
    public func isNull(_ i: Int) -> Bool { values[i].isNull }
}
