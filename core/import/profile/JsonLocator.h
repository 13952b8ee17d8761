#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace dmc {

// Where each key and element of a JSON text is (line and column), by the path a message shows
// ("stages[3].won"), and which keys an object repeats: nlohmann keeps no positions and silently
// keeps the last of two equal keys. Meant for text nlohmann has already parsed.
class JsonLocator
{
public:
    struct Position
    {
        qint64 line = 0; // 1-based; 0 when unknown
        int column = 0;  // 1-based, in characters
    };
    struct Duplicate
    {
        QString path; // the repeated member
        Position at;  // its second (or later) occurrence
        Position first;
    };

    explicit JsonLocator(const QByteArray &json);

    // A member's key, an element's value, the root's first character; {} for an unknown path.
    Position find(const QString &path) const { return m_positions.value(path); }
    const std::vector<Duplicate> &duplicates() const { return m_duplicates; }

    // Paths as messages show them: `name`, `files.opportunities`, `stages[3].won`,
    // `categories["Best Case"]` (a key that is not a plain word is quoted).
    static QString member(const QString &parent, const QString &key);
    static QString element(const QString &parent, qsizetype index);
    // The line and column of a byte offset (0-based) in `json`.
    static Position positionAt(const QByteArray &json, qsizetype offset);

private:
    QHash<QString, Position> m_positions;
    std::vector<Duplicate> m_duplicates;
};

} // namespace dmc
