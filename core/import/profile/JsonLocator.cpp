#include "JsonLocator.h"

#include <nlohmann/json.hpp>

#include <string>

namespace dmc {

namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void appendUtf8(std::string &out, char32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

// Walks the text one byte at a time, keeping line and column.
class Cursor
{
public:
    explicit Cursor(const QByteArray &text)
        : m_text(text)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_at = 3;
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_at); }
    JsonLocator::Position position() const { return {m_line, m_column}; }
    void advance()
    {
        if (atEnd())
            return;
        const char c = m_text.at(m_at++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuation(c)) {
            ++m_column;
        }
    }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }
    // A number or a literal: up to the next delimiter.
    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                return;
            advance();
        }
    }
    // A string token, the cursor on its opening quote; returns its value.
    QString readString()
    {
        std::string out;
        advance();
        while (!atEnd() && peek() != '"') {
            if (peek() != '\\') {
                out += peek();
                advance();
                continue;
            }
            advance();
            const char escaped = peek();
            advance();
            switch (escaped) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                char32_t code = hex4();
                if (code >= 0xD800 && code <= 0xDBFF && peek() == '\\') {
                    advance();
                    advance(); // the 'u' of the low surrogate
                    const char32_t low = hex4();
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default: out += escaped; break; // \" \\ \/
            }
        }
        advance(); // closing quote
        return QString::fromStdString(out);
    }

private:
    char32_t hex4()
    {
        char32_t code = 0;
        for (int k = 0; k < 4 && !atEnd(); ++k) {
            const char c = peek();
            advance();
            code = code * 16 + char32_t(c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0');
        }
        return code;
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
    qint64 m_line = 1;
    int m_column = 1;
};

struct Frame
{
    bool isObject = false;
    QString path;
    qsizetype index = 0;
    QHash<QString, JsonLocator::Position> keys;
};

} // namespace

QString JsonLocator::member(const QString &parent, const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key)
        plain = plain && (c.isLetterOrNumber() || c == u'_' || c == u'$');
    if (!plain)
        return parent + u'[' + QString::fromStdString(nlohmann::json(key.toStdString()).dump()) + u']';
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString JsonLocator::element(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

JsonLocator::Position JsonLocator::positionAt(const QByteArray &json, qsizetype offset)
{
    Position position{1, 1};
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuation(json.at(i))) {
            ++position.column;
        }
    }
    return position;
}

JsonLocator::JsonLocator(const QByteArray &json)
{
    enum class Expect { Value, ValueOrEnd, Key, KeyOrEnd, Colon, CommaOrEnd };
    Cursor cursor(json);
    std::vector<Frame> stack;
    Expect expect = Expect::Value;
    QString memberPath; // the path of the value after a key
    auto afterValue = [&]() { expect = Expect::CommaOrEnd; };

    for (;;) {
        cursor.skipSpace();
        if (cursor.atEnd())
            return;
        const char c = cursor.peek();
        switch (expect) {
        case Expect::ValueOrEnd:
            if (c == ']') {
                cursor.advance();
                stack.pop_back();
                if (stack.empty())
                    return;
                afterValue();
                break;
            }
            [[fallthrough]];
        case Expect::Value: {
            QString path = memberPath;
            if (!stack.empty() && !stack.back().isObject)
                path = element(stack.back().path, stack.back().index);
            if (stack.empty() || !stack.back().isObject)
                m_positions.insert(path, cursor.position());
            if (c == '{' || c == '[') {
                cursor.advance();
                Frame frame;
                frame.isObject = c == '{';
                frame.path = path;
                stack.push_back(std::move(frame));
                expect = c == '{' ? Expect::KeyOrEnd : Expect::ValueOrEnd;
                break;
            }
            if (c == '"')
                cursor.readString();
            else
                cursor.skipScalar();
            if (stack.empty())
                return;
            afterValue();
            break;
        }
        case Expect::KeyOrEnd:
            if (c == '}') {
                cursor.advance();
                stack.pop_back();
                if (stack.empty())
                    return;
                afterValue();
                break;
            }
            [[fallthrough]];
        case Expect::Key: {
            if (c != '"' || stack.empty())
                return; // not JSON: nothing more to learn
            const Position at = cursor.position();
            const QString key = cursor.readString();
            Frame &frame = stack.back();
            memberPath = member(frame.path, key);
            if (const auto first = frame.keys.constFind(key); first != frame.keys.constEnd())
                m_duplicates.push_back({memberPath, at, *first});
            else
                frame.keys.insert(key, at);
            m_positions.insert(memberPath, at);
            expect = Expect::Colon;
            break;
        }
        case Expect::Colon:
            if (c != ':')
                return;
            cursor.advance();
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd:
            if (stack.empty())
                return;
            if (c == ',') {
                cursor.advance();
                if (stack.back().isObject) {
                    expect = Expect::Key;
                } else {
                    ++stack.back().index;
                    expect = Expect::Value;
                }
            } else if (c == '}' || c == ']') {
                cursor.advance();
                stack.pop_back();
                if (stack.empty())
                    return;
                afterValue();
            } else {
                return;
            }
            break;
        }
    }
}

} // namespace dmc
