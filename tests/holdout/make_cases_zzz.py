"""Build the "zzz" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE SAME NEGOTIATION, LATER — files from the second half of a purchase, where
what still holds must be told from what was said before:

zzz_01 — an .xlsx (merchant loans): a procurement officer's 议价记录（谈判纪要）, one block of dated rows per vendor (首轮报价 → 二轮 →
  最终), the vendor's number and name merged down its block; the first round is the whole quote, every later row only what changed
  ("价格降至…，其余条款不变", "维保改为两年，但版本升级另计"); a 方式 column says how each row came (书面报价函 / 邮件 / 微信 / 电话 /
  承诺函); one vendor's last row is a telephone promise "待书面确认", another's a sealed 承诺函, a third withdraws by letter.
zzz_02 — an .xlsx (personal credit): a buyer's sheet after the 澄清 round, vendors as COLUMNS, each vendor's name merged over two
  sub-columns "原响应 | 澄清后"; the clarification replaces, narrows, or is left blank (the sheet's note: a blank 澄清后 leaves the
  original standing); the buyer's 采购部备注 column at the right.
zzz_03 — a CSV in GBK (consumer instalments): a legal officer's 合同谈判核对清单 comparing, for each vendor, its 报价单 with ITS OWN
  contract draft (乙方提供的合同草稿) and its written reply to the buyer's mark-up, item by item; the vendor's name written only on
  the first row of its block (the merged cell of the Excel it came from), a 法务小结 row after each block, notes lines above and
  below the table; some vendors' drafts write less than their quotes, one refuses to put its service promises into the contract.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzz_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzz.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
REPAY = ["repayment_management"]


def _vals(*drop, **over):
    """The all-good values with some changed; `drop` leaves a field out (not asserted)."""
    v = dict(ALL_GOOD)
    v.update(over)
    return {k: x for k, x in v.items() if k not in drop}


def _st(**over):
    """Every scored field stated, with some changed; None leaves a field's standing unasserted."""
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


