#!/usr/bin/env python3
"""The cockpit team table from a Salesforce export, the way an analyst would: pandas over the CSVs.

usage: team_table_salesforce.py EXPORT_DIR PERIOD [--check COCKPIT.json]

PERIOD is a calendar quarter ("2026Q4"). Reads Opportunity.csv (the columns it needs) and
CurrencyType.csv, and prints per owner: won, commit, best case, pipeline of the deals closing in
the period, in corporate-currency cents (amount / rate, rounded half away from zero), with the
stages and categories of the shipped salesforce profile. The export's current state is the state
at its latest date, which is what `dmcockpit cockpit --period PERIOD --scope all` shows after an
import. With --check it compares every number with the team rows of that JSON (no quotas in a
Salesforce export: quota and gap are 0) and exits 1 on a difference.
"""
import sys

import numpy as np
import pandas as pd

from team_table import check

CATEGORY = {"Pipeline": "pipeline", "Best Case": "best_case", "BestCase": "best_case", "Commit": "commit",
            "Forecast": "commit", "Closed": "closed", "Omitted": "omitted"}
WON = {"Closed Won"}
LOST = {"Closed Lost"}


def team_table(folder, period):
    year, q = int(period[:4]), int(period[-1])
    first = pd.Timestamp(year=year, month=3 * (q - 1) + 1, day=1)
    last = first + pd.DateOffset(months=3) - pd.DateOffset(days=1)
    opp = pd.read_csv(f"{folder}/Opportunity.csv", dtype=str, keep_default_na=False,
                      usecols=["IsDeleted", "OwnerId", "StageName", "ForecastCategoryName", "Amount",
                               "CurrencyIsoCode", "CloseDate"])
    cur = pd.read_csv(f"{folder}/CurrencyType.csv", dtype=str, keep_default_na=False)
    opp = opp[opp["IsDeleted"] != "1"]
    close = pd.to_datetime(opp["CloseDate"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    opp = opp[(close >= first) & (close <= last)].copy()

    # Cents exactly (no float on the way in), then the conversion as the product does it.
    amount = opp["Amount"].str.strip()
    whole = amount.str.split(".", n=1).str[0].replace("", "0").astype(np.int64)
    frac = amount.str.split(".", n=1).str[1].fillna("").str.ljust(2, "0").str.slice(0, 2).replace("", "0")
    cents = whole * 100 + np.sign(whole.where(whole != 0, 1)) * frac.astype(np.int64)
    corporate = cur.loc[cur["IsCorporate"] == "1", "IsoCode"].str.upper()
    reporting = corporate.iloc[0] if len(corporate) else "USD"
    rates = dict(zip(cur["IsoCode"].str.upper(), cur["ConversionRate"].astype(float)))
    code = opp["CurrencyIsoCode"].str.strip().str.upper()
    rate = code.map(rates).fillna(1.0)
    rate[(code == "") | (code == reporting)] = 1.0
    q_ = cents / rate
    opp["amount"] = (np.sign(q_) * np.floor(np.abs(q_) + 0.5)).astype(np.int64)

    category = opp["ForecastCategoryName"].map(CATEGORY).fillna("pipeline")
    won = opp["StageName"].isin(WON) | (~opp["StageName"].isin(LOST) & (category == "closed"))
    lost = ~won & (opp["StageName"].isin(LOST) | (category == "omitted"))
    open_ = ~won & ~lost
    opp["won"] = np.where(won, opp["amount"], 0)
    opp["commit"] = np.where(open_ & (category == "commit"), opp["amount"], 0)
    opp["best_case"] = np.where(open_ & (category == "best_case"), opp["amount"], 0)
    opp["pipeline"] = np.where(open_ & ~category.isin(["commit", "best_case"]), opp["amount"], 0)
    table = opp.groupby("OwnerId")[["won", "commit", "best_case", "pipeline"]].sum()
    table.index.name = "rep"
    table["quota"] = 0
    table["gap"] = 0
    table["coverage"] = np.nan
    return table


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    table = team_table(sys.argv[1], sys.argv[2])
    if "--check" in sys.argv:
        bad = check(table, sys.argv[sys.argv.index("--check") + 1])
        print(f"team table {sys.argv[2]}: {len(table)} owners, {bad} differences")
        sys.exit(1 if bad else 0)
    print(f"team table {sys.argv[2]}: {len(table)} owners, won {table['won'].sum()} "
          f"pipeline {table['pipeline'].sum()}")


if __name__ == "__main__":
    main()
