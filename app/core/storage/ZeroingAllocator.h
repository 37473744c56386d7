#pragma once

namespace rc::storage {

// Makes SQLite wipe every block of memory before it frees it, and never leave a copy behind when it
// grows one, so pages of the unlocked vault do not linger in the heap after it is locked. Must run
// before SQLite is first used in the process (the start of main(), a test's initTestCase()); returns
// false if SQLite was already initialised.
bool installZeroingAllocator();

} // namespace rc::storage
