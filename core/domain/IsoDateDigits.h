#pragma once

#include <cstddef>

namespace dmc {

// The year, month and day digits of "yyyy-MM-dd", read and written without QDate::toString or
// QString: the bulk paths (streamed import, dataset load, CRM writes) meet millions of stored
// dates. Only the shape is checked here; each caller decides which dates it accepts (QDate's
// calendar, year range).
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

    // "yyyy-MM-dd" into `out` (no terminator); false for a year outside 0..9999, which the
    // caller writes the slow way (QDate::toString).
    static bool write(int year, int month, int day, char (&out)[10])
    {
        if (year < 0 || year > 9999)
            return false;
        out[0] = char('0' + year / 1000);
        out[1] = char('0' + year / 100 % 10);
        out[2] = char('0' + year / 10 % 10);
        out[3] = char('0' + year % 10);
        out[4] = '-';
        out[5] = char('0' + month / 10);
        out[6] = char('0' + month % 10);
        out[7] = '-';
        out[8] = char('0' + day / 10);
        out[9] = char('0' + day % 10);
        return true;
    }
};

} // namespace dmc
