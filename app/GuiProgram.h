#pragma once

namespace dmc::app {

// Runs dmcockpit-gui (the window and the commands that render) in place of this process, with the
// same arguments. Returns only when it cannot: an exit code, after saying where it looked.
int runGuiProgram(int argc, char **argv);

} // namespace dmc::app
