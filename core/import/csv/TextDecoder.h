#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dmc {

// Turns the bytes of an export into text: BOM (UTF-8, UTF-16LE/BE), valid UTF-8, or a Windows
// code page (1251 for Cyrillic, 1252 otherwise, or the one the profile names). NUL bytes are
// dropped with a note. Fails (BadInput, with line and column) on a UTF-8 file with stray invalid
// bytes, and on a file the profile calls UTF-8 that is mostly not, naming the code page its
// high bytes look like.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(dmc::TextDecoder)

public:
    struct Decoded
    {
        QString text;
        QString encoding;  // "UTF-8", "UTF-16LE", "windows-1251", ...
        QStringList notes; // translated remarks (NULs dropped, code page guessed)
    };

    // `encoding`: "auto" (or empty) to detect, else a codec name ("utf-8", "windows-1251", ...).
    // `delimiter` (null: detected like CsvReader does) places an error's column (field number).
    static Result<Decoded> decode(const QByteArray &bytes, const QString &encoding, const QString &fileName,
                                  QChar delimiter = QChar());

    // Windows-1251 when high bytes come in runs (Cyrillic words), else Windows-1252.
    static QString guessCodePage(const QByteArray &bytes);
};

} // namespace dmc
