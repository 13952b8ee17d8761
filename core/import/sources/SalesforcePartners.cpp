#include "SalesforcePartners.h"

#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/profile/ImportProfile.h"
#include "import/Latin1.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <array>

namespace dmc {

namespace {

using latin1::s;

// Salesforce keeps deleted records in an export with IsDeleted set.
bool deleted(const RowReader &row)
{
    const QString value = row.text(s("is_deleted")).toLower();
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// The earlier of two dates, either of which may be unknown: a partner's first registration or
// touch is the earliest the export records.
QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

struct Campaign
{
    QString partnerId; // the partner account the campaign names, or empty
    QDate start;
    bool partner = false; // a partner campaign: its type reads "partner", or it names a partner account
};

// The deal a partner file or influence row names, among those of the opportunities file.
void knownDeal(RowReader &row, const QHash<QString, qint64> &opportunityLines, const QString &opportunitiesFile,
               const QString &deal)
{
    if (row.ok() && !opportunityLines.contains(deal))
        row.fail(s("opportunity_id"), SalesforcePartners::tr("deal \"%1\" is not in %2").arg(deal, opportunitiesFile));
}

} // namespace

void SalesforcePartners::readAccount(RowReader &row, const QString &accountId)
{
    const bool isPartner = row.boolean(s("is_partner"));
    PartnerFacts facts{splitListCell(row.text(s("partner_capabilities"))),
                       splitListCell(row.text(s("partner_segments"))), splitListCell(row.text(s("partner_vehicles")))};
    if (row.ok()
        && (isPartner || !facts.capabilities.isEmpty() || !facts.segments.isEmpty() || !facts.vehicles.isEmpty()))
        m_partnerAccounts.insert(accountId, std::move(facts));
}

void SalesforcePartners::readDealDates(RowReader &row, const QString &opportunityId)
{
    const DealDates dates{row.date(s("partner_registered_date")), row.date(s("partner_first_touch_date"))};
    if (row.ok() && (dates.registered.isValid() || dates.firstTouch.isValid()))
        m_dealDates.insert(opportunityId, dates);
}

Status SalesforcePartners::read(ImportSession &session, const std::vector<Opportunity> &opportunities,
                                const QHash<QString, qint64> &opportunityLines, const QString &opportunitiesFile,
                                const std::vector<Account> &accounts, PlayRecords &records)
{
    if (Status read = readPartnerFiles(session, opportunityLines, opportunitiesFile); !read)
        return read;
    if (const int overruled = addOpportunityPrimaries(opportunities, opportunitiesFile); overruled > 0)
        session.addNote(tr("%n deal(s) with another primary partner in the partner files than on the opportunity: "
                           "the partner files' is read",
                           nullptr, overruled));
    if (const int undated = placeDealDates(); undated > 0)
        session.addNote(tr("%n deal(s) with partner dates but neither a primary nor a single partner: "
                           "their partner dates are not read",
                           nullptr, undated));
    if (Status read = readCampaignTouches(session, opportunityLines, opportunitiesFile); !read)
        return read;
    storePartners(session, accounts, records);
    return Done{};
}

void SalesforcePartners::add(OpportunityPartner link)
{
    // The same partner on the same deal twice (Partner.csv and OpportunityPartner.csv list the
    // same records) is one row: primary when either says so, the earliest dates.
    const QString key = link.opportunityId + u'|' + link.partnerId;
    if (const auto it = m_linkOf.constFind(key); it != m_linkOf.constEnd()) {
        OpportunityPartner &known = m_links[*it];
        known.isPrimary = known.isPrimary || link.isPrimary;
        if (known.role.isEmpty())
            known.role = link.role;
        known.registeredDate = earlier(known.registeredDate, link.registeredDate);
        known.firstTouchDate = earlier(known.firstTouchDate, link.firstTouchDate);
        return;
    }
    m_linkOf.insert(key, m_links.size());
    m_linksOfDeal[link.opportunityId].push_back(m_links.size());
    m_links.push_back(std::move(link));
}

qsizetype SalesforcePartners::dealPartner(const QString &deal) const
{
    if (const auto it = m_primaryOf.constFind(deal); it != m_primaryOf.constEnd())
        return qsizetype(m_linkOf.value(deal + u'|' + it->partnerId));
    const QList<size_t> of = m_linksOfDeal.value(deal);
    return of.size() == 1 ? qsizetype(of.front()) : -1;
}

// Partner.csv, then OpportunityPartner.csv.
Status SalesforcePartners::readPartnerFiles(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                                            const QString &opportunitiesFile)
{
    for (const char *name : std::array{"partner_relations", "opportunity_partners"}) {
        auto table = session.table(s(name), false);
        if (!table)
            return table.error();
        if (!*table)
            continue;
        // Partner.csv also holds partnerships between two accounts, without a deal: not read.
        const bool accountPartnerships = qstrcmp(name, "partner_relations") == 0;
        const QString fileName = (*table)->fileName;
        RowReader row(**table, session.profile(), s(name));
        if (auto missing = row.missingColumn({s("opportunity_id"), s("partner_id")}))
            return *missing;
        if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                if (deleted(row) || (accountPartnerships && row.id(s("opportunity_id")).isEmpty()))
                    return;
                OpportunityPartner link;
                link.opportunityId = row.required(s("opportunity_id"));
                link.partnerId = row.required(s("partner_id"));
                link.role = row.text(s("role"));
                link.isPrimary = row.boolean(s("is_primary"));
                link.registeredDate = row.date(s("registered_date"));
                link.firstTouchDate = row.date(s("first_touch_date"));
                knownDeal(row, opportunityLines, opportunitiesFile, link.opportunityId);
                if (row.ok() && link.isPrimary) {
                    const auto it = m_primaryOf.constFind(link.opportunityId);
                    if (it == m_primaryOf.constEnd())
                        m_primaryOf.insert(link.opportunityId, {link.partnerId, fileName, row.line()});
                    else if (it->partnerId != link.partnerId)
                        row.fail(s("is_primary"),
                                 tr("deal \"%1\" has another primary partner, \"%2\" (%3, line %4)")
                                     .arg(link.opportunityId, it->partnerId, it->file)
                                     .arg(it->line));
                }
                if (row.ok())
                    add(std::move(link));
            }))
            return *error;
    }
    return Done{};
}

