#!/usr/bin/env python3
"""The cockpit team table computed the way an analyst would: pandas over the same SQLite database.

usage: team_table.py DB [--check COCKPIT.json]

Reads the whole snapshot table (as `dmcockpit cockpit` loads it), takes the latest snapshot and the
fiscal quarter holding it, and prints per rep: quota, won, commit, best case, pipeline, gap,
coverage (docs/definitions.md#numbers, amounts in reporting-currency cents). With --check it compares
every number with the team rows of `dmcockpit cockpit --scope all --json` and exits 1 on a
difference, so the timing compares two programs that give the same answer.
"""
import json
import sqlite3
import sys

import numpy as np
import pandas as pd


def quarter_of(day, start_month):
    """(label, first day, last day) of the fiscal quarter holding `day` (a datetime.date)."""
    months_in = (day.month - start_month) % 12
    q = months_in // 3 + 1
    first_month = (start_month - 1 + (q - 1) * 3) % 12 + 1
    first_year = day.year if first_month <= day.month else day.year - 1
    first = pd.Timestamp(year=first_year, month=first_month, day=1)
    last = first + pd.DateOffset(months=3) - pd.DateOffset(days=1)
    # The fiscal year is named by the calendar year it ends in (January start: the same year).
    fy = first_year + (1 if start_month != 1 and first_month >= start_month else 0)
    return f"{fy}Q{q}", first.strftime("%Y-%m-%d"), last.strftime("%Y-%m-%d")


def team_table(db):
    con = sqlite3.connect(db)
    settings = dict(con.execute("SELECT key, value FROM setting").fetchall())
    start_month = int(settings.get("fiscal_year_start_month") or 1)
    reporting = (settings.get("reporting_currency") or "").upper()

    snaps = pd.read_sql_query(
        "SELECT as_of, opportunity_id, owner_id, stage, category, amount, currency, close_date FROM snapshot",
        con)
    stages = pd.read_sql_query("SELECT name, is_won, is_lost FROM stage", con)
    rates = pd.read_sql_query("SELECT code, rate FROM currency_rate", con)
    reps = pd.read_sql_query("SELECT id FROM rep", con)
    quotas = pd.read_sql_query("SELECT rep_id, period, amount FROM quota", con)

    as_of = snaps["as_of"].max()
    label, first, last = quarter_of(pd.Timestamp(as_of).date(), start_month)
    now = snaps[(snaps["as_of"] == as_of) & snaps["close_date"].notna()
                & (snaps["close_date"] >= first) & (snaps["close_date"] <= last)].copy()

    # Amounts in reporting cents: amount / rate, rounded half away from zero; unknown = 0.
    now["amount"] = now["amount"].fillna(0).astype(np.int64)
    cur = now["currency"].fillna("").str.strip().str.upper()
    rate = cur.map(dict(zip(rates["code"].str.upper(), rates["rate"]))).fillna(1.0)
    rate[(cur == "") | (cur == reporting)] = 1.0
    q = now["amount"] / rate
    now["amount"] = (np.sign(q) * np.floor(np.abs(q) + 0.5)).astype(np.int64)

    st = stages.assign(key=stages["name"])
    now = now.merge(st[["key", "is_won", "is_lost"]], left_on="stage", right_on="key", how="left")
    won = (now["is_won"] == 1) | ((now["is_won"] != 1) & (now["is_lost"] != 1) & (now["category"] == "closed"))
    lost = ~won & ((now["is_lost"] == 1) | (now["category"] == "omitted"))
    open_ = ~won & ~lost
    now["won"] = np.where(won, now["amount"], 0)
    now["commit"] = np.where(open_ & (now["category"] == "commit"), now["amount"], 0)
    now["best_case"] = np.where(open_ & (now["category"] == "best_case"), now["amount"], 0)
    now["pipeline"] = np.where(open_ & ~now["category"].isin(["commit", "best_case"]), now["amount"], 0)
    sums = now.groupby("owner_id")[["won", "commit", "best_case", "pipeline"]].sum()

    quota = quotas[quotas["period"] == label].groupby("rep_id")["amount"].sum()
    table = pd.DataFrame(index=pd.Index(sorted(set(reps["id"]) | set(sums.index)), name="rep"))
    table = table.join(quota.rename("quota")).join(sums).fillna(0).astype(np.int64)
    table["gap"] = (table["quota"] - table["won"]).clip(lower=0)
    open_pipe = table["commit"] + table["best_case"] + table["pipeline"]
    table["coverage"] = np.where(table["gap"] > 0, open_pipe / table["gap"].where(table["gap"] > 0, 1), np.nan)
    return table, as_of, label


def check(table, cockpit_json):
    doc = json.load(open(cockpit_json, encoding="utf-8"))
    rows = doc.get("team") or doc.get("teamRows") or doc.get("team_table")
    if rows is None:
        sys.exit("no team rows in " + cockpit_json)
    mismatches = 0
    seen = 0
    for row in rows:
        rep = row.get("rep_id") or row.get("repId") or row.get("id")
        if rep not in table.index:
            print("pandas has no row for", rep)
            mismatches += 1
            continue
        seen += 1
        ours = table.loc[rep]
        for key in ("quota", "won", "commit", "best_case", "pipeline", "gap"):
            theirs = row.get(key)
            if theirs is None:
                theirs = row.get(key.replace("_c", "C"))
            if isinstance(theirs, dict):
                theirs = theirs.get("cents")
            if isinstance(theirs, float):
                theirs = round(theirs * 100)
            if int(theirs) != int(ours[key]):
                print(f"{rep} {key}: dmcockpit {theirs} pandas {ours[key]}")
                mismatches += 1
        cov = row.get("coverage")
        if cov is not None and not np.isnan(ours["coverage"]) and abs(float(cov) - ours["coverage"]) > 0.005:
            print(f"{rep} coverage: dmcockpit {cov} pandas {ours['coverage']:.4f}")
            mismatches += 1
    # Reps with nothing in P and no quota are not team rows in the cockpit.
    busy = table[(table[["quota", "won", "commit", "best_case", "pipeline"]] != 0).any(axis=1)]
    if seen < len(busy):
        print(f"dmcockpit lists {seen} reps, pandas {len(busy)} with numbers")
        mismatches += 1
    return mismatches


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    table, as_of, label = team_table(sys.argv[1])
    if "--check" in sys.argv:
        bad = check(table, sys.argv[sys.argv.index("--check") + 1])
        print(f"team table {as_of} {label}: {len(table)} reps, {bad} differences")
        sys.exit(1 if bad else 0)
    print(f"team table {as_of} {label}: {len(table)} reps, won {table['won'].sum()} "
          f"pipeline {table['pipeline'].sum()}")


if __name__ == "__main__":
    main()
