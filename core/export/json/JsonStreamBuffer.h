#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <streambuf>

namespace dmc {

// A std::ostream buffer that hands its bytes to a sink 64 KB at a time: a JSON document is dumped
// straight to standard output or a file (`stream << std::setw(2) << value`, the bytes of
// value.dump(2)) instead of into one string first, which is the size of the whole document.
class JsonStreamBuffer final : public std::streambuf
{
public:
    // Writes `size` bytes; false when they could not be written.
    using Sink = std::function<bool(const char *data, std::size_t size)>;

    explicit JsonStreamBuffer(Sink sink);
    ~JsonStreamBuffer() override;
    JsonStreamBuffer(const JsonStreamBuffer &) = delete;
    JsonStreamBuffer &operator=(const JsonStreamBuffer &) = delete;

    // Whether the sink refused a write: the output is incomplete.
    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    Sink m_sink;
    bool m_failed = false;
    std::array<char, 65536> m_buffer{};
};

} // namespace dmc
