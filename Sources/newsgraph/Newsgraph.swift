@main
struct Newsgraph {
    static func main() {}
}
