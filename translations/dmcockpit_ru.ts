<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>dmc::Database</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a DM Cockpit database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a usable database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer version of DM Cockpit (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only and needs an upgrade to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::DatabaseSummary</name>
    <message>
        <source>cannot read the database summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps: %1 in %2 districts, %3 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot rows: %1 over %n snapshot dates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::Error</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::ForecastCategory</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::Meddpicc</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::cli::Commands</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts, snapshot dates, districts and imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dmcockpit %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --db FILE option is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dmcockpit [--db FILE]            open the cockpit window
       dmcockpit COMMAND [options]      run headless

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run dmcockpit COMMAND --help for the options of a command.
Exit codes: 0 done, 2 usage, 3 bad input (nothing changed), 4 database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run dmcockpit --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmc::ui::MainWindow</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - DM Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