def _but(*keep, base=ALL_BAD):
    """The flag list without the flags the analyst expects (or does not settle)."""
    return [f for f in base if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzz_01  商户经营贷 — a procurement officer's 议价记录: dated rows per vendor, later rows only what changed
# ---------------------------------------------------------------------------------------------
Z1_NAME = "zzz_01_ml_yijia_jilu_koutou_chengnuohan.xlsx"
Z1_HEAD = ["序号", "供应商", "日期", "轮次", "方式", "对方表述（摘录原话）", "书面依据", "采购员备注"]

Z1_YUEYAN_1 = ("合计29.8万元（含税，13%专票），含源码授权、部署实施及培训。功能：企业征信、银行流水分析、电子合同、风控审批、还款管理、"
               "用户管理。等保：已取得等保三级，备案证明编号43112443016-24008（2024年取得）。加密：SM4（身份证号、手机号、银行卡号）。"
               "传输：HTTPS（TLS1.2）。权限：RBAC角色权限。日志：操作日志保存12个月，异常操作可追溯。征信：已对接人行企业征信系统、百行征信。"
               "维护：免费维护12个月，含bug修复及小版本升级。政策适配：一般调整免费，重大监管政策调整另行报价。技术支持：7×24小时，"
               "1小时内响应，指定专属工程师。咨询：提供终身技术咨询。年费：维保期满后2.8万元/年。源码：完整源码交付，可二次开发。")
Z1_JIUYI_1 = ("报价31.8万元（含税）。功能：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理。等保：三级测评中，"
              "预计2026年1月取得备案证明。加密：身份证号、手机号、银行卡号SM4加密存储。传输：全站HTTPS。权限：RBAC。日志：操作日志保存"
              "12个月。征信：已对接人行企业征信系统、百行征信。维护：免费维护12个月，含bug修复及小版本升级。政策适配：监管政策调整免费适配。"
              "技术支持：7×24小时，1小时内响应。咨询：提供终身技术咨询。合同：以上承诺写入合同。年费：维保期满后3万元/年。"
              "源码：完整源码，无加密。")
Z1_YAODU_1 = ("报价33.8万元（含税）。功能：企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏。等保三级已取得"
              "（备案证明编号43112943004-24021）。SM4加密。全站HTTPS。RBAC。日志保存12个月。征信：百行征信。免费维护12个月，含小版本"
              "升级。政策适配免费。7×24小时，2小时内响应。终身技术咨询。写入合同。年费3.2万元/年。完整源码。")
Z1_QIANJIADONG_1 = ("报价26.8万元（不含税，增值税6%另开专票）。功能：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理。"
                    "等保三级：已取得，备案证明编号43112543021-25004。数据加密：SM4（身份证号、手机号）。传输：全站HTTPS。权限管理：RBAC。"
                    "操作日志保存6个月。征信接口：百行征信。免费维护12个月，含bug修复及小版本升级。监管政策调整免费适配。技术支持："
                    "工作日9:00-18:00，4小时内响应。提供终身技术咨询。以上写入合同。维保期满后年费2.4万元/年。完整源码。")
Z1_YANGMINGSHAN_1 = ("合计29.5万元（含税）。功能模块：企业征信、流水分析、电子合同、风控审批、还款管理、用户管理；赠送智能客服机器人。"
                     "等保三级（备案证明编号43112343005-25013）。SM4加密。全站HTTPS。RBAC。日志保存12个月。征信：人行企业征信、朴道征信。"
                     "免费维护12个月，含bug修复及小版本升级。监管政策适配免费。7×24小时，2小时内响应。终身技术咨询。写入合同。"
                     "期满年费3.5万元/年。完整源码。")

# one block per vendor: (vendor, [(date, round, channel, words, proof, remark), ...])
Z1_BLOCKS = [
    ("道县月岩软件有限公司", [
        (date(2025, 11, 5), "首轮报价", "书面报价单（盖章）", Z1_YUEYAN_1, "报价单原件已归档", None),
        (date(2025, 11, 19), "二轮", "邮件", "经公司审批，合计调整为28.6万元（含税），其余不变。", "邮件已打印归档", "降1.2万"),
        (date(2025, 12, 1), "最终", "承诺函（盖章）",
         "我司就本项目承诺如下：一、最终报价28.6万元（含税）不变；二、监管政策调整（含重大政策调整）所需的系统适配，均免费完成；"
         "三、免费维护期延长至24个月，维护范围含bug修复及小版本升级；四、上述承诺及报价单所列售后条款全部写入正式合同。",
         "承诺函原件（盖章）已交法务", "比九嶷电话价贵2.8万"),
    ]),
    ("宁远九嶷数科有限公司", [
        (date(2025, 11, 6), "首轮报价", "书面报价函（盖章）", Z1_JIUYI_1, "报价函原件已归档", None),
        (date(2025, 11, 20), "二轮", "邮件", "经内部申请，价格降至27.6万元（含税），其余条款不变。", "邮件已打印归档", "降了4.2万"),
        (date(2025, 12, 2), "最终", "电话",
         "销售总监彭总电话里口头答应：最终价可以做到25.8万元，免费维护延长到24个月；另外说等保三级证书已经下发，备案证明编号过两天"
         "发过来。待书面确认。",
         "无（电话，截至12月3日未收到书面确认）", "价格最低、维护最长，倾向九嶷"),
    ]),
    ("江华瑶都数据科技有限公司", [
        (date(2025, 11, 8), "首轮报价", "书面报价函（盖章）", Z1_YAODU_1, "报价函原件已归档", "最贵"),
        (date(2025, 11, 20), "二轮", "电话", "口头表示可以降到30万左右，需请示公司。", "无", None),
        (date(2025, 12, 3), "最终", "书面函（盖章）", "因公司项目人员调整，我司决定退出本次比选，特此函告。", "退出函原件已归档",
         "已退出"),
    ]),
    ("江永千家峒信息技术有限公司", [
        (date(2025, 11, 7), "首轮报价", "书面报价函（盖章）", Z1_QIANJIADONG_1, "报价函原件已归档", None),
        (date(2025, 11, 21), "二轮", "邮件", "维保改为两年，但版本升级另计；价格不变，其余不变。", "邮件已打印归档", "升级另计要问清单价"),
        (date(2025, 12, 1), "最终", "邮件", "最终报价25.8万元（不含税，增值税6%另开专票），其余同二轮。", "邮件已打印归档", None),
    ]),
    ("双牌阳明山科技有限公司", [
        (date(2025, 11, 6), "首轮报价", "书面报价单（盖章）", Z1_YANGMINGSHAN_1, "报价单原件已归档", None),
        (date(2025, 11, 18), "二轮", "微信（销售经理）",
         "价格可以降到25.6万（含税），前提是：免费维护期改为6个月，监管政策适配改为按次收费，每次1.5万元，响应时间改为4小时内。"
         "其余不变。", "微信截图已打印归档", "降价换条件，不划算"),
        (date(2025, 11, 28), "最终", "邮件", "最终报价同二轮，不再调整。", "邮件已打印归档", None),
    ]),
]
Z1_FOOT = ("备注：1. 九嶷“最终”一行为电话口头表述，书面确认函截至12月3日尚未收到；2. 瑶都已于12月3日书面退出；"
           "3. 各家“首轮报价”为完整报价，之后只记变动内容。")


def build_zzz01():
    wb = Workbook()
    ws = wb.active
    ws.title = "议价记录"
    put_row(ws, 1, ["祁阳浯溪小额贷款有限公司 · 商户经营贷系统源码采购 议价记录（谈判纪要）"], font=TITLE, border=False)
    ws.merge_cells("A1:H1")
    put_row(ws, 2, ["记录人：采购专员 唐晓岚　　谈判期间：2025-11-05 至 2025-12-03　　说明：每家首轮为完整报价，之后各轮只记变动的"
                    "内容，未提及的条款沿用上一轮；“方式”栏注明对方以何种形式表述。"], border=False)
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 30
    put_row(ws, 4, Z1_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 5
    for n, (vendor, rows) in enumerate(Z1_BLOCKS, start=1):
        first = r
        for d, rnd, channel, words, proof, remark in rows:
            put_row(ws, r, [n if r == first else None, vendor if r == first else None, d, rnd, channel, words, proof, remark])
            for c in (1, 2):
                ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=3).number_format = "yyyy-mm-dd"
            if channel == "电话":
                ws.cell(row=r, column=6).fill = YELLOW
            ws.row_dimensions[r].height = 150 if len(words) > 150 else 48
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = CENTER
        ws.cell(row=first, column=2).alignment = CENTER
    r += 1
    put_row(ws, r, [Z1_FOOT], border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 32
    ws.freeze_panes = "C5"
    widths(ws, [6, 18, 12, 10, 16, 70, 22, 20])
    _save(wb, Z1_NAME)

    comment = """Voice: 唐晓岚, procurement officer of 祁阳浯溪小额贷款 (local merchant loans, no cross-border business; the type's band is
  25–35万), keeping the 议价记录 of the second half of the purchase (2025-11-05 to 12-03). The columns 书面依据 and 采购员备注, the
  title, the note line under it and the 备注 line under the table are hers; 对方表述（摘录原话） is each vendor's words on that date,
  by the channel the 方式 column names.
Layout: .xlsx, one sheet "议价记录": title row 1, her note row 2 (merged A:H), header row 4 (序号 | 供应商 | 日期 | 轮次 | 方式 |
  对方表述（摘录原话） | 书面依据 | 采购员备注), then five blocks of three rows (5–7, 8–10, 11–13, 14–16, 17–19), each vendor's 序号 and
  name MERGED DOWN its block, dates as real date cells (yyyy-mm-dd), the telephone rows' words filled yellow; row 21 her 备注
  (merged A:H). Each 首轮报价 row is the whole quote in one cell of "label：value" sentences; each later row is only the change.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, its block read as a thread of dated messages: the first round gives every term, each later row
  replaces only what it names ("…，其余不变" / "其余同二轮" / "同二轮" keep the rest), the latest WRITTEN word governing on each
  topic (analyst-reading: a buyer's contact log / a follow-up log / a mailbox — what was said by 电话 is only said until it comes
  in writing; 邮件, 微信 and a sealed letter are writing; a written price stands over a discount only said; "what was only said adds
  nothing to" the written words). A vendor whose latest written word withdraws is no quote. The buyer's 书面依据 and 采购员备注
  ("倾向九嶷", "降了4.2万") are hers, no vendor's terms and no reason to rank.
Traps: the decisive one is the last row of 宁远九嶷: a telephone promise "待书面确认" — '最终价可以做到25.8万元，免费维护延长到24个月；
  另外说等保三级证书已经下发，备案证明编号过两天发过来'. A careless reader takes each vendor's last row as its final word, reads
  九嶷 as 258,000 with a certificate and 24 months' maintenance, every other term good — the cheapest all-good quote, the pick
  (the officer's own remark says the same: '价格最低、维护最长，倾向九嶷'). CARELESS TOP PICK: 宁远九嶷数科有限公司. But nothing of
  that call is in writing: 九嶷's written word is the e-mail of 11-20 — 276,000 含税, 其余条款不变 — and its written 等保 is still
  the first round's '三级测评中，预计2026年1月取得备案证明': in progress (claimed), the gate unverified, whatever was said on the
  phone; its maintenance stays the written 12 months. It ranks below every quote that passes. CAREFUL TOP PICK: 道县月岩软件有限公司:
  its last row is a sealed 承诺函 that writes, in writing, free policy adaptation 'including major changes' (replacing the first
  round's '重大监管政策调整另行报价'), 24 months' free maintenance with minor upgrades, and every after-sales term into the formal
  contract (the first round said nothing of the contract); its price is the e-mail's 286,000 含税 ('其余不变' keeps everything
  else): filing number (2024年取得), SM4 on three named fields, TLS1.2, RBAC, 12-month logs with tracing, 人行企业征信 + 百行, every
  merchant must-have, 7×24 within 1 hour with a named engineer, lifetime consulting, 2.8万 a year after, full source.
  江永千家峒: first round 26.8万 不含税 at 6 %, then '维保改为两年，但版本升级另计' (24 months, upgrades no longer in the base price),
  then '最终报价25.8万元（不含税，增值税6%另开专票），其余同二轮' = 258,000 × 1.06 = 273,480 — a pass with office hours, 4 hours,
  6-month logs (not under 6). 双牌阳明山: '25.6万（含税），前提是：免费维护期改为6个月，监管政策适配改为按次收费，每次1.5万元，响应时间
  改为4小时内' by 微信 (writing), confirmed '同二轮' by e-mail: 256,000, a price cut bought with conceded terms — a pass with 6 months,
  policy charged, 4 hours, and the '赠送智能客服机器人' gift (bloat). 江华瑶都 withdrew by sealed letter on 12-03 ('退出本次比选'):
  no quote, whatever its 33.8万 first round and its telephone '30万左右' said — not listed below, never ranked.
Not settled and not asserted: the VALUE of 九嶷's mlps_level3 (the written words are in progress, recorded false; the phone call
  claims it held, true — both are claims, the gate unverified either way); the standing of 千家峒's '版本升级另计' (value false
  either way) and of 阳明山's '按次收费，每次1.5万元' (value false either way, stated or conditional), so 'conditional' is asserted
  for neither. None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="道县月岩软件有限公司", gate="pass", price=286000,
             why="rows 5–7. 首轮 (报价单, 11-05) gives every term; 二轮 (邮件, 11-19) '合计调整为28.6万元（含税），其余不变' = 286,000 inside 25–35万; 最终 (承诺函（盖章）, 12-01): '监管政策调整（含重大政策调整）所需的系统适配，均免费完成' replaces the first round's '重大监管政策调整另行报价' (free, stated); '免费维护期延长至24个月，维护范围含bug修复及小版本升级' (24 months, upgrades); '上述承诺及报价单所列售后条款全部写入正式合同' (in the contract, stated). Kept from the first round: '已取得等保三级，备案证明编号43112443016-24008（2024年取得）'; SM4 on 身份证号/手机号/银行卡号; HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行企业征信系统 + 百行征信; modules 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 7×24, 1小时内, named engineer; 终身技术咨询; '2.8万元/年'; 完整源码 可二次开发. 3 years: 286,000 + 1 × 28,000 = 314,000.",
             values=_vals(free_maintenance_months=24, response_hours=1, annual_fee_after_warranty_cny=28000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="江永千家峒信息技术有限公司", gate="pass", price=273480,
             why="rows 14–16. 首轮 (报价函, 11-07): 26.8万 不含税 at 6 %; '已取得，备案证明编号43112543021-25004'; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; every merchant must-have; 12个月 with minor upgrades; 政策 免费; '工作日9:00-18:00，4小时内响应'; 终身技术咨询; 以上写入合同; '2.4万元/年'; 完整源码. 二轮 (邮件, 11-21): '维保改为两年，但版本升级另计' = 24 months, upgrades not in the base price. 最终 (邮件, 12-01): '最终报价25.8万元（不含税，增值税6%另开专票），其余同二轮' = 258,000 × 1.06 = 273,480 inside 25–35万.",
             values=_vals(audit_log_months=6, free_maintenance_months=24, maintenance_includes_upgrades=False,
                          support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=_but("maintenance_excludes_upgrades", "no_7x24", "response_over_2h", "conditional", "unconfirmed",
                       "unverified")),
        dict(vendor="双牌阳明山科技有限公司", gate="pass", price=256000,
             why="rows 17–19. 首轮 (报价单, 11-06): 29.5万 含税; '等保三级（备案证明编号43112343005-25013）'; SM4加密; 全站HTTPS; RBAC; 日志12个月; 人行企业征信 + 朴道征信; every merchant must-have, '赠送智能客服机器人' (a gift: bloat); 12个月 含bug修复及小版本升级; 政策 免费; 7×24, 2小时内; 终身咨询; 写入合同; '3.5万元/年'; 完整源码. 二轮 (微信 — writing): '价格可以降到25.6万（含税），前提是：免费维护期改为6个月，监管政策适配改为按次收费，每次1.5万元，响应时间改为4小时内。其余不变。'; 最终 (邮件, 11-28) '同二轮' = 256,000 inside 25–35万, 6 months (scope unchanged: minor upgrades), policy charged, 4 hours.",
             values=_vals(free_maintenance_months=6, policy_adaptation_free=False, response_hours=4,
                          annual_fee_after_warranty_cny=35000, source_code_delivery="full"),
             status=_st(policy_adaptation_free=None, response_hours="stated"),
             fin=ML + CORE + REPAY + ["ai_customer_service"], fex=["blockchain_evidence", "metaverse_marketing",
                                                                    "overseas_payment"],
             flin=["maintenance_under_12m", "policy_adaptation_charged", "response_over_2h", "bloat_features"],
             flex=_but("maintenance_under_12m", "policy_adaptation_charged", "response_over_2h", "bloat_features",
                       "conditional", "unconfirmed", "unverified")),
        dict(vendor="宁远九嶷数科有限公司", gate="unverified", price=276000,
             why="rows 8–10. 首轮 (报价函, 11-06): 31.8万 含税; '等保：三级测评中，预计2026年1月取得备案证明' (in progress: claimed); SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行企业征信系统 + 百行征信; every merchant must-have; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身技术咨询; 以上承诺写入合同; '3万元/年'; 完整源码 无加密. 二轮 (邮件, 11-20) '价格降至27.6万元（含税），其余条款不变' = 276,000 — its latest WRITTEN price. 最终 (电话, 12-02) '口头答应…25.8万元，免费维护延长到24个月；另外说等保三级证书已经下发…待书面确认' is only said: it changes neither the price (276,000, not 258,000) nor the maintenance (12 months) and proves no certificate — the gate stays unverified (a claim).",
             values=_vals("mlps_level3", response_hours=1, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["claimed"],
             flex=_but("no_mlps_level3", "claimed", "unconfirmed", "unverified")),
    ]
    write_toml(Z1_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [Z1_NAME], "道县月岩软件有限公司",
               "道县月岩's last row is a sealed 承诺函: free policy adaptation including major changes, 24 months' free maintenance with minor upgrades, and every after-sales term written into the contract, at the e-mailed 286,000 含税 ('其余不变' keeps the first round's filing number 43112443016-24008, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, every merchant must-have, 7×24 within 1 hour, lifetime consulting, 2.8万 a year after, full source). 宁远九嶷's cheaper 25.8万, 24 months and '证书已经下发' were only said on the phone '待书面确认': its written word is 276,000 and '三级测评中' (unverified). 江永千家峒 (273,480 after 6 % VAT) keeps office hours, 4 hours and '版本升级另计'; 双牌阳明山 bought its 256,000 with 6 months, charged policy changes and 4 hours; 江华瑶都 withdrew.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzz_02  个人信用贷 — the buyer's sheet after the 澄清 round: each vendor over 原响应 | 澄清后
# ---------------------------------------------------------------------------------------------
Z2_NAME = "zzz_02_pc_chengqing_yuanxiangying_chengqinghou.xlsx"
Z2_VENDORS = ["神木麟州软件有限公司", "府谷黄甫数科有限公司", "靖边统万信息技术有限公司", "兴平茂陵网络科技有限公司",
              "旬阳蜀河数据服务有限公司"]
# item, then (原响应, 澄清后) per vendor in Z2_VENDORS order, then 采购部备注
Z2_ROWS = [
    ("报价（万元）", [(19.8, None), (23.6, None), (21.8, None), (19.6, None), ("面议", 21.2)],
     "按原响应麟州最低；蜀河澄清后补报"),
    ("计税方式", [("含税", None),
              ("不含税", "更正：23.6万元为含税价（可开13%增值税专用发票），原响应“不含税”系填写笔误。"),
              ("含税（13%专票）", None), ("含税", None), (None, "含税")], "黄甫已更正为含税"),
    ("功能模块（报价内）", [("个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", None),
                    ("个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理", None),
                    ("个人征信查询、智能风控、反欺诈、还款管理、风控审批、用户管理", None),
                    ("个人征信、风控模型、还款管理、风控审批、用户管理",
                     "风控模型不在19.6万元报价内，为选配模块，另加3.2万元（含税）；其余模块均在报价内。"),
                    ("个人征信查询、风控模型、反欺诈、还款计划、风控审批、用户管理", None)], None),
    ("等保三级", [("已取得，备案证明编号61058143007-23012",
               "更正：原响应有误。上述编号为我司系统等保二级备案证明，本系统目前为等保二级，三级测评计划于2026年启动。"),
              ("已取得，备案证明编号61082243015-24006（2024年取得）", None),
              ("已取得，备案证明编号61082443002-25009", None),
              ("已取得三级，备案证明编号61048143011-24017", None),
              ("按等保三级标准建设", None)], "麟州12月2日回函更正"),
    ("数据加密", [("SM4（身份证号、手机号）", None), ("SM4（身份证号、手机号、银行卡号）", None), ("SM4", None),
              ("国密算法", "采用SM4对身份证号、手机号、银行卡号加密存储。"), ("SM4（身份证号、手机号）", None)], None),
    ("传输加密", [("全站HTTPS", None), ("HTTPS（TLS1.2）", None), ("HTTPS", None), ("全站HTTPS", None), ("全站HTTPS", None)], None),
    ("权限管理", [("RBAC角色权限", None), ("RBAC", None), ("RBAC", None), ("角色权限管理", None), ("RBAC", None)], None),
    ("日志保存期", [("12个月", None), ("长期保存", "操作日志在线保存12个月，异常操作可追溯。"), ("6个月", None), ("6个月", None),
               ("12个月", None)], None),
    ("征信接口", [("百行征信", None), ("人行征信中心、百行征信", None), ("支持对接持牌征信机构", "已对接百行征信、朴道征信。"),
              ("百行征信", None), ("人行征信中心", None)], None),
    ("免费维护期", [("12个月", None), ("12个月", None), ("12个月", None), ("6个月", None), ("12个月", None)], None),
    ("维护范围", [("bug修复及小版本升级", None), ("bug修复及小版本升级", None),
              ("bug修复及版本升级", "缺陷修复免费；小版本升级另计，每次0.8万元。"),
              ("bug修复及小版本升级", None), ("bug修复及小版本升级", None)], "统万升级另计"),
    ("监管政策适配", [("免费", None), ("免费", None), ("免费", "一般性政策调整免费适配；重大监管政策调整另行报价。"), ("免费", None),
                ("免费", None)], None),
    ("技术支持", [("7×24小时", "系统监控7×24小时；人工技术支持为工作日9:00-18:00。"),
              ("7×24小时", "7×24小时人工值守，含夜间及节假日。"), ("7×24小时", None), ("5×8（工作日）", None),
              ("7×24小时", None)], "麟州夜间无人工"),
    ("响应时间", [("1小时内", None), ("2小时内", "1小时内响应。"), ("4小时内", None),
              ("4小时内", "工作时间4小时内响应，非工作时间次日响应。"), ("2小时内", None)], None),
    ("终身技术咨询", [("提供", None), ("提供", None), ("提供", None), ("不提供", None), ("提供", None)], None),
    ("承诺写入合同", [("是", None), ("是", None), ("是", None), ("是", None), ("是", None)], None),
    ("维保期满后年费", [("2.2万元/年", None), ("2.5万元/年", None), ("2.0万元/年", None), ("1.8万元/年", None),
                 ("2.6万元/年", None)], None),
    ("源码交付", [("完整源码", None), ("完整源码，无加密", None), ("完整源码", None), ("完整源码", None), ("完整源码，可二次开发", None)],
     None),
]


def build_zzz02():
    wb = Workbook()
    ws = wb.active
    ws.title = "澄清前后对照"
    last = 2 + 2 * len(Z2_VENDORS) + 1                 # the 采购部备注 column
    put_row(ws, 1, ["韩城市龙门小额贷款有限公司 个人信用贷系统源码采购 — 澄清前后对照表"], font=TITLE, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    put_row(ws, 2, ["说明：“原响应”摘自各供应商11月14日递交的响应文件；“澄清后”为12月1日至4日各家书面澄清回函（均已盖章）的原文摘录。"
                    "澄清后一栏空白的，表示该项未作澄清，以原响应为准。整理：采购部 党文博，2025-12-05。"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws.row_dimensions[2].height = 32
    head = ["序号", "比选项目"]
    for v in Z2_VENDORS:
        head += [v, None]
    head.append("采购部备注")
    put_row(ws, 3, head, font=BOLD, fill=GREY, align=CENTER)
    sub = [None, None]
    for _ in Z2_VENDORS:
        sub += ["原响应", "澄清后"]
    sub.append(None)
    put_row(ws, 4, sub, font=BOLD, fill=GREY, align=CENTER)
    for c in (1, 2, last):
        ws.cell(row=4, column=c).border = BOX
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i in range(len(Z2_VENDORS)):
        c = 3 + 2 * i
        ws.cell(row=3, column=c + 1).border = BOX
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    for n, (item, pairs, remark) in enumerate(Z2_ROWS, start=1):
        r = 4 + n
        row = [n, item]
        for orig, clar in pairs:
            row += [orig, clar]
        row.append(remark)
        put_row(ws, r, row)
        for c in range(1, last + 1):           # the empty cells keep the grid too
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
        for i in range(len(Z2_VENDORS)):
            if pairs[i][1] is not None:
                ws.cell(row=r, column=4 + 2 * i).fill = YELLOW
        longest = max(len(str(x)) for p in pairs for x in p if x is not None)
        ws.row_dimensions[r].height = 15 * (1 + longest // 14)
    ws.freeze_panes = "C5"
    widths(ws, [5, 16] + [16, 22] * len(Z2_VENDORS) + [20])
    _save(wb, Z2_NAME)

    comment = """Voice: 党文博 of the 采购部 of 韩城市龙门小额贷款 (local personal credit, no cross-border business; the type's band is 18–25万),
  setting each vendor's original bid of 11-14 beside its sealed written clarification of 12-01 to 12-04. The title, the note row
  and the 采购部备注 column are his; the 原响应 and 澄清后 cells are the vendors' words ('原文摘录').
Layout: .xlsx, one sheet "澄清前后对照": title row 1, note row 2 ('澄清后一栏空白的，表示该项未作澄清，以原响应为准'), a TWO-ROW
  header — row 3 序号 | 比选项目 | each vendor's full name MERGED over two columns | 采购部备注 (序号, 比选项目 and 采购部备注 merged
  down rows 3–4), row 4 '原响应 | 澄清后' under every vendor — then 18 item rows (5–22), one per 比选项目. Vendors in column
  order: 神木麟州 (C:D), 府谷黄甫 (E:F), 靖边统万 (G:H), 兴平茂陵 (I:J), 旬阳蜀河 (K:L); 采购部备注 in M. Most 澄清后 cells are
  empty; the answered ones are filled yellow. 报价（万元） holds bare numbers (19.8 …), 旬阳's 原响应 '面议'.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, made of its two columns: each item's 澄清后 answer, where there is one, replaces the 原响应 (the
  clarification is the vendor's later written word — analyst-reading: a clarification register's answer 'is used over what the bid
  said'; 'an answer that takes a module out of the price … makes it an option at that price'; 'what an answer says about what the
  question asked … replaces the bid's words on it'); an EMPTY 澄清后 changes nothing — the 原响应 stands (the sheet's own note, and
  a blank answer 'changes nothing'). The unit in '报价（万元）' scales the bare figures. 采购部备注 is the buyer's.
Traps: the decisive one is the 澄清后 column. Reading the bids alone (原响应), 神木麟州 is the cheapest quote with every term good —
  198,000 含税, '已取得，备案证明编号61058143007-23012', SM4, 7×24 within 1 hour, 12 months with minor upgrades… CARELESS TOP
  PICK: 神木麟州软件有限公司. Its clarification takes that back: '上述编号为我司系统等保二级备案证明，本系统目前为等保二级，三级
  测评计划于2026年启动' — level 2 today and only a plan (analyst-reading: 'a plan is no assessment under way'): the gate FAILS; and
  '系统监控7×24小时；人工技术支持为工作日9:00-18:00' is no 7×24. CAREFUL TOP PICK: 府谷黄甫数科有限公司, which the bids alone put
  last among the priced ones: its bid says '23.6 | 不含税' (266,680 after 13 %, over the band) and logs '长期保存' (a claim); its
  clarification says '23.6万元为含税价…原响应“不含税”系填写笔误' (236,000, inside 18–25万), logs '在线保存12个月，异常操作可追溯',
  '7×24小时人工值守，含夜间及节假日', '1小时内响应' — and every EMPTY 澄清后 leaves its bid's words standing: filing number (2024年取得),
  SM4 on three named fields, TLS1.2, RBAC, 人行 + 百行, every personal-credit must-have with anti-fraud, 12 months with minor
  upgrades, free policy adaptation, lifetime consulting, in the contract, 2.5万 a year after, full unencrypted source. (A reader
  of the 澄清后 column alone, taking its blanks for 'unknown', would lose 黄甫 too.) 靖边统万 (218,000) passes, but its
  clarifications narrow the bid: '小版本升级另计，每次0.8万元' (no upgrades in the base price), '重大监管政策调整另行报价'
  (conditional), its bureau claim replaced by '已对接百行征信、朴道征信' (stated), 4 hours, 6-month logs (not under 6). 兴平茂陵:
  '风控模型不在19.6万元报价内，为选配模块，另加3.2万元（含税）' — a must-have option at its price, added: 228,000; '国密算法'
  replaced by SM4 on named fields (stated); 6 months, 5×8, '工作时间4小时内响应，非工作时间次日响应' (the slowest counts: the next
  day, 24 h), no lifetime consulting, no anti-fraud in its list. 旬阳蜀河: price '面议' answered '21.2' and tax '含税' = 212,000, but
  its 等保 '按等保三级标准建设' was not clarified (empty): still a claim, the gate unverified.
Not settled and not asserted: the standing of 统万's '小版本升级另计，每次0.8万元' (value false either way); whether 茂陵's '次日' is
  read as 24 hours or only as slower than 2 hours (response_over_2h either way — the value 24 is asserted from analyst-reading's
  'T+1 is the next day (24 h)' and 'counts at its slowest'); 麟州's other values after a failed gate. None of them moves a gate
  or the pick."""
    vendors = [
        dict(vendor="府谷黄甫数科有限公司", gate="pass", price=236000,
             why="columns E:F. 报价 23.6 (万元) with 澄清后 empty; 计税 '不含税' replaced by '更正：23.6万元为含税价（可开13%增值税专用发票），原响应“不含税”系填写笔误' = 236,000 inside 18–25万 (never 266,680). 等保 '已取得，备案证明编号61082243015-24006（2024年取得）' (empty 澄清后: stands); SM4 on 身份证号/手机号/银行卡号; HTTPS（TLS1.2）; RBAC; 日志 '长期保存' replaced by '操作日志在线保存12个月，异常操作可追溯' (12, stated); 人行征信中心 + 百行征信; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; 12个月, bug修复及小版本升级; 政策 免费; '7×24小时人工值守，含夜间及节假日'; response '2小时内' replaced by '1小时内响应'; 咨询 提供; 写入合同 是; '2.5万元/年'; 完整源码 无加密. 3 years: 236,000 + 2 × 25,000 = 286,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor="靖边统万信息技术有限公司", gate="pass", price=218000,
             why="columns G:H. 21.8 (万元) '含税（13%专票）' = 218,000 inside 18–25万; '已取得，备案证明编号61082443002-25009'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); bureau '支持对接持牌征信机构' replaced by '已对接百行征信、朴道征信' (stated); modules 个人征信查询, 智能风控 (risk model), 反欺诈, 还款管理, 风控审批, 用户管理; 12个月; scope 'bug修复及版本升级' narrowed to '缺陷修复免费；小版本升级另计，每次0.8万元' (no upgrades at the base price); policy '免费' narrowed to '一般性政策调整免费适配；重大监管政策调整另行报价' (conditional: false); 7×24; 4小时内; 咨询 提供; 写入合同 是; '2.0万元/年'; 完整源码.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=_but("maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                       "unconfirmed", "unverified", base=ALL_BAD_AF)),
        dict(vendor="兴平茂陵网络科技有限公司", gate="pass", price=228000,
             why="columns I:J. 19.6 (万元) 含税; modules '个人征信、风控模型、还款管理、风控审批、用户管理' with the clarification '风控模型不在19.6万元报价内，为选配模块，另加3.2万元（含税）；其余模块均在报价内' — the must-have risk model is an option at its price, added: 196,000 + 32,000 = 228,000 inside 18–25万 (risk model present, conditional); no anti-fraud (no_anti_fraud). '已取得三级，备案证明编号61048143011-24017'; '国密算法' replaced by '采用SM4对身份证号、手机号、银行卡号加密存储' (stated); 全站HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 免费维护6个月 with minor upgrades; 政策 免费; '5×8（工作日）'; response '4小时内' replaced by '工作时间4小时内响应，非工作时间次日响应' (slowest: next day, 24 h); 咨询 不提供; 写入合同 是; '1.8万元/年'; 完整源码.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, support_7x24=False, response_hours=24,
                          lifetime_consulting=False, annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["maintenance_under_12m", "no_7x24", "response_over_2h", "no_lifetime_consulting", "no_anti_fraud",
                   "conditional"],
             flex=_but("maintenance_under_12m", "no_7x24", "response_over_2h", "no_lifetime_consulting", "no_anti_fraud",
                       "conditional", "unconfirmed", "unverified", base=ALL_BAD_AF)),
        dict(vendor="旬阳蜀河数据服务有限公司", gate="unverified", price=212000,
             why="columns K:L. 报价 '面议' answered '21.2' (万元) and 计税 answered '含税' = 212,000 inside 18–25万. 等保 '按等保三级标准建设' with 澄清后 EMPTY: the claim stands (no filing) — unverified. The rest stated in the bid: SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 人行征信中心; every personal-credit must-have with 反欺诈; 12个月 with minor upgrades; 政策 免费; 7×24; 2小时内; 咨询 提供; 写入合同 是; '2.6万元/年'; 完整源码 可二次开发.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["claimed"],
             flex=_but("claimed", "unconfirmed", "unverified", base=ALL_BAD_AF)),
        dict(vendor="神木麟州软件有限公司", gate="fail", price=198000,
             why="columns C:D. 19.8 (万元) 含税 = 198,000; its bid's '已取得，备案证明编号61058143007-23012' is replaced by the clarification '更正：原响应有误。上述编号为我司系统等保二级备案证明，本系统目前为等保二级，三级测评计划于2026年启动' — level 2 today, a plan only: FAIL. Support '7×24小时' narrowed to '系统监控7×24小时；人工技术支持为工作日9:00-18:00' (no 7×24). The rest stands from the bid (empty 澄清后): SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 百行征信; every personal-credit must-have with 反欺诈; 12个月 with minor upgrades; 政策 免费; 1小时内; 咨询 提供; 写入合同 是; '2.2万元/年'; 完整源码.",
             values=_vals(mlps_level3=False, support_7x24=False, response_hours=1, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_mlps_level3", "no_7x24"],
             flex=_but("no_mlps_level3", "no_7x24", "unconfirmed", "unverified", base=ALL_BAD_AF)),
    ]
    write_toml(Z2_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [Z2_NAME], "府谷黄甫数科有限公司",
               "府谷黄甫's clarification makes its 23.6万 tax-inclusive ('原响应“不含税”系填写笔误': 236,000 inside 18–25万), its logs 12 months, its support 7×24 with people at night and its response 1 hour, and every item it left unclarified stands from its bid: filing number 61082243015-24006, SM4 on three named fields, TLS1.2, RBAC, 人行 + 百行, every personal-credit must-have with anti-fraud, 12 months with minor upgrades, free policy adaptation, lifetime consulting, in the contract, 2.5万 a year after, full source. The bids alone point to 神木麟州 (198,000, all good), but its clarification says it holds 等保二级 with level 3 only planned for 2026 (fail) and people only on working days. 靖边统万 (218,000) narrowed to upgrades extra, major policy changes charged and 4 hours; 兴平茂陵 is 228,000 with its risk-model option, 6 months, 5×8, next-day nights, no consulting; 旬阳蜀河 (212,000) never clarified its '按等保三级标准建设' (unverified).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzz_03  消费分期 — a legal officer's 合同谈判核对清单: quote | the vendor's own contract draft | its written reply
# ---------------------------------------------------------------------------------------------
Z3_NAME = "zzz_03_ci_hetong_tanpan_heduiqingdan_gbk.csv"
Z3_HEAD = ["供应商", "核对项", "报价单原文（11月书面报价单）", "乙方合同草稿条款原文（供应商提供，12月初）", "乙方书面答复（12月3日至4日）",
           "法务核对意见（我方）"]
# one block per vendor: rows of (item, quote, draft, reply, check), then the 法务小结
Z3_BLOCKS = [
    ("稷山稷王信息技术有限公司", [
        ("合同价款", "25.2万元（含税）", "第3条 合同总价为人民币25.2万元（含税）。", "", "一致"),
        ("交付范围（功能模块）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "附件1《功能清单》：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理。", "", "一致"),
        ("等保及数据安全", "已取得等保三级，备案证明编号14082443013-25003；SM4加密身份证号、手机号；全站HTTPS；RBAC；操作日志保存12个月",
         "", "", "草稿未涉及，建议补入"),
        ("征信接口", "百行征信、朴道征信", "", "", "草稿未涉及"),
        ("免费维护期及范围", "免费维护12个月，含bug修复及小版本升级",
         "第5.1条 免费维护期6个月，自验收合格之日起算，仅含缺陷修复，版本升级另行收费。", "维护期及维护范围按合同草稿执行。",
         "不一致：报价单12个月含升级，草稿6个月且不含升级；对方坚持草稿"),
        ("监管政策适配", "监管政策调整免费适配", "", "", "草稿未涉及"),
        ("技术支持及响应", "7×24小时技术支持，1小时内响应", "",
         "7×24小时支持及1小时响应不写入合同，以我司《售后服务承诺书》为准。", "对方拒绝写入"),
        ("终身技术咨询", "提供终身技术咨询", "", "", "草稿未涉及"),
        ("维保期满后年费", "2.0万元/年", "第5.4条 免费维护期满后，年服务费为人民币2万元。", "", "一致"),
        ("源码交付", "完整源码", "第8条 乙方向甲方交付本系统完整源代码。", "", "一致"),
        ("售后承诺写入合同", "以上承诺写入合同", "",
         "售后服务条款不写入合同正文，以我司《售后服务承诺书》为准。", "对方拒绝将售后写入合同"),
    ], "维护期缩为6个月且不含升级；对方拒绝将7×24、响应时间等售后条款写入合同正文。"),
    ("芮城永乐科技有限公司", [
        ("合同价款", "23.8万元（含税，13%专票）", "第3.1条 合同总价为人民币贰拾叁万捌仟元整（238,000.00元），含税。", "", "一致"),
        ("交付范围（功能模块）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "第2.1条 交付内容以附件一《功能清单》为准：商品管理、分期计算器、风控审批、还款管理、用户管理。订单跟踪模块列入二期开发，"
         "届时另行报价，不在本合同交付范围内。",
         "订单跟踪模块排在二期，本期合同不含，请贵司理解。", "不一致：草稿少订单跟踪，对方书面确认二期再做"),
        ("等保及数据安全",
         "已取得等保三级，备案证明编号14088143010-24011；SM4加密身份证号、手机号、银行卡号；全站HTTPS；RBAC权限管理；操作日志保存12个月",
         "第7.2条 乙方保证所交付系统已取得网络安全等级保护三级备案（备案证明编号14088143010-24011），敏感字段采用SM4加密存储，"
         "全站HTTPS传输，操作日志保存不少于12个月。", "", "一致"),
        ("征信接口", "已对接百行征信", "", "", "草稿未涉及"),
        ("免费维护期及范围", "免费维护12个月，含bug修复及小版本升级",
         "第6.1条 免费维护期12个月，自验收合格之日起算，维护范围包括缺陷修复及小版本升级。", "", "一致"),
        ("监管政策适配", "监管政策调整免费适配", "第6.3条 因监管政策变化所需的系统调整，由乙方免费完成。", "", "一致"),
        ("技术支持及响应", "7×24小时技术支持，1小时内响应", "第6.2条 乙方提供7×24小时技术支持，接到故障报告后1小时内响应。", "",
         "一致"),
        ("终身技术咨询", "提供终身技术咨询", "", "", "草稿未涉及，建议补入"),
        ("维保期满后年费", "2.2万元/年", "第6.5条 免费维护期满后，年度维护费为每年人民币贰万贰仟元。", "", "一致"),
        ("源码交付", "完整源码，无加密，可二次开发", "第9.1条 乙方交付本系统完整源代码（无加密），甲方可自行二次开发。", "", "一致"),
        ("售后承诺写入合同", "以上承诺均写入合同", "第6条 售后服务（见上）", "除订单跟踪外，其余条款同意按报价单写入合同。", ""),
    ], "订单跟踪不在本期合同交付范围内（对方书面确认列入二期），与报价单不符，需评估。"),
    ("闻喜裴柏数科有限公司", [
        ("合同价款", "22.6万元（不含税，增值税13%另计）", "第3条 合同总价（不含税）为人民币贰拾贰万陆仟元整，增值税按13%另计。", "",
         "一致"),
        ("交付范围（功能模块）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理；赠送积分商城",
         "附件一：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城（赠送）。", "", "一致"),
        ("等保及数据安全", "等保三级测评中，预计2026年3月取得备案证明；SM4（身份证号、手机号）；全站HTTPS；RBAC；日志保存12个月",
         "第7.1条 乙方承诺于2026年3月31日前取得等保三级备案证明，逾期未取得的，甲方有权解除合同并要求退还已付款项。", "",
         "三级尚未取得"),
        ("征信接口", "百行征信", "", "", "草稿未涉及"),
        ("免费维护期及范围", "免费维护12个月，含bug修复及小版本升级", "第6.1条 免费维护期12个月，含缺陷修复及小版本升级。", "",
         "一致"),
        ("监管政策适配", "免费", "第6.3条 监管政策调整所需的系统适配由乙方免费完成。", "", "一致"),
        ("技术支持及响应", "7×24小时，2小时内响应", "第6.2条 乙方提供7×24小时技术支持，2小时内响应。", "", "一致"),
        ("终身技术咨询", "提供", "", "", "草稿未涉及"),
        ("维保期满后年费", "2.4万元/年", "第6.5条 维保期满后年服务费2.4万元/年。", "", "一致"),
        ("源码交付", "完整源码", "第9条 交付完整源代码。", "", "一致"),
        ("售后承诺写入合同", "写入合同", "", "同意以上全部写入合同。", ""),
    ], "等保三级尚在测评中，合同约定2026年3月31日前取得。"),
    ("新绛龙兴软件有限公司", [
        ("合同价款", "26.8万元（含税）", "第三条 合同总价为人民币贰拾陆万捌仟元整（含税）。", "", "一致"),
        ("交付范围（功能模块）", "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
         "附件一《交付清单》：商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理。", "", "一致"),
        ("等保及数据安全",
         "等保三级已取得（备案证明编号14082543006-24020，2024年取得）；SM4（身份证号、手机号、银行卡号）；HTTPS（TLS1.2）；RBAC；"
         "日志保存12个月，异常操作可追溯",
         "第七条 乙方保证本系统已取得等保三级备案（编号14082543006-24020）；身份证号、手机号、银行卡号以SM4加密存储；全站TLS1.2；"
         "基于角色的权限控制；操作日志保存12个月。", "", "一致"),
        ("征信接口", "人行征信中心、百行征信", "", "", "草稿未涉及"),
        ("免费维护期及范围", "12个月，含bug修复及小版本升级", "第六条第1款 免费维护期12个月，含缺陷修复及小版本升级。", "", "一致"),
        ("监管政策适配", "免费", "第六条第3款 监管政策调整所需适配，乙方免费完成。", "", "一致"),
        ("技术支持及响应", "7×24小时，2小时内响应", "第六条第2款 乙方提供7×24小时技术支持，2小时内响应。",
         "贵司要求改为1小时内响应，我司同意，请按1小时写入。", "已按我方意见修改"),
        ("终身技术咨询", "提供", "", "同意补入合同第六条第6款：乙方提供终身技术咨询。", "已补入"),
        ("维保期满后年费", "2.6万元/年", "第六条第5款 免费维护期满后，年度维护费2.6万元/年。", "", "一致"),
        ("源码交付", "完整源码，无加密", "第九条 乙方交付完整源代码及开发文档，无加密。", "", "一致"),
        ("售后承诺写入合同", "写入合同", "第六条 售后服务（全文见上）", "同意贵司全部修改意见，上述售后条款全部写入合同第六条。", ""),
    ], "草稿与报价单一致；响应时间按我方意见改为1小时，终身咨询已补入，售后条款全部写入合同。"),
    ("垣曲舜乡网络科技有限公司", [
        ("合同价款", "16.8万元（含税）", "第3条 合同总价16.8万元（含税）。", "", "一致"),
        ("交付范围（功能模块）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "附件：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理。", "", "一致"),
        ("等保及数据安全", "等保二级（已备案），三级暂无计划；数据AES加密；全站HTTPS；RBAC；日志保存3个月", "", "", "仅二级"),
        ("征信接口", "支持对接征信", "", "", ""),
        ("免费维护期及范围", "免费维护6个月，仅修复bug", "第5条 免费维护期6个月，仅含缺陷修复。", "", "一致"),
        ("监管政策适配", "另行收费", "", "", ""),
        ("技术支持及响应", "工作日9:00-18:00，次日响应", "", "", ""),
        ("终身技术咨询", "不提供", "", "", ""),
        ("维保期满后年费", "1.5万元/年", "", "", ""),
        ("源码交付", "授权使用，绑定域名，不提供源码",
         "第8条 乙方授予甲方本系统非独占使用许可，绑定甲方指定域名，不交付源代码。", "我司产品为标准化授权产品，不提供源码。", "不交源码"),
        ("售后承诺写入合同", "合同只约定价格及交付内容", "", "售后以我司服务说明为准，不写入合同。", ""),
    ], "仅等保二级；仅授权使用，不交付源码；售后不写入合同。"),
]


def build_zzz03():
    width = len(Z3_HEAD)
    rows = [["永济市蒲州小额贷款有限公司 消费分期系统源码采购 合同谈判核对清单（报价单 vs 乙方合同草稿）"] + [""] * (width - 1),
            ["说明：“报价单原文”摘自各供应商11月书面报价单；“乙方合同草稿条款原文”为各供应商12月初提供的合同草稿（乙方拟稿）原文；"
             "“乙方书面答复”为各供应商12月3日至4日对我方修改意见的书面回复（盖章）；空白表示该文件未涉及该项。"] + [""] * (width - 1),
            ["核对人：法务 卫静怡、采购 柴志刚　　核对日期：2025-12-04"] + [""] * (width - 1),
            [""] * width,
            Z3_HEAD]
    for vendor, items, summary in Z3_BLOCKS:
        for i, (item, quote, draft, reply, check) in enumerate(items):
            rows.append([vendor if i == 0 else "", item, quote, draft, reply, check])
        rows.append(["", "法务小结", "", "", "", summary])
    rows.append([""] * width)
    rows.append(["注：本表仅供合同谈判使用，不作为评审结论；最终以双方签署的合同文本为准。"] + [""] * (width - 1))
    write_csv(Z3_NAME, rows, "gbk")

    comment = """Voice: 卫静怡 (法务) and 柴志刚 (采购) of 永济市蒲州小额贷款 (local consumer instalments, no cross-border business; the type's
  band is 20–30万), checking on 2025-12-04, item by item, each vendor's November 报价单 against THE VENDOR'S OWN contract draft
  ('乙方合同草稿…（供应商提供…）', '乙方拟稿') and against the vendor's sealed written reply of 12-03/04 to the buyer's mark-up. The
  three middle columns are each vendor's words, in three documents of three dates; 法务核对意见（我方）, the 法务小结 rows, the
  title, the note lines and the foot line are the buyer's.
Layout: CSV in GBK, comma-separated, CRLF, every line padded to six fields: a title line, a note line ('空白表示该文件未涉及该项'),
  a 核对人 line, an empty line, then the header 供应商 | 核对项 | 报价单原文（11月书面报价单） | 乙方合同草稿条款原文（供应商提供，12月初）
  | 乙方书面答复（12月3日至4日） | 法务核对意见（我方), then five blocks of eleven item rows, the vendor's name ONLY on the first row
  of its block (a merged cell in the Excel the CSV came from), each block closed by a row '' | 法务小结 | '' | '' | '' | summary; an
  empty line and a 注 line at the foot. Blocks in order: 稷山稷王, 芮城永乐, 闻喜裴柏, 新绛龙兴, 垣曲舜乡. Clause numbers open many
  draft cells ('第3.1条', '第六条第2款'); amounts in the drafts are partly in 大写.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, made of the three documents in date order: the 报价单 gives every term; where the vendor's own draft
  writes a clause, the draft is the vendor's later written word on it and governs (analyst-reading: a legal review reads the
  vendor's draft clauses as its terms; a reviewer quoting the vendor's other document — '不符：合同草稿第6.4条写的是“系统操作日志保存
  3个月”' — gives the vendor's words, and they govern); where the vendor's written reply answers a clause, the reply is later still
  and governs ('a written 谈判结果 is the vendor's later word on that clause and is read over it'; a refusal leaves the clause
  standing); an EMPTY draft or reply cell says nothing (the note: '空白表示该文件未涉及该项') and the earlier document stands. The
  buyer's columns and rows are never the vendor's words. Clause numbers ('第3.1条', '第六条第5款') are no figures; the draft's
  '贰拾叁万捌仟元整（238,000.00元）' is 238,000.
