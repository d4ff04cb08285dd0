#define _GNU_SOURCE
#include <stddef.h>
#include <sys/socket.h>
#include <sched.h>
#include "CEpoll.h"

int cepoll_accept4(int fd, int flags) {
    return accept4(fd, NULL, NULL, flags);
}

int cepoll_available_cpus(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return 0;
    return CPU_COUNT(&set);
}
