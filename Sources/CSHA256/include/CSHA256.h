#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

// SHA-256 compression for the content fingerprint: with the x86 SHA extensions (SHA-NI), which Swift cannot name,
// and the portable FIPS 180-4 rounds as the fallback; both read one table of round constants.

/// 1 when this processor runs the SHA extensions (and the SSSE3 / SSE4.1 shuffles they need), else 0.
int csha256_accelerated(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (FIPS 180-4 word order). Only call when
/// `csha256_accelerated()` returned 1.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same compression in plain C, on any processor.
void csha256_compress_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
