import Foundation

/// The shipped organization tagger model, as bytes for `OrganizationTagger(bytes:)` / `TaggedOrganizationFinder`.
///
/// Produced by `newsgraph train` (see docs/tagger.md); this target only carries the file.
public enum OrganizationModel {
    /// Name of the resource file inside this target's bundle.
    public static let resourceName = "organization-tagger"
    public static let resourceExtension = "bin"

    public enum LoadError: Error, CustomStringConvertible {
        case missing
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing: "the organization model resource is missing from the bundle"
            case .unreadable(let why): "cannot read the organization model: \(why)"
            }
        }
    }

    /// The model file's bytes, read once per call.
    public static func bytes() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: resourceName, withExtension: resourceExtension) else {
            throw LoadError.missing
        }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw LoadError.unreadable("\(error)")
        }
    }
}
