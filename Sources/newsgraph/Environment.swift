import Foundation

/// Settings read from the environment when a flag is not given (flags win).
enum Environment {
    static func string(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func int(_ name: String) throws -> Int? {
        guard let raw = string(name) else { return nil }
        guard let value = Int(raw) else { throw EnvironmentError(name: name, value: raw) }
        return value
    }
}

struct EnvironmentError: Error, CustomStringConvertible {
    var name: String
    var value: String
    var description: String { "\(name)=\(value) is not an integer" }
}
