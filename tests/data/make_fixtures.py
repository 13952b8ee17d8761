#!/usr/bin/env python3
"""Writes the import test fixtures (tests/data/malformed, tests/data/quirks, tests/data/canonical-full,
tests/data/salesforce-weeks). Run once; the files are committed. Bytes are written exactly."""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))

def write(path, data):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

REPS = "id,name,district,region\nr1,Ann Lee,North,East\nr2,Bob Ray,North,East\n"
OPP_HEADER = "id,owner_id,name,stage,category,amount,close_date\n"
OPPS_OK = ["o1,r1,Alpha,Lead,pipeline,1000,2024-03-01",
           "o2,r2,Beta,Proposal,best_case,2500.50,2024-03-15",
           "o3,r1,Gamma,Closed Won,closed,700,2024-02-01"]

def canonical_case(name, opp_lines=None, reps=REPS, opp_header=OPP_HEADER):
    lines = OPPS_OK if opp_lines is None else opp_lines
    write(f"malformed/{name}/reps.csv", reps)
    write(f"malformed/{name}/opportunities.csv", opp_header + "\n".join(lines) + "\n")

# --- malformed: each must fail with exit 3 naming the line (see tst_import_malformed)
canonical_case("unclosed_quote", [OPPS_OK[0], 'o2,r2,"Beta,Proposal,best_case,2500,2024-03-15', OPPS_OK[2]])
canonical_case("truncated", None)
write("malformed/truncated/opportunities.csv", (OPP_HEADER + "\n".join(OPPS_OK)).encode()[:-12])
canonical_case("bad_date", [OPPS_OK[0], OPPS_OK[1], "o3,r1,Gamma,Closed Won,closed,700,2024-13-45"])
canonical_case("bad_amount", ["o1,r1,Alpha,Lead,pipeline,\"12,x\",2024-03-01", OPPS_OK[1], OPPS_OK[2]])
canonical_case("unknown_stage", [OPPS_OK[0], "o2,r2,Beta,Won Maybe,best_case,2500,2024-03-15", OPPS_OK[2]])
canonical_case("unknown_category", [OPPS_OK[0], OPPS_OK[1], "o3,r1,Gamma,Closed Won,upside,700,2024-02-01"])
canonical_case("unknown_owner", ["o1,r9,Alpha,Lead,pipeline,1000,2024-03-01"] + OPPS_OK[1:])
canonical_case("duplicate_ids", OPPS_OK + ["o2,r1,Delta,Lead,pipeline,10,2024-03-01"])
canonical_case("missing_column", [l.rsplit(',', 4)[0] + ',' + l.split(',', 4)[4] for l in OPPS_OK],
               opp_header="id,owner_id,name,category,amount,close_date\n")
write("malformed/missing_column/opportunities.csv",
      "id,owner_id,name,category,amount,close_date\n"
      "o1,r1,Alpha,pipeline,1000,2024-03-01\n")
canonical_case("empty_file")
write("malformed/empty_file/opportunities.csv", b"")
canonical_case("bad_encoding_mix")
write("malformed/bad_encoding_mix/reps.csv",
      "id,name,district,region\nr1,Анна Ли,Север,Восток\n".encode('utf-8')
      + "r2,Борис,Север,Восток\n".encode('cp1251'))
