#include "SqlTextScanner.h"

#include <QRegularExpression>

namespace {

bool isSql(const QString &literal)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|PRAGMA|ALTER|DROP|"
                       "BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM|ATTACH|ANALYZE|REINDEX)\\b"));
    return words.match(literal).hasMatch();
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QList<SqlTextScanner::Hit> SqlTextScanner::scan(const QString &source)
{
    QList<Hit> hits;
    int line = 1;
    const qsizetype size = source.size();
    qsizetype i = 0;
    auto advance = [&](qsizetype to) {
        for (; i < to && i < size; ++i)
            if (source.at(i) == u'\n')
                ++line;
    };
    while (i < size) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < size ? source.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            const qsizetype end = source.indexOf(u'\n', i);
            advance(end < 0 ? size : end);
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            advance(end < 0 ? size : end + 2);
        } else if (c == u'R' && next == u'"'
                   && (i == 0 || !isIdentifierChar(source.at(i - 1)) || source.at(i - 1) == u'u'
                       || source.at(i - 1) == u'8' || source.at(i - 1) == u'L' || source.at(i - 1) == u'U')) {
            // R"delimiter( ... )delimiter"
            const qsizetype open = source.indexOf(u'(', i + 2);
            if (open < 0)
                break;
            const QString close = u')' + source.mid(i + 2, open - i - 2) + u'"';
            const qsizetype end = source.indexOf(close, open + 1);
            const int startLine = line;
            const QString literal = source.mid(open + 1, (end < 0 ? size : end) - open - 1);
            if (isSql(literal))
                hits.append({startLine, literal});
            advance(end < 0 ? size : end + close.size());
        } else if (c == u'"') {
            const int startLine = line;
            QString literal;
            qsizetype j = i + 1;
            for (; j < size && source.at(j) != u'"' && source.at(j) != u'\n'; ++j) {
                if (source.at(j) == u'\\' && j + 1 < size)
                    literal += source.at(j++);
                literal += source.at(j);
            }
            if (isSql(literal))
                hits.append({startLine, literal});
            advance(j + 1);
        } else if (c == u'\'' && !(i > 0 && source.at(i - 1).isDigit())) {
            // A character literal ('"', '\''); a quote after a digit is a digit separator (1'000).
            qsizetype j = i + 1;
            for (; j < size && source.at(j) != u'\'' && source.at(j) != u'\n'; ++j)
                if (source.at(j) == u'\\')
                    ++j;
            advance(j + 1);
        } else {
            advance(i + 1);
        }
    }
    return hits;
}
