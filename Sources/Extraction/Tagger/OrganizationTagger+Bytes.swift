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
        case .featureSetMismatch(let found, let expected):
            "model built for feature set \(found), this build has \(expected)"
        case .truncated: "model bytes end early"
        case .invalid(let why): "invalid model: \(why)"
        }
    }
}

/// Model bytes, little-endian:
///
///     "NGTAGGER"  u32 format  u32 featureSet  u32 labelCount  (u32 length, UTF-8 name) × labelCount
///     lexicon: u32 count, u32 × count sorted common-word keys, the same for proper nouns
///     gazetteer: u32 longest name in tokens, u32 count, u32 × count sorted keys, u8 × count category masks, then
///     (format 4) u32 count, u32 × count sorted keys of the first words of longer names
///     first pass:  f32 × (labelCount + 1) × labelCount transitions, weight table
///     u32 hasSecondPass (0 or 1), then f32 base scale and the same as the first pass for the second
///     common words (format 3): u32 count, count × u64 spelling hash (increasing), count × labelCount × i32 first-pass
///     scores of their intrinsic features (`CommonWordScores`)
///
/// A weight table is u32 bits, f32 scale, u32 rowCount, then rowCount × (varint bucket delta, u32 label mask,
/// i16 × popcount(mask)); weights are the i16 values × scale.
extension OrganizationTagger {
    static let magic: [UInt8] = Array("NGTAGGER".utf8)
    static let formatVersion = 4
    /// Bumped whenever `FeatureExtractor`, `DocumentConsistency` or `NewsTokenizer` changes what weights mean.
    public static let currentFeatureSet = 6

    /// Decodes a model. Throws `TaggerModelError` on foreign, truncated or incompatible bytes.
    public init(bytes: [UInt8]) throws(TaggerModelError) {
        var reader = ByteReader(bytes)
        guard bytes.count >= 8, try reader.take(8) == Self.magic else { throw .notAModel }
        let version = Int(try reader.u32())
        guard version == Self.formatVersion else { throw .unsupportedVersion(version) }
        let featureSet = Int(try reader.u32())
        guard featureSet == Self.currentFeatureSet else {
            throw .featureSetMismatch(found: featureSet, expected: Self.currentFeatureSet)
        }
        let labelCount = Int(try reader.u32())
        guard (1...15).contains(labelCount), labelCount % 2 == 1 else { throw .invalid("label count \(labelCount)") }
        var names: [String] = []
        for _ in 0..<labelCount {
            let length = Int(try reader.u32())
            guard length < 64 else { throw .invalid("label length") }
            names.append(String(decoding: try reader.take(length), as: UTF8.self))
        }
        let labels = LabelSet(names: names)
        guard labels.names == LabelSet(entityTypes: labels.entityTypes).names else { throw .invalid("labels \(names)") }
        func transitions(_ reader: inout ByteReader) throws(TaggerModelError) -> [Float] {
            var out = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
            for k in out.indices {
                out[k] = Float(bitPattern: try reader.u32())
                guard out[k].isFinite else { throw .invalid("transition") }
            }
            return out
        }
        let lexicon = try Lexicon(from: &reader)
        let gazetteer = try Gazetteer(from: &reader)
        let firstTransitions = try transitions(&reader)
        let first = try WeightTable(from: &reader, labelCount: labelCount)
        var second: WeightTable?
        var secondTransitions = firstTransitions
        var baseScale: Float = 1
        switch try reader.u32() {
        case 0: break
        case 1:
            baseScale = Float(bitPattern: try reader.u32())
            guard baseScale.isFinite && baseScale > 0 else { throw .invalid("base scale") }
            secondTransitions = try transitions(&reader)
            second = try WeightTable(from: &reader, labelCount: labelCount)
        default: throw .invalid("second pass flag")
        }
        let common = try CommonWordScores(from: &reader, labelCount: labelCount)
        guard reader.atEnd else { throw .invalid("trailing bytes") }
        self.init(
            labels: labels, lexicon: lexicon, gazetteer: gazetteer, first: first, firstTransitions: firstTransitions,
            second: second,
            secondTransitions: secondTransitions, baseScale: baseScale, common: common)
    }

    /// The model as bytes; `OrganizationTagger(bytes:)` gives it back.
    public func bytes() -> [UInt8] {
        var out = Self.magic
        out.appendU32(UInt32(Self.formatVersion))
        out.appendU32(UInt32(Self.currentFeatureSet))
        out.appendU32(UInt32(labels.count))
        for name in labels.names {
            out.appendU32(UInt32(name.utf8.count))
            out.append(contentsOf: name.utf8)
        }
        lexicon.encode(into: &out)
        gazetteer.encode(into: &out)
        for t in firstTransitions { out.appendU32(t.bitPattern) }
        first.encode(into: &out)
        if let second {
            out.appendU32(1)
            out.appendU32(baseScale.bitPattern)
            for t in secondTransitions { out.appendU32(t.bitPattern) }
            second.encode(into: &out)
        } else {
            out.appendU32(0)
        }
        common.encode(into: &out)
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
        // one load where the range is checked once (byte by byte, each byte's index was checked again)
        let v = bytes.withUnsafeBytes {
            UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt32.self))
        }
        position += 4
        return v
    }

    mutating func u16() throws(TaggerModelError) -> UInt16 {
        guard position + 2 <= bytes.count else { throw .truncated }
        let v = bytes.withUnsafeBytes {
            UInt16(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt16.self))
        }
        position += 2
        return v
    }

    /// A u32 count, then that many strictly increasing u32 keys (the lexicon's and gazetteer's sorted lists);
    /// `what` names the list in errors.
    mutating func increasingKeys(_ what: String) throws(TaggerModelError) -> [UInt32] {
        let count = Int(try u32())
        guard count <= 4_000_000 else { throw .invalid("\(what) size") }
        var keys = [UInt32](repeating: 0, count: count)
        for k in 0..<count {
            keys[k] = try u32()
            guard k == 0 || keys[k] > keys[k - 1] else { throw .invalid("\(what) order") }
        }
        return keys
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
