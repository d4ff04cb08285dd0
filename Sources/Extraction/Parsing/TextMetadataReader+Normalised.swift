/// How headline candidates and the page's hinted titles are compared: their words, lowered.
extension TextMetadataReader {
    /// Lowercased words joined by single spaces: how the headline candidates and the hinted titles are compared.
    static func normalised(_ s: String) -> String {
        ByteSearch.isASCII(s) ? asciiNormalised(s) : scalarNormalised(s)
    }

    /// `scalarNormalised` on bytes: ASCII lowercases byte by byte, and its word scalars are letters, digits, "_".
    static func asciiNormalised(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            // Written straight into the new String: no more bytes than the line's (each word byte gives one, and a
            // space is written only in place of the bytes between two words).
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var space = false
                for byte in bytes {
                    let b = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F {
                        if space && count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        space = false
                        out[count] = b
                        count += 1
                    } else {
                        space = true
                    }
                }
                return count
            }
        }
    }

    /// Lowered by `ScalarClass.lowercased` (equal to `String.lowercased()`) and built as UTF-8 bytes: the same
    /// scalars as appending each to a `String.UnicodeScalarView`, for less.
    static func scalarNormalised(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        ScalarClass.forEachScalar(in: ScalarClass.lowercased(s)) { scalar in
            if ScalarClass.isWordScalar(scalar) {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                UTF8.encode(scalar) { out.append($0) }
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
