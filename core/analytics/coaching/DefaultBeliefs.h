#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

// The default belief stack for a deal (docs/definitions.md#beliefs-and-questions) from
// :/coaching/beliefs.json: six beliefs in order, each with a stable key and its English and
// Russian text. A rating stores the key; the text is looked up in the language of the moment.
class DefaultBeliefs
{
public:
    struct Belief
    {
        QString key; // approach_ceiling, cost_of_inaction, ...
        QString english;
        QString russian;
        QString text(const QString &language) const { return language == QLatin1String("ru") ? russian : english; }
    };

    static const std::vector<Belief> &all();
    // The belief a stored value names: its key, or (ratings stored before keys) its English or
    // Russian text; nullptr for any other wording, which is shown as stored.
    static const Belief *find(const QString &stored);
};

} // namespace dmc
