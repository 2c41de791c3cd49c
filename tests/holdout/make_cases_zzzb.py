"""Build the "zzzb" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is WEB AND MOBILE EXPORTS a small company's staff actually produce — what a
browser, a scraper, a phone app or an online sheet leaves in a file beside the vendors' words, and what it leaves out:

zzzb_01 — a CSV in UTF-8 with BOM (consumer instalments): an IT clerk scraped a supplier portal's 报价详情 pages with
  八爪鱼采集器, each element taken as its "Inner Html": the columns are the scraper's own (页面网址 | 标题 | 字段1 … 字段12 |
  采集时间), every cell carries its label inside it ("<label>报价金额（元）：</label>&nbsp;<em>&yen;246,000.00</em>"), HTML
  entities and tags left in (&nbsp; &amp; &yen; &times; <br> <s>, and a vendor's own typed "<br>" escaped as "&lt;br&gt;"), a
  page lacking one element shifting the rest one column left, the list page captured as the first row and a withdrawn
  vendor's page with its few elements.
zzzb_02 — an .xlsx (personal credit): a mobile inquiry app's "分享 → 导出Excel" of the list page — one row per 报价卡片, the
  whole quote in ONE cell as "label：value" lines, the app's interaction columns (点赞, 评论 thread, 已读 x/y), attachments only
  named, and one long card folded by the app at "…展开全文" in the middle of its 等保 line.
zzzb_03 — an .xlsx (merchant loans): a 钉钉 AI表格 shared with the vendors' sales people as external collaborators, each filling
  its own row (select fields, multi-select modules joined by ",", an attachment field, @person fields), exported with the
  record's comment thread spread over 评论1 … 评论3, each comment "name · time / text / 👍 n · x人已读"; the vendors' own replies
  in the thread correct their rows.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzb_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzb.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed 等保 in progress must not carry (no_mlps_level3 left out: in progress is
# recorded false, and whether the red flag rides beside 'unverified' is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


def _but(*keep, base=ALL_BAD):
    """The flag list without the flags the analyst expects (or does not settle)."""
    return [f for f in base if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzzb_01  消费分期 — 八爪鱼采集器 scrape of a supplier portal's 报价详情 pages, Inner Html, entities left in
# ---------------------------------------------------------------------------------------------
B1_NAME = "zzzb_01_ci_bazhuayu_caiji_html_shiti.csv"
B1_HEAD = ["页面网址", "标题"] + [f"字段{i}" for i in range(1, 13)] + ["采集时间"]
RFQ = "RFQ-20251106-017"
SITE = "桂采云供应商协同平台"
LJ = "龙胜龙脊信息技术有限公司"
YL = "阳朔遇龙河数科有限公司"
YX = "恭城瑶乡网络科技有限公司"
DP = "灌阳都庞岭软件有限公司"
XS = "全州湘山科技有限公司"
BJ = "资源八角寨信息技术有限公司"


def _lab(label, body):
    return f"<label>{label}：</label>&nbsp;{body}"


def _rich(label, lines, sep="<br>"):
    return f'<label>{label}：</label><div class="rich">{sep.join(lines)}</div>'


def _mods(*names):
    return "&nbsp;/&nbsp;".join(names)


def _who(name, badge="已认证"):
    return _lab("供应商", f'<b>{name}</b>&nbsp;<span class="badge">{badge}</span>')


def _status(word, colour):
    return _lab("报价状态", f'<span class="tag tag-{colour}">{word}</span>')


def _url(qid):
    return f"https://srm.guicaiyun.com/supplier/quote/detail?rfq={RFQ}&amp;qid={qid}&amp;from=list"


SIX_CI = ("商品管理", "分期计算器", "订单跟踪", "风控审批", "还款管理", "用户管理")

B1_PAGES = [
    # (qid, vendor, [字段1 … 字段n], 采集时间)
    ("Q7731", YX, [
        _who(YX),
        _lab("报价单号", "QT20251117-0036"),
        _lab("报价金额（元）", "<em>&yen;238,000.00</em>"),
        _lab("计税方式", "不含税（增值税13%另计）"),
        _lab("功能模块", _mods("商品管理", "分期计算器", "风控审批", "还款管理", "用户管理")),
        _lab("选配模块", "订单跟踪（另计2万元，不含税）"),
        _rich("资质与安全", ["已取得等保三级，备案证明编号45033243007-25002", "SM4加密（身份证号、手机号）", "HTTPS",
                        "角色权限", "操作日志保存6个月", "征信接口：百行征信"]),
        _rich("售后服务", ["免费维护12个月", "仅含bug修复，版本升级另计", "一般政策调整免费，重大政策调整除外",
                       "7&times;24小时技术支持", "4小时内响应", "提供终身技术咨询", "维保期满后3万元/年", "以上写入合同"],
              sep="&lt;br&gt;"),
        _lab("源码交付", "完整源码"),
        _lab("联系人", "韦丽娟&nbsp;&nbsp;139&nbsp;7731&nbsp;0452"),
        _status("已提交", "green"),
        _lab("更新时间", "2025-11-17&nbsp;11:40"),
    ], "2025-11-26 09:41:37"),
    ("Q7745", YL, [
        _who(YL),
        _lab("报价单号", "QT20251119-0051"),
        _lab("报价金额（元）", "<em>&yen;228,000.00</em>"),
        _lab("计税方式", "含税（增值税专用发票13%）"),
        _lab("功能模块", _mods(*SIX_CI)),
        _lab("选配模块", "无"),
        _rich("资质与安全", ["<s>已取得等保三级</s>&nbsp;等保三级测评中，预计2026年3月取得备案证明",
                        "身份证号、手机号、银行卡号SM4加密", "全站HTTPS", "RBAC角色权限", "操作日志保存12个月",
                        "征信接口：百行征信&amp;朴道征信"]),
        _rich("售后服务", ["免费维护12个月，含bug修复及小版本升级", "监管政策调整免费", "7&times;24小时，1小时内响应",
                       "提供终身技术咨询", "维保期满后2.2万元/年", "以上均写入合同"]),
        _lab("源码交付", "完整源码交付，无加密"),
        _lab("联系人", "黎振宇&nbsp;&nbsp;136&nbsp;6773&nbsp;1208"),
        _status("已提交", "green"),
        _lab("更新时间", '2025-11-21&nbsp;16:02&nbsp;<span class="tip">（供应商已修改报价，删除线为修改前内容）</span>'),
    ], "2025-11-26 09:41:52"),
    ("Q7752", LJ, [
        _who(LJ),
        _lab("报价单号", "QT20251118-0042"),
        _lab("报价金额（元）", "<em>&yen;246,000.00</em>"),
        _lab("计税方式", "含税（增值税专用发票13%）"),
        _lab("功能模块", _mods("商品管理", "分期计算器", "订单跟踪", "风控审批", "还款计划及提醒", "用户管理")),
        _lab("选配模块", "无"),
        _rich("资质与安全", ["已取得等保三级，定级对象：龙脊消费分期业务管理系统，备案证明编号45033043016-24009（2024年取得）",
                        "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限",
                        "操作日志保存12个月，异常操作可追溯", "征信接口：人行征信中心&amp;百行征信"]),
        _rich("售后服务", ["免费维护一年，含bug修复&amp;小版本升级", "监管政策调整免费适配", "7&times;24小时技术支持，1小时内响应",
                       "提供终身技术咨询", "维保期满后按合同额10%/年", "以上承诺全部写入合同"]),
        _lab("源码交付", "完整源码，无加密，可二次开发"),
        _lab("联系人", "蓝志强&nbsp;&nbsp;138&nbsp;7735&nbsp;2190"),
        _status("已提交", "green"),
        _lab("更新时间", "2025-11-18&nbsp;15:26"),
    ], "2025-11-26 09:42:06"),
    ("Q7760", BJ, [                                      # a withdrawn page shows five elements only
        _who(BJ),
        _lab("报价单号", "QT20251116-0029"),
        _status("已撤回", "grey"),
        _lab("撤回说明", "因项目排期冲突，我司放弃本次报价（2025-11-24&nbsp;10:15&nbsp;供应商撤回）"),
        _lab("更新时间", "2025-11-24&nbsp;10:15"),
    ], "2025-11-26 09:42:19"),
    ("Q7768", DP, [                                      # no 选配模块 element on this page: every later element one column left
        _who(DP, badge="待认证"),
        _lab("报价单号", "QT20251120-0057"),
        _lab("报价金额（元）", "<em>&yen;96,000.00</em>"),
        _lab("计税方式", "含税"),
        _lab("功能模块", _mods("商品管理", "分期计算器", "风控审批", "还款管理", "用户管理")),
        _rich("资质与安全", ["等保二级（已备案）", "数据AES加密", "HTTPS", "角色权限", "操作日志保存3个月"]),
        _rich("售后服务", ["免费维护3个月，仅修复bug", "技术支持：工作日9:00-17:30", "次日响应", "维保期满后0.9万元/年"]),
        _lab("源码交付", "授权使用，绑定域名"),
        _lab("联系人", "马建新&nbsp;&nbsp;0773-6512&nbsp;338"),
        _status("已提交", "green"),
        _lab("更新时间", "2025-11-20&nbsp;09:12"),
    ], "2025-11-26 09:42:33"),
    ("Q7779", XS, [
        _who(XS),
        _lab("报价单号", "QT20251122-0063"),
        _lab("报价金额（元）", '<em>&yen;0.00</em>&nbsp;<span class="tip">价格待商务谈判后确定</span>'),
        _lab("计税方式", "—"),
        _lab("功能模块", _mods(*SIX_CI)),
        _lab("选配模块", "无"),
        _rich("资质与安全", ["已取得等保三级，备案证明编号45032443011-24015", "SM4加密", "全站HTTPS", "RBAC",
                        "日志保存12个月", "征信接口：人行征信中心"]),
        _rich("售后服务", ["免费维护12个月，含bug修复及小版本升级", "政策适配免费", "7&times;24，2小时内响应", "终身技术咨询",
                       "年服务费2.5万元/年", "写入合同"]),
        _lab("源码交付", "完整源码"),
        _lab("联系人", "王海涛&nbsp;&nbsp;177&nbsp;7730&nbsp;6621"),
        _status("已提交", "green"),
        _lab("更新时间", "2025-11-22&nbsp;18:47"),
    ], "2025-11-26 09:42:48"),
]
B1_LIST = ["https://srm.guicaiyun.com/supplier/rfq/" + RFQ + "/quotes?page=1&amp;size=20", f"报价列表 - {SITE}",
           '<span class="rfq-name">消费分期系统源码采购（荔浦丰鱼岩小贷）</span>', "共&nbsp;6&nbsp;家供应商响应",
           "最低报价：&yen;96,000.00", "报价截止：2025-11-25&nbsp;17:00"] + [""] * 8 + ["2025-11-26 09:41:20"]


def build_zzzb01():
    rows = [B1_HEAD, B1_LIST]
    for qid, vendor, fields, when in B1_PAGES:
        cells = fields + [""] * (12 - len(fields))
        rows.append([_url(qid), f"报价详情 - {vendor} - {SITE}"] + cells + [when])
    assert all(len(r) == len(B1_HEAD) for r in rows)
    write_csv(B1_NAME, rows, "utf-8-sig")

    comment = """Voice: 荔浦丰鱼岩小额贷款 (桂林荔浦, consumer instalments through local appliance and motorbike dealers, no cross-border
  business; the type's band is 20–30万). The buyer ran RFQ-20251106-017 on a supplier portal (桂采云供应商协同平台) whose free
  account cannot export; its IT clerk scraped the 报价详情 pages with 八爪鱼采集器 on 2025-11-26 (a list-page loop, every element
  taken as "采集该元素的Inner Html") and exported the task as CSV. No one tidied it.
Layout: CSV in UTF-8 with BOM, comma-separated, CRLF, no title line. Header: 页面网址 | 标题 | 字段1 … 字段12 | 采集时间 — the
  scraper's own names, none of them a field. Row 2 is the LIST page (its URL …/quotes?page=1&amp;size=20, 标题 "报价列表 - …",
  "共&nbsp;6&nbsp;家供应商响应", "最低报价：&yen;96,000.00", "报价截止：…"). Rows 3–8 are detail pages, 标题 "报价详情 - <company> -
  桂采云供应商协同平台", each cell one page element with its own label inside: "<label>报价金额（元）：</label>&nbsp;<em>&yen;246,000.00
  </em>", "<label>功能模块：</label>&nbsp;商品管理&nbsp;/&nbsp;分期计算器…", rich-text elements as '<div class="rich">…<br>…</div>'.
  On most pages 字段1 供应商 (with the portal's badge "已认证" / "待认证"), 字段2 报价单号, 字段3 报价金额（元）, 字段4 计税方式, 字段5 功能模块,
  字段6 选配模块, 字段7 资质与安全, 字段8 售后服务, 字段9 源码交付, 字段10 联系人, 字段11 报价状态, 字段12 更新时间. 灌阳都庞岭's page has no
  选配模块 element, so from 字段6 on its elements stand one column left (字段12 empty); 资源八角寨's page (withdrawn) has five
  elements (供应商, 报价单号, 报价状态 已撤回, 撤回说明, 更新时间). 恭城瑶乡 typed "<br>" itself into the portal's plain text box: the
  portal escaped it, so its 售后服务 lines are joined by "&lt;br&gt;" (the page SHOWS "<br>" there). 阳朔遇龙河 edited its 资质与安全
  after submitting: the portal shows the edit as "<s>已取得等保三级</s>&nbsp;等保三级测评中，预计2026年3月取得备案证明", and its 更新时间
  says "（供应商已修改报价，删除线为修改前内容）".
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: every cell is read as the text the page shows (analyst-reading on rich text exported as HTML: "read as the text it
  shows — struck words are the old ones and left out, list items are bullets"): &nbsp; a space, &amp; "&", &yen; "¥", &times;
  "×", <br> a line break, tags no words, <s>…</s> the words before the vendor's edit. Each cell is read under the label it
  carries, never under the scraper's column name (analyst-reading on detail pages pasted a cell an item: "each pair is read
  under its own label … every row in its own order"), so 都庞岭's shifted cells read as what they say. The badge is no part
  of the name ("合格供应商 Qualified" is no part of it). The list page is no quote (its "最低报价" is a statistic, "共6家" a count);
  报价单号, 联系人's phone numbers, 更新时间 and 采集时间 are no amounts. "&lt;br&gt;" in 瑶乡's cell shows the characters "<br>" the vendor
  typed between its clauses: read as its line breaks (each clause names its own field, so nothing asserted below depends on
  it). Five quotes: 龙脊, 遇龙河, 瑶乡, 都庞岭, 湘山. 资源八角寨 is no quote: "报价状态：已撤回" with "我司放弃本次报价" ("已撤回
  Withdrawn a vendor that withdrew").
Traps: the decisive one is the struck 等保 answer. Strip the tags (as a text editor, a careless formula or a careless eye does)
  and 遇龙河's cell reads "已取得等保三级 等保三级测评中，…"; its first words say the level is held, and the rest of its page is
  the best on the sheet — 228,000 含税 (the cheapest inside 20–30万), all six instalment modules, SM4, HTTPS, RBAC, 12-month
  logs, 百行 + 朴道, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the
  contract, 2.2万 a year, full source: a careless reader picks 阳朔遇龙河数科. But "已取得等保三级" is struck — the words the vendor
  replaced, as the page itself says — and what it says now is "等保三级测评中，预计2026年3月取得备案证明": in progress (false,
  claimed), the gate unverified, ranked below every quote that passes. The careful pick is 龙胜龙脊: 备案证明编号45033043016-24009
  for 龙脊消费分期业务管理系统 (2024年取得), SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, all
  six modules, 一年 with bug fixes & minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the
  contract, a fee of 10 % of the contract a year (24,600), full unencrypted source, at 246,000 含税 inside the band.
  恭城瑶乡 passes too but is worse on every count: 238,000 不含税 and its must-have 订单跟踪 only "选配…另计2万元，不含税", both at 13 %:
  (238,000 + 20,000) × 1.13 = 291,540 (order tracking present, conditional); 6-month logs; 百行 only; "仅含bug修复，版本升级另计";
  "一般政策调整免费，重大政策调整除外" (conditional); 4 hours; 3万 a year. 全州湘山 states every term well but its price is "&yen;0.00" beside
  "价格待商务谈判后确定" (no price, never free: unverified). 灌阳都庞岭 fails three ways: 96,000 (under 10万), 等保二级, and a stated module
  list without 订单跟踪.
Not settled and not asserted: the standing of 瑶乡's "仅含bug修复，版本升级另计" and of 都庞岭's "仅修复bug" (values false either way);
  都庞岭's policy adaptation, consulting and contract (it says nothing: unknown) and 湘山's tax (no price to tax). None of them
  moves a gate or the pick."""
    vendors = [
        dict(vendor=LJ, gate="pass", price=246000,
             why="row 5 (qid Q7752): 字段3 '&yen;246,000.00', 字段4 '含税（增值税专用发票13%）' = 246,000 inside 20–30万; 字段5 商品管理 / 分期计算器 / 订单跟踪 / 风控审批 / 还款计划及提醒 / 用户管理; 字段6 选配 无; 字段7 '已取得等保三级，定级对象：龙脊消费分期业务管理系统，备案证明编号45033043016-24009（2024年取得）', SM4 on 身份证号/手机号/银行卡号, 全站HTTPS（TLS1.2）, RBAC, 日志12个月 with tracing, 人行征信中心&amp;百行征信; 字段8 '免费维护一年，含bug修复&amp;小版本升级' (12 months), 政策 免费适配, '7&times;24小时…1小时内响应', 终身咨询, '按合同额10%/年' = 24,600 a year, 全部写入合同; 字段9 完整源码 无加密. 3 years: 246,000 + 2 × 24,600 = 295,200.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24600, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor=YX, gate="pass", price=291540,
             why="row 3 (qid Q7731): '&yen;238,000.00' 不含税（增值税13%另计）; its must-have 订单跟踪 only under 选配模块 '另计2万元，不含税' — added at the same 13 %: (238,000 + 20,000) × 1.13 = 291,540 inside 20–30万 (order tracking present, conditional). '已取得等保三级，备案证明编号45033243007-25002'; SM4 (身份证号、手机号); HTTPS; 角色权限; 日志6个月 (not under 6); 百行征信. 售后 joined by the vendor's own escaped '&lt;br&gt;': 免费维护12个月; '仅含bug修复，版本升级另计' (no upgrades at the base price); '一般政策调整免费，重大政策调整除外' (conditional); 7×24; 4小时内响应; 终身咨询; '维保期满后3万元/年'; 写入合同; 完整源码. Dearer than 龙脊 and worse on logs, bureaus, upgrades, policy, response and fee.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24",
                                "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                                "source_licence_only", "claimed"]),
        dict(vendor=YL, gate="unverified", price=228000,
             why="row 4 (qid Q7745): '&yen;228,000.00' 含税 = 228,000 inside 20–30万. 字段7 '<s>已取得等保三级</s>&nbsp;等保三级测评中，预计2026年3月取得备案证明' — the struck words are the ones the vendor replaced (its 更新时间 says '删除线为修改前内容'); what it says now is in progress (false, claimed): unverified. Otherwise stated and good: all six modules; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 百行征信&amp;朴道征信; 12个月 with minor upgrades; 政策 免费; '7&times;24小时，1小时内响应'; 终身咨询; '2.2万元/年'; 均写入合同; 完整源码 无加密.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=XS, gate="unverified", price="null",
             why="row 8 (qid Q7779): 字段3 '&yen;0.00' beside '价格待商务谈判后确定' = no price (null, never free): unverified, price_missing; 计税 '—'. Everything else stated and good: six modules; '已取得等保三级，备案证明编号45032443011-24015'; SM4; 全站HTTPS; RBAC; 日志12个月; 人行征信中心; 12个月 with minor upgrades; 政策适配免费; '7&times;24，2小时内响应'; 终身咨询; '年服务费2.5万元/年'; 写入合同; 完整源码.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "claimed", "conditional"]),
        dict(vendor=DP, gate="fail", price=96000,
             why="row 7 (qid Q7768, no 选配模块 element: its cells from 字段6 on stand one column left and are read by their labels): '&yen;96,000.00' 含税 = 96,000, under 10万: fail. '等保二级（已备案）': fail. Stated module list 商品管理 / 分期计算器 / 风控审批 / 还款管理 / 用户管理 — no 订单跟踪: missing, fail. '数据AES加密' (no SM4); HTTPS; 角色权限; 日志3个月; '免费维护3个月，仅修复bug'; '工作日9:00-17:30' (no 7×24); '次日响应' (24 h); '0.9万元/年'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, support_7x24=False,
                         response_hours=24, annual_fee_after_warranty_cny=9000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                   "source_licence_only"],
             flex=["price_over_budget", "price_missing", "no_tls", "no_access_control", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(B1_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [B1_NAME], LJ,
               "龙胜龙脊's page proves every gate (备案证明编号45033043016-24009 for its 消费分期业务管理系统, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every instalment must-have, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 10 % a year after (24,600) and full unencrypted source, at 246,000 含税 inside 20–30万. 阳朔遇龙河 looks better only with its tags stripped: its '已取得等保三级' is struck out by its own edit, and what it says now is '等保三级测评中' (unverified). 恭城瑶乡 passes at 291,540 with its 订单跟踪 option and is worse on every count; 全州湘山 gave no price (unverified); 灌阳都庞岭 is 96,000, 等保二级 and lacks 订单跟踪 (fail); 资源八角寨 withdrew.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzb_02  个人信用贷 — a mobile inquiry app's "分享 → 导出Excel": one card a row, the whole quote in one cell, "…展开全文"
# ---------------------------------------------------------------------------------------------
B2_NAME = "zzzb_02_pc_yixunjia_shouji_fenxiang_zhankai.xlsx"
XT = "昭苏夏塔信息技术有限公司"
BG = "特克斯八卦城数科有限公司"
TB = "尼勒克唐布拉网络科技有限公司"
KD = "巩留库尔德宁软件有限公司"
NL = "新源那拉提科技有限公司"
XB = "察布查尔锡伯数据服务有限公司"
FOLD = "…展开全文"
B2_BG_SHOWN = ("报价：19.8万（含税）🔥\n"
               "功能：个人征信查询、智能风控模型、反欺诈、还款计划及提醒、风控审批、用户管理\n"
               "亮点：我司深耕小贷科技十二年，服务全国三百余家持牌机构，其中西北五省小贷公司四十余家，核心团队来自头部互联网金融企业，系统经过大规模放贷业务验证，"
               "稳定可靠；支持私有化部署，标准项目四周上线，配备一对一实施顾问和驻场培训；风控策略可按贵司客群和当地产业特点定制，"
               "审批效率较人工提升六成以上，坏账率显著下降，深受客户好评，欢迎随时来我司参观考察、洽谈合作！\n"
               "等保：已取得等保三")
B2_CARDS = {
    XT: ("报价：22.6万（含税，13%专票）\n"
         "功能：个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理\n"
         "等保：已取得三级，备案证明编号65402343009-24003（2024年取得）\n"
         "安全：身份证号/手机号/银行卡号SM4加密；全站HTTPS；RBAC；日志12个月可追溯\n"
         "征信：人行征信中心、百行征信\n"
         "售后：免费维护12个月含bug修复及小版本升级；政策适配免费；7×24，1小时响应；终身技术咨询；期满后2.4万/年；全部写入合同\n"
         "源码：完整源码无加密"),
    BG: B2_BG_SHOWN + FOLD,
    TB: ("报价：24.8w（含税）\n"
         "功能：个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件\n"
         "等保：三级，备案证明编号65402843002-25001\n"
         "安全：SM4加密；HTTPS；RBAC；日志6个月\n"
         "征信：百行征信\n"
         "维护：免费一年，bug修复+小版本升级\n"
         "政策适配：一般调整免费，重大政策调整另行报价\n"
         "支持：7×24，2小时内响应；终身技术咨询\n"
         "维保费：3.6万/年；写入合同\n"
         "源码：完整源码"),
    KD: ("报价：13.8万（含税）\n"
         "功能：个人征信查询、还款管理、风控审批、用户管理（风控模型暂无，可二期定制开发）\n"
         "等保：二级\n"
         "安全：AES加密；HTTPS；角色权限；日志3个月\n"
         "征信：支持对接征信\n"
         "维护：免费6个月，仅修复bug；政策适配另行收费\n"
         "支持：5×8，次日响应\n"
         "维保费：1.2万/年\n"
         "源码：授权使用，不提供源码"),
    NL: ("报价：21万（不含税，税点另加6%）\n"
         "功能：个人征信查询、风控模型、还款管理、风控审批、用户管理\n"
         "等保：三级申请中\n"
         "安全：SM4；HTTPS；RBAC；日志12个月\n"
         "征信：百行征信\n"
         "维护：12个月（含bug修复及小版本升级）；政策适配免费\n"
         "支持：工作日9:30-18:00，4小时内响应；提供终身技术咨询\n"
         "维保费：2万/年\n"
         "合同：可以写进合同\n"
         "源码：完整源码"),
    XB: "感谢邀请！经内部评估，我司本次暂不参与报价，期待下次合作🙏",
}
assert all(len(t) < len(B2_BG_SHOWN) for k, t in B2_CARDS.items() if k != BG), "only the folded card is that long"
B2_ROWS = [
    # 报价方（App昵称）, 企业名称（已认证）, 附件, 点赞, 评论, 已读, 提交时间
    ("锡伯数据·佟经理", XB, "", "", "", "已读 6/6", "11-25 10:03"),
    ("Kevin_八卦城数科", BG, "[PDF] 八卦城数科-个人信用贷系统报价单.pdf（1.8MB，App内预览）", "👍 3",
     "木拉提：这家最便宜，等保也有，周一约他们来演示\n热依拉：收到👌 我来约", "已读 6/6", "11-25 16:48"),
    ("夏塔信息-阿依努尔", XT, "[图片] 等保备案证明.jpg", "👍 1", "热依拉：证书照片已存档", "已读 5/6", "11-26 11:20"),
    ("唐布拉网络 马经理", TB, "", "", "", "已读 4/6", "11-26 15:37"),
    ("库尔德宁软件 王总", KD, "[文档] 公司简介.docx", "", "木拉提：风控模型都没有？", "已读 5/6", "11-27 09:05"),
    ("那拉提科技-销售部", NL, "[PDF] 报价函.pdf（App内预览）", "", "", "已读 3/6", "11-27 17:52"),
]


def build_zzzb02():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价汇总"
    put_row(ws, 1, ["易询价 · 询价单「个人信用贷系统源码采购」报价汇总"], font=TITLE, border=False)
    ws.merge_cells("A1:I1")
    put_row(ws, 2, ["询价方：霍城清水河小额贷款有限公司　发布人：木拉提（总经理）　报价截止：2025-11-27 18:00　共 6 条报价"],
            border=False)
    ws.merge_cells("A2:I2")
    put_row(ws, 3, ["导出自 易询价 App 3.8.2（iOS）· 2025-11-28 21:07 · 报价内容按列表页显示导出，过长内容已折叠"], border=False)
    ws.merge_cells("A3:I3")
    put_row(ws, 5, ["序号", "报价方", "企业名称（已认证）", "报价内容", "附件", "点赞", "评论", "已读", "提交时间"],
            font=BOLD, fill=GREY, align=CENTER)
    for i, (nick, firm, att, like, talk, read, when) in enumerate(B2_ROWS):
        r = 6 + i
        put_row(ws, r, [str(i + 1), nick, firm, B2_CARDS[firm], att or None, like or None, talk or None, read, when])
        ws.row_dimensions[r].height = 200 if firm != XB else 36
    widths(ws, [6, 18, 26, 62, 26, 8, 30, 10, 12])
    ws.freeze_panes = "D6"
    _save(wb, B2_NAME)

    comment = """Voice: 霍城清水河小额贷款 (伊犁霍城, local personal credit, no cross-border business; the type's band is 18–25万). Its general
  manager 木拉提 posted the inquiry in a mobile inquiry app (易询价); six vendors answered with a 报价卡片 each, typed on their
  phones; on 2025-11-28 he tapped 分享 → 导出Excel on his iPhone and sent the file on. The app writes the list page as it shows it:
  its own line says "报价内容按列表页显示导出，过长内容已折叠".
Layout: .xlsx, one sheet "报价汇总": title row 1, 询价方/发布人/截止 row 2, the app's export line row 3, header row 5: 序号 | 报价方 (the
  sales person's app nickname) | 企业名称（已认证） (the company) | 报价内容 (the whole card in ONE cell, "label：value" lines with
  full-width colons) | 附件 (only the attachment's name, "App内预览") | 点赞 | 评论 (the buyer's colleagues' thread) | 已读 x/6 |
  提交时间; rows 6–11 in the app's order (锡伯, 八卦城, 夏塔, 唐布拉, 库尔德宁, 那拉提). 八卦城's card is long (a marketing 亮点
  paragraph) and the app folded it: its cell ends "等保：已取得等保三…展开全文"; the lines after the fold are not in the file.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per card, named by 企业名称（已认证）, never by the nickname (a sales contact is no vendor); each line of the
  card read under its own label (analyst-reading: WeChat notes pasted one a row — "each line of the note … is read under its
  own label, the emoji aside"; a multi-line cell of "Label: value" lines "is read line by line by what each label names"); a
  line holding several clauses ("售后：…；…；…") is a cell of several facts. 点赞, 评论, 已读 and 提交时间 are the app's and the buyer's
  (木拉提's "这家最便宜，等保也有" is his hearsay, no term); an attachment named but not in the file proves nothing ("见上图（证书
  截图）" points at a picture the file does not hold). A folded card is unknown where the app cut it: the words before "…展开全文"
  are what the file holds, and an answer cut in the middle says nothing complete (the brief's rule, and analyst-reading's
  "a column whose cells the page cut short gives way to the full-text column" — here there is none). 察布查尔锡伯's card only
  declines ("我司本次暂不参与报价"): no quote. Five quotes.
Traps: the decisive one is the fold. Read as if the card went on, 特克斯八卦城 is the cheapest quote inside the band (19.8万 含税), with
  every personal-credit must-have and anti-fraud, "等保：已取得等保三[级]", a colleague's "等保也有" and three 👍: a careless reader
  picks 特克斯八卦城数科. But the file holds "已取得等保三" and nothing after it — no level completed, no filing, and no word at all on
  encryption, TLS, access control, logs, bureau, maintenance, policy, support, response, consulting, contract, yearly fee or
  source (the PDF 报价单 it names is not in the file): its 等保 is unknown, the gate unverified, ranked below every pass, and
  every field after the fold unknown (questions for the vendor). The careful pick is 昭苏夏塔: "已取得三级，备案证明编号
  65402343009-24003（2024年取得）", SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs with tracing, 人行 + 百行, every must-have
  with anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.4万 a year
  after, all in the contract, full unencrypted source, at 22.6万 含税 inside 18–25万. 尼勒克唐布拉 passes too (24.8w 含税, filing
  number given) but is worse on every count (dearer, 6-month logs, 百行 only, major policy changes "另行报价", 2 hours, 3.6万 a year).
  新源那拉提 is "三级申请中" (in progress: unverified), 21万 "不含税，税点另加6%" = 222,600, no anti-fraud, office hours, 4 hours,
  "可以写进合同" (willing, a claim). 巩留库尔德宁 fails: "等保：二级", and "风控模型暂无，可二期定制开发" (a must-have not in this quote:
  missing); 13.8万 (under 15万), AES, 3-month logs, 6 months bug fixes only, policy "另行收费", 5×8, 次日, "授权使用，不提供源码".
Not settled and not asserted: the standing of 库尔德宁's "仅修复bug" and "另行收费" (values false either way); 库尔德宁's consulting and
  contract (it says nothing: unknown); whether 八卦城's folded "已取得等保三" is recorded as unknown or as a claim — the analyst
  says unknown (cut where the level would be named) and asserts it, but the gate is unverified on either reading. None of the
  unasserted readings moves a gate or the pick."""
    after_fold = ["sm4_encryption", "tls", "access_control", "audit_log_months", "licensed_credit_bureau",
                  "free_maintenance_months", "maintenance_includes_upgrades", "policy_adaptation_free", "support_7x24",
                  "response_hours", "lifetime_consulting", "commitments_in_contract", "annual_fee_after_warranty_cny",
                  "source_code_delivery"]
    vendors = [
        dict(vendor=XT, gate="pass", price=226000,
             why="row 8, its card in full: '报价：22.6万（含税，13%专票）' = 226,000 inside 18–25万; 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; '已取得三级，备案证明编号65402343009-24003（2024年取得）'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月可追溯; 人行征信中心 + 百行征信; 售后: 免费维护12个月含bug修复及小版本升级, 政策适配免费, 7×24, 1小时响应, 终身技术咨询, '期满后2.4万/年', 全部写入合同; 完整源码无加密. The '[图片] 等保备案证明.jpg' attachment is not in the file and is not needed: the card names the filing. 3 years: 226,000 + 2 × 24,000 = 274,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=TB, gate="pass", price=248000,
             why="row 9: '24.8w（含税）' = 248,000 inside 18–25万; 个人征信查询, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理, 营销插件 (deferrable); '三级，备案证明编号65402843002-25001'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; '免费一年，bug修复+小版本升级' = 12 months; '一般调整免费，重大政策调整另行报价' = conditional; 7×24; 2小时内 (not over 2); 终身技术咨询; '3.6万/年'; 写入合同; 完整源码. Worse than 夏塔 on price, logs, bureaus, policy, response and fee.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, response_hours=2,
                          annual_fee_after_warranty_cny=36000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "marketing_plugins"], fex=BLOAT,
             flin=["policy_adaptation_charged", "conditional"],
             flex=_but("policy_adaptation_charged", "conditional", base=ALL_BAD_AF)),
        dict(vendor=BG, gate="unverified", price=198000,
             why="row 7, its card folded by the app: '报价：19.8万（含税）🔥' = 198,000 inside 18–25万; 个人征信查询, 智能风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户管理 (the 功能 line is whole); the 亮点 paragraph states no term; then '等保：已取得等保三…展开全文' — the 等保 answer is cut where its level would be named: unknown, the gate unverified. Nothing after the fold is in the file (the '[PDF] …报价单.pdf（App内预览）' is not either): encryption, TLS, access control, logs, bureau, maintenance, upgrades, policy, support, response, consulting, contract, yearly fee and source are unknown, each a question. 木拉提's '这家最便宜，等保也有' and the 👍 are the buyer's.",
             values=dict(mlps_level3="null", **{f: "null" for f in after_fold}),
             status=dict(mlps_level3="unknown", **{f: "unknown" for f in after_fold}),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["unconfirmed"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                "not_in_contract", "bloat_features", "source_partial", "source_licence_only",
                                "no_anti_fraud", "conditional"]),
        dict(vendor=NL, gate="unverified", price=222600,
             why="row 11: '21万（不含税，税点另加6%）' = 210,000 × 1.06 = 222,600 inside 18–25万 (the rate the quote names is the one added). '三级申请中' = in progress (false, claimed): unverified. 个人征信查询, 风控模型, 还款管理, 风控审批, 用户管理 — no anti-fraud (no_anti_fraud); SM4; HTTPS; RBAC; 日志12个月; 百行征信; 12个月 含bug修复及小版本升级; 政策适配免费; '工作日9:30-18:00' (no 7×24); 4小时内; 终身咨询 提供; '2万/年'; '可以写进合同' = willing, not written (claimed); 完整源码.",
             values=_vals(mlps_level3=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", commitments_in_contract="claimed", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["claimed", "no_anti_fraud", "no_7x24", "response_over_2h"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_lifetime_consulting", "bloat_features", "source_partial", "source_licence_only",
                   "conditional"]),
        dict(vendor=KD, gate="fail", price=138000,
             why="row 10: '等保：二级' = fail. '个人征信查询、还款管理、风控审批、用户管理（风控模型暂无，可二期定制开发）' — the risk model is not in this quote: missing (fail); no anti-fraud. '13.8万（含税）' = 138,000 (under 15万). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信' (claimed); '免费6个月，仅修复bug'; '政策适配另行收费'; '5×8，次日响应' (24 h); '1.2万/年'; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=12000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed", "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(B2_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [B2_NAME], XT,
               "昭苏夏塔's card proves every gate (备案证明编号65402343009-24003, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.4万 a year after, all in the contract and full unencrypted source, at 226,000 含税 inside 18–25万. 特克斯八卦城 (198,000) looks better only if its folded card is imagined whole: the file stops at '等保：已取得等保三…展开全文', so its 等保 and every term after it are unknown (unverified). 尼勒克唐布拉 passes but is worse on every count; 新源那拉提 is 三级申请中 (unverified); 巩留库尔德宁 is 等保二级 and lacks the risk model (fail); 察布查尔锡伯 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzb_03  商户经营贷 — a 钉钉 AI表格 filled by the vendors' sales people, exported with each record's comment thread in columns
# ---------------------------------------------------------------------------------------------
B3_NAME = "zzzb_03_ml_dingding_aibiaoge_pinglun_yidu.xlsx"
LY = "武平梁野山数科有限公司"
DJH = "泰宁大金湖信息技术有限公司"
JN = "建宁金铙山网络科技有限公司"
TE = "宁化天鹅洞软件有限公司"
JZ = "明溪君子峰科技有限公司"
LJN = "清流龙津数据服务有限公司"
B3_HEAD = ["记录ID", "供应商名称", "报价", "计税方式", "税率", "功能模块", "选配/另计", "等保三级", "等保说明", "等保证明",
           "数据安全", "征信接口", "售后服务", "源码交付", "跟进人", "状态", "创建人", "最后修改时间",
           "评论1", "评论2", "评论3"]
ML6 = "企业征信,银行流水分析,电子合同,风控审批,还款管理,用户管理"


def _c(who, when, text, tail):
    return f"{who} · {when}\n{text}\n{tail}"


B3_ROWS = [
    ["rec5Kq2Lm8", LY, "268000", "含税", "13%", ML6, "无", "已取得", "备案证明见附件", "等保备案证明.pdf",
     "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月",
     "人行征信中心,百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；维保期满后2.4万元/年；"
     "以上承诺全部写入合同",
     "完整源码", "@孟晓雯", "已报价", "吴志斌（外部·武平梁野山数科）", "2025-11-19 10:32",
     _c("孟晓雯", "11-20 14:03",
        "@吴志斌 附件里备案证明的定级对象写的是“梁野山数科OA协同办公系统”，请确认这次报的经营贷系统本身有没有三级备案？", "👍 2 · 5人已读"),
     _c("吴志斌（外部联系人·武平梁野山数科有限公司）", "11-21 09:26",
        "回复 @孟晓雯：不好意思，附件传成了我司OA系统的备案证明。这套经营贷系统的三级测评正在进行中，预计2026年4月取得备案证明，届时补交。",
        "3人已读"),
     _c("邱建华", "11-21 10:02", "@孟晓雯 梁野山价格最低，功能也全，先按它推进吧 🎉", "👍 1 · 4人已读")],
    ["rec5Kq2Lp3", DJH, "29.8万", "含税", "13%", ML6, "无", "已取得",
     "备案证明编号35043043006-24012，定级对象：大金湖经营贷业务管理系统（2024年取得）", "等保备案证明_经营贷业务管理系统.pdf",
     "身份证号、手机号、银行账号SM4加密；全站HTTPS（TLS1.2）；RBAC角色权限，按岗位授权；操作日志保存12个月，异常操作可追溯",
     "人行征信中心,百行征信",
     "免费维护12个月（bug修复+小版本升级）；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；提供终身技术咨询；"
     "维保期满后按合同额8%/年；以上全部写入合同",
     "完整源码", "@孟晓雯", "已报价", "罗美玲（外部·泰宁大金湖信息）", "2025-11-19 17:05",
     _c("孟晓雯", "11-19 16:40", "@罗美玲 报价29.8万是否含税？", "5人已读"),
     _c("罗美玲（外部联系人·泰宁大金湖信息技术有限公司）", "11-19 17:05", "回复 @孟晓雯：含税，13%增值税专票。", "👍 1 · 4人已读"),
     ""],
    ["rec5Kq2Lr6", JN, "28.5万", "不含税", "6%", ML6, "", "已取得", "备案证明编号35043143002-25004", "",
     "SM4加密；HTTPS；RBAC；操作日志保存6个月", "百行征信",
     "免费维护一年，仅bug修复，版本升级另计；一般政策调整免费，重大政策调整另行报价；7×24小时，4小时内响应；终身技术咨询；"
     "维保期满后3.2万元/年；写入合同",
     "完整源码", "@孟晓雯", "已报价", "赖晓东（外部·建宁金铙山网络）", "2025-11-20 09:48",
     _c("孟晓雯", "11-20 15:11", "@赖晓东 功能模块里电子合同勾选了，是否含在28.5万内？", "4人已读"),
     _c("赖晓东（外部联系人·建宁金铙山网络科技有限公司）", "11-20 16:30",
        "回复 @孟晓雯：电子合同是选配模块，另加3.5万元（不含税），不在28.5万里，表里勾错了。", "4人已读"),
     _c("邱建华", "11-20 16:45", "那就贵了 😅", "3人已读")],
    ["rec5Kq2Lt1", TE, "16.8万", "含税", "13%", "企业征信,风控审批,还款管理,用户管理", "银行流水分析、电子合同二期开发，届时另行报价",
     "未取得", "目前为等保二级（已备案），三级暂无计划", "", "AES加密；HTTPS；角色权限；日志3个月", "",
     "免费维护6个月，仅修复bug；政策调整另行收费；5×8；次日响应；年服务费1.5万元",
     "仅授权（不含源码）", "@孟晓雯", "已报价", "曾凡涛（外部·宁化天鹅洞软件）", "2025-11-21 11:20",
     "", "", ""],
    ["rec5Kq2Lw9", JZ, "27w", "含税", "13%", ML6, "无", "测评中", "三级测评中，预计2026年3月取得备案证明", "",
     "SM4；HTTPS；RBAC；日志12个月", "百行征信",
     "免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24，2小时内响应；终身技术咨询；维保期满后2.6万/年；写入合同",
     "完整源码", "@孟晓雯", "待补充", "黄志刚（外部·明溪君子峰科技）", "2025-11-22 15:36",
     _c("孟晓雯", "11-22 16:02", "@黄志刚 等保拿证后请第一时间上传备案证明", "👀 1 · 3人已读"),
     "", ""],
    ["rec5Kq2Lz4", LJN, "", "", "", "", "", "", "", "", "", "", "", "", "@孟晓雯", "已放弃", "孟晓雯", "2025-11-24 09:15",
     _c("钟伟（外部联系人·清流龙津数据服务有限公司）", "11-24 09:10", "@孟晓雯 我司本次不参与报价，感谢邀请。", "2人已读"),
     _c("孟晓雯", "11-24 09:15", "收到，状态已改为已放弃", "2人已读"),
     ""],
]


def build_zzzb03():
    wb = Workbook()
    ws = wb.active
    ws.title = "经营贷系统报价（外部协作）"
    put_row(ws, 1, B3_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(B3_ROWS):
        assert len(row) == len(B3_HEAD)
        put_row(ws, 2 + i, [v if v != "" else None for v in row])
        ws.row_dimensions[2 + i].height = 120
    widths(ws, [12, 24, 9, 8, 6, 30, 22, 8, 28, 22, 34, 18, 44, 12, 9, 8, 22, 16, 34, 34, 30])
    ws.freeze_panes = "C2"
    _save(wb, B3_NAME)

    comment = """Voice: 长汀汀州小额贷款 (龙岩长汀, local merchant loans to small manufacturers and shops, no cross-border business; the type's
  band is 25–35万). Its purchasing clerk 孟晓雯 built a 钉钉 AI表格 "经营贷系统报价（外部协作）" and invited each vendor's sales person as
  an external collaborator to fill its own row; she and her manager 邱建华 asked and remarked in each record's comment thread,
  and the vendors' people replied there. Exported on 2025-11-25 with 钉钉's 导出为Excel, comments included.
Layout: .xlsx, one sheet, header row 1, one record a row (rows 2–7), no title: 记录ID | 供应商名称 | 报价 (a text field, typed as each
  vendor liked: "268000", "29.8万", "27w") | 计税方式 | 税率 | 功能模块 (a multi-select, options joined by ",") | 选配/另计 | 等保三级 (a
  single select: 已取得 / 测评中 / 未取得) | 等保说明 | 等保证明 (an attachment field: only the file's name) | 数据安全 | 征信接口
  (multi-select) | 售后服务 | 源码交付 (single select) | 跟进人 (@孟晓雯) | 状态 (已报价 / 待补充 / 已放弃) | 创建人 (the collaborator,
  "name（外部·company）") | 最后修改时间 | 评论1 … 评论3 (as many as the longest thread) — each comment one cell "name · MM-dd HH:mm ⏎ text ⏎
  reactions · N人已读", a vendor's person marked "（外部联系人·<company>）", replies opening "回复 @…：".
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per record, named by 供应商名称. The vendor's words are its row and its own people's comments; the buyer's
  comments (孟晓雯's questions, 邱建华's "先按它推进吧 🎉", "那就贵了 😅"), 跟进人, 状态 (except 已放弃 with the vendor's own decline),
  创建人, 记录ID, times, 👍/👀 and "N人已读" are no terms. A vendor's own written reply in the thread comes after its row and says
  what the row's answer now is (analyst-reading: in a shared sheet with @mention comments "a reply that says the figure
  again … is the same amount with what it is now said to be"; in a clarification register an answer "is used over what the bid
  said ('Compliant.' replaced by 'assessment under way')" and "an answer that takes a module out of the price … makes it an
  option at that price, whatever the bid's module list said"; everywhere the latest written word of the vendor governs). A
  file named in an attachment field is not in the workbook and proves nothing by its name. A question states nothing
  ("@罗美玲 报价29.8万是否含税？" is no second price). 清流龙津 wrote only "我司本次不参与报价": no quote. Five quotes.
Traps: the decisive one is 武平梁野山's thread. Its row is the best on the sheet — 268,000 含税 (the cheapest inside 25–35万), every
  merchant must-have, 等保三级 "已取得" with "备案证明见附件" and an attachment, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, 12 months
  with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.4万 a year, full
  source — and the manager's comment says "先按它推进吧": a reader of the columns picks 武平梁野山数科. But in 评论2 its own sales
  person writes that the attached filing is for 梁野山数科OA协同办公系统 and that "这套经营贷系统的三级测评正在进行中，预计2026年4月取得备案
  证明": the select's "已取得" is undone by the vendor itself — a filing of another system is no proof for this one
  (analyst-reading: "a filing for the vendor's own OA system … is a claim for the system offered") and its level is in
  progress (false, claimed): unverified, below every pass. The careful pick is 泰宁大金湖: 备案证明编号35043043006-24012 for 大金湖经营贷
  业务管理系统 (2024年取得), SM4 on 身份证号/手机号/银行账号, TLS1.2, RBAC by post, 12-month logs with tracing, 人行 + 百行, every must-have,
  12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, all
  in the contract, 8 % of the contract a year (23,840), full source, at 29.8万 含税 (its thread confirms 含税 13%) inside the
  band. 建宁金铙山 passes too (filing number given) but is worse on every count: 28.5万 不含税 at 6 %, and its own reply takes 电子合同 out
  of the price ("选配模块，另加3.5万元（不含税），不在28.5万里，表里勾错了"): (285,000 + 35,000) × 1.06 = 339,200 (contract management present,
  conditional) — and even without the option 302,100, still above 大金湖; 6-month logs; 百行 only; "仅bug修复，版本升级另计"; major
  policy changes "另行报价"; 4 hours; 3.2万 a year. 明溪君子峰 is "测评中" (in progress: unverified), 27w 含税. 宁化天鹅洞 fails: "未取得"
  with "目前为等保二级（已备案），三级暂无计划", and 银行流水分析 and 电子合同 "二期开发，届时另行报价" (not in this quote: missing).
Not settled and not asserted: the standing of 金铙山's "仅bug修复，版本升级另计" and of 天鹅洞's "仅修复bug" and "另行收费" (values false
  either way); 天鹅洞's blank 征信接口 (unknown) and its consulting and contract (not said). Asserted on analyst-reading's word:
  金铙山's option taxed at the 6 % its row names ("a VAT rate the 报价说明 names … is the one added, to the price and to any
  must-have option"). None of the unasserted readings moves a gate or the pick."""
    vendors = [
        dict(vendor=DJH, gate="pass", price=298000,
             why="row 3: 报价 '29.8万', 计税方式 含税, 税率 13% (its 评论2 '含税，13%增值税专票' says the same) = 298,000 inside 25–35万; 功能模块 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 等保说明 '备案证明编号35043043006-24012，定级对象：大金湖经营贷业务管理系统（2024年取得）'; SM4 on 身份证号/手机号/银行账号; 全站HTTPS（TLS1.2）; RBAC by post; 日志12个月 with tracing; 人行征信中心 + 百行征信; 免费维护12个月 (bug修复+小版本升级); 政策 免费适配; 7×24, 2小时内, named engineer; 终身咨询; '按合同额8%/年' = 23,840 a year; 全部写入合同; 完整源码. 3 years: 298,000 + 2 × 23,840 = 345,680.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=23840, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor=JN, gate="pass", price=339200,
             why="row 4: '28.5万' 不含税 at 税率 6%; 功能模块 ticks 电子合同, but its own reply (评论2, 11-20 16:30) says '电子合同是选配模块，另加3.5万元（不含税），不在28.5万里，表里勾错了' — the must-have option added at the 6 % the row names: (285,000 + 35,000) × 1.06 = 339,200 inside 25–35万 (contract management present, conditional). 等保说明 '备案证明编号35043143002-25004'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; '免费维护一年，仅bug修复，版本升级另计' (12 months, no upgrades at the base price); '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3.2万元/年'; 写入合同; 完整源码.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24",
                                "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                                "source_licence_only", "claimed"]),
        dict(vendor=LY, gate="unverified", price=268000,
             why="row 2: '268000' 含税 13% = 268,000 inside 25–35万; all six merchant modules; 等保三级 select '已取得', 等保说明 '备案证明见附件', attachment 等保备案证明.pdf — and its own 评论2 (吴志斌, 外部联系人, 11-21): '附件传成了我司OA系统的备案证明。这套经营贷系统的三级测评正在进行中，预计2026年4月取得备案证明' = in progress for the system offered (false, claimed): unverified. 邱建华's '梁野山价格最低…先按它推进吧' is the buyer's. Otherwise stated: SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12个月 with minor upgrades; 政策 免费适配; 7×24, 1小时内; 终身咨询; '2.4万元/年'; 全部写入合同; 完整源码.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=JZ, gate="unverified", price=270000,
             why="row 6: '27w' 含税 = 270,000 inside 25–35万; select '测评中', 等保说明 '三级测评中，预计2026年3月取得备案证明' = in progress (false, claimed): unverified (状态 待补充 is the buyer's). Otherwise stated: six modules; SM4; HTTPS; RBAC; 日志12个月; 百行征信; 12个月 with minor upgrades; 政策适配免费; '7×24，2小时内响应'; 终身咨询; '2.6万/年'; 写入合同; 完整源码.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=26000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=TE, gate="fail", price=168000,
             why="row 5: select '未取得' with '目前为等保二级（已备案），三级暂无计划' = level 2, no plan: fail. 功能模块 企业征信, 风控审批, 还款管理, 用户管理 and 选配/另计 '银行流水分析、电子合同二期开发，届时另行报价' — not in this delivery: missing (fail). '16.8万' 含税 = 168,000 (not under 15万; below the band). AES (no SM4); HTTPS; 角色权限; 日志3个月; 征信接口 blank (unknown); '免费维护6个月，仅修复bug'; '政策调整另行收费'; 5×8; 次日响应 (24 h); '年服务费1.5万元'; '仅授权（不含源码）' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, annual_fee_after_warranty_cny=15000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=["enterprise_credit", "risk_approval", "repayment_management", "user_management"],
             fex=["cashflow_analysis", "contract_management"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_licence_only"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(B3_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [B3_NAME], DJH,
               "泰宁大金湖 proves every gate (备案证明编号35043043006-24012 for its 经营贷业务管理系统, SM4 on 身份证号/手机号/银行账号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant must-have, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, 8 % a year after (23,840) and full source, at 298,000 含税 inside 25–35万. 武平梁野山 (268,000, '已取得' in its row, the manager's favourite) says in its own reply that the attached filing is its OA system's and that this system's 三级测评 is still under way: unverified. 建宁金铙山 passes at 339,200 with its 电子合同 option and is worse on every count; 明溪君子峰 is 测评中 (unverified); 宁化天鹅洞 is 等保二级 and lacks 流水分析 and 电子合同 (fail); 清流龙津 declined.",
               vendors)


if __name__ == "__main__":
    build_zzzb01()
    build_zzzb02()
    build_zzzb03()
