/// Splits plain text into blocks: blank lines separate paragraphs, list markers open entries, and lines hard-wrapped
/// at a fixed width (text browsers wrap at 80–100 columns) are joined back into their paragraph.
struct TextBlockSplitter {
    struct Line {
        var start: Int  // first scalar of the line
        var contentStart: Int  // first non-space scalar
        var contentEnd: Int  // after the last non-space scalar
        /// Display columns up to the end of the content: wide (CJK) characters take two.
        var width: Int { contentEnd - start + wide }
        var wide = 0
        var isBlank: Bool { contentStart >= contentEnd }
    }

    let scalars: [Unicode.Scalar]

    func lines() -> [Line] {
        var result: [Line] = []
        var i = 0
        let n = scalars.count
        result.reserveCapacity(n / 40 + 1)
        while i <= n {
            let lineStart = i
            // The line's wide scalars are counted as its end is looked for, in one pass; the spaces trimmed off its
            // ends are taken back out below (the ideographic space is wide). Most scalars are below every newline
            // but "\n" and "\r" and every wide one, and are told by two comparisons.
            var wide = 0
            while i < n {
                let v = scalars[i].value
                if v < 0x0E {
                    if v == 0x0A || v == 0x0D { break }
                } else if v >= 0x85 {
                    if v == 0x85 || v == 0x2028 || v == 0x2029 { break }
                    if Self.isWide(scalars[i]) { wide += 1 }
                }
                i += 1
            }
            let lineEnd = i
            var a = lineStart
            while a < lineEnd && ScalarClass.isSpace(scalars[a]) {
                if Self.isWide(scalars[a]) { wide -= 1 }
                a += 1
            }
            var b = lineEnd
            while b > a && ScalarClass.isSpace(scalars[b - 1]) {
                if Self.isWide(scalars[b - 1]) { wide -= 1 }
                b -= 1
            }
            result.append(Line(start: lineStart, contentStart: a, contentEnd: b, wide: wide))
            if i < n && scalars[i].value == 0x0D && i + 1 < n && scalars[i + 1].value == 0x0A { i += 1 }
            i += 1
            if i > n { break }
        }
        return result
    }

    /// The column the text was hard-wrapped at, if it looks wrapped: many long lines end close to one width.
    static func wrapWidth(_ lines: [Line]) -> Int? {
        var widths = lines.compactMap { $0.width >= 40 ? $0.width : nil }
        guard widths.count >= 6 else { return nil }
        widths.sort()
        let top = widths[min(widths.count - 1, (widths.count * 95) / 100)]
        guard top <= 200 else { return nil }
        let near = widths.filter { $0 >= top - 16 && $0 <= top }.count
        return Double(near) >= Double(widths.count) * 0.3 ? top : wrappedAtWidest(lines)
    }

    /// A short story among many short lines (menus, cards, a footer) has too few wrapped lines for `wrapWidth`'s
    /// share. Wrapped text still shows its width: lines within a few columns of the widest, each continued on the
    /// next line (a paragraph's last line ends short, or alone). Three such lines give the width.
    static func wrappedAtWidest(_ lines: [Line]) -> Int? {
        let widest = lines.reduce(0) { $1.width <= 200 ? max($0, $1.width) : $0 }
        guard widest >= 60 else { return nil }
        var continued = 0
        for k in lines.indices.dropLast()
        where lines[k].width >= widest - 8 && lines[k].width <= widest && !lines[k + 1].isBlank {
            continued += 1
            if continued == 3 { return widest }
        }
        return nil
    }

    func blocks() -> [TextBlock] { split(keepingScalars: false).blocks }

    /// The blocks and, for each, the scalars of its text (`ScalarClass.scalars(of: block.text)`), written as the
    /// block's bytes are: the text is those scalars encoded, so decoding it again gives them back.
    func blocksAndScalars() -> (blocks: [TextBlock], scalars: [[Unicode.Scalar]]) { split(keepingScalars: true) }

