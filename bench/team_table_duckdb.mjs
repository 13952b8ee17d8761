// The cockpit team table from a Salesforce export in DuckDB (npm @duckdb/node-api), the second
// peer of the benchmark: the same arithmetic as team_table_salesforce.py, in SQL over the CSVs.
//
// usage: node team_table_duckdb.mjs EXPORT_DIR PERIOD [--check COCKPIT.json]
// NODE_PATH (or a node_modules beside the script) must hold @duckdb/node-api; bench/run.sh
// installs it under its work folder. With --check, every rep's won / commit / best case /
// pipeline (cents) is compared with the team rows of `dmcockpit cockpit --scope all --json`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DuckDBInstance } = require('@duckdb/node-api');

const [folder, period] = process.argv.slice(2);
if (!folder || !period) {
    console.error('usage: node team_table_duckdb.mjs EXPORT_DIR PERIOD [--check COCKPIT.json]');
    process.exit(2);
}
const year = Number(period.slice(0, 4));
const quarter = Number(period.slice(-1));
const first = `${year}-${String(3 * (quarter - 1) + 1).padStart(2, '0')}-01`;
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const sql = `
WITH rates AS (
  SELECT upper(IsoCode) AS code, CAST(ConversionRate AS DOUBLE) AS rate, IsCorporate = '1' AS corporate
  FROM read_csv(${quote(folder + '/CurrencyType.csv')}, all_varchar = true)
), opp AS (
  SELECT OwnerId, StageName,
         CASE ForecastCategoryName WHEN 'Best Case' THEN 'best_case' WHEN 'BestCase' THEN 'best_case'
              WHEN 'Commit' THEN 'commit' WHEN 'Forecast' THEN 'commit' WHEN 'Closed' THEN 'closed'
              WHEN 'Omitted' THEN 'omitted' ELSE 'pipeline' END AS category,
         CAST(round(CAST(Amount AS DECIMAL(18, 2)) * 100) AS BIGINT) AS cents,
         upper(trim(CurrencyIsoCode)) AS code
  FROM read_csv(${quote(folder + '/Opportunity.csv')}, all_varchar = true)
  WHERE IsDeleted <> '1'
    AND CAST(substr(CloseDate, 1, 10) AS DATE) BETWEEN DATE ${quote(first)}
        AND DATE ${quote(first)} + INTERVAL 3 MONTH - INTERVAL 1 DAY
), converted AS (
  SELECT o.*, CASE WHEN o.code = '' OR o.code = (SELECT code FROM rates WHERE corporate) OR r.rate IS NULL
                   THEN o.cents
                   ELSE CAST(sign(o.cents / r.rate) * floor(abs(o.cents / r.rate) + 0.5) AS BIGINT) END AS amount,
         (o.StageName = 'Closed Won' OR (o.StageName <> 'Closed Lost' AND o.category = 'closed')) AS won
  FROM opp o LEFT JOIN rates r ON r.code = o.code
), classed AS (
  SELECT *, (NOT won AND (StageName = 'Closed Lost' OR category = 'omitted')) AS lost FROM converted
)
SELECT OwnerId AS rep,
       sum(CASE WHEN won THEN amount ELSE 0 END) AS won,
       sum(CASE WHEN NOT won AND NOT lost AND category = 'commit' THEN amount ELSE 0 END) AS "commit",
       sum(CASE WHEN NOT won AND NOT lost AND category = 'best_case' THEN amount ELSE 0 END) AS best_case,
       sum(CASE WHEN NOT won AND NOT lost AND category NOT IN ('commit', 'best_case') THEN amount ELSE 0 END)
         AS pipeline
FROM classed GROUP BY OwnerId ORDER BY OwnerId`;
const reader = await db.runAndReadAll(sql);
const rows = reader.getRowObjects();
const table = new Map(rows.map((r) => [r.rep, r]));

const check = process.argv.indexOf('--check');
if (check < 0) {
    let won = 0n;
    for (const r of rows) won += BigInt(r.won);
    console.log(`team table ${period}: ${rows.length} owners, won ${won}`);
    process.exit(0);
}
const cockpit = JSON.parse(readFileSync(process.argv[check + 1], 'utf8'));
let differences = 0;
for (const row of cockpit.team) {
    const ours = table.get(row.rep_id);
    for (const key of ['won', 'commit', 'best_case', 'pipeline']) {
        const theirs = Math.round(row[key] * 100);
        const mine = ours ? Number(ours[key]) : 0;
        if (theirs !== mine) {
            console.log(`${row.rep_id} ${key}: dmcockpit ${theirs} duckdb ${mine}`);
            differences += 1;
        }
    }
}
console.log(`team table ${period}: ${rows.length} owners, ${differences} differences`);
process.exit(differences ? 1 : 0);
