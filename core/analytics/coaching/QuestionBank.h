#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

// The question templates of :/coaching/question-bank.json (docs/definitions.md#beliefs-and-questions):
// diagnostic, forcing-function and accountability questions in English and Russian, with
// placeholders ({deal}, {account}, {close_date}, {amount}, {stage}, {days}, {element})
// filled from a deal's facts.
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(dmc::QuestionBank)

public:
    enum class Kind : quint8 { Diagnostic, ForcingFunction, Accountability };

    struct Question
    {
        QString id;
        Kind kind = Kind::Diagnostic;
        QStringList rules; // asked for deals flagged by these rules; empty = any flagged deal
        QString english;
        QString russian;
    };

    // The embedded bank (parsed once). Empty only if the resource is broken (a test guards it).
    static const QuestionBank &shipped();
    static Result<QuestionBank> fromJson(const QByteArray &json, const QString &source);

    const std::vector<Question> &questions() const { return m_questions; }
    // The questions for a deal flagged by `ruleIds`: rule-specific ones first, then general ones.
    std::vector<const Question *> questionsFor(const QStringList &ruleIds) const;

    // The template in `language` ("ru" or anything else = English) with {name} replaced by
    // values[name]; a placeholder without a value is left as it is.
    static QString fill(const Question &question, const QString &language, const QMap<QString, QString> &values);

    static QStringList placeholders();  // the names allowed between braces
    static QString kindKey(Kind kind);  // "diagnostic" | "forcing_function" | "accountability"
    static QString kindName(Kind kind); // translated

private:
    std::vector<Question> m_questions;
};

} // namespace dmc