// The opportunity's PrimaryPartnerAccountId: the deal's primary partner unless a partner file
// names another. Returns the deals where one does.
int SalesforcePartners::addOpportunityPrimaries(const std::vector<Opportunity> &opportunities,
                                                const QString &opportunitiesFile)
{
    int overruled = 0;
    for (const Opportunity &deal : opportunities) {
        if (deal.partner.isEmpty())
            continue;
        if (const auto it = m_primaryOf.constFind(deal.id); it != m_primaryOf.constEnd()) {
            overruled += it->partnerId != deal.partner ? 1 : 0;
            continue;
        }
        add(OpportunityPartner{deal.id, deal.partner, {}, true, {}, {}});
        m_primaryOf.insert(deal.id, {deal.partner, opportunitiesFile, 0});
    }
    return overruled;
}

// The opportunity's partner date fields onto the deal's primary or only partner row. Returns the
// deals with dates and no such row.
int SalesforcePartners::placeDealDates()
{
    int undated = 0;
    for (auto it = m_dealDates.constBegin(); it != m_dealDates.constEnd(); ++it) {
        const qsizetype at = dealPartner(it.key());
        if (at < 0) {
            ++undated;
            continue;
        }
        OpportunityPartner &link = m_links[size_t(at)];
        link.registeredDate = earlier(link.registeredDate, it->registered);
        link.firstTouchDate = earlier(link.firstTouchDate, it->firstTouch);
    }
    return undated;
}

