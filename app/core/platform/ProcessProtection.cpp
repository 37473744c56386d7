#include "ProcessProtection.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace rc::platform {

bool disableCoreDumps()
{
    bool ok = true;
    const rlimit none { 0, 0 };
    ok &= setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(__linux__)
    ok &= prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return ok;
}

} // namespace rc::platform
