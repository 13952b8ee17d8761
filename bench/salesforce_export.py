#!/usr/bin/env python3
"""A Salesforce-shaped export at company scale, for the benchmark (bench/run.sh).

usage: salesforce_export.py OUT_DIR [--deals N] [--owners N] [--accounts N] [--weeks N]
                            [--as-of YYYY-MM-DD] [--seed N]

Writes the files a Data Loader export of an org with advanced currency management off holds:
Opportunity.csv, OpportunityHistory.csv (one row per change of stage, amount, close date or
forecast category, about 5.4 per deal), Account.csv, User.csv (the owners in districts and
regions by Department / Division, plus the system users every org has), CurrencyType.csv
(USD corporate, EUR, GBP, CAD). Every cell is quoted and the columns a real export carries and the
product does not read are there too, so the files have a real export's width (about 118 MB at
100,000 deals). The same seed gives the same bytes. Each deal's last history row is its state in
Opportunity.csv, so the team table at the as-of date can be computed from Opportunity.csv alone
(bench/team_table_salesforce.py) and compared with the product's.
"""
import argparse
import csv
import datetime as dt
import os
import random

OPEN_STAGES = [
    ("Prospecting", 10, "Pipeline"),
    ("Qualification", 10, "Pipeline"),
    ("Needs Analysis", 20, "Pipeline"),
    ("Value Proposition", 50, "Pipeline"),
    ("Id. Decision Makers", 60, "Pipeline"),
    ("Perception Analysis", 70, "Pipeline"),
    ("Proposal/Price Quote", 75, "BestCase"),
    ("Negotiation/Review", 90, "Commit"),
]
WON = ("Closed Won", 100, "Closed")
LOST = ("Closed Lost", 0, "Omitted")
# ForecastCategoryName (the label) on Opportunity, ForecastCategory (the API value) on the history.
CATEGORY_LABEL = {"Pipeline": "Pipeline", "BestCase": "Best Case", "Commit": "Commit", "Closed": "Closed",
                  "Omitted": "Omitted"}
CURRENCIES = [("USD", "1.000000", "1"), ("EUR", "0.920000", "0"), ("GBP", "0.790000", "0"),
              ("CAD", "1.360000", "0")]
CURRENCY_WEIGHTS = [70, 15, 10, 5]
TYPES = ["New Customer", "Existing Customer - Upgrade", "Existing Customer - Renewal",
         "Existing Customer - Replacement"]
TYPE_WEIGHTS = [55, 25, 15, 5]
SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other", "Trade Show",
           "Employee Referral", "Word of mouth", ""]
SEGMENTS = ["Customer - Direct", "Customer - Channel", "Prospect", "Channel Partner / Reseller",
            "Installation Partner", "Technology Partner", "Other"]
INDUSTRIES = ["Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications",
              "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering",
              "Finance", "Healthcare", "Insurance", "Manufacturing", "Media", "Retail", "Technology",
              "Transportation", "Utilities"]
