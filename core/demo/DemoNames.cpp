#include "DemoNames.h"

#include "DemoRandom.h"

#include <QSet>

#include <array>

namespace dmc::DemoNames {

namespace {

// ASCII lists on purpose: the demo is the same bytes everywhere.
constexpr std::array firstNames{"Olivia",   "Liam",   "Emma",    "Noah",   "Ava",    "Ethan",  "Sophia", "Mason",
                                "Isabella", "Lucas",  "Mia",     "Logan",  "Amelia", "James",  "Harper", "Daniel",
                                "Evelyn",   "Henry",  "Abigail", "Jack",   "Emily",  "Samuel", "Elena",  "David",
                                "Priya",    "Raj",    "Mei",     "Wei",    "Carlos", "Lucia",  "Omar",   "Fatima",
                                "Kenji",    "Yuki",   "Andre",   "Chloe",  "Marcus", "Nadia",  "Victor", "Grace",
                                "Tomas",    "Ingrid", "Diego",   "Sofia",  "Kwame",  "Amara",  "Hannah", "Ryan",
                                "Leah",     "Nathan", "Zoe",     "Julian", "Aisha",  "Felix",  "Maya",   "Owen",
                                "Clara",    "Isaac",  "Naomi",   "Caleb"};
constexpr std::array lastNames{"Anderson", "Bennett",  "Carter",   "Diaz",      "Edwards",   "Fischer",  "Garcia",
                               "Hughes",   "Ito",      "Jensen",   "Kim",       "Lopez",     "Morgan",   "Nguyen",
                               "Okafor",   "Patel",    "Quinn",    "Reyes",     "Schmidt",   "Turner",   "Underwood",
                               "Vasquez",  "Walsh",    "Xu",       "Young",     "Zimmerman", "Brooks",   "Chen",
                               "Dubois",   "Ellis",    "Foster",   "Gupta",     "Hayes",     "Iverson",  "Johansson",
                               "Khan",     "Larsen",   "Mendez",   "Novak",     "Ortiz",     "Park",     "Rossi",
                               "Sato",     "Tanaka",   "Vogel",    "Ward",      "Yilmaz",    "Alvarez",  "Barnes",
                               "Coleman",  "Dalton",   "Fleming",  "Gallagher", "Holt",      "Kowalski", "Lindqvist",
                               "Moreau",   "Nakamura", "Oliveira", "Price"};
constexpr std::array districts{"Boston",       "New York",    "Philadelphia",   "Atlanta",     "Miami",
                               "Chicago",      "Detroit",     "Minneapolis",    "Dallas",      "Houston",
                               "Denver",       "Phoenix",     "Seattle",        "Portland",    "San Francisco",
                               "Los Angeles",  "San Diego",   "Toronto",        "Vancouver",   "Montreal",
                               "Charlotte",    "Nashville",   "Austin",         "Columbus",    "Pittsburgh",
                               "St. Louis",    "Kansas City", "Salt Lake City", "Sacramento",  "Raleigh",
                               "Tampa",        "Orlando",     "Baltimore",      "Cleveland",   "Cincinnati",
                               "Indianapolis", "Milwaukee",   "Omaha",          "Albuquerque", "Las Vegas",
                               "Boise",        "Anchorage",   "Honolulu",       "Richmond",    "Hartford",
                               "Providence",   "Buffalo",     "Memphis",        "Louisville",  "New Orleans"};
constexpr std::array regions{"East",   "Central", "West",     "South", "North",
                             "Canada", "Pacific", "Mountain", "Gulf",  "Great Lakes"};
constexpr std::array companyPrefixes{"Northwind",   "Bluepeak",   "Cedar",      "Harbor",   "Summit",    "Ironwood",
                                     "Lakeshore",   "Redline",    "Silverline", "Granite",  "Evergreen", "Brightwater",
                                     "Keystone",    "Pinecrest",  "Meridian",   "Horizon",  "Atlas",     "Beacon",
                                     "Copperfield", "Driftwood",  "Falcon",     "Glacier",  "Highland",  "Juniper",
                                     "Kestrel",     "Lighthouse", "Maple",      "Oakridge", "Pioneer",   "Quarry",
                                     "Riverbend",   "Sterling",   "Tidewater",  "Vantage",  "Westbrook", "Zephyr",
                                     "Aurora",      "Crescent",   "Bramble",    "Saltmarsh"};
struct Suffix
{
    const char *name;
    const char *industry;
};
constexpr std::array<Suffix, 20> companySuffixes{{{"Logistics", "Transportation"},
                                                  {"Health Systems", "Healthcare"},
                                                  {"Manufacturing", "Manufacturing"},
                                                  {"Financial", "Financial Services"},
                                                  {"Foods", "Consumer Products"},
                                                  {"Energy", "Energy"},
                                                  {"Retail", "Retail"},
                                                  {"Labs", "Life Sciences"},
                                                  {"Media", "Media"},
                                                  {"Insurance", "Insurance"},
                                                  {"Software", "Technology"},
                                                  {"Freight", "Transportation"},
                                                  {"Pharma", "Life Sciences"},
                                                  {"Hotels", "Hospitality"},
                                                  {"Bank", "Financial Services"},
                                                  {"Utilities", "Energy"},
                                                  {"Telecom", "Telecommunications"},
                                                  {"Analytics", "Technology"},
                                                  {"Construction", "Construction"},
                                                  {"Aerospace", "Manufacturing"}}};
constexpr std::array titles{"CFO",
                            "CIO",
                            "COO",
                            "CTO",
                            "VP Operations",
                            "VP Finance",
                            "Chief Digital Officer",
                            "VP Supply Chain",
                            "VP Engineering",
                            "Head of IT"};
constexpr std::array products{"Platform",        "Analytics add-on",    "Data pipeline",
                              "Security suite",  "Workflow automation", "Integration pack",
                              "Premium support", "Reporting module",    "Planning suite",
                              "Mobile access"};
constexpr std::array sources{"Inbound", "Outbound", "Partner", "Event", "Referral", "Web"};
constexpr std::array partners{"Crestline Partners", "Bluewater Consulting", "Northgate Systems", "Apex Integration",
                              "Clearpath Advisory"};
// Loss reasons and competitors as a CRM's picklists write them (Salesforce Loss_Reason__c style).
constexpr std::array lossReasons{"Price",     "Price",  "Lost to competitor", "Lost to competitor",
                                 "No budget", "Timing", "Status quo",         "Missing feature"};
constexpr std::array competitors{"Northwind Analytics", "Contoso CRM", "Fabrikam Insights", "Litware Cloud"};
// Next steps per stage index (0 Lead .. 4 Negotiation), %1 is a date.
constexpr std::array<std::array<const char *, 3>, 5> nextSteps{{
    {"Intro call with the IT lead on %1", "Send case studies by %1", "Qualify budget on %1"},
    {"Discovery workshop on %1", "Map the buying group by %1", "Demo for the operations team %1"},
    {"Technical deep dive on %1", "Agree POC success criteria by %1", "Meet the economic buyer %1"},
    {"Send pricing proposal by %1", "Security questionnaire due %1", "Business case review %1"},
    {"Procurement call %1", "Legal redlines back by %1", "Mutual close plan review %1"},
}};
struct NotePair
{
    const char *confirmed;
    const char *partial;
};
// Per MEDDPICC element in acronym order.
constexpr std::array<std::array<NotePair, 2>, 8> meddpiccNotes{{
    {{{"Month-end close from 9 to 5 days; ROI case signed off",
       "Savings estimate drafted, not validated by the customer"},
      {"Two FTE of manual work removed, agreed with finance", "Time savings discussed, no figures yet"}}},
    {{{"CFO met; owns the budget line", "Budget owner named, no meeting yet"},
      {"COO confirmed as the signer above the approval limit", "Signer assumed to be the CIO"}}},
    {{{"Criteria list shared: SSO, audit trail, EU hosting", "Criteria discussed verbally"},
      {"Scorecard received; we lead on integrations", "Scorecard promised, not received"}}},
    {{{"Steering committee sign-off, then procurement (3 weeks)", "Steps known up to the committee"},
      {"Board approval on the 2nd Tuesday of the month", "Approval steps partly known"}}},
    {{{"MSA template agreed; PO signed by the CFO", "Procurement contact known; steps not mapped"},
      {"Redlines with legal; vendor onboarding form filed", "Paper steps unclear after legal"}}},
    {{{"Manual reconciliation costs 2 FTE", "Pain described by the team, not by the sponsor"},
      {"Audit finding on access reviews due next quarter", "Pain named by one user only"}}},
    {{{"Director of Operations sponsors internally; shared the org chart",
       "Friendly contact; access to the budget owner untested"},
      {"IT manager coached us on the committee", "Contact engaged, influence unknown"}}},
    {{{"Competing with an in-house build and one vendor", "Another vendor mentioned, not named"},
      {"Sole vendor after the shortlist", "Shortlist size unknown"}}},
}};

template<typename List>
QStringList uniqueCombinations(DemoRandom &random, int count, const List &first, const auto &second, auto secondName)
{
    QStringList names;
    QSet<QString> seen;
    const int combinations = int(first.size() * second.size());
    names.reserve(count);
    int attempts = 0;
    while (names.size() < count) {
        // One draw per statement: the order of operands' evaluation differs between compilers.
        const auto &secondPart = random.pick(second);
        const auto &firstPart = random.pick(first);
        QString name = QLatin1String(firstPart) + QLatin1Char(' ') + QLatin1String(secondName(secondPart));
        // Past the combinations (scale runs), number the repeats so names stay unique.
        if (++attempts > combinations * 2)
            name += QLatin1Char(' ') + QString::number(names.size() / combinations + 1);
        if (seen.contains(name))
            continue;
        seen.insert(name);
        names << name;
    }
    return names;
}

QStringList fromList(const auto &list, int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        QString name = QLatin1String(list[size_t(i) % list.size()]);
        if (i >= int(list.size()))
            name += QLatin1Char(' ') + QString::number(i / int(list.size()) + 1);
        names << name;
    }
    return names;
}

} // namespace

