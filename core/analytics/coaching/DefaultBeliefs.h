#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

// The default belief stack for a deal (docs/definitions.md#beliefs-and-questions) from
// :/coaching/beliefs.json: six beliefs in order, in English and Russian.
class DefaultBeliefs
{
public:
    struct Belief
    {
        QString english;
        QString russian;
        QString text(const QString &language) const { return language == QLatin1String("ru") ? russian : english; }
    };

    static const std::vector<Belief> &all();
};

} // namespace dmc
