extension RequestParser {
    /// Longest chunk-size line (size, extensions) accepted.
    static let maxChunkLineBytes = 4096

    /// Reads body bytes for `pending`; returns `.request` when the body is complete.
    mutating func parseBody(_ pending: inout Pending) -> Event {
        while true {
            switch pending.framing {
            case .length(let remaining):
                let take = min(remaining, buffer.count - position)
                if take > 0 {
                    if pending.request.body.isEmpty { pending.request.body.reserveCapacity(min(remaining, 1 << 20)) }
                    pending.request.body.append(contentsOf: buffer[position..<position + take])
                    position += take
                }
                if take < remaining {
                    pending.framing = .length(remaining: remaining - take)
                    return .needMoreData
                }
                return .request(pending.request, keepAlive: pending.keepAlive)
            case .chunkSize:
                guard let lf = findLineFeed(limit: Self.maxChunkLineBytes) else {
                    if buffer.count - position > Self.maxChunkLineBytes {
                        return .failure(.badRequest("A chunk-size line is too long."))
                    }
                    return .needMoreData
                }
                let size: Int
                switch parseChunkSize(position, lf, alreadyRead: pending.request.body.count) {
                case .success(let n): size = n
                case .failure(let error): return .failure(error)
                }
                position = lf + 1
                pending.framing = size == 0 ? .trailers(bytes: 0) : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let take = min(remaining, buffer.count - position)
                if take > 0 {
                    pending.request.body.append(contentsOf: buffer[position..<position + take])
                    position += take
                }
                if take < remaining {
                    pending.framing = .chunkData(remaining: remaining - take)
                    return .needMoreData
                }
                pending.framing = .chunkDataEnd
            case .chunkDataEnd:
                guard position < buffer.count else { return .needMoreData }
                if buffer[position] == 0x0A {
                    position += 1
                } else if buffer[position] == 0x0D {
                    guard position + 1 < buffer.count else { return .needMoreData }
                    guard buffer[position + 1] == 0x0A else { return .failure(.badRequest("Chunk data too long.")) }
                    position += 2
                } else {
                    return .failure(.badRequest("Chunk data is longer than its chunk-size."))
                }
                pending.framing = .chunkSize
            case .trailers(let bytesSoFar):
                guard let lf = findLineFeed(limit: limits.maxHeaderBytes - bytesSoFar + 1) else {
                    if bytesSoFar + buffer.count - position > limits.maxHeaderBytes {
                        return .failure(RequestError(431, "The trailer section is too large."))
                    }
                    return .needMoreData
                }
                let lineBytes = lf + 1 - position
                let isEmpty = lf == position || (lf == position + 1 && buffer[position] == 0x0D)
                if !isEmpty {
                    let valid = buffer.withUnsafeBufferPointer { bytes in
                        (try? HeadParser(bytes: bytes, limits: limits).parseField(
                            HeadParser(bytes: bytes, limits: limits).line(position, lf))) != nil
                    }
                    guard valid else { return .failure(.badRequest("Malformed trailer field.")) }
                }
                position = lf + 1
                if isEmpty { return .request(pending.request, keepAlive: pending.keepAlive) }
                pending.framing = .trailers(bytes: bytesSoFar + lineBytes)
                if bytesSoFar + lineBytes > limits.maxHeaderBytes {
                    return .failure(RequestError(431, "The trailer section is too large."))
                }
            }
        }
    }

    func findLineFeed(limit: Int) -> Int? {
        let end = min(buffer.count, position + max(limit, 0) + 1)
        var i = position
        while i < end {
            if buffer[i] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    /// chunk-size [ chunk-ext ] (RFC 9112 §7.1); extensions are checked for control characters and ignored.
    func parseChunkSize(_ start: Int, _ lf: Int, alreadyRead: Int) -> Result<Int, RequestError> {
        var stop = lf
        if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
        var i = start
        var size = 0
        var tooLarge = false
        while i < stop, let digit = RequestTarget.hexValue(buffer[i]) {
            if size > (Int.max >> 4) { tooLarge = true } else { size = size << 4 | Int(digit) }
            i += 1
        }
        guard i > start else { return .failure(.badRequest("Invalid chunk-size.")) }
        while i < stop && (buffer[i] == 0x20 || buffer[i] == 0x09) { i += 1 }
        if i < stop {
            guard buffer[i] == 0x3B else { return .failure(.badRequest("Invalid chunk-size.")) }
            for j in i..<stop {
                let b = buffer[j]
                if (b < 0x20 && b != 0x09) || b == 0x7F {
                    return .failure(.badRequest("Control character in a chunk extension."))
                }
            }
        }
        if tooLarge || size > limits.maxBodyBytes - alreadyRead {
            return .failure(RequestError(413, "The body is larger than \(limits.maxBodyBytes) bytes."))
        }
        return .success(size)
    }
}