QStringList personNames(DemoRandom &random, int count)
{
    return uniqueCombinations(random, count, firstNames, lastNames, [](const char *s) { return s; });
}

QStringList districtNames(int count)
{
    return fromList(districts, count);
}

QStringList regionNames(int count)
{
    return fromList(regions, count);
}

QStringList companyNames(DemoRandom &random, int count)
{
    return uniqueCombinations(random, count, companyPrefixes, companySuffixes, [](const Suffix &s) { return s.name; });
}

QString industryOf(const QString &companyName)
{
    for (const Suffix &suffix : companySuffixes) {
        if (companyName.contains(QLatin1String(suffix.name)))
            return QLatin1String(suffix.industry);
    }
    return QStringLiteral("Technology");
}

QString sponsorTitle(DemoRandom &random)
{
    return QLatin1String(random.pick(titles));
}

QString productName(DemoRandom &random)
{
    return QLatin1String(random.pick(products));
}

QString leadSource(DemoRandom &random)
{
    return QLatin1String(random.pick(sources));
}

QString partnerName(DemoRandom &random)
{
    return QLatin1String(random.pick(partners));
}

QStringList partnerNames()
{
    QStringList names;
    for (const char *name : partners)
        names << QLatin1String(name);
    return names;
}

QString lossReason(DemoRandom &random)
{
    return QLatin1String(random.pick(lossReasons));
}

QString competitorName(DemoRandom &random)
{
    return QLatin1String(random.pick(competitors));
}

QString nextStep(DemoRandom &random, int stageIndex)
{
    return QLatin1String(random.pick(nextSteps[size_t(qBound(0, stageIndex, 4))]));
}

QString meddpiccNote(int element, bool confirmed, DemoRandom &random)
{
    const NotePair &pair = random.pick(meddpiccNotes[size_t(qBound(0, element, 7))]);
    return QLatin1String(confirmed ? pair.confirmed : pair.partial);
}

} // namespace dmc::DemoNames
