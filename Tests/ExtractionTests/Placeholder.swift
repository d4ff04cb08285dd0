import Testing
@testable import Extraction

@Test func placeholder() {}
