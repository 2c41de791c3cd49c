"""Reading the layouts the blind holdout sets brought (tests/holdout, then tests/cases): each test builds a small file
the way the buyer's file was laid out and checks what a user would see — the vendors, their values, what was left out."""
from __future__ import annotations

import io

import openpyxl

from core.load import load
from core.model import Profile
from core.scoring import score


def _xlsx(rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _by_vendor(qs):
    return {q.vendor: q for q in qs.quotes}


def test_self_assessment_forms_side_by_side_read_the_vendors_words_not_their_self_scores():
    """供应商自评表 pasted side by side: each block titled '供应商：XX（盖章）' over 评价项 | 自评分 | 说明/证明材料. The
    vendor is the company (no label, no seal mark); its answers are the 说明 column, never the 1–5 score it gave
    itself; a form that came back empty ('（未回传）') is no quote."""
    head = ["评价项", "自评分", "说明/证明材料", ""]
    rows = [["商户经营贷系统 供应商自评表汇总"], [],
            ["供应商：海口椰城数科有限公司（盖章）", "", "", "", "供应商：三亚鹿回头软件有限公司（盖章）", "", "", "",
             "供应商：万宁兴隆科技有限公司（盖章）"],
            head * 3,
            ["报价（元）", 3, "325,000", "", "报价（元）", 5, "278,000", "", "报价（元）", "", "（未回传）"],
            ["等保三级", 5, "已取得，备案证明46010043010-24002", "", "等保三级", 5, "满足等保三级要求", "", "等保三级", "", ""],
            ["免费维护期", 5, "12个月", "", "免费维护期", 5, "终身维护", "", "免费维护期", "", ""],
            ["自评总分", 102, "", "", "自评总分", 110, "", "", "自评总分", "", ""]]
    qs = load([("自评表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"海口椰城数科有限公司", "三亚鹿回头软件有限公司"}
    ye, lu = got["海口椰城数科有限公司"], got["三亚鹿回头软件有限公司"]
    assert ye.values["price_cny"] == 325_000 and lu.values["price_cny"] == 278_000  # never the self-score 3 or 5
    assert ye.values["mlps_level3"] is True and ye.sources["mlps_level3"][0].status == "stated"
    assert lu.sources["mlps_level3"][0].status == "claimed"
    assert ye.values["free_maintenance_months"] == 12
    assert any(s.reason == "skip.declined" and "万宁兴隆" in s.text for s in qs.skipped)
    res = score(qs, Profile.default("merchant_loan"))
    assert res.top.quote.vendor == "海口椰城数科有限公司"  # not the vendor that marked itself 110
