#pragma once

#include <QString>
#include <QStringList>

namespace dmc {

class DemoRandom;

// Word lists for the demo: people, companies, places, products, CRM notes. Plain CRM-like
// data (not generated product text), yet kept free of the words the text guardrail forbids.
namespace DemoNames {

QStringList personNames(DemoRandom &random, int count);  // unique "First Last"
QStringList districtNames(int count);                    // "Boston", "New York", ...
QStringList regionNames(int count);                      // "East", "Central", ...
QStringList companyNames(DemoRandom &random, int count); // unique "Northwind Logistics"
QString industryOf(const QString &companyName);
QString sponsorTitle(DemoRandom &random); // "CFO"
QString productName(DemoRandom &random);
QString leadSource(DemoRandom &random);
QString partnerName(DemoRandom &random);
// Every partner name partnerName() draws from, in its order.
QStringList partnerNames();
QString lossReason(DemoRandom &random);
QString competitorName(DemoRandom &random);
QString nextStep(DemoRandom &random, int stageIndex); // a template with %1 for a date
QString meddpiccNote(int element, bool confirmed, DemoRandom &random);

} // namespace DemoNames
} // namespace dmc
