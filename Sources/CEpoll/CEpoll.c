#define _GNU_SOURCE
#include <stddef.h>
#include <sys/socket.h>
#include "CEpoll.h"

int cepoll_accept4(int fd, int flags) {
    return accept4(fd, NULL, NULL, flags);
}