canonical_case("binary_junk")
write("malformed/binary_junk/opportunities.csv",
      b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66")
canonical_case("extra_fields", [OPPS_OK[0], OPPS_OK[1] + ",surplus,values", OPPS_OK[2]])
canonical_case("bad_meddpicc", None)
write("malformed/bad_meddpicc/opportunities.csv",
      "id,owner_id,name,stage,category,meddpicc_champion\n"
      "o1,r1,Alpha,Lead,pipeline,confirmed\n"
      "o2,r1,Beta,Lead,pipeline,maybe\n")
# A Salesforce export read with the canonical profile: its columns are not canonical ones.
write("malformed/wrong_profile/reps.csv", REPS)
write("malformed/wrong_profile/opportunities.csv",
      '"Id","OwnerId","Name","StageName","Amount","CloseDate"\n'
      '"0061","0051","Alpha","Prospecting","1000","2024-03-01"\n')
write("malformed/bad_json/crm.json",
      '{\n  "reps": [{"id": "r1", "name": "Ann"}],\n  "opportunities": [\n    {"id": "o1", "owner_id": "r1",,\n  ]\n}\n')
write("malformed/salesforce_unknown_stage/Opportunity.csv",
      '"Id","AccountId","OwnerId","Name","StageName","Amount","CloseDate","ForecastCategoryName","Type"\n'
      '"0061","000000000000000AAA","0051","Alpha","Prospecting","1000","2024-03-01","Pipeline",""\n'
      '"0062","000000000000000AAA","0051","Beta","Almost There","1000","2024-03-01","Pipeline",""\n')
write("malformed/maven_unknown_agent/sales_teams.csv",
      "sales_agent,manager,regional_office\nAnn Lee,Dana,East\n")
write("malformed/maven_unknown_agent/sales_pipeline.csv",
      "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
      "A1,Ann Lee,GTX Pro,Acme,Won,2017-01-02,2017-02-01,100\n"
      "A2,Zed Nobody,GTX Pro,Acme,Won,2017-01-02,2017-02-01,100\n")

# --- quirks that are valid: each imports (see tst_import_quirks)
RU_PROFILE = """{
  "name": "ru-excel",
  "format": "canonical",
  "encoding": "auto",
  "delimiter": ";",
  "currency": "RUB",
  "decimal_separator": ",",
  "date_formats": ["dd.MM.yyyy"],
  "files": { "reps": ["reps.csv"], "opportunities": ["opportunities.csv"] },
  "stages": [
    { "name": "Lead", "probability": 10, "category": "pipeline" },
    { "name": "Closed Won", "probability": 100, "won": true, "category": "closed" }
  ],
  "categories": { "Воронка": "pipeline", "Закрыта": "closed" }
}
"""
write("quirks/ru_excel/profile.json", RU_PROFILE)
write("quirks/ru_excel/data/reps.csv", "id;name;district;region\r\nr1;Иван Петров;Север;Центр\r\n".encode('cp1251'))
write("quirks/ru_excel/data/opportunities.csv",
      ("id;owner_id;name;stage;category;amount;currency;close_date\r\n"
       "o1;r1;Поставка «Север»;Lead;Воронка;1\u00a0234,50;RUB;05.03.2024\r\n"
       "o2;r1;Сервис;Closed Won;Закрыта;99,9;RUB;28.02.2024\r\n").encode('cp1251'))
write("quirks/bom/reps.csv", b"\xef\xbb\xbf" + REPS.encode())
write("quirks/bom/opportunities.csv", b"\xef\xbb\xbf" + (OPP_HEADER + "\n".join(OPPS_OK) + "\n").encode())
write("quirks/utf16/reps.csv", b"\xff\xfe" + REPS.replace("Ann Lee", "Ann Lée").encode('utf-16-le'))
write("quirks/utf16/opportunities.csv", OPP_HEADER + "\n".join(OPPS_OK) + "\n")
write("quirks/tab/reps.csv", REPS.replace(',', '\t'))
write("quirks/tab/opportunities.csv", (OPP_HEADER + "\n".join(OPPS_OK) + "\n").replace(',', '\t'))
write("quirks/crlf_quoted_newlines/reps.csv", REPS.replace("\n", "\r\n"))
write("quirks/crlf_quoted_newlines/opportunities.csv",
      "id,owner_id,name,stage,category,amount,next_step\r\n"
      "o1,r1,\"Alpha, phase 2\",Lead,pipeline,1000,\"Call CFO\r\nthen send \"\"v2\"\" quote\"\r\n"
      "o2,r2,Beta,Lead,pipeline,,\r\n")
write("quirks/nul_bytes/reps.csv", REPS.encode().replace(b"Ann", b"A\x00nn"))
write("quirks/nul_bytes/opportunities.csv", (OPP_HEADER + "\n".join(OPPS_OK) + "\n").encode() + b"\x00\x00")
write("quirks/us_dates/profile.json", """{
  "name": "us-dates", "format": "canonical", "date_formats": ["M/d/yyyy", "yyyy-MM-dd HH:mm:ss"],
  "files": { "reps": ["reps.csv"], "opportunities": ["opportunities.csv"] },
  "stages": [ { "name": "Lead", "probability": 10, "category": "pipeline" } ]
}
""")
write("quirks/us_dates/data/reps.csv", REPS)
write("quirks/us_dates/data/opportunities.csv",
      "id,owner_id,name,stage,category,amount,close_date,created_date\n"
      "o1,r1,Alpha,Lead,pipeline,\"1,250.75\",3/7/2024,2024-01-02 13:45:00\n")
write("quirks/extra_columns/reps.csv", "region,Notes,name,id,district\nEast,likes golf,Ann Lee,r1,North\n")
write("quirks/extra_columns/opportunities.csv",
      "amount,Internal Code,stage,name,id,category,owner_id,;;\n"
      "1000,X-1,Lead,Alpha,o1,pipeline,r1,\n")
write("quirks/json/crm.json", """{
  "reps": [ {"id": "r1", "name": "Ann Lee", "district": "North"} ],
  "opportunities": [
    {"id": "o1", "owner_id": "r1", "name": "Alpha", "stage": "Proposal", "category": "best_case",
     "amount": 1234.5, "close_date": "2024-03-01", "meddpicc_champion": "confirmed", "poc_success_criteria": true},
    {"id": "o2", "owner_id": "r1", "name": "Beta", "stage": "Lead", "category": "pipeline", "amount": null}
  ]
}
""")

# --- a Salesforce export with history over four weeks, users, two currencies, placeholder ids
write("salesforce-weeks/Opportunity.csv",
      '"Id","IsDeleted","AccountId","Name","StageName","Amount","CurrencyIsoCode","CloseDate","Type","ForecastCategoryName","OwnerId","CreatedDate","LastModifiedDate","LastActivityDate"\n'
      '"006A","0","001A","Acme expansion","Closed Won","2000","USD","2024-01-20","Existing Customer - Upgrade","Closed","005A","2024-01-03 09:00:00","2024-01-20 10:00:00","2024-01-19"\n'
      '"006B","0","000000000000000AAA","Euro deal","Negotiation/Review","5000","EUR","2024-02-28","New Customer","Commit","005B","2024-01-16 11:00:00","2024-01-24 16:30:00",""\n'
      '"006C","1","001A","Deleted deal","Prospecting","1","USD","2024-02-28","","Pipeline","005A","2024-01-02 11:00:00","2024-01-02 11:00:00",""\n')
write("salesforce-weeks/OpportunityHistory.csv",
      '"Id","OpportunityId","CreatedDate","StageName","Amount","CloseDate","ForecastCategory","IsDeleted"\n'
      '"008-1","006A","2024-01-03 09:00:00","Prospecting","1000","2024-02-15","Pipeline","0"\n'
      '"008-2","006A","2024-01-10 14:00:00","Negotiation/Review","2000","2024-02-15","Forecast","0"\n'
      '"008-3","006A","2024-01-20 10:00:00","Closed Won","2000","2024-01-20","Closed","0"\n'
      '"008-4","006B","2024-01-16 11:00:00","Qualification","4000","2024-03-31","Pipeline","0"\n'
      '"008-5","006B","2024-01-24 16:30:00","Negotiation/Review","5000","2024-02-28","Forecast","0"\n')
write("salesforce-weeks/User.csv",
      '"Id","Name","Department","Division"\n"005A","Ann Lee","North","East"\n"005B","Bob Ray","North","East"\n')
write("salesforce-weeks/Account.csv",
      '"Id","IsDeleted","Name","Type","Industry","ParentId"\n"001A","0","Acme","Customer - Direct","Energy","000000000000000AAA"\n')
write("salesforce-weeks/CurrencyType.csv",
      '"Id","IsoCode","ConversionRate","IsCorporate","IsActive"\n"1","USD","1","1","1"\n"2","EUR","0.92","0","1"\n')

# --- every canonical table, with text that needs quoting and neutralising (round trip)
write("canonical-full/stages.csv",
      "name,probability,sort_order,is_won,is_lost\nLead,10,1,0,0\nProposal,60,2,0,0\nNegotiation,80,3,0,0\n"
      "Closed Won,100,4,1,0\nClosed Lost,0,5,0,1\n")
write("canonical-full/currency_rates.csv", "code,rate,is_reporting\nUSD,1,1\nEUR,0.9123,0\n")
write("canonical-full/reps.csv",
      "id,name,district,region,role,ramp_start\nr2,\"Ray, Bob\",North,East,AE,2024-01-08\nr1,Ann Lee,North,East,SE,\n")
write("canonical-full/quotas.csv", "rep_id,period,amount\nr1,2024Q1,150000\nr2,2024Q1,99999.99\n")
write("canonical-full/accounts.csv",
      "id,name,segment,industry,arr,currency,renewal_date,executive_sponsor\n"
      "a1,=Acme (formula-looking),Enterprise,Energy,120000,USD,2024-05-01,\"Dana \"\"DJ\"\" Jones\"\n"
      "a2,Globex,Mid-Market,,0,EUR,,\n")
write("canonical-full/health_readings.csv", "account_id,reading_date,score\na1,2024-01-05,72\na1,2024-02-05,58\n")
write("canonical-full/opportunities.csv",
      "id,account_id,owner_id,name,type,stage,category,amount,currency,close_date,created_date,stage_entered_date,"
      "last_activity_date,next_step,source,partner,meddpicc_metrics,meddpicc_metrics_note,meddpicc_economic_buyer,"
      "meddpicc_economic_buyer_note,meddpicc_decision_criteria,meddpicc_decision_criteria_note,meddpicc_decision_process,"
      "meddpicc_decision_process_note,meddpicc_paper_process,meddpicc_paper_process_note,meddpicc_identify_pain,"
      "meddpicc_identify_pain_note,meddpicc_champion,meddpicc_champion_note,meddpicc_competition,meddpicc_competition_note,"
      "poc_status,poc_start,poc_planned_end,poc_last_check_in,poc_success_criteria,security_review,legal_review\n"
      "o2,a2,r2,Globex renewal,renewal,Negotiation,commit,-150.25,EUR,2024-03-20,2023-11-02,2024-02-01,2024-02-20,"
      "\"Send MSA,\nthen call\",Web,,confirmed,ROI 3x,partial,,none,,none,,confirmed,,none,,confirmed,\"CTO, \"\"Kim\"\"\",none,,"
      "active,2024-02-01,2024-03-01,2024-02-15,1,in_progress,not_started\n"
      "o1,a1,r1,-50% promo,new,Proposal,best_case,125000,USD,2024-03-31,2024-01-10,2024-02-12,,,,Partner Co,"
      "none,,none,,none,,none,,none,,none,,none,,none,,none,,,,0,not_started,not_required\n"
      "o3,,r1,No account yet,expansion,Lead,pipeline,,,,,,,,,,none,,none,,none,,none,,none,,none,,none,,none,,none,,,,0,not_started,not_started\n")
write("canonical-full/snapshots.csv",
      "as_of,opportunity_id,owner_id,stage,category,amount,currency,close_date,stage_entered_date,last_activity_date\n"
      "2024-02-18,o1,r1,Lead,pipeline,100000,USD,2024-03-31,2024-01-10,\n"
      "2024-02-25,o1,r1,Proposal,best_case,125000,USD,2024-03-31,2024-02-12,\n"
      "2024-02-25,o2,r2,Negotiation,commit,-150.25,EUR,2024-03-20,2024-02-01,2024-02-20\n")
write("canonical-full/forecast_calls.csv",
      "rep_id,period,week_start,commit_amount,best_case_amount\nr1,2024Q1,2024-02-19,0,125000\nr2,2024Q1,2024-02-19,150.5,150.5\n")
