// Everything this target offers is the static inline function in include/CPrefetch.h; SwiftPM wants a source file.
#include "CPrefetch.h"
