#pragma once

namespace dmc::app {

// Opens the cockpit window: `dmcockpit [--db FILE]`. Without --db it opens the
// last database, or creates the demo database the first time.
int runWindow(int argc, char **argv, void (*setIdentity)());

} // namespace dmc::app
