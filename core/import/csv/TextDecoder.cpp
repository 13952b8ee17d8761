#include "TextDecoder.h"

#include <QStringDecoder>

namespace dmc {

namespace {

struct Utf8Scan
{
    qint64 multiByte = 0;     // well-formed sequences of 2-4 bytes
    qint64 invalid = 0;       // bytes that start no well-formed sequence
    qint64 firstInvalid = -1; // byte offset
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 size = bytes.size();
    for (qint64 i = 0; i < size;) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        bool ok = length > 0 && i + length <= size;
        for (int k = 1; ok && k < length; ++k)
            ok = (data[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++scan.multiByte;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

qint64 lineAt(const QByteArray &bytes, qint64 offset)
{
    return bytes.left(offset).count('\n') + 1;
}

// The CSV field (1-based) holding the byte at `offset`: delimiters counted outside quotes since
// the record began. Delimiter and quote are ASCII, so this holds in any ASCII-based encoding;
// without a delimiter it is chosen from the header as CsvReader::detectDelimiter does.
int fieldAt(const QByteArray &bytes, qint64 offset, QChar delimiter)
{
    char separator = delimiter.isNull() ? '\0' : char(delimiter.toLatin1());
    if (separator == '\0') {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        bool quoted = false;
        for (const char c : bytes) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
                break;
            else if (!quoted && c == ',')
                ++comma;
            else if (!quoted && c == ';')
                ++semicolon;
            else if (!quoted && c == '\t')
                ++tab;
        }
        separator = tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
    int field = 1;
    bool quoted = false;
    for (qint64 i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            ++field;
        else if (!quoted && c == '\n')
            field = 1;
    }
    return field;
}

// "windows-1251" as a message names it.
QString codePageName(const QString &codePage)
{
    return codePage.isEmpty() ? codePage : codePage.at(0).toUpper() + codePage.mid(1);
}

} // namespace

QString TextDecoder::guessCodePage(const QByteArray &bytes)
{
    // Cyrillic words are runs of bytes >= 0xC0 in Windows-1251; Western accents in 1252 sit
    // one at a time between ASCII letters.
    qint64 high = 0;
    qint64 paired = 0;
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0xC0)
            continue;
        ++high;
        const bool before = i > 0 && static_cast<unsigned char>(bytes.at(i - 1)) >= 0xC0;
        const bool after = i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0xC0;
        if (before || after)
            ++paired;
    }
    return high > 0 && paired * 2 >= high ? QStringLiteral("windows-1251") : QStringLiteral("windows-1252");
}

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes, const QString &encoding,
                                                 const QString &fileName, QChar delimiter)
{
    Decoded decoded;
    const QString wanted = encoding.trimmed().toLower();
    const bool detect = wanted.isEmpty() || wanted == QLatin1String("auto");

    auto decodeWith = [&](const QString &name, const QByteArray &data) -> Result<Decoded> {
        QStringDecoder decoder(name.toLatin1().constData());
        if (!decoder.isValid()) {
            Error error;
            error.kind = Error::Kind::Usage;
            error.message = tr("the encoding \"%1\" is not supported").arg(name);
            return error;
        }
        decoded.text = decoder.decode(data);
        decoded.encoding = name;
        return decoded;
    };

    Result<Decoded> result = Decoded{};
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result = decodeWith(QStringLiteral("UTF-8"), bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE")) {
        result = decodeWith(QStringLiteral("UTF-16LE"), bytes.mid(2));
    } else if (bytes.startsWith("\xFE\xFF")) {
        result = decodeWith(QStringLiteral("UTF-16BE"), bytes.mid(2));
    } else if (!detect && wanted != QLatin1String("utf-8") && wanted != QLatin1String("utf8")) {
        // Valid UTF-8 is UTF-8 whatever the profile names (docs/import-profiles.md): a reps.csv
        // saved by an editor beside a Windows-1251 export. Code-page text is almost never valid UTF-8.
        result = decodeWith(scanUtf8(bytes).invalid == 0 ? QStringLiteral("UTF-8") : encoding.trimmed(), bytes);
    } else {
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.invalid == 0) {
            result = decodeWith(QStringLiteral("UTF-8"), bytes);
        } else if (!detect || scan.multiByte > scan.invalid) {
            // Mostly UTF-8 with stray bytes: two encodings mixed in one file. Or UTF-8 forced by
            // the profile on a file that is mostly something else: say what it looks like.
            // Guessing would garble names silently.
            Error error;
            error.file = fileName;
            error.line = lineAt(bytes, scan.firstInvalid);
            error.column = fieldAt(bytes, scan.firstInvalid, delimiter);
            const QString hex =
                QStringLiteral("%1")
                    .arg(static_cast<unsigned char>(bytes.at(scan.firstInvalid)), 2, 16, QLatin1Char('0'))
                    .toUpper();
            const QString looksLike = codePageName(guessCodePage(bytes));
            if (scan.multiByte == 0)
                error.message =
                    tr("no valid UTF-8 found; the high bytes look like %1: try `\"encoding\": \"auto\"`").arg(looksLike);
            else if (scan.invalid > scan.multiByte)
                error.message = tr("mostly not UTF-8 (%1 invalid bytes, %2 valid sequences, the first invalid "
                                   "byte 0x%3); the high bytes look like %4: try `\"encoding\": \"auto\"`")
                                    .arg(scan.invalid)
                                    .arg(scan.multiByte)
                                    .arg(hex, looksLike);
            else
                error.message = tr("invalid UTF-8 byte 0x%1: the file mixes encodings").arg(hex);
            return error;
        } else {
            const QString codePage = guessCodePage(bytes);
            result = decodeWith(codePage, bytes);
            if (result)
                result->notes << tr("%1: not UTF-8, read as %2").arg(fileName, codePage);
        }
    }
    if (!result)
        return result;

    const qsizetype nuls = result->text.count(QChar(u'\0'));
    if (nuls > 0) {
        result->text.remove(QChar(u'\0'));
        result->notes << tr("%1: %n NUL byte(s) removed", nullptr, int(nuls)).arg(fileName);
    }
    return result;
}

} // namespace dmc
