#pragma once

#include <cstddef>

namespace dmc {

class DatasetPlays;
class DatasetPocs;

namespace image {
class Reader;
class Writer;
} // namespace image

// The stored POC and play rows in the Dataset image (DatasetCache, format 8), kept as the Dataset
// holds them: already filtered to known deals and plays, sorted and grouped, with their ranges.
// A cached start then reads no POC or play table (they were a third of a warm command at 27k
// POCs) and sorts nothing.
class PocPlayImage
{
public:
    static void write(image::Writer &writer, const DatasetPocs &pocs, const DatasetPlays &plays);
    // False when the part is damaged: a count, an offset or a range out of bounds.
    static bool read(image::Reader &reader, DatasetPocs &pocs, DatasetPlays &plays, size_t opportunities);
};

} // namespace dmc
