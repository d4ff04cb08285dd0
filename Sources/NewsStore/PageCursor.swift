import Foundation

/// Opaque pagination cursors: base64url (no padding) of a small tagged text, so a cursor from one list is
/// refused by another.
enum PageCursor {
    /// The position after the article with this id (articles are listed by id descending).
    static func article(after id: Int64) -> String { encode("a:\(id)") }

    /// The position after an organization listed by (article_count descending, id ascending).
    static func organization(articleCount: Int, id: Int64) -> String { encode("o:\(articleCount):\(id)") }

    static func decodeArticle(_ cursor: String) throws -> Int64 {
        let parts = try decode(cursor, tag: "a", fields: 1)
        guard let id = Int64(parts[0]), id > 0 else { throw StoreError.invalidCursor(cursor) }
        return id
    }

    static func decodeOrganization(_ cursor: String) throws -> (articleCount: Int, id: Int64) {
        let parts = try decode(cursor, tag: "o", fields: 2)
        guard let count = Int(parts[0]), count >= 0, let id = Int64(parts[1]), id > 0 else {
            throw StoreError.invalidCursor(cursor)
        }
        return (count, id)
    }

    private static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func decode(_ cursor: String, tag: String, fields: Int) throws -> [Substring] {
        let alphabet = cursor.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard cursor.count <= 128, alphabet else { throw StoreError.invalidCursor(cursor) }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
            encode(text) == cursor
        else { throw StoreError.invalidCursor(cursor) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == fields + 1, parts[0] == tag else { throw StoreError.invalidCursor(cursor) }
        return Array(parts.dropFirst())
    }
}
