#include "JsonStreamBuffer.h"

#include <utility>

namespace dmc {

JsonStreamBuffer::JsonStreamBuffer(Sink sink)
    : m_sink(std::move(sink))
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

JsonStreamBuffer::~JsonStreamBuffer()
{
    sync();
}

JsonStreamBuffer::int_type JsonStreamBuffer::overflow(int_type c)
{
    sync();
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

int JsonStreamBuffer::sync()
{
    const auto size = std::size_t(pptr() - pbase());
    if (size > 0 && !m_failed && !m_sink(pbase(), size))
        m_failed = true;
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return m_failed ? -1 : 0;
}

} // namespace dmc
