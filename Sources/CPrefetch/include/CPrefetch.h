#ifndef CPREFETCH_H
#define CPREFETCH_H
// Swift cannot ask for a software prefetch: the Clang importer drops `_m_prefetch`, and `_mm_prefetch` is a macro.
// This header gives the tagger's weight look-up one (docs/tagger.md, seventh round). Static inline, so the Swift
// compiler inlines it into the loop that calls it: one PREFETCHT0 instruction, no call.

/// Asks the processor to bring the cache line holding `address` into all cache levels, for a read soon. Never
/// faults, whatever the address; a hint the processor may drop.
static inline void cprefetch_read(const void *address) { __builtin_prefetch(address, 0, 3); }
#endif
