/// Why model bytes could not be decoded.
public enum TaggerModelError: Error, Equatable, CustomStringConvertible {
    case notAModel
    case unsupportedVersion(Int)
    case featureSetMismatch(found: Int, expected: Int)
    case truncated
    case invalid(String)

    public var description: String {
        switch self {
        case .notAModel: "not a Newsgraph tagger model (bad magic)"
        case .unsupportedVersion(let v): "unsupported model format version \(v)"
        case .featureSetMismatch(let found, let expected): "model built for feature set \(found), this build has \(expected)"
        case .truncated: "model bytes end early"
        case .invalid(let why): "invalid model: \(why)"
        }
    }
}

/// Model bytes, little-endian:
///
///     "NGTAGGER"  u32 format  u32 featureSet  u32 bits  u32 labelCount  (u32 length, UTF-8 name) × labelCount
///     f32 × (labelCount + 1) × labelCount transitions   f32 scale   u32 rowCount
///     rowCount × (varint bucket delta, u32 label mask, i16 × popcount(mask) weights / scale)
extension OrganizationTagger {
    static let magic: [UInt8] = Array("NGTAGGER".utf8)
    static let formatVersion = 1
    /// Bumped whenever `FeatureExtractor` or `NewsTokenizer` changes what a model's weights mean.
    public static let currentFeatureSet = 1

    /// Decodes a model. Throws `TaggerModelError` on foreign, truncated or incompatible bytes.
    public init(bytes: [UInt8]) throws(TaggerModelError) {
        var reader = ByteReader(bytes)
        guard try reader.take(8) == Self.magic else { throw .notAModel }
        let version = Int(try reader.u32())
        guard version == Self.formatVersion else { throw .unsupportedVersion(version) }
        let featureSet = Int(try reader.u32())
        guard featureSet == Self.currentFeatureSet else {
            throw .featureSetMismatch(found: featureSet, expected: Self.currentFeatureSet)
        }
        let bits = Int(try reader.u32())
        guard (8...26).contains(bits) else { throw .invalid("bits \(bits)") }
        let labelCount = Int(try reader.u32())
        guard (1...32).contains(labelCount) else { throw .invalid("label count \(labelCount)") }
        var names: [String] = []
        for _ in 0..<labelCount {
            let length = Int(try reader.u32())
            guard length < 64 else { throw .invalid("label length") }
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        guard names.first == "O" else { throw .invalid("first label must be O") }
        let L = labelCount
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for k in transitions.indices { transitions[k] = Float(bitPattern: try reader.u32()) }
        let scale = Float(bitPattern: try reader.u32())
        let rowCount = Int(try reader.u32())
        guard rowCount <= 1 << bits else { throw .invalid("row count") }
        var rowIndex = [Int32](repeating: -1, count: 1 << bits)
        var rows = [Float](repeating: 0, count: rowCount * L)
        var bucket = 0
        for r in 0..<rowCount {
            let delta = try reader.varint()
            bucket = r == 0 ? delta : bucket + delta
            guard delta > 0 || r == 0, bucket < 1 << bits else { throw .invalid("bucket order") }
            rowIndex[bucket] = Int32(r)
            let mask = try reader.u32()
            for y in 0..<L where mask & (1 << UInt32(y)) != 0 {
                rows[r * L + y] = Float(Int16(bitPattern: try reader.u16())) * scale
            }
        }
        guard reader.atEnd else { throw .invalid("trailing bytes") }
        self.init(
            labels: LabelSet(names: names), bits: bits, featureSet: featureSet, transitions: transitions,
            rowIndex: rowIndex, rows: rows)
    }

    /// Encodes dense weights (`(1 << bits) * labels.count`, bucket-major), dropping weights whose magnitude rounds
    /// to zero at 16-bit precision or is below `threshold`.
    static func encode(
        labels: LabelSet, bits: Int, weights: [Float], transitions: [Float], threshold: Float
    ) -> [UInt8] {
        let L = labels.count
        var maxAbs: Float = 0
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(formatVersion))
        u32(UInt32(currentFeatureSet))
        u32(UInt32(bits))
        u32(UInt32(L))
        for name in labels.names {
            u32(UInt32(name.utf8.count))
            out.append(contentsOf: name.utf8)
        }
        for t in transitions { u32(t.bitPattern) }
        u32(scale.bitPattern)
        var body: [UInt8] = []
        var rowCount: UInt32 = 0
        var previous = -1
        var quantized = [Int16](repeating: 0, count: L)
        for bucket in 0..<(1 << bits) {
            var mask: UInt32 = 0
            for y in 0..<L {
                let w = weights[bucket * L + y]
                let q = abs(w) < threshold ? 0 : Int16(clamping: Int((w / scale).rounded()))
                quantized[y] = q
                if q != 0 { mask |= 1 << UInt32(y) }
            }
            guard mask != 0 else { continue }
            var delta = previous < 0 ? bucket : bucket - previous
            previous = bucket
            rowCount += 1
            while delta >= 0x80 {
                body.append(UInt8(delta & 0x7f) | 0x80)
                delta >>= 7
            }
            body.append(UInt8(delta))
            withUnsafeBytes(of: mask.littleEndian) { body.append(contentsOf: $0) }
            for y in 0..<L where quantized[y] != 0 {
                withUnsafeBytes(of: UInt16(bitPattern: quantized[y]).littleEndian) { body.append(contentsOf: $0) }
            }
        }
        u32(rowCount)
        out.append(contentsOf: body)
        return out
    }
}

/// Reads little-endian values from model bytes.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func take(_ n: Int) throws(TaggerModelError) -> [UInt8] {
        guard n >= 0, position + n <= bytes.count else { throw .truncated }
        defer { position += n }
        return Array(bytes[position..<position + n])
    }

    mutating func u32() throws(TaggerModelError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw .truncated }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << (8 * UInt32(k)) }
        position += 4
        return v
    }

    mutating func u16() throws(TaggerModelError) -> UInt16 {
        guard position + 2 <= bytes.count else { throw .truncated }
        let v = UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
        position += 2
        return v
    }

    mutating func varint() throws(TaggerModelError) -> Int {
        var v = 0
        var shift = 0
        while true {
            guard position < bytes.count else { throw .truncated }
            let b = bytes[position]
            position += 1
            v |= Int(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
            guard shift < 35 else { throw .invalid("varint") }
        }
    }
}
