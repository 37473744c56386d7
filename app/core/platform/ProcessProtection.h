#pragma once

namespace rc::platform {

// Keeps the unlocked vault out of crash dumps: no core files, and (on Linux) the process is not
// dumpable, so other processes of the same user cannot read its memory through ptrace or /proc.
// Returns false if any step failed; the app still runs.
bool disableCoreDumps();

} // namespace rc::platform
