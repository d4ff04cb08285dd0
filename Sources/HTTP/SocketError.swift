import Glibc

/// A failed system call: the call's name, errno and strerror, captured at the call site.
public struct SocketError: Error, Sendable, CustomStringConvertible {
    /// The system call, e.g. "bind".
    public var call: String
    /// errno after the call.
    public var errno: Int32
    /// strerror(errno).
    public var message: String

    init(_ call: String, errno: Int32) {
        self.call = call
        self.errno = errno
        self.message = String(cString: strerror(errno))
    }

    /// "bind: Address already in use (errno 98)"
    public var description: String { "\(call): \(message) (errno \(errno))" }
}

/// The outcome of a non-blocking call: a result, or "try again later" (EAGAIN).
enum IOResult<T> {
    case done(T)
    case wouldBlock
}

/// Runs a system call: retries EINTR, reports EAGAIN/EWOULDBLOCK as `.wouldBlock`, throws other errors.
@inline(__always)
func syscall<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SocketError) -> IOResult<T> {
    while true {
        let result = body()
        if result >= 0 { return .done(result) }
        let code = Glibc.errno
        if code == EINTR { continue }
        if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
        throw SocketError(call, errno: code)
    }
}

/// Runs a system call that cannot block; throws on failure.
@inline(__always)
@discardableResult
func syscallChecked<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SocketError) -> T {
    switch try syscall(call, body) {
    case .done(let value): return value
    case .wouldBlock: throw SocketError(call, errno: EAGAIN)
    }
}
