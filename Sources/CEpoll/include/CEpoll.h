#ifndef CEPOLL_H
#define CEPOLL_H
// Glibc's Swift module does not export epoll or eventfd; this target re-exports them.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

/// accept4(2) without the peer address; Glibc's Swift module hides accept4 (it needs _GNU_SOURCE).
int cepoll_accept4(int fd, int flags);

/// The number of CPUs this process may run on (sched_getaffinity), or 0 when unknown. Unlike the online CPU count
/// it honours `taskset`, so a server pinned to one core runs one event loop.
int cepoll_available_cpus(void);
#endif
