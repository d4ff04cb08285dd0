/// BIO labels over entity types: "O", then "B-T", "I-T" for each type T, with the transitions BIO allows.
struct LabelSet: Sendable, Equatable {
    let names: [String]
    /// Entity type of each label ("" for O).
    let types: [String]
    /// Whether each label begins a span (B-).
    let begins: [Bool]
    /// `allowed[previous * count + current]`; row `count` is the sentence start.
    let allowed: [Bool]

    var count: Int { names.count }

    init(entityTypes: [String]) {
        var names = ["O"]
        for type in entityTypes {
            names.append("B-" + type)
            names.append("I-" + type)
        }
        self.init(names: names)
    }

    init(names: [String]) {
        self.names = names
        let n = names.count
        types = names.map { $0 == "O" ? "" : String($0.dropFirst(2)) }
        begins = names.map { $0.hasPrefix("B-") }
        var allowed = [Bool](repeating: true, count: (n + 1) * n)
        for current in 0..<n where names[current].hasPrefix("I-") {
            for previous in 0...n {
                allowed[previous * n + current] = previous < n && types[previous] == types[current]
            }
        }
        self.allowed = allowed
    }

    func index(_ name: String) -> Int? { names.firstIndex(of: name) }
}

extension LabelSet {
    /// Entity types in label order.
    var entityTypes: [String] { types.enumerated().compactMap { begins[$0.offset] ? $0.element : nil } }
}
