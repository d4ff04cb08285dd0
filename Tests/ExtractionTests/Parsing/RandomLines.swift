/// One to six lines, each zero to four of `pieces` run together: pages for the tests that check a fast path against
/// the code it replaces.
func randomLines(of pieces: [String], using generator: inout some RandomNumberGenerator) -> [String] {
    (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
