#pragma once

#include <cstddef>

namespace dmc {

// The year, month and day digits of text starting "yyyy-MM-dd", read without QDate or QString:
// the bulk paths (streamed import, dataset load) meet millions of stored dates. Only the shape
// is checked here; each caller decides which dates it accepts (QDate's calendar, year range).
struct IsoDateDigits
{
    int year = 0;
    int month = 0;
    int day = 0;

    // False unless text[0..9] is four digits, '-', two digits, '-', two digits.
    static bool read(const char *text, std::size_t size, IsoDateDigits &out)
    {
        if (size < 10 || text[4] != '-' || text[7] != '-')
            return false;
        auto number = [text](std::size_t from, std::size_t length) {
            int value = 0;
            for (std::size_t i = from; i < from + length; ++i) {
                const char c = text[i];
                if (c < '0' || c > '9')
                    return -1;
                value = value * 10 + (c - '0');
            }
            return value;
        };
        out.year = number(0, 4);
        out.month = number(5, 2);
        out.day = number(8, 2);
        return out.year >= 0 && out.month >= 0 && out.day >= 0;
    }
};

} // namespace dmc
