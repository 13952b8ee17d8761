#pragma once

#include "domain/Account.h"
#include "domain/Error.h"
#include "domain/Opportunity.h"
#include "domain/PlayRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

class ImportSession;
class RowReader;

// The partners on a Salesforce export's deals (docs/import-profiles.md#partners-from-salesforce):
// Partner.csv and OpportunityPartner.csv (the partner is the AccountToId account), the
// opportunity's PrimaryPartnerAccountId and partner date fields, and the partner campaigns of
// CampaignInfluence.csv with Campaign.csv, each optional. They become the canonical
// opportunity_partners rows, and one partner row per partner account, named from Account.csv
// (also for a partner account on no deal, so the partner shortlist can list it).
class SalesforcePartners
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SalesforcePartners)

public:
    // While Account.csv is read, after the row's other checks: whether the account is a partner
    // (IsPartner) and the capabilities, segments and contract vehicles it records (multi-select
    // picklists, "a;b"), kept when the row is still ok.
    void readAccount(RowReader &row, const QString &accountId);
    // While Opportunity.csv is read, after the row's other checks: the deal's partner dates
    // (custom fields, when the profile maps them), kept when the row is still ok.
    void readDealDates(RowReader &row, const QString &opportunityId);

    // The partner files, once the deals and accounts are read (once per import). opportunitiesFile
    // names the deals' file in messages.
    Status read(ImportSession &session, const std::vector<Opportunity> &opportunities,
                const QHash<QString, qint64> &opportunityLines, const QString &opportunitiesFile,
                const std::vector<Account> &accounts, PlayRecords &records);

private:
    struct DealDates
    {
        QDate registered;
        QDate firstTouch;
    };
    struct PartnerFacts
    {
        QStringList capabilities;
        QStringList segments;
        QStringList vehicles;
    };
    // A deal's primary partner and where it was read, for the message naming a second one.
    struct PrimaryRow
    {
        QString partnerId;
        QString file;
        qint64 line = 0;
    };

    // The steps of read(), in this order; each count returned goes into a note.
    Status readPartnerFiles(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                            const QString &opportunitiesFile);
    int addOpportunityPrimaries(const std::vector<Opportunity> &opportunities, const QString &opportunitiesFile);
    int placeDealDates();
    Status readCampaignTouches(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                               const QString &opportunitiesFile);
    void storePartners(ImportSession &session, const std::vector<Account> &accounts, PlayRecords &records);

    // Adds a deal's partner row, or merges it into the row of the same deal and partner.
    void add(OpportunityPartner link);
    // The row a deal's own partner facts belong to: its primary partner, else its only partner; -1 for none.
    qsizetype dealPartner(const QString &deal) const;

    QHash<QString, DealDates> m_dealDates;
    QHash<QString, PartnerFacts> m_partnerAccounts; // accounts that are partners, whether on a deal or not
    std::vector<OpportunityPartner> m_links;
    QHash<QString, size_t> m_linkOf;             // "deal|partner" -> index in m_links
    QHash<QString, QList<size_t>> m_linksOfDeal; // deal -> indexes in m_links
    QHash<QString, PrimaryRow> m_primaryOf;      // deal -> its primary partner
};

} // namespace dmc