// CampaignInfluence.csv with Campaign.csv: a partner campaign that influenced a deal is a touch of
// its partner on the deal at the campaign's start date.
Status SalesforcePartners::readCampaignTouches(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                                               const QString &opportunitiesFile)
{
    const ImportProfile &profile = session.profile();
    auto campaigns = session.table(s("campaigns"), false);
    if (!campaigns)
        return campaigns.error();
    auto influence = session.table(s("campaign_influence"), false);
    if (!influence)
        return influence.error();
    if (!*influence)
        return Done{};
    const QString influenceFile = (*influence)->fileName;
    if (!*campaigns) {
        session.addNote(tr("%1 is not read without %2, which gives the campaigns' types and partners")
                            .arg(influenceFile, profile.fileNames(s("campaigns")).value(0)));
        return Done{};
    }
    QHash<QString, Campaign> campaignOf;
    QHash<QString, qint64> campaignLines;
    QSet<QString> deletedCampaigns;
    const QString campaignsFile = (*campaigns)->fileName;
    {
        RowReader row(**campaigns, profile, s("campaigns"));
        if (auto missing = row.missingColumn({s("id")}))
            return *missing;
        if (auto error = session.forEachRow(**campaigns, row, [&](const CsvTable::Row &) {
                if (deleted(row)) {
                    deletedCampaigns.insert(row.text(s("id")));
                    return;
                }
                const QString id = row.required(s("id"));
                Campaign campaign;
                const QString type = profile.valueFor(s("campaigns"), s("type"), row.text(s("type"))).toLower();
                campaign.partnerId = row.id(s("partner_id"));
                campaign.start = row.date(s("start_date"));
                campaign.partner = type == QLatin1String("partner") || !campaign.partnerId.isEmpty();
                if (const auto it = campaignLines.constFind(id); row.ok() && it != campaignLines.constEnd())
                    row.fail(s("id"), tr("campaign \"%1\" is listed twice (first on line %2)").arg(id).arg(*it));
                if (row.ok()) {
                    campaignLines.insert(id, row.line());
                    campaignOf.insert(id, campaign);
                }
            }))
            return *error;
    }
    // Credited against the partner rows as they stand before any touch is added, so the rows'
    // order in the file does not matter.
    std::vector<OpportunityPartner> touches;
    int uncredited = 0;
    RowReader row(**influence, profile, s("campaign_influence"));
    if (auto missing = row.missingColumn({s("opportunity_id"), s("campaign_id")}))
        return *missing;
    if (auto error = session.forEachRow(**influence, row, [&](const CsvTable::Row &) {
            if (deleted(row))
                return;
            const QString deal = row.required(s("opportunity_id"));
            const QString id = row.required(s("campaign_id"));
            knownDeal(row, opportunityLines, opportunitiesFile, deal);
            if (!row.ok() || deletedCampaigns.contains(id))
                return;
            const auto campaign = campaignOf.constFind(id);
            if (campaign == campaignOf.constEnd()) {
                row.fail(s("campaign_id"), tr("campaign \"%1\" is not in %2").arg(id, campaignsFile));
                return;
            }
            if (!campaign->partner || !campaign->start.isValid())
                return;
            QString partner = campaign->partnerId;
            if (partner.isEmpty()) {
                const qsizetype at = dealPartner(deal);
                if (at < 0) {
                    ++uncredited;
                    return;
                }
                partner = m_links[size_t(at)].partnerId;
            }
            touches.push_back(OpportunityPartner{deal, partner, {}, false, {}, campaign->start});
        }))
        return *error;
    for (OpportunityPartner &touch : touches)
        add(std::move(touch));
    if (uncredited > 0)
        session.addNote(tr("%n %1 row(s) on partner campaigns naming no partner account, on deals with "
                           "neither a primary nor a single partner: not read",
                           nullptr, uncredited)
                            .arg(influenceFile));
    return Done{};
}

// The rows into the records, with one partner per partner account named from Account.csv: those
// on a deal, then the accounts marked as partners that are on none.
void SalesforcePartners::storePartners(ImportSession &session, const std::vector<Account> &accounts,
                                       PlayRecords &records)
{
    QHash<QString, QString> nameOf;
    for (const Account &account : accounts)
        nameOf.insert(account.id, account.name);
    QStringList partnerIds;
    QSet<QString> listed;
    for (const OpportunityPartner &link : m_links) {
        if (!listed.contains(link.partnerId))
            partnerIds << link.partnerId;
        listed.insert(link.partnerId);
    }
    QStringList onNoDeal;
    for (auto it = m_partnerAccounts.constBegin(); it != m_partnerAccounts.constEnd(); ++it)
        if (!listed.contains(it.key()))
            onNoDeal << it.key();
    onNoDeal.sort();
    partnerIds << onNoDeal;
    QStringList unnamed;
    for (const QString &id : std::as_const(partnerIds)) {
        Partner partner;
        partner.id = id;
        partner.name = nameOf.value(id);
        if (partner.name.isEmpty()) {
            partner.name = id;
            unnamed << id;
        }
        const PartnerFacts facts = m_partnerAccounts.value(id);
        partner.capabilities = facts.capabilities;
        partner.segments = facts.segments;
        partner.vehicles = facts.vehicles;
        records.partners.push_back(std::move(partner));
    }
    for (OpportunityPartner &link : m_links)
        records.opportunityPartners.push_back(std::move(link));
    m_links.clear();
    if (!unnamed.isEmpty())
        session.addNote(
            tr("partner accounts not in %1, shown by their id: %2")
                .arg(session.profile().fileNames(s("accounts")).value(0), unnamed.join(QLatin1String(", "))));
}

} // namespace dmc