FIRST = ["Anna", "Boris", "Carla", "Daniel", "Elena", "Frank", "Galina", "Hugo", "Irina", "James",
         "Katya", "Liam", "Maria", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Sergei", "Tanya"]
LAST = ["Adams", "Baker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Huang", "Ivanova",
        "Jensen", "Kowalski", "Lopez", "Morozov", "Novak", "Olsen", "Petrova", "Quist", "Rossi",
        "Smirnov", "Tanaka"]

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sf_id(prefix, n):
    """An 18-character id: key prefix, zero padding, the number in base 62, a 3-letter suffix."""
    digits = ""
    while True:
        n, r = divmod(n, 62)
        digits = ALPHABET[r] + digits
        if n == 0:
            break
    return (prefix + "0" * (12 - len(digits)) + digits + "AAA")[:18]


def stamp(day, seconds):
    return (dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def money(cents):
    return f"{cents // 100}" if cents % 100 == 0 else f"{cents // 100}.{cents % 100:02d}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--deals", type=int, default=100000)
    ap.add_argument("--owners", type=int, default=500)
    ap.add_argument("--accounts", type=int, default=0, help="default: deals / 4")
    ap.add_argument("--weeks", type=int, default=52)
    ap.add_argument("--as-of", default="2026-11-27")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    as_of = dt.date.fromisoformat(args.as_of)
    first_day = as_of - dt.timedelta(days=7 * args.weeks - 1)
    accounts = args.accounts or max(1, args.deals // 4)
    os.makedirs(args.out, exist_ok=True)

    def writer(name):
        f = open(os.path.join(args.out, name), "w", newline="", encoding="utf-8")
        return f, csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")

    admin = sf_id("005", 1)
    system_users = [("Automated Process", "autoproc"), ("Integration User", "integration"),
                    ("Security User", "insightssecurity")]
    f, w = writer("User.csv")
    w.writerow(["Id", "Username", "LastName", "FirstName", "Name", "CompanyName", "Division", "Department",
                "Title", "Email", "IsActive", "TimeZoneSidKey", "UserRoleId", "LocaleSidKey", "UserType",
                "LanguageLocaleKey", "ManagerId", "CreatedDate", "LastLoginDate"])
    owners = []
    districts_per_region = 10
    reps_per_district = 10
    for i in range(args.owners):
        uid = sf_id("005", 100 + i)
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        district = i // reps_per_district
        region = district // districts_per_region
        w.writerow([uid, f"{first.lower()}.{last.lower()}{i}@example.com", last, first, f"{first} {last} {i}",
                    "Example Corp", f"Region {region + 1}", f"District {district + 1}", "Account Executive",
                    f"{first.lower()}.{last.lower()}{i}@example.com", "1", "Europe/London", "", "en_US",
                    "Standard", "en_US", "", "2024-01-02 09:00:00", "2026-11-26 08:12:00"])
        owners.append(uid)
    for j, (name, user) in enumerate(system_users):
        w.writerow([sf_id("005", 10 + j), f"{user}@00d000000000000.example", name, "", name, "Example Corp", "",
                    "", "", f"{user}@example.com", "1", "America/Los_Angeles", "", "en_US",
                    "AutomatedProcess" if j == 0 else "Standard", "en_US", "", "2023-05-01 00:00:00", ""])
    f.close()

    f, w = writer("CurrencyType.csv")
    w.writerow(["Id", "IsoCode", "ConversionRate", "DecimalPlaces", "IsActive", "IsCorporate", "CreatedDate"])
    for k, (code, rate, corporate) in enumerate(CURRENCIES):
        w.writerow([sf_id("01L", k + 1), code, rate, "2", "1", corporate, "2023-05-01 00:00:00"])
    f.close()

    f, w = writer("Account.csv")
    w.writerow(["Id", "IsDeleted", "MasterRecordId", "Name", "Type", "ParentId", "BillingCity", "BillingState",
                "BillingCountry", "Phone", "Website", "Industry", "AnnualRevenue", "NumberOfEmployees",
                "OwnerId", "CreatedDate", "LastModifiedDate"])
    account_ids = []
    for a in range(accounts):
        aid = sf_id("001", 1000 + a)
        account_ids.append(aid)
        w.writerow([aid, "0", "", f"Account {a + 1} {LAST[a % len(LAST)]} {INDUSTRIES[a % len(INDUSTRIES)]}",
                    rnd.choice(SEGMENTS), "000000000000000AAA", "Springfield", "IL", "USA",
                    f"(555) {a % 1000:03d}-{a % 10000:04d}", f"www.account{a + 1}.example",
                    INDUSTRIES[a % len(INDUSTRIES)], str(rnd.randrange(1, 500) * 1000000),
                    str(rnd.randrange(10, 20000)), owners[a % len(owners)], "2023-06-01 10:00:00",
                    "2026-10-01 10:00:00"])
    f.close()

    fo, wo = writer("Opportunity.csv")
    wo.writerow(["Id", "IsDeleted", "AccountId", "IsPrivate", "Name", "Description", "StageName", "StageSortOrder",
                 "Amount", "Probability", "ExpectedRevenue", "CloseDate", "Type", "NextStep", "LeadSource",
                 "IsClosed", "IsWon", "ForecastCategory", "ForecastCategoryName", "CurrencyIsoCode", "CampaignId",
                 "HasOpportunityLineItem", "Pricebook2Id", "OwnerId", "CreatedDate", "CreatedById",
                 "LastModifiedDate", "LastModifiedById", "SystemModstamp", "LastActivityDate",
                 "LastStageChangeDate", "FiscalQuarter", "FiscalYear", "Fiscal"])
    fh, wh = writer("OpportunityHistory.csv")
    wh.writerow(["Id", "OpportunityId", "CreatedById", "CreatedDate", "CreatedDateForInsert", "StageName", "Amount",
                 "ExpectedRevenue", "CloseDate", "Probability", "FromForecastCategory", "ForecastCategory",
                 "PrevForecastUpdate", "FromOpportunityStageName", "PrevOpportunityStageUpdate",
                 "ValidThroughDate", "SystemModstamp", "IsDeleted"])
    history_n = 0
    span = (as_of - first_day).days
    for d in range(args.deals):
        oid = sf_id("006", 5000 + d)
        owner = owners[rnd.randrange(len(owners))]
        created = first_day + dt.timedelta(days=rnd.randrange(span + 1))
        currency = rnd.choices(CURRENCIES, CURRENCY_WEIGHTS)[0][0]
        cents = int(rnd.lognormvariate(10.4, 0.9)) * 100 + rnd.choice([0, 0, 0, 50, 99])
        close = created + dt.timedelta(days=rnd.randrange(30, 150))
        stage_i = rnd.choice([0, 0, 1, 1, 2])
        stage = OPEN_STAGES[stage_i]
        day = created
        seconds = rnd.randrange(8 * 3600, 18 * 3600)
        events = [(day, seconds, stage, cents, close)]
        # Later changes: a stage step, an amount change or a close date pushed, until it closes or
        # the as-of date is reached.
        while True:
            day = day + dt.timedelta(days=rnd.randrange(4, 36))
            if day > as_of:
                break
            seconds = rnd.randrange(8 * 3600, 18 * 3600)
            r = rnd.random()
            if stage in (WON, LOST):
                break
            if day >= close or r < 0.06:
                stage = WON if rnd.random() < 0.38 else LOST
                close = day  # a closed deal's close date is the day it closed
            elif r < 0.62:
                stage_i = min(stage_i + rnd.choice([1, 1, 2]), len(OPEN_STAGES) - 1)
                stage = OPEN_STAGES[stage_i]
            elif r < 0.82:
                cents = max(100000, cents + rnd.randrange(-cents // 3, cents // 3 + 1) // 100 * 100)
            else:
                close = close + dt.timedelta(days=rnd.choice([14, 30, 30, 60]))
            events.append((day, seconds, stage, cents, close))
        prev = None
        for (eday, esec, (sname, prob, cat), ecents, eclose) in events:
            history_n += 1
            at = stamp(eday, esec)
            wh.writerow([sf_id("008", history_n), oid, owner, at, at, sname, money(ecents),
                         money(ecents * prob // 100), eclose.isoformat() + " 00:00:00", str(prob),
                         prev[2][2] if prev else "", cat, "", prev[2][0] if prev else "", "",
                         "2026-12-31 00:00:00", at, "0"])
            prev = (eday, esec, (sname, prob, cat))
        last_day, last_sec, (sname, prob, cat), ecents, eclose = events[-1]
        stage_changed = last_day
        for e in reversed(events):
            if e[2][0] != sname:
                break
            stage_changed = e[0]
        closed = sname in (WON[0], LOST[0])
        activity = min(as_of, last_day + dt.timedelta(days=rnd.randrange(0, 40)))
        wo.writerow([oid, "0", account_ids[rnd.randrange(len(account_ids))], "0",
                     f"{LAST[d % len(LAST)]} {INDUSTRIES[d % len(INDUSTRIES)]} deal {d + 1}", "",
                     sname, str(OPEN_STAGES.index((sname, prob, cat)) + 1 if not closed else 9), money(ecents),
                     str(prob), money(ecents * prob // 100), eclose.isoformat(), rnd.choices(TYPES, TYPE_WEIGHTS)[0],
                     "" if rnd.random() < 0.4 else "Follow up on the proposal", rnd.choice(SOURCES),
                     "1" if closed else "0", "1" if sname == WON[0] else "0", cat, CATEGORY_LABEL[cat], currency,
                     "", "0", "", owner, stamp(created, events[0][1]), admin, stamp(last_day, last_sec), admin,
                     stamp(last_day, last_sec), activity.isoformat(), stamp(stage_changed, 0)[:10],
                     str((eclose.month - 1) // 3 + 1), str(eclose.year), f"Q{(eclose.month - 1) // 3 + 1}-{eclose.year}"])
    fo.close()
    fh.close()
    print(f"{args.deals} opportunities, {history_n} history rows, {accounts} accounts, "
          f"{args.owners + len(system_users)} users -> {args.out}")


if __name__ == "__main__":
    main()
