#pragma once

#include "store/TermLabel.h"

#include <QHash>
#include <QString>

#include <vector>

namespace dmc {

// The labels of CRM words in the open database's glossary (store/TermLabelStore), and the one
// place generated text turns a stage name into what the current language shows: the label for
// that language when the glossary has one, else the name as the CRM writes it. JSON and CSV
// keep the CRM's name.
//
// One set per process, installed by the load sequence (workspace/EngineLoader) for the
// database it read; text is composed on several threads, so the set is guarded.
class TermLabels
{
public:
    TermLabels() = default;
    explicit TermLabels(const std::vector<TermLabel> &labels);

    // The label of `term` in `language`, or an empty string when the glossary has none.
    QString label(const QString &kind, const QString &term, const QString &language) const;

    static void install(TermLabels labels);
    static TermLabels installed();
    // A stage name as the current language shows it ("Negotiation" -> "Переговоры" in Russian).
    static QString stage(const QString &crmName);

private:
    static QString key(const QString &kind, const QString &term, const QString &language);

    QHash<QString, QString> m_labels;
};

} // namespace dmc