    private func split(keepingScalars: Bool) -> (blocks: [TextBlock], scalars: [[Unicode.Scalar]]) {
        let lines = lines()
        let wrap = Self.wrapWidth(lines)
        var blocks: [TextBlock] = []
        var blockScalars: [[Unicode.Scalar]] = []
        var current: [Line] = []
        // One buffer for every block's bytes, written through a pointer (no capacity or uniqueness check per byte).
        // A block writes at most 4 bytes a scalar of its lines and one space between two lines.
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 4 * scalars.count + lines.count + 1)
        defer { scratch.deallocate() }
        // The same for the scalars: at most one a scalar of its lines and one space between two lines. Written
        // whether kept or not: one pointer always written costs less than asking for it at every scalar.
        let scalarScratch = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: scalars.count + lines.count + 1)
        defer { scalarScratch.deallocate() }
        func flush() {
            if !current.isEmpty,
                let (block, count) = makeBlock(current, scratch, scalarScratch)
            {
                blocks.append(block)
                if keepingScalars {
                    blockScalars.append(Array(UnsafeBufferPointer(start: scalarScratch, count: count)))
                }
            }
            current.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if line.isBlank {
                flush()
                continue
            }
            if let previous = current.last {
                let continues: Bool
                if let wrap, previous.width >= wrap - 24, !opensBullet(line) {
                    continues = true
                } else {
                    continues = false
                }
                if !continues { flush() }
            }
            current.append(line)
        }
        flush()
        return (blocks, blockScalars)
    }

    /// Characters a text browser draws two columns wide.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        // Below the first range: one comparison for ASCII and the alphabets.
        if s.value < 0x1100 { return false }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default: return false
        }
    }

    private func opensBullet(_ line: Line) -> Bool {
        line.contentStart < line.contentEnd && ScalarClass.isBulletMarker(scalars[line.contentStart])
    }

    /// The block of `lines`, its bytes written to `utf8` and its scalars to `kept` (how many is returned with it).
    private func makeBlock(
        _ lines: [Line], _ utf8: UnsafeMutablePointer<UInt8>, _ kept: UnsafeMutablePointer<Unicode.Scalar>
    ) -> (TextBlock, Int)? {
        // UTF-8 bytes rather than a String.UnicodeScalarView: appending a byte costs less than appending a scalar.
        var count = 0
        var scalarCount = 0
        var last: Unicode.Scalar? = nil
        var bullet = false
        var pendingSpace = false
        var wideGap = false
        for (index, line) in lines.enumerated() {
            var i = line.contentStart
            if index == 0 {
                while i < line.contentEnd && ScalarClass.isBulletMarker(scalars[i]) {
                    bullet = true
                    i += 1
                }
            }
            // A wrapped line of CJK text continues without a space.
            if let last, line.contentStart < line.contentEnd, Self.isWide(last),
                Self.isWide(scalars[line.contentStart])
            {
                pendingSpace = false
            } else if count > 0 {
                pendingSpace = true
            }
            while i < line.contentEnd {
                let s = scalars[i]
                if ScalarClass.isSpace(s) {
                    if pendingSpace || s == "\t" { wideGap = true }
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        utf8[count] = 0x20
                        count += 1
                        kept[scalarCount] = " "
                        scalarCount += 1
                    }
                    pendingSpace = false
                    kept[scalarCount] = s
                    scalarCount += 1
                    if s.value < 0x80 {
                        utf8[count] = UInt8(s.value)
                        count += 1
                    } else {
                        UTF8.encode(s) { byte in
                            utf8[count] = byte
                            count += 1
                        }
                    }
                    last = s
                    // The run of printable ASCII after it ("!" to DEL: no space, tab or newline among them) and
                    // single spaces between such scalars, most of a line, copied by a loop that asks nothing else:
                    // each is written as itself and as its byte, as above. A lone space after a scalar other than
                    // a space is written as the one space pending before the next scalar (it marks no wide gap).
                    var k = i &+ 1
                    let end = line.contentEnd
                    while k < end {
                        let r = scalars[k]
                        if r.value &- 0x21 < 0x5F {
                            kept[scalarCount] = r
                            utf8[count] = UInt8(truncatingIfNeeded: r.value)
                            scalarCount &+= 1
                            count &+= 1
                            k &+= 1
                            continue
                        }
                        guard r.value == 0x20, k &+ 1 < end else { break }
                        let after = scalars[k &+ 1]
                        guard after.value &- 0x21 < 0x5F else { break }
                        kept[scalarCount] = r
                        kept[scalarCount &+ 1] = after
                        utf8[count] = 0x20
                        utf8[count &+ 1] = UInt8(truncatingIfNeeded: after.value)
                        scalarCount &+= 2
                        count &+= 2
                        k &+= 2
                    }
                    if k > i &+ 1 { last = scalars[k &- 1] }
                    i = k
                    continue
                }
                i += 1
            }
        }
        let first = lines[0]
        var block = TextBlock(
            start: first.contentStart, end: lines[lines.count - 1].contentEnd,
            text: String(decoding: UnsafeBufferPointer(start: utf8, count: count), as: UTF8.self), isBullet: bullet,
            indent: first.contentStart - first.start, lineCount: lines.count)
        if wideGap && lines.count == 1 { block.isSpacedMenu = isSpacedMenu(first) }
        return (block, scalarCount)
    }

    /// "World  Business  Markets  Tech": links a copy of the page set apart by runs of spaces or tabs, three or more
    /// of one to three capitalised words without figures. A table's row has figures; a sentence has no wide gaps.
    func isSpacedMenu(_ line: Line) -> Bool {
        var parts = 0
        var words = 0
        var spaces = 0
        var atWordStart = true
        for k in line.contentStart..<line.contentEnd {
            let s = scalars[k]
            if ScalarClass.isSpace(s) {
                spaces += s == "\t" ? 2 : 1
                atWordStart = true
                continue
            }
            if ScalarClass.isDigit(s) { return false }
            if spaces >= 2 || k == line.contentStart {
                if parts > 0 && !(1...3).contains(words) { return false }
                parts += 1
                words = 0
                // Each link opens with a capital.
                if !ScalarClass.isUppercase(s) { return false }
            }
            if atWordStart { words += 1 }
            atWordStart = false
            spaces = 0
        }
        return parts >= 3 && (1...3).contains(words)
    }
}
