import CEpoll
import Glibc

/// A non-blocking socket file descriptor. The only place that calls Glibc socket, epoll and eventfd functions.
struct Socket: Sendable, Hashable {
    let fd: Int32

    /// Ignores SIGPIPE process-wide; sends also pass MSG_NOSIGNAL so a dead peer cannot kill the process.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Raises the soft open-files limit to the hard limit, so many idle connections fit.
    static func raiseFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// A non-blocking IPv4 or IPv6 TCP listener bound to host:port with SO_REUSEADDR.
    static func listen(host: String, port: Int, backlog: Int32) throws(SocketError) -> Socket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var info: UnsafeMutablePointer<addrinfo>? = nil
        let rc = getaddrinfo(host, String(port), &hints, &info)
        guard rc == 0, let first = info else {
            throw SocketError("getaddrinfo(\(host))", errno: rc == EAI_SYSTEM ? Glibc.errno : EINVAL)
        }
        defer { freeaddrinfo(info) }
        let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = try syscallChecked("socket") { Glibc.socket(first.pointee.ai_family, flags, 0) }
        let socket = Socket(fd: fd)
        do {
            var one: Int32 = 1
            try syscallChecked("setsockopt(SO_REUSEADDR)") {
                setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            }
            try syscallChecked("bind") { Glibc.bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) }
            try syscallChecked("listen") { Glibc.listen(fd, backlog) }
        } catch {
            socket.close()
            throw error
        }
        return socket
    }

    /// The locally bound port.
    func localPort() throws(SocketError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try withUnsafeMutablePointer(to: &storage) { pointer throws(SocketError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address throws(SocketError) in
                try syscallChecked("getsockname") { getsockname(fd, address, &length) }
            }
        }
        if Int32(storage.ss_family) == AF_INET6 {
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            }
        }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }

    /// Accepts one pending connection as a non-blocking socket with TCP_NODELAY; nil when none is pending.
    func accept() throws(SocketError) -> Socket? {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        switch try syscall("accept4", { cepoll_accept4(fd, flags) }) {
        case .wouldBlock: return nil
        case .done(let client):
            var one: Int32 = 1
            _ = setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            return Socket(fd: client)
        }
    }

    /// Reads into `buffer`; 0 means end of stream, nil means nothing to read now.
    func receive(into buffer: UnsafeMutableRawBufferPointer) throws(SocketError) -> Int? {
        switch try syscall("recv", { recv(fd, buffer.baseAddress, buffer.count, 0) }) {
        case .done(let n): return n
        case .wouldBlock: return nil
        }
    }

    /// Writes from `buffer` with MSG_NOSIGNAL; nil means the send buffer is full.
    func send(_ buffer: UnsafeRawBufferPointer) throws(SocketError) -> Int? {
        switch try syscall("send", { Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL)) }) {
        case .done(let n): return n
        case .wouldBlock: return nil
        }
    }

    /// Sends FIN: no more writes, reads still possible (for a lingering close).
    func shutdownWrite() {
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// Closes the descriptor.
    func close() {
        _ = Glibc.close(fd)
    }
}

/// An epoll instance (epoll(7)).
struct Poller: Sendable {
    let fd: Int32

    static let readable = EPOLLIN.rawValue
    static let writable = EPOLLOUT.rawValue
    static let peerClosed = EPOLLRDHUP.rawValue
    static let hangUp = EPOLLHUP.rawValue
    static let error = EPOLLERR.rawValue
    static let edgeTriggered = EPOLLET.rawValue
    static let exclusive = EPOLLEXCLUSIVE.rawValue

    init() throws(SocketError) {
        fd = try syscallChecked("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
    }

    /// Registers `fd` for `events`.
    func add(_ target: Int32, events: UInt32) throws(SocketError) {
        var event = epoll_event()
        event.events = events
        event.data.fd = target
        try syscallChecked("epoll_ctl(ADD)") { epoll_ctl(fd, EPOLL_CTL_ADD, target, &event) }
    }

    /// Unregisters `fd`.
    func remove(_ target: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fd, EPOLL_CTL_DEL, target, &event)
    }

    /// Waits up to `timeout` milliseconds; returns how many events were stored.
    func wait(into events: UnsafeMutableBufferPointer<epoll_event>, timeout: Int32) throws(SocketError) -> Int {
        while true {
            let n = epoll_wait(fd, events.baseAddress, Int32(events.count), timeout)
            if n >= 0 { return Int(n) }
            if Glibc.errno == EINTR { return 0 }
            throw SocketError("epoll_wait", errno: Glibc.errno)
        }
    }

    func close() { _ = Glibc.close(fd) }
}

/// An eventfd used to wake an event loop from another thread.
struct Waker: Sendable {
    let fd: Int32

    init() throws(SocketError) {
        fd = try syscallChecked("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
    }

    /// Makes the eventfd readable.
    func wake() {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { Glibc.write(fd, $0.baseAddress, 8) }
    }

    /// Resets the counter.
    func drain() {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { Glibc.read(fd, $0.baseAddress, 8) }
    }

    func close() { _ = Glibc.close(fd) }
}