Traps: the decisive one is the draft's 交付范围. Read by its 报价单 column, 芮城永乐 is the cheapest quote with every term good and
  its draft agreeing everywhere else: 238,000 含税, filing number, SM4, 12 months with upgrades, 7×24 within 1 hour… CARELESS TOP
  PICK: 芮城永乐科技有限公司. But its own draft's 第2.1条 takes order tracking out: '交付内容…：商品管理、分期计算器、风控审批、还款管理、
  用户管理。订单跟踪模块列入二期开发，届时另行报价，不在本合同交付范围内', and its written reply confirms it ('订单跟踪模块排在二期，本期
  合同不含'). A module '列入二期…另行报价' is not in this delivery — a consumer-instalment must-have missing, not an option
  (analyst-reading §6): the gate FAILS. CAREFUL TOP PICK: 新绛龙兴软件有限公司, whose draft writes the quote's every term and whose
  reply improves it: 268,000 含税 inside 20–30万, filing number (2024年取得), SM4 on three named fields, TLS1.2, role-based access,
  12-month logs with tracing, 人行 + 百行, every instalment must-have, 12 months with minor upgrades, free policy adaptation, 7×24
  with the response changed at the buyer's request to 1 hour ('我司同意，请按1小时写入'), lifetime consulting added to the contract,
  2.6万 a year after, full unencrypted source, and '上述售后条款全部写入合同第六条'. 稷山稷王 (252,000) is the vendor that refuses:
  its draft cuts maintenance to '6个月…仅含缺陷修复，版本升级另行收费' and its reply keeps the draft ('维护期及维护范围按合同草稿
  执行'), and it will not write its service terms into the contract ('售后服务条款不写入合同正文，以我司《售后服务承诺书》为准') — a
  pass, below 龙兴 on maintenance, upgrades and the contract. 闻喜裴柏: 22.6万 不含税 at 13 % = 255,380; '等保三级测评中，预计2026年
  3月取得', and its draft only promises the filing by 2026-03-31: in progress, unverified ('积分商城（赠送）' is deferrable, no bloat).
  垣曲舜乡 (168,000 含税) holds '等保二级（已备案），三级暂无计划' (fail), AES, 3-month logs, 6 months bug fixes only, charged policy
  changes, office hours with next-day response, no consulting, '绑定甲方指定域名，不交付源代码' (licence only), after-sales out of
  the contract.
Not settled and not asserted: the standing of 稷王's 7×24 and 1-hour response and of its 'not in the contract' (its reply moves the
  service promises into a 承诺书 outside the contract: the values stay 7×24, 1 hour and commitments false, but whether a promise
  kept out of the contract still counts as stated is not settled); the standing of 稷王's and 舜乡's '版本升级另行收费' / '仅含缺陷修复'
  and of 舜乡's '另行收费' and '合同只约定价格及交付内容' (values false either way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="新绛龙兴软件有限公司", gate="pass", price=268000,
             why="block 4. 合同价款 '26.8万元（含税）' = draft '第三条 合同总价为人民币贰拾陆万捌仟元整（含税）' = 268,000 inside 20–30万. 等保 '等保三级已取得（备案证明编号14082543006-24020，2024年取得）', the draft '第七条' the same with SM4 on 身份证号/手机号/银行卡号, TLS1.2, role-based access, 12-month logs; 人行征信中心 + 百行征信; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理 (quote and draft); 12个月 with minor upgrades; 政策 免费; 7×24 with '2小时内响应' replaced by the reply '贵司要求改为1小时内响应，我司同意，请按1小时写入' (1 h); 终身技术咨询 (quote, and the reply adds it to the contract); '2.6万元/年'; 完整源码 无加密; reply '上述售后条款全部写入合同第六条' (in the contract). 3 years: 268,000 + 2 × 26,000 = 320,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="稷山稷王信息技术有限公司", gate="pass", price=252000,
             why="block 1. '25.2万元（含税）' = draft '第3条 合同总价为人民币25.2万元（含税）' = 252,000 inside 20–30万. Kept from the quote (the draft silent, no reply): '已取得等保三级，备案证明编号14082443013-25003'; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 百行征信 + 朴道征信; 政策 免费; 终身技术咨询; modules (quote = draft's 附件1) 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理; '2.0万元/年' (draft 2万); 完整源码. The draft '第5.1条 免费维护期6个月…仅含缺陷修复，版本升级另行收费', the reply '维护期及维护范围按合同草稿执行' = 6 months, no upgrades. The reply on support '7×24小时支持及1小时响应不写入合同，以我司《售后服务承诺书》为准' and '售后服务条款不写入合同正文…' = the service terms are not in the contract (7×24 and 1 hour remain its written promise outside it).",
             values=_vals(free_maintenance_months=6, maintenance_includes_upgrades=False, commitments_in_contract=False,
                          response_hours=1, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, commitments_in_contract=None, support_7x24=None),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract"],
             flex=_but("maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract", "conditional",
                       "claimed", "unconfirmed", "unverified")),
        dict(vendor="闻喜裴柏数科有限公司", gate="unverified", price=255380,
             why="block 3. '22.6万元（不含税，增值税13%另计）' = draft '…（不含税）为人民币贰拾贰万陆仟元整，增值税按13%另计' = 226,000 × 1.13 = 255,380 inside 20–30万. 等保 '等保三级测评中，预计2026年3月取得备案证明' and the draft's '第7.1条 乙方承诺于2026年3月31日前取得等保三级备案证明…' = in progress (claimed): unverified. The rest stated: SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 百行征信; every instalment must-have + 积分商城（赠送） (deferrable, no bloat); 12个月 with minor upgrades; 政策 免费; 7×24, 2小时内; 咨询 提供; '2.4万元/年'; 完整源码; reply '同意以上全部写入合同'.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + REPAY + ["points_mall"], fex=BLOAT,
             flin=["claimed"],
             flex=_but("no_mlps_level3", "claimed", "unconfirmed", "unverified")),
        dict(vendor="芮城永乐科技有限公司", gate="fail", price=238000,
             why="block 2. '23.8万元（含税，13%专票）' = draft '第3.1条 …贰拾叁万捌仟元整（238,000.00元），含税' = 238,000. Its quote lists 订单跟踪, but its own draft '第2.1条 交付内容…：商品管理、分期计算器、风控审批、还款管理、用户管理。订单跟踪模块列入二期开发，届时另行报价，不在本合同交付范围内' and its reply '订单跟踪模块排在二期，本期合同不含' take the must-have out of this delivery: missing — FAIL. Everything else good and agreed: '已取得等保三级，备案证明编号14088143010-24011' (draft 第7.2条 the same); SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 百行征信; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身技术咨询 (quote); '2.2万元/年'; 完整源码 无加密; reply '除订单跟踪外，其余条款同意按报价单写入合同'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=_but("missing_must_have", "unconfirmed", "unverified")),
        dict(vendor="垣曲舜乡网络科技有限公司", gate="fail", price=168000,
             why="block 5. '16.8万元（含税）' = 168,000 (below the band, not under 15万). '等保二级（已备案），三级暂无计划' = level 2, no plan: FAIL. '数据AES加密' (no SM4); 全站HTTPS; RBAC; 日志3个月; '支持对接征信' (claimed); modules complete; '免费维护6个月，仅修复bug' (draft '仅含缺陷修复'); 政策 '另行收费'; '工作日9:00-18:00，次日响应' (24 h); 咨询 不提供; '1.5万元/年'; '授权使用，绑定域名，不提供源码' and draft '…绑定甲方指定域名，不交付源代码' = licence only; '合同只约定价格及交付内容' and reply '售后…不写入合同' = not in the contract.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=15000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only", "claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_tls",
                   "no_access_control", "bloat_features", "source_partial"]),
    ]
    write_toml(Z3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [Z3_NAME], "新绛龙兴软件有限公司",
               "新绛龙兴's own contract draft writes every term of its quote and its written reply improves it: 268,000 含税 inside 20–30万, filing number 14082543006-24020, SM4 on three named fields, TLS1.2, role-based access, 12-month logs, 人行 + 百行, every instalment must-have, 12 months with minor upgrades, free policy adaptation, 7×24 with a 1-hour response agreed in the reply, lifetime consulting, 2.6万 a year after, full unencrypted source, every after-sales term in the contract. The cheaper 芮城永乐 (238,000, its quote all good) takes order tracking out in its own draft ('列入二期开发…不在本合同交付范围内', confirmed in its reply): a must-have missing (fail). 稷山稷王 (252,000) cut maintenance to 6 months without upgrades in its draft and keeps its service terms out of the contract; 闻喜裴柏 (255,380 after 13 %) is still 三级测评中 (unverified); 垣曲舜乡 holds 等保二级 (fail).",
               vendors)


if __name__ == "__main__":
    build_zzz01()
    build_zzz02()
    build_zzz03()
