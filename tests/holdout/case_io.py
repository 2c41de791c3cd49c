"""What the blind-case generators (make_cases_zf.py, make_cases_zg.py) share: the analyst's usual expectations and
the writers of a case's data file and its .toml, byte for byte the same on every run (fixed properties and zip times).
Both write into this folder, dated FIXED."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 12, 5, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)

ALL_BAD = ["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
           "missing_must_have", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
           "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "price_below_15w", "price_below_10w",
           "price_over_budget", "price_missing", "claimed", "conditional", "unconfirmed", "unverified", "source_partial",
           "source_licence_only", "bloat_features"]
BLOAT = ["blockchain_evidence", "metaverse_marketing", "overseas_payment", "ai_customer_service"]
GOOD_VALUES = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                   licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                   policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
GOOD_STATUS = {k: "stated" for k in GOOD_VALUES}

PC = ["personal_credit_report", "risk_model", "repayment_management"]
ML = ["enterprise_credit", "cashflow_analysis", "contract_management"]
CI = ["product_management", "installment_calculator", "order_tracking"]
CORE = ["risk_approval", "user_management"]
NOGATE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing"]


def _save(wb, name):
    """Save with fixed properties and fixed zip entry times, so a rerun writes the same bytes."""
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            zout.writestr(fixed, data)
    (HERE / name).write_bytes(out.getvalue())


def write_csv(name, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(buf.getvalue().encode(encoding))


def _q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_q(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def write_toml(name, comment, business_type, files, top, why, vendors):
    out = ["# " + line for line in comment.strip().splitlines()]
    out += [f"business_type = {_q(business_type)}", f"files = {_q(files)}", f"top = {_q(top)}", f"why = {_q(why)}"]
    for v in vendors:
        out += ["", "[[vendor]]", f"vendor = {_q(v['vendor'])}", f"gate = {_q(v['gate'])}"]
        if "price" in v:
            out.append(f"price_cny = {_q(v['price'])}")
        out.append(f"why = {_q(v['why'])}")
        for sect in ("values", "status"):
            if v.get(sect):
                out.append(f"[vendor.{sect}]")
                out += [f"{k} = {_q(x)}" for k, x in v[sect].items()]
        if v.get("fin") or v.get("fex"):
            out.append("[vendor.features]")
            if v.get("fin"):
                out.append(f"include = {_q(v['fin'])}")
            if v.get("fex"):
                out.append(f"exclude = {_q(v['fex'])}")
        if v.get("flin") or v.get("flex"):
            out.append("[vendor.flags]")
            if v.get("flin"):
                out.append(f"include = {_q(v['flin'])}")
            if v.get("flex"):
                out.append(f"exclude = {_q(v['flex'])}")
    (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")



def good(vendor, price, why, feats, **extra):
    vals = dict(GOOD_VALUES)
    vals.update(extra)
    st = dict(GOOD_STATUS)
    if "response_hours" in extra:
        st["response_hours"] = "stated"
    return dict(vendor=vendor, gate="pass", price=price, why=why, values=vals, status=st, fin=feats, fex=BLOAT, flex=ALL_BAD)
