#pragma once

class QApplication;

namespace dmc::ui {

// The product's look: Fusion with a calm light palette, one accent colour, readable tiles and
// quiet dock titles. Applied once at start.
class Theme
{
public:
    static void apply(QApplication &app);
};

} // namespace dmc::ui
