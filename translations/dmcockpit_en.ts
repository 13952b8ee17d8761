<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dmc::AgendaPatterns</name>
    <message numerus="yes">
        <source>No patterns beside the %n dismissed.</source>
        <translation>
            <numerusform>No patterns beside the dismissed one.</numerusform>
            <numerusform>No patterns beside the %n dismissed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in the Insights view (dmcockpit insights lists them all).</source>
        <translation>
            <numerusform>%n more in the Insights view (dmcockpit insights lists them all).</numerusform>
            <numerusform>%n more in the Insights view (dmcockpit insights lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed, left out.</source>
        <translation>
            <numerusform>%n dismissed, left out.</numerusform>
            <numerusform>%n dismissed, left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::AgendaReport</name>
    <message numerus="yes">
        <source>Open pipeline in %1: %2, %n deal(s) changed.</source>
        <translation>
            <numerusform>Open pipeline in %1: %2, %n deal changed.</numerusform>
            <numerusform>Open pipeline in %1: %2, %n deals changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n snoozed exception, listed apart:</numerusform>
            <numerusform>%n snoozed exceptions, listed apart:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk filter(s) read fields the imported data holds no value for and flag no deal:</source>
        <translation>
            <numerusform>%n risk filter reads fields the imported data holds no value for and flags no deal:</numerusform>
            <numerusform>%n risk filters read fields the imported data holds no value for and flag no deal:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No patterns beside the %n dismissed</source>
        <translation>
            <numerusform>No patterns beside the dismissed one</numerusform>
            <numerusform>No patterns beside the %n dismissed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::BriefReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n snoozed exception, listed apart:</numerusform>
            <numerusform>%n snoozed exceptions, listed apart:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), %1 in all.</source>
        <translation>
            <numerusform>%n open deal, %1 in all.</numerusform>
            <numerusform>%n open deals, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won %n deal(s) (%1); </source>
        <translation>
            <numerusform>Won %n deal (%1); </numerusform>
            <numerusform>Won %n deals (%1); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lost %n deal(s) (%1).</source>
        <translation>
            <numerusform>lost %n deal (%1).</numerusform>
            <numerusform>lost %n deals (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier closed deal(s) not shown.</source>
        <translation>
            <numerusform>%n earlier closed deal not shown.</numerusform>
            <numerusform>%n earlier closed deals not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::CoachingPackData</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; district median %3 (%n rep(s)).</source>
        <translation>
            <numerusform>%1: %2; district median %3 (%n rep).</numerusform>
            <numerusform>%1: %2; district median %3 (%n reps).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s); deals flagged: %1; snoozed hits: %2.</source>
        <translation>
            <numerusform>%n exception; deals flagged: %1; snoozed hits: %2.</numerusform>
            <numerusform>%n exceptions; deals flagged: %1; snoozed hits: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MEDDPICC: %1 of %n deal(s) closing in %2 have all eight elements confirmed.</source>
        <translation>
            <numerusform>MEDDPICC: %1 of %n deal closing in %2 has all eight elements confirmed.</numerusform>
            <numerusform>MEDDPICC: %1 of %n deals closing in %2 have all eight elements confirmed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::CurrencyCheck</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>amounts come in %n currencies and there are no exchange rates, so they are not added up: %1</source>
        <translation>
            <numerusform>amounts come in %n currency and there are no exchange rates, so they are not added up: %1</numerusform>
            <numerusform>amounts come in %n currencies and there are no exchange rates, so they are not added up: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::DatabaseSummary</name>
    <message numerus="yes">
        <source>Snapshot rows: %1 over %n snapshot dates</source>
        <translation>
            <numerusform>Snapshot rows: %1 over %n snapshot date</numerusform>
            <numerusform>Snapshot rows: %1 over %n snapshot dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::DealMoveDetector</name>
    <message numerus="yes">
        <source>%n earlier snapshot(s)</source>
        <translation>
            <numerusform>%n earlier snapshot</numerusform>
            <numerusform>%n earlier snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n day earlier</numerusform>
            <numerusform>%n days earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) up</source>
        <translation>
            <numerusform>%n step up</numerusform>
            <numerusform>%n steps up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) down</source>
        <translation>
            <numerusform>%n step down</numerusform>
            <numerusform>%n steps down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::DistrictComparison</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::Importer</name>
    <message numerus="yes">
        <source>%n account(s) named by deals but not listed were added by id</source>
        <translation>
            <numerusform>%n account named by deals but not listed was added by id</numerusform>
            <numerusform>%n accounts named by deals but not listed were added by id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::InsightText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deal(s)</source>
        <translation>
            <numerusform>%1 of %n deal</numerusform>
            <numerusform>%1 of %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n week(s)</source>
        <translation>
            <numerusform>%1 of the %n week</numerusform>
            <numerusform>%1 of the %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::OutlierDetector</name>
    <message numerus="yes">
        <source>%n previous quarter(s)</source>
        <translation>
            <numerusform>%n previous quarter</numerusform>
            <numerusform>%n previous quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the other %n district(s) of %1</source>
        <translation>
            <numerusform>the other district of %1</numerusform>
            <numerusform>the other %n districts of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PackReport</name>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n snoozed exception, listed apart:</numerusform>
            <numerusform>%n snoozed exceptions, listed apart:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PlaysSummary</name>
    <message numerus="yes">
        <source>%1: %n eligible deal(s); %2 with every step due by their stage done (%3).</source>
        <translation>
            <numerusform>%1: %n eligible deal; %2 with every step due by their stage done (%3).</numerusform>
            <numerusform>%1: %n eligible deals; %2 with every step due by their stage done (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compliance artifacts started in parallel: %1 of %n required at a stage reached (%2).</source>
        <translation>
            <numerusform>Compliance artifacts started in parallel: %1 of %n required at a stage reached (%2).</numerusform>
            <numerusform>Compliance artifacts started in parallel: %1 of %n required at a stage reached (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PlaysText</name>
    <message numerus="yes">
        <source>%n open task(s) in a row</source>
        <translation>
            <numerusform>%n open task in a row</numerusform>
            <numerusform>%n open tasks in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) after the close date %1</source>
        <translation>
            <numerusform>, %n day after the close date %1</numerusform>
            <numerusform>, %n days after the close date %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) before the close date %1</source>
        <translation>
            <numerusform>, %n day before the close date %1</numerusform>
            <numerusform>, %n days before the close date %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PocDigestReport</name>
    <message numerus="yes">
        <source>%n check-in(s) held: %1</source>
        <translation>
            <numerusform>%n check-in held: %1</numerusform>
            <numerusform>%n check-ins held: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end</source>
        <translation>
            <numerusform>%n day past the planned end</numerusform>
            <numerusform>%n days past the planned end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer task(s) overdue: %1</source>
        <translation>
            <numerusform>%n buyer task overdue: %1</numerusform>
            <numerusform>%n buyer tasks overdue: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller task(s) overdue: %1</source>
        <translation>
            <numerusform>%n seller task overdue: %1</numerusform>
            <numerusform>%n seller tasks overdue: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PocText</name>
    <message numerus="yes">
        <source>starts %1, %n day(s) planned</source>
        <translation>
            <numerusform>starts %1, %n day planned</numerusform>
            <numerusform>starts %1, %n days planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of %1 planned, ended %2</source>
        <translation>
            <numerusform>%n day of %1 planned, ended %2</numerusform>
            <numerusform>%n days of %1 planned, ended %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), ended %1</source>
        <translation>
            <numerusform>%n day, ended %1</numerusform>
            <numerusform>%n days, ended %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end</source>
        <translation>
            <numerusform>%n day past the planned end</numerusform>
            <numerusform>%n days past the planned end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurable criteria</source>
        <translation>
            <numerusform>%n measurable criterion</numerusform>
            <numerusform>%n measurable criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DOR item(s) missing at the start: %1</source>
        <translation>
            <numerusform>%n DOR item missing at the start: %1</numerusform>
            <numerusform>%n DOR items missing at the start: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria changed after the start</source>
        <translation>
            <numerusform>%n criterion changed after the start</numerusform>
            <numerusform>%n criteria changed after the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last check-in %1, %n day(s) before the as-of</source>
        <translation>
            <numerusform>last check-in %1, %n day before the as-of</numerusform>
            <numerusform>last check-in %1, %n days before the as-of</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer task(s) overdue</source>
        <translation>
            <numerusform>%n buyer task overdue</numerusform>
            <numerusform>%n buyer tasks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller task(s) overdue</source>
        <translation>
            <numerusform>%n seller task overdue</numerusform>
            <numerusform>%n seller tasks overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ProfileDraft</name>
    <message numerus="yes">
        <source>no probability in the export for %n stage(s), written as 0: %1</source>
        <translation>
            <numerusform>no probability in the export for %n stage, written as 0: %1</numerusform>
            <numerusform>no probability in the export for %n stages, written as 0: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no won / lost in the export for %n stage(s), written as open: %1</source>
        <translation>
            <numerusform>no won / lost in the export for %n stage, written as open: %1</numerusform>
            <numerusform>no won / lost in the export for %n stages, written as open: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no forecast category in the export for %n stage(s), written as pipeline: %1</source>
        <translation>
            <numerusform>no forecast category in the export for %n stage, written as pipeline: %1</numerusform>
            <numerusform>no forecast category in the export for %n stages, written as pipeline: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date value(s) no known format reads, first &quot;%1&quot;</source>
        <translation>
            <numerusform>%n date value no known format reads: &quot;%1&quot;</numerusform>
            <numerusform>%n date values no known format reads, first &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>amounts in %n currencies: %1</source>
        <translation>
            <numerusform>amounts in %n currency: %1</numerusform>
            <numerusform>amounts in %n currencies: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::QuarterlyPlanReport</name>
    <message numerus="yes">
        <source>Index: the rep&apos;s value ÷ the mean over the %n active rep(s) of the scope (1.00 = the mean).</source>
        <translation>
            <numerusform>Index: the rep&apos;s value ÷ the mean over the %n active rep of the scope (1.00 = the mean).</numerusform>
            <numerusform>Index: the rep&apos;s value ÷ the mean over the %n active reps of the scope (1.00 = the mean).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::RenewalWatchlist</name>
    <message numerus="yes">
        <source>Renewal on %1 (in %n day(s)), ARR %2.</source>
        <translation>
            <numerusform>Renewal on %1 (in %n day), ARR %2.</numerusform>
            <numerusform>Renewal on %1 (in %n days), ARR %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expansion pipeline %1 (%n deal(s)).</source>
        <translation>
            <numerusform>Expansion pipeline %1 (%n deal).</numerusform>
            <numerusform>Expansion pipeline %1 (%n deals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ReviewText</name>
    <message numerus="yes">
        <source>%n deal(s) lost: shares are given from %1 lost deals.</source>
        <translation>
            <numerusform>%n deal lost: shares are given from %1 lost deals.</numerusform>
            <numerusform>%n deals lost: shares are given from %1 lost deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) created (%2); bookings %3 from %4 won of %5 decided; win rate %6.</source>
        <translation>
            <numerusform>%1: %n deal created (%2); bookings %3 from %4 won of %5 decided; win rate %6.</numerusform>
            <numerusform>%1: %n deals created (%2); bookings %3 from %4 won of %5 decided; win rate %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s), ARR %2; health fell %3, flat %4, rose %5, no trend %6; renewal deals in Commit %7, Best Case %8, Pipeline %9, none %10.</source>
        <translation>
            <numerusform>%1: %n account, ARR %2; health fell %3, flat %4, rose %5, no trend %6; renewal deals in Commit %7, Best Case %8, Pipeline %9, none %10.</numerusform>
            <numerusform>%1: %n accounts, ARR %2; health fell %3, flat %4, rose %5, no trend %6; renewal deals in Commit %7, Best Case %8, Pipeline %9, none %10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::RiskAvailability</name>
    <message numerus="yes">
        <source>MEDDPICC levels exist for %n of 8 elements (%1), fewer than the threshold of %2 confirmed</source>
        <translation>
            <numerusform>MEDDPICC levels exist for %n of 8 elements (%1), fewer than the threshold of %2 confirmed</numerusform>
            <numerusform>MEDDPICC levels exist for %n of 8 elements (%1), fewer than the threshold of %2 confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::RiskDescriber</name>
    <message numerus="yes">
        <source>In %1 since %2: %n day(s) (limit %3).</source>
        <translation>
            <numerusform>In %1 since %2: %n day (limit %3).</numerusform>
            <numerusform>In %1 since %2: %n days (limit %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close date moved later %n time(s) in the last %1 days: %2.</source>
        <translation>
            <numerusform>Close date moved later %n time in the last %1 days: %2.</numerusform>
            <numerusform>Close date moved later %n times in the last %1 days: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close date %1 is %n day(s) before the as-of date %2.</source>
        <translation>
            <numerusform>Close date %1 is %n day before the as-of date %2.</numerusform>
            <numerusform>Close date %1 is %n days before the as-of date %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the as-of date</source>
        <translation>
            <numerusform>%n day after the as-of date</numerusform>
            <numerusform>%n days after the as-of date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the as-of date</source>
        <translation>
            <numerusform>%n day before the as-of date</numerusform>
            <numerusform>%n days before the as-of date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end.</source>
        <translation>
            <numerusform>%n day past the planned end.</numerusform>
            <numerusform>%n days past the planned end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last check-in (limit %1).</source>
        <translation>
            <numerusform>%n day since the last check-in (limit %1).</numerusform>
            <numerusform>%n days since the last check-in (limit %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal on %1 (in %n day(s)); health %2 on %3 (threshold %4).</source>
        <translation>
            <numerusform>Renewal on %1 (in %n day); health %2 on %3 (threshold %4).</numerusform>
            <numerusform>Renewal on %1 (in %n days); health %2 on %3 (threshold %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last activity %1: %n day(s) before the as-of date (limit %2).</source>
        <translation>
            <numerusform>Last activity %1: %n day before the as-of date (limit %2).</numerusform>
            <numerusform>Last activity %1: %n days before the as-of date (limit %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC started %1 without %n DOR item(s): %2.</source>
        <translation>
            <numerusform>POC started %1 without %n DOR item: %2.</numerusform>
            <numerusform>POC started %1 without %n DOR items: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC starts %1; %n DOR item(s) missing at the start: %2.</source>
        <translation>
            <numerusform>POC starts %1; %n DOR item missing at the start: %2.</numerusform>
            <numerusform>POC starts %1; %n DOR items missing at the start: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC without a start date; %n DOR item(s) missing: %1.</source>
        <translation>
            <numerusform>POC without a start date; %n DOR item missing: %1.</numerusform>
            <numerusform>POC without a start date; %n DOR items missing: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC on day %1 of %2 planned, not ended: planned end %3, %n day(s) past it.</source>
        <translation>
            <numerusform>POC on day %1 of %2 planned, not ended: planned end %3, %n day past it.</numerusform>
            <numerusform>POC on day %1 of %2 planned, not ended: planned end %3, %n days past it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POC check-in for %n day(s) (limit %1): last held %2.</source>
        <translation>
            <numerusform>No POC check-in for %n day (limit %1): last held %2.</numerusform>
            <numerusform>No POC check-in for %n days (limit %1): last held %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POC check-in held since the start on %1: %n day(s) (limit %2).</source>
        <translation>
            <numerusform>No POC check-in held since the start on %1: %n day (limit %2).</numerusform>
            <numerusform>No POC check-in held since the start on %1: %n days (limit %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC started %1; %n criterion(s) changed after the start: %2.</source>
        <translation>
            <numerusform>POC started %1; %n criterion changed after the start: %2.</numerusform>
            <numerusform>POC started %1; %n criteria changed after the start: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1; %n play step(s) due by this stage not recorded done: %2.</source>
        <translation>
            <numerusform>At %1; %n play step due by this stage not recorded done: %2.</numerusform>
            <numerusform>At %1; %n play steps due by this stage not recorded done: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required compliance artifact(s) not started by the stage the play names: %1.</source>
        <translation>
            <numerusform>%n required compliance artifact not started by the stage the play names: %1.</numerusform>
            <numerusform>%n required compliance artifacts not started by the stage the play names: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2 (%n day(s) before the as-of date)</source>
        <comment>task, due date</comment>
        <translation>
            <numerusform>%1, due %2 (%n day before the as-of date)</numerusform>
            <numerusform>%1, due %2 (%n days before the as-of date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open partner task(s) with the due date passed: %1.</source>
        <translation>
            <numerusform>%n open partner task with the due date passed: %1.</numerusform>
            <numerusform>%n open partner tasks with the due date passed: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::SalesforceImporter</name>
    <message numerus="yes">
        <source>%n account-territory row(s) with several active users in the territory: no owner from them</source>
        <translation>
            <numerusform>%n account-territory row with several active users in the territory: no owner from it</numerusform>
            <numerusform>%n account-territory rows with several active users in the territory: no owner from them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::SalesforcePartners</name>
    <message numerus="yes">
        <source>%n deal(s) with another primary partner in the partner files than on the opportunity: the partner files&apos; is read</source>
        <translation>
            <numerusform>%n deal with another primary partner in the partner files than on the opportunity: the partner files&apos; is read</numerusform>
            <numerusform>%n deals with another primary partner in the partner files than on the opportunity: the partner files&apos; is read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with partner dates but neither a primary nor a single partner: their partner dates are not read</source>
        <translation>
            <numerusform>%n deal with partner dates but neither a primary nor a single partner: its partner dates are not read</numerusform>
            <numerusform>%n deals with partner dates but neither a primary nor a single partner: their partner dates are not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 row(s) on partner campaigns naming no partner account, on deals with neither a primary nor a single partner: not read</source>
        <translation>
            <numerusform>%n %1 row on a partner campaign naming no partner account, on a deal with neither a primary nor a single partner: not read</numerusform>
            <numerusform>%n %1 rows on partner campaigns naming no partner account, on deals with neither a primary nor a single partner: not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::SalesforceReps</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users own no opportunity and are not reps: %1</source>
        <translation>
            <numerusform>%n user owns no opportunity and is not a rep: %1</numerusform>
            <numerusform>%n users own no opportunity and are not reps: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::TextDecoder</name>
    <message numerus="yes">
        <source>%1: %n NUL byte(s) removed</source>
        <translation>
            <numerusform>%1: %n NUL byte removed</numerusform>
            <numerusform>%1: %n NUL bytes removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::UnknownStages</name>
    <message numerus="yes">
        <source>(%n rows)</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) of the export are not in the stage ladder, each with its first row:</source>
        <translation>
            <numerusform>%n stage of the export is not in the stage ladder, with its first row:</numerusform>
            <numerusform>%n stages of the export are not in the stage ladder, each with its first row:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 (%n row(s))</source>
        <translation>
            <numerusform>&quot;%1&quot;: %2 (%n row)</numerusform>
            <numerusform>&quot;%1&quot;: %2 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::app</name>
    <message numerus="yes">
        <source>%1: %n problems found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) left; required weekly run rate %1.</source>
        <translation>
            <numerusform>%n week left; required weekly run rate %1.</numerusform>
            <numerusform>%n weeks left; required weekly run rate %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo written to %1: %n deals</source>
        <translation>
            <numerusform>Demo written to %1: %n deal</numerusform>
            <numerusform>Demo written to %1: %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot dates, the last %1</source>
        <translation>
            <numerusform>%n snapshot date, the last %1</numerusform>
            <numerusform>%n snapshot dates, the last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) as of %1, scope %2.</source>
        <translation>
            <numerusform>%n exception as of %1, scope %2.</numerusform>
            <numerusform>%n exceptions as of %1, scope %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed:</source>
        <translation>
            <numerusform>%n snoozed:</numerusform>
            <numerusform>%n snoozed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n opportunities</source>
        <translation>
            <numerusform>Imported %n opportunity</numerusform>
            <numerusform>Imported %n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot rows</source>
        <translation>
            <numerusform>%n snapshot row</numerusform>
            <numerusform>%n snapshot rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) as of %1, scope %2.</source>
        <translation>
            <numerusform>%n pattern as of %1, scope %2.</numerusform>
            <numerusform>%n patterns as of %1, scope %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since %1.</source>
        <translation>
            <numerusform>%n new since %1.</numerusform>
            <numerusform>%n new since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more (--json or --csv lists them all).</source>
        <translation>
            <numerusform>%n more (--json or --csv lists them all).</numerusform>
            <numerusform>%n more (--json or --csv lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed, numbers within the recorded values.</source>
        <translation>
            <numerusform>%n dismissed, numbers within the recorded values.</numerusform>
            <numerusform>%n dismissed, numbers within the recorded values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, no problems found (format %2, %n stage(s)).</source>
        <translation>
            <numerusform>%1: ok, no problems found (format %2, %n stage).</numerusform>
            <numerusform>%1: ok, no problems found (format %2, %n stages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewing within %1 days of %2.</source>
        <translation>
            <numerusform>%n account renewing within %1 days of %2.</numerusform>
            <numerusform>%n accounts renewing within %1 days of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n default label(s); labels already set were kept.</source>
        <translation>
            <numerusform>Added %n default label; labels already set were kept.</numerusform>
            <numerusform>Added %n default labels; labels already set were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s):</source>
        <comment>a renewal band</comment>
        <translation>
            <numerusform>Within %n day:</numerusform>
            <numerusform>Within %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POC(s) as of %1, %2, scope %3.</source>
        <translation>
            <numerusform>%n POC as of %1, %2, scope %3.</numerusform>
            <numerusform>%n POCs as of %1, %2, scope %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s), ARR %2 (index %3), open pipeline %4 (index %5)</source>
        <translation>
            <numerusform>%1: %n account, ARR %2 (index %3), open pipeline %4 (index %5)</numerusform>
            <numerusform>%1: %n accounts, ARR %2 (index %3), open pipeline %4 (index %5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) listed apart (no owner, or an owner who is not active).</source>
        <translation>
            <numerusform>%n account listed apart (no owner, or an owner who is not active).</numerusform>
            <numerusform>%n accounts listed apart (no owner, or an owner who is not active).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners as of %1, %2, scope %3: %n deal(s) open at the as-of or decided in the period.</source>
        <translation>
            <numerusform>Partners as of %1, %2, scope %3: %n deal open at the as-of or decided in the period.</numerusform>
            <numerusform>Partners as of %1, %2, scope %3: %n deals open at the as-of or decided in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) as of %1, %2, scope %3.</source>
        <translation>
            <numerusform>%n play as of %1, %2, scope %3.</numerusform>
            <numerusform>%n plays as of %1, %2, scope %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the audit trail, newest first.</source>
        <translation>
            <numerusform>%n entry in the audit trail, newest first.</numerusform>
            <numerusform>%n entries in the audit trail, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the audit trail for %1, newest first.</source>
        <translation>
            <numerusform>%n entry in the audit trail for %1, newest first.</numerusform>
            <numerusform>%n entries in the audit trail for %1, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries about a deal or rep no longer in the data:</source>
        <translation>
            <numerusform>%n entry about a deal or rep no longer in the data:</numerusform>
            <numerusform>%n entries about a deal or rep no longer in the data:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s).</source>
        <translation>
            <numerusform>%n saved view.</numerusform>
            <numerusform>%n saved views.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scope %2, compared with %3, %n filter(s) hidden in the queue</source>
        <translation>
            <numerusform>%1: scope %2, compared with %3, %n filter hidden in the queue</numerusform>
            <numerusform>%1: scope %2, compared with %3, %n filters hidden in the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::CoachingPackView</name>
    <message numerus="yes">
        <source>%1 of %n belief(s) rated.</source>
        <translation>
            <numerusform>%1 of %n belief rated.</numerusform>
            <numerusform>%1 of %n beliefs rated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metrics beside the district median (%n rep(s))</source>
        <translation>
            <numerusform>Metrics beside the district median (%n rep)</numerusform>
            <numerusform>Metrics beside the district median (%n reps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::CockpitView</name>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks left</source>
        <translation>
            <numerusform>%n week left</numerusform>
            <numerusform>%n weeks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new pattern(s) since %1</source>
        <translation>
            <numerusform>%n new pattern since %1</numerusform>
            <numerusform>%n new patterns since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n pattern</numerusform>
            <numerusform>%n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal no longer in the data: %n DM action entries, kept.</source>
        <translation>
            <numerusform>Deal no longer in the data: %n DM action entry, kept.</numerusform>
            <numerusform>Deal no longer in the data: %n DM action entries, kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::ImportRunner</name>
    <message numerus="yes">
        <source>%1 rows read, %2 accepted, %3 rejected. %n deals stored.</source>
        <translation>
            <numerusform>%1 rows read, %2 accepted, %3 rejected. %n deal stored.</numerusform>
            <numerusform>%1 rows read, %2 accepted, %3 rejected. %n deals stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::InsightsView</name>
    <message numerus="yes">
        <source>Show all (%n more)</source>
        <translation>
            <numerusform>Show all (%n more)</numerusform>
            <numerusform>Show all (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List every pattern, not only the first %n</source>
        <translation>
            <numerusform>List every pattern, not only the first %n</numerusform>
            <numerusform>List every pattern, not only the first %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since %1</source>
        <translation>
            <numerusform>%n new since %1</numerusform>
            <numerusform>%n new since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) behind it</source>
        <translation>
            <numerusform>%n deal behind it</numerusform>
            <numerusform>%n deals behind it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::InspectionQueueView</name>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hits shown</source>
        <translation>
            <numerusform>%1 of %n hit shown</numerusform>
            <numerusform>%1 of %n hits shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s), all listed below; %2 with a filter hit</source>
        <translation>
            <numerusform>%1: %n deal, listed below; %2 with a filter hit</numerusform>
            <numerusform>%1: %n deals, all listed below; %2 with a filter hit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s), %2 listed below (the search hides the others)</source>
        <translation>
            <numerusform>%1: %n deal, %2 listed below (the search hides the others)</numerusform>
            <numerusform>%1: %n deals, %2 listed below (the search hides the others)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::LossValueModel</name>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s)</source>
        <translation>
            <numerusform>Double-click or press Enter to list the %n deal</numerusform>
            <numerusform>Double-click or press Enter to list the %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n district agenda(s) saved to %2</source>
        <translation>
            <numerusform>Stopped: %1 of %n district agenda saved to %2</numerusform>
            <numerusform>Stopped: %1 of %n district agendas saved to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district agenda(s) saved to %1</source>
        <translation>
            <numerusform>%n district agenda saved to %1</numerusform>
            <numerusform>%n district agendas saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PlayModel</name>
    <message numerus="yes">
        <source>%1 (%n in common)</source>
        <translation>
            <numerusform>%1 (%n in common)</numerusform>
            <numerusform>%1 (%n in common)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PlaysPartnersView</name>
    <message numerus="yes">
        <source>%n deal(s) of %1 open at %3 or decided in %2.</source>
        <translation>
            <numerusform>%n deal of %1 open at %3 or decided in %2.</numerusform>
            <numerusform>%n deals of %1 open at %3 or decided in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s). Select a play to list its deals; a deal&apos;s missing steps are the steps due by its stage without a done task. Double-click a deal to show it.</source>
        <translation>
            <numerusform>%n play. Select a play to list its deals; a deal&apos;s missing steps are the steps due by its stage without a done task. Double-click a deal to show it.</numerusform>
            <numerusform>%n plays. Select a play to list its deals; a deal&apos;s missing steps are the steps due by its stage without a done task. Double-click a deal to show it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of these deals at %1; a chain is a run of open tasks each waiting for the one before.</source>
        <translation>
            <numerusform>%n task of these deals at %1; a chain is a run of open tasks each waiting for the one before.</numerusform>
            <numerusform>%n tasks of these deals at %1; a chain is a run of open tasks each waiting for the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocBoardModel</name>
    <message numerus="yes">
        <source>%n measurable · %1 met · %2 not met</source>
        <translation>
            <numerusform>%n measurable · %1 met · %2 not met</numerusform>
            <numerusform>%n measurable · %1 met · %2 not met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %n started without one.</source>
        <translation>
            <numerusform>DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %n started without one.</numerusform>
            <numerusform>DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %n started without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC to won within %n days, by start quarter: %1.</source>
        <translation>
            <numerusform>POC to won within %n day, by start quarter: %1.</numerusform>
            <numerusform>POC to won within %n days, by start quarter: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocBoardView</name>
    <message numerus="yes">
        <source>%n POC(s) of %1 in %2, as of %3.</source>
        <translation>
            <numerusform>%n POC of %1 in %2, as of %3.</numerusform>
            <numerusform>%n POCs of %1 in %2, as of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocScorecardModel</name>
    <message numerus="yes">
        <source>Success criteria (%n)</source>
        <translation>
            <numerusform>Success criteria (%n)</numerusform>
            <numerusform>Success criteria (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (%n)</source>
        <translation>
            <numerusform>Check-ins (%n)</numerusform>
            <numerusform>Check-ins (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::QueueActions</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n hit(s); it replaces their notes</source>
        <translation>
            <numerusform>Note on %n hit; it replaces its note</numerusform>
            <numerusform>Note on %n hits; it replaces their notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::QueueGroupProxy</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::RampAttainmentModel</name>
    <message numerus="yes">
        <source>Median over %n rep(s) of the database in this tenure month</source>
        <translation>
            <numerusform>Median over %n rep of the database in this tenure month</numerusform>
            <numerusform>Median over %n reps of the database in this tenure month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::RenewalModel</name>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::RenewalWatchlistView</name>
    <message numerus="yes">
        <source>Accounts renewing within %n days of the as-of date</source>
        <translation>
            <numerusform>Accounts renewing within %n day of the as-of date</numerusform>
            <numerusform>Accounts renewing within %n days of the as-of date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts, %1 ARR renewing within %2 days</source>
        <translation>
            <numerusform>%n account, %1 ARR renewing within %2 days</numerusform>
            <numerusform>%n accounts, %1 ARR renewing within %2 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::ReviewSplitModel</name>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s) behind this cell</source>
        <translation>
            <numerusform>Double-click or press Enter to list the %n deal behind this cell</numerusform>
            <numerusform>Double-click or press Enter to list the %n deals behind this cell</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::ReviewTermModel</name>
    <message numerus="yes">
        <source>%1 won of %n decided</source>
        <translation>
            <numerusform>%1 won of %n decided</numerusform>
            <numerusform>%1 won of %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s) behind this line</source>
        <translation>
            <numerusform>Double-click or press Enter to list the %n deal behind this line</numerusform>
            <numerusform>Double-click or press Enter to list the %n deals behind this line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::RiskFiltersView</name>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::SegmentCoverageModel</name>
    <message numerus="yes">
        <source>1 ÷ win rate: %n won of %1 decided</source>
        <translation>
            <numerusform>1 ÷ win rate: %n won of %1 decided</numerusform>
            <numerusform>1 ÷ win rate: %n won of %1 decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::TeamTableModel</name>
    <message numerus="yes">
        <source>%n deals; click to list them in the queue</source>
        <translation>
            <numerusform>%n deal; click to list it in the queue</numerusform>
            <numerusform>%n deals; click to list them in the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::TerritoryBalanceModel</name>
    <message numerus="yes">
        <source>Mean of the %n rep(s): %1 accounts, ARR %2, open pipeline %3, %4 renewals in the period, %5 accounts with no open deal; an index of 1.00 is the mean.</source>
        <translation>
            <numerusform>Mean of the %n rep: %1 accounts, ARR %2, open pipeline %3, %4 renewals in the period, %5 accounts with no open deal; an index of 1.00 is the mean.</numerusform>
            <numerusform>Mean of the %n reps: %1 accounts, ARR %2, open pipeline %3, %4 renewals in the period, %5 accounts with no open deal; an index of 1.00 is the mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Double-click to list the deals on the %n account(s) of %1</source>
        <translation>
            <numerusform>Double-click to list the deals on the %n account of %1</numerusform>
            <numerusform>Double-click to list the deals on the %n accounts of %1</numerusform>
        </translation>
    </message>
</context>
</TS>
