#include "DemoPlays.h"

#include "DemoNames.h"
#include "DemoRandom.h"

#include <QHash>

#include <array>

namespace dmc {

namespace {

struct PartnerAttributes
{
    const char *capabilities;
    const char *segments;
    const char *vehicles;
};

// In the order of DemoNames::partnerNames().
constexpr std::array partnerAttributes{
    PartnerAttributes{"Implementation; Security review", "Enterprise; Mid-Market", "GSA"},
    PartnerAttributes{"Change management; Training", "Enterprise", ""},
    PartnerAttributes{"Integration; Data migration", "Mid-Market; SMB", "NASPO"},
    PartnerAttributes{"Integration; Implementation", "Enterprise", ""},
    PartnerAttributes{"Compliance; Security review", "Enterprise; Mid-Market", "GSA; NASPO"},
};

struct StepText
{
    const char *id;
    const char *title;
    int stage; // 1 Qualified .. 4 Negotiation
    TaskRole role;
};

constexpr std::array regulatedSteps{
    StepText{"REG-1", "Compliance owner named", 1, TaskRole::AE},
    StepText{"REG-2", "Mutual plan agreed", 2, TaskRole::AE},
    StepText{"REG-3", "Security review booked", 3, TaskRole::SE},
    StepText{"REG-4", "Procurement path confirmed", 4, TaskRole::AE},
};
constexpr std::array expansionSteps{
    StepText{"EXP-1", "Executive sponsor meeting", 1, TaskRole::AE},
    StepText{"EXP-2", "Value case shared", 2, TaskRole::SE},
    StepText{"EXP-3", "Rollout plan agreed", 3, TaskRole::CS},
};
constexpr std::array stageNames{"Lead", "Qualified", "Discovery", "Proposal", "Negotiation"};
constexpr std::array regulatedArtifacts{"soc2", "iso27001", "security_questionnaire"};

quint64 playSeed(const QString &id)
{
    quint64 seed = 14695981039346656037ULL ^ 0x706c6179ULL; // FNV-1a over the id, salted "play"
    for (QChar c : id)
        seed = (seed ^ c.unicode()) * 1099511628211ULL;
    return seed;
}

QStringList list(const char *cell)
{
    return splitListCell(QLatin1String(cell));
}

// The highest stage index (0 Lead .. 4 Negotiation) a deal has reached; a won deal all of them,
// a lost one a stage drawn from its seed.
int reachedStage(const Opportunity &deal, DemoRandom &random)
{
    for (int s = 0; s < int(stageNames.size()); ++s)
        if (deal.stage == QLatin1String(stageNames[size_t(s)]))
            return s;
    if (deal.stage == QLatin1String("Closed Won"))
        return 4;
    return random.range(0, 3);
}

QDate notAfter(const QDate &date, const QDate &limit)
{
    return date.isValid() && date > limit ? QDate() : date;
}

} // namespace

PlayRecords DemoPlays::build(const std::vector<Opportunity> &opportunities, const std::vector<Account> &accounts,
                             QDate asOf)
{
    PlayRecords records;
    const QStringList names = DemoNames::partnerNames();
    QHash<QString, QString> partnerIdOf;
    for (int i = 0; i < names.size(); ++i) {
        const PartnerAttributes &a = partnerAttributes[size_t(i) % partnerAttributes.size()];
        const QString id = QStringLiteral("PTR-%1").arg(i + 1);
        records.partners.push_back(Partner{id, names[i], list(a.capabilities), list(a.segments), list(a.vehicles)});
        partnerIdOf.insert(names[i], id);
    }

    Play regulated;
    regulated.id = QStringLiteral("regulated");
    regulated.name = QStringLiteral("Regulated industries");
    regulated.industries = list("Healthcare; Financial Services; Insurance; Life Sciences; Energy");
    regulated.types = {QStringLiteral("new")};
    regulated.minAmount = Cents(50000) * 100;
    regulated.capabilities = list("Compliance; Security review; Implementation");
    regulated.vehicles = list("GSA");
    regulated.artifacts = list("soc2; iso27001; security_questionnaire");
    regulated.artifactStage = QStringLiteral("Discovery");
    Play expansion;
    expansion.id = QStringLiteral("expansion");
    expansion.name = QStringLiteral("Enterprise expansion");
    expansion.segments = {QStringLiteral("Enterprise")};
    expansion.types = {QStringLiteral("expansion")};
    expansion.capabilities = list("Change management; Integration");
    records.plays = {expansion, regulated};
    for (const StepText &step : expansionSteps)
        records.steps.push_back(PlayStep{QLatin1String(step.id), expansion.id, QLatin1String(step.title),
                                         QLatin1String(stageNames[size_t(step.stage)])});
    for (const StepText &step : regulatedSteps)
        records.steps.push_back(PlayStep{QLatin1String(step.id), regulated.id, QLatin1String(step.title),
                                         QLatin1String(stageNames[size_t(step.stage)])});

    QHash<QString, const Account *> accountOf;
    for (const Account &account : accounts)
        accountOf.insert(account.id, &account);

    for (const Opportunity &deal : opportunities) {
        if (!deal.createdDate.isValid())
            continue;
        DemoRandom random(playSeed(deal.id));
        const QDate created = deal.createdDate;
        const QDate close = deal.closeDate.isValid() ? deal.closeDate : asOf.addDays(60);
        const bool open = deal.stage != QLatin1String("Closed Won") && deal.stage != QLatin1String("Closed Lost");

        // --- the partner the deal's partner column names, dated
        if (const QString partner = partnerIdOf.value(deal.partner); !partner.isEmpty()) {
            OpportunityPartner link;
            link.opportunityId = deal.id;
            link.partnerId = partner;
            link.isPrimary = true;
            if (deal.source == QLatin1String("Partner")) {
                link.role = QStringLiteral("Reseller");
                link.registeredDate = created.addDays(-random.range(3, 30));
                link.firstTouchDate = link.registeredDate.addDays(-random.range(0, 10));
            } else if (random.chance(0.85)) {
                link.role = QStringLiteral("Influencer");
                link.firstTouchDate = notAfter(created.addDays(random.range(5, 60)), std::min(asOf, close));
            } else {
                link.role = QStringLiteral("Referral");
            }
            records.opportunityPartners.push_back(link);
        }

        const Account *account = accountOf.value(deal.accountId);
        if (!account)
            continue;
        const bool isRegulated = regulated.industries.contains(account->industry) && deal.type == DealType::New
            && deal.amount.value_or(0) >= *regulated.minAmount;
        const bool isExpansion = account->segment == QLatin1String("Enterprise") && deal.type == DealType::Expansion;
        if (!isRegulated && !isExpansion)
            continue;
        const int reached = reachedStage(deal, random);

        // --- a task for each step due by the deal's stage, most of them done
        auto addSteps = [&](const auto &steps) {
            for (const StepText &step : steps) {
                if (step.stage > reached)
                    continue;
                DealTask task;
                task.id = deal.id + u'-' + QLatin1String(step.id);
                task.opportunityId = deal.id;
                task.ownerRole = step.role;
                task.title = QLatin1String(step.title);
                task.stepId = QLatin1String(step.id);
                task.due = notAfter(created.addDays(12 * step.stage + random.range(0, 10)), close);
                if (!task.due.isValid())
                    task.due = close;
                if (random.chance(0.8))
                    task.done = notAfter(task.due.addDays(random.range(-6, 8)), asOf);
                records.tasks.push_back(task);
            }
        };
        if (isRegulated)
            addSteps(regulatedSteps);
        if (isExpansion)
            addSteps(expansionSteps);

        // --- compliance artifacts of the regulated play, from Qualified on
        if (isRegulated && reached >= 1) {
            for (const char *artifact : regulatedArtifacts) {
                if (random.chance(0.12))
                    continue; // no row yet
                ComplianceRecord record;
                record.opportunityId = deal.id;
                record.artifact = QLatin1String(artifact);
                if (random.chance(0.08)) {
                    record.status = ArtifactStatus::NotRequired;
                } else {
                    record.started = notAfter(created.addDays(random.range(4, 70)), asOf);
                    if (!record.started.isValid()) {
                        record.status = ArtifactStatus::NotStarted;
                    } else {
                        record.done = notAfter(record.started.addDays(random.range(15, 60)), asOf);
                        record.status = record.done.isValid() ? ArtifactStatus::Done : ArtifactStatus::InProgress;
                    }
                }
                records.compliance.push_back(record);
            }
        }

        // --- on some open deals, a chain across partner, SE and AE towards the close
        if (open && reached >= 2 && close >= asOf && random.chance(0.45)) {
            const std::array<std::pair<TaskRole, const char *>, 3> chain{std::pair{TaskRole::Partner,
                                                                                   "Partner quote received"},
                                                                         std::pair{TaskRole::SE,
                                                                                   "Technical validation signed off"},
                                                                         std::pair{TaskRole::AE, "Order form sent"}};
            QString previous;
            QDate due = asOf.addDays(random.range(-10, 6));
            for (size_t k = 0; k < chain.size(); ++k) {
                DealTask task;
                task.id = deal.id + QStringLiteral("-C%1").arg(k + 1);
                task.opportunityId = deal.id;
                task.ownerRole = chain[k].first;
                task.title = QLatin1String(chain[k].second);
                task.due = due;
                task.dependsOn = previous;
                records.tasks.push_back(task);
                previous = task.id;
                due = due.addDays(random.range(7, 24));
            }
        }
    }
    return records;
}

} // namespace dmc
