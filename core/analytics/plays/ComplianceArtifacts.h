#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

class Database;

// The compliance artifacts a deal may need, as data (docs/definitions.md#compliance-in-parallel):
// the shipped list in :/plays/compliance-artifacts.json (FedRAMP, StateRAMP, ATO, VPAT, SOC 2,
// ISO 27001, security questionnaire), the database's own in the setting `compliance_artifacts`
// (the same format; an artifact it lists replaces the shipped one of the same id or is added).
class ComplianceArtifacts
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ComplianceArtifacts)

public:
    struct Artifact
    {
        QString id;   // the key compliance.csv and plays.csv use
        QString name; // as written in the list
    };

    static inline const QString SettingKey = QStringLiteral("compliance_artifacts");

    ComplianceArtifacts();

    static Result<ComplianceArtifacts> load(const Database &database);
    Status merge(const QByteArray &json, const QString &source);

    const std::vector<Artifact> &artifacts() const { return m_artifacts; }
    // The list's position of an id (unknown ids after the list, by id).
    int orderOf(const QString &id) const;
    // The name a person reads: the shipped names in the current language, a database's as written,
    // an id the list lacks as it is.
    QString label(const QString &id) const;

private:
    std::vector<Artifact> m_artifacts;
};

} // namespace dmc
