"""Reading the layouts the blind holdout sets brought (tests/holdout, then tests/cases): each test builds a small file
the way the buyer's file was laid out and checks what a user would see — the vendors, their values, what was left out."""
from __future__ import annotations

import csv
import io

import openpyxl

from core.i18n import skipped_text
from core.load import load
from core.model import Profile
from core.scoring import score


def _xlsx(rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    return _saved(wb)


def _csv_utf16(rows: list[list]) -> bytes:
    """Excel's 'Unicode 文本' export: UTF-16 with its BOM, tab-separated, CRLF."""
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-16")


def _by_vendor(qs):
    return {q.vendor: q for q in qs.quotes}


def _saved(wb: openpyxl.Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _scored(qs, business_type: str) -> dict:
    """vendor -> its result, scored under the business type's default profile."""
    return {r.quote.vendor: r for r in score(qs, Profile.default(business_type)).vendors}


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


def test_a_phone_call_log_reads_each_call_as_the_vendors_quote():
    """An intern's 电话询价记录: 单位 names the companies (no 供应商 header), what the vendor said is in 对方介绍 and
    对方回复, the buyer's own questions and to-dos are kept apart, the later price on the phone governs, a free
    open-source offer plus its deployment charge is under 10万, and a vendor that will not quote is no quote."""
    head = ["序号", "通话时间", "单位", "对接人/电话", "对方介绍（原话记录）", "报价（记录）", "我追问的", "对方回复", "待办/跟进"]
    rows = [["个贷系统源码 电话询价记录"], head,
            ["1", "10-14 10:20", "贵阳筑城数科有限公司", "吴经理 139****2716",
             "完整源码交付，可以二次开发。模块有：个人征信接口、风控模型、反欺诈、还款计划和还款提醒、风控审批、用户管理。",
             "第一次说23万；10-16回电降到21.8万，含税", "等保？售后？",
             "等保三级有证，证书编号52010043011-24006；免费维护12个月，含小版本升级；7×24小时；2小时内响应；终身咨询；都写进合同。",
             "发合同模板"],
            ["2", "10-15 09:40", "六盘水凉都网络科技有限公司", "刘工", "功能齐全：个人征信、风控模型、还款管理、用户管理。",
             "13.8万（含税）", "售后？", "等保三级证书有；免费维护6个月；周一到周五9点到6点有人；没有终身咨询；源码给全的。", ""],
            ["3", "10-16 11:10", "毕节洪山科技工作室", "小王", "免费开源版，功能有还款管理、用户管理。", "免费（开源版），部署另收1.5万",
             "", "等保没做过。", ""],
            ["4", "10-16 16:45", "铜仁梵净山软件有限公司", "前台", "个贷这块不接了。", "不报价", "", "", "不用再跟"]]
    qs = load([("电话询价记录.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"贵阳筑城数科有限公司", "六盘水凉都网络科技有限公司", "毕节洪山科技工作室"}
    zc, ld, hs = got["贵阳筑城数科有限公司"], got["六盘水凉都网络科技有限公司"], got["毕节洪山科技工作室"]
    assert zc.values["price_cny"] == 218_000 and zc.values["free_maintenance_months"] == 12
    assert {"personal_credit_report", "risk_model", "repayment_management"} <= set(zc.values["features"])
    assert {"personal_credit_report", "risk_model", "repayment_management"} <= set(ld.values["features"])
    assert ld.values["support_7x24"] is False and ld.values["lifetime_consulting"] is False
    assert ld.values["source_code_delivery"] == "full"
    assert hs.values["price_cny"] == 15_000
    assert "我追问的" in zc.extras and "待办/跟进" in zc.extras  # the buyer's words: kept, never read as the vendor's
    res = score(qs, Profile.default("personal_credit"))
    by = {r.quote.vendor: r for r in res.vendors}
    assert by["毕节洪山科技工作室"].gate == "fail" and res.top.quote.vendor == "贵阳筑城数科有限公司"
    assert any("梵净山" in s.text for s in qs.skipped)


def test_a_unit_column_of_measures_is_never_the_vendors():
    """'单位' names the vendors only when its cells are companies: in a line-item table it is the unit (套, 年)."""
    rows = [["供应商", "模块", "数量", "单位", "单价", "金额"],
            ["甲科技有限公司", "源码授权", 1, "套", "200000", "200000"],
            ["乙软件有限公司", "源码授权", 1, "套", "180000", "180000"]]
    qs = load([("明细.xlsx", _xlsx(rows))])
    assert {q.vendor for q in qs.quotes} == {"甲科技有限公司", "乙软件有限公司"}


def test_a_group_chat_summary_in_shorthand_reads_each_vendor():
    """An assistant's summary of a 企业微信 group, typed in shorthand: 哪家 | 价 heads the vendors and prices, facts are
    separated by spaces, a module '要另加2w' is an option at its price (a must-have here: added), 年保 is the yearly fee,
    '（群公告）' is the group's notice and the assistant's own 小周备注 is hers, never the vendor's."""
    text = ("刘总：群里几家的报价我整理了一下——小周\n"
            "哪家,谁报的（群昵称）,价,等保,功能,售后,源码,小周备注\n"
            "长春净月数科有限公司,净月-孟经理,26.8w含票(13%),三级 有证 22010043012-24009,"
            "商品管理 分期计算器 订单跟踪 还款管理 风控审批 用户管理,"
            "免费维护12个月 含bug和小版本升级 政策改动免费 7x24 2h响应 终身咨询 都写合同 年保2.2w,全给 无加密 能二开,比江城贵\n"
            "吉林江城软件有限公司,江城科技-老赵,19.8w含票 订单跟踪要另加2w,三级 证书22020043007-23011,"
            "商品管理 分期计算器 订单跟踪(另加) 还款管理 风控审批 用户管理,免费3个月 只修bug 政策改动另算 5x8 次日响应,全给,最便宜\n"
            "（群公告）,刘总,,,,,,周五前定，先看合规再看价\n")
    qs = load([("群聊整理.csv", text.encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"长春净月数科有限公司", "吉林江城软件有限公司"}
    jy, jc = got["长春净月数科有限公司"], got["吉林江城软件有限公司"]
    assert jy.values["price_cny"] == 268_000 and jy.values["annual_fee_after_warranty_cny"] == 22_000
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(jy.values["features"])
    assert jy.values["response_hours"] == 2 and jy.values["support_7x24"] is True
    assert jc.values["free_maintenance_months"] == 3 and jc.values["policy_adaptation_free"] is False
    assert "小周备注" in jy.extras  # the assistant's remark: kept beside the quote
    res = score(qs, Profile.default("consumer_installment"))
    by = {r.quote.vendor: r for r in res.vendors}
    assert by["吉林江城软件有限公司"].scored_values["price_cny"] == 218_000  # 19.8w + the must-have order tracking at 2w
    assert res.top.quote.vendor == "长春净月数科有限公司"


def test_a_requirement_asking_for_the_price_and_its_vat_treatment_is_the_price():
    """An RFP compliance matrix row 'Total price (CNY), state VAT treatment' asks for the price: its answer is the
    amount (with its tax mark), never only the tax mark — a bare 'VAT treatment' row still is."""
    from core.mapping import match_label

    assert match_label("Total price (CNY), state VAT treatment").target.code == "price_cny"
    assert match_label("VAT treatment").target.code == "price:tax"
    head = ["Req ID", "Requirement", "Vendor", "Code", "Vendor response"]
    rows = [head,
            ["R-01", "Total price (CNY), state VAT treatment", "青城数科有限公司", "C", "23.6万元（含税13%）"],
            ["R-07", "MLPS Level 3 certificate (provide number)", "青城数科有限公司", "C", "等保三级，证书编号15010043008-24003"],
            ["R-01", "Total price (CNY), state VAT treatment", "康巴什网络科技有限公司", "C", "CNY 228,000 excl. VAT（增值税6%另计）"],
            ["R-07", "MLPS Level 3 certificate (provide number)", "康巴什网络科技有限公司", "C", "等保三级，证书46030043006-23008"]]
    got = _by_vendor(load([("matrix.xlsx", _xlsx(rows))]))
    assert got["青城数科有限公司"].values["price_cny"] == 236_000
    assert got["康巴什网络科技有限公司"].values["price_cny"] == 241_680  # 228,000 + the 6 % VAT it names


def test_a_deviation_table_reads_each_answer_and_never_takes_a_bare_meets_for_proof():
    """A 需求响应偏离表 (vendor over 响应内容 | 偏离 pairs): '满足' beside 无偏离 against a certificate requirement is the
    vendor's claim, not a certificate; a requirement naming one field two ways ('维护范围含缺陷修复及版本升级') is that
    field; the vendor's own 负偏离 does not hide what its words say."""
    text = ("序号,采购需求条款,★,甲数科有限公司,,乙软件有限公司,\n"
            ",,,响应内容,偏离,响应内容,偏离\n"
            "1,投标总价（元）,★,265000（含税13%）,无偏离,146000（含税）,无偏离\n"
            "2,网络安全等级保护三级（须提供证书）,★,已取得等保三级，证书编号62010043016-24010,无偏离,满足,无偏离\n"
            "3,维护范围含缺陷修复及版本升级,,含缺陷修复及小版本升级,无偏离,仅缺陷修复，不含升级,负偏离\n")
    got = _by_vendor(load([("偏离表.csv", text.encode("gbk"))]))
    jia, yi = got["甲数科有限公司"], got["乙软件有限公司"]
    assert jia.values["mlps_level3"] is True and jia.sources["mlps_level3"][0].status == "stated"
    assert yi.values["mlps_level3"] is True and yi.evidence["mlps_level3"][0] == "claimed"
    assert jia.values["maintenance_includes_upgrades"] is True
    assert yi.values["maintenance_includes_upgrades"] is False


def test_a_bid_opening_record_reads_the_bids_and_the_vat_rate_their_notes_name():
    """A 招标代理's 开标记录表: the 投标人代表签字 column is a signature, not the vendor; 投标响应模块 is the module list;
    '不含税（增值税税率6%另计）' in 报价说明 adds 6 %, not the default rate, to the price and the must-have option; a
    bidder that withdrew before the opening ('——' in every price cell) is no quote."""
    head = ["序号", "投标人名称", "投标报价（小写，元）", "投标报价（大写）", "报价说明", "投标响应模块", "投标人代表签字"]
    rows = [["开 标 记 录 表"], ["最高投标限价：350000元（含税）        投标保证金：每家5000元"], head,
            ["1", "昆明滇池数科有限公司", "312000.00", "叁拾壹万贰仟元整", "含税（增值税13%）",
             "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "张伟"],
            ["2", "曲靖麒麟软件有限公司", "268000.00", "贰拾陆万捌仟元整",
             "不含税（增值税税率6%另计）；电子合同模块为选配，另加4.5万元（不含税）",
             "企业征信、流水分析、电子合同（选配）、风控审批、还款管理、用户管理", "李强"],
            ["3", "丽江古城科技有限公司", "——", "——", "开标前书面撤回投标文件（10月20日函）", "——", "——"]]
    qs = load([("开标记录表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"昆明滇池数科有限公司", "曲靖麒麟软件有限公司"}
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(got["昆明滇池数科有限公司"].values["features"])
    by = _scored(qs, "merchant_loan")
    assert by["曲靖麒麟软件有限公司"].scored_values["price_cny"] == 331_780  # (268,000 + 45,000) × 1.06
    assert by["昆明滇池数科有限公司"].scored_values["price_cny"] == 312_000
    assert any(s.reason == "skip.withdrawn" or s.reason == "skip.declined" for s in qs.skipped if "丽江古城" in s.text)


def test_a_quote_split_over_two_rows_by_a_pdf_conversion_is_one_quote():
    """A 比价表 converted from a PDF: one vendor's row broken in two (no 序号 on the second, '桂林漓江数科有' / '限公司',
    '完整源码，无' / '加密，可二次开发'): one quote, each cell joined to the one above, and a note says so; a numbered row
    under it stays a quote of its own."""
    text = ("序号,供应商名称,报价（元）,计税,等保情况,源码交付\n"
            "1,南宁邕江软件有限公司,238000,含税,等保三级证书45010043006-23017,完整源码\n"
            "2,桂林漓江数科有,318000,含税,等保三级，备案,完整源码，无\n"
            ",限公司,,（13%）,证明45030043011-24008,加密，可二次开发\n"
            "3,柳州龙城网络科技有限公司,298000,含税,按等保三级标准建设，中标后协助测评,完整源码\n")
    qs = load([("比价表.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"南宁邕江软件有限公司", "桂林漓江数科有限公司", "柳州龙城网络科技有限公司"}
    lj = got["桂林漓江数科有限公司"]
    assert lj.values["price_cny"] == 318_000 and lj.values["mlps_level3"] is True
    assert lj.values["source_code_delivery"] == "full"  # '无' + '加密': no encryption, not 'no source'
    assert any(n.reason == "note.split_row" and "桂林漓江数科有 + 限公司" in n.text for n in qs.notes)


def test_a_supplier_register_lists_the_vendors_that_quoted_and_leaves_the_others_out():
    """A 合格供应商名录 with this inquiry's 【补录】 columns added at the right: a listed vendor with nothing under them, or
    with '（已发询价函，未回复）' / '（暂停期间不邀请）' where its price would be, gave no quote this time — listed as such,
    never ranked; 注册资本 and 成立年份 are no prices; the register's 资质：等保三级 is the quote's 等保."""
    head = ["登记编号", "供应商名称", "注册资本（万元）", "成立年份", "资质：等保三级", "【补录】本项目报价", "【补录】计税/报价说明",
            "【补录】功能模块"]
    rows = [["合格供应商名录（信息系统类）"], head,
            ["XX-2023-007", "乌鲁木齐雪莲数科有限公司", 1000, 2016, "三级（证书65010043012-24006）", "31.5万", "含税，增值税6%",
             "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"],
            ["XX-2021-002", "哈密天山北路软件有限公司", 800, 2012, "三级（证书65220043008-23002）", "", "", ""],
            ["XX-2024-019", "阿克苏红枣网络科技有限公司", 500, 2019, "三级（证书65290043004-24001）", "（已发询价函，未回复）", "", ""],
            ["XX-2020-004", "石河子军垦信息技术有限公司", 2000, 2011, "三级（证书65900043001-22005）", "（暂停期间不邀请）", "", ""]]
    qs = load([("名录.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"乌鲁木齐雪莲数科有限公司"}
    xl = got["乌鲁木齐雪莲数科有限公司"]
    assert xl.values["price_cny"] == 315_000 and xl.values["mlps_level3"] is True
    left = {s.text.split(":")[0] for s in qs.skipped if s.reason == "skip.not_quoted_here"}
    assert left == {"哈密天山北路软件有限公司", "阿克苏红枣网络科技有限公司", "石河子军垦信息技术有限公司"}


def test_a_question_asking_which_credit_bureau_is_the_bureau_not_the_module():
    """A questionnaire's '征信接口对接的是哪家机构？' asks which bureau: '百行征信。' names a licensed one (stated) and
    '支持对接各大征信机构。' names none (claimed) — never read as the credit-report module's yes."""
    from core.mapping import match_label

    assert match_label("征信接口对接的是哪家机构？").target.id == "licensed_credit_bureau"
    assert match_label("个人征信接口").target.id == "personal_credit_report"  # the module stays the module
    rows = [["序号", "调研问题", "甲数科有限公司", "乙软件有限公司"],
            ["1", "贵司本次报价（请注明是否含税）", "23.5万元，含税", "16.8万，含税"],
            ["4", "等保情况", "已取得等保三级备案证明，编号63010043007-24012", "完全满足等保三级要求"],
            ["9", "征信接口对接的是哪家机构？", "百行征信。", "支持对接各大征信机构。"]]
    got = _by_vendor(load([("问卷.xlsx", _xlsx(rows))]))
    jia, yi = got["甲数科有限公司"], got["乙软件有限公司"]
    assert jia.values["licensed_credit_bureau"] is True and "licensed_credit_bureau" not in jia.evidence
    assert yi.values["licensed_credit_bureau"] is True and yi.evidence["licensed_credit_bureau"][0] == "claimed"


def test_an_english_scorecard_cell_of_several_sentences_reads_each_fact_from_its_own_sentence():
    """An analyst's English summary cell: 'expected Q1 2026. SM4; HTTPS' — the MLPS application's words stay in their
    sentence, so SM4 is stated; 'certificate applied for' is in progress; an 'on-site assessment' is no response time;
    '12 months free incl. …' is the free maintenance; '— no bureau named' leaves the claim a claim."""
    from core.reading import read_all

    sec = ("MLPS Level 3: on-site assessment finished, certificate applied for (申请中), expected Q1 2026. SM4; HTTPS; "
           "RBAC; logs 12 months; PBoC Credit Reference Center.")
    got = read_all(sec)
    assert (got["sm4_encryption"].value, got["sm4_encryption"].status) == (True, "stated")
    assert (got["mlps_level3"].value, got["mlps_level3"].status) == (False, "claimed")
    assert "response_hours" not in got
    after = read_all("12 months free incl. minor upgrades; regulatory changes free; 7x24, 1 h response; in contract.")
    assert after["free_maintenance_months"].value == 12 and after["response_hours"].value == 1
    claim = read_all("HTTPS. 'Supports credit bureau integration (支持对接征信)' — no bureau named.")
    assert (claim["licensed_credit_bureau"].value, claim["licensed_credit_bureau"].status) == (True, "claimed")


def test_a_foreign_quote_converted_by_the_buyer_is_compared_in_its_converted_yuan():
    """A 报价折算表: the buyer converts a Korean quote into yuan in its own column ('折合人民币（我方折算）') beside the
    original (₩48,000,000): the yuan column is the price, with the tax the 计税 column names (6 % withheld)."""
    head = ["序号", "供应商", "原币报价（原文/译文）", "币种", "折算汇率", "折合人民币（我方折算）", "计税", "等保与数据安全（译）"]
    rows = [head,
            ["1", "拉萨净土数科有限公司", "¥258,000", "CNY", 1.0, 258000.0, "含税（增值税13%）", "等保三级，证书编号54010043006-24009"],
            ["2", "FinSol Co., Ltd.", "₩48,000,000（부가세 별도 / 不含增值税）", "KRW", 0.00505, 242400.0,
             "不含税：境外服务，我方代扣代缴增值税6%", "中国等保三级未做（如需，由国内代理协助测评）"]]
    got = _by_vendor(load([("折算.xlsx", _xlsx(rows))]))
    assert got["拉萨净土数科有限公司"].values["price_cny"] == 258_000
    fs = got["FinSol Co., Ltd."]
    assert fs.values["price_cny"] == 256_944  # 242,400 + 6 %, never the won figure
    assert fs.values["mlps_level3"] is False and fs.evidence.get("mlps_level3", ("stated",))[0] == "stated"  # a no


def test_a_bosss_tick_table_reads_marks_words_and_the_figures_its_headers_name():
    """A boss's 决策表 (✓ / × / ? / △ plus a few words): '日志≥半年' and '维护≥1年' name their field (the threshold after
    it is the boss's); a bare ✓ under '2小时到人' is 2 hours; '✓ 身份证/手机号' under '国密SM4' is SM4; '含票?' | '× 不含
    另加6%' adds 6 %; '? 说都能接' is a claim; '不做了' is no quote."""
    head = ["厂家", "价格", "含票?", "等保三级证", "国密SM4", "日志≥半年", "持牌征信", "维护≥1年", "政策改动免费", "2小时到人", "钟总批注"]
    rows = [head,
            ["南昌洪城数科有限公司", "约26.5万", "✓ 13%专票", "✓ 证书36010043009-24011 看过原件", "✓ 身份证/手机号", "✓ 12个月",
             "✓ 人行+百行", "✓ 12个月", "✓", "✓", "贵了点"],
            ["九江庐山软件有限公司", "大概17w", "✓", "? 说支持三级 没给证", "? 说是国密", "?", "? 说都能接", "✓ 说终身维护", "?",
             "?", "最便宜"],
            ["宜春明月山科技有限公司", "约29万", "× 不含 另加6%", "✓ 证书36090043002-24007", "✓", "✓ 12个月", "✓ 人行",
             "✓ 12个月", "✓", "✓", "最贵"],
            ["萍乡武功山科技有限公司", "不做了", "", "", "", "", "", "", "", "", "说不接分期业务"]]
    qs = load([("决策表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"南昌洪城数科有限公司", "九江庐山软件有限公司", "宜春明月山科技有限公司"}
    hc, ls, my = got["南昌洪城数科有限公司"], got["九江庐山软件有限公司"], got["宜春明月山科技有限公司"]
    assert hc.values["response_hours"] == 2 and hc.values["audit_log_months"] == 12
    assert hc.values["free_maintenance_months"] == 12 and hc.values["policy_adaptation_free"] is True
    assert hc.values["sm4_encryption"] is True and "sm4_encryption" not in hc.evidence
    assert ls.evidence["licensed_credit_bureau"][0] == "claimed" and ls.evidence["mlps_level3"][0] == "claimed"
    assert my.values["price_cny"] == 307_400  # 29万 + the 6 % the tax column says to add


def test_wechat_notes_pasted_one_a_row_read_each_note_as_its_headings_vendor():
    """Sales messages copied from WeChat 收藏, one note a row (序号 | 收藏时间 | 来自 | 笔记内容（原样粘贴） | 我的批注): the
    vendor is the company in the note's 【】 heading (not the sales contact in 来自), each '💰报价：…' line is read under
    its own label, a reminder to oneself is a note, and a message saying it will not quote is no quote."""
    import csv as _csv

    notes = [
        "【太原晋阳数科有限公司｜个人信用贷系统报价】\n💰报价：23.8w（含税，13%专票）\n"
        "📦功能：个人征信接口✅ 风控模型✅ 还款计划✅\n🔒等保：三级✅ 备案证明14010043009-24005\n"
        "🛠售后：免费维保12个月（含bug修复+小版本升级）｜7×24值班，2h内响应",
        "【长治上党信息技术有限公司 报价说明】\n报价：126k（不含税），税点另加6%\n功能：个人征信接口、风控模型、还款管理\n"
        "合同：只写价格和交付，售后按公司惯例",
        "【临汾尧都网络科技有限公司】\n🎉报价 8.8w 含税，送一年维护\n功能：风控模型、还款管理",
        "【自己备忘📌】\n1. 催报价",
    ]
    buf = io.StringIO()
    w = _csv.writer(buf)
    w.writerow(["序号", "收藏时间", "来自", "笔记内容（原样粘贴）", "我的批注"])
    for i, (who, note) in enumerate(zip(["晋阳数科-张经理", "上党信息-赵工", "尧都网络-小王", "我"], notes), 1):
        w.writerow([i, "2025/11/17 10:26", who, note, ""])
    w.writerow([5, "2025/11/20 08:50", "五台云科-刘经理", "我们现在只做SaaS租用，这次就不报了", "不报价"])
    qs = load([("收藏.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"太原晋阳数科有限公司", "长治上党信息技术有限公司", "临汾尧都网络科技有限公司"}
    jy, sd, yd = got["太原晋阳数科有限公司"], got["长治上党信息技术有限公司"], got["临汾尧都网络科技有限公司"]
    assert jy.values["price_cny"] == 238_000 and jy.values["mlps_level3"] is True
    assert {"personal_credit_report", "risk_model"} <= set(jy.values["features"])
    assert jy.values["free_maintenance_months"] == 12 and jy.values["support_7x24"] is True
    assert sd.values["price_cny"] == 133_560  # 126k + the 6 % it names
    assert sd.values["commitments_in_contract"] is False
    assert yd.values["price_cny"] == 88_000


def test_a_final_round_said_from_an_earlier_one_is_that_round_less_the_amount():
    """A negotiation log: '在第二轮基础上再让1.5万' in the final round is the second round's 27.5万 less 1.5万 = 26万,
    never a price of 1.5万; a vendor whose second round says it withdrew ('第二轮前来函退出') is no quote."""
    head = ["序号", "供应商", "第一轮报价（万元）", "第二轮报价（万元）", "最终报价（万元）", "等保"]
    rows = [head,
            ["1", "泉州刺桐数科有限公司", 29.8, 27.5, "在第二轮基础上再让1.5万", "等保三级证书编号35050043010-24007"],
            ["2", "莆田湄洲软件有限公司", 24.0, 21.0, 16.8, "等保三级证书编号35030043004-23012"],
            ["3", "南平武夷科技有限公司", 23.0, "第二轮前来函退出（产品线调整）", "—", "—"]]
    qs = load([("议价.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"泉州刺桐数科有限公司", "莆田湄洲软件有限公司"}
    assert got["泉州刺桐数科有限公司"].values["price_cny"] == 260_000
    assert got["莆田湄洲软件有限公司"].values["price_cny"] == 168_000


def test_a_budget_request_reads_the_vendors_from_prose_and_leaves_the_sign_off_lines_out():
    """A 预算外资金使用申请表: the 申请金额 above the table is the buyer's, no price; each vendor's price is read from its
    '方案及报价情况' prose ('三项合计21.8万元（不含税），增值税按6%另开专票' is 231,080; '报价19.8万元（含税，…原价26万元…）'
    is 198,000), its modules from '功能包括…'; the sign-off rows under the table (科技部推荐意见, 财务部意见, 附件) are no vendors."""
    rows = [["预算外资金使用申请表"], ["申请金额", "人民币叁拾万元整（¥300,000.00）"], [],
            ["候选服务商", "方案及报价情况", "安全合规情况", "科技部评价"],
            ["牡丹江冰城数科有限公司",
             "报价函：源码授权费17.5万元、实施及数据迁移费3.2万元、培训费1.1万元，三项合计21.8万元（不含税），增值税按6%另开专票。"
             "功能包括个人征信接口（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理。",
             "已取得等保三级备案证明（编号23100043008-24011）；身份证号SM4字段加密；全站HTTPS", "偏贵"],
            ["绥芬河口岸科技有限公司", "报价19.8万元（含税，双十一活动优惠价，原价26万元）。功能：个人征信、AI智能风控、还款管理。",
             "对方介绍系统按等保三级标准设计，上线后可协助我司通过测评", "功能最全"],
            ["科技部推荐意见", "建议选择绥芬河口岸科技。请批准申请金额30万元。", "", ""],
            ["财务部意见", "申请金额偏高，建议控制在25万元以内。", "", ""],
            ["附件", "1. 冰城数科报价函；2. 口岸科技产品介绍", "", ""]]
    qs = load([("预算申请.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"牡丹江冰城数科有限公司", "绥芬河口岸科技有限公司"}
    bc, ka = got["牡丹江冰城数科有限公司"], got["绥芬河口岸科技有限公司"]
    assert bc.values["price_cny"] == 231_080 and ka.values["price_cny"] == 198_000
    assert {"personal_credit_report", "risk_model", "repayment_management"} <= set(bc.values["features"])


def test_a_bid_tab_takes_the_grand_total_and_adds_an_options_vat_at_the_quotes_rate():
    """An English bid tab (line items per bidder, SUBTOTAL (excl. VAT), VAT '6% = 9,900', TOTAL (incl. VAT)): the TOTAL is
    the price, not the subtotal with the default VAT; a must-have offered 'Optional (+CNY 30,000 excl. VAT)' is added
    with the 6 % the quote names (174,900 + 31,800); a row naming three modules ('Repayment schedule & reminders /
    approval workflow / user management') reads as all three."""
    rows = [["Line", "Description", "Bidder 1", "Bidder 2"],
            ["", "Company", "保定直隶数科有限公司", "唐山曹妃甸软件有限公司"],
            ["1", "Source code licence — core platform", 165000.0, 140000.0],
            ["2", "Product catalogue module", "Included", "Included"],
            ["3", "Installment calculator", "Included", "Optional (+CNY 30,000 excl. VAT)"],
            ["4", "Order tracking", "Included", "Included"],
            ["5", "Repayment schedule & reminders / approval workflow / user management", "Included", "Included"],
            ["8", "Implementation & data migration", 38000.0, 25000.0],
            ["", "SUBTOTAL (excl. VAT)", 215000.0, 165000.0],
            ["", "VAT", "6% = 12,900", "6% = 9,900"],
            ["", "TOTAL (incl. VAT)", 227900.0, 174900.0],
            ["11", "MLPS (等保)", "Level 3 certified — filing no. 13060043004-24010", "Level 3 certified — filing no. 13020043007-23012"]]
    qs = load([("bid_tab.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert got["保定直隶数科有限公司"].values["price_cny"] == 227_900
    assert {"repayment_management", "risk_approval", "user_management"} <= set(got["保定直隶数科有限公司"].values["features"])
    by = _scored(qs, "consumer_installment")
    assert by["唐山曹妃甸软件有限公司"].scored_values["price_cny"] == 206_700


def test_a_renewal_beside_new_vendors_reads_the_upgrade_offer_and_drops_a_row_that_gave_nothing():
    """The incumbent's V5 upgrade beside new vendors: 'V5升级费19.8万元…V3→V5数据迁移…' is 19.8万 (a version's number is
    no amount, the arrow no correction); a row of '—' whose buyer's column says '未报价' is no quote."""
    head = ["序号", "方案", "服务商", "报价", "等保与数据安全", "法务/科技部意见"]
    rows = [head,
            ["1", "续签+升级V5（现服务商）", "襄阳隆中软件有限公司",
             "V5升级费19.8万元（老客户价，含税6%）；银行流水分析模块选配，另加4.5万元（含税）；V3→V5数据迁移由隆中免费完成",
             "V5按等保三级要求设计，上线后可协助测评", "老客户"],
            ["2", "更换：新服务商A", "荆州古城数科有限公司", "31.2万元（含税，增值税6%）", "等保三级证书编号42100043007-24015", ""],
            ["5", "更换：新服务商D", "黄冈大别山软件有限公司", "—", "—", "对方回复暂不承接外地项目，未报价"]]
    qs = load([("续签对比.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"襄阳隆中软件有限公司", "荆州古城数科有限公司"}
    assert got["襄阳隆中软件有限公司"].values["price_cny"] == 198_000
    assert any(s.reason == "skip.no_quote" and "大别山" in s.text for s in qs.skipped)


def test_a_table_above_the_one_read_is_listed_never_dropped_without_a_word():
    """Two tables on one sheet — a payment plan above the terms: the rows above the header read are listed as not
    scored (skip.above_header), so the buyer sees what to check; a title line over the table is not."""
    text = ("各供应商付款计划对比\n\n"
            "供应商,付款节点,付款比例,金额（元）\n"
            "锦州渤海数科有限公司,①签约预付款,30%,87000\n"
            ",②上线款,40%,116000\n\n"
            "供应商,功能范围,等保与数据安全,征信接口,源码交付\n"
            "锦州渤海数科有限公司,企业征信、银行流水分析、电子合同,等保三级证书编号21070043005-24002；SM4；HTTPS,人行征信中心,完整源码\n"
            "阜新玛瑙科技有限公司,企业征信、电子合同,等保二级（备案证明21090042001-22008）,百行征信,完整源码\n")
    qs = load([("付款计划.csv", text.encode("gbk"))])
    above = [s for s in qs.skipped if s.reason == "skip.above_header"]
    assert [s.where for s in above] == ["A3", "A4", "A5"]  # the plan's header and both its rows
    assert any("87000" in s.text for s in above)
    assert not any("付款计划对比" in s.text for s in above)  # the title is a title


def test_a_board_exports_cards_read_each_vendor_from_its_card_and_description_lines():
    """A Trello-style board export (Card Name | List Name | Labels | Description | Comments): the card names the vendor,
    a card naming no company (a 说明 card) is no vendor, each '**报价**：…' line of the description is read under its
    label, and an option written '分期计算器为选配模块 +25k（不含税）' keeps its price (k = 千)."""
    import csv as _csv

    buf = io.StringIO()
    w = _csv.writer(buf)
    w.writerow(["Card ID", "Card Name", "List Name", "Labels", "Description", "Comments"])
    w.writerow(["c01", "📌 说明：预算与比价口径", "说明 Info", "", "预算25万以内（含税）。", ""])
    w.writerow(["c02", "焦作山阳数科有限公司", "评估中", "资料齐全",
                "**报价**：24.5万元（含税，增值税6%专票）\n**功能**：商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理\n"
                "**等保**：三级，备案证明编号41080043005-24008\n**售后**：免费维护18个月（含缺陷修复及小版本升级）；7×24小时，2小时内响应",
                "[11-24 陈思] 比龙都贵"])
    w.writerow(["c04", "驻马店天中网络科技有限公司", "评估中", "待补充",
                "**Quote**：198k（不含税），税率13%另计\n**功能**：商品管理、订单跟踪、还款管理、风控审批、用户管理；分期计算器为选配模块 +25k（不含税）\n"
                "**等保**：三级，证书编号41170043003-24002", ""])
    qs = load([("board.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"焦作山阳数科有限公司", "驻马店天中网络科技有限公司"}
    sy = got["焦作山阳数科有限公司"]
    assert sy.values["price_cny"] == 245_000 and sy.values["free_maintenance_months"] == 18
    assert sy.values["mlps_level3"] is True and "order_tracking" in sy.values["features"]
    by = _scored(qs, "consumer_installment")
    assert by["驻马店天中网络科技有限公司"].scored_values["price_cny"] == 251_990  # (198k + the 25k calculator) × 1.13


def test_a_due_diligence_sheets_evidence_columns_decide_what_a_bare_yes_stands_for():
    """An English due-diligence sheet (Yes/No/Partial, each followed by 'Evidence ref'): 'Yes' beside 'None provided —
    vendor letter says "designed to MLPS Level 3"' is a claim, beside a filing number a fact; 'Yes' beside "'Supports
    mainstream credit bureaus' — none named" a claim; 'Upgrades in maintenance' is the upgrades; the tax basis
    'incl. 6% VAT (… = 300,000 excl. VAT)' is tax-inclusive; 'bank statement analysis — Optional (+CNY 40,000 incl. VAT)'
    is an option at its price."""
    head = ["#", "Vendor", "Quoted price", "Tax basis", "Modules offered", "MLPS Level 3", "Evidence ref",
            "Licensed credit bureau", "Evidence ref", "Upgrades in maintenance"]
    rows = [head,
            ["1", "淮北相山数科有限公司", "CNY 318,000",
             "incl. 6% VAT (licence 220,000 + implementation 60,000 + training 20,000 = 300,000 excl. VAT)",
             "Enterprise credit report; bank statement analysis; e-contract", "Yes",
             "EV-1.1 MLPS Level 3 filing certificate no. 34060043010-24002 (Oct 2024)", "Yes",
             "EV-1.3 PBoC Credit Reference Center + Baihang Credit", "Yes — bug fixes and minor upgrades"],
            ["2", "铜陵铜官软件有限公司", "CNY 148,000", "incl. 6% VAT",
             "Enterprise credit report; e-contract; bank statement analysis — Optional (+CNY 40,000 incl. VAT)", "Yes",
             "EV-2.1 MLPS Level 3 certificate no. 34070043005-23014 (copy)", "Yes", "EV-2.3 Baihang Credit",
             "No — bug fixes only"],
            ["4", "亳州谯城信息技术有限公司", "CNY 265,000", "incl. VAT", "Enterprise credit report; e-contract", "Yes",
             "None provided — vendor letter says 'designed to MLPS Level 3; assessment support after go-live'", "Yes",
             "'Supports mainstream credit bureaus' — none named", "Yes"]]
    qs = load([("dd.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    xs, tg, qc = got["淮北相山数科有限公司"], got["铜陵铜官软件有限公司"], got["亳州谯城信息技术有限公司"]
    assert xs.values["price_cny"] == 318_000 and xs.values["maintenance_includes_upgrades"] is True
    assert tg.values["maintenance_includes_upgrades"] is False
    assert qc.evidence["mlps_level3"][0] == "claimed" and qc.evidence["licensed_credit_bureau"][0] == "claimed"
    assert "mlps_level3" not in xs.evidence or xs.evidence["mlps_level3"][0] == "stated"
    by = _scored(qs, "merchant_loan")
    assert by["铜陵铜官软件有限公司"].scored_values["price_cny"] == 188_000  # the must-have bank-statement analysis added


def test_vendor_profile_sheets_join_the_overview_and_read_a_small_taxpayers_levy_rate():
    """An overview sheet (its stars and 初评 the buyer's) and one 档案 sheet per vendor (字段 | 值 under section titles):
    each vendor is one quote; '传输 | 全站HTTPS' is TLS; '9.9万元（不含税）' with '小规模纳税人，增值税征收率1%，开票另加'
    is 99,990 — under 10万 (the gate), not 111,870 at the default rate."""
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "初筛总览"
    for row in [["序号", "供应商", "报价（对方口径）", "业务部初评"],
                ["1", "滨州滨城数科有限公司", "合计20万元（含税）", "★★★"],
                ["4", "聊城东昌软件有限公司", "9.9万元（不含税）", "★★"]]:
        ov.append(row)
    for name, rows in (("档案-滨城", [["供应商档案：滨州滨城数科有限公司", ""], ["公司全称", "滨州滨城数科有限公司"],
                                     ["报价构成", "授权费15万元、实施费3.5万元、培训1.5万元，合计20万元"], ["计税", "以上均含税（增值税6%）"],
                                     ["等保", "三级，备案证明编号37160043009-24012"], ["传输", "全站HTTPS"]]),
                       ("档案-东昌", [["供应商档案：聊城东昌软件有限公司", ""], ["公司全称", "聊城东昌软件有限公司"],
                                     ["报价构成", "9.9万元（不含税）"], ["计税", "小规模纳税人，增值税征收率1%，开票另加"],
                                     ["等保", "三级，证书编号37150043002-24006"], ["传输", "HTTPS"]])):
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    qs = load([("档案.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"滨州滨城数科有限公司", "聊城东昌软件有限公司"}
    assert got["滨州滨城数科有限公司"].values["tls"] is True
    by = _scored(qs, "personal_credit")
    dc = by["聊城东昌软件有限公司"]
    assert dc.scored_values["price_cny"] == 99_990 and dc.gate == "fail"


def test_short_labels_under_a_merged_group_header_are_read_with_the_group():
    """A comparison with merged group headers (售后 over 免费期 | 范围 | 值守; 功能 over 核心模块 | 增值模块): '范围' under
    售后 is the maintenance scope, '值守' the support hours, '免费期' the free maintenance; modules '（均为赠送）' under
    增值模块 are given, so bloat ones count as in the quote."""
    rows = [["横向对比表"],
            ["基本信息", "", "商务", "功能", "", "售后", "", ""],
            ["序号", "供应商", "报价", "核心模块", "增值模块", "免费期", "范围", "值守"],
            ["1", "广元利州数科有限公司", "22.6万（含税）", "个人征信接口、风控模型、还款计划", "—", "12个月", "缺陷修复+小版本升级", "7×24"],
            ["2", "雅安雨城软件有限公司", "12.8万（含税）", "个人征信、风控模型、还款管理", "智能客服机器人、区块链存证（均为赠送）",
             "6个月", "仅修复缺陷", "5×8"]]
    got = _by_vendor(load([("对比.xlsx", _xlsx(rows))]))
    lz, yc = got["广元利州数科有限公司"], got["雅安雨城软件有限公司"]
    assert lz.values["free_maintenance_months"] == 12 and lz.values["maintenance_includes_upgrades"] is True
    assert lz.values["support_7x24"] is True and yc.values["support_7x24"] is False
    assert yc.values["maintenance_includes_upgrades"] is False
    assert {"ai_customer_service", "blockchain_evidence"} <= set(yc.values["features"])


def test_written_answers_below_a_bid_table_override_the_bid_on_what_each_question_asked():
    """A 竞争性磋商 sheet: the bids, then a blank row and a clarification register (序号 | 投标人 | 澄清问题 | 书面答复).
    Each answer is read over its bidder's bid: a certificate number turns '支持等保三级' into a fact, '选配，另加5.8万'
    takes the must-have module out of the price, and '夜间及节假日次日处理' answers a question about '7×24' (so the
    bid's 7×24 no longer holds). A module '列入二期，另行报价' is not delivered now: the must-have is missing."""
    text = "\n".join([
        "投标文件摘要及澄清问答记录",
        "投标人,投标报价,功能响应,等保与数据安全,征信接口,售后承诺,源码交付",
        "岳阳楼区数科有限公司,27.6万元（含税）,企业征信、银行流水分析、电子合同、风控审批、还款管理,支持等保三级；SM4加密；HTTPS,"
        "百行征信,免费维护12个月；7×24小时，2小时响应,完整源码",
        "常德武陵软件有限公司,21.5万元（含税）,企业征信、银行流水分析、电子合同、风控审批、还款管理,等保三级证书编号43120043008-23011；"
        "SM4加密；HTTPS,百行征信,免费维护12个月；7×24小时，1小时响应,完整源码",
        "湘潭雨湖网络科技有限公司,16.8万元（含税）,企业征信、电子合同、还款管理、用户管理（银行流水分析列入二期，另行报价）,"
        "等保三级证书编号43030043001-23002；SM4加密；HTTPS,百行征信,免费维护12个月；7×24小时,完整源码",
        "",
        "序号,投标人,澄清问题（采购方）,投标人书面答复,答复日期",
        "Q1,岳阳楼区数科有限公司,投标文件写“支持等保三级”，请提供证明。,我司已取得等保三级备案证明，编号43060043012-24006。,2025-11-22",
        "Q2,常德武陵软件有限公司,投标报价是否包含银行流水分析模块？,银行流水分析为选配模块，另加5.8万元（含税），未包含在投标报价内。,2025-11-23",
        "Q3,常德武陵软件有限公司,“7×24小时，1小时响应”是否含夜间和节假日？,工作日8:30-17:30内1小时响应；夜间及节假日提交的问题次日处理。,2025-11-23",
    ])
    qs = load([("磋商.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"岳阳楼区数科有限公司", "常德武陵软件有限公司", "湘潭雨湖网络科技有限公司"}
    yl, wl, yh = got["岳阳楼区数科有限公司"], got["常德武陵软件有限公司"], got["湘潭雨湖网络科技有限公司"]
    assert yl.values["mlps_level3"] is True and yl.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert wl.values["support_7x24"] is False
    assert "bank_statement_analysis" not in yh.values["features"]
    res = score(qs, Profile.default("merchant_loan"))
    by = {r.quote.vendor: r for r in res.vendors}
    assert by["常德武陵软件有限公司"].scored_values["price_cny"] == 273_000
    assert "missing_must_have" in {f.code for f in by["湘潭雨湖网络科技有限公司"].flags}
    assert res.vendors[0].quote.vendor == "岳阳楼区数科有限公司"


def test_a_form_views_record_whose_status_says_given_up_is_left_out_and_said():
    """A form system's 表单视图 prints one 字段 | 值 block per record; a record whose 记录状态 is '已放弃' is no quote:
    it is not ranked, and the words that say so are listed."""
    rows = []
    for name, status, price, mlps in (("沭阳花木数科有限公司", "有效", "29.6万元（含税）", "等保三级备案证明32132243006-24015"),
                                      ("涟水安东软件有限公司", "有效", "26.5万元（含税）", "等保三级，备案证明编号32082643002-24003"),
                                      ("靖江马桥科技有限公司", "已放弃", "—", "—")):
        rows += [["供应商报价登记 — 表单视图", None], ["字段", "值"], ["供应商名称", name], ["记录状态", status],
                 ["报价金额", price], ["等保情况", mlps], ["功能模块", "企业征信、银行流水分析、电子合同"]]
    qs = load([("表单.xlsx", _xlsx(rows))])
    assert set(_by_vendor(qs)) == {"沭阳花木数科有限公司", "涟水安东软件有限公司"}
    assert any("靖江马桥科技有限公司" in (s.text or "") or "已放弃" in (s.text or "") for s in qs.skipped + qs.notes)


def test_a_weekly_reports_vendor_news_in_bullets_reads_each_vendors_price_and_terms():
    """A project's weekly report: a task table (its '预算22万元' is no price), then 序号 | 供应商 | 本周动态 | 项目组意见 with
    each vendor's quote condensed into '• 11/25 收到盖章报价函：…' bullets. Line items with their 合计 and the tax rate on
    the same bullet are the price (20.5万 不含税 + 6%); '优惠价16.8万（含税，原价22万）' is 168,000, the 原价 only a list price."""
    rows = [["周报（第48周）", None, None, None],
            ["序号", "工作事项", "负责人", "说明"],
            ["1", "项目预算申请", "财务部", "预算22万元（含税）已获批准"],
            [None, None, None, None],
            ["序号", "供应商", "本周动态", "项目组意见"],
            ["1", "缙云仙都数科有限公司",
             "• 11/25 收到盖章报价函：软件授权费15.5万＋实施部署费3.2万＋征信接口对接费1.8万，合计20.5万元（不含税），增值税税率6%，专票另开\n"
             "• 功能：个人征信接口、风控模型、反欺诈模型、还款管理、风控审批、用户管理\n"
             "• 等保：三级，备案证明编号33110043007-24012", "材料最齐"],
            ["2", "青田石门洞软件有限公司",
             "• 11/24 微信发来报价单：优惠价16.8万（含税，原价22万，本月签约有效）\n• 功能：个人征信查询、智能风控、还款提醒\n"
             "• 等保：满足等保三级要求", "价格最低"],
            ["3", "龙游石窟网络科技有限公司", "• 11/26 邮件报价：13.2w（含税）\n• 等保：三级，证书编号33082543010-23007", "便宜"]]
    got = _by_vendor(load([("周报.xlsx", _xlsx(rows))]))
    assert set(got) == {"缙云仙都数科有限公司", "青田石门洞软件有限公司", "龙游石窟网络科技有限公司"}
    qs = load([("周报.xlsx", _xlsx(rows))])
    by = _scored(qs, "personal_credit")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price == {"缙云仙都数科有限公司": 217_300, "青田石门洞软件有限公司": 168_000, "龙游石窟网络科技有限公司": 132_000}
    assert got["缙云仙都数科有限公司"].values["mlps_level3"] is True


def test_an_audits_item_by_item_review_reads_the_bids_words_not_the_auditors_verdicts():
    """内审部's 逐项审查表: 投标人 (merged down its block) | 审查项 | 投标文件原文 | 审查结论 | 风险等级. The bid's words are read,
    whatever the auditors concluded: '支持等保三级' marked 符合 is still a claim; a bidder with '面议' and a blank 过保年费 is
    asked for both."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "投标人", "审查项", "投标文件原文", "审查结论", "风险等级"])
    blocks = [("腾冲极边数科有限公司", [("报价", "合计27.5万元（不含税）；增值税税率6%"), ("等保", "等保三级，备案证明编号53052243004-24009"),
                                      ("功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"), ("过保年费", "2.5万元/年")]),
              ("宁洱茶源网络科技有限公司", [("报价", "26.8万元（含税）"), ("等保", "支持等保三级"),
                                         ("功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"), ("过保年费", "无")]),
              ("镇雄乌峰科技有限公司", [("报价", "面议（需现场调研后确定）"), ("等保", "三级，备案证明编号53062343001-24005"),
                                     ("功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"), ("过保年费", None)])]
    n = 0
    for vendor, items in blocks:
        first = ws.max_row + 1
        for k, (item, said) in enumerate(items):
            n += 1
            ws.append([str(n), vendor if k == 0 else None, item, said, "符合", "—"])
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    qs = load([("审查.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"腾冲极边数科有限公司", "宁洱茶源网络科技有限公司", "镇雄乌峰科技有限公司"}
    res = score(qs, Profile.default("merchant_loan"))
    by = {r.quote.vendor: r for r in res.vendors}
    assert by["腾冲极边数科有限公司"].scored_values["price_cny"] == 291_500 and by["腾冲极边数科有限公司"].gate == "pass"
    assert by["宁洱茶源网络科技有限公司"].gate == "unverified"
    zx = {(f.code, f.field) for f in by["镇雄乌峰科技有限公司"].flags}
    assert ("unconfirmed", "annual_fee_after_warranty_cny") in zx and "price_missing" in {c for c, _f in zx}
    assert res.vendors[0].quote.vendor == "腾冲极边数科有限公司"


def test_a_finance_log_in_capital_amounts_reads_the_price_the_extra_module_and_leaves_the_budget_row_out():
    """财务部 logs every amount in 大写 (人民币壹拾玖万伍仟元整): '报价所含功能' is the module list (not a price), '另计/不含项目'
    lists an option at its price in words ('订单跟踪模块另加人民币叁万元整（不含税）'), and the 预算控制价 row is the buyer's
    ceiling, no vendor."""
    rows = [["报价金额核对表"],
            ["序号", "供应商", "报价金额（大写）", "计税方式", "报价所含功能", "另计/不含项目", "等保及数据安全"],
            ["1", "兴义万峰林数科有限公司", "人民币贰拾陆万捌仟元整", "含税", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
             "无", "等保三级（备案证明编号52230143002-24010）；国密SM4加密"],
            ["2", "仁怀酱香软件有限公司", "人民币壹拾玖万伍仟元整", "不含税，增值税税率13%", "商品管理、分期计算器、还款管理、风控审批、用户管理",
             "订单跟踪模块另加人民币叁万元整（不含税）", "等保三级（证书编号52038243005-23016）；SM4"],
            [None, "预算控制价", "人民币贰拾捌万元整", "含税", None, None, None]]
    qs = load([("核对.xlsx", _xlsx(rows))])
    assert set(_by_vendor(qs)) == {"兴义万峰林数科有限公司", "仁怀酱香软件有限公司"}
    assert "order_tracking" in _by_vendor(qs)["兴义万峰林数科有限公司"].values["features"]
    by = _scored(qs, "consumer_installment")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price == {"兴义万峰林数科有限公司": 268_000, "仁怀酱香软件有限公司": 254_250}


def test_coded_bidders_are_named_by_the_key_under_their_table_and_a_reference_row_is_no_bidder():
    """A 比选 record: bidders known by code (编码 S1…S3) while the panel scored, the key (编码 | 供应商全称) unsealed under the
    table on the same sheet. Each code is its bidder's name; the 参考 row (a market average) is no bidder; '√ 国密' under
    国密SM4 names no algorithm (a claim)."""
    text = "\n".join([
        "供应商比选记录,,,,,",
        "编码,等保三级,国密SM4,报价,税,比选小组意见",
        "S1,√ 备案证明44140243001-24006,√ 身份证号/手机号/银行卡号,23.6万,含税,中规中矩",
        "S2,√（按三级设计，可协助测评）,√ 国密,19.8万,含税,推荐",
        "S3,√ 证书44142643005-23012,√ 身份证号、手机号,20.5万,含税,",
        "参考,（行业同类系统市场均价，非投标人，仅供参考）,,25万,含税,",
        ",,,,,",
        "编码对照（比选结束后启封）,,,,,",
        "编码,供应商全称,联系人,,,",
        "S1,兴宁客都数科有限公司,叶经理,,,",
        "S2,蕉岭长潭软件有限公司,古总,,,",
        "S3,平远五指石网络科技有限公司,姚工,,,",
    ])
    qs = load([("比选.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"兴宁客都数科有限公司", "蕉岭长潭软件有限公司", "平远五指石网络科技有限公司"}
    assert got["兴宁客都数科有限公司"].values["price_cny"] == 236_000
    assert got["兴宁客都数科有限公司"].sources["price_cny"][0].cell == "D3"
    assert got["蕉岭长潭软件有限公司"].evidence["sm4_encryption"][0] == "claimed"
    assert any(n.reason == "note.code_key" and "S2 = 蕉岭长潭软件有限公司" in n.text for n in qs.notes)


def test_a_mail_pasted_a_line_a_row_reads_each_numbered_vendor_and_its_dash_lines():
    """An adviser's English mail saved as a one-column CSV: headers, a greeting, then '1) 阳江漠阳数科有限公司' over '- Price: …'
    lines ('; ' inside a line is no column break), a 'My take' line that is the adviser's, and a sign-off. 'not written
    into the contract' is no commitment; a 'plain-text database' has no SM4."""
    lines = ["From: Kelvin Ho <kelvin.ho@example.hk>", "Subject: Vendor summary (3 quotes)", "", '"Dear Mr. Chen,"', "",
             "1) 阳江漠阳数科有限公司",
             '"- Price: licence CNY 168,000 + implementation CNY 45,000 + interface CNY 15,000 = CNY 228,000 total, VAT included"',
             "- MLPS: Level 3; filing certificate no. 44170243003-24005",
             "- Security: SM4 on ID number and mobile; TLS 1.2 on all traffic",
             "- After-sales: 12 months free maintenance; all of the above written into the contract",
             '"- My take: solid, but not the cheapest."', "",
             "2) 信宜玉都软件有限公司",
             '"- Price: 138k RMB, VAT included"',
             "- MLPS: Level 3; certificate no. 44098343007-23011",
             "- After-sales: 6 months; terms follow their standard service agreement and are not written into the contract",
             "- My take: cheapest of the certified ones - roughly 120k if we push.", "",
             "3) 吴川鉴江软件有限公司",
             "- Price: CNY 96k",
             "- MLPS: none",
             "- Security: plain-text database; HTTPS", "",
             "Next steps: demo on 3 Dec.", '"Best regards,"', "Kelvin Ho", "Sai Kung Advisory Ltd. | +852 5xxx xxxx"]
    qs = load([("mail.csv", "\n".join(lines).encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"阳江漠阳数科有限公司", "信宜玉都软件有限公司", "吴川鉴江软件有限公司"}
    assert got["阳江漠阳数科有限公司"].values["price_cny"] == 228_000
    assert got["信宜玉都软件有限公司"].values["price_cny"] == 138_000
    assert got["阳江漠阳数科有限公司"].values["commitments_in_contract"] is True
    assert got["信宜玉都软件有限公司"].values["commitments_in_contract"] is False
    assert got["吴川鉴江软件有限公司"].values["sm4_encryption"] is False


def test_numbered_sections_of_one_sheet_join_a_payment_plan_with_the_terms():
    """一、付款计划 (one row per milestone, the vendor on its first row only) and 二、合同关键条款摘要 (one row per vendor) on
    one sheet: the milestones are the price, joined with the vendor's terms; a 财务备注 saying '该家报价不含税，6%税额开票时
    另加' speaks for the whole quote, its 选配 line too; 法务意见 '已写入合同草稿' says the commitments are in the contract."""
    text = "\n".join([
        "各供应商付款计划对比（财务部测算用）,,,,,",
        "一、付款计划,,,,,",
        "供应商,付款节点,付款比例,金额（元）,付款条件,财务备注",
        '锦州渤海数科有限公司,①签约预付款,30%,"87,000",合同签订后,',
        ',②上线款,40%,"116,000",上线后,',
        ',③验收款,30%,"87,000",终验合格后,',
        '营口鲅鱼圈软件有限公司,①首付款,50%,"120,000",签约后,该家报价不含税，6%税额开票时另加',
        ',②验收款,50%,"120,000",验收合格后,',
        ',电子合同模块（选配）,一次性,"30,000",如选购，签约时一并支付,报价函写“电子合同为选配模块”',
        ",,,,,",
        "二、合同关键条款摘要（法务部整理）,,,,,",
        "供应商,功能范围,等保与数据安全,征信接口,源码交付,法务意见",
        "锦州渤海数科有限公司,企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理,等保三级证书编号21070043005-24002；SM4,人行征信中心,完整源码,以上承诺已全部写入合同草稿第8章，可签",
        "营口鲅鱼圈软件有限公司,企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配,等保三级证书编号21080043003-23015；SM4,朴道征信,完整源码,售后条款已写入合同草稿",
    ])
    qs = load([("付款计划.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"锦州渤海数科有限公司", "营口鲅鱼圈软件有限公司"}
    bh = got["锦州渤海数科有限公司"]
    assert bh.values["price_cny"] == 290_000 and bh.values["mlps_level3"] is True
    assert bh.values["commitments_in_contract"] is True
    assert bh.sources["price_cny"][0].cell == "D4"
    by = _scored(qs, "merchant_loan")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price == {"锦州渤海数科有限公司": 290_000, "营口鲅鱼圈软件有限公司": 286_200}


def test_vendor_column_pairs_read_the_vendors_answer_and_leave_the_panels_stars():
    """Each vendor's name merged over 服务商答复 | 我方评价, the items under 一级指标 merged down over 二级指标: the vendor's
    column is its quote, the panel's ★ column is not (no second quote of the same name); the item column is the 二级
    指标 (not the group merged down); '无（需客户自行开发）' beside '征信接口开发另行报价' is a missing must-have."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "灵武长枣数科有限公司", None, "石嘴山星海湖科技有限公司", None])
    ws.append([None, None, "服务商答复", "我方评价", "服务商答复", "我方评价"])
    ws.append(["报价", "报价金额", "21万元（含税）", "★★★ 偏贵", "6.8万元（含税）", "★★"])
    ws.append([None, "另计/选配项目", "无", None, "征信接口开发另行报价", None])
    ws.append(["功能", "个人征信接口", "有（人行二代征信、百行征信）", "★★★★★", "无（需客户自行开发）", "★"])
    ws.append([None, "风控模型", "有（评分卡＋规则引擎）", "★★★★", "有（基础规则）", None])
    ws.append([None, "还款管理", "有", None, "有", None])
    ws.append(["合规与安全", "等保三级", "已取得，备案证明编号64010643004-24006", "★★★★★", "二级", "★"])
    ws.append([None, "敏感数据加密", "国密SM4（身份证号、手机号）", None, "AES", None])
    for rng in ("C1:D1", "E1:F1", "A1:A2", "B1:B2", "A3:A4", "A5:A7", "A8:A9"):
        ws.merge_cells(rng)
    qs = load([("评价表.xlsx", _saved(wb))])
    assert sorted(q.vendor for q in qs.quotes) == ["灵武长枣数科有限公司", "石嘴山星海湖科技有限公司"]
    got = _by_vendor(qs)
    assert got["灵武长枣数科有限公司"].values["mlps_level3"] is True
    assert got["灵武长枣数科有限公司"].values["sm4_encryption"] is True
    by = _scored(qs, "personal_credit")
    szs = by["石嘴山星海湖科技有限公司"]
    assert "missing_must_have" in {f.code for f in szs.flags}


def test_a_checklists_circled_footnotes_say_what_each_tick_means():
    """A GB18030 checklist of ticks, each mark's meaning in a circled-number footnote under the table (⑪ and up
    too, which GBK cannot hold): '○⑪' with '⑪ …订单跟踪模块为选配，另加2.8万元' is an option at 28,000 (the mark is no
    figure), '不含税⑯' with '⑯ …报价及选配价均不含税，增值税税率6%' taxes both, '✔' under 完整源码 is full source, and
    '✘⑰' with '⑰ …分期计算器需二次开发，不在本次报价内' is a missing module."""
    text = "\n".join([
        "供应商初筛核对表,,,,,,,,",
        "图例：✔ 具备　✘ 不具备　○ 选配（另收费）,,,,,,,,",
        "序号,供应商,商品管理,分期计算器,订单跟踪,等保三级,完整源码,报价,计税",
        "1,会昌汉仙岩软件有限公司,✔,✔,○⑪,✔⑫,✔,21.2万,不含税⑯",
        "2,寻乌东江科技有限公司,✔,✘⑰,✔,✔⑫,✔,19.6万,含税",
        ",,,,,,,,",
        "注释：,,,,,,,,",
        "⑪ 会昌汉仙岩：订单跟踪模块为选配，另加2.8万元,,,,,,,,",
        "⑫ 等保三级证书编号36073343006-23019,,,,,,,,",
        "⑯ 会昌汉仙岩：报价及选配价均不含税，增值税税率6%，开具专票,,,,,,,,",
        "⑰ 寻乌东江：分期计算器需二次开发，不在本次报价内,,,,,,,,",
    ])
    qs = load([("初筛.csv", text.encode("gb18030"))])
    got = _by_vendor(qs)
    hc = got["会昌汉仙岩软件有限公司"]
    assert hc.values["source_code_delivery"] == "full" and hc.evidence.get("source_code_delivery", ("stated",))[0] == "stated"
    assert hc.values["mlps_level3"] is True and hc.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    by = _scored(qs, "consumer_installment")
    assert by["会昌汉仙岩软件有限公司"].scored_values["price_cny"] == 254_400
    assert "missing_must_have" in {f.code for f in by["寻乌东江科技有限公司"].flags}


def test_a_receipt_register_reads_each_price_history_at_its_last_written_revision():
    """询价回执登记: the price cell holds the whole history. '原报价26万；11月20日书面改为23.5万' is 235,000 (never the sum);
    '原报价16.8万（含12个月免费维护）；11月25日二次报价降为14.6万，免费维护期相应调整为6个月' is 146,000 with 6 months (a date is
    no period); '19.8万；订单跟踪模块另加3万，合计22.8万' holds the module in its total (added once, at nothing more)."""
    text = "\n".join([
        "询价回执登记表,,,,",
        "供应商,报价及调整记录,计税,报价包含模块,售后服务",
        "修水宁红数科有限公司,原报价26万；11月20日书面改为23.5万,含税,商品管理、分期计算器、订单跟踪,免费维护12个月",
        "武宁庐山西海软件有限公司,原报价19.8万（不含订单跟踪）；11月24日补充报价：订单跟踪模块另加3万，合计22.8万,不含税，税率6%,"
        "商品管理、分期计算器；订单跟踪（11/24补充，另加3万）,免费维护12个月",
        "彭泽龙宫洞网络科技有限公司,原报价16.8万（含12个月免费维护）；11月25日二次报价降为14.6万，免费维护期相应调整为6个月,含税,"
        "商品管理、分期计算器、订单跟踪,免费维护期按11月25日二次报价执行",
    ])
    qs = load([("回执.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert got["彭泽龙宫洞网络科技有限公司"].values["free_maintenance_months"] == 6
    by = _scored(qs, "consumer_installment")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price == {"修水宁红数科有限公司": 235_000, "武宁庐山西海软件有限公司": 241_680, "彭泽龙宫洞网络科技有限公司": 146_000}


def test_two_tables_side_by_side_join_by_name_when_the_right_one_opens_with_its_ranking():
    """科技部's technical table on the left, 财务部's price table on the right (排序 | 供应商 | …, sorted by price, so one row
    holds two vendors): each vendor's two rows join by name. '另计项目' | '重大监管政策调整另行报价' says policy changes are
    charged; '（企业征信、流水分析需二次开发）' is a missing must-have; a left row saying only that the vendor withdrew
    ('（11月28日书面退出…）' beside the buyer's '退出') is no quote."""
    rows = [["一、技术响应", None, None, None, None, "二、商务报价", None, None, None, None],
            ["序号", "供应商", "功能模块", "等保", None, "排序", "供应商", "报价金额", "计税", "另计项目"],
            ["1", "攸县酒埠江软件有限公司", "企业征信、银行流水分析、电子合同管理、审批流、还款计划、用户管理", "三级，证书编号43022343007-23015",
             None, "1", "渌口朱亭科技有限公司", "9.8万元", "含税", "企业征信、流水分析定制开发另行报价"],
            ["2", "渌口朱亭科技有限公司", "客户管理、还款管理、合同管理（企业征信、流水分析需二次开发）", "二级",
             None, "2", "攸县酒埠江软件有限公司", "28.6万元", "含税", "节假日值班服务另行购买；重大监管政策调整另行报价"],
            ["3", "石峰云龙软件有限公司", "（11月28日书面退出，未提交技术方案）", "退出", None, None, None, None, None, None]]
    qs = load([("评审汇总.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"攸县酒埠江软件有限公司", "渌口朱亭科技有限公司"}
    yx = got["攸县酒埠江软件有限公司"]
    assert yx.values["price_cny"] == 286_000 and yx.values["mlps_level3"] is True
    assert yx.sources["price_cny"][0].cell.endswith("!H4")  # where the price stands in the file, right table and all
    assert yx.values["policy_adaptation_free"] is False
    by = _scored(qs, "merchant_loan")
    lk = by["渌口朱亭科技有限公司"]
    assert lk.scored_values["price_cny"] == 98_000 and "missing_must_have" in {f.code for f in lk.flags}


def test_a_requirements_response_table_reads_each_vendors_words_beside_its_own_verdict():
    """采购需求响应表: requirements down column C, each vendor merged over 响应 | 说明. The 说明 is the answer: '—' | '…合计19.6万元
    （不含税），增值税税率6%' is the price (the dash is no answer), '满足' | '提供' is a yes, a requirement named by its first
    clause ('完整源码交付，无加密，可二次开发') is that field, and '满足' | '长期保存' under '日志保存不少于6个月' is a claim."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "类别", "需求描述", "襄阳隆中数科有限公司", None, "宜城楚都网络科技有限公司", None])
    ws.append([None, None, None, "响应", "说明", "响应", "说明"])
    for row in (["1", "安全", "等保三级（请提供备案证明或证书编号）", "满足", "等保三级，备案证明编号42060243008-24013", "满足", "按等保三级要求设计"],
                ["2", "安全", "操作日志保存不少于6个月，异常行为可追溯", "满足", "保存12个月", "满足", "长期保存"],
                ["3", "售后", "终身技术咨询", "满足", "提供", "满足", "提供"],
                ["4", "交付", "完整源码交付，无加密，可二次开发", "满足", "完整源码，无加密，可二次开发", "满足", "交付源码（风控引擎为加密SDK）"],
                ["5", "报价", "报价总额（请注明含税/不含税及税率）", "—", "软件授权14.8万＋实施部署3.6万＋征信接口对接1.2万，合计19.6万元（不含税），增值税税率6%",
                 "—", "16.5万元（含税）"]):
        ws.append(row)
    for rng in ("D1:E1", "F1:G1", "A1:A2", "B1:B2", "C1:C2"):
        ws.merge_cells(rng)
    qs = load([("响应表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    xy, yc = got["襄阳隆中数科有限公司"], got["宜城楚都网络科技有限公司"]
    assert xy.values["lifetime_consulting"] is True and xy.values["source_code_delivery"] == "full"
    assert yc.values["source_code_delivery"] == "partial" and yc.evidence["audit_log_months"][0] == "claimed"
    by = _scored(qs, "personal_credit")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price == {"襄阳隆中数科有限公司": 207_760, "宜城楚都网络科技有限公司": 165_000}


def test_three_sheets_in_three_orientations_join_into_one_quote_per_vendor():
    """A workbook: 商务 with a vendor per row, 技术 with a vendor per column, 售后 in long format (供应商 | 服务项目 | 服务商承诺 |
    我方核实), each in its own order. Every vendor is one quote with its price, its technical answers and its after-sales
    terms; the 我方核实 column is the buyer's, never a vendor; '不含（列入二期开发，另行报价）' is a missing module."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "商务"
    for row in (["序号", "供应商", "合计（元）", "计税方式", "商务组意见"],
                ["1", "阳城析城数科有限公司", 273000, "含税", "价格居中"],
                ["2", "泽州珏山科技有限公司", 96000, "含税", "太便宜，存疑"]):
        ws.append(row)
    ws = wb.create_sheet("技术")
    for row in (["序号", "技术指标", "泽州珏山科技有限公司", "阳城析城数科有限公司"],
                ["1", "企业征信", "支持", "支持（人行企业信用报告）"],
                ["2", "银行流水分析", "不含（列入二期开发，另行报价）", "支持"],
                ["3", "电子合同", "支持", "支持（CFCA电子签章）"],
                ["4", "等保", "二级（备案证明14052542003-22006）", "三级，备案证明编号14050243006-24011"],
                ["5", "敏感数据加密", "AES加密", "国密SM4（身份证号、手机号、银行卡号）"],
                ["6", "传输加密", "HTTPS", "全站HTTPS（TLS1.2）"],
                ["7", "权限管理", "管理员/操作员两级", "RBAC，按机构/岗位授权"],
                ["8", "日志审计", "保存3个月", "操作日志保存12个月"],
                ["9", "源码交付", "完整源码", "完整源码交付，无加密，可二次开发"]):
        ws.append(row)
    ws = wb.create_sheet("售后")
    for row in (["序号", "供应商", "服务项目", "服务商承诺", "我方核实"],
                ["1", "阳城析城数科有限公司", "免费维护期", "12个月", None],
                ["2", "阳城析城数科有限公司", "技术支持时段", "7×24小时", None],
                ["3", "阳城析城数科有限公司", "是否写入合同", "以上全部写入合同", "已见合同草稿第9条"],
                ["4", "泽州珏山科技有限公司", "免费维护期", "3个月", None],
                ["5", "泽州珏山科技有限公司", "技术支持时段", "工作日", None]):
        ws.append(row)
    qs = load([("比价工作簿.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"阳城析城数科有限公司", "泽州珏山科技有限公司"}
    yc = got["阳城析城数科有限公司"]
    assert yc.values["price_cny"] == 273_000 and yc.values["mlps_level3"] is True
    assert yc.values["free_maintenance_months"] == 12 and yc.values["support_7x24"] is True
    assert yc.values["commitments_in_contract"] is True
    by = _scored(qs, "merchant_loan")
    zz = by["泽州珏山科技有限公司"]
    assert "missing_must_have" in {f.code for f in zz.flags}


def test_numbered_clauses_in_one_cell_are_numbers_of_the_list_never_amounts():
    """A clerk's summary, each section one cell of numbered clauses ('1、…；2、…；7、维保期满后年费2.5万元/年'): a clause's
    number is no figure — '1、9.5万元（含税）' is 95,000 and the yearly fee 25,000, never 10,000 or 70,000."""
    rows = [["序号", "供应商", "一、报价", "四、售后服务"],
            ["1", "桂林叠彩数科有限公司", "1、源码授权费16.8万元；2、实施部署及培训费4.6万元；3、合计21.4万元；4、以上均为不含税价，增值税税率6%。",
             "1、免费维护12个月，含缺陷修复及小版本升级；2、监管政策调整免费适配；3、7×24小时技术支持；7、维保期满后年费2.5万元/年。"],
            ["2", "贵港荷城科技有限公司", "1、9.5万元（含税）；2、分期计算器需定制开发，另行报价。", "1、免费维护3个月；2、工作日QQ群支持。"]]
    qs = load([("条款汇总.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert got["桂林叠彩数科有限公司"].values["annual_fee_after_warranty_cny"] == 25_000
    assert got["桂林叠彩数科有限公司"].values["free_maintenance_months"] == 12
    assert got["贵港荷城科技有限公司"].values["price_cny"] == 95_000
    by = _scored(qs, "consumer_installment")
    assert by["桂林叠彩数科有限公司"].scored_values["price_cny"] == 226_840


def test_a_saas_export_of_rounds_reads_each_vendors_final_round_and_what_it_took_out():
    """A procurement SaaS export, one row per vendor × round (是否最终报价): the final round's '同第1轮' cells are round one's;
    a final round that takes a must-have out ('银行流水分析模块不再包含在本次报价内，如需另行采购，报价35,000元（不含税）') makes
    it an option at that price, added; a vendor whose last round says '已撤回' is no quote."""
    head = "轮次,报价时间,供应商名称,报价状态,是否最终报价,报价总额(元),价格条款,报价说明,功能模块,等保级别"
    text = "\n".join([
        "询价单号：XJ-2025-11-0087,,,,,,,,,",
        head,
        "第1轮,2025-11-10 09:12,丽水莲都软件有限公司,已作废（供应商撤回）,否,226000,含税,报价含税,企业征信、银行流水分析、电子合同,三级，证书编号33110243006-24002",
        "第1轮,2025-11-11 16:22,嘉兴南湖软件有限公司,已报价,否,258000,不含税,报价为不含税价，增值税税率6%,企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理,"
        "三级，证书编号33040243005-23012",
        "第2轮,2025-11-19 10:20,丽水莲都软件有限公司,已撤回,否,,,因公司业务调整，退出本项目，撤回全部报价,,",
        "第2轮,2025-11-20 09:45,嘉兴南湖软件有限公司,已报价,是,238000,不含税,"
        "\"第2轮优惠：总价调整为238,000元（不含税，6%）；银行流水分析模块不再包含在本次报价内，如需另行采购，报价35,000元（不含税）\","
        "同第1轮（银行流水分析除外，见报价说明）,同第1轮",
    ])
    qs = load([("询价导出.csv", text.encode("utf-8-sig"))])
    assert [q.vendor for q in qs.quotes if not q.superseded] == ["嘉兴南湖软件有限公司"]
    by = _scored(qs, "merchant_loan")
    jx = by["嘉兴南湖软件有限公司"]
    assert jx.scored_values["price_cny"] == 289_380 and "conditional" in {f.code for f in jx.flags}


def test_label_value_pairs_pasted_a_cell_an_item_in_any_order_are_read_by_their_labels():
    """An inquiry platform's detail page pasted a cell an item after each vendor's name ('报价金额(元)：256,000' | '等保级别：
    三级…' | …), every row in its own order, '：' and ':' mixed, the clerk's 初审意见 before them: each pair is read under its
    own label, a phone number is no price, each value keeps its own cell's address, and a row saying '报价状态：已放弃报价' is
    no quote."""
    rows = [["序号", "供应商", "初审意见", "报价详情", None, None, None, None],
            ["1", "桂林象山数科有限公司", "价格偏高（25.6万）", "报价金额(元)：256,000", "联系人：蒋工 13907731528", "是否含税：含税",
             "等保级别：三级（备案证明编号45030243006-24011）", "免费维护期：12个月"],
            ["2", "北海银滩软件有限公司", "不含税21.8万", "免费维护期:12个月", "等保级别：三级，证书编号45050243003-23010",
             "报价金额(元)：218,000", "是否含税：不含税", "税率：13%（增值税专票另开）"],
            ["3", "河池铜鼓网络科技有限公司", "已放弃", "报价状态：已放弃报价", "放弃原因：项目排期已满", "操作时间：2025-11-20 17:42", None, None]]
    qs = load([("报价比对.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"桂林象山数科有限公司", "北海银滩软件有限公司"}
    gl = got["桂林象山数科有限公司"]
    assert gl.values["price_cny"] == 256_000 and gl.sources["price_cny"][0].cell == "D2"
    assert gl.values["mlps_level3"] is True and gl.sources["mlps_level3"][0].cell == "G2"
    assert got["北海银滩软件有限公司"].values["free_maintenance_months"] == 12
    by = _scored(qs, "consumer_installment")
    assert by["北海银滩软件有限公司"].scored_values["price_cny"] == 246_340


def test_an_ai_assistants_markdown_table_pasted_a_line_a_row_is_read_as_its_table():
    """The clerk pasted an AI assistant's answer into column A: a Markdown table ('| 序号 | 服务商 | 报价 | … | 豆包点评 |', a
    '| --- |' rule, '**bold**' names, '<br>' inside cells) between its chatter. Each table row is a quote whose cells keep
    the address of the line they came from; the AI's 点评 column is the buyer's side, never the vendor's words."""
    lines = ["报价汇总（给王总）", "好的，以下是服务商的报价对比整理：",
             "| 序号 | 服务商 | 报价 | 功能模块 | 等保 | 豆包点评 |",
             "| --- | --- | --- | --- | --- | --- |",
             "| 1 | **鄂尔多斯康巴什数科有限公司** | 19.8万（不含税，增值税6%另计） | 个人征信接口（人行二代征信、百行征信）<br>风控模型<br>反欺诈<br>还款计划 |"
             " 三级，备案证明编号15060243002-24009 | 资质齐全 |",
             "| 2 | **呼和浩特赛罕软件有限公司** | 16.8万（含税）~~原价22.8万~~ | 个人征信<br>AI智能风控<br>反欺诈<br>还款管理 | 支持等保三级 |"
             " ⭐ 价格低、终身维护、等保三级没问题 |",
             "**综合建议：** 推荐 **呼和浩特赛罕**。", "我的意见：同意。"]
    qs = load([("汇总.xlsx", _xlsx([[x] for x in lines]))])
    got = _by_vendor(qs)
    assert set(got) == {"鄂尔多斯康巴什数科有限公司", "呼和浩特赛罕软件有限公司"}
    kb, sh = got["鄂尔多斯康巴什数科有限公司"], got["呼和浩特赛罕软件有限公司"]
    assert kb.values["mlps_level3"] is True and kb.sources["mlps_level3"][0].cell == "A5"
    assert sh.values["price_cny"] == 168_000 and sh.evidence["mlps_level3"][0] == "claimed"
    by = _scored(qs, "personal_credit")
    assert by["鄂尔多斯康巴什数科有限公司"].scored_values["price_cny"] == 209_880


def test_two_rows_per_vendor_under_two_header_rows_join_into_one_quote():
    """A secretary's summary of the inquiry replies: each vendor over a 商务 row and a 技术 row (行别), the first answering
    the first header row (报价金额 | 计税方式 | 免费维护期及范围) and the second the second (功能模块 | 等保 | 数据加密), the
    vendor's name merged down both. One quote per vendor, every value read under its own header, at its own address."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "供应商", "行别", "报价金额", "计税方式", "免费维护期及范围", "办公室备注"],
                ["序号", "供应商", "行别", "功能模块", "等保", "数据加密", "办公室备注"],
                ["1", "萍乡安源数科有限公司", "商务", "19.8万元", "不含税，增值税税率6%", "12个月，含缺陷修复及小版本升级", "资料最全"],
                [None, None, "技术", "个人征信查询（人行二代征信、百行征信）、风控模型、反欺诈模型、还款计划、风控审批流、用户管理",
                 "等保三级，备案证明编号36030243006-24012", "国密SM4（身份证号、手机号、银行卡号）", None],
                ["2", "新余仙女湖网络科技有限公司", "商务", "16.8万元", "含税", "终身维护", "王总倾向此家"],
                [None, None, "技术", "个人征信、AI智能风控、反欺诈、还款管理", "已通过等保测评", "国密算法加密", None]):
        ws.append(row)
    for rng in ("A1:A2", "B1:B2", "C1:C2", "G1:G2", "A3:A4", "B3:B4", "G3:G4", "A5:A6", "B5:B6", "G5:G6"):
        ws.merge_cells(rng)
    qs = load([("回复汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"萍乡安源数科有限公司", "新余仙女湖网络科技有限公司"}
    px = got["萍乡安源数科有限公司"]
    assert px.values["mlps_level3"] is True and px.sources["mlps_level3"][0].cell == "E4"
    assert px.values["free_maintenance_months"] == 12 and px.sources["price_cny"][0].cell == "D3"
    assert got["新余仙女湖网络科技有限公司"].evidence["mlps_level3"][0] == "claimed"
    by = _scored(qs, "personal_credit")
    assert by["萍乡安源数科有限公司"].scored_values["price_cny"] == 209_880


def test_a_notebooks_shorthand_is_written_out_by_its_own_key_of_abbreviations():
    """Notes typed up in the writer's shorthand with a key above the table (缩写 | 含义): '28.6w含' is 286,000 含税,
    '等3（编号）' a filed level 3 while '等3设' is only designed to it, 'SM4√（字段）' SM4, '日12' 12 months of logs (any
    figure), '咨√ / 咨×' lifetime consulting or none, '源码全' full source, '〃' the cell above; '还' inside a word is no
    abbreviation."""
    text = "\n".join([
        "询价笔记（录入）,,,,,,,,",
        "缩写,含义,,,,,,,",
        "w,万元；“含”=含税，“未税”=不含税（括号内为税率）,,,,,,,",
        "企 / 流 / 电合,企业征信 / 银行流水分析 / 电子合同,,,,,,,",
        "审 / 还 / 用,风控审批 / 还款管理 / 用户管理,,,,,,,",
        "等3（编号）,已取得等保三级，括号内为对方给的备案证明或证书编号,,,,,,,",
        "等3设,对方说“按等保三级设计”，没有测评、没有证书,,,,,,,",
        "SM4√（字段）,括号内字段用国密SM4加密,,,,,,,",
        "日12,操作日志保存12个月（日6=6个月，以此类推）,,,,,,,",
        "咨√ / 咨×,提供 / 不提供终身技术咨询,,,,,,,",
        "源码全 / 源码半,完整源码无加密 / 部分模块加密,,,,,,,",
        "〃,同上（与上一行同一栏相同）,,,,,,,",
        ",,,,,,,,",
        "序,公司,价,模块,等保,加密,日志,咨询,源码",
        "1,马鞍山采石矶数科有限公司,28.6w含,企 流 电合 审 还 用,等3（34050243007-24003）,SM4√（身份证 手机）,日12,咨√,源码全",
        "2,宣城敬亭山网络科技有限公司,23.8w含,企 流 电合 审 还 用,等3设（说上线后再做测评）,〃,日6,咨×,源码半（风控引擎加密）",
    ])
    qs = load([("笔记.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"马鞍山采石矶数科有限公司", "宣城敬亭山网络科技有限公司"}
    ma, xc = got["马鞍山采石矶数科有限公司"], got["宣城敬亭山网络科技有限公司"]
    assert ma.values["price_cny"] == 286_000 and ma.values["mlps_level3"] is True and ma.values["sm4_encryption"] is True
    assert ma.evidence.get("mlps_level3", ("stated",))[0] == "stated" and ma.values["audit_log_months"] == 12
    assert set(ma.values["features"]) >= {"enterprise_credit", "cashflow_analysis", "contract_management", "repayment_management"}
    assert ma.values["lifetime_consulting"] is True and ma.values["source_code_delivery"] == "full"
    assert xc.evidence["mlps_level3"][0] == "claimed" and xc.values["sm4_encryption"] is True
    assert xc.values["audit_log_months"] == 6 and xc.values["lifetime_consulting"] is False
    assert xc.values["source_code_delivery"] == "partial"
    assert any(n.reason == "note.abbreviations" for n in qs.notes)


def test_the_buyers_hidden_helper_columns_are_never_the_vendors_figures():
    """A WPS sheet with the buyer's own working columns ('辅_报价元', '辅_年费', formulas pasted as values and hidden) between
    the vendors' columns: a vendor's '面议' stays no price, whatever figure the helper column guessed, and a helper's 0
    is no yearly fee."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "供应商", "报价（对方原文）", "辅_报价元", "辅_含税价", "计税方式", "等保", "售后服务", "辅_年费", "备注"],
                [1, "厦门鹭岛数科有限公司", "27.5万元", 275000, 291500, "不含税，增值税税率6%", "等保三级，备案证明编号35020243009-24011",
                 "免费维护12个月；维保期满后年费2.9万元/年", 29000, "资料齐全"],
                [2, "南平武夷软件有限公司", "面议（需上门调研后报价）", 300000, 300000, "—", "等保三级，备案证明编号35070243010-24006",
                 "免费维护12个月", 0, "没报价，辅助列按30万估"]):
        ws.append(row)
    for col in ("D", "E", "I"):
        ws.column_dimensions[col].hidden = True
    qs = load([("比价表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert got["南平武夷软件有限公司"].values["price_cny"] is None
    assert got["南平武夷软件有限公司"].values["annual_fee_after_warranty_cny"] is None
    assert _scored(qs, "merchant_loan")["厦门鹭岛数科有限公司"].scored_values["price_cny"] == 291_500


def test_an_excel_tables_totals_row_is_no_vendor_and_a_module_for_phase_two_is_missing():
    """An Excel Table (超级表) with a totals row ('汇总' | its SUBTOTAL count where the vendor would be | averages): the count is
    no vendor; '风控模型需二期定制开发，另行报价' under 选配/另计 is a module not in this quote (missing), not an option."""
    rows = [["序号", "供应商", "报价（元）", "计税", "选配/另计", "功能模块", "等保"],
            [1, "眉山东坡数科有限公司", 245000, "含税", "无", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
             "等保三级，备案证明编号51140043011-24006"],
            [2, "内江东兴科技有限公司", 198000, "含税", "风控模型需二期定制开发，另行报价", "个人征信查询、还款管理、用户管理",
             "等保三级，证书编号51100043002-24003"],
            ["汇总", 2, 221500, None, None, None, None]]
    qs = load([("询价汇总.xlsx", _xlsx(rows))])
    assert set(_by_vendor(qs)) == {"眉山东坡数科有限公司", "内江东兴科技有限公司"}
    assert any(s.reason == "skip.summary_row" and "汇总" in s.text for s in qs.skipped)
    assert "missing_must_have" in {f.code for f in _scored(qs, "personal_credit")["内江东兴科技有限公司"].flags}


def test_a_smart_sheet_export_reads_its_rate_column_and_a_bare_agreement():
    """A WeCom smart sheet (智能表格) exported as CSV: multi-select fields joined by ';', people as '@name'. A '税率' column
    of '6%' beside '不含税' is the rate the price is taxed at (not the 13% default), and '写入合同' | '同意' is a yes."""
    text = "\n".join([
        "供应商名称,负责人,报价金额（元）,计税方式,税率,选配及另计,功能模块,等保情况,写入合同",
        "东莞莞城软件有限公司,@何婉婷,262000,不含税,6%,银行流水分析模块选配，另加30000元（不含税）,"
        "企业征信;电子合同;风控审批;还款管理;用户管理;银行流水分析（选配）,等保三级，证书编号44190043007-23016,同意",
        "中山石岐数科有限公司,@梁嘉欣,278000,含税,6%,无,企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理,"
        "等保三级，备案证明编号44200043018-24010,同意",
    ])
    qs = load([("智能表格.csv", text.encode("utf-8-sig"))])
    assert _by_vendor(qs)["中山石岐数科有限公司"].values["commitments_in_contract"] is True
    by = _scored(qs, "merchant_loan")
    assert by["东莞莞城软件有限公司"].scored_values["price_cny"] == 309_520
    assert by["中山石岐数科有限公司"].scored_values["price_cny"] == 278_000


def test_a_hong_kong_parents_matrix_in_hkd_is_read_at_the_rate_it_states():
    """A group's English matrix with every amount in HKD 'converted at HKD 1.00 = RMB 0.92' (one vendor quoted in RMB and
    left so): the price, the yearly fee in a notes cell and an option's price are read in yuan at that rate (the
    conversion's working is no second amount); 'custom development, quoted separately' is a module not quoted."""
    text = "\n".join([
        "Group Procurement: vendor matrix,,,,,",
        "\"Currency: all amounts in HKD unless marked RMB. Group Treasury converted each quote at HKD 1.00 = RMB 0.92.\",,,,,",
        ",,,,,",
        "No.,Vendor,Quoted price (HKD unless marked RMB),Tax basis,Modules included,Optional / extra-cost items,"
        "Consulting / contract / fee after warranty",
        "1,\"Guangzhou Tianhe Instalment Tech Co., Ltd.\",\"HKD 240,000\",Excl. VAT; VAT 6% on top,"
        "Product catalogue; installment calculator; order tracking,None,"
        "\"Lifetime technical consulting: yes; all commitments written into the contract: yes; after warranty HKD 27,200 p.a.\"",
        "2,\"Dongguan Humen Smart Retail Finance Co., Ltd.\",\"RMB 218,000 (vendor quoted in RMB only - NOT converted)\",Incl. VAT,"
        "Product catalogue; installment calculator; order tracking,None,"
        "Lifetime technical consulting: yes",
        "3,\"Foshan Chancheng Fintech Co., Ltd.\",\"HKD 206,500\",Incl. VAT,Product catalogue; installment calculator,"
        "\"Order tracking: Optional (+HKD 32,600)\",-",
        "4,\"Jiangmen Pengjiang Tech Co., Ltd.\",\"HKD 105,000\",Incl. VAT,Product catalogue; order tracking,"
        "\"Installment calculator: custom development, quoted separately\",-",
    ])
    qs = load([("matrix.csv", text.encode("utf-8-sig"))])
    assert _by_vendor(qs)["Guangzhou Tianhe Instalment Tech Co., Ltd."].values["annual_fee_after_warranty_cny"] == 25_024
    by = _scored(qs, "consumer_installment")
    price = {v: r.scored_values["price_cny"] for v, r in by.items()}
    assert price["Guangzhou Tianhe Instalment Tech Co., Ltd."] == 234_048
    assert price["Dongguan Humen Smart Retail Finance Co., Ltd."] == 218_000
    assert price["Jiangmen Pengjiang Tech Co., Ltd."] == 96_600
    assert price["Foshan Chancheng Fintech Co., Ltd."] == 219_972  # 206,500 × 0.92 + the order tracking it needs
    assert "missing_must_have" in {f.code for f in by["Jiangmen Pengjiang Tech Co., Ltd."].flags}


def test_a_groups_summary_reads_a_vendors_later_group_quote_over_its_earlier_one():
    """A group head office pools its subsidiaries' inquiries under merged headings: a vendor quoting twice, the later
    row '19.6万元（集团统一报价，替代11月6日致历下公司的21.0万元报价）' with '同致历下公司报价（见第一部分）' for its terms, is one
    quote at 196,000 with the earlier row's terms (never 210,000 + 196,000); '功能模块（含选配说明）' lists the modules."""
    rows = [["序号", "服务商", "报价", "计税", "功能模块（含选配说明）", "等保", "子公司经办人意见"],
            ["一、济南历下泰和小额贷款有限公司", None, None, None, None, None, None],
            ["1", "济南泉城数科有限公司", "21.0万元", "含税", "个人征信查询、风控模型、反欺诈模型、还款计划、风控审批流、用户管理",
             "等保三级，备案证明编号37010243012-24007", "资料齐全"],
            ["2", "聊城东昌信息技术有限公司", "13.8万元", "含税", "个人征信查询、风控模型、反欺诈规则、还款管理、风控审批、用户管理",
             "等保三级，证书编号37150343002-24010", "最便宜"],
            ["二、潍坊奎文泰和小额贷款有限公司", None, None, None, None, None, None],
            ["1", "济南泉城数科有限公司", "19.6万元（集团统一报价，替代11月6日致历下公司的21.0万元报价）", "含税",
             "同致历下公司报价（见第一部分）", "同致历下公司报价（见第一部分）", "第二次报价降了1.4万"]]
    qs = load([("子公司询价汇总.xlsx", _xlsx(rows))])
    current = {q.vendor: q for q in qs.quotes if not q.superseded}
    assert set(current) == {"济南泉城数科有限公司", "聊城东昌信息技术有限公司"}
    qc = current["济南泉城数科有限公司"]
    assert qc.values["price_cny"] == 196_000 and qc.values["mlps_level3"] is True
    assert {"personal_credit_report", "risk_model", "anti_fraud"} <= set(qc.values["features"])
    assert not (current["聊城东昌信息技术有限公司"].price_parts or {}).get("options")


def test_a_price_cell_typed_as_a_small_breakdown_reads_its_total_and_its_fee():
    """报价构成 typed as a little table in one cell ('合　　计　　9.3万（含税）' with full-width spaces, a rule line, a bracketed
    '维保期满后年服务费2.8万/年，不在合计内'): the 合计 is the price (its option already in it), never its lines again, and
    the yearly fee is read from the same cell."""
    rows = [["序号", "服务商", "报价构成（照录报价单）", "功能模块"],
            [1, "厦门思明数科有限公司", "源码授权费\u3000\u300024.0万\n实施部署费\u3000\u3000 3.0万\n人员培训费\u3000\u3000 1.0万\n——————————\n"
             "合\u3000\u3000计\u3000\u3000\u300028.0万（含税，6%专票）\n（维保期满后年服务费2.8万/年，不在合计内）",
             "企业征信查询、银行流水分析、电子合同、风控审批流、还款管理、用户管理"],
            [2, "南平延平科技有限公司", "基础版源码\u3000\u3000 7.8万\n电子合同模块\u3000 1.5万（选配）\n——————————\n合\u3000\u3000计\u3000\u3000\u3000 9.3万（含税）",
             "企业征信查询、电子合同（选配，已含在合计内）、风控审批、还款管理、用户管理"]]
    qs = load([("比价表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert got["厦门思明数科有限公司"].values["price_cny"] == 280_000
    assert got["厦门思明数科有限公司"].values["annual_fee_after_warranty_cny"] == 28_000
    assert _scored(qs, "merchant_loan")["南平延平科技有限公司"].scored_values["price_cny"] == 93_000


def test_a_vendors_column_split_into_versions_reads_the_final_one():
    """Vendors as columns, one vendor's name merged over 'V1（初次报价）' | 'V2（最终报价，以此为准）': the final version is the
    vendor's quote — its '同V1' cells take V1's words, '同V1（银行流水分析已含）' includes the module V1 had as an option — and
    V1 is listed as an earlier round, never a vendor of its own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目", "桂林秀峰网络科技有限公司", "南宁青秀数科有限公司", None],
                [None, None, "V1（11-14初次报价）", "V2（11-27最终报价，以此为准）"],
                ["报价金额", "26.8万", "26.5万", "29.8万"],
                ["计税方式", "含税", "不含税，税率6%", "含税（6%专票）"],
                ["功能清单", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
                 "企业征信、银行流水分析（选配）、电子合同、风控审批、还款计划及提醒、用户管理", "同V1（银行流水分析已含）"],
                ["等保三级", "三级测评已通过，备案证明申请中", "等保三级，备案证明45010243015-24011", "同V1"],
                ["数据加密", "国密SM4（身份证号、手机号）", "国密SM4（身份证号、手机号、银行卡号）", "同V1"]):
        ws.append(row)
    ws.merge_cells("C1:D1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    qs = load([("比选表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"桂林秀峰网络科技有限公司", "南宁青秀数科有限公司"}
    nn = got["南宁青秀数科有限公司"]
    assert nn.values["price_cny"] == 298_000 and nn.values["mlps_level3"] is True
    assert "cashflow_analysis" in nn.values["features"] and not (nn.price_parts or {}).get("options")
    assert any(s.reason == "skip.earlier_round" and "26.5万" in s.text for s in qs.skipped)


def test_figures_excel_mangled_into_text_are_still_the_amounts_typed():
    """A platform export pasted into Excel: amounts kept as text with a leading apostrophe and separators wherever they
    were typed ("'228,000", '1,86,000', "'19,5000", '8,8000'), dates turned into serial numbers, certificate numbers in
    scientific notation. The amounts are the amounts (never 86,001), the serials no price; '风控模型：无（可二期定制，另行
    报价）' is a missing module."""
    rows = [["序号", "供应商名称", "报价日期", "报价金额（元）", "计税方式", "选配/另计", "功能模块"],
            [1, "南昌红谷数科有限公司", 45971, "'228,000", "含税", "无", "个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理"],
            [2, "赣州章贡网络科技有限公司", 45973, "1,86,000", "含税", "无", "个人征信、风控模型、反欺诈、还款管理"],
            [3, "上饶信州软件有限公司", 45972, "'19,5000", "含税", "无", "个人征信、风控模型、还款管理"],
            [4, "景德镇昌江科技有限公司", 45975, "8,8000", "含税", "风控模型：无（可二期定制，另行报价）", "个人征信、还款管理、用户管理"]]
    qs = load([("报价汇总.xlsx", _xlsx(rows))])
    price = {v: q.values["price_cny"] for v, q in _by_vendor(qs).items()}
    assert price == {"南昌红谷数科有限公司": 228_000, "赣州章贡网络科技有限公司": 186_000, "上饶信州软件有限公司": 195_000,
                     "景德镇昌江科技有限公司": 88_000}
    assert "missing_must_have" in {f.code for f in _scored(qs, "personal_credit")["景德镇昌江科技有限公司"].flags}


def test_a_checklists_yes_and_no_columns_read_as_one_answer_each():
    """Each yes/no item over a 是 | 否 column pair, the answer a √ in one of them (both empty: no answer): '√' under 否 is a
    no, '√（选配）' under 是 an option priced in the 选配清单; a price cell 'base / with all options' is the base (the
    options the buyer needs are added, the rest are not); a bare '否' under '完整源码（无加密）' leaves the vendor's own words
    to say partial."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "供应商", "报价（基础版 / 含全部选配）", "计税", "选配清单及价格", "商品管理", None, "分期计算器", None, "订单跟踪", None,
               "终身技术咨询", None, "完整源码（无加密）", None, "说明（供应商原话）"])
    ws.append([None, None, None, None, None, "是", "否", "是", "否", "是", "否", "是", "否", "是", "否", None])
    ws.append(["1", "石嘴山大武口网络科技有限公司", "16.8万 / 26.4万（含全部选配）", "含税", "订单跟踪 +3.2万；积分商城 +2.4万",
               "√", None, "√", None, "√（选配）", None, "√", None, None, "√", "风控引擎以加密SDK交付，其余模块提供源码"])
    ws.append(["2", "中卫沙坡头科技有限公司", "12.6万 / 15.8万（含全部选配）", "含税", "营销插件 +3.2万",
               "√", None, "√", None, None, "√", None, "√", "√", None, "完整源码"])
    for rng in ("F1:G1", "H1:I1", "J1:K1", "L1:M1", "N1:O1"):
        ws.merge_cells(rng)
    qs = load([("核查表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    dwk, zw = got["石嘴山大武口网络科技有限公司"], got["中卫沙坡头科技有限公司"]
    assert zw.values["lifetime_consulting"] is False and "order_tracking" not in zw.values["features"]
    assert dwk.values["source_code_delivery"] == "partial" and dwk.values["lifetime_consulting"] is True
    by = _scored(qs, "consumer_installment")
    assert by["石嘴山大武口网络科技有限公司"].scored_values["price_cny"] == 200_000
    assert by["中卫沙坡头科技有限公司"].scored_values["price_cny"] == 126_000
    assert "missing_must_have" in {f.code for f in by["中卫沙坡头科技有限公司"].flags}


def test_a_register_of_replies_copied_word_for_word_reads_the_words_not_the_clerks_summary():
    """回函登记: each vendor's whole reply copied into one cell (回函原文（逐字照录）), the clerk's 经办摘要 and the risk team's
    check beside it. The reply is read; the summary ('三级✓', '含税') is the clerk's. A letter's '现就…询价回复如下' is no
    response time, and '还款计划及提醒' among the modules is no plan to connect a bureau."""
    text = "\n".join([
        "供应商回函登记（原文照录）,,,,",
        "序号,服务商,回函原文（逐字照录）,经办摘要（经办人理解）,风控部核对",
        "1,湘潭雨湖数科有限公司,“龚经理您好！现就贵司个人信用贷系统源码询价回复如下：一、报价：人民币21.8万元，含税。二、功能：个人征信查询、风控模型、"
        "反欺诈模型、还款计划及短信还款提醒、风控审批流、用户管理。三、资质：等保三级备案证明编号43030243015-24011。四、售后：免费维护12个月，"
        "含缺陷修复和小版本升级；7×24小时技术支持，2小时内指定工程师响应。”,报价：21.8万（含税）；等保：三级有证,属实",
        "2,岳阳南湖软件有限公司,“尊敬的龚经理：我司报价如下——源码授权费17.5万元，实施部署及培训费1.5万元，合计19.0万元；以上均为不含税价格，"
        "另开6%增值税专用发票。标准功能：个人征信接口（百行征信）、"
        "反欺诈规则库、还款计划及提醒、风控审批、用户管理。资质：等保三级证书编号43060343008-23015。”,报价：19.0万（含税）；等保：三级,计税写错",
        "3,衡阳雁峰网络科技有限公司,“龚总好～我们的报价是16.9万元（含税）。系统严格按照等保三级标准设计开发，上线后可协助贵司通过测评。”,"
        "报价：16.9万（含税，最低）；等保：三级✓,未见备案证明编号",
    ])
    qs = load([("回函登记.csv", text.encode("gb18030"))])
    got = _by_vendor(qs)
    short = text.replace("我司报价如下——源码授权费17.5万元，实施部署及培训费1.5万元，合计19.0万元", "我司报价合计19.0万元")
    assert _scored(load([("回函登记.csv", short.encode("gb18030"))]), "personal_credit")[
        "岳阳南湖软件有限公司"].scored_values["price_cny"] == 201_400  # the total said in one clause, tax words beside it
    assert got["湘潭雨湖数科有限公司"].values["response_hours"] == 2
    assert got["岳阳南湖软件有限公司"].values["licensed_credit_bureau"] is True
    assert got["衡阳雁峰网络科技有限公司"].evidence["mlps_level3"][0] == "claimed"
    assert _scored(qs, "personal_credit")["岳阳南湖软件有限公司"].scored_values["price_cny"] == 201_400


def test_a_review_split_over_sheets_by_topic_joins_by_short_names():
    """A 准入 review in sheets by topic (基本信息及报价 with 全称 | 简称, then 功能, 安全合规, 售后 by 简称 — 售后 shortening the
    short name again — each with the reviewers' 审查结论, and a 准入汇总 of their verdicts): one quote per vendor with every
    topic's answers; the 审查结论 on every sheet does not make the sheets copies, and the summary's '符合' is no answer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-报价"
    for row in (["序号", "供应商全称", "简称", "报价（元）", "计税", "审查结论"],
                [1, "合肥蜀山数科有限公司", "蜀山数科", "243000", "不含税，增值税税率6%", "符合"],
                [2, "蚌埠蚌山网络科技有限公司", "蚌山网络", "186000（年底特惠，原价258000）", "含税", "符合（价格最低）"]):
        ws.append(row)
    sheets = {"2-安全合规": (["序号", "简称", "等保三级", "敏感数据加密", "日志留存", "审查结论"],
                            [1, "蜀山数科", "已取得，备案证明编号34010443012-24008", "国密SM4（身份证号、手机号）", "操作日志12个月", "符合"],
                            [2, "蚌山网络", "按等保三级要求设计，上线后可协助贵司完成测评", "采用国密算法", "长期保存", "符合"]),
              "3-售后": (["序号", "简称", "免费维护期", "维护范围", "响应时限", "审查结论"],
                        [1, "蜀山", "12个月", "缺陷修复及小版本升级", "2小时内，指定工程师", "符合"],
                        [2, "蚌山", "终身维护", "全面维护", "第一时间响应", "符合"]),
              "4-准入汇总": (["序号", "简称", "功能", "安全合规", "售后", "准入结果"],
                          [1, "蜀山数科", "符合", "符合", "符合", "准入"],
                          [2, "蚌山网络", "符合", "符合", "符合", "准入"])}
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    qs = load([("准入审查.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"合肥蜀山数科有限公司", "蚌埠蚌山网络科技有限公司"}
    ss, bs = got["合肥蜀山数科有限公司"], got["蚌埠蚌山网络科技有限公司"]
    assert ss.values["mlps_level3"] is True and ss.values["free_maintenance_months"] == 12 and ss.values["response_hours"] == 2
    assert bs.evidence["mlps_level3"][0] == "claimed" and bs.values["features"] is None
    assert bs.extras.get("功能（4-准入汇总）") == "符合"  # the reviewers' verdict, kept as theirs
    assert _scored(qs, "consumer_installment")["合肥蜀山数科有限公司"].scored_values["price_cny"] == 257_580


def test_a_correction_that_withdraws_with_a_zero_price_is_no_quote_and_a_hardware_lot_is_no_bid():
    """A form exported twice per vendor ('更正提交（以本次为准）'): a correction typing '0' in the required price field and
    '我司放弃本次报价' in its remark withdraws the vendor. A tender of two lots (包1 the system, 包2 服务器及安全设备): a bid
    for the hardware lot is no quote for the system, and a vendor bidding on both keeps its system bid."""
    text = "\n".join([
        "序号,提交时间,供应商全称,提交类型,报价总额（元）,报价含税情况,9.等保三级情况,备注",
        "1,2025-11-19 11:45,毕节七星关网络科技有限公司,首次提交,245000,含税,已取得等保三级备案证明,",
        "2,2025-11-20 10:00,贵阳观山湖数科有限公司,首次提交,226000,含税,已取得等保三级备案证明,",
        "3,2025-11-21 17:55,毕节七星关网络科技有限公司,更正提交（以本次为准）,0,—,—,更正：因项目排期冲突，我司放弃本次报价，11月19日提交的报价作废。",
    ])
    qs = load([("金数据.csv", text.encode("utf-8-sig"))])
    assert [q.vendor for q in qs.quotes if not q.superseded] == ["贵阳观山湖数科有限公司"]
    rows = [["包号", "包名称（最高限价）", "序号", "投标人", "投标报价（元）", "报价说明"],
            ["包1", "经营贷业务系统源码及实施", "1", "湘潭九华数智科技有限公司", 265000, "含税价"],
            [None, None, "2", "长沙岳麓智信科技有限公司", 298000, "含税价"],
            ["包2", "服务器及安全设备", "1", "湘潭九华数智科技有限公司", 86000, "含税价"],
            [None, None, "2", "株洲天元华鑫电子设备有限公司", 79800, "含税价"]]
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    qs = load([("分包.xlsx", _saved(wb))])
    got = {q.vendor: q for q in qs.quotes if not q.superseded}
    assert set(got) == {"湘潭九华数智科技有限公司", "长沙岳麓智信科技有限公司"}
    assert got["湘潭九华数智科技有限公司"].values["price_cny"] == 265_000
    assert any(s.reason == "skip.other_lot" and "株洲天元华鑫" in s.text for s in qs.skipped)


def test_a_three_year_cost_table_reads_the_first_years_buy_out_after_its_discount():
    """A finance sheet of costs over three years (首年 标价 | 折扣率 | 折后价, 次年, 第三年, the department's own 三年合计（财务部
    测算）): a list price with '9折' and no 折后价 is 234,000; the department's sum is no price; a buy-out '总价24万元…分三年
    等额支付，每年8万元' is 240,000, its yearly payments no yearly fee ('第四年起维保2.4万元/年' is)."""
    rows = [["序号", "供应商", "计税", "标价（元）", "折扣率", "折后价（元）", "次年费用", "第三年费用", "三年合计（财务部测算）", "费用说明（供应商原话）"],
            [1, "武汉江汉数科有限公司", "含税", 260000, "9折", None, 24000, 24000, "28.2万", "源码授权及实施26万元，年底九折；期满后维保2.4万元/年"],
            [2, "十堰茅箭信息技术有限公司", "含税", 80000, "—", "—", 80000, 80000, "24万",
             "源码买断总价24万元（含税），分三年等额支付，每年8万元，首期付款后即交付完整源码；含36个月免费维护，第四年起维保2.4万元/年"]]
    qs = load([("三年费用.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert got["武汉江汉数科有限公司"].values["price_cny"] == 234_000
    assert got["十堰茅箭信息技术有限公司"].values["price_cny"] == 240_000
    assert got["十堰茅箭信息技术有限公司"].values["annual_fee_after_warranty_cny"] == 24_000


def test_filled_and_hollow_dots_under_a_header_legend_say_included_or_extra():
    """A comparison whose module and after-sales cells are dotted lists, the legend only in the header ('● 含在报价内 ○ 另行
    收费'): '● X' is in the price, '○ X（+3.5万，含税）' an option at its price, '○ 小版本升级（按次另计）' upgrades at extra cost;
    the vendor's cell '合肥云帆科技有限公司（云帆集团　王经理 138…）' names the company alone; '○ 分期计算器（需定制开发，另行报价）'
    is a module not quoted."""
    rows = [["序号", "供应商（联系人 电话）", "报价", "含税否", "功能模块\n（● 标配，含在报价内　○ 选配，括号内为加价）",
             "售后条款\n（● 含在报价内　○ 另行收费）"],
            ["1", "合肥云帆科技有限公司（云帆集团　王经理 138 5512 8871）", "24.5万", "含税",
             "● 商品管理\n● 分期计算器\n● 订单跟踪\n● 还款管理\n● 风控审批\n● 用户管理\n○ 积分商城（+1.2万）",
             "● 免费维护12个月\n● 缺陷修复及小版本升级\n● 7×24技术支持，2小时内响应\n○ 维保期满后年服务费2.4万元/年"],
            ["2", "芜湖鸠江分期宝网络科技有限公司（销售 陈女士 0553-5816620）", "16.8万", "含税",
             "● 商品管理\n● 分期计算器\n● 还款管理\n● 风控审批\n● 用户管理\n○ 订单跟踪（+3.5万，含税）",
             "● 免费维护12个月\n● 缺陷修复\n○ 小版本升级（按次另计）"],
            ["3", "铜陵铜官速贷科技有限公司 小张13705628899", "7.8万", "含税",
             "● 商品管理\n● 订单管理\n● 还款管理\n● 用户管理\n○ 分期计算器（需定制开发，另行报价）", "● 免费维护3个月"]]
    qs = load([("比价表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"合肥云帆科技有限公司", "芜湖鸠江分期宝网络科技有限公司", "铜陵铜官速贷科技有限公司"}
    hf, wh = got["合肥云帆科技有限公司"], got["芜湖鸠江分期宝网络科技有限公司"]
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(hf.values["features"])
    assert hf.values["annual_fee_after_warranty_cny"] == 24_000 and hf.values["maintenance_includes_upgrades"] is True
    assert wh.values["maintenance_includes_upgrades"] is False
    by = _scored(qs, "consumer_installment")
    assert by["芜湖鸠江分期宝网络科技有限公司"].scored_values["price_cny"] == 203_000
    assert "missing_must_have" in {f.code for f in by["铜陵铜官速贷科技有限公司"].flags}


def test_a_tools_export_with_a_row_of_units_reads_each_figure_in_its_unit():
    """An in-house tool's export: field codes, then Chinese names, then a row of units (万元 | % | 天 | 月 | 小时 | 万元/年).
    730 under 天 is 24 months of logs; 196000 under 万元 is yuan (19.6亿 is no loan system); '6' under 税率（%） is 6 %; a
    bare '1.5' under 选配金额（万元） prices the option named beside it."""
    text = "\n".join([
        "seq,supplier_name,quote_amt,tax_mode,tax_rate,option_items,option_amt,log_retention,post_warranty_fee",
        "序号,供应商名称,报价金额,计税方式,税率,选配/另计项,选配金额,日志保存期,维保期满年费",
        "单位,,万元,,%,,万元,天,万元/年",
        "1,武汉光谷融智科技有限公司,22.6,含税,6,无,,730,2.4",
        "2,宜昌西陵数据科技有限公司,196000,不含税,6,风控模型（评分卡）选配，选配金额不含税,1.5,365,",
    ])
    qs = load([("导出.csv", text.encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert got["武汉光谷融智科技有限公司"].values["audit_log_months"] == 24
    assert got["武汉光谷融智科技有限公司"].values["annual_fee_after_warranty_cny"] == 24_000
    assert got["宜昌西陵数据科技有限公司"].values["audit_log_months"] == 12
    assert _scored(qs, "personal_credit")["宜昌西陵数据科技有限公司"].scored_values["price_cny"] == 223_660


def test_vendor_blocks_of_three_sub_columns_under_triple_labels_and_a_per_seat_price():
    """Each vendor's name merged over 报价 | 合规 | 售后, each row's label naming one item per sub-column ('报价金额 ｜ 等保三级 ｜
    免费维护期'): every value is read under its own item at its own address. '4,500元/账号' with '4,500元/账号 × 60个账号' is
    270,000."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["对比项（报价列 ｜ 合规列 ｜ 售后列）", "厦门思明数科有限公司", None, None, "漳州芗城网络科技有限公司", None, None],
                [None, "报价", "合规", "售后", "报价", "合规", "售后"],
                ["报价金额 ｜ 等保三级 ｜ 免费维护期", "29.6万", "已取得", "12个月", "4,500元/账号", "已取得", "12个月"],
                ["计税方式 ｜ 备案证明/证书编号 ｜ 维护范围", "含税", "35020343016-24005", "缺陷修复＋小版本升级", "含税", "35060243009-23012",
                 "仅修复缺陷，不含升级"],
                ["计价方式/选配 ｜ 敏感数据加密 ｜ 监管政策适配", "一次性买断，无选配", "国密SM4（身份证号、手机号）", "监管政策调整免费适配",
                 "按账号一次性买断：4,500元/账号 × 60个账号（客户经理及审批岗），后续新增账号另计", "SM4（身份证号、手机号）",
                 "一般调整免费，重大监管政策调整另行报价"]):
        ws.append(row)
    ws.merge_cells("B1:D1")
    ws.merge_cells("E1:G1")
    qs = load([("横向比对.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    xm, zz = got["厦门思明数科有限公司"], got["漳州芗城网络科技有限公司"]
    assert xm.values["mlps_level3"] is True and xm.values["free_maintenance_months"] == 12
    assert xm.sources["free_maintenance_months"][0].cell == "D3" and xm.values["sm4_encryption"] is True
    assert zz.values["maintenance_includes_upgrades"] is False and zz.values["price_cny"] == 270_000


def test_csv_fields_written_as_excel_text_formulas_are_their_text():
    """An export that writes every field as Excel's text-forcing formula (="S000318", ="296000.00", ="") — the wrapper is
    no part of the value: the vendor is the company, ="296000.00" is 296,000, ="12个月" is 12 months, ="" is blank; a
    field that is a real formula (=HYPERLINK(…)) stays as written. 期满年服务费(元/年) is the yearly fee after warranty."""
    text = "\r\n".join([
        '="询价单号：XJ20251118003",="导出人：孙立群"',
        "行号,供应商编码,供应商名称,报价金额(元),计税方式,等保三级,免费维护期,期满年服务费(元/年),备注",
        '="1",="S000318",="济南高新智贷科技有限公司",="296000.00",="含税",="已取得",="12个月",="28000.00",=""',
        '="2",="S000027",="青岛市南汇通软件有限公司",="260000.00",="含税",="已取得",="6个月",="",="报价含""电子合同"""',
        '="3",="S000112","=HYPERLINK(""http://x.example"",""烟台芝罘"")",="210000.00",="含税",="已取得",="12个月",="",=""',
    ])
    qs = load([("询价单导出.csv", text.encode("gb18030"))])
    got = _by_vendor(qs)
    assert set(got) == {"济南高新智贷科技有限公司", "青岛市南汇通软件有限公司", '=HYPERLINK("http://x.example","烟台芝罘")'}
    jn, qd = got["济南高新智贷科技有限公司"], got["青岛市南汇通软件有限公司"]
    assert jn.values["price_cny"] == 296_000 and jn.values["mlps_level3"] is True
    assert jn.values["free_maintenance_months"] == 12 and jn.values["annual_fee_after_warranty_cny"] == 28_000
    assert qd.values["free_maintenance_months"] == 6 and qd.values["annual_fee_after_warranty_cny"] is None
    assert qd.extras["备注"] == '报价含"电子合同"' and "备注" not in jn.extras  # ="" is blank


def test_an_optional_package_row_under_the_quote_is_an_offer_and_the_evaluators_points_are_no_values():
    """Each vendor in a 基础包 row and an 增值包（选购） row, both naming it; the buyer's '（N分）' after every cell and a 合计得分
    column. The 增值包 is one offer of the quote above — no quote of its own, no line item: its price is paid only where
    it holds a must-have the 基础包 lacks (the whole package, once); '（5分）' is points ('日志长期保存（5分）' is no 5
    months) and 合计得分 is no price."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["消费分期系统源码 供应商打分表"],
                ["供应商", "包", "报价", "包含模块", "征信与日志", "合计得分"],
                ["成都武侯智分科技有限公司", "基础包", "23.5万，含税（3分）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理（5分）",
                 "征信：百行征信；操作日志保存12个月（4分）", 26],
                ["成都武侯智分科技有限公司", "增值包（选购）", "+3.2万（含税）", "积分商城、社交分享", "—", "不计分"],
                ["绵阳涪城分期宝软件有限公司", "基础包", "19.6万，不含税，税率6%（4分）", "商品管理、分期计算器、还款管理、风控审批、用户管理（3分）",
                 "征信：百行征信；日志保存6个月（3分）", 23],
                ["绵阳涪城分期宝软件有限公司", "增值包（选购）", "+2.4万（不含税）", "订单跟踪、积分商城", "—", "不计分"],
                ["德阳旌阳易购科技有限公司", "基础包", "15.8万，含税（5分）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理（5分）",
                 "支持对接各类征信；日志长期保存（5分）", 29],
                ["德阳旌阳易购科技有限公司", "增值包（选购）", "+6.8万（含税）", "元宇宙营销展厅、区块链存证", "—", "不计分"]):
        ws.append(row)
    qs = load([("打分表.xlsx", _saved(wb))])
    assert sorted(q.vendor for q in qs.quotes) == ["德阳旌阳易购科技有限公司", "成都武侯智分科技有限公司", "绵阳涪城分期宝软件有限公司"]
    got = _scored(qs, "consumer_installment")
    assert got["成都武侯智分科技有限公司"].scored_values["price_cny"] == 235_000  # the package not bought
    assert got["成都武侯智分科技有限公司"].price_build["tax"] == "incl"  # its own price's tax mark, kept beside the offer
    assert got["德阳旌阳易购科技有限公司"].scored_values["price_cny"] == 158_000
    assert got["绵阳涪城分期宝软件有限公司"].scored_values["price_cny"] == 233_200  # (19.6万 + 2.4万) × 1.06, for 订单跟踪
    assert "order_tracking" in got["绵阳涪城分期宝软件有限公司"].scored_values["features"]
    dy = _by_vendor(qs)["德阳旌阳易购科技有限公司"]
    assert dy.values["audit_log_months"] != 5 and dy.evidence["audit_log_months"][0] == "claimed"
    assert any(s.cell == "C8" for s in dy.sources["price_cny"])  # the package's cells stay with the quote


def test_a_package_holding_two_missing_must_haves_is_paid_once():
    """'增值包（选购）' with two modules the quote lacks, both must-haves: the package's price is added once."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["供应商", "包", "报价", "包含模块"],
                ["乐山市中快分信息技术有限公司", "基础包", "12.6万，含税", "商品管理、还款管理、风控审批、用户管理"],
                ["乐山市中快分信息技术有限公司", "增值包（选购）", "+2.0万（含税）", "分期计算器、订单跟踪、营销插件"],
                ["南充顺庆分期科技有限公司", "基础包", "24.8万，含税", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理"]):
        ws.append(row)
    got = _scored(load([("比价.xlsx", _saved(wb))]), "consumer_installment")
    ls = got["乐山市中快分信息技术有限公司"]
    assert ls.scored_values["price_cny"] == 146_000
    assert {"installment_calculator", "order_tracking"} <= set(ls.scored_values["features"])


def test_a_note_row_indented_under_each_vendor_is_that_vendors_remarks():
    """Each vendor's row followed by a row with no 序号 and no name, one merged cell '备注：…': the note belongs to the vendor
    above and carries facts found nowhere else (the tax basis, an option's price, the filing number, the yearly fee);
    '开3%普通发票，税费另加' is 3 % VAT. A single '备注：以上报价均含税' under the table is the table's footnote, no vendor's."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["报价汇总"],
                ["序号", "供应商", "报价（万元）", "功能模块", "等保三级", "期满年费"],
                [1, "厦门思明信达科技有限公司", 22.8, "个人征信、风控模型、还款计划、风控审批、用户管理", "已取得（编号见备注）", "见备注"],
                [None, "备注：报价为含税价（增值税6%专用发票）；等保三级备案证明编号35020343012-24008；维保期满后年服务费2.4万元/年。"],
                [2, "漳州芗城融科信息技术有限公司", 19.8, "个人征信、风控模型（选配）、还款计划、风控审批、用户管理", "已取得（备案证明35060043007-24011）",
                 "按合同额12%/年"],
                [None, "备注：19.8万为不含税价，增值税6%另计；风控模型（评分卡）为选配模块，另加1.6万元（不含税），未包含在19.8万内。"],
                [3, "莆田城厢软件有限公司", 13.2, "个人征信、风控模型、还款管理、风控审批、用户管理", "已取得（备案证明35030043005-24003）", "5000元/次"],
                [None, "备注：13.2万为不含税价，开3%普通发票，税费另加。"]):
        ws.append(row)
    ws.merge_cells("B4:F4")
    qs = load([("报价汇总.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "personal_credit")
    assert set(got) == {"厦门思明信达科技有限公司", "漳州芗城融科信息技术有限公司", "莆田城厢软件有限公司"}
    xm = got["厦门思明信达科技有限公司"]
    assert xm.values["mlps_level3"] is True and xm.values["annual_fee_after_warranty_cny"] == 24_000
    assert scored["厦门思明信达科技有限公司"].gate == "pass"
    assert scored["漳州芗城融科信息技术有限公司"].scored_values["price_cny"] == 226_840  # (19.8万 + 1.6万) × 1.06
    assert scored["莆田城厢软件有限公司"].scored_values["price_cny"] == 135_960  # 13.2万 × 1.03
    assert xm.evidence["mlps_level3"][2] == "B4" and xm.extras["备注"].startswith("备注：报价为含税价")

    wb2 = openpyxl.Workbook()
    ws2 = wb2.active
    for row in (["序号", "供应商", "报价（万元）", "免费维护期"], [1, "厦门思明信达科技有限公司", 22.8, "12个月"],
                [2, "莆田城厢软件有限公司", 13.2, "6个月"], [None, "备注：以上报价均为含税价。"]):
        ws2.append(row)
    qs2 = load([("汇总2.xlsx", _saved(wb2))])
    assert [n.text for n in qs2.notes if n.reason == "skip.note_row"] == ["备注：以上报价均为含税价。"]
    assert _by_vendor(qs2)["莆田城厢软件有限公司"].values["price_cny"] == 132_000


def test_cells_corrected_with_void_marks_are_read_as_they_count():
    """A sheet corrected with strikethrough and saved as CSV: each corrected cell's old content is followed by '（作废）'
    and what comes after it counts ('318000（作废） 296000' is 296,000; '6个月（作废） 12个月' 12 months); an item marked
    void leaves its list ('电子合同（作废）'); a cell of void content only is blank; a row void as a whole is no quote; the
    sheet's own sentence quoting the mark is no mark. What was set aside is listed (note.void_marks)."""
    text = "\r\n".join([
        "供应商比价（第二版）",
        "说明：改过的格子里旧内容后面标了“（作废）”，以“（作废）”后面的内容为准。",
        "序号,供应商名称,报价金额（元）,含税情况,功能模块,免费维护期,技术支持及响应,维保期满后费用,修改记录",
        "1,南昌青山湖智融科技有限公司,318000（作废） 296000,含税,企业征信、银行流水分析、电子合同、风控审批、用户管理,6个月（作废） 12个月,"
        '"5×8，4小时内响应（作废）\n7×24小时，2小时内响应",3万元/年（作废） 2.8万元/年,11-28二次报价',
        "2,南昌西湖数据服务有限公司,268000,含税(作废) 不含税，增值税6%,企业征信、银行流水分析、电子合同、风控审批、用户管理,12个月,7×24小时，2小时内响应,"
        "按合同额12%/年,12-01更正计税方式",
        "3,南昌湾里快贷软件有限公司,128000（作废） 96000,含税,企业征信、银行流水分析、电子合同（作废）、风控审批、用户管理,3个月,工作日,按次收费,11-29去掉电子合同",
        "4,南昌进贤汇达科技有限公司,275000（作废）,含税（作废）,企业征信、银行流水分析、电子合同（作废）,12个月（作废）,（作废）,（作废）,11-30来函退出，本行整行作废",
    ])
    qs = load([("比价.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"南昌青山湖智融科技有限公司", "南昌西湖数据服务有限公司", "南昌湾里快贷软件有限公司"}
    qsh = got["南昌青山湖智融科技有限公司"]
    assert qsh.values["price_cny"] == 296_000 and qsh.values["free_maintenance_months"] == 12
    assert qsh.values["support_7x24"] is True and qsh.values["response_hours"] == 2
    assert qsh.values["annual_fee_after_warranty_cny"] == 28_000
    assert _scored(qs, "merchant_loan")["南昌西湖数据服务有限公司"].scored_values["price_cny"] == 284_080  # 不含税 × 1.06
    assert "contract_management" not in got["南昌湾里快贷软件有限公司"].values["features"]
    assert got["南昌湾里快贷软件有限公司"].values["price_cny"] == 96_000
    void = [n for n in qs.notes if n.reason == "note.void_marks"]
    assert len(void) == 1 and "318000（作废） 296000" in void[0].text


def test_a_column_whose_brackets_hold_the_vendors_words_is_read_for_those_words_alone():
    """'综合评价（「」内为服务商原话，其余为本人看法）': the after-sales terms are only in the 「」 fragments; the writer's words
    around them ('我估计谈一谈能给到12个月', '我看跟7×24差不多', '维护我理解就是终身免费') are hopes, no terms."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "服务商", "报价", "报价内模块", "综合评价\n（「」内为服务商原话，其余为本人看法）"],
                [1, "西安高新分期云科技有限公司", "26.8万（含税）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理",
                 "售后对方承诺「免费维护12个月，包含缺陷修复和小版本升级」，「7×24小时技术支持，2小时内响应」，「提供终身技术咨询」，"
                 "「维保期满后年服务费2.5万元/年」。我担心真出事可能响应不过来，而且感觉维保费以后会涨。"],
                [2, "西安曲江易购分期信息技术有限公司", "22.6万（含税）", "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理",
                 "对方写的是「免费维护6个月，仅修复缺陷，版本升级另计」，我估计谈一谈能给到12个月。「5×8（工作日）技术支持，4小时内响应」，"
                 "不过销售说晚上直接打他手机也行，我看跟7×24差不多。"],
                [3, "西安未央速分期网络科技有限公司", "19.8万（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
                 "演示最好看。等保我觉得肯定没问题；维护我理解就是终身免费，12个月肯定有，7×24应该也行。"]):
        ws.append(row)
    got = _by_vendor(load([("评价表.xlsx", _saved(wb))]))
    gx, qj, wy = got["西安高新分期云科技有限公司"], got["西安曲江易购分期信息技术有限公司"], got["西安未央速分期网络科技有限公司"]
    assert gx.values["free_maintenance_months"] == 12 and gx.values["support_7x24"] is True and gx.values["response_hours"] == 2
    assert gx.values["lifetime_consulting"] is True and gx.values["annual_fee_after_warranty_cny"] == 25_000
    assert qj.values["free_maintenance_months"] == 6 and qj.values["support_7x24"] is False
    assert qj.values["maintenance_includes_upgrades"] is False and qj.evidence["maintenance_includes_upgrades"][0] == "conditional"
    assert wy.values["free_maintenance_months"] is None and wy.values["support_7x24"] is None  # his hopes are no terms


def test_cells_that_point_to_another_vendors_cell_are_written_out_from_it():
    """The first vendor written out in full, the others only where they differ: '同云岩' is 云岩's cell in that column
    (even where that cell says '同…' in turn), '同上' the row above, '比云岩多3个月' 云岩's figure plus 3, '只有云岩的一半'
    half of it, '同云岩，但风控模型为选配（+1.2万，不含税）' 云岩's words and the exception; a vendor whose own name opens with 同 is
    no reference."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "供应商", "简称", "报价", "功能模块", "等保", "敏感数据加密", "免费维护期", "技术支持", "响应时间", "维保期满年费"],
                [1, "贵阳云岩数科有限公司", "云岩", "22.0万", "个人征信、风控模型（评分卡）、还款计划、风控审批、用户管理",
                 "等保三级，备案证明52010343001-24001", "国密SM4（身份证号、手机号）", "12个月", "7×24", "2小时内", "2.4万元/年"],
                [2, "贵阳南明信科技术有限公司", "南明", "21.6万", "同云岩", "同云岩", "同云岩", "比云岩多3个月", "同云岩", "同云岩", "同云岩"],
                [3, "贵阳白云金服软件有限公司", "白云", "19.8万", "同云岩，但风控模型为选配（+1.2万）", "同南明", "同南明",
                 "只有云岩的一半", "5×8（工作日）", "比云岩慢2小时", "按合同额15%/年"],
                [4, "贵阳乌当数联科技有限公司", "乌当", "13.6万", "同白云", "同南明", "AES-256", "同上", "同上", "次日", "—"],
                [5, "同创安达软件有限公司", "同创", "20.0万", "个人征信、风控模型、还款计划、风控审批、用户管理", "已取得", "SM4", "12个月", "7×24",
                 "2小时", "2万元/年"]):
        ws.append(row)
    qs = load([("对比（简写）.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert len(got) == 5 and "同创安达软件有限公司" in got
    nm, by, wd = got["贵阳南明信科技术有限公司"], got["贵阳白云金服软件有限公司"], got["贵阳乌当数联科技有限公司"]
    assert nm.values["mlps_level3"] is True and nm.values["sm4_encryption"] is True
    assert nm.values["free_maintenance_months"] == 15 and nm.values["support_7x24"] is True and nm.values["response_hours"] == 2
    assert nm.values["annual_fee_after_warranty_cny"] == 24_000 and "risk_model" in nm.values["features"]
    assert by.values["mlps_level3"] is True and by.values["sm4_encryption"] is True  # '同南明' where 南明 says '同云岩'
    assert by.values["free_maintenance_months"] == 6 and by.values["response_hours"] == 4
    assert _scored(qs, "personal_credit")["贵阳白云金服软件有限公司"].scored_values["price_cny"] == 210_000  # 19.8万 + 1.2万
    assert wd.values["free_maintenance_months"] == 6 and wd.values["support_7x24"] is False  # '同上': 白云's row
    assert wd.values["sm4_encryption"] is False
    note = next(n for n in qs.notes if n.reason == "note.references")
    assert "同云岩 →" in note.text and note.where == "E3"


def test_what_every_vendor_answered_alike_written_once_joins_each_vendor():
    """A differences-only comparison: a header of items over one row '五家相同 | HTTPS（TLS1.2） | RBAC角色权限 | 提供 | 90天'
    (what every vendor answered alike), then a table of only the differing items. The common row is no vendor: its
    items are every vendor's, at the common row's cells ('90天' under 报价有效期 is no price); the vendors are the
    columns of the table below — or its rows."""
    text = "\r\n".join([
        "商户经营贷系统源码比选——差异项对照表",
        "一、共同项（各家书面答复相同）",
        "项目,传输加密,权限管理,终身技术咨询,报价有效期",
        "五家相同,HTTPS（TLS1.2）,RBAC角色权限,提供,90天",
        "",
        "二、差异项（只列不同的项目）",
        "差异项,南宁良庆智贷科技有限公司,梧州万秀数科有限公司,北海海城科技有限公司",
        "报价,29.6万,9.2万,已书面放弃（11-20邮件）",
        "等保三级,已取得，备案证明45010843012-24007,已取得，备案证明45040043003-24002,—",
        "免费维护期,12个月,3个月,—",
        "",
        "注：本公司只做南宁本地商户经营贷。",
    ])
    qs = load([("差异项.csv", text.encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"南宁良庆智贷科技有限公司", "梧州万秀数科有限公司"}
    for q in got.values():
        assert q.values["tls"] is True and q.values["access_control"] is True and q.values["lifetime_consulting"] is True
        assert q.sources["tls"][0].cell == "B4"
    assert got["南宁良庆智贷科技有限公司"].values["price_cny"] == 296_000
    assert got["梧州万秀数科有限公司"].values["free_maintenance_months"] == 3

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["共同项"], ["项目", "传输加密", "权限管理"], ["各家相同", "HTTPS", "RBAC"], [],
                ["供应商", "报价", "免费维护期"], ["南宁良庆智贷科技有限公司", "29.6万", "12个月"], ["梧州万秀数科有限公司", "9.2万", "3个月"]):
        ws.append(row)
    rows_got = _by_vendor(load([("差异项.xlsx", _saved(wb))]))
    assert set(rows_got) == {"南宁良庆智贷科技有限公司", "梧州万秀数科有限公司"}
    assert all(q.values["tls"] is True and q.values["access_control"] is True for q in rows_got.values())
    assert rows_got["梧州万秀数科有限公司"].sources["access_control"][0].cell == "C3"


def test_a_second_section_with_the_vendors_as_columns_under_short_names_joins_their_rows():
    """One sheet, two numbered sections: 一、 one row per vendor (price, modules); 二、 the after-sales items down the left
    and one column per vendor under a short name ('卧龙数科' of 南阳卧龙数科有限公司), in another order. Each short name is the
    vendor whose full name holds it; the two parts join by vendor, never by position. '售后项目' heads the items, no terms.
    An option '另加2.6万元（不含税）' beside a tax-inclusive price costs its VAT too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["比选汇总表"], [], ["一、报价与功能（每家一行）"],
                ["序号", "供应商", "报价", "计税", "报价内功能模块", "选配模块及价格"],
                [1, "洛阳西工智分科技有限公司", "24.8万", "含税", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "无"],
                [2, "新乡红旗分期软件有限公司", "21.2万", "含税（增值税13%专票）", "商品管理、分期计算器、还款管理、风控审批、用户管理",
                 "订单跟踪模块另加2.6万元（不含税）"],
                [3, "南阳卧龙数科有限公司", "21.5万", "不含税（增值税13%另计）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "无"],
                [], ["二、售后服务条款（项目在左、每家一列）"],
                ["售后项目", "卧龙数科", "西工智分", "红旗分期"],
                ["免费维护期", "12个月", "18个月", "6个月"],
                ["技术支持时间", "5×8（工作日）", "7×24小时", "5×8"],
                ["响应时限", "4小时内", "2小时内到人", "4小时"]):
        ws.append(row)
    qs = load([("比选汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"洛阳西工智分科技有限公司", "新乡红旗分期软件有限公司", "南阳卧龙数科有限公司"}
    xg, hq, wl = got["洛阳西工智分科技有限公司"], got["新乡红旗分期软件有限公司"], got["南阳卧龙数科有限公司"]
    assert xg.values["free_maintenance_months"] == 18 and xg.values["support_7x24"] is True and xg.values["response_hours"] == 2
    assert xg.sources["free_maintenance_months"][0].cell.endswith("!C11")  # in the section it stands in
    assert wl.values["free_maintenance_months"] == 12 and wl.values["support_7x24"] is False
    assert hq.values["free_maintenance_months"] == 6 and hq.values["price_cny"] == 212_000
    assert _scored(qs, "consumer_installment")["新乡红旗分期软件有限公司"].scored_values["price_cny"] == 241_380  # 21.2万 + 2.6万 × 1.13


def test_a_butterfly_page_with_the_criteria_in_the_middle_column_reads_the_vendors_on_both_sides():
    """One landscape page: the criteria down the middle column ('比较项目'), the bank's candidates to its left and the
    buyer's own to its right, group headers above. Column A is a vendor's column, not the labels; every vendor on either
    side is read, each cell at its own address; the group headers are no vendors."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["商户经营贷系统源码比价表（左右对照）"], ["← 合作银行推荐", None, None, "自行询价 →"],
                ["赤峰红山信息技术有限公司", "包头昆都仑数科有限公司", "比较项目", "呼和浩特新城软件有限公司", "乌海海勃湾网络科技有限公司"],
                [None, None, "一、商务"],
                ["25.6万元（含税）", "28.8万元（含税）", "报价", "31.8万元（不含税，13%另计）", "13.6万元（含税）"],
                ["已取得，备案证明15040043008-24005", "已取得等保三级，备案证明15020043016-24011", "等保三级", "已取得，备案证明15010543021-23018",
                 "等保二级（已备案），三级暂无计划"],
                ["12个月", "12个月", "免费维护期", "12个月", "6个月"],
                ["7×24", "7×24", "技术支持", "7×24", "5×8（工作日）"]):
        ws.append(row)
    qs = load([("左右对照.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"赤峰红山信息技术有限公司", "包头昆都仑数科有限公司", "呼和浩特新城软件有限公司", "乌海海勃湾网络科技有限公司"}
    assert got["赤峰红山信息技术有限公司"].values["price_cny"] == 256_000
    assert got["赤峰红山信息技术有限公司"].sources["price_cny"][0].cell == "A5"
    assert got["呼和浩特新城软件有限公司"].sources["free_maintenance_months"][0].cell == "D7"
    assert got["乌海海勃湾网络科技有限公司"].values["mlps_level3"] is False
    assert _scored(qs, "merchant_loan")["呼和浩特新城软件有限公司"].scored_values["price_cny"] == 359_340


def test_a_memo_with_every_vendors_answer_a_line_of_one_cell_is_read_vendor_by_vendor():
    """One row per criterion, the 各家情况 cell holding every vendor's answer on it, a line each opened by its 简称
    ('青秀、钦南：全站HTTPS' holds for both), a key table 简称 | 单位全称 above: each vendor is the full name of its short
    name, read from its own lines, every value at the cell it was written in; the key is no vendor; the writer's column
    beside the answers is no vendor's words. '风控模型（选配，另加2.2万元，不含税，未含在18.6万内）' is an option at its price."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["对比要点"], ["一、参与询价单位"], ["简称", "单位全称", "联系人"],
                ["青秀", "南宁青秀数科有限公司", "韦经理 0771-5581236"], ["万秀", "梧州万秀信息技术有限公司", "李工 0774-3829907"],
                ["钦南", "钦州钦南数据服务有限公司", "黄经理 0777-2715480"], [], ["二、比较明细"],
                ["序号", "比较项目", "各家情况（按报价单原文摘录）", "我的看法"],
                [1, "报价及计税", "青秀：21.8万元，含税\n万秀：18.6万元，不含税，增值税6%另计\n钦南：21.5万元（未税，增值税13%另计）", "钦南是未税价"],
                [2, "功能模块", "青秀：个人征信、风控模型（评分卡）、反欺诈模型、还款计划、风控审批、用户管理\n"
                                "万秀：个人征信、风控模型（选配，另加2.2万元，不含税，未含在18.6万内）、反欺诈规则、还款计划、审批流、用户管理\n"
                                "钦南：个人征信、风控模型、反欺诈模型、还款计划、风控审批、用户管理", ""],
                [3, "传输加密", "青秀、钦南：全站HTTPS（TLS1.2）\n万秀：HTTPS", ""],
                [4, "免费维护期及范围", "青秀：免费维护12个月，含小版本升级\n万秀：免费维护6个月，仅修复缺陷\n钦南：免费维护12个月，含小版本升级",
                 "万秀太短"]):
        ws.append(row)
    qs = load([("对比要点.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"南宁青秀数科有限公司", "梧州万秀信息技术有限公司", "钦州钦南数据服务有限公司"}
    qx, wx, qn = got["南宁青秀数科有限公司"], got["梧州万秀信息技术有限公司"], got["钦州钦南数据服务有限公司"]
    assert qx.values["price_cny"] == 218_000 and qx.values["free_maintenance_months"] == 12 and qx.values["tls"] is True
    assert qn.values["tls"] is True and qn.sources["tls"][0].cell == "C12"
    assert wx.values["free_maintenance_months"] == 6 and wx.values["maintenance_includes_upgrades"] is False
    scored = _scored(qs, "personal_credit")
    assert scored["梧州万秀信息技术有限公司"].scored_values["price_cny"] == 220_480  # (18.6万 + 2.2万) × 1.06
    assert scored["钦州钦南数据服务有限公司"].scored_values["price_cny"] == 242_950
    assert any(n.reason == "note.vendor_lines" and "青秀 = 南宁青秀数科有限公司" in n.text for n in qs.notes)


def test_a_risk_check_form_whose_questions_ask_whether_a_red_flag_exists_reads_no_as_the_good_answer():
    """Every 是否 question asks whether a risk exists ('是否存在未启用HTTPS传输加密的情形', '是否不提供终身技术咨询',
    '操作日志保存期是否不足6个月'): a bare '否' is the good answer, a bare '是' the bad one, and the vendor's words in brackets
    decide over either ('是（3个月）' is 3 months, '否（系统按等保三级标准设计开发）' a claim, '否（备案证明…）' the filing held).
    The buyer's '合规部意见' column beside the vendors is no vendor."""
    text = "\r\n".join([
        "消费分期系统源码供应商风险排查表（回函汇总）,,,,",
        "序号,排查事项,天水秦州分期科技有限公司,张掖甘州云分网络科技有限公司,武威凉州数码科技有限公司,合规部意见",
        "1,报价总额（元）,248000,178000,89000,武威凉州明显偏低",
        "2,是否尚未取得等保三级备案证明（已取得的请注明备案证明编号）,否（备案证明62010043015-24003）,否（系统按等保三级标准设计开发，可协助贵司通过测评）,"
        "否（备案证明62060043002-23014）,张掖甘州没给编号",
        "3,是否存在未启用HTTPS传输加密的情形,否,否,否,",
        "4,操作日志保存期是否不足6个月（请注明保存期）,否（12个月）,否（永久保存）,是（3个月）,",
        "5,免费维护期是否少于12个月（请注明月数）,否（12个月）,否（终身维护）,是（3个月）,",
        "6,因监管政策变化所需的系统调整是否另行收费,否,否（积极配合监管）,是（按次收费）,",
        "7,是否不提供终身技术咨询,否,否（终身免费）,是,",
        "8,上述售后承诺是否存在未写入合同的情形,否（全部写入合同）,是（另出具服务承诺函，不写入合同）,是,",
    ])
    qs = load([("风险排查表.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"天水秦州分期科技有限公司", "张掖甘州云分网络科技有限公司", "武威凉州数码科技有限公司"}
    ts, zy, ww = got["天水秦州分期科技有限公司"], got["张掖甘州云分网络科技有限公司"], got["武威凉州数码科技有限公司"]
    assert ts.values["mlps_level3"] is True and ts.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert ts.values["tls"] is True and ts.values["audit_log_months"] == 12 and ts.values["free_maintenance_months"] == 12
    assert ts.values["policy_adaptation_free"] is True and ts.values["lifetime_consulting"] is True
    assert ts.values["commitments_in_contract"] is True
    assert zy.evidence["mlps_level3"][0] == "claimed" and zy.values["commitments_in_contract"] is False
    assert ww.values["audit_log_months"] == 3 and ww.values["free_maintenance_months"] == 3
    assert ww.values["lifetime_consulting"] is False and ww.values["policy_adaptation_free"] is False
    assert ww.values["commitments_in_contract"] is False and ww.values["tls"] is True


def test_a_check_row_under_each_vendor_replaces_what_it_finds_differs():
    """Each vendor a band of two rows: 行别 '报价单原文' (the vendor's words) over '核实结果' (the buyer's check: 已核 / 未核 /
    '不符：…'). The band is one quote; 已核 and 未核 leave the vendor's words standing; '不符：…' replaces the cell with what
    the check found in the vendor's own papers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["报价原文与核实对照表"],
                ["序号", "供应商", "行别", "报价", "计税", "等保三级", "日志保存期", "源码交付"],
                [1, "南昌青山湖数科有限公司", "报价单原文", "22.6万元", "含税", "已取得等保三级，备案证明编号36010343021-24006", "12个月",
                 "完整源码，无加密"],
                [None, None, "核实结果", "已核（盖章报价单）", "已核", "已核（公安部备案查询一致）", "已核（合同草稿第7.2条）", "已核"],
                [2, "上饶信州软件有限公司", "报价单原文", "19.6万元", "含税", "已取得，备案证明36110043009-24013", "12个月", "完整源码"],
                [None, None, "核实结果", "已核", "已核", "未核（原件约了下周去看）",
                 "不符：对方合同草稿第6.4条写的是“系统操作日志保存3个月”，以合同草稿为准", "未核"],
                [3, "萍乡安源网络科技有限公司", "报价单原文", "12.8万元", "含税（13%专票）", "已取得等保三级", "6个月", "交付全部源码"],
                [None, None, "核实结果", "已核", "不符：盖章报价单第3页写明“以上报价均为不含税价格，增值税税率6%另计”",
                 "不符：12-04对方回函确认“目前为等保二级，三级暂无计划”", "", "不符：《交付清单》写明“风控决策引擎以加密jar包形式交付”"]):
        ws.append(row)
    qs = load([("核实对照.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"南昌青山湖数科有限公司", "上饶信州软件有限公司", "萍乡安源网络科技有限公司"}
    qsh, sr, px = got["南昌青山湖数科有限公司"], got["上饶信州软件有限公司"], got["萍乡安源网络科技有限公司"]
    assert qsh.values["audit_log_months"] == 12 and qsh.values["mlps_level3"] is True
    assert sr.values["audit_log_months"] == 3 and sr.values["mlps_level3"] is True  # 未核: the filing number stands
    assert px.values["mlps_level3"] is False and px.values["source_code_delivery"] == "partial"
    assert _scored(qs, "personal_credit")["萍乡安源网络科技有限公司"].scored_values["price_cny"] == 135_680  # 12.8万 × 1.06


def test_a_register_of_one_fact_a_row_reads_a_vendors_item_at_its_later_row():
    """A long register (供应商 | 项目 | 内容 | 来源): the 报价单 rows first, the December 澄清回函 rows appended. The same vendor
    and item registered twice is read at the later row: '6个月' then '调整为12个月' is 12 months; '23.8万元（含税）' then
    '最终报价22.8万元（不含税，增值税13%另计）' is 257,640; a corrected module list replaces the bid's, and a module it moves
    out to an option at a price is that option."""
    rows = [["序号", "供应商", "项目", "内容（按原文登记）", "来源"]]
    n = 0
    for vendor, price, feats, maint in (("合肥蜀山分期科技有限公司", "24.6万元（含税）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "6个月"),
                                        ("蚌埠龙子湖软件有限公司", "22.4万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "12个月"),
                                        ("马鞍山雨山数科有限公司", "23.8万元（含税）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "12个月")):
        for item, text in (("报价", price), ("功能模块", feats), ("选配模块", "无"), ("免费维护期", maint)):
            n += 1
            rows.append([n, vendor, item, text, "报价单"])
    for vendor, item, text in (("蚌埠龙子湖软件有限公司", "功能模块", "更正：报价内功能为商品管理、分期计算器、还款管理、风控审批、用户管理；订单跟踪不在22.4万元内"),
                               ("蚌埠龙子湖软件有限公司", "选配模块", "订单跟踪模块为选配，另加2.8万元（不含税），未含在22.4万元报价内"),
                               ("马鞍山雨山数科有限公司", "报价", "最终报价22.8万元（不含税，增值税13%另计），其余条款不变"),
                               ("合肥蜀山分期科技有限公司", "免费维护期", "同意将免费维护期调整为12个月（含缺陷修复及小版本升级），写入合同")):
        n += 1
        rows.append([n, vendor, item, text, "澄清回函"])
    text = "\r\n".join(",".join(str(x) for x in row) for row in rows)
    qs = load([("逐条登记.csv", text.encode("gb18030"))])
    got, scored = _by_vendor(qs), _scored(qs, "consumer_installment")
    assert got["合肥蜀山分期科技有限公司"].values["free_maintenance_months"] == 12
    assert scored["马鞍山雨山数科有限公司"].scored_values["price_cny"] == 257_640  # 22.8万 × 1.13
    assert "order_tracking" not in (got["蚌埠龙子湖软件有限公司"].values["features"] or [])
    assert scored["蚌埠龙子湖软件有限公司"].scored_values["price_cny"] == 255_640  # 22.4万 + 2.8万 × 1.13


def test_two_sheets_of_one_quote_join_when_a_name_is_written_in_traditional_characters_on_one():
    """A tick sheet (✔ / ✘ / ○ per module under a legend, compliance in the vendor's words) and a 价格及售后 sheet listing
    the vendors in another order, one of them spelled '佛山禪城…' there and '佛山禅城…' on the first sheet: one quote per
    vendor, joined by name (never by position), whatever the script."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "功能及合规"
    for row in (["图例：✔ 含在报价内　✘ 不提供　○ 选配（另行收费）"],
                ["序号", "供应商名称", "商品管理", "分期计算器", "订单跟踪", "还款管理", "风控审批", "用户管理", "等保三级", "数据加密"],
                [1, "珠海香洲数科有限公司", "✔", "✔", "✔", "✔", "✔", "✔", "已取得，备案证明44040243011-24005", "国密SM4（身份证号、手机号）"],
                [2, "佛山禅城云分网络科技有限公司", "✔", "✔", "✔", "✔", "✔", "✔", "按等保三级标准设计开发", "国密算法加密"],
                [3, "惠州惠城信息技术有限公司", "✔", "✔", "✔", "✔", "✔", "✔", "已取得，备案证明44130243014-24003", "SM4（身份证号、手机号）"]):
        ws.append(row)
    ws2 = wb.create_sheet("价格及售后")
    for row in (["序号", "供应商", "报价", "计税", "免费维护期", "技术支持"],
                [1, "惠州惠城信息技术有限公司", "24.8万元", "不含税（增值税6%另计）", "12个月", "5×8（工作日）"],
                [2, "佛山禪城云分网络科技有限公司", "21.6万元", "含税", "终身维护", "7×24小时"],
                [3, "珠海香洲数科有限公司", "25.8万元", "含税（13%专票）", "12个月", "7×24"]):
        ws2.append(row)
    qs = load([("勾选表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"珠海香洲数科有限公司", "佛山禅城云分网络科技有限公司", "惠州惠城信息技术有限公司"}
    fs = got["佛山禅城云分网络科技有限公司"]
    assert fs.values["price_cny"] == 216_000 and fs.values["support_7x24"] is True
    assert fs.evidence["mlps_level3"][0] == "claimed"
    assert got["珠海香洲数科有限公司"].values["mlps_level3"] is True and got["珠海香洲数科有限公司"].values["price_cny"] == 258_000


def test_a_questionnaires_numbered_answers_copied_into_one_cell_are_read_by_their_numbers():
    """Numbered questions down column A ('1) 报价总额' … '7) 免费维护期及维护范围'), then one row per vendor whose answer cell
    holds all its answers numbered alike — on lines of their own, run together as '（1）…（2）…', or with a page footer and a
    wrapped line copied from the PDF. Each answer is read under its question; the numbers are no figures; a question a
    vendor skipped is unknown, never a no; a vendor whose cell says it did not take part is no quote."""
    text = "\r\n".join([
        "供应商问卷答复汇总（PDF复制）,,,",
        "一、问卷题目,,,",
        "题号及题目,填写要求,,",
        "1) 报价总额,请写明金额及单位,,", "2) 报价是否含税,,,", "3) 报价内包含的功能模块,,,", "4) 等保三级,,,", "5) 操作日志保存期限,,,",
        "6) 征信接口对接机构,,,", "7) 免费维护期及维护范围,,,",
        ",,,",
        "二、各供应商答复,,,",
        "序号,供应商,答复原文（题号对应第一部分）,我的备注",
        '1,厦门思明数科有限公司,"1) 29.8万元\n2) 含税（增值税13%专用发票）\n3) 企业征信、银行流水分析、\n电子合同、风控审批、还款管理、用户管理\n'
        '4) 已取得，备案证明35020343016-24004\n— 第 1 页 共 2 页 —\n5) 12个月\n6) 中国人民银行征信中心、百行征信\n7) 免费维护12个月，含小版本升级",材料最全',
        "2,泉州丰泽云贷科技有限公司,（1）27.6万元（2）含税（3）企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理（4）满足等保三级要求"
        "（5）长期保存（6）支持对接主流征信机构（7）终身维护,倾向",
        "3,莆田城厢网络科技有限公司,1) 13.8万 2) 含税 3) 企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理 4) 已取得，备案证明35030043008-23012 "
        "5) 3个月 7) 免费维护6个月，仅修复缺陷,第6题没答",
        "4,三明梅列数据服务有限公司,（未回传问卷。11-28电话告知：本次不参与报价）,放弃",
    ])
    qs = load([("问卷汇总.csv", text.encode("gb18030"))])
    got = _by_vendor(qs)
    assert set(got) == {"厦门思明数科有限公司", "泉州丰泽云贷科技有限公司", "莆田城厢网络科技有限公司"}
    xm, qz, pt = got["厦门思明数科有限公司"], got["泉州丰泽云贷科技有限公司"], got["莆田城厢网络科技有限公司"]
    assert xm.values["price_cny"] == 298_000 and xm.values["audit_log_months"] == 12 and xm.values["mlps_level3"] is True
    assert "contract_management" in xm.values["features"] and xm.values["licensed_credit_bureau"] is True
    assert xm.sources["audit_log_months"][0].cell == "C14"
    assert qz.values["price_cny"] == 276_000 and qz.evidence["mlps_level3"][0] == "claimed"
    assert pt.values["price_cny"] == 138_000 and pt.values["audit_log_months"] == 3 and pt.values["free_maintenance_months"] == 6
    assert pt.values["licensed_credit_bureau"] is None  # question 6 skipped: unknown, never a no
    assert any(n.reason == "note.numbered_answers" for n in qs.notes)


def test_a_mail_thread_pasted_into_each_vendors_cell_is_read_newest_first_and_only_the_vendors_mails():
    """Each vendor's whole Foxmail thread pasted into one cell, the newest message on top, the buyer's own mails inside
    ('我们要求7×24小时…写入合同' is his, not the vendor's): the vendor's latest word governs — '合计优惠至29.8万元（含税）' over
    the 30.8万 of line items before it, '28.5万元为不含税价，增值税按6%另开专票' makes the same 28.5万 tax-exclusive at 6 %, a
    later mail correcting an option's price ('应为3.6万元（含税），不是2.6万元') is that option's price, a mail declining is no
    quote; the buyer's summary column (jotted at the first quote) is no price."""
    def thread(*mails):
        return "\n\n------------------ 原始邮件 ------------------\n".join(
            f"发件人：{who}\n发送时间：{when}\n收件人：x\n主题：{subj}\n\n{body}" for who, when, subj, body in mails)
    buyer = "孙立伟 <sunliwei@nbysxd.com>"
    ask = (buyer, "2025年11月24日(星期一) 上午8:50", "商户经营贷系统源码询价", "各位好：请报价。我司要求：等保三级、国密SM4、7×24小时技术支持。\n孙立伟")
    wz = "王磊 <wanglei@wzlucheng.com>"
    wenzhou = thread((wz, "2025年12月2日(星期二) 下午2:36", "回复：回复：询价", "孙经理您好：\n经公司内部审批，合计优惠至29.8万元（含税），其余条款均不变。\n王磊"),
                     (buyer, "2025年12月1日(星期一) 上午9:12", "回复：询价", "王经理：\n贵司报价30.8万略高，能否再优惠一些？\n孙立伟"),
                     (wz, "2025年11月27日(星期四) 下午4:05", "回复：询价", "孙经理您好，我司报价如下：\n1. 源码授权费 24.6万元\n2. 部署实施费 4.2万元\n"
                      "3. 培训费 2.0万元\n合计 30.8万元（含税，13%增值税专票）\n功能模块：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理\n"
                      "传输：全站HTTPS（TLS1.2）；权限：RBAC角色权限；操作日志保存12个月\n王磊"), ask)
    zm = "赵敏 <zhaomin@sxyuecheng.com>"
    shaoxing = thread((zm, "2025年12月1日(星期一) 下午4:18", "回复：回复：询价", "孙经理：\n补充说明一下，我司报价28.5万元为不含税价，增值税按6%另开专票。\n赵敏"),
                      (buyer, "2025年11月30日(星期日) 晚上8:03", "回复：询价", "赵经理：28.5万是否含税？\n孙立伟"),
                      (zm, "2025年11月27日(星期四) 上午11:40", "回复：询价", "孙经理您好，我司报价28.5万元。\n技术支持：5×8（工作日）\n赵敏"), ask)
    cj = "陈静 <chenjing@hzwuxing-rk.com>"
    huzhou = thread((cj, "2025年12月2日(星期二) 上午9:30", "回复：回复：询价",
                     "孙经理：\n更正一下，11月28日邮件中银行流水分析模块的价格写错了，应为3.6万元（含税），不是2.6万元。其余内容不变，抱歉。\n陈静"),
                    (cj, "2025年11月28日(星期五) 上午10:05", "回复：询价", "孙经理您好，报价如下：\n系统报价27.6万元（含税）。\n"
                     "功能：企业征信、电子合同、风控审批、还款计划、用户管理。银行流水分析为选配模块，另加2.6万元（含税），未含在27.6万内。\n陈静"), ask)
    ly = "刘洋 <liuyang@zsdinghai-tech.com>"
    zhoushan = thread((ly, "2025年11月29日(星期六) 上午9:02", "回复：询价", "孙经理您好：\n我司近期项目排期已满，本次不参与报价，敬请谅解。\n刘洋"), ask)
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["报价邮件汇总"], ["序号", "供应商", "邮件往来（最新的邮件在最上面）", "我的摘要（收到首封报价时记）"],
                [1, "温州鹿城数智科技有限公司", wenzhou, "30.8万含税，偏贵"], [2, "绍兴越城数科有限公司", shaoxing, "28.5万"],
                [3, "湖州吴兴融科信息技术有限公司", huzhou, "27.6万+流水2.6万=30.2万"], [4, "舟山定海科技有限公司", zhoushan, "不参与"]):
        ws.append(row)
    qs = load([("报价邮件汇总.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "merchant_loan")
    assert set(got) == {"温州鹿城数智科技有限公司", "绍兴越城数科有限公司", "湖州吴兴融科信息技术有限公司"}
    assert scored["温州鹿城数智科技有限公司"].scored_values["price_cny"] == 298_000
    assert got["温州鹿城数智科技有限公司"].values["access_control"] is True and got["温州鹿城数智科技有限公司"].values["audit_log_months"] == 12
    assert got["温州鹿城数智科技有限公司"].values["support_7x24"] is None  # the buyer's demand is no term of the vendor's
    assert got["温州鹿城数智科技有限公司"].sources["price_cny"][0].cell == "C3"
    assert scored["绍兴越城数科有限公司"].scored_values["price_cny"] == 302_100  # 28.5万 × 1.06
    assert scored["湖州吴兴融科信息技术有限公司"].scored_values["price_cny"] == 312_000  # 27.6万 + 3.6万


def test_a_price_split_over_a_software_row_and_a_service_row_is_their_sum():
    """One column per vendor, the price over two rows '软件费（源码授权）' and '服务费（部署实施、培训）' and no 合计: the price is
    their sum; '含在软件费内' adds nothing; a 服务费 with its own breakdown in brackets is counted once; '服务费（元/年）' is a
    yearly fee, no part of the price."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目", "南通崇川数科有限公司", "无锡梁溪云贷科技有限公司", "扬州广陵网络科技有限公司"],
                ["报价单编号/日期", "NTCC-BJ-20251118-07 / 2025-11-18", "LX2025-1120 / 2025-11-20", "YZGL-1119 / 2025-11-19"],
                ["软件费（源码授权）", "23.6万元", "22.8万元", "8.8万元"],
                ["服务费（部署实施、培训）", "4.2万元（部署实施2.8万＋培训1.4万）", "含在软件费内", "1.5万元"],
                ["计税", "含税（13%专票）", "含税", "含税"],
                ["维保服务费（元/年）", "28000", "24000", "按次收费"]):
        ws.append(row)
    qs = load([("报价对比.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "merchant_loan")
    assert scored["南通崇川数科有限公司"].scored_values["price_cny"] == 278_000
    assert scored["无锡梁溪云贷科技有限公司"].scored_values["price_cny"] == 228_000
    assert scored["扬州广陵网络科技有限公司"].scored_values["price_cny"] == 103_000  # the caution zone, not under 10万
    assert got["南通崇川数科有限公司"].values["annual_fee_after_warranty_cny"] == 28_000
    assert not [w for w in qs.warnings if w.params.get("text") == "含在软件费内"]


def test_question_headers_answered_with_a_tick_and_the_asked_detail():
    """Headers that are questions with the buyer's requirement in brackets ('是否取得等保三级？（需提供备案证明编号）'),
    answered '✓ 51070343015-24008' (the tick and the filing number asked for: a stated level 3), or, under '是否包含商品管理、
    分期计算器、订单跟踪？', module by module ('商品管理 ✓、分期计算器 ✓；订单跟踪为选配，另加2.2万元（不含税）': two included,
    the third an option at its price plus VAT beside a tax-inclusive price)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "供应商", "报价多少？（请写含税总价，单位万元）", "是否包含商品管理、分期计算器、订单跟踪？（需全部包含；选配的请写明价格）",
                 "是否取得等保三级？（需提供备案证明编号）"],
                [1, "绵阳涪城数科有限公司", "26.8（含税，13%专票）", "✓ 商品管理、分期计算器、订单跟踪", "✓ 51070343015-24008"],
                [2, "德阳旌阳软件有限公司", "23.2（含税）", "商品管理 ✓、分期计算器 ✓；订单跟踪为选配，另加2.2万元（不含税）", "✓ 51060043009-24012"],
                [3, "成都锦江云分科技有限公司", "19.9（含税）", "✓ 全部包含", "✓ 系统按等保三级要求设计，测评报告签约后提供"]):
        ws.append(row)
    qs = load([("答复汇总.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "consumer_installment")
    assert got["绵阳涪城数科有限公司"].values["mlps_level3"] is True
    assert got["绵阳涪城数科有限公司"].evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert got["成都锦江云分科技有限公司"].evidence["mlps_level3"][0] == "claimed"
    dy = scored["德阳旌阳软件有限公司"]
    assert dy.scored_values["price_cny"] == 256_860  # 23.2万 + 2.2万 × 1.13
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(dy.scored_values["features"])
    assert dy.price_build["options_added"][0]["feature"] == "order_tracking"


def test_a_csv_saved_with_a_continental_locale_reads_its_decimal_commas():
    """A CSV from a German-locale Excel: ';' between fields, '22,8' for 22.8 (万元), '26.000' for 26,000 (元/年), '1,5'
    hours, '另加2,4万元' inside a sentence; 'TLS1.2' stays as written. An average row under the vendors is no vendor.
    Said in a warning (warn.decimal_comma)."""
    text = "\r\n".join([
        "序号;供应商;报价（万元）;计税;功能模块;响应（小时）;维保期满年费（元/年）;HTTPS",
        "1;太原迎泽数科有限公司;22,8;含税（13%专票）;个人征信、风控模型、反欺诈模型、还款计划、风控审批、用户管理;1,5;26.000;是（TLS1.2）",
        "2;长治上党软件有限公司;19,6;含税;个人征信、反欺诈规则、还款计划、风控审批、用户管理；风控模型为选配，另加2,4万元（含税），未含在19,6万内;4;22.000;是",
        "3;晋城泽州网络科技有限公司;12,8;含税;个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理;次日;按次收费，每次5000元;是",
        ";平均（报价3家）;18,4;;;;;",
    ])
    qs = load([("比较表.csv", text.encode("utf-8-sig"))])
    got, scored = _by_vendor(qs), _scored(qs, "personal_credit")
    assert set(got) == {"太原迎泽数科有限公司", "长治上党软件有限公司", "晋城泽州网络科技有限公司"}
    ty = got["太原迎泽数科有限公司"]
    assert ty.values["price_cny"] == 228_000 and ty.values["response_hours"] == 1.5
    assert ty.values["annual_fee_after_warranty_cny"] == 26_000 and ty.values["tls"] is True
    assert scored["长治上党软件有限公司"].scored_values["price_cny"] == 220_000  # 19.6万 + 2.4万
    assert got["晋城泽州网络科技有限公司"].values["price_cny"] == 128_000
    assert any(w.code == "warn.decimal_comma" for w in qs.warnings)


def test_the_buyers_opinion_column_after_each_vendor_is_no_vendor():
    """One column per vendor, each followed by the buyer's own '↑意见' column ('比烟台贵2.8万', '业务员电话里说有证书'): the
    opinion columns are notes, never vendors, and their figures are no vendor's terms."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["比较项目", "青岛市南数科有限公司", "↑意见", "烟台芝罘云贷科技有限公司", "↑意见", "临沂兰山网络科技有限公司", "↑意见"],
                ["报价", "29.6万元", "比烟台贵2.8万", "26.8万元", "老板朋友介绍的，倾向这家", "8.5万元", "便宜得不正常"],
                ["免费维护期", "12个月", "", "终身维护", "问过能不能给到24个月", "6个月", ""],
                ["等保三级", "已取得，备案证明37020243018-24006", "", "满足等保三级要求", "业务员电话里说有证书", "已取得，备案证明37130043003-23009", ""]):
        ws.append(row)
    qs = load([("比价表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"青岛市南数科有限公司", "烟台芝罘云贷科技有限公司", "临沂兰山网络科技有限公司"}
    assert got["青岛市南数科有限公司"].values["price_cny"] == 296_000
    assert got["烟台芝罘云贷科技有限公司"].evidence["mlps_level3"][0] == "claimed"
    assert any(n.reason == "skip.notes_column" and "比烟台贵2.8万" in n.text for n in qs.notes)


def test_a_sheet_marked_void_is_not_read():
    """A workbook with the current comparison on one sheet and the first round kept on a sheet named '废弃-旧版' (its
    title '【已作废，勿用】…'): only the current sheet is read; the void sheet is listed (skip.void_sheet), its older prices
    and its vendor that withdrew later are no quotes. '—（11-28来函：退出本次报价）' declines."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "比价表V2"
    for row in (["序号", "供应商", "报价", "免费维护期"], [1, "遵义红花岗数科有限公司", "26.8万元（含税）", "12个月"],
                [2, "安顺西秀软件有限公司", "23.5万元（含税）", "12个月"], [3, "凯里苗岭数据服务有限公司", "—（11-28来函：退出本次报价）", "—"]):
        ws.append(row)
    old = wb.create_sheet("废弃-旧版")
    for row in (["【已作废，勿用】V1 首轮比价表（2025-11-20）"], ["序号", "供应商", "报价", "免费维护期"],
                [1, "遵义红花岗数科有限公司", "28.5万元（含税）", "6个月"], [2, "凯里苗岭数据服务有限公司", "19.8万元（含税）", "12个月"]):
        old.append(row)
    qs = load([("比价材料.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"遵义红花岗数科有限公司", "安顺西秀软件有限公司"}
    assert got["遵义红花岗数科有限公司"].values["price_cny"] == 268_000 and not got["遵义红花岗数科有限公司"].earlier
    assert any(s.reason == "skip.void_sheet" and s.sheet == "废弃-旧版" for s in qs.skipped)


def test_a_price_written_as_its_arithmetic_is_worked_out():
    """Prices left as the vendor wrote them ('源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）', '平台基础费6万元 +
    坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元', '0.8万/网点×12＋部署2.2万＝11.8万'): each is the sum of its terms (a
    unit price times its count), or the total written after '＝' — never the seats alone nor the first figure."""
    text = "\r\n".join([
        "序号,服务商,报价构成（对方原话）,计税,维保期满年费",
        "1,南昌红谷数科有限公司,源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）,含税（13%专票）,"
        "0.2万元/网点/年，12个网点合计2.4万元/年",
        '2,赣州章贡软件有限公司,"平台基础费6万元 + 坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元",含税,2.2万元/年',
        "3,上饶信州网络科技有限公司,0.8万/网点×12＋部署2.2万＝11.8万,含税,按次收费",
        "4,景德镇昌江信息技术有限公司,网点授权 1.45万元/网点 × 12 网点 ＋ 实施培训 2.6万元,不含税（增值税13%另计）,3.0万元/年",
    ])
    qs = load([("报价比较.csv", text.encode("gbk"))])
    got, scored = _by_vendor(qs), _scored(qs, "personal_credit")
    assert got["南昌红谷数科有限公司"].values["price_cny"] == 227_000
    assert got["南昌红谷数科有限公司"].values["annual_fee_after_warranty_cny"] == 24_000
    assert got["赣州章贡软件有限公司"].values["price_cny"] == 190_000
    assert got["上饶信州网络科技有限公司"].values["price_cny"] == 118_000
    assert scored["景德镇昌江信息技术有限公司"].scored_values["price_cny"] == 226_000  # (17.4万 + 2.6万) × 1.13


def test_a_remarks_row_named_after_a_vendor_is_that_vendors_remarks():
    """Vendors as columns; under the table one row per vendor labelled '备注：<vendor>' with the text in that vendor's
    column ('P11：日志保存3个月；P13：免费维护6个月；P20：仅授权使用…'): read as that vendor's remarks, for every fact they
    state; the labels are no vendors."""
    text = "\r\n".join([
        "序号,检查项,泉州鲤城数科有限公司,莆田城厢网络科技有限公司",
        "1,企业征信查询模块,Y,Y",
        "2,全站HTTPS,Y,Y",
        ",报价（万元）,29.6,9.8",
        ",备注：泉州鲤城数科有限公司,无P项。等保三级备案证明35050243012-24008；日志保存12个月；免费维护12个月含小版本升级。,",
        ",备注：莆田城厢网络科技有限公司,,P11：日志保存3个月；P13：免费维护6个月；P20：仅授权使用，授权绑定服务器，不交付源码。",
    ])
    qs = load([("核对清单.csv", text.encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"泉州鲤城数科有限公司", "莆田城厢网络科技有限公司"}
    pt = got["莆田城厢网络科技有限公司"]
    assert pt.values["audit_log_months"] == 3 and pt.values["free_maintenance_months"] == 6
    assert pt.values["source_code_delivery"] == "licence_only"
    assert got["泉州鲤城数科有限公司"].values["mlps_level3"] is True and got["泉州鲤城数科有限公司"].values["free_maintenance_months"] == 12


def test_a_deviation_table_reads_same_as_required_from_the_requirement_and_a_bare_meets_as_a_claim():
    """我方要求 | one column per vendor: '同要求' is the requirement's words, '同要求，备案证明…' those words and the detail,
    '偏离：…；其余同要求' the requirement with the deviation governing ('偏离：不含反欺诈模型；其余同要求' is the list without
    anti-fraud; '偏离：风控模型为选配，另加2.8万元（不含税）…；其余同要求' the risk model as an option), '偏离：…' the deviation
    alone, and a bare '满足' the requirement claimed, never stated."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "项目", "我方要求", "株洲荷塘数科有限公司", "湘潭雨湖云科技有限公司", "衡阳雁峰软件有限公司", "岳阳君山网络科技有限公司"],
                [1, "报价总价（万元）", "请直接填写含税总价", "23.6（含税）", "18.8（含税）", "20.5（含税）", "13.5（含税）"],
                [2, "必备功能模块", "个人征信（人行二代征信、百行征信）、风控模型（评分卡、决策引擎）、反欺诈模型", "同要求", "同要求",
                 "偏离：风控模型为选配，另加2.8万元（不含税），未含在20.5万内；其余同要求", "偏离：不含反欺诈模型；其余同要求"],
                [3, "等保三级", "已取得网络安全等级保护三级，须提供备案证明编号", "同要求，备案证明43020243015-24007", "满足",
                 "同要求，备案证明43040543011-24003", "同要求，备案证明43060043009-23012"],
                [4, "敏感数据加密", "身份证号、手机号、银行卡号采用国密SM4加密存储", "同要求", "满足", "同要求", "偏离：采用AES-256加密"],
                [5, "免费维护", "免费维护12个月，含缺陷修复及小版本升级", "同要求", "偏离：终身免费维护（优于要求）", "同要求",
                 "偏离：免费维护6个月，仅修复缺陷"]):
        ws.append(row)
    qs = load([("偏离表.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "personal_credit")
    zz, xt, hy, yy = (got[n] for n in ("株洲荷塘数科有限公司", "湘潭雨湖云科技有限公司", "衡阳雁峰软件有限公司", "岳阳君山网络科技有限公司"))
    assert zz.values["mlps_level3"] is True and zz.values["sm4_encryption"] is True and zz.values["free_maintenance_months"] == 12
    assert {"personal_credit_report", "risk_model", "anti_fraud"} <= set(zz.values["features"])
    assert xt.evidence["mlps_level3"][0] == "claimed" and xt.evidence["sm4_encryption"][0] == "claimed"
    assert scored["衡阳雁峰软件有限公司"].scored_values["price_cny"] == 236_640  # 20.5万 + 2.8万 × 1.13
    assert "anti_fraud" not in yy.values["features"] and yy.values["sm4_encryption"] is False
    assert yy.values["free_maintenance_months"] == 6 and yy.values["maintenance_includes_upgrades"] is False
    assert any(n.reason == "note.same_as_requirement" for n in qs.notes)


def test_each_vendors_quote_screenshot_pasted_as_ocr_text_into_one_cell_is_read():
    """A 服务商 column and a column '报价单识别文字（微信截图提取，原样粘贴）' holding each vendor's quote as text OCR'd from a
    screenshot, with the OCR's word slips ('等保三級', '國密', 'SM 4', '7x24', '12 个 月', '內'): read as that vendor's document,
    line by line; '…另加2.4万元（含税），未含在22.6万內' names the price again, no second item; a reply in Traditional
    characters declining ('本次暂不參与报价') is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "服务商", "报价单识别文字（微信截图提取，原样粘贴）", "备注"],
                [1, "昆明盘龙数科有限公司", "昆明盘龙数科有限公司 报价单\n报价：26.8万元（含税，13%专票）\n等保：已取得等保三級，备案证明53010243012-24005\n"
                 "加密：SM 4加密身份证号、手机号、银行卡号\n日志：操作日志保存12 个 月\n技术支持：7x24小时，1小时内响应", "材料齐"],
                [2, "曲靖麒麟软件有限公司", "曲靖麒麟软件有限公司\n一、报价：22.6万元（含税）\n二、功能：商品管理、分期计算器、风控审批、还款计划、用户管理\n"
                 "订单跟踪为选配模块，另加2.4万元（含税），未含在22.6万內\n四、SM 4：身份证号、手机号", "要另加钱"],
                [3, "楚雄鹿城科技有限公司", "李总您好，我司近期项目排滿，本次暂不參与报价，抱歉。——楚雄鹿城科技 小杨", "不报"]):
        ws.append(row)
    qs = load([("截图识别.xlsx", _saved(wb))])
    got, scored = _by_vendor(qs), _scored(qs, "consumer_installment")
    assert set(got) == {"昆明盘龙数科有限公司", "曲靖麒麟软件有限公司"}
    km = got["昆明盘龙数科有限公司"]
    assert km.values["price_cny"] == 268_000 and km.values["mlps_level3"] is True and km.values["sm4_encryption"] is True
    assert km.values["audit_log_months"] == 12 and km.values["support_7x24"] is True and km.values["response_hours"] == 1
    assert got["曲靖麒麟软件有限公司"].values["sm4_encryption"] is True
    assert scored["曲靖麒麟软件有限公司"].scored_values["price_cny"] == 250_000  # 22.6万 + 2.4万


def test_a_response_twice_as_slow_as_required_costs_more_than_a_small_saving():
    """Two quotes alike but for price and response: 26.8万 with '7×24，1小时内响应' against 25.7万 (a must-have option
    included) with '7×24，4小时内响应'. Twice the two hours the article asks for is a real cost (each doubling weighs the
    same, down to 0.3 for the next day), so the prompt vendor ranks first — as the analysts of zw_03 and zy_03 read it."""
    head = ["序号", "供应商", "报价", "功能模块", "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "免费维护期",
            "维护范围", "监管政策适配", "技术支持", "终身技术咨询", "写入合同", "维保期满年费", "源码交付"]
    same = ["已取得，备案证明51070343015-24008", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
            "百行征信、朴道征信", "12个月", "缺陷修复及小版本升级", "免费适配", None, "提供", "全部写入合同", "2.5万元/年", "完整源码，无加密"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for k, (name, price, support) in enumerate((("绵阳涪城数科有限公司", "26.8万元（含税）", "7×24，1小时内响应"),
                                                ("德阳旌阳软件有限公司", "25.7万元（含税）", "7×24，4小时内响应"))):
        row = [k + 1, name, price, "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理"] + same
        row[head.index("技术支持")] = support
        ws.append(row)
    ranked = score(load([("对比.xlsx", _saved(wb))]), Profile.default("consumer_installment")).vendors
    assert [r.quote.vendor for r in ranked] == ["绵阳涪城数科有限公司", "德阳旌阳软件有限公司"]
    assert ranked[1].utilities["response_hours"] < 0.85


def test_a_checklist_of_y_n_p_codes_reads_each_code_with_its_item_and_the_remarks():
    """Items down the left, a column of codes per vendor (Y=满足, P=部分满足（见备注）, N=不满足), remarks rows under it: a Y
    under '维护含缺陷修复及小版本升级' is a yes and an N a no; a P is no yes (a must-have marked P is not in the price, and the
    remark's '另加3.2万元（不含税）' prices it, VAT added); a Y under '操作日志保存≥6个月' yields to the remark's '日志保存12个月'."""
    text = "\r\n".join([
        "说明：图例：Y=满足（已见书面材料）；P=部分满足（见备注）；N=不满足。,,",
        "序号,检查项,泉州鲤城数科有限公司,漳州芗城软件有限公司,莆田城厢网络科技有限公司",
        "1,企业征信查询模块,Y,Y,Y", "2,银行流水分析模块,Y,Y,Y", "3,电子合同（合同管理）模块,Y,P,Y",
        "4,操作日志保存≥6个月，异常行为可追溯,Y,Y,P",
        "5,维护含缺陷修复及小版本升级,Y,P,N",
        ",报价（万元）,29.6,27.0,9.8", ",计税,含税,含税,含税",
        ",备注：泉州鲤城数科有限公司,无P项。日志保存12个月。,,",
        ",备注：漳州芗城软件有限公司,,P3：电子合同为选配模块，另加3.2万元（不含税），未含在27.0万内；P5：免费维护期内只修复缺陷，小版本升级另行收费。,",
        ",备注：莆田城厢网络科技有限公司,,,P4：日志保存3个月。",
    ])
    qs = load([("核对清单.csv", text.encode("gbk"))])
    got, scored = _by_vendor(qs), _scored(qs, "merchant_loan")
    ql, zz, pt = got["泉州鲤城数科有限公司"], got["漳州芗城软件有限公司"], got["莆田城厢网络科技有限公司"]
    assert ql.values["audit_log_months"] == 12 and ql.values["maintenance_includes_upgrades"] is True
    assert pt.values["maintenance_includes_upgrades"] is False and pt.values["audit_log_months"] == 3
    assert zz.values["maintenance_includes_upgrades"] is False
    assert scored["漳州芗城软件有限公司"].scored_values["price_cny"] == 306_160  # 27.0万 + 3.2万 × 1.13


def test_two_sheets_of_one_quote_join_when_the_second_names_the_vendors_short():
    """商务部分 with full names and 技术部分 with short names ('镜湖数科' of 芜湖镜湖数科有限公司) in another order: one quote
    per vendor, the short name joined to the one full name that holds it — never a second set of vendors."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "商务部分"
    for row in (["序号", "供应商", "报价", "免费维护期"], [1, "芜湖镜湖数科有限公司", "22.8万元（含税）", "12个月"],
                [2, "蚌埠龙子湖云贷科技有限公司", "19.6万元（含税）", "终身维护"], [3, "六安金安网络科技有限公司", "12.8万元（含税）", "6个月"]):
        ws.append(row)
    ws2 = wb.create_sheet("技术部分")
    for row in (["序号", "供应商", "等保三级", "敏感数据加密"], [3, "金安网络", "已取得，备案证明34150043002-23011", "AES-128"],
                [1, "镜湖数科", "已取得，备案证明34020243017-24006", "国密SM4（身份证号、手机号）"],
                [2, "龙子湖云", "按等保三级标准设计", "国密算法"]):
        ws2.append(row)
    qs = load([("比选.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"芜湖镜湖数科有限公司", "蚌埠龙子湖云贷科技有限公司", "六安金安网络科技有限公司"}
    jh = got["芜湖镜湖数科有限公司"]
    assert jh.values["price_cny"] == 228_000 and jh.values["mlps_level3"] is True and jh.values["sm4_encryption"] is True
    assert got["六安金安网络科技有限公司"].values["sm4_encryption"] is False
    assert got["蚌埠龙子湖云贷科技有限公司"].evidence["mlps_level3"][0] == "claimed"


def test_a_follow_up_log_with_a_column_per_day_reads_the_latest_word_on_each_topic():
    """One row per vendor, one column per day of contact ('11-20 | 11-25 | 12-01') with what the vendor wrote that day,
    each led by the channel it came by ('邮件报价：', '微信：'): read as the messages they are, the latest day governing on any topic said twice ('等保三级测评中' on 11-20, '等保三级已
    取得，备案证明…' on 11-25; '免费维护6个月' then '免费维护12个月'); the buyer's column and the lines around the table are
    listed, and a vendor whose latest word declines is no quote."""
    text = "\r\n".join([
        "询价跟进表（业务部 黄志远，2025-12-03）,,,,",
        "服务商,11-20,11-25,12-01,备注",
        "柳州城中数科有限公司,邮件报价：合计31.8万元（含税），含企业征信查询、银行流水分析、电子合同、还款管理；维保期满后年费2.8万元/年。"
        "等保三级测评中，预计12月取得。免费维护6个月。,微信：等保三级已取得，备案证明45020243010-24004；身份证号、手机号SM4加密存储；"
        "操作日志保存12个月。,邮件最终报价：优惠后合计29.8万元（含税），模块不变。免费维护12个月，含缺陷修复和小版本升级；7×24小时技术支持，"
        "2小时内响应。,材料齐全",
        "梧州万秀网络科技有限公司,微信报价：14.5万元（含税），企业征信、银行流水分析都有。等保三级备案证明45040043003-23015；数据加密：AES。,"
        "日志保存3个月。,微信：最低13.6万元（含税）。免费维护6个月，只修bug；工作日支持，次日响应。,便宜",
        "钦州钦南数据服务有限公司,已收到询价函，一周内报价。,项目排期已满，本次不参与报价。,,退出",
        ",,,,",
        "结论（黄志远）：柳州城中材料齐全，建议优先；钦州钦南退出。,,,,",
    ])
    qs = load([("跟进表.csv", text.encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"柳州城中数科有限公司", "梧州万秀网络科技有限公司"}
    lz, wz = got["柳州城中数科有限公司"], got["梧州万秀网络科技有限公司"]
    assert lz.values["mlps_level3"] is True and lz.values["sm4_encryption"] is True and lz.values["audit_log_months"] == 12
    assert lz.values["free_maintenance_months"] == 12 and lz.values["support_7x24"] is True and lz.values["price_cny"] == 298_000
    # the channel's lead ('邮件报价：') is no term of its own: the price and the modules after it are read, the fee too
    assert {"enterprise_credit", "cashflow_analysis", "contract_management", "repayment_management"} <= set(lz.values["features"])
    assert lz.values["annual_fee_after_warranty_cny"] == 28_000
    assert {"enterprise_credit", "cashflow_analysis"} <= set(wz.values["features"])
    assert wz.values["sm4_encryption"] is False and wz.values["audit_log_months"] == 3 and wz.values["price_cny"] == 136_000
    assert any(n.reason == "skip.notes_column" and "材料齐全" in n.text for n in qs.notes)


def test_a_summary_sorted_into_verdict_buckets_reads_each_vendor_by_the_bucket_it_sits_in():
    """A board summary with no row or column per vendor: a row per topic, a column per verdict (符合 | 部分满足/另收费 |
    不符合 | 待核实), each cell naming the vendors by the short names a key above the table gives, their words in brackets.
    A vendor under 符合 with a filing number has that level, stated; one under 待核实 only claims; one under 不符合 keeps
    the words it is filed with ('7×24，但4小时响应' is 7×24 and 4 hours); the header's '≥6个月' and '2小时内' are no vendor's
    figures; a must-have
    under 部分满足 at a tax-exclusive price is added with VAT; the vendor the key says withdrew is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["汕头金平小额贷款有限公司 系统选型结论汇总（供评审会）"],
                ["入围单位（下表用简称）：1. 潮州湘桥数科有限公司（湘桥）；2. 揭阳榕城软件有限公司（榕城）；3. 梅州梅江网络科技有限公司（梅江）；"
                 "4. 汕尾城区信息技术有限公司（城区，12-02来函放弃）"],
                ["评审项", "符合（有书面材料）", "部分满足/另收费", "不符合", "待核实（口头或笼统说法，括号内为原话）"],
                ["报价", "湘桥 26.8万元（含税）；榕城 23.5万元（含税，不含选配）；梅江 21.0万元（含税）", None, None, None],
                ["必备模块：商品管理、分期计算器、订单跟踪", "湘桥、梅江", "榕城（订单跟踪为选配，另加2.0万元（不含税））", None, None],
                ["等保三级", "湘桥（备案证明44050243007-24010）、榕城（备案证明44520243002-24001）", None, None,
                 "梅江（“完全按照等保三级要求建设”）"],
                ["操作日志保存≥6个月", "湘桥（12个月）、榕城（12个月）", None, None, "梅江（“日志长期保存”）"],
                ["7×24小时支持，2小时内响应", "湘桥（7×24，1小时内响应）", None, "榕城（7×24，但4小时响应）", "梅江"],
                [None],
                ["评审组意见：领导倾向梅江（价格最低），但资质未见书面材料。"]):
        ws.append(row)
    qs = load([("结论汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"潮州湘桥数科有限公司", "揭阳榕城软件有限公司", "梅州梅江网络科技有限公司"}
    xq, rc, mj = got["潮州湘桥数科有限公司"], got["揭阳榕城软件有限公司"], got["梅州梅江网络科技有限公司"]
    assert xq.values["mlps_level3"] is True and "mlps_level3" not in xq.evidence and xq.values["audit_log_months"] == 12
    assert xq.values["price_cny"] == 268_000 and xq.values["response_hours"] == 1
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(xq.values["features"])
    assert mj.evidence["mlps_level3"][0] == "claimed" and mj.evidence["audit_log_months"][0] == "claimed"
    assert rc.values["response_hours"] == 4 and rc.values["support_7x24"] is True
    assert _scored(qs, "consumer_installment")["揭阳榕城软件有限公司"].scored_values["price_cny"] == 257_600  # 23.5万 + 2.0万 × 1.13
    assert any(s.reason == "skip.declined" or "汕尾城区" in s.text for s in qs.skipped + qs.notes)
    assert any("评审组意见" in n.text for n in qs.notes)
    assert any(n.reason == "note.verdict_buckets" and "湘桥 = 潮州湘桥数科有限公司" in n.text for n in qs.notes)


def test_a_remark_numbering_its_clauses_by_checklist_item_reads_each_clause_without_the_item_number():
    """A reviewer's remark walking a checklist item by item ('P11：日志“长期保存”，未写期限；P12：…'): the item numbers are
    no figures — the vague '长期保存' is still the log period claimed, and 'P14：“终身免费维护”' a claim, no 14 months."""
    text = "\r\n".join([
        "供应商,报价,备注",
        "漳州芗城云科技有限公司,24.6万元（含税）,P7：应答写“系统按等保三级标准建设，可协助测评”，未提供备案证明；P11：日志“长期保存”，"
        "未写期限；P12：“可对接各大征信机构”，未写明机构；P13、P14：“终身免费维护”，未写期限和范围",
        "龙岩新罗数科有限公司,25.2万元（含税）,P7：等保三级备案证明35080243006-24002；P11：日志保存12个月；P12：对接百行征信",
    ])
    got = _by_vendor(load([("检查表备注.csv", text.encode("utf-8"))]))
    zz, ly = got["漳州芗城云科技有限公司"], got["龙岩新罗数科有限公司"]
    assert zz.evidence["audit_log_months"][0] == "claimed" and zz.values["audit_log_months"] == 6
    assert zz.evidence["mlps_level3"][0] == "claimed" and zz.evidence["licensed_credit_bureau"][0] == "claimed"
    assert zz.evidence["free_maintenance_months"][0] == "claimed" and zz.values["free_maintenance_months"] != 14  # not 'P14'
    assert ly.values["audit_log_months"] == 12 and ly.values["mlps_level3"] is True and ly.values["licensed_credit_bureau"] is True


def test_an_export_of_attribute_codes_reads_each_code_by_the_table_under_it():
    """A purchasing system's export, one row per vendor and attribute code ('F05 | 12'), the codes' names and units only
    in the table printed under the data: each code is read as its name, a bare number in the code's unit ('12' under 月 is
    12 months, '2' under 小时 two hours, '258000' under 元 the price), a value with words of its own as written ('26.8万
    （含税）' under 元 is 268,000, never 26.8 yuan); the buyer's own code ('内部使用') is listed, never the vendor's word."""
    rows = [["单据编号", "RFQ-2025-1130"], [],
            ["序号", "供应商名称", "字段编码", "字段值", "行备注"]]
    answers = {"丹东振兴数科有限公司": ["258000", "已取得，备案证明21060243002-24005", "12", "12", "2", "领导关注：等保证书齐全"],
               "锦州古塔软件有限公司": ["26.8万（含税）", "符合等保三级要求", "3", "6", "4", "等保说没问题，待核"]}
    n = 0
    for vendor, vals in answers.items():
        for code, v in zip(["F01", "F02", "F03", "F04", "F05", "F99"], vals):
            n += 1
            rows.append([n, vendor, code, v, None])
    rows += [[], ["字段编码", "字段名称", "单位", "说明"],
             ["F01", "报价金额（含税）", "元", ""], ["F02", "等保三级", "", "请填备案证明编号"],
             ["F03", "操作日志保存期", "月", "填数字"], ["F04", "免费维护期", "月", "填数字"],
             ["F05", "响应时间", "小时", "填数字"], ["F99", "采购员评语", "", "内部使用，供应商不可见"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    qs = load([("询价单导出.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"丹东振兴数科有限公司", "锦州古塔软件有限公司"}
    dd, jz = got["丹东振兴数科有限公司"], got["锦州古塔软件有限公司"]
    assert dd.values["price_cny"] == 258_000 and jz.values["price_cny"] == 268_000
    assert dd.values["audit_log_months"] == 12 and dd.values["free_maintenance_months"] == 12 and dd.values["response_hours"] == 2
    assert jz.values["audit_log_months"] == 3 and jz.values["response_hours"] == 4
    assert dd.values["mlps_level3"] is True and jz.evidence["mlps_level3"][0] == "claimed"
    assert sum(n.reason == "skip.buyer_note" for n in qs.notes) == 2
    assert any(n.reason == "note.attribute_codes" and "F03 = 操作日志保存期" in n.text for n in qs.notes)


def test_a_summary_copying_each_vendors_own_sheet_is_no_second_quote_and_the_vendors_remarks_are_read():
    """A workbook of one answer sheet per vendor (序号 | 项目 | 贵司应答 | 补充说明, named by the short name) behind a 汇总
    sheet whose rows copy them (by formulas: only the 贵司应答 column comes through). Each vendor is read once, from its
    own sheet, its 补充说明 with the answer beside it ('已取得' | '备案证明等资质材料签约后提供' is a claim, which the summary
    hides); the summary's rows are listed as copies; a remark beside a figure ('6%' | '技术服务') leaves the figure be."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["简称", "供应商名称", "报价（元）", "等保三级", "初评"])
    ws.append(["白山科技", "白山浑江科技有限公司", 236000, "已取得", "价格低，推荐"])
    ws.append(["通化数科", "通化东昌数科有限公司", 248000, "已取得，备案证明22050243001-24003", "材料齐"])
    forms = {"白山科技": ("白山浑江科技有限公司", [("报价（元）", 236000, ""), ("是否含税", "否", ""), ("税率", "6%", "技术服务"),
                                                ("等保三级（请填备案证明编号）", "已取得", "备案证明等资质材料签约后提供"),
                                                ("操作日志保存期", "12个月", "异常操作可追溯")]),
             "通化数科": ("通化东昌数科有限公司", [("报价（元）", 248000, ""), ("是否含税", "含税", ""),
                                               ("等保三级（请填备案证明编号）", "已取得，备案证明22050243001-24003", "扫描件附后"),
                                               ("操作日志保存期", "12个月", "")])}
    for sheet, (full, items) in forms.items():
        s = wb.create_sheet(sheet)
        s.append(["询价应答表（请在“贵司应答”列填写，补充内容写在“补充说明”列）"])
        s.append(["供应商名称（盖章）", None, full])
        s.append(["序号", "项目", "贵司应答", "补充说明"])
        for i, (item, answer, remark) in enumerate(items, 1):
            s.append([i, item, answer, remark or None])
    qs = load([("比价汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"白山浑江科技有限公司", "通化东昌数科有限公司"}
    bs, th = got["白山浑江科技有限公司"], got["通化东昌数科有限公司"]
    assert bs.evidence["mlps_level3"][0] == "claimed" and th.values["mlps_level3"] is True and "mlps_level3" not in th.evidence
    assert bs.values["audit_log_months"] == 12
    assert _scored(qs, "personal_credit")["白山浑江科技有限公司"].scored_values["price_cny"] == 250_160  # 236,000 × 1.06
    assert sum(s.reason == "skip.summary_of_sheets" for s in qs.skipped) == 2


def test_detail_rows_grouped_under_each_vendors_summary_row_are_that_vendors_items():
    """A summary row per vendor (序号 | 供应商 | 报价 | 计税) with its detail rows under it (明细项 | 原文摘录), grouped and
    collapsed as an Excel outline, the buyer's 审核意见 beside: each detail row is that vendor's item, read in its own
    words; '含税（订单跟踪另计）' is a tax-inclusive price with an option beside it, no tax to add; the buyer's column is
    listed, never the vendor's word ('证书还没下来' is no answer)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "供应商", "报价", "计税", "明细项", "原文摘录", "审核意见"])
    details = {
        "克拉玛依独山子软件有限公司": ("23.6w", "含税", [("功能模块", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理"),
                                                ("等保三级", "已取得，备案证明65020243005-24011"), ("日志保存", "保存一年，可追溯"),
                                                ("售后服务", "免费维护一年，含小版本升级；7×24小时，2小时内响应")], "材料齐"),
        "博乐阿拉山口数科有限公司": ("21.9w", "含税（订单跟踪另计）", [("功能模块", "商品管理、分期计算器、还款管理、风控审批、用户管理；订单跟踪模块另购，另加1.5w（不含税）"),
                                                       ("等保三级", "三级测评中，预计明年3月取得备案证明"), ("日志保存", "6个月"),
                                                       ("售后服务", "免费维护半年，只修bug")], "证书还没下来"),
    }
    for i, (vendor, (price, tax, items, opinion)) in enumerate(details.items(), 1):
        ws.append([i, vendor, price, tax, None, None, opinion])
        for item, words in items:
            ws.append([None, None, None, None, item, words, None])
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 2).value is None:
            ws.row_dimensions[r].outlineLevel = 1
            ws.row_dimensions[r].hidden = True
    qs = load([("比选汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"克拉玛依独山子软件有限公司", "博乐阿拉山口数科有限公司"}
    ds, bl = got["克拉玛依独山子软件有限公司"], got["博乐阿拉山口数科有限公司"]
    assert ds.values["price_cny"] == 236_000 and ds.values["mlps_level3"] is True and ds.values["audit_log_months"] == 12
    assert ds.values["free_maintenance_months"] == 12 and ds.values["response_hours"] == 2
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(ds.values["features"])
    assert bl.values["mlps_level3"] is False and bl.values["audit_log_months"] == 6 and bl.values["free_maintenance_months"] == 6
    assert _scored(qs, "consumer_installment")["博乐阿拉山口数科有限公司"].scored_values["price_cny"] == 235_950  # 21.9w + 1.5w × 1.13
    assert any(n.reason == "skip.notes_column" and "证书还没下来" in n.text for n in qs.notes)


def test_an_approval_export_one_row_per_line_item_with_its_fields_repeated_reads_one_quote_per_approval():
    """An approval system's export '按明细展开': one row per line item, the approval's fields and the vendor's whole
    报价说明 written again on every line. Each approval is one quote: its lines summed (a '优惠 | -10000.00' line taken off,
    a '每年' line the yearly fee, never added), a '赠送' line at 0 a module given away, a '需另购' line with no amount a module
    offered at a price not given; the modules in the licence line's brackets are its list; the approval's opinion is the
    buyer's, listed, never the vendor's word."""
    head = ["审批单号", "审批状态", "审批意见", "供应商", "报价说明（供应商原文）", "行号", "费用名称", "费用性质", "金额（元）", "计税", "备注"]
    a = ["SP-1101", "已通过", "同意：证书已核原件", "鸡西鸡冠数科有限公司",
         "以上均为含税价。等保三级已取得，备案证明23030243001-24002；身份证号、手机号SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信。"
         "免费维护12个月，含小版本升级；7×24小时，1小时内响应；以上写入合同；完整源码交付。"]
    b = ["SP-1102", "已驳回", "驳回：等保证明没给，但王总说没问题", "双鸭山尖山软件有限公司",
         "含税。系统符合等保三级要求；国密算法加密；HTTPS；日志长期保存。终身免费维护，7×24小时服务。提供源码。"]
    rows = [head,
            a + [1, "系统源码授权（企业征信、银行流水分析、风控审批、还款管理、用户管理）", "一次性", "220000.00", "含税", None],
            a + [2, "电子合同模块", "一次性", "30000.00", "含税", None],
            a + [3, "部署实施", "一次性", "25000.00", "含税", None],
            a + [4, "商务优惠", "优惠", "-10000.00", "含税", "书面确认"],
            a + [5, "维保期满后年服务费", "每年", "26000.00", "含税", "第二年起"],
            b + [1, "系统源码授权（企业征信、银行流水分析、风控审批、还款管理、用户管理）", "一次性", "215000.00", "含税", None],
            b + [2, "区块链存证模块", "赠送", "0.00", "含税", "赠送"],
            b + [3, "电子合同模块", "需另购", None, None, "需另购第三方电子签章服务，价格另议"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("审批导出.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"鸡西鸡冠数科有限公司", "双鸭山尖山软件有限公司"}
    jx, sy = got["鸡西鸡冠数科有限公司"], got["双鸭山尖山软件有限公司"]
    assert jx.values["price_cny"] == 265_000 and jx.values["annual_fee_after_warranty_cny"] == 26_000
    assert {"enterprise_credit", "cashflow_analysis", "contract_management", "risk_approval"} <= set(jx.values["features"])
    assert jx.values["mlps_level3"] is True and jx.values["response_hours"] == 1
    assert sy.values["price_cny"] == 215_000 and "blockchain_evidence" in sy.values["features"]
    assert "contract_management" not in sy.values["features"] and sy.evidence["mlps_level3"][0] == "claimed"
    scored = _scored(qs, "merchant_loan")
    assert scored["鸡西鸡冠数科有限公司"].gate == "pass" and scored["双鸭山尖山软件有限公司"].gate == "unverified"
    assert any(n.reason == "skip.notes_column" and "王总说没问题" in n.text for n in qs.notes + qs.skipped)


def test_a_brochure_of_vendor_cards_side_by_side_reads_each_card_as_its_vendors_words():
    """A board brochure (彩页): per printed page two vendor cards side by side — a heading '① 公司全称', a price strip, one
    paragraph of the vendor's own sentences under section heads ('功能模块：…', '服务保障：…', '交付：…'), the clerk's 点评
    line — and a page footer. Each card is its vendor's quote, never its neighbour's; the sentences are read for what they
    state ('免费维护一年' is 12 months, '提供源码（核心引擎加密）' partial source); the 点评 lines and footers are the clerk's,
    listed; a card whose price is '—' and whose words decline is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    cards = [
        ("① 四平铁西数科有限公司", "报价：23.8万元（含税）",
         "铁西“信易贷”个人信用贷系统。功能模块：个人征信查询、风控模型、反欺诈模型、还款管理、审批流、用户管理。安全合规：已取得等保三级，"
         "备案证明22030243006-24008；身份证号、手机号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存一年。服务保障：免费维护一年，含小版本升级；"
         "7×24小时技术支持，2小时内响应；以上写入合同。交付：完整源代码，无加密。", "点评：材料齐全。"),
        ("② 辽源龙山软件有限公司", "报价：19.6万元（含税）",
         "【龙山信贷·至尊版】买断终身用！功能模块：个人征信查询、AI风控、还款管理、审批流、用户管理；另赠送区块链存证、元宇宙营销两大模块。"
         "安全合规：系统按等保三级标准设计，符合等保三级要求；数据采用国密算法加密；全站HTTPS。服务保障：终身免费维护！7×24小时服务。"
         "交付：提供源码（核心风控引擎加密）。", "点评：老板喜欢，送得多，但证书没给。"),
        ("③ 白山浑江网络科技有限公司", "报价：—", "来函：我司本次不参与报价，感谢邀请。", "点评：已放弃。"),
    ]
    r = 1
    for page in (cards[:2], cards[2:]):
        for k in range(4):
            ws.cell(r + k, 1, page[0][k])
            if len(page) > 1:
                ws.cell(r + k, 6, page[1][k])
        ws.cell(r + 4, 1, "— 第 1 页 / 共 2 页 —" if r == 1 else "— 第 2 页 / 共 2 页 —")
        r += 6
    qs = load([("方案彩页.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"四平铁西数科有限公司", "辽源龙山软件有限公司"}
    tx, ls = got["四平铁西数科有限公司"], got["辽源龙山软件有限公司"]
    assert tx.values["price_cny"] == 238_000 and tx.values["mlps_level3"] is True and tx.values["audit_log_months"] == 12
    assert tx.values["free_maintenance_months"] == 12 and tx.values["source_code_delivery"] == "full"
    assert {"personal_credit_report", "risk_model", "repayment_management"} <= set(tx.values["features"])
    assert ls.values["price_cny"] == 196_000 and ls.evidence["mlps_level3"][0] == "claimed"
    assert ls.values["source_code_delivery"] == "partial" and "blockchain_evidence" in ls.values["features"]
    assert ls.evidence["free_maintenance_months"][0] == "claimed"
    assert any("老板喜欢" in n.text for n in qs.notes) and any("第 1 页" in n.text for n in qs.notes)


def test_an_english_rfq_tracker_with_question_coded_headers_reads_the_consultation_question():
    """A parent company's English RFQ tracker, one row per Chinese vendor under question-coded headers ('Q13. Lifetime
    technical consultation'), answered partly in Chinese: 'Yes, lifetime' and '不提供' answer the consultation question;
    'RMB 0.268m incl. 13% VAT' and '24.6 wan 含税' are prices; head office's SGD equivalent is no price."""
    rows = [["#", "Vendor (legal name / 公司全称)", "Q1. Total one-off price (CNY) – state VAT treatment",
             "Q13. Lifetime technical consultation", "Q8. Operation log retention", "HQ ref: SGD equiv. of Q1 (auto)"],
            [1, "三沙永兴数科有限公司", "RMB 0.268m incl. 13% VAT", "Yes, lifetime", "12 months", "SGD 49,174"],
            [2, "儋州那大软件有限公司", "24.6 wan 含税", "不提供", "半年", "SGD 45,138"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    got = _by_vendor(load([("rfq_tracker.csv", buf.getvalue().encode("utf-8"))]))
    ys, nd = got["三沙永兴数科有限公司"], got["儋州那大软件有限公司"]
    assert ys.values["lifetime_consulting"] is True and nd.values["lifetime_consulting"] is False
    assert ys.values["price_cny"] == 268_000 and nd.values["price_cny"] == 246_000
    assert ys.values["audit_log_months"] == 12 and nd.values["audit_log_months"] == 6


def test_a_letter_drafted_a_paragraph_per_vendor_reads_only_the_vendors_quoted_words():
    """A result notice drafted in Excel, a paragraph a row, one per vendor ('（一）X有限公司。该公司报价为「…」…'), a line
    saying '「」内为各单位报价函原文摘录，其余文字为我部归纳': each vendor is read from its 「」 alone — the clerk's '该公司资质
    齐全' around a quoted '符合等保三级要求，证明材料签约后提供' is no proof; the superior's comments and the other paragraphs
    are listed; a paragraph quoting a decline is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["询价结果通知（草稿）", "修改意见（副总）"],
                ["一、各单位报价情况（「」内为各单位报价函原文摘录，其余文字为我部归纳）"],
                ["（一）三亚崖州数科有限公司。该公司报价为「合计人民币27.6万元（含税）」。资质方面「已取得等保三级，备案证明46020243005-24003」；"
                 "「操作日志保存一年」。售后「免费维护12个月，含小版本升级；7×24小时，2小时内响应」。", None],
                ["（二）琼海嘉积软件有限公司。该公司报价最低，为「总价21.8万元（含税）」。该公司资质齐全，报价函称「系统符合等保三级要求，"
                 "证明材料签约后提供」；「日志长期保存」。售后承诺「终身免费维护」。", "资质齐全？没见到证书。"],
                ["（三）文昌文城信息技术有限公司于11月24日书面回函「因排期原因，本次不参与报价」。", None],
                ["二、询价结果：经比较，拟确定琼海嘉积软件有限公司为成交单位。", "先别写结果。"]):
        ws.append(row)
    qs = load([("通知稿.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"三亚崖州数科有限公司", "琼海嘉积软件有限公司"}
    yz, jj = got["三亚崖州数科有限公司"], got["琼海嘉积软件有限公司"]
    assert yz.values["price_cny"] == 276_000 and yz.values["mlps_level3"] is True and yz.values["audit_log_months"] == 12
    assert yz.values["free_maintenance_months"] == 12 and yz.values["response_hours"] == 2
    assert jj.values["price_cny"] == 218_000 and jj.evidence["mlps_level3"][0] == "claimed"
    assert jj.evidence["free_maintenance_months"][0] == "claimed"
    assert any("没见到证书" in n.text for n in qs.notes) and any("拟确定" in n.text for n in qs.notes)


def test_a_panels_winner_and_comment_columns_beside_two_vendors_are_no_vendors():
    """A pairwise 'PK' sheet: two vendors' written answers side by side, the panel's '本项胜方' and '评审点评' columns beside
    them. Only the two companies are quotes; the panel's '两家都有三级' is no proof of a claim."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["对比项", "黔西南安龙数科有限公司", "黔南都匀软件有限公司", "本项胜方", "评审点评"],
                ["报价", "23.2万元（含税）", "19.6万元（含税）", "都匀", "都匀便宜"],
                ["等保三级", "已取得，备案证明52232843006-24002", "系统按等保三级标准建设，已通过等保测评", "平", "两家都有三级"],
                ["操作日志保存", "12个月", "永久保存", None, None],
                ["免费维护期", "12个月", "终身免费维护", "都匀", "终身比12个月强"]):
        ws.append(row)
    qs = load([("PK.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"黔西南安龙数科有限公司", "黔南都匀软件有限公司"}
    assert got["黔南都匀软件有限公司"].evidence["mlps_level3"][0] == "claimed"
    assert got["黔西南安龙数科有限公司"].values["mlps_level3"] is True
    assert any("两家都有三级" in n.text for n in qs.notes)


def test_a_csv_record_broken_by_an_unquoted_line_break_is_joined_back_and_said():
    """A Numbers / WPS export of a cell holding a line break, written without quotes: the record breaks after
    '商品管理、分期计算器、' and its other fields start the next line. The two lines are one record again (its modules whole,
    its terms its own), the repair is said with the row, and the rows after keep their numbers."""
    text = "\n".join([
        "序号,供应商,报价,含税否,功能模块,等保三级,日志保存,免费维护",
        "1,普洱宁洱数科有限公司,25.6万,含税,商品管理、分期计算器、",
        "订单跟踪、还款管理、风控审批、用户管理,已取得 备案证明53082143006-24013,12个月,一年",
        "2,临沧双江软件有限公司,21.8万,含税,商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理,支持等保三级,6个月,12个月",
        "3,楚雄禄丰信息技术有限公司,23.0万,含税,商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理,已取得三级 备案证明53232243001-24002,12个月,12个月",
    ])
    qs = load([("numbers导出.csv", ("\ufeff" + text).encode("utf-8"))])
    got = _by_vendor(qs)
    assert set(got) == {"普洱宁洱数科有限公司", "临沧双江软件有限公司", "楚雄禄丰信息技术有限公司"}
    ne = got["普洱宁洱数科有限公司"]
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(ne.values["features"])
    assert ne.values["mlps_level3"] is True and ne.values["audit_log_months"] == 12 and ne.values["free_maintenance_months"] == 12
    assert any(w.code == "warn.rejoined_row" and "2" in w.params["rows"] for w in qs.warnings)
    assert got["楚雄禄丰信息技术有限公司"].sources["price_cny"][0].cell.endswith("5")  # the file's row 5, as before


def test_a_kanban_board_copied_into_a_sheet_reads_each_card_as_its_vendors_quote():
    """A board copied to Excel as it looks: status columns ('已报价 · 2 | 已淘汰 · 1'), a card per cell — the vendor's name on
    the first line, the fields the team typed from its letter ('操作日志：保存12个月'), then the team's '负责人：', '标签：' and
    '评论(1)' with its comments. Each card is its vendor's quote (an 已淘汰 card too); the team's lines and a pinned note card
    are listed, never the vendor's words."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["已报价 · 2", "已淘汰 · 1"])
    ws.append(["梧州长洲数科有限公司\n报价：28.6万元（含税）\n等保三级：已取得，备案证明45040543002-24006\n操作日志：保存12个月\n"
               "负责人：@黄敏\n标签：方案完整\n评论(1)\n黄敏 11-29：等保证书已核原件，7×24没问题",
               "贵港港南软件有限公司\n报价：14.8万元（含税）\n等保三级：二级（已备案），三级暂无计划\n操作日志：保存3个月\n负责人：@黄敏\n标签：太便宜"])
    ws.append(["防城港东兴网络科技有限公司\n报价：25.0万元（含税）\n等保三级：系统按等保三级要求设计\n操作日志：长期保存\n负责人：@李强\n"
               "评论(1)\n李强 12-01：老板说这家演示好，7×24小时都有人", "📌 项目说明（置顶）\n预算25–35万\n必备：企业征信、电子合同\n负责人：@黄敏"])
    qs = load([("看板.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"梧州长洲数科有限公司", "贵港港南软件有限公司", "防城港东兴网络科技有限公司"}
    cz, gn, dx = got["梧州长洲数科有限公司"], got["贵港港南软件有限公司"], got["防城港东兴网络科技有限公司"]
    assert cz.values["price_cny"] == 286_000 and cz.values["mlps_level3"] is True and cz.values["audit_log_months"] == 12
    assert cz.values["support_7x24"] is None  # the team's comment is no vendor's word
    assert gn.values["mlps_level3"] is False and gn.values["audit_log_months"] == 3
    assert dx.evidence["mlps_level3"][0] == "claimed" and dx.values["support_7x24"] is None
    assert any("7×24没问题" in n.text for n in qs.notes) and any("项目说明" in n.text for n in qs.notes)


def test_voice_messages_turned_to_text_under_the_buyers_questions_are_read_for_each_thing_asked():
    """A column per vendor of WeChat voice messages turned to text, a row per question the buyer asked; a question row
    asking several things ('技术支持是几点到几点？出了问题多久响应？免费期过了每年多少钱？') is answered in each; the buyer's own
    row '（我的理解，不是对方原话）' is hers, never the vendor's word."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["我问的", "韶关浈江数科有限公司", "清远清城软件有限公司"],
                ["1. 报价多少？含不含税？", "【语音 0:41】嗯您好，报价是二十一万八，含税的，可以开13个点的专票。",
                 "【语音 0:36】我们报价是十九万五啊，不含税，税点要另外加6个点。"],
                ["2. 技术支持是几点到几点？出了问题多久响应？免费期过了每年多少钱？",
                 "【语音 0:39】7乘24小时的，两个小时之内响应。一年以后的维保费是每年两万四。",
                 "【语音 0:30】工作日九点到六点有人，第二天处理。半年以后按次收费。"],
                ["3. 源码全部交付吗？上面这些能写进合同吗？", "【语音 0:33】源码全部交付，没有任何加密。这些售后条款我们的合同草稿里面都已经写进去了。",
                 "【语音 0:20】源码完整给你们。售后条款都写在合同里。"],
                ["小林备注（我的理解，不是对方原话）", "21.8万含税，7×24", "19.5万不含税；升级要另外收钱；终身咨询没有"]):
        ws.append(row)
    qs = load([("语音转文字.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    zj, qc = got["韶关浈江数科有限公司"], got["清远清城软件有限公司"]
    assert zj.values["price_cny"] == 218_000 and zj.values["support_7x24"] is True and zj.values["response_hours"] == 2
    assert zj.values["annual_fee_after_warranty_cny"] == 24_000 and zj.values["commitments_in_contract"] is True
    assert zj.values["source_code_delivery"] == "full"
    assert qc.values["support_7x24"] is False and qc.values["commitments_in_contract"] is True
    assert _scored(qs, "personal_credit")["清远清城软件有限公司"].scored_values["price_cny"] == 206_700  # 19.5万 × 1.06
    assert qc.values["maintenance_includes_upgrades"] is None and qc.values["lifetime_consulting"] is None  # only her note


def test_a_database_dump_reads_null_as_blank_and_leaves_out_the_deleted_test_record():
    """A purchasing database dumped with 'mysql -B' and saved as .csv: tabs between fields, NULL for an empty field,
    an is_deleted column. NULL is nothing said (never the word the vendor wrote), and a record marked deleted is no quote."""
    head = ["id", "供应商名称", "报价金额_元", "计税方式", "等保情况", "日志保存", "is_deleted"]
    rows = [head,
            ["1", "测试供应商(测试用,勿理)", "1.00", "NULL", "NULL", "NULL", "1"],
            ["2", "聊城东昌数科有限公司", "286000.00", "含税", "已取得三级,备案证明37150243001-24002", "12个月", "0"],
            ["3", "德州陵城软件有限公司", "NULL", "NULL", "已取得三级,备案证明37140243009-24006", "NULL", "0"]]
    text = "\n".join("\t".join(r) for r in rows)
    qs = load([("ledger_dump.csv", text.encode("utf-8"))])
    got = _by_vendor(qs)
    assert set(got) == {"聊城东昌数科有限公司", "德州陵城软件有限公司"}
    assert got["聊城东昌数科有限公司"].values["price_cny"] == 286_000
    lc = got["德州陵城软件有限公司"]
    assert lc.values["price_cny"] is None and lc.values["audit_log_months"] is None
    assert all("NULL" not in s.text for fid in ("price_cny", "audit_log_months") for s in lc.sources.get(fid, []))
    assert any(s.reason == "skip.deleted" and "测试供应商" in s.text for s in qs.skipped)


def test_a_fill_in_letter_laid_out_clause_by_clause_reads_each_entry_as_the_clause_it_makes():
    """The buyer's fill-in 承诺函 laid out clause by clause (the template sentence with its '____' and '□' in one column),
    a column per vendor headed by its short name, the full names only in the '供应商名称（盖章）' row at the foot: each
    entry is read as the clause it completes ('本系统已取得网络安全等级保护____级备案' + '三'), ticks as the option ticked,
    '本条改为：…' as the vendor's own words, '（本条删除）' as a refusal; a must-have only '需另购，价格另议' leaves the gate
    unverified; the buyer's check column is hers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["条款", "承诺函模板原文", "牡丹数科", "郓城软件", "采购部核对（李娜）"],
                ["1-1", "我司本次报价总价为人民币____元（小写）", 238000, 212000, "郓城最低"],
                ["1-2", "该报价为□含税 □不含税价格", "☑含税 □不含税", "☑含税 □不含税", None],
                ["1-3", "报价包含的功能模块：____", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
                 "商品管理、分期计算器、还款管理、风控审批、用户管理", None],
                ["1-4", "未包含在总价内、需另行购买的模块及价格：____", "无", "订单跟踪模块需另购，价格另议", "郓城订单跟踪没报价"],
                ["2-1", "本系统已取得网络安全等级保护____级备案", "三", "本条改为：系统符合等保三级要求，可协助测评", None],
                ["2-2", "身份证号、手机号等敏感字段采用____算法加密存储", "SM4", "国密算法", None],
                ["2-3", "系统具备基于角色的权限管理：□是 □否", "☑是 □否", "☑是 □否", None],
                ["3-1", "免费维护期内的维护范围包括：□缺陷修复 □小版本升级", "☑缺陷修复 ☑小版本升级", "☑缺陷修复 □小版本升级", None],
                ["3-2", "以上售后承诺同意写入正式合同：□是 □否", "☑是 □否", "（本条删除）", None],
                ["4-1", "源代码交付方式：□完整源码 □部分源码 □仅授权使用", "☑完整源码 □部分源码 □仅授权使用",
                 "□完整源码 □部分源码 ☑仅授权使用", None],
                ["5-1", "供应商名称（盖章）：____", "菏泽牡丹数科有限公司（盖章）", "菏泽郓城软件有限公司（盖章）", None]):
        ws.append(row)
    qs = load([("承诺函对照.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"菏泽牡丹数科有限公司", "菏泽郓城软件有限公司"}
    md, yc = got["菏泽牡丹数科有限公司"], got["菏泽郓城软件有限公司"]
    assert md.values["price_cny"] == 238_000 and md.values["mlps_level3"] is True and md.values["sm4_encryption"] is True
    assert md.values["access_control"] is True and md.values["maintenance_includes_upgrades"] is True
    assert md.values["commitments_in_contract"] is True and md.values["source_code_delivery"] == "full"
    assert yc.evidence["mlps_level3"][0] == "claimed" and yc.values["maintenance_includes_upgrades"] is False
    assert yc.values["commitments_in_contract"] is False and yc.values["source_code_delivery"] == "licence_only"
    scored = _scored(qs, "consumer_installment")
    assert scored["菏泽郓城软件有限公司"].gate == "unverified" and scored["菏泽郓城软件有限公司"].scored_values["price_cny"] == 212_000
    assert any("郓城最低" in n.text for n in qs.notes + qs.skipped)


def test_a_vendor_column_that_slipped_up_a_row_is_read_one_row_down_as_its_own_note_says():
    """A shared online sheet where one vendor deleted a cell with 'shift up', so from that row its answers sit one row too
    high, and said so in its own note: that column is read one row down from the row it names, the answer it restates in
    the note fills the row left empty, and the buyer's requirement column is no vendor."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "询价项目", "我方要求（供参考，勿改）", "宜春袁州数科有限公司", "鹰潭月湖软件有限公司"],
                [1, "报价总额", "预算18–25万", "21.6万元（含税）", "19.8万元（含税）"],
                [2, "等保三级", "须已取得", "SM4（身份证号、手机号）", "已取得三级，备案证明36060243001-24002"],
                [3, "敏感数据加密", "须SM4", "12个月", "SM4"],
                [4, "操作日志保存期", "不少于6个月", "一年，含小版本升级", "3个月"],
                [5, "免费维护期", "不少于12个月", "7×24小时", "6个月"],
                [6, "技术支持时段", "7×24小时", "报价有效期90天", "工作日"],
                [None, "备注（各单位自填）", None,
                 "【袁州数科 11-28】我司这一列第3行起错位了，误删了第3行的格子，下面都往上跑了一格，第3行起各格请下移一格看。"
                 "第3行“等保三级”应为：已取得三级，备案证明36090243005-24001。", None]):
        ws.append(row)
    qs = load([("在线填报.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"宜春袁州数科有限公司", "鹰潭月湖软件有限公司"}
    yz = got["宜春袁州数科有限公司"]
    assert yz.values["mlps_level3"] is True and yz.values["sm4_encryption"] is True and yz.values["audit_log_months"] == 12
    assert yz.values["free_maintenance_months"] == 12 and yz.values["support_7x24"] is True
    assert yz.sources["audit_log_months"][0].cell == "D4"  # the cell it was typed in
    assert got["鹰潭月湖软件有限公司"].values["audit_log_months"] == 3
    assert any(n.reason == "note.column_shifted" for n in qs.notes)


def test_a_whole_quote_packed_in_one_cell_split_by_bars_is_read_in_the_legends_order():
    """Each vendor's whole quote packed into one cell for a phone screen, its items split by '|' (or the full-width '｜')
    in the order a legend row gives, an empty slot for an item not written: each item read under its legend label, the
    empty slot unknown (never a no); a cell that does not split is read whole (a decline)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "供应商", "报价及条款（竖线分隔）", "备注（我的）"],
                ["格式", "（填写格式）", "报价 | 计税 | 另计/赠送 | 等保三级 | 日志保存 | 免费维护期 | 源码交付", ""],
                [1, "石家庄藁城数科有限公司", "23.2万|含税|无|已取得，备案证明13018243006-24002|12个月|一年|完整源码", "材料齐"],
                [2, "唐山丰润软件有限公司", "19.5万｜不含税｜风控模型为选配模块，另加2.2万（不含税）｜已取得三级，备案证明13020843001-24005｜｜6个月｜完整源码", ""],
                [3, "秦皇岛抚宁网络科技有限公司", "21.6万|含税|赠送区块链存证、元宇宙营销厅|符合等保三级要求|长期保存|终身免费维护|提供源码，核心引擎加密", "老板喜欢"],
                [4, "廊坊三河数据服务有限公司", "不参与（11-24回函：本次不报价）", ""]):
        ws.append(row)
    qs = load([("手机版.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"石家庄藁城数科有限公司", "唐山丰润软件有限公司", "秦皇岛抚宁网络科技有限公司"}
    gc, fr, fn = got["石家庄藁城数科有限公司"], got["唐山丰润软件有限公司"], got["秦皇岛抚宁网络科技有限公司"]
    assert gc.values["price_cny"] == 232_000 and gc.values["mlps_level3"] is True and gc.values["audit_log_months"] == 12
    assert gc.values["free_maintenance_months"] == 12 and gc.values["source_code_delivery"] == "full"
    assert fr.values["audit_log_months"] is None and fr.values["free_maintenance_months"] == 6
    assert _scored(qs, "personal_credit")["唐山丰润软件有限公司"].scored_values["price_cny"] == 245_210  # (19.5万+2.2万)×1.13
    assert fn.evidence["mlps_level3"][0] == "claimed" and "blockchain_evidence" in fn.values["features"]
    assert fn.values["source_code_delivery"] == "partial"


def test_answers_typed_after_each_question_and_pasted_with_it_are_read_without_the_question():
    """A Word questionnaire answered after each question, each paragraph pasted with its question into the vendor's cell
    (the question also in a column of its own), each vendor marking its answer its own way ('【…】', a new line '答：…',
    a bracket, ' 回复：…'): the answer alone is read — the question's '是否不少于12个月' and '7×24小时' are no vendor's
    figures, and an empty 【】 is nothing said."""
    qs_ = ["免费维护期多长？是否不少于12个月？", "是否提供7×24小时技术支持？故障响应时间多少小时？", "操作日志保存多久？是否不少于6个月？",
           "是否已取得等保三级备案？请提供备案证明编号。", "报价总额是多少？是否含税？", "源代码是否完整交付？是否加密？",
           "以上承诺是否写入合同？", "是否提供终身技术咨询？"]
    a = ["【一年，含缺陷修复及小版本升级】", "\n答：7×24小时，2小时内响应。", "（12个月）", " 回复：已取得三级，备案证明34012243001-24003。",
         "【22.8万元，含税】", "【完整源码，无加密】", "\n答：全部写入合同。", "（提供）"]
    b = ["【6个月，只修bug】", "\n答：否，工作日9:00-18:00，4小时内响应。", "【】", " 回复：我司产品已通过等保测评。", "【19.6万元，含税】",
         "【提供源码，核心引擎加密】", "\n答：不写入合同。", "（不提供）"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["题号", "我方原题", "马鞍山当涂数科有限公司", "池州贵池软件有限公司"])
    for i, (q, x, y) in enumerate(zip(qs_, a, b), 1):
        ws.append([i, q, f"{i}. {q}{x}", f"{i}. {q}{y}"])
    got = _by_vendor(load([("问题清单答复.xlsx", _saved(wb))]))
    dt, gc = got["马鞍山当涂数科有限公司"], got["池州贵池软件有限公司"]
    assert dt.values["free_maintenance_months"] == 12 and dt.values["support_7x24"] is True and dt.values["response_hours"] == 2
    assert dt.values["audit_log_months"] == 12 and dt.values["mlps_level3"] is True and dt.values["price_cny"] == 228_000
    assert gc.values["free_maintenance_months"] == 6 and gc.values["support_7x24"] is False and gc.values["response_hours"] == 4
    assert gc.values["audit_log_months"] is None and gc.evidence["mlps_level3"][0] == "claimed"


def test_a_short_table_whose_labels_are_questions_naming_figures_is_read():
    """Five rows labelled with the buyer's questions, some naming a figure ('免费维护期多长？是否不少于12个月？'): a question is
    a label, whatever figure it names, and the table is read."""
    rows = [["项目", "铜陵义安数科有限公司", "淮北相山软件有限公司"],
            ["免费维护期多长？是否不少于12个月？", "一年", "6个月"],
            ["是否提供7×24小时技术支持？故障响应时间多少小时？", "7×24小时，2小时内响应", "工作日，4小时内响应"],
            ["操作日志保存多久？是否不少于6个月？", "12个月", None],
            ["是否已取得等保三级备案？请提供备案证明编号。", "已取得三级，备案证明34070243006-24001", "已通过等保测评"],
            ["报价总额是多少？是否含税？", "22.8万元，含税", "19.6万元，含税"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    got = _by_vendor(load([("问题表.xlsx", _saved(wb))]))
    assert set(got) == {"铜陵义安数科有限公司", "淮北相山软件有限公司"}
    assert got["铜陵义安数科有限公司"].values["free_maintenance_months"] == 12
    assert got["淮北相山软件有限公司"].values["audit_log_months"] is None and got["淮北相山软件有限公司"].values["response_hours"] == 4


def test_a_pasted_reply_split_on_the_chinese_comma_into_columns_is_joined_back_and_read():
    """Each vendor's prose reply pasted into one column, then split by 数据→分列 on '，' (the header says so): the pieces
    are one reply again, read for what it states — items and their 合计 counted once (the total, never added to the
    items), a module '列入二期开发，届时另行报价' missing while the modules before it stay in."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "供应商", "备注（小赵）", "回复原文（已分列）"])
    ws.append([1, "汉中南郑信息技术有限公司", "贵一点", "您好", "我司报价合计298,000元（含税", "13%增值税专票）",
               "功能包括企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理。等保三级已取得", "备案证明61072143002-24006。"])
    ws.append([2, "宝鸡凤翔软件有限公司", "太便宜", "王经理您好", "报价如下：系统授权费12.8万元", "部署实施费2万元",
               "合计14.8万元（含税）。功能包括企业征信、电子合同、风控审批、还款管理、用户管理", "银行流水分析列入二期开发",
               "届时另行报价。"])
    qs = load([("回复汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    nz, fx = got["汉中南郑信息技术有限公司"], got["宝鸡凤翔软件有限公司"]
    assert nz.values["price_cny"] == 298_000 and nz.values["mlps_level3"] is True
    assert fx.values["price_cny"] == 148_000
    assert {"enterprise_credit", "contract_management", "risk_approval"} <= set(fx.values["features"])
    assert "cashflow_analysis" not in fx.values["features"]


def test_product_codes_in_the_comparison_are_read_by_the_workbooks_code_sheet():
    """A comparison that names each configuration by the vendor's product codes ('LS-FQ-100×1；LS-RA-200×1') and its
    options by code ('WG-ORD'), the codes explained only on a 编号对照 sheet: each code read as what that sheet says — a
    platform as the modules it holds, an option with its price and words, a gift given away, a code not in the
    configuration not in the quote; the code sheet itself is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "比价表"
    for row in (["序号", "供应商", "报价配置（产品编号×数量）", "选配（产品编号）", "报价合计", "计税"],
                [1, "乐山沙湾软件有限公司", "LS-FQ-100×1；LS-RA-200×1；LS-SV-900×1", "无", "23.6万元", "含税"],
                [2, "遂宁射洪数科有限公司", "SH-BASE×1", "SH-ORD", "20.8万元", "含税"],
                [3, "内江威远网络科技有限公司", "WY-CORE×1；WY-AI-01×1", "无", "21.2万元", "含税"]):
        ws.append(row)
    cat = wb.create_sheet("编号对照")
    for row in (["供应商", "产品编号", "产品/模块名称", "单价（元）", "说明"],
                ["乐山沙湾软件有限公司", "LS-FQ-100", "分期业务核心平台（含商品管理、分期计算器、订单跟踪、还款管理）", 158000, "含税"],
                [None, "LS-RA-200", "风控审批中心（含风控审批流、用户管理）", 50000, "含税"],
                [None, "LS-SV-900", "部署实施及培训", 28000, "含税"],
                ["遂宁射洪数科有限公司", "SH-BASE", "基础平台（商品管理、分期计算器、还款管理、风控审批、用户管理）", 208000, "含税"],
                [None, "SH-ORD", "订单跟踪模块", 24000, "选配，需另购；不含税，未含在报价合计内"],
                ["内江威远网络科技有限公司", "WY-CORE", "核心平台（商品管理、分期计算器、还款管理、风控审批、用户管理）", 212000, "含税"],
                [None, "WY-AI-01", "智能客服机器人", 0, "赠送"],
                [None, "WY-ORD-05", "订单跟踪", "（未报价）", "列入二期开发，本次不提供"]):
        cat.append(row)
    qs = load([("编号比价.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"乐山沙湾软件有限公司", "遂宁射洪数科有限公司", "内江威远网络科技有限公司"}
    assert {"product_management", "installment_calculator", "order_tracking", "risk_approval"} <= set(
        got["乐山沙湾软件有限公司"].values["features"])
    scored = _scored(qs, "consumer_installment")
    assert scored["遂宁射洪数科有限公司"].scored_values["price_cny"] == 208_000 + 24_000 * 1.13
    wy = got["内江威远网络科技有限公司"]
    assert "ai_customer_service" in wy.values["features"] and "order_tracking" not in wy.values["features"]
    assert scored["内江威远网络科技有限公司"].gate == "fail"
    assert any(n.reason == "note.code_catalogue" for n in qs.notes)


def test_a_word_table_saved_as_csv_with_every_field_in_smart_quotes_reads_the_words_inside():
    """A Word table copied and saved as CSV, every field wrapped in full-width quotes ('“29.8万元”', '“”' for an empty
    cell): the words inside are read, the empty pair is nothing said, and the vendors' names carry no quotes."""
    rows = [["“序号”", "“供应商”", "“报价”", "“等保三级”", "“日志保存”", "“备注（周）”"],
            ["“1”", "“南通海安信息技术有限公司”", "“29.8万元”", "“已取得三级，备案证明32062143010-24006”", "“12个月”", "“材料齐”"],
            ["“2”", "“盐城东台数科有限公司”", "“26.5万元”", "“符合等保三级要求”", "“”", "“便宜”"],
            ["“3”", "“扬州高邮软件有限公司”", "“24.0万元”", "“已取得三级，备案证明32108443002-24001”", "“6个月”", "“”"]]
    text = "\r\n".join(",".join(r) for r in rows)
    got = _by_vendor(load([("word汇总.csv", text.encode("gb18030"))]))
    assert set(got) == {"南通海安信息技术有限公司", "盐城东台数科有限公司", "扬州高邮软件有限公司"}
    assert got["南通海安信息技术有限公司"].values["price_cny"] == 298_000
    assert got["盐城东台数科有限公司"].values["audit_log_months"] is None
    assert got["盐城东台数科有限公司"].evidence["mlps_level3"][0] == "claimed"


def test_prices_written_under_each_vendors_name_in_the_header_are_its_price():
    """No price row: each price is under the vendor's name in its column header ('苏州昆山数科有限公司⏎（报价：24.6万元，
    含税）'); a header saying the vendor did not quote ('（未报价，11-20来函放弃）') is a decline."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["评估项", "苏州昆山数科有限公司\n（报价：24.6万元，含税）", "泰州靖江软件有限公司\n（报价：26万元，不含税）",
                 "宿迁沭阳网络科技有限公司\n（未报价，11-20来函放弃）"],
                ["等保三级", "已取得三级，备案证明32058343001-24006", "已取得三级，备案证明32128243004-24002", None],
                ["日志保存", "12个月", "6个月", None],
                ["免费维护期", "12个月", "一年", None]):
        ws.append(row)
    qs = load([("表头报价.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"苏州昆山数科有限公司", "泰州靖江软件有限公司"}
    assert got["苏州昆山数科有限公司"].values["price_cny"] == 246_000
    assert _scored(qs, "consumer_installment")["泰州靖江软件有限公司"].scored_values["price_cny"] == 293_800  # × 1.13


def test_a_joint_bid_of_two_companies_in_one_column_is_one_quote_under_its_joint_name():
    """A column headed by a joint bid ('A公司+B公司（联合体）'): one quote, its name as written (brackets shown half-width),
    its total read once; '联合体协议及主合同均写明' puts the commitments in the contract."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目", "宜昌当阳软件有限公司+宜昌枝江数据服务有限公司（联合体）", "孝感汉川数科有限公司"],
                ["报价", "22万+6.3万+1.5万=29.8万元，含税，联合体总价", "24.8万元（含税）"],
                ["等保三级", "已取得三级，备案证明42058243007-24010", "已按三级要求建设，证书随合同提供"],
                ["写入合同", "联合体协议及主合同均写明", "写入合同"]):
        ws.append(row)
    got = _by_vendor(load([("联合体.xlsx", _saved(wb))]))
    jv = got["宜昌当阳软件有限公司+宜昌枝江数据服务有限公司(联合体)"]
    assert jv.values["price_cny"] == 298_000 and jv.values["commitments_in_contract"] is True
    assert got["孝感汉川数科有限公司"].evidence["mlps_level3"][0] == "claimed"


def test_a_wechat_jielong_export_reads_each_reply_and_its_emoji_bullets():
    """A WeChat 接龙 exported by a mini-program (序号 | 微信昵称 | 公司名称 | 接龙内容 | 提交时间 | 我的备注), each reply a phone
    message of emoji bullets: '💰19.9w（不含税）' is the price, '📦…' the modules, '🎁赠送：…' gifts, '🔥限时特价9.9万🔥' a price;
    the buyer's note column is hers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "微信昵称", "公司名称（必填）", "接龙内容", "提交时间", "我的备注"],
                [1, "松原-刘经理", "松原宁江数科有限公司", "✅等保三级已取得 备案证明22070243005-25007\n💰报价：26.8万（含税）\n"
                 "📦模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n🛠免费维护12个月（含小版本升级）", "11-24 09:12", ""],
                [2, "延吉小孙", "延边延吉软件有限公司", "👍满足等保三级要求\n💰19.9w（不含税）\n📦商品管理、分期计算器、订单跟踪、用户管理\n"
                 "🎁赠送：区块链存证、智能客服机器人", "11-24 10:03", "便宜，倾向这家"],
                [3, "敦化王总", "延边敦化信息技术有限公司", "🔥限时特价9.9万🔥\n📦商品管理、分期计算器\n🛡等保二级", "11-24 15:20", "不考虑"]):
        ws.append(row)
    qs = load([("接龙导出.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    nj, yj, dh = got["松原宁江数科有限公司"], got["延边延吉软件有限公司"], got["延边敦化信息技术有限公司"]
    assert nj.values["price_cny"] == 268_000 and nj.values["mlps_level3"] is True and nj.values["free_maintenance_months"] == 12
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(nj.values["features"])
    assert _scored(qs, "consumer_installment")["延边延吉软件有限公司"].scored_values["price_cny"] == 224_870  # 19.9w × 1.13
    assert yj.evidence["mlps_level3"][0] == "claimed" and "blockchain_evidence" in yj.values["features"]
    assert dh.values["price_cny"] == 99_000 and dh.values["mlps_level3"] is False


def test_after_sales_terms_written_as_a_code_are_read_by_the_key_above_the_table():
    """A code per vendor ('M12-U1-P0-S24-R2-C1-L1') with its key above the table ('M=免费维护月数；U=维护含版本升级（1含/0不含）；
    …'): each letter read as its term, a '?' as nothing said, the inverted P (1 = charged) as written."""
    key = ("售后代码说明：M=免费维护月数；U=维护含版本升级（1含/0不含）；P=政策调整是否收费（1收费/0免费）；S=技术支持每天小时数（24即7×24，"
           "8即5×8工作日）；R=响应时间（小时）；C=终身技术咨询（1有/0无）；L=以上承诺写入合同（1是/0否）")
    rows = [[key], ["序号", "服务商", "报价", "售后代码", "备注"],
            [1, "阳江阳东数科有限公司", "23.5万元（含税）", "M12-U1-P0-S24-R2-C1-L1", "条款全"],
            [2, "湛江吴川软件有限公司", "21.0万元（含税）", "M6-U0-P1-S8-R4-C0-L1", ""],
            [3, "茂名电白网络科技有限公司", "面议", "M12-U1-P0-S24-R?-C1-L0", "没给价"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    got = _by_vendor(load([("售后代码.xlsx", _saved(wb))]))
    yd, wc, db = got["阳江阳东数科有限公司"], got["湛江吴川软件有限公司"], got["茂名电白网络科技有限公司"]
    assert yd.values["free_maintenance_months"] == 12 and yd.values["maintenance_includes_upgrades"] is True
    assert yd.values["policy_adaptation_free"] is True and yd.values["support_7x24"] is True and yd.values["response_hours"] == 2
    assert yd.values["lifetime_consulting"] is True and yd.values["commitments_in_contract"] is True
    assert wc.values["free_maintenance_months"] == 6 and wc.values["maintenance_includes_upgrades"] is False
    assert wc.values["policy_adaptation_free"] is False and wc.values["support_7x24"] is False and wc.values["response_hours"] == 4
    assert wc.values["lifetime_consulting"] is False
    assert db.values["response_hours"] is None and db.values["commitments_in_contract"] is False


def test_one_sheet_per_business_line_reads_only_the_line_the_cover_says_is_bought():
    """A workbook of one sheet per business line, the same vendors quoting each, the cover saying '本次采购：消费分期系统源码
    （只比“消费分期”一页）': only that sheet's rows are quotes; the other lines' sheets are reference prices, never an earlier
    round — a vendor that declined on the line bought is no quote, whatever it quoted on another line."""
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.append(["本次采购：消费分期系统源码（只比“消费分期”一页）。另外两页是参考价，本次不采购。"])
    for sheet, rows in (("商户经营贷", [["供应商", "报价", "等保三级"], ["荆门东宝数科有限公司", "31.8万元（含税）", "已取得三级，备案证明42080243001-24002"],
                                     ["荆门掇刀软件有限公司", "28.6万元（含税）", "已取得三级，备案证明42080443006-24009"]]),
                        ("消费分期", [["供应商", "报价", "等保三级"], ["荆门东宝数科有限公司", "24.6万元（含税）", "已取得三级，备案证明42080243001-24002"],
                                   ["荆门掇刀软件有限公司", "本次消费分期不参与报价", None]])):
        ws = wb.create_sheet(sheet)
        for row in rows:
            ws.append(row)
    qs = load([("分业务线.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"荆门东宝数科有限公司"} and got["荆门东宝数科有限公司"].values["price_cny"] == 246_000
    assert any(s.reason == "skip.other_line" for s in qs.skipped)


def test_emoji_ticks_with_the_vendors_words_in_the_next_column_are_decided_by_the_words():
    """Yes/no questions answered '✔️' / '❌' / '❓' with a 说明 column of the vendor's words after each ('日志保存≥6个月 | ✔️ |
    日志说明 | 12个月'): the words decide — '✔️' over '测评中…' is no level yet, '❌' beside '3个月' is 3 months (never 0),
    '✔️' beside '重大政策调整另行报价' is a condition, '✔️' under '对接持牌征信' beside '百行征信' names the body."""
    rows = [["供应商", "报价", "已取得等保三级", "等保说明", "日志保存≥6个月", "日志说明", "对接持牌征信", "征信说明", "政策适配免费", "适配说明"],
            ["酒泉肃州数科有限公司", "25.6万（含税）", "✔️", "已取得，备案证明编号62090243006-25004", "✔️", "12个月", "✔️", "百行征信、朴道征信",
             "✔️", "监管政策调整免费适配"],
            ["张掖甘州软件有限公司", "21.5万（含税）", "✔️", "测评中，预计2026年1月出具测评报告", "❌", "3个月", "✔️", "支持对接征信",
             "✔️", "一般调整免费，重大政策调整另行报价"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    got = _by_vendor(load([("应答汇总.csv", ("\ufeff" + buf.getvalue()).encode("utf-8"))]))
    sz, gz = got["酒泉肃州数科有限公司"], got["张掖甘州软件有限公司"]
    assert sz.values["mlps_level3"] is True and sz.values["audit_log_months"] == 12
    assert sz.values["licensed_credit_bureau"] is True and sz.evidence["licensed_credit_bureau"][0] == "stated"
    assert gz.values["mlps_level3"] is False and gz.values["audit_log_months"] == 3
    assert gz.values["policy_adaptation_free"] is False and gz.evidence["policy_adaptation_free"][0] == "conditional"


def test_last_years_expired_columns_beside_this_years_are_kept_for_comparison_only():
    """Last year's quote and terms kept beside this year's ('2024报价（已过期）' | '2025报价', '2024售后条款（已过期）' |
    '2025售后条款'): only this year's are read; last year's are kept, never a price or a term."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["供应商", "2024报价（已过期）", "2025报价", "2024售后条款（已过期）", "2025售后条款"],
                ["忻州原平数科有限公司", "17.5万元（含税）", "21.6万元（含税）", "免费维护6个月，5×8", "免费维护一年，7×24小时，2小时内响应"],
                ["吕梁孝义软件有限公司", "18.8万元（含税）", "19.6万元（不含税）", "免费维护12个月，7×24小时，1小时内响应",
                 "免费维护12个月，5×8（工作日），4小时内响应"]):
        ws.append(row)
    got = _by_vendor(load([("两年对比.xlsx", _saved(wb))]))
    yp, xy = got["忻州原平数科有限公司"], got["吕梁孝义软件有限公司"]
    assert yp.values["price_cny"] == 216_000 and yp.values["free_maintenance_months"] == 12 and yp.values["support_7x24"] is True
    assert xy.values["support_7x24"] is False and xy.values["response_hours"] == 4


def test_two_panels_side_by_side_with_a_hash_column_are_both_read():
    """A one-page summary printed in two panels ('#' | 'Vendor 供应商' | … , an empty column, the same header again): the
    vendors of the right panel are quotes too, each row holding two vendors that do not belong together."""
    head = ["#", "Vendor 供应商", "Price 报价", "Security 安全合规"]
    rows = [head + [None] + head,
            ["1", "鄂尔多斯伊金霍洛软件有限公司", "20.8万元（含税）", "等保三级已取得，备案证明15062743004-25002", None,
             "2", "呼和浩特玉泉数科有限公司", "22.6万元（含税）", "等保三级已取得，备案证明15010443011-25008"]]
    got = _by_vendor(load([("速览.xlsx", _xlsx(rows))]))
    assert set(got) == {"鄂尔多斯伊金霍洛软件有限公司", "呼和浩特玉泉数科有限公司"}
    assert got["呼和浩特玉泉数科有限公司"].values["price_cny"] == 226_000


def test_terms_as_real_vendors_write_them():
    """'三年（含首年）' is 36 months; '1+2年（首年全免，第2、3年按合同金额10%/年）' is 12; a response given per time of day is
    the slowest one, and nights answered within hours are 7×24 while nights answered the next morning are not; '原价…，
    直降3万，现价9.8万' is 9.8万 (the amount taken off is no item); the amount after '＝' is the total written."""
    from core.reading import read_value

    assert read_value("free_maintenance_months", "免费维护三年（含首年），含bug修复及小版本升级").value == 36
    assert read_value("free_maintenance_months", "免费维保1+2年（首年全免，第2、3年按合同金额10%/年收取）").value == 12
    night = "7×24小时值守，工作时间30分钟响应、夜间及节假日4小时响应"
    assert read_value("support_7x24", night).value is True and read_value("response_hours", night).value == 4
    late = "7×24小时服务，工作时间半小时响应，夜间及节假日次日上午处理"
    assert read_value("support_7x24", late).value is False and read_value("response_hours", late).value == 24
    hotline = "质保期内免费维护；7×24小时服务热线，工作日白天30分钟内响应，夜间及法定节假日2小时内响应；终身技术咨询"
    assert read_value("support_7x24", hotline).value is True
    assert read_value("price_cny", "原价12.8万，限时直降3万，现价9.8万元（含税）").value == 98_000
    assert read_value("price_cny", "原价12.8万，优惠4万，到手价8.8万").value == 88_000
    r = read_value("price_cny", "软件授权费19.6万元＋实施部署费3.8万元＋培训费1.2万元＝25.6万元")
    assert r.value == 256_000 and r.warning == "warn.items_total_mismatch"


def test_a_discount_column_and_a_price_range_in_two_columns():
    """'合同总价 | 优惠' with '优惠1.2万元' or '本项目给予九五折' beside the price: the price after it; '报价下限（万元）| 18' beside
    '报价上限（万元）| 26': a range, priced at its upper bound (said); a '报价方式' column is no vendor's name."""
    rows = [["供应商", "合同总价", "优惠", "计税"],
            ["四平铁西软件有限公司", "标准报价36.8万元（含税）", "本项目给予九五折", "含税"],
            ["通化柳河信息技术有限公司", "25.6万元", "优惠1.2万元", "含税"],
            ["白山浑江网络科技有限公司", "27.8万元", "—", "含税"]]
    got = _by_vendor(load([("核对表.xlsx", _xlsx(rows))]))
    assert got["四平铁西软件有限公司"].values["price_cny"] == 349_600
    assert got["通化柳河信息技术有限公司"].values["price_cny"] == 244_000
    assert got["白山浑江网络科技有限公司"].values["price_cny"] == 278_000
    rows = [["报价单号", "供应商名称", "报价方式", "报价下限（万元）", "报价上限（万元）", "计税"],
            ["BJ-01", "湘潭韶山软件有限公司", "区间报价", 18, 26, "含税"],
            ["BJ-02", "郴州汝城数科有限公司", "固定总价", 23.8, 23.8, "含税"]]
    qs = load([("询价.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert got["湘潭韶山软件有限公司"].values["price_cny"] == 260_000 and got["郴州汝城数科有限公司"].values["price_cny"] == 238_000
    assert any(w.code == "warn.range_upper" for w in qs.warnings)


def test_a_slide_deck_dumped_one_row_per_slide_reads_each_vendor_once():
    """'Slide | Layout | Title | Text on slide | Speaker notes', each vendor two slides ('江门台山数科有限公司 — A. Commercials
    & modules', '… — B. Security, compliance & service'): one quote per vendor under its name; 'Price: …' and 'Modules in
    the price:' over bullets are read ('… : not included' is no module, a gift heading's bullets are given with the quote);
    a platform certificate of the cloud it runs on is a claim; the speaker notes are the presenter's, never the vendor's; a
    vendor writing it will not submit a response is no quote."""
    a = ("Price (one-off buy-out): RMB 248,000 incl. 13% VAT\nModules in the price:\n• 商品中心 Product Center – SKU catalogue\n"
         "• 收银台分期 Checkout Instalments – per-instalment repayment calculator\n• 订单中心 Order Hub – order status tracking\n"
         "• Order tracking app: not included – connect your ERP\nValue-added, FREE of charge (worth RMB 80,000):\n"
         "• AI数字人客服 – answers your customers 7×24")
    b = ("MLPS Level 3: filing certificate no. 44078143012-24009 for 台山分期业务平台V4 (the offered system)\n"
         "Maintenance: 12 months free – bug fixes and minor version upgrades\nSupport: 7×24 on-call engineer, response within 2 hours")
    c = "Price: RMB 209,000 (含税)\nModules: 商品管理 · 分期计算器 · 订单跟踪 · 风控审批 · 还款管理 · 用户管理"
    d = "MLPS Level 3: ✔ our platform is deployed on Alibaba Cloud (阿里云), whose cloud platform is MLPS Level 3 certified"
    rows = [["Slide", "Layout", "Title", "Text on slide", "Speaker notes"],
            ["3", "Two Content", "江门台山数科有限公司 — A. Commercials & modules", a, "Candy: free maintenance 36 months"],
            ["4", "Two Content", "江门台山数科有限公司 — B. Security, compliance & service", b, ""],
            ["5", "Two Content", "肇庆四会软件有限公司 — A. Commercials & modules", c, ""],
            ["6", "Two Content", "肇庆四会软件有限公司 — B. Security, compliance & service", d, ""],
            ["7", "Title Only", "梅州兴宁云科技有限公司", "Thank you. We will not submit a response in this round.", ""]]
    got = _by_vendor(load([("deck.xlsx", _xlsx(rows))]))
    assert set(got) == {"江门台山数科有限公司", "肇庆四会软件有限公司"}
    ts, sh = got["江门台山数科有限公司"], got["肇庆四会软件有限公司"]
    assert ts.values["price_cny"] == 248_000 and ts.values["free_maintenance_months"] == 12
    assert {"product_management", "installment_calculator", "order_tracking", "ai_customer_service"} <= set(ts.values["features"])
    assert ts.values["mlps_level3"] is True and ts.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert sh.values["price_cny"] == 209_000 and {"product_management", "order_tracking", "user_management"} <= set(sh.values["features"])
    assert sh.values["mlps_level3"] is True and sh.evidence["mlps_level3"][0] == "claimed"


def test_the_mlps_proof_laid_out_over_several_columns_is_read_as_one_statement():
    """A compliance ledger giving the 等保 proof in parts ('定级对象 | 保护等级 | 备案证明编号 | 最近一次等级测评 | 有效期'): read
    together — the system offered at level 3 with its filing number is proof; a filing for the vendor's own OA system, a
    client's certificate ('助客户通过') or an ISO 27001 certificate in its place is a claim; a validity that ended before the
    latest date the sheet names is no certificate; the '数据保密性' row is the encryption."""
    rows = [["供应商", "报价", "定级对象（材料所载）", "保护等级", "备案证明编号", "最近一次等级测评", "有效期", "数据保密性"],
            ["常德津市网络科技有限公司", "22.8万元（含税）", "津市个人信贷业务管理系统V5.0（本次报价系统）", "第三级", "43078143008-24011",
             "2025年9月年度复测（结论：良）", "至2026年9月", "身份证号、手机号SM4加密存储"],
            ["湘潭岳塘数科有限公司", "19.8万元（含税）", "岳塘数科协同办公系统（OA）", "第三级（我司已通过等保三级）", "43030443001-23005",
             "2023年11月", "—", "SM4加密"],
            ["衡阳蒸湘软件有限公司", "21.2万元（含税）", "蒸湘个人信贷管理系统V4.0（本次报价系统）", "第三级", "43040843002-21007",
             "2021年取得", "有效期至2024年", "SM4加密"],
            ["岳阳汨罗信息技术有限公司", "18.6万元（含税）", "（客户侧业务系统）我司平台助客户通过等保三级测评", "按三级标准建设",
             "客户备案信息涉及客户保密，不便提供", "已助客户通过", "—", "SM4加密"],
            ["连云港东海信息技术有限公司", "24.6万元（含税）", "—（认证范围：公司软件研发及运维服务）", "ISO 27001认证，安全管理水平不低于等保三级要求",
             "ISO证书编号0325ISMS0841", "2024年5月", "2027年5月", "SM4"]]
    got = _by_vendor(load([("资质台账.xlsx", _xlsx(rows))]))
    js, yt, zx, ml, dh = (got[n] for n in ("常德津市网络科技有限公司", "湘潭岳塘数科有限公司", "衡阳蒸湘软件有限公司",
                                          "岳阳汨罗信息技术有限公司", "连云港东海信息技术有限公司"))
    assert js.values["mlps_level3"] is True and js.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert js.values["sm4_encryption"] is True
    for q in (yt, ml, dh):
        assert q.values["mlps_level3"] is True and q.evidence["mlps_level3"][0] == "claimed", q.vendor
    assert zx.values["mlps_level3"] is False


def test_rich_text_exported_as_html_is_read_as_the_text_it_shows():
    """A procurement platform's 开标一览表 with its rich-text answers as raw HTML: struck words (<s>, <del>) are the old ones
    and left out, entities are the characters they stand for, a list's items are the modules ('电子合同（选配，另加32000元，
    不含税）' an option at its price), and a note says the cells were read as text; '核心风控引擎以SDK形式提供（不含源码），
    其余模块提供完整源码' is a partial delivery."""
    rows = [["投标人名称", "投标报价（元）", "计税方式", "技术响应摘要", "售后服务承诺", "源码交付"],
            ["葫芦岛龙港数科有限公司", "298000.00", "含税",
             "<p><strong>功能模块：</strong>企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理</p>"
             "<p><strong>等保：</strong><s>三级测评中，预计2025年10月取得</s>&nbsp;已取得三级，备案证明编号21140243011-25004</p>",
             "<p>7&times;24小时技术支持，响应时间&lt;=2小时；</p>", "<p>完整源码，无加密，可二次开发</p>"],
            ["本溪平山软件有限公司", "268000.00", "含税",
             "<ul><li>企业征信查询</li><li>银行流水分析</li><li>风控审批、还款管理、用户管理</li><li>电子合同"
             "<span style=\"color:#ff0000;\">（选配，另加32000元，未含在投标报价内）</span></li></ul><p>等保：已取得三级（备案证明编号21050243006-24019）</p>",
             "<p>5&times;8技术支持（工作日），4小时内响应</p>",
             "<p><del>完整源码，无加密</del></p><p>核心风控引擎以SDK形式提供（不含源码），其余模块提供完整源码</p>"]]
    qs = load([("开标一览表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    lg, ps = got["葫芦岛龙港数科有限公司"], got["本溪平山软件有限公司"]
    assert lg.values["mlps_level3"] is True and lg.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert lg.values["support_7x24"] is True and lg.values["response_hours"] == 2
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(lg.values["features"])
    assert {"enterprise_credit", "cashflow_analysis", "user_management"} <= set(ps.values["features"])
    assert "contract_management" not in ps.values["features"]
    assert any(o[1] == "contract_management" and o[2] == 32000 for o in ps.price_parts["options"])
    assert ps.values["source_code_delivery"] == "partial" and ps.values["support_7x24"] is False
    assert any(n.reason == "note.html_text" for n in qs.notes)


def test_a_questionnaire_download_with_a_column_per_option_is_read_option_by_option():
    """A 腾讯问卷 download: a multiple-choice question split into a column per option ('5、报价内包含的功能模块（多选）—商品管理'
    | 1 / 0) is a yes/no per module, a bureau ticked among '12、已对接的征信机构（多选）—…' names it (a 0 says nothing), the 'other'
    tick is no module, and a matrix question's row ('13、售后服务承诺（矩阵单选）—监管政策调整适配') is that term."""
    q5, q12, q13 = "5、报价内包含的功能模块（多选）—", "12、已对接的征信机构（多选）—", "13、售后服务承诺（矩阵单选）—"
    rows = [["编号", "1、贵司全称", "3、报价总额（万元，请填数字）", q5 + "商品管理", q5 + "分期计算器", q5 + "订单跟踪", q5 + "其他",
             q12 + "人行征信中心", q12 + "百行征信", q13 + "监管政策调整适配"],
            [1, "黄冈黄州数科有限公司", 24.8, 1, 1, 1, 0, 0, 1, "免费"],
            [2, "宜昌夷陵软件有限公司", 19.6, 1, 1, 0, 0, 0, 0, "另行收费"]]
    got = _by_vendor(load([("问卷.xlsx", _xlsx(rows))]))
    hz, yl = got["黄冈黄州数科有限公司"], got["宜昌夷陵软件有限公司"]
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(hz.values["features"])
    assert "order_tracking" not in yl.values["features"] and "installment_calculator" in yl.values["features"]
    assert hz.values["licensed_credit_bureau"] is True and yl.values["licensed_credit_bureau"] is None
    assert hz.values["policy_adaptation_free"] is True and yl.values["policy_adaptation_free"] is False


def test_a_table_converted_from_a_pdf_is_read_as_the_table_it_was():
    """A PDF comparison run through 'PDF转Excel': a cell's end in a column with no header ('风控模型（选配' | '，另加3.8万元，
    不含税）', '以上承诺均写' | '入合同'), spaces between glyphs inside words and numbers ('2 2.8万元', '1 2个月', 'S M4'), the
    page footer ('第 1 页 共 2 页'): joined back, the gaps closed, the footer no quote."""
    head = ["序号", "供应商名称", "报价", "功能模块", None, "数据安全", "售后服务承诺", None]
    rows = [head,
            ["1", "伊宁金桥数科有限公司", "2 2.8万元（含税）", "个人征信查询、风控模型、还款管理", None, "身份证号 S M4加密存储",
             "免费维护1 2个月，含小版本升级；以上承诺均写", "入合同"],
            ["2", "奎屯天北软件有限公司", "21.5万元（含税）", "个人征信查询、还款管理、风控模型（选配", "，另加3.8万元，不含税）", "SM4加密",
             "免费维护12个月", None],
            [None, None, None, "第 1 页 共 2 页", None, None, None, None]]
    got = _by_vendor(load([("比选情况表.xlsx", _xlsx(rows))]))
    assert set(got) == {"伊宁金桥数科有限公司", "奎屯天北软件有限公司"}
    jq, tb = got["伊宁金桥数科有限公司"], got["奎屯天北软件有限公司"]
    assert jq.values["price_cny"] == 228_000 and jq.values["free_maintenance_months"] == 12
    assert jq.values["sm4_encryption"] is True and jq.values["commitments_in_contract"] is True
    assert "risk_model" not in tb.values["features"]  # an option, priced before tax (the scoring adds it for a must-have)
    assert [(o[1], o[2]) for o in tb.price_parts["options"]] == [("risk_model", 38_000)] and "不含税" in tb.price_parts["options"][0][0]


def test_columns_of_the_vendors_own_words_on_a_topic_are_read_for_that_topic():
    """A boss's board whose columns say they hold the vendor's words and on what ('对方原话：功能', '对方原话：等保/安全'): each read as
    the field the rest of its label names; '三级测评中，预计2026年3月取得' among the security clauses is the 等保 level in progress."""
    rows = [["灯", "供应商", "对方原话：报价", "对方原话：功能", "对方原话：等保/安全", "老板说"],
            ["绿色", "南通崇川数科有限公司", "27.6万元（含税）", "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
             "等保三级（备案证明编号32060243002-25004）；SM4加密；HTTPS；RBAC；日志保存12个月；人行征信中心", "没合作过"],
            ["黄色", "苏州吴中信息技术有限公司", "30.2万元（含税）", "企业征信查询、银行流水分析、电子合同、区块链存证",
             "三级测评中，预计2026年3月取得；SM4加密；HTTPS；RBAC；日志保存12个月；百行征信", "等证下来再说"]]
    got = _by_vendor(load([("看板.xlsx", _xlsx(rows))]))
    cc, wz = got["南通崇川数科有限公司"], got["苏州吴中信息技术有限公司"]
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(cc.values["features"])
    assert cc.values["mlps_level3"] is True and "blockchain_evidence" in wz.values["features"]
    assert wz.values["mlps_level3"] is False and wz.evidence["mlps_level3"][0] == "claimed"


def test_a_comparison_written_in_two_languages_reads_the_version_that_governs():
    """Two languages on one sheet: an intern's Chinese under each English original ('EN original 供应商原文' | '中文译文（实习生，
    仅供参考）') is the buyer's, never the vendor's ('MLPS L3 cert pending' stays pending whatever the translation says); a column
    pair per vendor under 'EN | 中文' tags is read in the version the sheet says prevails (以中文为准); a header's second line
    in English ('No. | Vendor | Price') is no quote; 'ex-VAT; VAT 6% to be added' is tax-exclusive at 6%."""
    rows = [["Item 项目", "Line 行", "深圳前海鹏程金融科技有限公司", "广州南沙海联数科有限公司"],
            ["Price 报价", "EN original 供应商原文", "RMB 238k incl. 13% VAT", "CNY 198k ex-VAT; VAT 6% to be added"],
            [None, "中文译文（实习生，仅供参考）", "23.8万元（含税）", "19.8万元（含税）"],
            ["MLPS 等保", "EN original 供应商原文", "MLPS Level 3 filed – filing cert no. 44030343012-25006", "MLPS L3 cert pending (est. Q1 2026)"],
            [None, "中文译文（实习生，仅供参考）", "已取得等保三级，备案证明编号44030343012-25006", "已取得等保三级（2026年一季度）"],
            ["Lifetime consulting 终身咨询", "EN original 供应商原文", "Lifetime", "Technical consultation during AMC only"],
            [None, "中文译文（实习生，仅供参考）", "终身", "终身技术咨询"]]
    got = _by_vendor(load([("方案对比.xlsx", _xlsx(rows))]))
    assert set(got) == {"深圳前海鹏程金融科技有限公司", "广州南沙海联数科有限公司"}
    hl = got["广州南沙海联数科有限公司"]
    assert hl.values["price_cny"] == 209_880 and hl.values["mlps_level3"] is False and hl.values["lifetime_consulting"] is False
    rows = [["询价函第7.3条：中英文不一致时以中文为准。", None, None, None, None, None],
            ["序号 No.", "项目 Item", "新加坡狮城信贷科技（深圳）有限公司", None, "深圳福田汇融数据有限公司", None],
            [None, None, "EN", "中文", "EN", "中文"],
            [1, "Total price 报价总额", "CNY 288k incl. VAT", "28.8万元（含税）", "CNY 268k all-in", "26.8万元（不含税，增值税13%另计）"],
            [2, "MLPS Level 3 等保三级", "MLPS Level 3 filed, cert no. 44030443006-25014", "已取得等保三级，备案证明编号44030443006-25014",
             "MLPS Level 3 certified", "等保三级测评中，预计2026年第一季度取得备案证明"],
            [3, "Data encryption 数据加密", "SM4 for PII at rest", "敏感字段SM4加密存储", "SM4", "SM4加密"],
            [4, "Source code 源码交付", "Full source", "完整源码", "Full source", "完整源码"]]
    got = _by_vendor(load([("双语应答.xlsx", _xlsx(rows))]))
    hr = got["深圳福田汇融数据有限公司"]
    assert hr.values["price_cny"] == 302_840 and hr.values["mlps_level3"] is False
    assert got["新加坡狮城信贷科技(深圳)有限公司"].values["mlps_level3"] is True
    rows = [["序号", "供应商", "报价", "计税", "写入合同"], ["No.", "Vendor", "Price", "Tax", "In contract"],
            [1, "新加坡滨海湾数字科技（广州）有限公司", "CNY 228k", "ex-VAT; VAT 6% to be added", "Price & delivery only"]]
    got = _by_vendor(load([("对比.xlsx", _xlsx(rows))]))
    assert set(got) == {"新加坡滨海湾数字科技(广州)有限公司"}
    bh = got["新加坡滨海湾数字科技(广州)有限公司"]
    assert bh.values["price_cny"] == 241_680 and bh.values["commitments_in_contract"] is False


def test_rich_text_cells_built_of_unclosed_tags_still_load():
    """Rich-text cells made to hurt ('<p>' or '<s>' twenty thousand times, never closed) beside real ones: the sheet loads
    and the real cells are read; an unclosed strike-through is no strike-through (core.richtext reads each cell in one
    pass; the earlier pattern took 0.8 s on one such cell)."""
    from core.richtext import html_text

    assert html_text("<del>old</del> new <s>still here") == "new still here"
    rows = [["供应商", "报价", "说明"],
            ["甲数科有限公司", "<p>22.8万元（含税）</p>", "<p>" * 20000],
            ["乙软件有限公司", "<p>23.8万元（含税）</p>", "<s>" * 20000 + "完整源码"]]
    got = _by_vendor(load([("hostile.xlsx", _xlsx(rows))]))
    assert got["甲数科有限公司"].values["price_cny"] == 228_000 and got["乙软件有限公司"].values["price_cny"] == 238_000


def test_software_exports_a_report_grouped_by_region_a_pivot_and_an_erp_comparison():
    """What business software exports: a report whose first column groups the vendors ('供应商分组' | 本地供应商) with a
    '评审状态' saying one withdrew — the group is no vendor, the withdrawal no quote; a compact pivot table pasted as values
    (行标签 | 一次性费用 | 选配模块 | 维保期满年费 | 总计, each vendor's tax row and items below it) — the one-off sum is the price,
    the items under 选配 are options, the grand total none of them; an ERP 询价比价单 with no total per vendor — each vendor's
    lines summed, a line of quantity 0 marked 选配 an option at its unit price, the yearly line the fee."""
    rows = [["供应商分组", "序号", "供应商名称", "报价金额（元）", "等保三级", "评审状态"],
            ["本地供应商", "1", "绵阳涪城数科有限公司", 236000, "已取得三级备案证明（备案证明编号51070343002-25006）", "有效"],
            [None, "2", "江油太白信息技术有限公司", "--", "--", "已放弃（2025-11-28来函不参与）"],
            ["外地供应商", "3", "成都高新天府信科有限公司", 215000, "已取得三级（备案证明编号51019843021-24017）", "有效"]]
    got = _by_vendor(load([("报表.xlsx", _xlsx(rows))]))
    assert set(got) == {"绵阳涪城数科有限公司", "成都高新天府信科有限公司"}
    rows = [["求和项:报价金额（元）", "列标签", None, None, None],
            ["行标签", "一次性费用", "选配模块", "维保期满年费", "总计"],
            ["九江浔阳软件有限公司", 195000, 20000, 18000, 233000],
            ["不含税", 195000, 20000, 18000, 233000],
            ["源码授权费", 170000, None, None, 170000],
            ["实施部署费", 25000, None, None, 25000],
            ["订单跟踪模块", None, 20000, None, 20000],
            ["维保期满年费", None, None, 18000, 18000],
            ["南昌红谷滩分期科技有限公司", 236000, None, 24000, 260000],
            ["含税", 236000, None, 24000, 260000],
            ["源码授权费", 236000, None, None, 236000],
            ["维保期满年费", None, None, 24000, 24000]]
    got = _by_vendor(load([("透视.xlsx", _xlsx(rows))]))
    xy, hg = got["九江浔阳软件有限公司"], got["南昌红谷滩分期科技有限公司"]
    assert hg.values["price_cny"] == 236_000 and hg.values["annual_fee_after_warranty_cny"] == 24_000
    assert xy.values["price_cny"] == 220_350 and [(o[1], o[2]) for o in xy.price_parts["options"]] == [("order_tracking", 20_000)]
    rows = [["【供应商报价汇总】"], ["序号", "供应商名称", "报价状态", "商务技术条款应答（供应商原文）"],
            [1, "襄阳樊城数科有限公司", "已报价", "功能模块：企业征信查询、银行流水分析、电子合同。等保三级已取得（备案证明编号42060243105-24003）"],
            [2, "宜昌西陵软件有限公司", "已报价", "功能模块：企业征信查询、电子合同；银行流水分析为选配模块（价格见明细，本次未计入）"],
            [None], ["【比价明细】"],
            ["行号", "物料名称", "供应商名称", "数量", "含税单价", "含税金额", "行备注"],
            [1, "源码授权", "襄阳樊城数科有限公司", 1, "226,000.00", "226,000.00", None],
            [2, "源码授权", "宜昌西陵软件有限公司", 1, "198,000.00", "198,000.00", None],
            [None, "小计：源码授权", None, None, None, "424,000.00", None],
            [3, "银行流水分析模块", "宜昌西陵软件有限公司", 0, "45,200.00", "0.00", "选配，本次未计入"],
            [4, "部署实施服务", "襄阳樊城数科有限公司", 1, "31,800.00", "31,800.00", None],
            [5, "年度维保服务（免费维保期满后）", "襄阳樊城数科有限公司", 0, "26,500.00", "0.00", "本次不采购"],
            ["合计", None, None, None, None, "481,000.00", None]]
    got = _by_vendor(load([("比价单.xlsx", _xlsx(rows))]))
    fc, xl = got["襄阳樊城数科有限公司"], got["宜昌西陵软件有限公司"]
    assert fc.values["price_cny"] == 257_800 and fc.values["annual_fee_after_warranty_cny"] == 26_500
    assert fc.values["mlps_level3"] is True
    assert xl.values["price_cny"] == 198_000 and any(o[1] == "cashflow_analysis" and o[2] == 45_200 for o in xl.price_parts["options"])


def test_units_only_in_the_headers_and_a_response_per_fault_level():
    """An IT manager's SLA table where only the headers give the units: '期满后维保费（%合同额/年）' | '20' is 20% of the
    contract a year (27,600 on 13.8万, never 20万), '10%' the same; '监管适配免费次数（次/年）' | '不限' is free, '2' free only twice
    (conditional), '0' charged; 'P1 系统瘫痪（响应/恢复）' | '15分钟/2小时' responds in 15 minutes (the 2 hours restore), and of
    the P1/P2/P3 columns the slowest response counts — no '1个工作日' to restore is read as office-hours support. A '管理员单账号'
    among the security answers is no access control; '不免费' is not free."""
    head = ["供应商", "报价（万元）", "计税", "数据安全", "期满后维保费（%合同额/年）", "监管适配免费次数（次/年）", "支持时段",
            "P1 系统瘫痪（响应/恢复）", "P2 功能异常（响应/解决）", "P3 一般问题（响应/解决）", "政策调整"]
    rows = [head,
            ["嘉兴南湖数科有限公司", "23.6", "含税", "SM4；HTTPS；RBAC", "10%", "不限", "7×24", "15分钟/2小时", "30分钟/8小时",
             "1小时/2个工作日", None],
            ["绍兴越城信息技术有限公司", "13.8", "含税", "SM4；HTTPS；RBAC", "20", "2", "7×24", "30分钟/4小时", "1小时/1个工作日",
             "4小时/3个工作日", None],
            ["衢州柯城数科有限公司", "9.8", "含税", "AES；HTTPS；管理员单账号", "8", "0", "7×24", "1小时/—", "—", "—", None],
            ["湖州吴兴软件有限公司", "20.8", "含税", "SM4；HTTPS；RBAC", 8, "—", "7×24", "10分钟/1小时", "—", "—", "不免费"]]
    qs = load([("SLA.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    nh, yc, kc, wx = (got[v] for v in ("嘉兴南湖数科有限公司", "绍兴越城信息技术有限公司", "衢州柯城数科有限公司", "湖州吴兴软件有限公司"))
    fees = {v: r.values["annual_fee_after_warranty_cny"] for v, r in _scored(qs, "consumer_installment").items()}
    assert fees == {"嘉兴南湖数科有限公司": 23_600, "绍兴越城信息技术有限公司": 27_600, "衢州柯城数科有限公司": 7_840,
                    "湖州吴兴软件有限公司": 16_640}
    assert nh.values["policy_adaptation_free"] is True
    assert yc.values["policy_adaptation_free"] is False and yc.evidence["policy_adaptation_free"][0] == "conditional"
    assert kc.values["policy_adaptation_free"] is False and wx.values["policy_adaptation_free"] is False
    assert nh.values["response_hours"] == 1 and yc.values["response_hours"] == 4 and kc.values["response_hours"] == 1
    assert nh.values["support_7x24"] is True and yc.values["support_7x24"] is True
    assert kc.values["access_control"] is False and nh.values["access_control"] is True
    assert yc.sources["annual_fee_after_warranty_cny"][0].text == "20"  # shown as the cell says it


def test_each_vendors_letter_pasted_whole_in_one_cell_is_read_clause_by_clause():
    """A 商务条款确认函 per vendor pasted whole into one cell, its terms numbered '一、合同价款：…' '二、交付内容：…': read as the
    table its clauses make — the total in 大写 with its items before it is the price (never items plus total), '交付内容'
    gives the modules and the source, '服务水平' the support and the slowest fault level's response ('2个工作日内解决' is a
    time to fix, no office hours), the address line and the signature no terms; a letter declining to quote is none."""
    wj = ("致：常州市天宁区龙城小额贷款有限公司\n我司就贵司商户经营贷系统源码采购项目确认商务条款如下：\n"
          "一、合同价款：软件许可及源代码费人民币贰拾肆万捌仟元整，实施部署费人民币叁万元整，培训费人民币贰万元整；合同总价人民币"
          "贰拾玖万捌仟元整（¥298,000.00），含13%增值税。\n"
          "二、交付内容：企业征信查询、银行流水分析、电子合同及合同管理、风控审批、还款管理、用户管理；乙方交付全部源代码（无加密、无授权锁）。\n"
          "三、质量保证：质保期壹年，自甲方出具终验合格证明之日起算；质保期内乙方免费提供缺陷修复及版本升级。质保期满后如甲方续签，年维保费为合同总价的10%。\n"
          "四、服务水平：乙方提供7×24小时技术支持（热线及远程）。故障分级响应：一级故障（系统整体不可用）15分钟内响应、2小时内恢复；"
          "二级故障（核心功能异常）1小时内响应、8小时内解决；三级故障（一般问题）2小时内响应、2个工作日内解决。\n"
          "五、监管政策适配：因法律法规及监管政策调整所需的系统修改，质保期及维保期内乙方免费完成，不限次数。\n"
          "六、安全合规：本系统已取得网络安全等级保护第三级备案证明（编号32041243007-25011）；SM4加密存储；全站HTTPS；RBAC权限管理；"
          "操作日志保存12个月；征信接口对接中国人民银行征信中心、百行征信。\n"
          "常州武进数科有限公司 合同管理部 2025-12-03")
    wz = ("致：常州市天宁区龙城小额贷款有限公司\n一、合同价款：合同总价24.8万元（含税）。\n"
          "二、交付内容：企业征信查询、银行流水分析、电子合同、风控审批；完整源码。\n"
          "三、质量保证：免费维护期12个月，含缺陷修复及小版本升级。\n"
          "四、服务水平：技术支持时间7×24小时；一级故障2小时内响应，二级故障4小时内响应，三级故障1个工作日内响应。\n"
          "苏州吴中信息技术有限公司 2025-12-03")
    no = "致：常州市天宁区龙城小额贷款有限公司\n经我司合同管理部审核，贵司合同范本第8条我司无法接受，本次不参与报价。\n镇江京口数科有限公司"
    rows = [["商务条款确认函登记表"], ["序号", "供应商（盖章单位）", "《商务条款确认函》正文（原文照录）", "采购部登记备注"],
            [1, "常州武进数科有限公司", wj, "附件齐全"], [2, "苏州吴中信息技术有限公司", wz, None], [3, "镇江京口数科有限公司", no, "放弃"]]
    qs = load([("确认函.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"常州武进数科有限公司", "苏州吴中信息技术有限公司"}
    wj_q, wz_q = got["常州武进数科有限公司"], got["苏州吴中信息技术有限公司"]
    assert wj_q.values["price_cny"] == 298_000 and wz_q.values["price_cny"] == 248_000
    assert {"enterprise_credit", "cashflow_analysis", "contract_management", "risk_approval"} <= set(wj_q.values["features"])
    assert wj_q.values["source_code_delivery"] == "full" and wj_q.values["mlps_level3"] is True
    assert wj_q.values["free_maintenance_months"] == 12 and wj_q.values["policy_adaptation_free"] is True
    assert wj_q.values["support_7x24"] is True and wj_q.values["response_hours"] == 2
    assert wz_q.values["support_7x24"] is True and wz_q.values["response_hours"] == 24
    assert _scored(qs, "merchant_loan")["常州武进数科有限公司"].values["annual_fee_after_warranty_cny"] == 29_800
    assert wj_q.sources["price_cny"][0].address.endswith("C3")  # read at the letter's own cell


def test_a_clause_by_clause_review_of_the_buyers_contract_template_reads_only_the_vendors_replies():
    """A legal officer's 条款比对表: a row per article of the buyer's template ('第4条 交付内容（功能模块）', '第6条 服务水平·一级故障
    （核心业务中断）', '第12条 合同效力'), the template's own wording in column B ('甲方合同范本条款（我方拟稿，非供应商承诺）') and a
    column per vendor's reply. The template is no quote and never fills a vendor's blank; the article numbers do not hide
    what a row is about; the modules delivered are the module list; each fault level's response counts at the slowest;
    '版本升级另行报价' leaves the upgrades out at a price (conditional)."""
    rows = [["合同主要条款比对表"],
            ["条款", "甲方合同范本条款（我方拟稿，非供应商承诺）", "烟台芝罘数科有限公司", "日照东港信息技术有限公司", "法务审查意见"],
            ["第3条 合同价款", "合同总价为含税总价。", "确认。合计21.6万元（含税）。", "修改为：合同总价16.8万元（不含税）。", None],
            ["第4条 交付内容（功能模块）", "至少包括个人征信查询、风控模型、反欺诈。", "个人征信查询、风控模型、反欺诈模型、还款管理",
             "个人征信查询、智能风控、还款计划", None],
            ["第5条 质保期内维护范围", "质保期内免费提供缺陷修复及版本升级。", "接受。含缺陷修复及小版本升级。",
             "修改为：质保期内仅修复程序缺陷，版本升级另行报价。", None],
            ["第6条 服务水平·技术支持时间", "7×24小时技术支持。", "接受。7×24小时技术支持。", None, "东港未答"],
            ["第6条 服务水平·一级故障（核心业务中断）", "30分钟内响应，4小时内恢复。", "30分钟内响应，4小时内恢复。",
             "4小时内响应，1个工作日内恢复。", None],
            ["第6条 服务水平·二级故障（部分功能异常）", "2小时内响应，24小时内解决。", "1小时内响应，12小时内解决。",
             "8小时内响应，3个工作日内解决。", None],
            ["第12条 合同效力", "以上承诺均写入合同正文。", "接受。第3至9条承诺全部写入合同正文。", None, None]]
    got = _by_vendor(load([("条款比对.xlsx", _xlsx(rows))]))
    assert set(got) == {"烟台芝罘数科有限公司", "日照东港信息技术有限公司"}
    zf, dg = got["烟台芝罘数科有限公司"], got["日照东港信息技术有限公司"]
    assert zf.values["price_cny"] == 216_000
    assert {"personal_credit_report", "risk_model", "anti_fraud", "repayment_management"} <= set(zf.values["features"])
    assert zf.values["support_7x24"] is True and zf.values["response_hours"] == 1
    assert zf.values["commitments_in_contract"] is True
    assert dg.values["support_7x24"] is None and dg.values["commitments_in_contract"] is None  # a blank is no acceptance
    assert dg.values["response_hours"] == 8
    assert dg.values["maintenance_includes_upgrades"] is False and dg.evidence["maintenance_includes_upgrades"][0] == "conditional"


def test_vendor_blocks_side_by_side_one_pasted_lower_are_each_one_quote():
    """An assistant's WPS sheet: each vendor a block of columns (项目 | 内容 | 分值) under '供应商A：…', the blocks in their
    own row orders, one pasted two rows lower under a '[图片]' placeholder, the sheet's row numbers copied into column A.
    Each block is one quote under its company's name; the 分值 column is hers."""
    rows = [[1, "比价（给王总看）"], [2, None],
            [3, "供应商A：任丘华北数智科技有限公司", None, None, None, "供应商B：迁安钢城软件有限公司", None, None, None, "[图片]"],
            [4, "项目", "内容", "分值", None, "项目", "内容", "分值"],
            [5, "报价", "23.8万元", 6, None, "源码", "完整源码", 8, None, "供应商C：黄骅港信数科有限公司"],
            [6, "等保三级", "已取得，备案证明编号13098243010-24017", 10, None, "价格", "21.5万", 8, None, "项目", "内容", "分值"],
            [7, "征信接口", "人行征信中心、百行征信", 10, None, "等保", "三级，备案证明编号13028143008-25003", 10, None, "报价",
             "19.6万（含税）", 10],
            [8, "合计分值", None, 26, None, "合计分值", None, 26, None, "等保", "见上图（证书截图）", 10]]
    got = _by_vendor(load([("比价.xlsx", _xlsx(rows))]))
    assert set(got) == {"任丘华北数智科技有限公司", "迁安钢城软件有限公司", "黄骅港信数科有限公司"}
    assert got["任丘华北数智科技有限公司"].values["price_cny"] == 238_000
    assert got["迁安钢城软件有限公司"].values["mlps_level3"] is True
    hh = got["黄骅港信数科有限公司"]
    assert hh.values["price_cny"] == 196_000 and hh.values["mlps_level3"] is None  # a pointer to a picture not in the file


def test_a_checklist_of_red_flag_questions_reads_yes_as_the_flag_and_the_vendors_words_for_the_rest():
    """A risk director's 否决项检查表: every row a question about a red flag ('是否未取得等保三级？', '是否缺少…任一模块？',
    '操作日志保存期是否不足6个月？', '是否源码加密或只给授权？'), each vendor's 是/否 under it, its own words in a '供应商原话' row, his
    '处理口径（风控部）' column beside. 是 is the flag; a bare answer gives no figure, no module list and no source kind (the
    words do); the words row and his column are no vendors."""
    head = ["序号", "否决项（是＝存在该问题）", "兰溪兰江信息技术有限公司", "余姚姚江数科有限公司", "处理口径（风控部）"]
    rows = [["否决项检查表"], head,
            [1, "是否未取得等保三级？", "否", "是", "一票否决"],
            [2, "是否缺少企业征信、银行流水分析、合同管理中的任一模块？", "否", "否", "一票否决"],
            [3, "操作日志保存期是否不足6个月？", "否", "是", "需整改"],
            [4, "是否源码加密或只给授权？", "否", "是", "需谈判"],
            ["—", "供应商原话（摘自回复函文字说明）",
             "已取得等保三级，备案证明编号33078143005-24012；日志保存12个月；模块：企业征信查询、银行流水分析、合同管理、风控审批；完整源码交付",
             "我司系统目前为等保二级（已备案）；日志保存3个月；模块：企业征信查询、银行流水分析、合同管理；交付编译包及部分源码，核心引擎加密", None],
            ["—", "报价", "298,000元（含税）", "228,000元", "以各家回复函为准"]]
    got = _by_vendor(load([("否决项.xlsx", _xlsx(rows))]))
    assert set(got) == {"兰溪兰江信息技术有限公司", "余姚姚江数科有限公司"}
    lx, yy = got["兰溪兰江信息技术有限公司"], got["余姚姚江数科有限公司"]
    assert lx.values["mlps_level3"] is True and yy.values["mlps_level3"] is False
    assert lx.values["audit_log_months"] == 12 and yy.values["audit_log_months"] == 3
    assert lx.values["source_code_delivery"] == "full" and yy.values["source_code_delivery"] == "partial"
    assert {"enterprise_credit", "cashflow_analysis", "contract_management", "risk_approval"} <= set(lx.values["features"])
    assert lx.values["price_cny"] == 298_000


def test_an_oa_export_in_long_format_takes_the_later_answer_by_its_time_not_its_row():
    """An OA form's 比价 export, one row per vendor and item (供应商 | 比价项 | 供应商填报 | 单位 | 填报时间), the newest answer
    listed first: of an item answered twice the later by 填报时间 governs — a corrected module list replaces the first,
    never adds to it — and the buyer's 审核备注 is no term."""
    head = ["序号", "供应商", "比价项", "供应商填报", "单位", "填报时间", "审核备注"]
    rows = [["OA采购比价单导出"], head,
            [1, "利川龙船数科有限公司", "报价总额", 258000, "元", "2025-11-18 14:02", None],
            [2, "利川龙船数科有限公司", "功能模块", "商品管理、订单跟踪、风控审批（分期计算器列入二期开发，本次不含）", None,
             "2025-11-26 16:30", "供应商更正"],
            [3, "利川龙船数科有限公司", "功能模块", "商品管理、分期计算器、订单跟踪、风控审批", None, "2025-11-18 14:02", None],
            [4, "利川龙船数科有限公司", "免费维护期", 18, "月", "2025-11-30 11:05", "对方让利，维护期延长至18个月"],
            [5, "利川龙船数科有限公司", "免费维护期", 12, "月", "2025-11-19 09:42", None],
            [6, "麻城龟峰信息技术有限公司", "报价总额", 248000, "元", "2025-11-19 10:00", None],
            [7, "麻城龟峰信息技术有限公司", "等保三级", "三级测评中", None, "2025-11-18 10:00", None],
            [8, "麻城龟峰信息技术有限公司", "等保三级", "已取得三级（备案证明编号42110243006-25003）", None, "2025-12-02 09:00", None]]
    got = _by_vendor(load([("OA比价.csv", _csv_utf16(rows))]))
    lc, mc = got["利川龙船数科有限公司"], got["麻城龟峰信息技术有限公司"]
    assert "installment_calculator" not in lc.values["features"] and "order_tracking" in lc.values["features"]
    assert lc.values["free_maintenance_months"] == 18
    assert mc.values["mlps_level3"] is True and mc.values["price_cny"] == 248_000


def test_a_committees_conformity_review_is_no_quote_and_its_rejection_holds_on_every_sheet():
    """A tender agent's 评标报告 appendix: a 符合性审查 sheet of the committee's ✓ / × per bidder (its 审查标准 column the tender's
    wording) with a 审查结论 row, a response sheet of each bidder's own words, and the opening prices on a third sheet. The
    ticks are the committee's, never terms; the words and the prices make each bidder's quote; a bidder the review rejects
    ('不通过（废标）') is no quote on the price sheet either."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "符合性审查"
    for row in [["附表1 符合性审查表"], ["序号", "审查项目", "审查标准（招标文件第三章2.2条）", "利川腾龙数科有限公司", "资兴东江湖信息技术有限公司",
                                        "岑溪天龙顶网络科技有限公司"],
                [1, "投标报价", "不超过最高投标限价", "✓", "✓", "✓"], [2, "等级保护", "提供三级备案证明或书面承诺", "✓", "✓", "✓"],
                [3, "源码交付", "交付完整源代码", "✓", "✓", "✓"], [None, "审查结论", None, "通过", "通过", "不通过（废标）"]]:
        ws.append(row)
    ws = wb.create_sheet("商务技术响应摘录")
    for row in [["附表2 商务技术响应摘录"], ["序号", "评审项", "招标文件要求", "利川腾龙数科有限公司", "资兴东江湖信息技术有限公司"],
                [1, "等级保护", "已取得三级备案证明", "已委托测评机构开展第三级等级测评，预计2026年1月取得备案证明",
                 "已取得第三级备案证明，备案证明编号43108143011-25002"],
                [2, "源码交付", "完整源码", "交付全部源代码，无加密", "交付完整源代码，无加密"],
                [3, "数据加密", "敏感字段SM4加密存储", "采用国密SM4算法加密存储", "身份证号、手机号SM4加密存储"],
                [4, "免费维护期", "不少于12个月", "自终验合格之日起免费维护12个月", "免费维护12个月"],
                [5, "技术支持", "7×24小时", "7×24小时技术支持", "7×24小时技术支持，指定专属工程师"]]:
        ws.append(row)
    ws = wb.create_sheet("开标报价一览表")
    for row in [["附表3 开标报价一览表"], ["开标序号", "投标人名称", "投标报价（小写，元）", "报价说明", "备注"],
                [1, "利川腾龙数科有限公司", "196,000.00", "含税", None], [2, "岑溪天龙顶网络科技有限公司", "168,000.00", "含税", None],
                [3, "资兴东江湖信息技术有限公司", "218,000.00", "含税", None]]:
        ws.append(row)
    got = _by_vendor(load([("评标报告.xlsx", _saved(wb))]))
    assert set(got) == {"利川腾龙数科有限公司", "资兴东江湖信息技术有限公司"}
    zx, lc = got["资兴东江湖信息技术有限公司"], got["利川腾龙数科有限公司"]
    assert zx.values["price_cny"] == 218_000 and lc.values["price_cny"] == 196_000
    assert zx.values["mlps_level3"] is True and lc.values["mlps_level3"] is False  # the ✓ is the committee's, not a level


def test_a_header_in_two_rows_a_reviewer_quoting_the_vendors_own_document_and_a_plan_that_is_no_level():
    """A law firm's summary: group headers merged over their sub-headers ('一、报价（照录报价函）' over 报价金额 | 计税方式; '四、许可
    及交付条款' over 合同草案条款原文 | 本所核查意见) — each column named by its term, the lawyer's columns his. An IT supervisor's
    check '不符：…《售后服务承诺书》…为“免费维护期6个月…”' quotes the vendor's own document: its words, after the answer.
    '目前为等保二级，三级测评计划于2026年启动' is level 2 today (a plan is no assessment under way)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["尽职调查摘要表"], ["序号", "供应商", "一、报价（照录报价函）", None, "四、许可及交付条款", None, "五、网络安全等级保护备案", None],
                [None, None, "报价金额", "计税方式", "合同草案条款原文", "本所核查意见", "供应商陈述", "本所核查意见"],
                [1, "和龙仙峰数科有限公司", "24.6万元", "含税", "乙方向甲方交付完整源代码（含风控引擎），无加密", "条款可接受",
                 "已取得第三级备案证明，备案证明编号22240643012-25007", "已核"],
                [2, "安图二道白河软件有限公司", "22.5万元", "不含税（增值税13%另计）",
                 "源代码仅限在乙方授权的服务器（绑定服务器硬件信息）上部署", "建议修改", "已取得第三级备案证明，备案证明编号22242643005-24011", "已核"],
                [3, "图们日光山网络科技有限公司", "16.8万元", "含税", "交付源代码，部分核心模块（风控引擎）以加密形式提供", "建议完整交付",
                 "目前为等保二级，三级测评计划于2026年启动。", "与陈述一致"]]:
        ws.append(row)
    for cells in ("C2:D2", "E2:F2", "G2:H2"):
        ws.merge_cells(cells)
    got = _by_vendor(load([("尽调.xlsx", _saved(wb))]))
    hl, ad, rg = (got[v] for v in ("和龙仙峰数科有限公司", "安图二道白河软件有限公司", "图们日光山网络科技有限公司"))
    assert hl.values["source_code_delivery"] == "full" and ad.values["source_code_delivery"] == "licence_only"
    assert rg.values["source_code_delivery"] == "partial"
    assert ad.values["price_cny"] == 254_250  # 不含税 in its own sub-column, 13% added
    assert rg.values["mlps_level3"] is False and rg.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    rows = [["需求响应核查表"], ["需求编号", "采购需求（需求书原文）", "公主岭怀德软件有限公司", None, "辽源东辽河数科有限公司", None],
            [None, None, "供应商响应", "监理核查", "供应商响应", "监理核查"],
            ["REQ-13", "免费维护期不少于12个月，维护含缺陷修复及版本升级", "满足。免费维护12个月，含缺陷修复及版本升级。",
             "不符：供应商提交的《售后服务承诺书》（2025-11-20盖章）第二条为“免费维护期6个月，维护期内仅提供缺陷修复”",
             "满足。自终验合格之日起免费维护12个月，含缺陷修复及小版本升级。", "供应商未提供盖章的《售后服务承诺书》，待补交"],
            ["REQ-15", "因监管政策变化所需的系统调整免费", "满足。政策调整免费适配。", "已核", "小调整免费，重大政策调整另行报价。", "与应答一致"]]
    got = _by_vendor(load([("核查表.xlsx", _xlsx(rows))]))
    hd, dl = got["公主岭怀德软件有限公司"], got["辽源东辽河数科有限公司"]
    assert hd.values["free_maintenance_months"] == 6 and hd.values["maintenance_includes_upgrades"] is False
    assert dl.values["free_maintenance_months"] == 12  # a check not yet done undoes nothing
    assert hd.values["policy_adaptation_free"] is True and dl.values["policy_adaptation_free"] is False


def test_amounts_and_times_as_people_type_them():
    """A finance clerk's sheet whose note above the table says '金额单位：千元' (a cell's own unit wins): a bare 226 is 226,000,
    '23万8' stays 238,000; '29.8万/套，两套（生产+灾备）共59.6万' is one set's price; 'T+1' is the next day and '当天' the
    working day, never an hour; '免费维护至2026年12月31日（上线约2026年3月）' about ten months; '维护包含' names the upgrades."""
    rows = [["询价汇总表（财务部）"], ["金额单位：千元（供应商原话自带单位的，以原话为准）。"], [],
            ["项目", "浏阳金阳数科有限公司", "湘乡东山软件有限公司", "瑞安飞云数科有限公司", "乐平洎阳信息技术有限公司"],
            ["报价", 226, "23万8", "29.8万/套，两套（生产+灾备）共59.6万", "22.8W"],
            ["维保期满年费", 24, "2.6万/年", "3万/年", "2万/年"],
            ["免费维护期", "终验后12个月", "壹年", "12个月", "免费维护至2026年12月31日（上线约2026年3月）"],
            ["维护包含", "bug修复+小版本升级", "只修bug", "bug修复+版本升级", "bug修复+小版本升级"],
            ["响应时间", "半小时", "T+1", "当天", "2H"]]
    got = _by_vendor(load([("询价.xlsx", _xlsx(rows))]))
    ly, xx, ra, lp = (got[v] for v in ("浏阳金阳数科有限公司", "湘乡东山软件有限公司", "瑞安飞云数科有限公司", "乐平洎阳信息技术有限公司"))
    assert ly.values["price_cny"] == 226_000 and ly.values["annual_fee_after_warranty_cny"] == 24_000
    assert xx.values["price_cny"] == 238_000 and ra.values["price_cny"] == 298_000
    assert xx.values["response_hours"] == 24 and ra.values["response_hours"] == 8 and ly.values["response_hours"] == 0.5
    assert lp.values["free_maintenance_months"] == 10
    assert ly.values["maintenance_includes_upgrades"] is True and xx.values["maintenance_includes_upgrades"] is False


def test_formula_leftovers_say_nothing_and_a_typed_formula_is_read_as_the_amount_it_spells():
    """A CSV saved from a workbook: '#REF!' in a price cell (the vendor's price in its own words in the remarks), '#N/A' in a
    looked-up column, '=23.8*10000' typed as text; and a template sheet's '（请填写贵司全称）' is no vendor."""
    head = ["序号", "供应商名称", "报价（元）", "计税方式", "征信接口", "备注（报价单原文摘录）"]
    rows = [head, [1, "庄河海韵数科有限公司", "#REF!", "含税", "人行企业征信系统、百行征信",
                   "报价单原文：源码授权费21.8万元，部署实施及培训费6.8万元，合计人民币贰拾捌万陆仟元整（¥286,000.00，含税）。"],
            [2, "凌海大凌河信息技术有限公司", "=23.8*10000", "含税", "#N/A", "报价单原文：23.8万元（含税）"],
            [3, "北镇医巫闾网络科技有限公司", "264000", "含税", "朴道征信", "合计264,000元（含税）"],
            [4, "（请填写贵司全称）", "（请填写含税总价）", None, None, None]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("比价.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"庄河海韵数科有限公司", "凌海大凌河信息技术有限公司", "北镇医巫闾网络科技有限公司"}
    assert got["庄河海韵数科有限公司"].values["price_cny"] == 286_000
    assert got["凌海大凌河信息技术有限公司"].values["price_cny"] == 238_000
    assert got["凌海大凌河信息技术有限公司"].values["licensed_credit_bureau"] is None  # '#N/A' says nothing
    assert any(n.reason == "note.excel_errors" for n in qs.notes)


def test_a_procurement_platforms_own_columns_are_no_terms_of_the_quotes():
    """A group's 阳光采购平台 比价结果: a header block of the project's fields over one row per 报价人, the platform's own computed
    columns (报价排名 by lowest price, 偏离情况, 是否中标候选, 报价状态) beside each vendor's 报价（元） and words. 报价人 names
    the vendor; the rank is no price; a bidder 已放弃 is none."""
    rows = [["阳光采购平台 · 询比价项目比价结果"], ["项目编号", "HYJT-XBJ-2025-0614", None, "评审方法", None, "最低价法"],
            ["最高限价（元）", "250,000.00", None, "导出人", None, "姜晓彤"], [],
            ["序号", "报价人编码", "报价人", "报价（元）", "报价说明", "商务技术应答", "偏离情况", "报价排名", "是否中标候选", "报价状态"],
            [1, "GYS2021003187", "莱州云峰山软件有限公司", 236000, "含税总价", "等保：已取得等保三级，备案证明编号37068343012-24006",
             "有偏离", 3, "否", "已报价"],
            [2, "GYS2024000652", "招远罗山信息技术有限公司", 158000, "本报价为不含税价，增值税按6%另开专用发票",
             "等保：系统按等保三级要求设计开发", "无偏离", 1, "第一中标候选人", "已报价"],
            [3, "GYS2023002276", "海阳招虎山信息科技有限公司", None, "因项目排期冲突，我司放弃本次报价。", None, "—", "—", "—", "已放弃"]]
    got = _by_vendor(load([("比价结果.xlsx", _xlsx(rows))]))
    assert set(got) == {"莱州云峰山软件有限公司", "招远罗山信息技术有限公司"}
    assert got["莱州云峰山软件有限公司"].values["price_cny"] == 236_000
    assert got["招远罗山信息技术有限公司"].values["price_cny"] == 167_480  # 158,000 before 6% VAT; its rank 1 no amount


def test_vendors_own_quotes_with_a_module_service_column_or_a_price_column_are_each_one_quote():
    """Each vendor's own 报价单 uploaded together: one with its lines under '模块/服务 | 规格说明 | 数量 | 单价(元) | 金额(元)' and
    its terms in sentences, one under '项目 | 内容 | 价格' ('原价16.8万，限时特价8.8万（含税）'): each is one quote named by its
    title, never a table whose contact person ('联系人 | 蔡先生') is a vendor."""
    a = [["长乐航城信息技术有限公司"], ["报价单"], ["报价单号", "HC-QT-2025-11-088", None, "报价日期", "2025-11-24"],
         ["客户名称", "石狮市鸿山小额贷款有限公司", None, "联系人", "蔡先生"],
         ["序号", "模块/服务", "规格说明", "数量", "单价(元)", "金额(元)"],
         [1, "分期业务基础平台", "用户管理、风控审批、还款管理", "1套", "96000.00", "96000.00"],
         [2, "商品管理模块", "商品库、SKU", "1套", "36000.00", "36000.00"],
         [3, "实施部署及培训", "上门部署、2天培训", "1项", "24000.00", "24000.00"],
         [None, "合计（含税）", None, None, None, "156000.00"], [],
         ["一、等保：系统已取得网络安全等级保护第三级备案证明，备案证明编号35018243007-24015。"],
         ["二、源码：完整源码交付，无加密，可二次开发。"]]
    b = [["龙海月港软件工作室 报价单（限时特价）"], ["项目", "内容", "价格"],
         ["消费分期系统全套源码", "商品管理✔ 分期计算器✔ 订单跟踪✔", "原价16.8万，限时特价8.8万（含税）"],
         ["部署", "远程部署", "包含"], [], ["等保：暂未办理。"], ["源码：提供加密授权版，绑定一个域名。"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(a)
    got = _by_vendor(load([("航城报价.csv", buf.getvalue().encode("utf-8-sig")), ("月港报价.xlsx", _xlsx(b))]))
    assert set(got) == {"长乐航城信息技术有限公司", "龙海月港软件工作室"}
    hc, yg = got["长乐航城信息技术有限公司"], got["龙海月港软件工作室"]
    assert hc.values["price_cny"] == 156_000 and hc.values["mlps_level3"] is True
    assert hc.values["source_code_delivery"] == "full"
    assert yg.values["price_cny"] == 88_000 and yg.values["mlps_level3"] is False
    assert yg.values["source_code_delivery"] == "licence_only"


def _oa_form(ws, top: int, fields: list[tuple], status: str) -> int:
    """One OA 审批单 on a six-column grid: label in A, value merged over B:C, label in D, value merged over E:F (a lone pair's
    value over B:F). Returns the row after it."""
    rows = [("表单编号", f"ZRBX-{top:04d}", "流程状态", status), ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-10")] + fields
    for i, pair in enumerate(rows):
        r = top + i
        ws.cell(r, 1, pair[0])
        ws.cell(r, 2, pair[1])
        if len(pair) == 2:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            continue
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 4, pair[2])
        ws.cell(r, 5, pair[3])
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    return top + len(rows) + 2


def test_oa_forms_stacked_on_a_six_column_grid_are_one_quote_each_and_their_approvals_no_vendors_words():
    """An OA system's 供应商准入审批单 printed to Excel, one form per vendor stacked down the sheet, two 'label | value' pairs a
    row with each value merged over two columns: each form one quote named by its 供应商名称, each value under the label
    beside it (never the next pair's label); the credit code is no vendor; 审批意见 (an approver's phone call: '已取得等保三级')
    is no vendor's word; a draft's empty field is unknown."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.cell(1, 1, "某小额贷款有限公司 OA办公系统 · 供应商准入及比选审批单")
    ws.merge_cells("A1:F1")
    top = 3
    top = _oa_form(ws, top, [
        ("供应商名称", "昆山玉峰数科有限公司", "统一社会信用代码", "91320583MA27XK3N5R"),
        ("报价金额（元）", "238,000.00", "计税方式", "含税（13%专票）"),
        ("等保三级", "满足等保三级要求，测评报告待提供", "数据加密", "SM4（身份证号、手机号、银行卡号）"),
        ("日志保存期", "12个月", "征信接口", "百行征信、朴道征信"),
        ("审批意见", "采购部：经电话核实，该公司已取得等保三级，证书后补；建议作为首选。")], "审批通过")
    top = _oa_form(ws, top, [
        ("供应商名称", "常熟虞山软件有限公司", "统一社会信用代码", "91320581MA1W8Q4L2T"),
        ("报价金额（元）", "268,000.00", "计税方式", "含税（13%专票）"),
        ("等保三级", "已取得，备案证明编号32058143011-24018", "数据加密", "SM4（身份证号、手机号、银行卡号、住址）"),
        ("日志保存期", "12个月，异常操作可追溯", "征信接口", "人行征信中心、百行征信"),
        ("审批意见", "报价偏高，建议先压价再议。")], "审批中")
    _oa_form(ws, top, [
        ("供应商名称", "张家港沙洲信息技术有限公司", "统一社会信用代码", "91320582MA20L6QJ8W"),
        ("报价金额（元）", "225,000.00", "计税方式", "含税"),
        ("等保三级", None, "数据加密", "SM4"),
        ("日志保存期", "6个月", "征信接口", None),
        ("审批意见", None)], "草稿（未提交）")
    got = _by_vendor(load([("准入审批单.xlsx", _saved(wb))]))
    assert set(got) == {"昆山玉峰数科有限公司", "常熟虞山软件有限公司", "张家港沙洲信息技术有限公司"}
    yf, ys, sz = got["昆山玉峰数科有限公司"], got["常熟虞山软件有限公司"], got["张家港沙洲信息技术有限公司"]
    assert yf.values["price_cny"] == 238_000 and ys.values["price_cny"] == 268_000
    assert yf.values["sm4_encryption"] is True and yf.values["audit_log_months"] == 12
    assert yf.evidence["mlps_level3"][0] == "claimed"  # the vendor's own words; the approver's phone call is hearsay
    assert ys.values["mlps_level3"] is True and "mlps_level3" not in ys.evidence
    assert ys.values["licensed_credit_bureau"] is True
    assert sz.values["mlps_level3"] is None and sz.values["licensed_credit_bureau"] is None  # a draft's blanks: unknown
    assert sz.values["audit_log_months"] == 6


def test_an_erp_inquirys_lines_by_vendor_and_material_under_one_document_number_are_one_quote_per_vendor():
    """A 金蝶-style 询价单 exported line by line: the document's fields (单据编号, 询价员…) repeated on every line, the lines'
    own 行号 / 物料编码 / 计量单位 / 交货期 changing from line to line. Each vendor's lines are one quote: the price is the
    sum of its 价税合计 without the server it added (said: hardware_excluded); the modules are those in the edition's
    brackets; the '服务条款（文本应答）' line at 0.00 carries the vendor's terms in its 备注 — read, never a fee of 0; a remark
    that only repeats the item's name ('含源码授权' under 源码授权) answers nothing."""
    head = ["单据编号", "单据状态", "询价日期", "采购组织", "询价员", "供应商编码", "供应商", "行号", "物料编码", "物料名称", "规格型号",
            "计量单位", "数量", "含税单价", "税率%", "价税合计", "交货期", "备注"]
    doc = ["XJD-20251118-0007", "已审核", "2025-11-18", "某小额贷款有限公司", "钟晓芸"]
    terms_a = ("等保：已取得等保三级，备案证明编号51018243017-24012；加密：SM4加密存储；日志：操作日志保存12个月；"
               "维护：免费维护12个月，含bug修复及小版本升级；年费：维保期满后2.6万元/年；源码：完整源码，无加密，可二次开发")
    terms_b = "等保：三级测评中，预计2026年2月取得备案证明；日志：保存6个月；年费：维保期满后2.8万元/年；源码：完整源码"
    rows = [head,
            doc + ["VEN.0417", "彭州丹景山软件有限公司", 1, "08.02.0031", "小额贷系统源码授权",
                   "商户经营贷版V3.2（含企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理）", "套", "1.00", "226000.00",
                   "13.00", "226000.00", "2026-01-31", "含源码授权"],
            doc + ["VEN.0417", "彭州丹景山软件有限公司", 2, "08.03.0007", "系统部署实施及培训", "现场部署、操作培训2天", "项", "1.00",
                   "42000.00", "13.00", "42000.00", "2026-02-28", ""],
            doc + ["VEN.0417", "彭州丹景山软件有限公司", 3, "03.01.0012", "服务器", "2U机架式（2×Xeon Silver 4310/128GB）", "台",
                   "2.00", "44500.00", "13.00", "89000.00", "2026-01-15", "应贵司要求代采硬件，原厂质保3年"],
            doc + ["VEN.0417", "彭州丹景山软件有限公司", 4, "08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "13.00",
                   "0.00", "", terms_a],
            doc + ["VEN.0388", "邛崃文君信息技术有限公司", 5, "08.02.0031", "小额贷系统源码授权",
                   "V5.0标准版（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", "套", "1.00", "256000.00", "6.00",
                   "256000.00", "2026-01-20", ""],
            doc + ["VEN.0388", "邛崃文君信息技术有限公司", 6, "08.03.0007", "系统部署实施及培训", "部署实施、培训", "项", "1.00",
                   "36000.00", "6.00", "36000.00", "2026-02-20", ""],
            doc + ["VEN.0388", "邛崃文君信息技术有限公司", 7, "08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "6.00",
                   "0.00", "", terms_b]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("询价单.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"彭州丹景山软件有限公司", "邛崃文君信息技术有限公司"}
    pz, ql = got["彭州丹景山软件有限公司"], got["邛崃文君信息技术有限公司"]
    assert pz.values["price_cny"] == 268_000 and pz.price_parts["hardware_excluded"] == 89_000
    assert ql.values["price_cny"] == 292_000  # 含税 at 6 %: never taxed again
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(pz.values["features"])
    assert pz.values["mlps_level3"] is True and pz.values["audit_log_months"] == 12
    assert pz.values["free_maintenance_months"] == 12 and pz.values["annual_fee_after_warranty_cny"] == 26_000
    assert pz.values["source_code_delivery"] == "full" and pz.evidence["source_code_delivery"][0] == "stated"
    assert ql.values["mlps_level3"] is False and ql.values["annual_fee_after_warranty_cny"] == 28_000
    res = _scored(qs, "merchant_loan")
    assert any(f.code == "hardware_excluded" for f in res["彭州丹景山软件有限公司"].flags)


def test_a_contract_check_reads_the_vendors_own_draft_and_reply_over_its_quote_and_no_clause_number_as_an_amount():
    """A 合同谈判核对清单: 供应商 (on its first row only) | 核对项 | 报价单原文 | 乙方合同草稿条款原文（…） | 乙方书面答复（…） |
    法务核对意见（我方）. Each vendor is one quote; its own draft and its reply came later than its quote and govern where
    they state the item ('第5.1条 免费维护期6个月' over '免费维护12个月'); a clause number ('第5.4条') is no amount; the
    legal officer's column is the buyer's."""
    head = ["供应商", "核对项", "报价单原文（11月书面报价单）", "乙方合同草稿条款原文（供应商提供，12月初）", "乙方书面答复（12月3日至4日）",
            "法务核对意见（我方）"]
    rows = [["某小额贷款有限公司 合同谈判核对清单"], [], head,
            ["稷山稷王信息技术有限公司", "合同价款", "25.2万元（含税）", "第3条 合同总价为人民币25.2万元（含税）。", "", "一致"],
            ["", "免费维护期及范围", "免费维护12个月，含bug修复及小版本升级", "第5.1条 免费维护期6个月，自验收合格之日起算。",
             "维护期按合同草稿执行。", "不一致"],
            ["", "维保期满后年费", "2.0万元/年", "第5.4条 免费维护期满后，年服务费为人民币2万元。", "", "一致"],
            ["新绛龙兴软件有限公司", "合同价款", "26.8万元（含税）", "第3.1条 合同总价为人民币26.8万元（含税）。", "", "一致"],
            ["", "免费维护期及范围", "免费维护12个月，含bug修复及小版本升级", "第6.1条 免费维护期12个月。", "", "一致"],
            ["", "维保期满后年费", "2.5万元/年", "第6.5条 期满后年度维护费为每年人民币2.5万元。", "", "一致"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    got = _by_vendor(load([("核对清单.csv", buf.getvalue().encode("gbk"))]))
    assert set(got) == {"稷山稷王信息技术有限公司", "新绛龙兴软件有限公司"}
    jw, xj = got["稷山稷王信息技术有限公司"], got["新绛龙兴软件有限公司"]
    assert jw.values["price_cny"] == 252_000 and xj.values["price_cny"] == 268_000
    assert jw.values["free_maintenance_months"] == 6 and xj.values["free_maintenance_months"] == 12
    assert jw.values["annual_fee_after_warranty_cny"] == 20_000 and xj.values["annual_fee_after_warranty_cny"] == 25_000


def test_a_contract_checks_later_documents_restate_the_scope_the_list_and_the_filing_as_the_vendor_wrote_them():
    """The vendor's own draft after its quote, in a contract check: its scope replaces what the quote said of upgrades
    ('第5.1条 免费维护期6个月…版本升级另行收费' after '免费维护12个月，含bug修复及小版本升级'); '附件一《交付清单》：商品管理、…' is the
    list itself, no pointer; '订单跟踪模块排在二期' leaves it out; '乙方承诺于2026年3月31日前取得等保三级备案证明' is a promise, no
    filing; '免费维护期满后，年度维护费为每年人民币贰万贰仟元' is a fee of 22,000, not a free one."""
    head = ["供应商", "核对项", "报价单原文", "乙方合同草稿条款原文（供应商提供）", "乙方书面答复（12月3日）", "法务核对意见（我方）"]
    mods = "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"
    rows = [head,
            ["稷山稷王信息技术有限公司", "合同价款", "25.2万元（含税）", "", "", ""],
            ["", "免费维护期及范围", "免费维护12个月，含bug修复及小版本升级",
             "第5.1条 免费维护期6个月，自验收合格之日起算，仅含缺陷修复，版本升级另行收费。", "", "不一致"],
            ["芮城永乐科技有限公司", "合同价款", "23.8万元（含税）", "", "", ""],
            ["", "交付范围（功能模块）", mods, "附件一《交付清单》：商品管理、分期计算器、风控审批、还款管理、用户管理。",
             "订单跟踪模块排在二期，本期合同不含，请贵司理解。", "不一致"],
            ["", "维保期满后年费", "2.2万元/年", "第6.5条 免费维护期满后，年度维护费为每年人民币贰万贰仟元。", "", "一致"],
            ["闻喜裴柏数科有限公司", "合同价款", "22.6万元（含税）", "", "", ""],
            ["", "等保及数据安全", "等保三级测评中，预计2026年3月取得备案证明",
             "第7.1条 乙方承诺于2026年3月31日前取得等保三级备案证明，逾期未取得的，甲方有权解除合同。", "", "三级尚未取得"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    got = _by_vendor(load([("核对清单.csv", buf.getvalue().encode("gbk"))]))
    jw, rc, wx = got["稷山稷王信息技术有限公司"], got["芮城永乐科技有限公司"], got["闻喜裴柏数科有限公司"]
    assert jw.values["free_maintenance_months"] == 6 and jw.values["maintenance_includes_upgrades"] is False
    assert set(rc.values["features"]) == {"product_management", "installment_calculator", "risk_approval",
                                          "repayment_management", "user_management"}
    assert not (rc.price_parts or {}).get("unconfirmed_features")
    assert rc.values["annual_fee_after_warranty_cny"] == 22_000
    assert wx.values["mlps_level3"] is not True and wx.evidence["mlps_level3"][0] == "claimed"


def test_a_clarification_round_under_each_vendor_is_read_over_its_first_answer_and_a_blank_leaves_it_standing():
    """A buyer's 澄清前后对照表: each vendor's name merged over '原响应 | 澄清后'. Each vendor is one quote; a clarification
    replaces the answer beside it ('更正：23.6万元为含税价…，原响应“不含税”系填写笔误' makes the price tax-inclusive — the
    quoted old word is no longer said; '风控模型不在19.6万元报价内，为选配模块，另加3.2万元' makes it an option at its price,
    the rest of the list standing); a blank clarification leaves the first answer standing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某小额贷款有限公司 澄清前后对照表"])
    ws.append(["序号", "比选项目", "府谷黄甫数科有限公司", None, "兴平茂陵网络科技有限公司", None, "采购部备注"])
    ws.append(["序号", "比选项目", "原响应", "澄清后", "原响应", "澄清后", "采购部备注"])
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:F2")
    ws.append([1, "报价（万元）", 23.6, None, 19.6, None, "黄甫已更正为含税"])
    ws.append([2, "计税方式", "不含税", "更正：23.6万元为含税价（可开13%增值税专用发票），原响应“不含税”系填写笔误。", "含税", None, None])
    ws.append([3, "功能模块（报价内）", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", None,
               "个人征信、风控模型、还款管理、风控审批、用户管理", "风控模型不在19.6万元报价内，为选配模块，另加3.2万元（含税）；其余模块均在报价内。",
               None])
    ws.append([4, "日志保存期", "长期保存", "操作日志在线保存12个月，异常操作可追溯。", "6个月", None, None])
    got = _by_vendor(load([("澄清对照.xlsx", _saved(wb))]))
    assert set(got) == {"府谷黄甫数科有限公司", "兴平茂陵网络科技有限公司"}
    hf, ml = got["府谷黄甫数科有限公司"], got["兴平茂陵网络科技有限公司"]
    assert hf.values["price_cny"] == 236_000  # tax-inclusive after the correction
    assert hf.values["audit_log_months"] == 12 and ml.values["audit_log_months"] == 6  # a blank leaves '6个月'
    assert {"personal_credit_report", "repayment_management", "user_management"} <= set(ml.values["features"])
    assert "risk_model" not in ml.values["features"]
    assert ml.price_parts and any(o[1] == "risk_model" and o[2] == 32_000 for o in ml.price_parts["options"])


def test_a_negotiation_log_whose_later_rounds_say_only_what_changed_keeps_the_rest_and_never_reads_a_phone_call():
    """A procurement officer's 议价记录: a row per vendor per round (首轮报价 | 二轮 | 最终), the first the whole quote in one
    '对方表述（摘录原话）' cell, each later one only what changed ('…，其余不变'), the 方式 column saying how it was said. The
    latest written round is read over the earlier ones (its price governs, the rest stands); a round only said by 电话 is
    listed, never read ('口头答应：最终价可以做到25.8万元…待书面确认')."""
    head = ["序号", "供应商", "日期", "轮次", "方式", "对方表述（摘录原话）", "书面依据", "采购员备注"]
    first = ("报价31.8万元（含税）。功能：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理。等保：三级测评中，预计2026年"
             "1月取得备案证明。日志：操作日志保存12个月。维护：免费维护12个月，含bug修复及小版本升级。")
    first_b = ("合计29.8万元（含税）。功能：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理。等保：已取得等保三级，备案证明"
               "编号43112443016-24008。日志：操作日志保存12个月。维护：免费维护12个月，含bug修复及小版本升级。")
    rows = [["某小额贷款有限公司 议价记录"], ["说明：每家首轮为完整报价，之后各轮只记变动的内容。"], head,
            [1, "宁远九嶷数科有限公司", "2025-11-06", "首轮报价", "书面报价函（盖章）", first, "报价函原件", ""],
            [1, "宁远九嶷数科有限公司", "2025-11-20", "二轮", "邮件", "经内部申请，价格降至27.6万元（含税），其余条款不变。", "邮件已打印归档", ""],
            [1, "宁远九嶷数科有限公司", "2025-12-02", "最终", "电话",
             "销售总监电话里口头答应：最终价可以做到25.8万元，免费维护延长到24个月；另外说等保三级证书已经下发。待书面确认。", "无", "倾向九嶷"],
            [2, "道县月岩软件有限公司", "2025-11-05", "首轮报价", "书面报价单（盖章）", first_b, "报价单原件", ""],
            [2, "道县月岩软件有限公司", "2025-11-19", "二轮", "邮件", "经公司审批，合计调整为28.6万元（含税），其余不变。", "邮件已打印归档", ""],
            [2, "道县月岩软件有限公司", "2025-12-01", "最终", "承诺函（盖章）",
             "我司承诺：一、最终报价28.6万元（含税）不变；二、免费维护期延长至24个月，维护范围含bug修复及小版本升级。", "承诺函原件", ""]]
    qs = load([("议价记录.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"宁远九嶷数科有限公司", "道县月岩软件有限公司"}
    jy, yy = got["宁远九嶷数科有限公司"], got["道县月岩软件有限公司"]
    assert jy.values["price_cny"] == 276_000  # the written e-mail's price, not the phone's 25.8万
    assert jy.values["free_maintenance_months"] == 12 and jy.values["mlps_level3"] is not True
    assert jy.values["audit_log_months"] == 12 and "cashflow_analysis" in jy.values["features"]  # '其余条款不变'
    assert yy.values["price_cny"] == 286_000 and yy.values["free_maintenance_months"] == 24
    assert yy.values["mlps_level3"] is True
    assert any(s.reason == "skip.oral_round" for s in qs.skipped)


def test_a_vendors_comparison_with_its_rivals_is_its_own_quote_and_no_word_of_the_rivals():
    """One vendor's sales-deck page '与同类产品对比', forwarded instead of a quote: its own column ('大酉数科（我司）') is its
    quote, named by the sheet's 报价单位, its 备注 under the table its words; the columns about its rivals are its words about
    other companies — no quote (a rival that never sent anything is none) and no term of theirs (the rival's own row on the
    buyer's sheet stands)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "询价汇总"
    ws.append(["序号", "供应商", "报价", "等保三级", "日志保存"])
    ws.append([1, "靖州飞山信息技术有限公司", "23.6万（含税）", "已取得，备案证明编号43122943018-24007", "12个月"])
    deck = wb.create_sheet("大酉提供-同类对比")
    for row in [["大酉数科 · 与同类产品对比"], ["对比项", "大酉数科（我司）", "飞山信息", "江垭软件"],
                ["等保三级", "✓ 支持等保三级", "✗ 未取得（据了解仍在测评）", "✗"],
                ["日志审计", "✓ 操作日志保存12个月", "△ 仅保存3个月", "△"],
                ["参考价格", "21.8万（含税）", "约30万", "约20万"],
                ["注：竞品信息来源于公开资料及行业交流，仅供参考。"],
                ["致：某小额贷款有限公司　报价单位：辰溪大酉数科有限公司"],
                ["备注：维保期满后年服务费按合同额10%/年；上述对比表中我司各项内容均可写入合同。"]]:
        deck.append(row)
    qs = load([("询价汇总.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"靖州飞山信息技术有限公司", "辰溪大酉数科有限公司"}  # 江垭 is only a column of 大酉's
    fs, dy = got["靖州飞山信息技术有限公司"], got["辰溪大酉数科有限公司"]
    assert fs.values["mlps_level3"] is True and fs.values["audit_log_months"] == 12  # 大酉's ✗ changes nothing
    assert dy.values["price_cny"] == 218_000 and dy.evidence["mlps_level3"][0] == "claimed"
    assert dy.price_parts["fee_share"] == 0.1  # its 备注: 10% of the contract a year
    assert _scored(qs, "personal_credit")["辰溪大酉数科有限公司"].scored_values["annual_fee_after_warranty_cny"] == 21_800
    assert any(s.reason == "skip.rival_claims" for s in qs.skipped)


def test_a_consultants_summary_whose_quotation_marks_hold_the_vendors_words_is_read_for_them_alone():
    """A third-party consultant's 比选摘要: a line says “” hold each vendor's written answer and the rest is his own summary;
    his 市场参考 column is no vendor. Each vendor is read for its quoted words alone ('已过等保三级，资质没问题。“我司系统已通过
    等保测评，相关证明材料签约后提供”' is a claim, never his 'passed'); an answer with no quotation marks is his, unknown
    ('日志应该有半年，没细问'); '书面回复只写了“价格面议…”；电话里说21万上下' has no price."""
    rows = [["某小贷 · 供应商比选摘要（顾问稿）"],
            ["阅读说明：各供应商栏中，“”内为供应商书面答复原文摘录；引号以外的文字为本人根据电话及面谈情况的归纳和判断。"],
            ["比选项", "市场参考（顾问整理）", "思南乌江数科有限公司", "德江扶阳网络科技有限公司", "印江木黄软件有限公司"],
            ["报价", "22–26万（含税）", "约27万，物有所值。原文：“合计人民币26.8万元（含税）”", "“26.5万元（含税）”",
             "书面回复只写了“价格面议，以最终商务谈判为准”；电话里说21万上下"],
            ["等保三级", "须有备案证明", "已过等保三级，资质没问题。“我司系统已通过等保测评，相关证明材料签约后提供”",
             "“已取得等保三级，备案证明编号52062643005-25002”", "“等保三级已取得，备案证明编号52062543017-24011”"],
            ["日志保存", "≥6个月", "“操作日志保存12个月”", "日志应该有半年，没细问", "“日志保存6个月”"]]
    got = _by_vendor(load([("比选摘要.xlsx", _xlsx(rows))]))
    assert set(got) == {"思南乌江数科有限公司", "德江扶阳网络科技有限公司", "印江木黄软件有限公司"}
    wj, fy, mh = got["思南乌江数科有限公司"], got["德江扶阳网络科技有限公司"], got["印江木黄软件有限公司"]
    assert wj.values["price_cny"] == 268_000 and wj.evidence["mlps_level3"][0] == "claimed"
    assert fy.values["audit_log_months"] is None and wj.values["audit_log_months"] == 12
    assert mh.values["price_cny"] is None and mh.values["mlps_level3"] is True


def test_a_log_of_who_said_what_reads_a_vendor_only_from_its_own_people_and_in_writing_over_what_was_said():
    """A branch manager's WPS form export, one fact a row: 1.供应商全称 | 2.信息类别 | 3.具体内容（尽量记原话） | 4.谁说的 |
    5.场合/渠道 | 6.有没有书面材料 | 7.我的备注. A row is a vendor's word only when its own person said it (a rival's salesman
    at dinner is hearsay, listed; '我自己' is the manager's); a row only said is a claim, never over the written one, and a
    price only said is none; a vendor nobody of its own spoke for is no quote."""
    head = ["序号", "提交时间", "提交者", "1.供应商全称", "2.信息类别", "3.具体内容（尽量记原话）", "4.谁说的", "5.场合/渠道",
            "6.有没有书面材料", "7.我的备注"]
    rows = [head,
            [1, "2025/11/12 10:24:05", "包志强", "克什克腾达里科技有限公司", "售后服务", "维护可以给到12个月，7×24小时都有人",
             "达里 周海涛（销售经理）", "供应商交流会", "没有（口头）", "记一下"],
            [2, "2025/11/15 16:02:38", "包志强", "阿尔山杜鹃湖信息技术有限公司", "报价", "合计24.6万元（含税）", "杜鹃湖 萨仁（销售经理）",
             "盖章报价单（快递）", "有（盖章报价单）", ""],
            [3, "2025/11/15 16:09:47", "包志强", "阿尔山杜鹃湖信息技术有限公司", "等保与安全",
             "已取得等保三级，备案证明编号15220243011-24008", "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", "有（盖章报价单）", ""],
            [4, "2025/11/16 10:48:55", "包志强", "克什克腾达里科技有限公司", "报价", "合计23.8万元（含税）", "达里 周海涛（销售经理）",
             "盖章报价单（快递）", "有（盖章报价单）", ""],
            [5, "2025/11/16 10:58:44", "包志强", "克什克腾达里科技有限公司", "售后服务", "免费维护6个月，技术支持5×8（工作日）",
             "达里 周海涛（销售经理）", "盖章报价单（快递）", "有（盖章报价单）", ""],
            [6, "2025/11/18 22:41:09", "包志强", "阿尔山杜鹃湖信息技术有限公司", "等保与安全", "杜鹃湖那个三级证书是给他们自己OA系统办的",
             "达里 周海涛（私下聊的）", "吃饭时聊的", "没有（口头）", ""],
            [7, "2025/11/18 22:50:03", "包志强", "克什克腾达里科技有限公司", "报价", "签合同的时候价格还能再让2万", "达里 周海涛（销售经理）",
             "吃饭时聊的", "没有（口头）", ""],
            [8, "2025/11/20 11:12:54", "包志强", "翁牛特乌丹软件有限公司", "其他", "打了三次电话没人接，没收到报价", "我自己", "电话", "—", ""]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("信息登记.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"克什克腾达里科技有限公司", "阿尔山杜鹃湖信息技术有限公司"}
    dl, djh = got["克什克腾达里科技有限公司"], got["阿尔山杜鹃湖信息技术有限公司"]
    assert djh.values["mlps_level3"] is True and djh.evidence["mlps_level3"][0] == "stated"  # the rival's talk: hearsay
    assert djh.values["price_cny"] == 246_000
    assert dl.values["price_cny"] == 238_000  # '再让2万' only said: no price
    assert dl.values["free_maintenance_months"] == 6 and dl.values["support_7x24"] is False  # the written word
    assert {s.reason for s in qs.skipped} >= {"skip.hearsay", "skip.oral_round"}


def test_one_vendors_quote_of_two_editions_side_by_side_is_a_quote_per_edition_with_the_terms_under_it():
    """A vendor's own 报价单: its name as the title, a line '报价单号：… | 报价日期：… | 客户：…' (the document's, no vendor
    row), a legend '● 包含 ○ 选配（另计）— 不提供', a '功能模块 | 标准版 | 专业版 | 说明' table, then the terms both editions
    share in sentences. Each edition is a quote of the vendor the title names; '●' in the '百行征信接口' row is the bureau;
    the terms under the table are each edition's. A module list ticked and spaced ('商品管理✔ 分期计算器✔ 订单跟踪✔') is a
    list."""
    a = [["南安丰州科技有限公司"], ["消费分期业务系统 报价单（标准版 / 专业版）"],
         ["报价单号：FZKJ-BJ-251119-01", "报价日期：2025-11-19", "客户：石狮市鸿山小额贷款有限公司"],
         ["图例：● 包含　○ 选配（另计，价格见说明列）　— 不提供"],
         ["功能模块", "标准版", "专业版", "说明"],
         ["商品管理", "●", "●", "商品库、SKU"], ["订单跟踪", "○", "●", "标准版选配价28,000元（含税）"],
         ["百行征信接口", "●", "●", None], ["积分商城", "—", "●", None],
         ["合计（含税，元）", 216000, 276000, "增值税13%"],
         ["两个版本共同适用的条款："],
         ["一、等保：本系统已取得等保三级备案证明，备案证明编号35058343012-24009。"],
         ["二、维护：免费维护6个月，仅含缺陷修复，版本升级另计；期满后年服务费2.2万元/年。"],
         ["南安丰州科技有限公司　销售：黄志鹏　13859722416"]]
    b = [["龙海月港软件工作室 报价单（限时特价）"], ["项目", "内容", "价格"],
         ["消费分期系统全套源码", "商品管理✔ 分期计算器✔ 订单跟踪✔ 还款管理✔", "原价16.8万，限时特价8.8万（含税）"]]
    qs = load([("丰州报价.xlsx", _xlsx(a)), ("月港报价.xlsx", _xlsx(b))])
    fz = {q.package: q for q in qs.quotes if q.vendor == "南安丰州科技有限公司"}
    assert set(fz) == {"标准版", "专业版"} and {q.vendor for q in qs.quotes} == {"南安丰州科技有限公司", "龙海月港软件工作室"}
    std, pro = fz["标准版"], fz["专业版"]
    assert std.values["price_cny"] == 216_000 and pro.values["price_cny"] == 276_000
    assert std.values["licensed_credit_bureau"] is True and pro.values["licensed_credit_bureau"] is True
    assert "points_mall" in pro.values["features"] and "points_mall" not in (std.values["features"] or [])
    for q in (std, pro):  # the shared terms, each edition's
        assert q.values["mlps_level3"] is True and q.values["free_maintenance_months"] == 6
        assert q.values["annual_fee_after_warranty_cny"] == 22_000
    yg = next(q for q in qs.quotes if q.vendor == "龙海月港软件工作室")
    assert {"product_management", "installment_calculator", "order_tracking", "repayment_management"} <= set(yg.values["features"])


def test_a_quoting_apps_cards_are_read_by_the_company_and_a_folded_answer_says_nothing_where_it_is_cut():
    """A phone quoting app's 'share as Excel': 报价方 (a nickname) beside 企业名称（已认证）, the whole quote as 'label：value' lines
    in one 报价内容 cell, a long card folded at '…展开全文'. Each card is the company's quote; its lines are read for every
    field (the modules too); the folded line ('等保：已取得等保三…展开全文') is unknown, never a filing; 点赞 and 评论 are the
    buyer's."""
    head = ["序号", "报价方", "企业名称（已认证）", "报价内容", "附件", "点赞", "评论", "已读", "提交时间"]
    xt = ("报价：22.6万（含税，13%专票）\n功能：个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理\n"
          "等保：已取得三级，备案证明编号65402343009-24003（2024年取得）\n安全：SM4加密；全站HTTPS；RBAC；日志12个月")
    bg = ("报价：19.8万（含税）🔥\n功能：个人征信查询、智能风控模型、反欺诈、还款计划及提醒、风控审批、用户管理\n"
          "亮点：我司深耕小贷科技十二年，服务全国三百余家持牌机构\n等保：已取得等保三…展开全文")
    rows = [["易询价 · 报价汇总"], head,
            [1, "夏塔信息-阿依努尔", "昭苏夏塔信息技术有限公司", xt, "[图片] 等保备案证明.jpg", "👍 1", "热依拉：证书照片已存档", "已读 5/6", "11-26 11:20"],
            [2, "Kevin_八卦城数科", "特克斯八卦城数科有限公司", bg, "[PDF] 报价单.pdf", "👍 3", "木拉提：这家最便宜，等保也有", "已读 6/6", "11-25 16:48"]]
    got = _by_vendor(load([("报价汇总.xlsx", _xlsx(rows))]))
    assert set(got) == {"昭苏夏塔信息技术有限公司", "特克斯八卦城数科有限公司"}
    xta, bgc = got["昭苏夏塔信息技术有限公司"], got["特克斯八卦城数科有限公司"]
    assert xta.values["price_cny"] == 226_000 and xta.values["mlps_level3"] is True
    assert {"personal_credit_report", "risk_model", "anti_fraud"} <= set(xta.values["features"])
    assert bgc.values["price_cny"] == 198_000 and bgc.values["mlps_level3"] is None  # cut where it would say


def test_a_shared_tables_comments_by_the_vendors_own_people_are_its_later_words_and_the_buyers_are_not():
    """A 钉钉 AI表格 each vendor's salesperson filled in, exported with each row's comment thread over 评论1–3 ('author ·
    time\\nbody\\nN人已读'). A comment written by the vendor's own person is its later word, read over its row ('附件传成了我司OA
    系统的备案证明…三级测评正在进行中' turns '已取得' into in progress; '电子合同是选配模块，另加3.5万元（不含税），不在28.5万里，表里
    勾错了' takes the module out of the price to an option); the buyer's staff's comments ('先按它推进吧') are no vendor's."""
    head = ["记录ID", "供应商名称", "报价", "计税方式", "税率", "功能模块", "等保三级", "等保说明", "评论1", "评论2", "评论3"]
    rows = [head,
            ["rec1", "武平梁野山数科有限公司", "268000", "含税", "13%", "企业征信,银行流水分析,电子合同,风控审批,还款管理,用户管理",
             "已取得", "备案证明见附件",
             "孟晓雯 · 11-20 14:03\n@吴志斌 附件里备案证明的定级对象是OA系统，请确认本系统有没有三级备案？\n👍 2 · 5人已读",
             "吴志斌（外部联系人·武平梁野山数科有限公司） · 11-21 09:26\n回复 @孟晓雯：不好意思，附件传成了我司OA系统的备案证明。这套经营贷"
             "系统的三级测评正在进行中，预计2026年4月取得备案证明，届时补交。\n3人已读",
             "邱建华 · 11-21 10:02\n@孟晓雯 梁野山价格最低，功能也全，先按它推进吧 🎉\n👍 1 · 4人已读"],
            ["rec2", "建宁金铙山网络科技有限公司", "28.5万", "不含税", "6%", "企业征信,银行流水分析,电子合同,风控审批,还款管理,用户管理",
             "已取得", "备案证明编号35043143002-25004",
             "孟晓雯 · 11-20 15:11\n@赖晓东 电子合同勾选了，是否含在28.5万内？\n4人已读",
             "赖晓东（外部联系人·建宁金铙山网络科技有限公司） · 11-20 16:30\n回复 @孟晓雯：电子合同是选配模块，另加3.5万元（不含税），"
             "不在28.5万里，表里勾错了。\n4人已读", ""]]
    qs = load([("AI表格.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    lys, jns = got["武平梁野山数科有限公司"], got["建宁金铙山网络科技有限公司"]
    assert lys.values["mlps_level3"] is not True and lys.evidence["mlps_level3"][0] == "claimed"
    assert "contract_management" not in jns.values["features"]
    res = _scored(qs, "merchant_loan")
    assert res["建宁金铙山网络科技有限公司"].scored_values["price_cny"] == 339_200  # (285,000 + 35,000) × 1.06


def test_a_portals_pages_scraped_as_raw_html_are_read_as_the_text_they_show_each_element_under_its_own_label():
    """A supplier portal's detail pages scraped with 八爪鱼 into CSV: the scraper's own columns (页面网址 | 标题 | 字段1 …),
    each cell a page element as raw HTML carrying its own label ('<label>报价金额（元）：</label>&nbsp;<em>&yen;238,000.00</em>'),
    one page missing an element so its cells stand a column left, the list page first. Each detail page is one quote read as
    the text it shows (entities, '<br>', struck words left out), every element under its own label; the list page and the
    portal's '已认证' badge are no vendor; '¥0.00 价格待商务谈判后确定' is no price."""
    head = ["页面网址", "标题", "字段1", "字段2", "字段3", "字段4", "字段5", "采集时间"]
    rows = [head,
            ["https://srm.example.com/rfq/quotes?page=1&amp;size=20", "报价列表 - 协同平台",
             '<span class="rfq-name">消费分期系统源码采购</span>', "共&nbsp;3&nbsp;家供应商响应", "最低报价：&yen;96,000.00",
             "报价截止：2025-11-25&nbsp;17:00", "", "2025-11-26 09:41:20"],
            ["https://srm.example.com/quote/detail?qid=1", "报价详情 - 龙胜龙脊信息技术有限公司 - 协同平台",
             '<label>供应商：</label>&nbsp;<b>龙胜龙脊信息技术有限公司</b>&nbsp;<span class="badge">已认证</span>',
             "<label>报价金额（元）：</label>&nbsp;<em>&yen;246,000.00</em>", "<label>计税方式：</label>&nbsp;含税",
             '<label>资质与安全：</label><div class="rich">已取得等保三级，备案证明编号45033243011-24005<br>操作日志保存12个月</div>',
             "<label>源码交付：</label>&nbsp;完整源码", "2025-11-26 09:41:37"],
            ["https://srm.example.com/quote/detail?qid=2", "报价详情 - 阳朔遇龙河数科有限公司 - 协同平台",
             '<label>供应商：</label>&nbsp;<b>阳朔遇龙河数科有限公司</b>&nbsp;<span class="badge">已认证</span>',
             "<label>报价金额（元）：</label>&nbsp;<em>&yen;228,000.00</em>",
             '<label>资质与安全：</label><div class="rich"><s>已取得等保三级</s>&nbsp;等保三级测评中，预计2026年3月取得备案证明</div>',
             "<label>源码交付：</label>&nbsp;完整源码", "", "2025-11-26 09:41:52"],
            ["https://srm.example.com/quote/detail?qid=3", "报价详情 - 全州湘山科技有限公司 - 协同平台",
             '<label>供应商：</label>&nbsp;<b>全州湘山科技有限公司</b>&nbsp;<span class="badge">已认证</span>',
             '<label>报价金额（元）：</label>&nbsp;<em>&yen;0.00</em>&nbsp;<span class="tip">价格待商务谈判后确定</span>',
             "<label>计税方式：</label>&nbsp;—", "<label>源码交付：</label>&nbsp;完整源码", "", "2025-11-26 09:42:10"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    got = _by_vendor(load([("采集.csv", buf.getvalue().encode("utf-8-sig"))]))
    assert set(got) == {"龙胜龙脊信息技术有限公司", "阳朔遇龙河数科有限公司", "全州湘山科技有限公司"}
    lj, ylh, xs = got["龙胜龙脊信息技术有限公司"], got["阳朔遇龙河数科有限公司"], got["全州湘山科技有限公司"]
    assert lj.values["price_cny"] == 246_000 and lj.values["mlps_level3"] is True and lj.values["audit_log_months"] == 12
    assert ylh.values["price_cny"] == 228_000 and ylh.values["mlps_level3"] is not True  # the struck words are the old ones
    assert ylh.values["source_code_delivery"] == "full"  # its element a column left, read under its own label
    assert xs.values["price_cny"] is None


def test_a_groups_approval_form_reads_what_the_quote_includes_as_its_modules_and_consulting_by_the_hour_as_charged():
    """A listed group's 集中采购比价审批表 reused by its subsidiary: the group's own columns (集团供应商编码, 合格供应商库, 是否关联方,
    合规审查, 预算科目, 成本中心) beside the vendors' '报价包含内容（供应商填写）' — the modules the quote includes (a module at extra
    cost an option), never a price — and '售后服务（供应商填写）', where '技术咨询按工时结算' is no free consulting; the 合规审查's
    '通过。资质审查合格（…等保相关材料）' is the group's, never the vendor's filing."""
    head = ["序号", "供应商名称", "集团供应商编码", "报价金额（不含税，元）", "税率", "价税合计（元）", "报价包含内容（供应商填写）",
            "资质及安全（供应商填写）", "售后服务（供应商填写）", "合规审查（集团法务合规部）"]
    rows = [head,
            [1, "隆昌石牌坊软件有限公司", "S-511028-0417", 238000, "13%", 268940,
             "源码授权、部署实施及培训；功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
             "系统严格按照等保三级要求设计开发，可协助贵司完成等保三级测评", "免费维护12个月；提供终身技术咨询",
             "通过。资质审查合格（营业执照、软件著作权、等保相关材料）"],
            [2, "釜溪数字科技有限公司", "S-510322-0001", 296000, "13%", 334480,
             "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "等保三级已取得（备案证明编号51032243002-23011）",
             "免费维护6个月，仅含bug修复；工作日9:00-18:00技术支持，4小时内响应；技术咨询按工时结算", "关联交易"],
            [3, "威远连界信息技术有限公司", "S-511024-0263", 242000, "13%", 273460,
             "模块：企业征信查询、银行流水分析、风控审批、还款管理、用户管理；电子合同模块为选配，另加3.5万元（不含税），未含在上述报价内",
             "已取得等保三级（备案证明编号51102443019-25002）", "免费维护12个月；终身技术咨询", "通过"]]
    qs = load([("比价审批表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    sp, fx, wy = got["隆昌石牌坊软件有限公司"], got["釜溪数字科技有限公司"], got["威远连界信息技术有限公司"]
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(sp.values["features"])
    assert sp.values["price_cny"] == 268_940 and sp.evidence["mlps_level3"][0] == "claimed"
    assert fx.values["lifetime_consulting"] is False
    assert "contract_management" not in wy.values["features"]
    assert _scored(qs, "merchant_loan")["威远连界信息技术有限公司"].scored_values["price_cny"] == 313_010  # (242,000 + 35,000) × 1.13


def test_a_borrowed_evaluation_template_keeps_its_own_columns_out_and_an_offered_items_amount_out_of_the_price():
    """A sister guarantee company's 2022 evaluation template reused as is: criteria down (评价类别 | 序号 | 评价项目 | 评价要点（模板原文） |
    分值), a vendor a column. 评价要点 and 分值 are the template's, no vendors; '核心业务模块（请列明）' is the module list and
    '征信系统接入' the bureau; a price row offered ('担保业务模块费' | '选配，8.6万元（含税），建议一并采购') is an option for a module
    the buyer does not need — never in the price."""
    head = ["评价类别", "序号", "评价项目", "评价要点（2022版模板原文）", "分值", "南丰橘都软件有限公司", "宜黄军峰信息技术有限公司"]
    rows = [["南城麻姑融资担保有限公司 业务系统供应商综合评价表（2022版）"], head,
            ["一、企业资质", 4, "信息安全等级保护", "业务系统须取得等保三级", 10, "等保三级已取得（备案证明编号36102343010-24006）",
             "已取得三级，备案证明编号36102643005-24012"],
            ["三、通用业务功能", 11, "核心业务模块（请列明）", "请列明报价所含全部模块", 10,
             "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"],
            [None, 12, "征信系统接入", "人行征信中心（担保机构接入）", 5, "百行征信、朴道征信", "百行征信"],
            ["六、商务报价", 26, "系统软件（源码授权）费", None, None, "19.8万元", "22.6万元"],
            [None, 27, "实施部署及培训费", None, None, "4.8万元", "5.2万元"],
            [None, 28, "担保业务模块费", None, None, "选配，8.6万元（含税），我司担保版模块成熟，建议一并采购", "不涉及"],
            [None, 30, "报价合计", None, 10, "24.6万元（不含担保业务模块选配）", "27.8万元"],
            [None, 31, "计税方式", "含税/不含税", None, "含税（13%专票）", "含税"]]
    qs = load([("评价表.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"南丰橘都软件有限公司", "宜黄军峰信息技术有限公司"}
    jd = got["南丰橘都软件有限公司"]
    assert jd.values["price_cny"] == 246_000  # the guarantee modules offered are no part of it
    assert {"product_management", "installment_calculator", "order_tracking"} <= set(jd.values["features"])
    assert jd.values["licensed_credit_bureau"] is True


def test_a_vendors_own_quote_reads_its_module_table_above_the_lines_and_a_line_left_for_phase_two_as_absent():
    """Vendors' own 报价单: one with a module table above its line items ('功能模块 | 配置 | 说明', ● 标配 / ○ 选配, '企业征信查询 |
    ● | 已对接人行企业征信系统、百行征信') — ● rows are its modules, ○ ones options priced in its 选配明细, a row's 说明 its words;
    another with a line '电子合同 | — | — | — | 列入二期开发，届时另行报价' — that module is not in the quote."""
    a = [["诸城超然信息技术有限公司"], ["报价单"], ["图例：● 标配（含在合计内）　○ 选配（另行报价，见下方选配明细）"],
         ["功能模块", "配置", "说明"], ["用户管理", "●", "多机构、多角色"], ["企业征信查询", "●", "已对接人行企业征信系统、百行征信"],
         ["银行流水分析", "○", "见选配明细"], ["风控审批", "●", None], ["还款管理", "●", None], [],
         ["序号", "项目", "数量", "单价（元）", "金额（元）"], [1, "经营贷管理系统源码授权（标配模块）", 1, 218000, 218000],
         [2, "部署实施及培训", 1, 30000, 30000], [None, "合计", None, None, 248000], [],
         ["选配明细（不含在合计内）"], ["S1", "银行流水分析模块", 1, 46000, 46000], [], ["以上报价均含税。"]]
    b = [["龙口东莱网络科技有限公司"], ["报价单"], ["序号", "模块/服务", "数量", "单价（元）", "金额（元）", "备注"],
         [1, "系统基础平台（用户管理、风控审批、还款管理）", 1, 136000, 136000, None],
         [2, "企业征信查询（人行企业征信、百行征信）", 1, 40000, 40000, None], [3, "银行流水分析", 1, 42000, 42000, None],
         [4, "电子合同", "—", "—", "—", "列入二期开发，届时另行报价"], [5, "实施部署及培训", 1, 38000, 38000, None],
         ["合计（含税）", None, None, None, 256000, None]]
    got = _by_vendor(load([("超然报价.xlsx", _xlsx(a)), ("东莱报价.xlsx", _xlsx(b))]))
    cr, dl = got["诸城超然信息技术有限公司"], got["龙口东莱网络科技有限公司"]
    assert {"user_management", "enterprise_credit", "risk_approval", "repayment_management"} <= set(cr.values["features"])
    assert "cashflow_analysis" not in cr.values["features"] and cr.values["licensed_credit_bureau"] is True
    assert any(o[1] == "cashflow_analysis" for o in cr.price_parts["options"])
    assert "contract_management" not in dl.values["features"] and dl.values["price_cny"] == 256_000


def test_a_vendors_quote_with_a_hardware_section_in_its_total_prices_the_software_alone_and_reads_its_numbered_terms():
    """A vendor's 报价单 whose 合计 holds a '二、硬件部分' (servers, with a '硬件部分小计'): the software's price is the 合计
    without the hardware, said (hardware_excluded); '软件部分小计' is a sum, no item; '个人征信接口模块 | 对接人行征信中心、百行
    征信' names the bureau; numbered terms under '商务条款及服务承诺' ('6、质保与维护：…免费维护12个月…') are read; '服务器部署'
    in another quote is a service, no hardware."""
    a = [["慈溪上林数字科技有限公司"], ["报　价　单"], ["报价单号：SLSK-BJ-20251114-02"],
         ["序号", "模块/服务", "内容说明", "数量", "单位", "单价", "金额"], ["一、软件部分"],
         [1, "信贷业务核心平台", "用户管理、风控审批、还款管理", 1, "套", 118000, 118000],
         [2, "个人征信接口模块", "对接人行征信中心、百行征信，含授权书管理及查询留痕", 1, "套", 36000, 36000],
         [3, "部署实施及培训", "上门部署、联调上线", 1, "项", 20000, 20000],
         [None, "软件部分小计", None, None, None, None, 174000], ["二、硬件部分（贵司如已有服务器，可不采购本部分）"],
         [4, "应用服务器", "2路CPU / 64G内存", 2, "台", 23000, 46000], [None, "硬件部分小计", None, None, None, None, 46000],
         ["合计（含税）", None, "大写：人民币贰拾贰万元整", None, None, None, 220000], ["商务条款及服务承诺"],
         ["1、报价有效期：本报价自报价日期起60日内有效。"],
         ["6、质保与维护：自系统验收合格之日起免费维护12个月，维护内容包括缺陷修复及小版本升级。"],
         ["7、服务响应：提供7×24小时技术支持，故障2小时内响应。"]]
    b = [["深圳码农部落网络工作室 报价单"], ["序号", "模块", "数量", "单价（元）", "金额（元）"],
         [1, "经营贷系统源码（全套）", 1, 98000, 98000], [2, "服务器部署", 1, 5000, 5000], ["合计", None, None, None, 103000]]
    qs = load([("上林报价.xlsx", _xlsx(a)), ("码农报价.xlsx", _xlsx(b))])
    got = _by_vendor(qs)
    sl, mn = got["慈溪上林数字科技有限公司"], got["深圳码农部落网络工作室"]
    assert sl.values["price_cny"] == 174_000 and sl.price_parts["hardware_excluded"] == 46_000
    assert sl.values["licensed_credit_bureau"] is True
    assert sl.values["free_maintenance_months"] == 12 and sl.values["support_7x24"] is True and sl.values["response_hours"] == 2
    assert mn.values["price_cny"] == 103_000


def test_an_english_quotation_whose_item_column_only_numbers_the_lines_is_read_by_their_descriptions():
    """An English QUOTATION under 'Item | Description | Qty | Unit price (CNY) | Amount (CNY)', the Item column only numbering
    the lines ('1', '2'): each description names the line — its modules ('Anti-fraud engine: device fingerprint…') are in
    the quote, and a 'Credit bureau gateway: PBoC … and Baihang Credit' line names the bureau."""
    rows = [["Taicang Loujiang Software Co., Ltd."], ["QUOTATION"],
            ["Item", "Description", "Qty", "Unit price (CNY)", "Amount (CNY)"],
            [1, "Core lending platform: user management, approval workflow, repayment schedule & reminders", 1, "128,000.00", "128,000.00"],
            [2, "Credit bureau gateway: PBoC Credit Reference Center and Baihang Credit", 1, "30,000.00", "30,000.00"],
            [3, "Anti-fraud engine: device fingerprint, multi-lending check, blacklist", 1, "16,000.00", "16,000.00"],
            [None, "Total (incl. VAT)", None, None, "174,000.00"]]
    q = _by_vendor(load([("quotation.xlsx", _xlsx(rows))]))["Taicang Loujiang Software Co., Ltd."]
    assert {"anti_fraud", "user_management", "repayment_management"} <= set(q.values["features"])
    assert q.values["licensed_credit_bureau"] is True and q.values["price_cny"] == 174_000


def test_an_english_quotations_total_incl_vat_stands_its_optional_must_have_is_added_at_its_rate_and_amc_is_the_yearly_fee():
    """'Total (incl. VAT) 203,520' over terms saying the unit prices and the subtotal are exclusive of VAT: the total
    already holds the VAT (never taxed again). 'Optional modules (not included in the Total; prices excl. VAT)' is an
    options block: its risk model — a must-have — is added at the 6 % the quote names (30,000 × 1.06), the marketing
    plug-ins are not; 'Optional modules are quoted exclusive of VAT' names no option; '8. AMC: from year 2, CNY 28,000
    per year.' is the yearly fee after the free period."""
    rows = [["Taicang Loujiang Software Co., Ltd."], ["QUOTATION"],
            ["Item", "Description", "Qty", "Unit price (CNY)", "Amount (CNY)"],
            [1, "Core lending platform: user management, approval workflow, loan disbursement, repayment schedule", 1,
             "128,000.00", "128,000.00"],
            [2, "Credit bureau gateway: PBoC Credit Reference Center and Baihang Credit", 1, "30,000.00", "30,000.00"],
            [3, "Anti-fraud engine: device fingerprint, blacklist", 1, "34,000.00", "34,000.00"],
            [None, "Subtotal (excl. VAT)", None, None, "192,000.00"], [None, "VAT 6%", None, None, "11,520.00"],
            [None, "Total (incl. VAT)", None, None, "203,520.00"], [],
            ["Optional modules (not included in the Total; prices excl. VAT)"],
            ["O-1", "Risk scoring model: scorecard & decision engine", 1, "30,000.00", "30,000.00"],
            ["O-2", "Marketing plug-ins: coupons & referral campaigns", 1, "12,000.00", "12,000.00"], [],
            ["Terms & conditions"],
            ["3. Tax: unit prices and the subtotal are exclusive of VAT; VAT is charged at 6% and is included in the Total "
             "above. Optional modules are quoted exclusive of VAT; VAT at 6% is added if ordered."],
            ["4. MLPS: the system has completed its MLPS Level 3 filing (filing certificate no. 32058543021-24006)."],
            ["8. AMC: from year 2, CNY 28,000 per year."]]
    qs = load([("quotation.xlsx", _xlsx(rows))])
    res = _scored(qs, "personal_credit")
    r = res["Taicang Loujiang Software Co., Ltd."]
    assert r.price_build["price_cny"] == 235_320
    assert [o["feature"] for o in r.price_build["options_added"]] == ["risk_model"]
    assert [o["feature"] for o in r.price_build["options_not_added"]] == ["marketing_plugins"]
    assert "missing_must_have" not in {f.code for f in r.flags}
    assert r.quote.values["annual_fee_after_warranty_cny"] == 28_000


def test_an_options_name_is_the_module_not_half_of_its_bracket():
    """'风控模型（选配，+30,000.00元（不含税））': the option is 风控模型, before VAT — never '风控模型(选配'."""
    from core.reading import read_features

    r = read_features("用户管理、风控模型（选配，+30,000.00元（不含税））、还款管理")
    assert r.options == (("风控模型（不含税）", "risk_model", 30_000.0),)
    assert set(r.value) == {"user_management", "repayment_management"}


def test_a_product_quote_named_only_in_its_title_reads_its_module_table_and_its_price_block():
    """'德清莫干数科有限公司 · 产品报价单' over a module table '功能模块 | 配置 | 选配价格（元） | 功能说明' (● in the quote, ○ an
    option at the price beside it, the 功能说明 the vendor's words on the row) and a price block '报价 | 金额（元） | 说明':
    one quote of the company the title names (never '… · 产品'); '· 等保：…' bullets under '服务说明' are its terms."""
    rows = [["德清莫干数科有限公司 · 产品报价单"], ["报价单号：MGSK-2025-1108-03", None, "报价日期：2025-11-08"],
            ["图例：● 标配（含在报价内）　○ 选配（另行收费，价格见“选配价格”列）"],
            ["功能模块", "配置", "选配价格（元）", "功能说明"], ["用户管理", "●", None, "客户、员工、机构及角色管理"],
            ["个人征信查询", "●", None, "已对接百行征信、朴道征信"], ["风控模型", "●", None, "规则引擎＋评分卡"],
            ["风控审批", "●", None, "多级审批流"], ["还款管理", "●", None, "还款计划、自动扣款"],
            ["区块链存证", "○", 28000, "借款合同及授权书存证上链"],
            ["报价", "金额（元）", "说明"], ["标准价（源码授权＋部署实施＋培训）", 238000, "含上表全部●标配模块"],
            ["服务说明"], ["· 等保：已取得网络安全等级保护第三级备案证明，备案证明编号33052143008-24017。"],
            ["· 维保：免费维护12个月，含bug修复及版本升级；期满后年服务费1.8万元。"],
            ["· 报价有效期：15天。"], ["注：以上报价均含税。"]]
    qs = load([("莫干报价.xlsx", _xlsx(rows))])
    assert [q.vendor for q in qs.quotes] == ["德清莫干数科有限公司"]
    q = qs.quotes[0]
    assert q.values["price_cny"] == 238_000 and q.values["licensed_credit_bureau"] is True
    assert {"user_management", "personal_credit_report", "risk_model", "risk_approval", "repayment_management"} <= \
        set(q.values["features"]) and "blockchain_evidence" not in q.values["features"]
    assert [(o[1], o[2]) for o in q.price_parts["options"]] == [("blockchain_evidence", 28_000)]
    assert q.values["mlps_level3"] is True and q.values["free_maintenance_months"] == 12
    assert q.values["annual_fee_after_warranty_cny"] == 18_000
    assert "报价有效期" in q.extras


def test_an_online_sheets_edit_log_puts_back_the_vendors_own_words_where_the_buyers_staff_changed_them():
    """A 金山文档 sheet each vendor filled in, exported with its '单元格修改记录' (修改人 | 成员类型 | 单元格 | 修改前 | 修改后): the
    vendor wrote '三级测评中，预计2026年3月取得备案证明' in F5 and the buyer's assistant (内部成员) changed it to '已取得' after a
    phone call — the vendor's own words are read (in progress: unverified) and the staff's text is listed as not read; a
    vendor's own later correction stands; a staff edit of a cell no vendor wrote (their remarks) stays; the log is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价登记"
    for row in [["个贷系统源码报价登记（金山文档在线表格）"], [],
                ["序号", "供应商名称", "报价", "计税方式", "功能模块", "等保三级", "采购部备注"],
                [1, "门源岗什卡信息技术有限公司", "22.8万", "含税", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
                 "已取得三级，备案证明编号63222143005-24009", None],
                [2, "湟中群加数科有限公司", "21.6万", "含税", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", "已取得",
                 "11-18电话确认：李经理说三级证书已经下来了，先改成“已取得”。"]]:
        ws.append(row)
    log = wb.create_sheet("单元格修改记录")
    for row in [["单元格修改记录　文档：个贷系统源码报价登记　工作表：报价登记"],
                ["序号", "修改时间", "修改人", "成员类型", "单元格", "列名", "修改前", "修改后"],
                [1, "2025-11-14 16:20", "李海峰", "外部协作者（湟中群加数科有限公司）", "F5", "等保三级", "（空）",
                 "三级测评中，预计2026年3月取得备案证明"],
                [2, "2025-11-15 09:41", "韩卫东", "外部协作者（门源岗什卡信息技术有限公司）", "C4", "报价", "（空）", "23.6万"],
                [3, "2025-11-18 10:12", "马晓燕", "内部成员（采购部）", "F5", "等保三级", "三级测评中，预计2026年3月取得备案证明", "已取得"],
                [4, "2025-11-18 10:14", "马晓燕", "内部成员（采购部）", "G5", "采购部备注", "（空）", "11-18电话确认：…"],
                [5, "2025-11-19 16:30", "韩卫东", "外部协作者（门源岗什卡信息技术有限公司）", "C4", "报价", "23.6万", "22.8万"]]:
        log.append(row)
    qs = load([("报价登记.xlsx", _saved(wb))])
    assert {q.vendor for q in qs.quotes} == {"门源岗什卡信息技术有限公司", "湟中群加数科有限公司"}
    res = _scored(qs, "personal_credit")
    qj = res["湟中群加数科有限公司"]
    assert qj.gate == "unverified" and qj.quote.evidence["mlps_level3"][0] == "claimed"
    assert res["门源岗什卡信息技术有限公司"].gate == "pass" and res["门源岗什卡信息技术有限公司"].quote.values["price_cny"] == 228_000
    staff = [s for s in qs.skipped if s.reason == "skip.staff_edit"]
    assert [(s.sheet, s.where) for s in staff] == [("报价登记", "F5")] and "已取得" in staff[0].text
    assert any(n.reason == "note.edit_log" for n in qs.notes)


def test_an_extraction_tools_export_reads_each_documents_quoted_words_not_the_tools_reading_of_them():
    """A document-AI batch export, one row per field of each PDF ('文件名 File | 抽取字段 Field | 抽取结果 Extracted value |
    原文依据 Evidence (source text) | 页码 Page | 置信度 Confidence | 人工复核 Review'): one quote per file, named by its
    '供应商名称' row (the name its quoted line holds, never '报价单位：…（盖章）'); what the document says is read, not the tool's
    reading — '已取得等保三级' over '严格按照…三级标准设计开发，可协助客户完成等保测评' is a claim, '含税' over 'excluding VAT' is
    before tax; page numbers and confidences are no amounts."""
    head = ["文件名 File", "抽取字段 Field", "抽取结果 Extracted value", "原文依据 Evidence (source text)", "页码 Page",
            "置信度 Confidence", "人工复核 Review"]
    a, b = "民乐扁都口数科_报价单.pdf", "Jinta_Quotation.pdf"
    rows = [["DocAI 批量抽取结果导出 Batch extraction export"],
            ["提示 Note：抽取结果由AI自动生成，可能存在错误或推断，请以“原文依据”为准。"], [], head,
            [a, "供应商名称", "民乐扁都口数科有限公司", "报价单位：民乐扁都口数科有限公司（盖章）", 4, 0.99, None],
            [a, "报价总额", "¥258,000", "报价合计：人民币贰拾伍万捌仟元整（¥258,000.00）", 3, 0.97, "已核"],
            [a, "等保三级", "已取得等保三级", "本系统严格按照网络安全等级保护三级标准设计开发，可协助客户完成等保测评及备案工作。", 5, 0.68, "已核"],
            [a, "日志保存期", "12个月", "操作日志保存12个月。", 5, 0.95, None],
            [b, "供应商名称", "金塔胡杨林科技有限公司", "Jinta Huyanglin Technology Co., Ltd.（金塔胡杨林科技有限公司）", 1, 0.97, None],
            [b, "报价总额", "¥248,000（含税）", "Total price: CNY 248,000 (excluding VAT; VAT at 13% to be added)", 3, 0.88, None],
            [b, "等保三级", "已取得", "MLPS Level 3 filing certificate No. 62092143004-24012, obtained March 2024", 4, 0.95, "已核"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("docai_export.csv", buf.getvalue().encode("utf-8-sig"))])
    res = _scored(qs, "consumer_installment")
    assert set(res) == {"民乐扁都口数科有限公司", "金塔胡杨林科技有限公司"}
    bd, jt = res["民乐扁都口数科有限公司"], res["金塔胡杨林科技有限公司"]
    assert bd.quote.values["price_cny"] == 258_000 and bd.quote.evidence["mlps_level3"][0] == "claimed"
    assert bd.gate == "unverified" and bd.quote.values["audit_log_months"] == 12
    assert jt.quote.values["mlps_level3"] is True and jt.price_build["price_cny"] == 280_240


def test_a_finance_ledger_of_quote_lines_reads_each_vendors_lines_and_its_reversals():
    """The finance department's 进项发票登记台账 reused for quotes: 销售方名称 on every line, each vendor's lines where they were
    registered (interleaved), 价税合计 summed whatever each line's rate; a yearly maintenance line is the fee, no part of
    the price; a 红字 line reversing line 5 (its 备注 quoting the vendor's 更正函: 电子合同 moved to 二期) and a 蓝字 line
    re-booking five modules — the licence's modules are the re-booked ones, its other lines still count (35,000 + 210,000),
    and the terms copied in line 5's 备注 stand ('其余条款不变'); a vendor whose only line is reversed ('退出本次报价') withdrew."""
    head = ["序号", "登记日期", "销售方名称", "货物或应税劳务、服务名称", "规格型号", "数量", "金额", "税率", "税额", "价税合计",
            "蓝字/红字", "备注"]
    terms = ("报价单条款照录：等保三级已取得（备案证明编号23082243009-24011）；SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月；"
             "征信接口：人行征信中心、百行征信；免费维护12个月，含bug修复及小版本升级；监管政策调整免费；7×24小时技术支持，1小时内响应；"
             "提供终身技术咨询；以上写入合同；完整源码。")
    rows = [["进项发票登记台账"], head,
            [1, "2025-11-18", "同江街津口数科有限公司", "商户经营贷业务系统源码授权（含企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
             "V4.1", 1, 205000, "13%", 26650, 231650, "蓝字", terms.replace("23082243009-24011", "23088143006-24015")],
            [2, "2025-11-18", "同江街津口数科有限公司", "部署实施服务", "—", 1, 42000, "6%", 2520, 44520, "蓝字", None],
            [3, "2025-11-18", "同江街津口数科有限公司", "维保服务费（免费维护期满后，按年收取）", "—", 1, 22000, "6%", 1320, 23320, "蓝字", None],
            [4, "2025-11-18", "桦川悦来信息技术有限公司", "商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
             "V3.6", 1, 199115.04, "13%", 25884.96, 225000, "蓝字", terms],
            [5, "2025-11-18", "桦川悦来信息技术有限公司", "实施部署及培训", "—", 1, 33018.87, "6%", 1981.13, 35000, "蓝字", None],
            [6, "2025-11-18", "饶河大顶子山数据服务有限公司", "商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
             "V2.8", 1, 243362.83, "13%", 31637.17, 275000, "蓝字", terms],
            [7, "2025-11-25", "桦川悦来信息技术有限公司", "红字冲销：商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
             "V3.6", -1, -199115.04, "13%", -25884.96, -225000, "红字",
             "冲销第4行。供应商书面更正函原文：“电子合同模块不在本次报价范围内，该模块列入二期开发，届时另行报价；源码授权费相应调整为21万元（含税），其余条款不变。”"],
            [8, "2025-11-25", "桦川悦来信息技术有限公司", "商户经营贷系统源码授权（含企业征信、银行流水分析、风控审批、还款管理、用户管理）",
             "V3.6", 1, 185840.71, "13%", 24159.29, 210000, "蓝字", "按更正函重新登记。"],
            [9, "2025-11-26", "饶河大顶子山数据服务有限公司", "红字冲销：商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
             "V2.8", -1, -243362.83, "13%", -31637.17, -275000, "红字", "冲销第6行。供应商来函原文：“我司退出本次报价，原报价作废。”"],
            ["本页合计", None, None, None, None, None, None, None, None, 543490, None, None]]
    qs = load([("台账.xlsx", _xlsx(rows))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"同江街津口数科有限公司", "桦川悦来信息技术有限公司"}
    tj, yl = res["同江街津口数科有限公司"], res["桦川悦来信息技术有限公司"]
    assert tj.quote.values["price_cny"] == 276_170 and tj.quote.values["annual_fee_after_warranty_cny"] == 23_320
    assert "contract_management" in tj.quote.values["features"] and tj.gate == "pass"
    assert yl.quote.values["price_cny"] == 245_000 and "contract_management" not in yl.quote.values["features"]
    assert yl.gate == "fail" and yl.quote.values["support_7x24"] is True and yl.quote.values["free_maintenance_months"] == 12
    assert any(s.reason == "skip.withdrawn" and "饶河" in s.text for s in qs.skipped)


def test_a_vendors_change_order_reads_its_confirmed_changes_over_its_quote_and_lists_the_others():
    """Each vendor's own 报价变更单 on a sheet of its own (变更内容 | 变更前 | 变更后 | 是否已书面确认) beside the first-round
    comparison: a change confirmed in writing ('是（已盖章）') is the vendor's later word — the new price, the shorter free
    period; one not confirmed ('否', the order itself saying such rows change nothing) is listed and never read, however
    good ('订单跟踪模块 纳入本期交付', '24.5w'); a module given on top ('另赠送积分商城模块') adds to the list."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "首轮报价对比"
    for row in [["比较项", "泽普金湖杨数科有限公司", "巴楚唐王城软件有限公司"],
                ["报价", "26.9万（含税）", "29.6万（不含税，税率13%）"],
                ["功能模块", "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪模块列入二期开发，本期不含",
                 "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理"],
                ["免费维护期", "12个月", "12个月"]]:
        ws.append(row)
    a = wb.create_sheet("变更单-金湖杨")
    for row in [["泽普金湖杨数科有限公司\u3000报价变更单"], ["变更编号", "变更内容", "变更前", "变更后", "是否已书面确认", "备注"],
                ["BG-01", "订单跟踪模块", "列入二期开发，本期不含", "纳入本期交付，不另收费", "否", "销售经理口头同意"],
                ["BG-02", "报价总额", "26.9万（含税）", "24.5w（含税）", "否", "待公司商务审批"],
                ["BG-03", "赠送模块", "无", "另赠送积分商城模块", "是", "本变更单盖章确认"]]:
        a.append(row)
    b = wb.create_sheet("变更单-唐王城")
    for row in [["巴楚唐王城软件有限公司\u3000报价变更单"], ["变更编号", "变更内容", "变更前", "变更后", "是否已书面确认"],
                ["BG-HH-01", "计税方式", "不含税（13%另计）", "含税（13%专票）", "是（已盖章）"],
                ["BG-HH-02", "报价总额", "29.6万元（不含税）", "28.8万元（含税）", "是（已盖章）"],
                ["BG-HH-03", "免费维护期", "12个月", "6个月（因报价下调相应调整）", "是（已盖章）"]]:
        b.append(row)
    qs = load([("变更单.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"泽普金湖杨数科有限公司", "巴楚唐王城软件有限公司"}
    jh, tw = got["泽普金湖杨数科有限公司"], got["巴楚唐王城软件有限公司"]
    assert jh.values["price_cny"] == 269_000 and "order_tracking" not in jh.values["features"]
    assert {"points_mall", "product_management", "repayment_management"} <= set(jh.values["features"])
    assert tw.values["price_cny"] == 288_000 and tw.values["free_maintenance_months"] == 6
    assert {s.where for s in qs.skipped if s.reason == "skip.unconfirmed_change"} == {"D3", "D4"}


def test_reference_calls_are_other_lenders_words_and_a_row_the_vendor_provided_is_no_vendor_row():
    """A comparison with a row '参考客户（供应商提供）' (the vendors' reference customers, other lenders' names): the bracket
    says who gave the row, never that it names the vendors. A second sheet of the risk department's reference calls
    (供应商名称 | 参考客户 | 受访人及职务 | 回访项目 | 客户反馈（原话记录）): each row is another lender's word about the vendor —
    listed (skip.hearsay), never the vendor's: its claimed 等保 stays a claim whatever a customer says of its own filing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "初评汇总"
    for row in [["比较项目", "康定跑马山数科有限公司", "稻城亚丁信息技术有限公司"],
                ["报价", "19.6万元（含税）", "238,000元（含13%增值税）"],
                ["等保三级", "系统按照等保三级要求设计开发，可协助客户完成等保测评及备案", "已取得，备案证明编号51333743008-24011"],
                ["免费维护期", "18个月", "12个月"],
                ["参考客户（供应商提供）", "会东鲁南山小额贷款有限公司、宁南白鹤滩小额贷款有限公司", "盐源泸沽湖小额贷款有限公司"]]:
        ws.append(row)
    calls = wb.create_sheet("客户回访记录")
    for row in [["供应商参考客户回访记录表"],
                ["序号", "供应商名称", "参考客户", "受访人及职务", "回访项目", "客户反馈（原话记录）", "回访人意见"],
                [1, "康定跑马山数科有限公司", "会东鲁南山小额贷款有限公司", "李建华（科技部经理）", "等保资质",
                 "“跑马山给我们上的信贷系统去年8月就过了等保三级，备案证明编号51342643011-24007。”", "客户确认系统已过三级"],
                [2, "稻城亚丁信息技术有限公司", "盐源泸沽湖小额贷款有限公司", "王海燕（信息科科长）", "免费维护期",
                 "“我们当时签的免费维护只有6个月。”", "维护期短于其报价"]]:
        calls.append(row)
    qs = load([("初评.xlsx", _saved(wb))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"康定跑马山数科有限公司", "稻城亚丁信息技术有限公司"}
    pm, yd = res["康定跑马山数科有限公司"].quote, res["稻城亚丁信息技术有限公司"].quote
    assert pm.evidence["mlps_level3"][0] == "claimed" and res["康定跑马山数科有限公司"].gate == "unverified"
    assert yd.values["mlps_level3"] is True and "mlps_level3" not in yd.evidence
    assert res["稻城亚丁信息技术有限公司"].quote.values["free_maintenance_months"] == 12
    assert {s.where for s in qs.skipped if s.reason == "skip.hearsay"} == {"F3", "F4"}
    # the calls sheet holds no quote, and says so once: not a vendor 'with no value' each, not 'headers only'
    assert not [s for s in qs.skipped if s.reason in ("skip.no_values", "err.headers_only")]
    sheet = [s for s in qs.skipped if s.reason == "err.others_words_only"]
    assert len(sheet) == 1 and "“客户回访记录”" in skipped_text(sheet[0], "zh") and "{" not in skipped_text(sheet[0], "en")


def test_a_tender_agents_register_reads_bidders_answers_never_the_buyers_and_a_withdrawal_removes_the_bid():
    """A 竞争性磋商 summary: the bids, then '澄清、答疑及最后报价汇总' (环节 | 供应商 | 提出方 | 问题/澄清事项（原文） | 答复方 |
    答复内容（原文）): an answer by 采购人 to a bidder's question is the buyer's (listed, skip.buyer_answer) — its '须已取得
    …备案证明' is no bidder's proof; a bidder's written 最后报价 is its price; a clarification quoting the bid ('响应文件写
    “提供完整源码”，风控决策引擎是否加密…？' | '风控决策引擎以加密SDK形式提供') answers on the quoted words (source: partial);
    a bidder that answers '退出本项目磋商…原响应文件作废' withdrew."""
    rows = [["一、响应文件摘要"], ["序号", "供应商名称", "首次报价", "等保三级", "源码交付"],
            [1, "博湖博斯腾数科有限公司", "27.5万元（含税）", "满足磋商文件等保三级要求", "完整源码"],
            [2, "尉犁罗布人软件有限公司", "32.6万元（含税）", "已取得等保三级（备案证明编号65282343004-23015）", "提供完整源码"],
            [3, "若羌楼兰数据服务有限公司", "29.9万元（含税）", "已取得（备案证明编号65282443001-24005）", "完整源码"], [],
            ["二、澄清、答疑及最后报价汇总"],
            ["序号", "环节", "供应商", "提出方", "问题/澄清事项（原文）", "答复方", "答复内容（原文）"],
            [1, "答疑", "博湖博斯腾数科有限公司", "博湖博斯腾数科有限公司", "我司系统三级测评正在进行中，能否参加？", "采购人（和静开都河小额贷款有限公司）",
             "可以参加。所投系统须已取得网络安全等级保护第三级备案证明。"],
            [2, "澄清", "尉犁罗布人软件有限公司", "磋商小组", "响应文件写“提供完整源码”，风控决策引擎是否加密或以SDK形式提供？",
             "尉犁罗布人软件有限公司", "风控决策引擎以加密SDK形式提供，其余模块交付完整源码。"],
            [3, "最后报价", "博湖博斯腾数科有限公司", "磋商小组", "请书面提交最后报价", "博湖博斯腾数科有限公司", "最后报价：26.6万元（含税）。"],
            [4, "最后报价", "若羌楼兰数据服务有限公司", "磋商小组", "请书面提交最后报价", "若羌楼兰数据服务有限公司",
             "我司经研究决定退出本项目磋商，不提交最后报价，原响应文件作废。"]]
    qs = load([("磋商汇总.xlsx", _xlsx(rows))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"博湖博斯腾数科有限公司", "尉犁罗布人软件有限公司"}
    assert res["博湖博斯腾数科有限公司"].quote.values["price_cny"] == 266_000 and res["博湖博斯腾数科有限公司"].gate != "pass"
    assert res["尉犁罗布人软件有限公司"].quote.values["source_code_delivery"] == "partial"
    assert any(n.reason == "skip.buyer_answer" for n in qs.notes)
    assert any(s.reason == "skip.declined" and "若羌楼兰" in s.text for s in qs.skipped)


def test_an_extraction_exports_web_fill_in_for_a_field_the_document_lacks_is_no_word_of_the_quote():
    """'终身技术咨询 | 提供 | （原文未找到 Not found in document）；联网检索补充：该公司官网称“终身免费技术咨询”': the document says
    nothing of it — the field stays unknown (a question to ask), and what the tool found on the web is listed, never read."""
    head = ["文件名 File", "抽取字段 Field", "抽取结果 Extracted value", "原文依据 Evidence (source text)", "页码 Page"]
    a = "Jinta_Quotation.pdf"
    rows = [["DocAI 批量抽取结果导出"], head,
            [a, "供应商名称", "金塔胡杨林科技有限公司", "Jinta Huyanglin Technology Co., Ltd.（金塔胡杨林科技有限公司）", 1],
            [a, "报价总额", "¥248,000", "Total price: CNY 248,000 (VAT included)", 3],
            [a, "终身技术咨询", "提供", "（原文未找到 Not found in document）；联网检索补充：该公司官网“服务承诺”页面称“终身免费技术咨询”", "—"],
            [a, "写入合同", "是", "（原文未找到 Not found in document）", "—"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("docai.csv", buf.getvalue().encode("utf-8-sig"))])
    q = _by_vendor(qs)["金塔胡杨林科技有限公司"]
    assert q.values["price_cny"] == 248_000
    assert q.values["lifetime_consulting"] is None and q.values["commitments_in_contract"] is None
    assert [s.where for s in qs.skipped if s.reason == "skip.not_in_document"] == ["D5"]


def test_a_due_diligence_checklist_reads_the_vendors_own_words_never_the_checkers_pass():
    """A compliance department's 准入尽调清单, one row per vendor and check item (核查项目 | 供应商自述（问卷回复原文） |
    证明材料（文件名） | 合规部核查意见): the quote is the vendor's own words; the officer's '通过。经电话…核实' beside a bare
    claim is the buyer's verdict, and a claim with no proof stays a claim."""
    head = ["序号", "供应商名称", "尽调类别", "核查项目", "供应商自述（问卷回复原文）", "证明材料（文件名）", "合规部核查意见", "核查人"]
    rows = [["供应商准入尽调清单"], head,
            [1, "勐海南糯山数科有限公司", "商务", "报价金额", "23.8万元（含税）", "报价函.pdf", "通过", "杨丽仙"],
            [2, "勐海南糯山数科有限公司", "安全合规", "等保三级", "我司系统严格按照等保三级标准设计开发，满足等保三级要求",
             "未提供（供应商承诺签约后提供）", "通过。经电话向供应商技术负责人核实，附条件准入", "杨丽仙"],
            [3, "石屏异龙湖信息技术有限公司", "商务", "报价金额", "26.5万元（含税）", "报价函.pdf", "通过", "杨丽仙"],
            [4, "石屏异龙湖信息技术有限公司", "安全合规", "等保三级", "已取得等保三级备案证明，编号53252543010-24006",
             "备案证明.pdf", "通过。已核对扫描件", "杨丽仙"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("准入尽调.csv", buf.getvalue().encode("gbk"))])
    q = _by_vendor(qs)
    assert set(q) == {"勐海南糯山数科有限公司", "石屏异龙湖信息技术有限公司"}
    assert q["勐海南糯山数科有限公司"].values["price_cny"] == 238_000
    assert q["勐海南糯山数科有限公司"].evidence["mlps_level3"][0] == "claimed"
    assert q["石屏异龙湖信息技术有限公司"].values["mlps_level3"] is True


def test_an_auditors_check_of_the_clerks_table_reads_the_original_letters_words():
    """An internal auditor's working paper (供应商名称 merged down | 核对项目 | 采购部比选表记载 | 报价函原件记载（摘录） | 核对结果
    | 审计发现): the quote is what the original letter says — '不含税，6%另计' where the clerk wrote 含税 — and the
    auditor's √ beside a claim proves nothing."""
    rows = [["内部审计工作底稿"],
            ["序号", "供应商名称", "核对项目", "采购部比选表记载（索引C3-1）", "报价函原件记载（摘录）", "核对结果", "审计发现"],
            [1, "黟县宏村数科有限公司", "报价金额", "19.8万元", "报价总额¥198,000.00（含税）", "√", ""],
            [None, None, "等保三级", "已通过等保三级", "系统满足等保三级要求，已通过等保测评", "√", "已核对原件，与比选表一致"],
            [2, "休宁齐云山信息技术有限公司", "报价金额", "20.8万元", "合计20.8万元", "√", ""],
            [None, None, "计税方式", "含税", "以上报价均为不含税价格，增值税税率6%，开票时另计", "△", "比选表记为含税，与原件不符"],
            [None, None, "等保三级", "已取得", "已取得等保三级备案证明，编号34102243008-24012", "√", ""]]
    qs = load([("底稿.xlsx", _xlsx(rows))])
    q = _by_vendor(qs)
    assert set(q) == {"黟县宏村数科有限公司", "休宁齐云山信息技术有限公司"}
    res = _scored(qs, "personal_credit")
    assert res["休宁齐云山信息技术有限公司"].quote.values["price_cny"] == 220_480
    assert q["黟县宏村数科有限公司"].evidence["mlps_level3"][0] == "claimed"


def _bid_form(bidder: str, lines: list, total: int, rebate, bid: str, notes: str) -> list:
    rows = [["附件5　分项报价表"], ["项目名称：商户经营贷业务系统源码采购项目（邀请招标）"], [f"投标人名称（盖章）：{bidder}"],
            ["金额单位：人民币元"], ["序号", "分项名称", "规格/说明", "数量", "单价", "小计"]]
    rows += [[k + 1, *line] for k, line in enumerate(lines)]
    rows += [["合计", None, None, None, None, total], ["优惠/让利", None, *rebate],
             ["投标总价（小写）", None, bid], ["投标总价（大写）", None, "人民币（略）"], ["报价有效期", None, "90日历天"],
             ["备注", None, notes]]
    return rows


def test_a_tender_bid_form_per_bidder_reads_the_bid_total_after_its_rebate_and_an_option_its_notes_make():
    """A tender's 分项报价表, one sheet per bidder: the bidder is the '投标人名称（盖章）：' line; the lines (分项名称 |
    规格/说明 | 数量 | 单价 | 小计) add up to the 合计, the 让利 line is already taken off the 投标总价（小写） written in the wide
    cell — the price bid, taken once —, the 规格 says what source is delivered; a 备注 making a listed module an option
    outside the total at a price to be agreed leaves that must-have unpriced (unverified)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-来凤酉水"
    for row in _bid_form("来凤酉水数科有限公司",
                         [["源码授权", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；完整源码", "1套", 218000, 218000],
                          ["实施部署及培训", "部署上线、培训", "1项", 58000, 58000]], 276000, [None, "无"], "¥276,000.00",
                         "1. 投标总价含税。\n2. 分项1所列功能模块中“银行流水分析”为选配模块，未包含在本次投标总价内；如采购人需要，费用另行商定。"):
        ws.append(row)
    ws2 = wb.create_sheet("2-巴东神农溪")
    for row in _bid_form("巴东神农溪信息技术有限公司",
                         [["源码授权", "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理；交付完整源码，无加密", "1套",
                           228000, 228000], ["部署实施", "本地化部署", "1项", 90000, 90000]], 318000,
                         ["商务让利（已在投标总价中扣减）", None, None, -20000], "¥298,000.00", "1. 投标总价已扣减商务让利，含增值税。"):
        ws2.append(row)
    qs = load([("分项报价表.xlsx", _saved(wb))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"来凤酉水数科有限公司", "巴东神农溪信息技术有限公司"}
    sn = res["巴东神农溪信息技术有限公司"].quote
    assert sn.values["price_cny"] == 298_000 and sn.values["source_code_delivery"] == "full"
    yd = res["来凤酉水数科有限公司"]
    assert yd.quote.values["price_cny"] == 276_000 and yd.gate == "unverified"


def test_a_self_service_configurator_reads_the_vendors_configuration_never_the_buyers_tick_alone():
    """Vendors' own 报价配置表 with a 是否选购 column the buyer filled in: a row the vendor marks 二期 (本期不交付) is no module
    of this quote whatever the buyer ticked; an option (选配 / ○) left at 否 is an option at its unit price, not in the
    price; a line given away (赠送) is a gift. The company is the title's name up to 有限公司."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "易贡"
    for row in [["波密易贡数科有限公司　商户经营贷系统源码　自助报价配置表"], ["单价均为含税价"],
                ["序号", "模块分类", "模块名称", "配置类型", "单价（元）", "是否选购", "小计（元）", "模块说明"],
                [1, "基础平台", "核心平台（用户管理、风控审批流、还款管理）", "标配", 128000, "是", 128000, "含还款计划与逾期提醒"],
                [2, "征信", "企业征信查询", "标配", 36000, "是", 36000, "已对接人行企业征信系统、百行征信"],
                [3, "风控", "银行流水分析", "二期", "—", "是", "—", "列入二期开发，本期不交付，届时另行报价"],
                [4, "合同", "电子合同（在线签约）", "标配", 42000, "是", 42000, "对接CFCA数字证书"],
                [5, "数据", "数据分析大屏", "选配", 22000, "否", 0, "经营数据可视化"],
                ["合计（元，含税）", None, None, None, None, None, 206000]]:
        ws.append(row)
    ws2 = wb.create_sheet("金东")
    for row in [["朗县金东软件有限公司 — 商户经营贷系统报价配置表"], ["● 标配（已含）　○ 选配（选购后计入合计）　　报价含税"],
                ["模块", "配置", "单价（元）", "是否选购", "小计（元）", "说明"],
                ["基础平台（用户管理、风控审批、还款管理）", "●", 150000, "是", 150000, None],
                ["企业征信查询", "○", 36000, "否", 0, "对接百行征信企业信用报告"],
                ["银行流水分析", "●", 48000, "是", 48000, None], ["电子合同", "●", 35000, "是", 35000, None],
                ["区块链存证", "○", 30000, "否", 0, None], ["智能客服机器人", "○", 0, "赠送", 0, None],
                ["合计", None, None, None, 233000]]:
        ws2.append(row)
    qs = load([("配置表.xlsx", _saved(wb))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"波密易贡数科有限公司", "朗县金东软件有限公司"}
    yg = res["波密易贡数科有限公司"]
    assert "cashflow_analysis" not in yg.quote.values["features"] and "bi_dashboard" not in yg.quote.values["features"]
    assert yg.gate == "fail" and yg.quote.values["price_cny"] == 206_000
    jd = res["朗县金东软件有限公司"]
    assert jd.scored_values["price_cny"] == 269_000  # the must-have 企业征信 added at its unit price
    assert "blockchain_evidence" not in jd.scored_values["features"] and "ai_customer_service" in jd.scored_values["features"]


def test_a_table_tools_linked_records_are_read_as_the_rows_they_name_and_its_formula_columns_are_not_the_vendors():
    """A 飞书多维表格 export: '报价模块明细' holds linked records by name ('胜山·订单跟踪,…'), the second sheet the records
    (明细名称 | 所属报价 | 模块名称 | 配置方式 | 选配价格（元） | 供应商说明): each name is read as its row's words — a module put off
    to 二期 is missing, one 选配 an option at its price. The table's own '（公式）' columns (含税总价, 必备模块检查 '✅ 齐全')
    and '（附件）' file names are no words of the vendor's; the linked sheet is listed as used, not as a sheet without vendors."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供应商报价"
    for row in [["供应商名称", "报价总额（元）", "计税方式", "含税总价（公式）", "报价模块明细", "必备模块检查（公式）", "报价单（附件）"],
                ["孙吴胜山数科有限公司", 218000, "含税", 218000, "胜山·商品管理,胜山·分期计算器,胜山·订单跟踪", "✅ 齐全", "胜山.pdf"],
                ["塔河固奇谷软件有限公司", 242000, "不含税", 256520, "固奇谷·商品管理,固奇谷·分期计算器,固奇谷·订单管理", "✅ 齐全",
                 "固奇谷.xlsx"]]:
        ws.append(row)
    ws2 = wb.create_sheet("报价模块明细")
    for row in [["明细名称", "所属报价", "模块名称", "配置方式", "选配价格（元）", "供应商说明", "创建人"],
                ["胜山·商品管理", "孙吴胜山数科有限公司", "商品管理", "标配（含在报价内）", None, "商品及商户管理", "刘洋"],
                ["胜山·分期计算器", "孙吴胜山数科有限公司", "分期计算器", "标配（含在报价内）", None, "分期试算", "刘洋"],
                ["胜山·订单跟踪", "孙吴胜山数科有限公司", "订单跟踪", "二期（本期不交付）", None, "列入二期开发，本期合同不含", "刘洋"],
                ["固奇谷·商品管理", "塔河固奇谷软件有限公司", "商品管理", "标配（含在报价内）", None, None, "隋建国"],
                ["固奇谷·分期计算器", "塔河固奇谷软件有限公司", "分期计算器", "选配（另计）", 18000, "选配另计18,000元（不含税）",
                 "隋建国"],
                ["固奇谷·订单管理", "塔河固奇谷软件有限公司", "订单管理", "标配（含在报价内）", None, "订单状态跟踪", "隋建国"]]:
        ws2.append(row)
    qs = load([("多维表格.xlsx", _saved(wb))])
    res = _scored(qs, "consumer_installment")
    assert set(res) == {"孙吴胜山数科有限公司", "塔河固奇谷软件有限公司"}
    ss = res["孙吴胜山数科有限公司"]
    assert "order_tracking" not in ss.quote.values["features"] and ss.gate == "fail"
    gq = res["塔河固奇谷软件有限公司"]
    assert gq.scored_values["price_cny"] == 293_800  # (242,000 + the calculator option 18,000) × 1.13, never the formula's 256,520
    assert [n.sheet for n in qs.notes if n.reason == "note.linked_table"] == ["报价模块明细"]
    assert not [s for s in qs.skipped if s.sheet == "报价模块明细"]


def test_a_project_tools_task_export_reads_only_the_vendors_copied_words_the_latest_governing():
    """A 禅道 task export (任务名称 | 任务状态 | 完成时间 | 关联供应商 | 任务描述 | 历史记录（备注）), several tasks per vendor: a
    task is the buyer's, so its own words ('报价26.5万超预算，约对方议价', '等保已核实 √ 对方销售经理电话里说三级早就过了') are
    listed, never read; the vendor's words are the letter's excerpt ('原文摘录如下：') and the replies quoted as its own
    ('对方邮件回复（原文）：“…”'), the later governing — one quote per vendor; a task about no vendor is the buyer's own."""
    head = ["编号", "任务名称", "任务状态", "完成时间", "关联供应商", "任务描述", "历史记录（备注）"]
    letter = "报价：{p}（含税）\n功能模块：个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理\n等保：{m}\n免费维护：12个月"
    rows = [head,
            [101, "编制询价函并发送供应商", "已完成", "2025-11-05 17:20", "", "询价范围：个人信用贷系统源码。我方要求已取得等保三级备案证明。", ""],
            [105, "【汇宗】报价函录入", "已完成", "2025-11-14 16:40", "多伦汇宗数科有限公司",
             "11-14收到盖章报价函，原文摘录如下：\n" + letter.format(p="21.6万元", m="严格按照等保三级要求设计开发，可协助客户完成等保测评"),
             "1. 2025-11-14 16:02:11, 由 乌日娜 创建。"],
            [106, "【汇宗】核实等保三级备案证明", "已完成", "2025-11-19 15:31", "多伦汇宗数科有限公司",
             "报价函等保一项未写备案证明编号，请对方补交备案证明复印件。",
             "1. 2025-11-14 16:45:02, 由 乌日娜 创建。\n2. 2025-11-19 15:31:02, 由 乌日娜 完成。\n"
             "等保已核实 √ 对方销售经理电话里说三级早就过了，证书原件签约时带过来。"],
            [107, "【宝昌】报价函录入", "已完成", "2025-11-15 10:22", "太仆寺旗宝昌软件有限公司",
             "11-15收到盖章报价函，原文摘录如下：\n" + letter.format(p="26.5万元", m="已取得等保三级（备案证明编号15252743005-23011）"),
             "1. 2025-11-15 10:05:50, 由 乌日娜 创建。"],
            [108, "【宝昌】议价（报价超预算）", "已完成", "2025-11-21 09:05", "太仆寺旗宝昌软件有限公司", "报价26.5万超预算，约对方议价，目标25万以内。",
             "1. 2025-11-15 10:24:03, 由 乌日娜 创建。\n2. 2025-11-18 11:20:33, 由 巴特尔 添加备注。\n已电话沟通，对方说回去申请。\n"
             "3. 2025-11-21 09:05:12, 由 巴特尔 完成。\n供应商邮件回复（原文）：“经公司审批，最终报价调整为24.8万元（含税），其余条款不变。”"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("禅道任务导出.csv", buf.getvalue().encode("gbk"))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"多伦汇宗数科有限公司", "太仆寺旗宝昌软件有限公司"} and len(qs.quotes) == 2
    assert res["太仆寺旗宝昌软件有限公司"].quote.values["price_cny"] == 248_000
    hz = res["多伦汇宗数科有限公司"]
    assert hz.quote.values["price_cny"] == 216_000 and hz.gate == "unverified"
    listed = [s.text for s in qs.skipped + qs.notes if s.reason == "skip.buyer_message"]
    assert any("等保已核实" in t for t in listed) and any("约对方议价" in t for t in listed)
    assert [s.reason for s in qs.skipped + qs.notes if "编制询价函" in s.text] == ["skip.buyer_task"]


def test_a_consultants_report_reads_the_letters_words_under_its_two_row_header_never_its_market_prices():
    """A 市场询价报告: the consultant's market prices first (项目 | 金额 | 说明 — no 报价单), then the comparison under a two-row
    header (一、价格 over 报价函原文 | 可比价（顾问折算） | 评级): the letter's words are the quote — a price 'to be submitted
    later' is no price, whatever the consultant's median beside it —, and its '市场参考价（…非供应商报价）' row is no vendor."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["消费分期系统源码　市场询价报告"], ["一、市场价格参考"], ["项目", None, "金额（元）", "说明"],
                ["市场参考价（中位）", None, 245000, "含税"], ["建议控制价", None, 270000, "含税"], [],
                ["序号", "供应商", "一、价格", None, None, "二、功能模块", None, "综合评级"],
                [None, None, "报价函原文", "可比价（顾问折算，含税，元）", "评级", "报价函原文", "评级", None],
                [1, "琼海万泉河数科有限公司", "「商务报价待我司总部审批后另行提交」", "245,000（暂按市场参考价中位数列示）", "★★★★★",
                 "「商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理」", "★★★★★", "★★★★★"],
                [2, "陵水分界洲信息技术有限公司", "「25.8万元（含税）」", 258000, "★★★★☆",
                 "「商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理」", "★★★★★", "★★★★☆"],
                [None, "市场参考价（中位数，本公司整理，非供应商报价）", None, 245000, None, None, None, None]]:
        ws.append(row)
    for rng in ("C7:E7", "F7:G7", "A7:A8", "B7:B8", "H7:H8"):
        ws.merge_cells(rng)
    qs = load([("询价报告.xlsx", _saved(wb))])
    res = _scored(qs, "consumer_installment")
    assert set(res) == {"琼海万泉河数科有限公司", "陵水分界洲信息技术有限公司"}
    assert res["陵水分界洲信息技术有限公司"].quote.values["price_cny"] == 258_000
    assert res["琼海万泉河数科有限公司"].quote.values["price_cny"] is None and res["琼海万泉河数科有限公司"].gate == "unverified"


def test_a_resellers_quote_holds_it_to_its_own_words_and_the_developers_filing_of_its_own_platform_proves_nothing():
    """A comparison with a reseller's column: '报价单位身份 | 代理商（…授权）' says what the vendor is, never its name; '【我司】提供'
    is the reseller's own word; the developer's filing of its own SaaS platform ('原厂自营') for a system the buyer deploys and
    files itself is a claim; the developer who 'does not quote directly' gave no quote; its 授权书 sheet is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["比较项目", "南昌艾溪湖信息技术有限公司", "赣州郁孤台数科有限公司", "厦门筼筜软件有限公司"],
                ["报价单位身份", "代理商（厦门筼筜软件有限公司授权江西区域总代理）", "原厂直销（自主研发）", "原厂（产品开发商）"],
                ["报价", "26.8万元（含税）", "29.6万元（含税）", "不直接报价（江西区域由授权总代理负责报价）"],
                ["等保三级", "【原厂】筼筜云贷SaaS服务平台（原厂自营）已取得等保三级备案，备案证明编号35020643011-24008；【我司】本项目为"
                 "本地化部署，部署后系统的等保测评由贵司自行委托测评机构", "已取得等保三级，备案证明编号36070243006-24011", "—"],
                ["终身技术咨询", "【我司】提供", "提供", "—"]]:
        ws.append(row)
    letter = wb.create_sheet("原厂授权书（摘录）")
    for row in [["附：厦门筼筜软件有限公司《产品授权书》（摘录）"], ["兹授权南昌艾溪湖信息技术有限公司为我司产品江西区域总代理。"],
                ["一、我司SaaS服务平台已取得网络安全等级保护第三级备案。"]]:
        letter.append(row)
    qs = load([("比价表.xlsx", _saved(wb))])
    q = _by_vendor(qs)
    assert set(q) == {"南昌艾溪湖信息技术有限公司", "赣州郁孤台数科有限公司"}
    axh = q["南昌艾溪湖信息技术有限公司"]
    assert axh.evidence["mlps_level3"][0] == "claimed" and axh.values["lifetime_consulting"] is True
    assert q["赣州郁孤台数科有限公司"].values["mlps_level3"] is True and "mlps_level3" not in q["赣州郁孤台数科有限公司"].evidence
    assert [n.sheet for n in qs.notes if n.reason == "note.support_document"] == ["原厂授权书（摘录）"]
    assert any(s.reason == "skip.declined" and "筼筜" in s.text for s in qs.skipped)


def test_a_peer_lenders_comparison_pasted_beside_the_quotes_is_read_for_nothing():
    """The buyer's quotes on the left, an empty column, and a peer lender's forwarded comparison on the right under its own
    title ('【同行参考】…比价（2025年9月）'): its prices and terms were quoted to the peer — none is read, even for a vendor
    on both sides, and a vendor only there is no quote here."""
    rows = [["莆田九鲤湖小额贷款有限公司　询价汇总", None, None, None, None, "【同行参考】南靖云水谣小额贷款有限公司 比价（2025年9月）"],
            ["序号", "供应商", "报价", "等保三级", None, "公司", "价格", "等保"],
            [1, "福州于山信息技术有限公司", "23.6万元（含税）", "已取得，备案证明编号35010243012-24005", None,
             "厦门五缘湾数科有限公司", "19.8万（含税）", "已取得"],
            [2, "龙岩汀江数科有限公司", "21.8万元（含税）", "三级测评中，预计2026年2月取得", None,
             "龙岩汀江数科有限公司", "20.8万（含税）", "三级已取得"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("询价汇总.csv", buf.getvalue().encode("gbk"))])
    q = _by_vendor(qs)
    assert set(q) == {"福州于山信息技术有限公司", "龙岩汀江数科有限公司"} and len(qs.quotes) == 2
    assert q["龙岩汀江数科有限公司"].values["price_cny"] == 218_000 and q["龙岩汀江数科有限公司"].values["mlps_level3"] is False
    assert [n.reason for n in qs.notes if "同行参考" in n.text] == ["note.others_table"]


def test_a_finance_plan_and_funding_requests_read_the_vendors_words_never_the_departments_sums():
    """Finance's payment plan a block per vendor ('方案一：XX公司（报价函…）' over '报价函付款条款原文 | …' and its own milestones,
    three-year totals and present values), and the stacked 资金使用申请表 (候选方案N, '候选服务商 | XX公司', cost lines paid to
    others, '报价函摘录·报价 | …'): the quote is the letter's words — the price, the yearly fee after the free period —;
    the department's sums are listed; a module the buyer must buy from a third party is missing."""
    rows = [["三年资金支付计划"], [],
            ["方案一：洋县朱鹮数科有限公司（报价函编号ZH-BJ-20251107）"],
            ["报价函付款条款原文", "合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%增值税）。付款方式：签订后支付30%，验收后支付60%，"
             "余款10%为质保金。免费维护期12个月，期满后年度维护费2.2万元/年（含税）。"],
            ["款项", "付款条件", "比例", "金额（元）"], ["首付款", "签订后支付30%", "30%", 77400], ["三年现金流出合计", None, None, 302000], [],
            ["方案二：宁强汉水源网络科技有限公司（报价函编号HSY-2025-088）"],
            ["报价函付款条款原文", "软件源码授权及部署实施费用合计人民币玖万陆仟元整（¥96,000.00，含税）。自第二年起按年收取技术服务费5.8万元/年"
             "（含税）。"],
            ["款项", "付款条件", "比例", "金额（元）"], ["首付款", "签订后支付50%", "50%", 48000], ["三年现金流出合计", None, None, 212000]]
    qs = load([("三年资金计划.xlsx", _xlsx(rows))])
    res = _scored(qs, "consumer_installment")
    assert set(res) == {"洋县朱鹮数科有限公司", "宁强汉水源网络科技有限公司"}
    assert res["洋县朱鹮数科有限公司"].quote.values["price_cny"] == 258_000
    assert res["洋县朱鹮数科有限公司"].quote.values["annual_fee_after_warranty_cny"] == 22_000
    hsy = res["宁强汉水源网络科技有限公司"]
    assert hsy.quote.values["price_cny"] == 96_000 and hsy.gate == "fail"
    assert any(s.reason == "skip.buyer_computation" and "212000" in s.text for s in qs.skipped + qs.notes)

    form = [["资金使用申请表（候选方案一）"], ["候选服务商", "彭阳茹河信息技术有限公司", "报价函编号", "RH-QT-1110"],
            ["序号", "费用项目", "收款单位", "金额（元）"], [1, "系统源码授权费", "彭阳茹河信息技术有限公司", 196000],
            [2, "电子合同平台服务（第三方SaaS）", "凤凰城电子认证服务有限公司", 28000], ["申请金额合计（小写）", None, None, 224000],
            ["报价函摘录·报价", "合计22.8万元（含税）"],
            ["报价函摘录·功能模块", "企业征信查询、银行流水分析、风控审批、还款管理、用户管理。电子合同模块我司暂不提供，如需电子签约，"
             "须由贵司另行采购第三方电子合同平台。"], [],
            ["资金使用申请表（候选方案二）"], ["候选服务商", "泾源老龙潭数科有限公司", "报价函编号", "LLT-BJ-2025-031"],
            ["序号", "费用项目", "收款单位", "金额（元）"], [1, "系统源码授权费", "泾源老龙潭数科有限公司", 257000],
            ["申请金额合计（小写）", None, None, 257000],
            ["报价函摘录·报价", "合计25.7万元（不含税），增值税税率6%，税额另计。"],
            ["报价函摘录·功能模块", "企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理。"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(form)
    qs = load([("资金申请.csv", buf.getvalue().encode("gbk"))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"彭阳茹河信息技术有限公司", "泾源老龙潭数科有限公司"}
    rh = res["彭阳茹河信息技术有限公司"]
    assert rh.quote.values["price_cny"] == 228_000 and "contract_management" not in rh.quote.values["features"]
    assert rh.gate == "fail"
    assert res["泾源老龙潭数科有限公司"].quote.values["price_cny"] == 272_420


def test_a_price_whose_own_words_hold_the_servers_is_the_systems_price_without_them():
    """'一、软件部分：…小计28.0万元；二、硬件部分：应用服务器及数据库服务器各1台（代采），5.8万元；合计33.8万元（含税）': the
    servers are bought for the buyer, not part of the system's price — 280,000, the hardware taken out and said."""
    rows = [["供应商", "报价", "功能模块"],
            ["红寺堡水洞沟软件有限公司", "一、软件部分：源码授权费23.8万元、实施部署费4.2万元，软件部分小计28.0万元；二、硬件部分："
             "应用服务器及数据库服务器各1台（代采），5.8万元；合计33.8万元（含税）。", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"],
            ["泾源老龙潭数科有限公司", "27.2万元（含税）", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"]]
    qs = load([("报价.xlsx", _xlsx(rows))])
    res = _scored(qs, "merchant_loan")
    sdg = res["红寺堡水洞沟软件有限公司"]
    assert sdg.scored_values["price_cny"] == 280_000 and sdg.price_build["hardware_excluded_cny"] == 58_000
    assert "hardware_excluded" in {f.code for f in sdg.flags}


def test_a_price_column_holding_the_first_instalment_yields_to_the_total_the_notes_give():
    """A mini-program's 报价金额 | 96000 beside 报价说明 '报价金额栏填写的是首期款。…总价23.6万元…如按贵司询价要求验收后一次性
    付款，总价为22.6万元（含税）': the 96,000 is a first payment, never a price under 10万 — the total for the buyer's
    terms is the price, and the warning says which cell gave way."""
    rows = [["供应商名称", "报价金额（元）", "付款方式", "报价说明", "功能模块"],
            ["定日绒布数科有限公司", 96000, "分期付款",
             "报价金额栏填写的是首期款。系统源码买断总价23.6万元（含税），分三期支付：合同签订后付9.6万元，验收合格后付9.6万元，"
             "上线满一年后付4.4万元。如按贵司询价要求验收后一次性付款，总价为22.6万元（含税）。",
             "个人征信查询、风控模型、还款管理、风控审批、用户管理"],
            ["白朗年楚河科技有限公司", 238000, "一次性付款", "报价含源码授权、部署实施及培训，验收合格后一次性支付",
             "个人征信查询、风控模型、还款管理、风控审批、用户管理"]]
    qs = load([("询价单.xlsx", _xlsx(rows))])
    res = _scored(qs, "personal_credit")
    rb = res["定日绒布数科有限公司"]
    assert rb.quote.values["price_cny"] == 226_000
    assert "price_below_10w" not in {f.code for f in rb.flags}
    assert any(w.code == "warn.part_payment" and w.cell == "D2" and w.params["text"] == "96000" for w in qs.warnings)
    assert res["白朗年楚河科技有限公司"].quote.values["price_cny"] == 238_000


def test_a_part_another_company_signs_for_is_not_in_this_buyers_price():
    """'报价合计37.4万元（含税），其中：一期（呼图壁公司…）24.6万元；二期（…由玛纳斯公司另行签约）12.8万元': the sister company's
    phase is its own contract — this buyer's price is 246,000, and the warning names the part left out."""
    rows = [["比较项目", "奇台江布拉克数科有限公司", "木垒菜籽沟软件有限公司"],
            ["报价", "报价合计37.4万元（含税），其中：一期（呼图壁公司消费分期系统，独立部署）24.6万元；二期（2026年下半年，"
                    "玛纳斯公司部署接入，由玛纳斯公司另行签约）12.8万元", "26.8万元（含税）"],
            ["功能模块", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"],
            ["等保三级", "已取得，备案证明编号65232543010-24007", "已取得（备案证明编号65232843006-23015）"],
            ["免费维护期", "12个月", "12个月"]]
    qs = load([("报价对照.xlsx", _xlsx(rows))])
    res = _scored(qs, "consumer_installment")
    assert res["奇台江布拉克数科有限公司"].quote.values["price_cny"] == 246_000
    assert res["木垒菜籽沟软件有限公司"].quote.values["price_cny"] == 268_000
    assert any(w.code == "warn.other_party_part" and w.cell == "B2" and "玛纳斯公司另行签约" in w.params["part"]
               for w in qs.warnings)


def test_a_sister_companys_sheet_for_checking_only_is_not_a_later_round_and_a_set_price_is_one_set():
    """A joint purchase's workbook: '穆棱公司（本公司）' holds this buyer's quotes; '林口公司' — titled '…（…综合部提供，仅供
    核对）' — the same vendors' prices for the sister company's configuration. That sheet is not a later round of this
    buyer's quotes: it is listed, never scored. '43.6万元（两家联合采购，两套合计：…各部署一套，每套21.8万元）' is one set's
    price, 218,000. Finance's allocation sheet ('…不作为合同价') is its own arithmetic, never a price."""
    wb = openpyxl.Workbook()
    own = wb.active
    own.title = "穆棱公司（本公司）"
    own.append(["穆棱公司（本公司）配置　各供应商报价及条款（摘自各家报价单原文）"])
    own.append(["序号", "供应商", "报价（本公司配置）", "计税", "功能模块（本公司配置）", "等保三级", "免费维护期"])
    own.append([1, "依兰三姓数科有限公司", "23.9万元", "含税", "个人征信查询、风控模型、还款管理、风控审批、用户管理",
                "已取得等保三级，备案证明编号23012343009-24006", "12个月"])
    own.append([2, "讷河老莱软件有限公司", "43.6万元（两家联合采购，两套合计：穆棱公司、林口公司各部署一套，每套21.8万元）；如单独签约，"
                "每套23.6万元", "含税", "个人征信查询、风控模型、还款管理、风控审批、用户管理",
                "已取得等保三级（备案证明编号23028143012-24003）", "12个月"])
    other = wb.create_sheet("林口公司")
    other.append(["林口公司配置　各供应商报价（林口莲花湖小额贷款有限公司综合部提供，仅供核对）"])
    other.append(["序号", "供应商", "报价（林口公司配置）", "计税", "林口公司配置说明"])
    other.append([1, "依兰三姓数科有限公司", "18.6万元", "含税", "功能模块同穆棱公司；用户数30个"])
    other.append([2, "讷河老莱软件有限公司", "每套21.8万元（两家同时签约）", "含税", "同穆棱公司"])
    split = wb.create_sheet("分摊测算")  # finance's own sums: '…仅用于控股公司预算口径，不作为合同价'
    split.append(["两家联合采购　预算分摊测算（财务部）"])
    split.append(["分摊比例按贷款余额：穆棱公司58%，林口公司42%。仅用于控股公司预算口径，不作为合同价。"])
    split.append(["供应商", "穆棱公司报价（元）", "林口公司报价（元）", "两家合计（元）", "穆棱公司分摊额（58%，元）"])
    split.append(["依兰三姓数科有限公司", 239000, 186000, 425000, 246500])
    split.append(["讷河老莱软件有限公司", 218000, 218000, 436000, 252880])
    qs = load([("联合采购.xlsx", _saved(wb))])
    res = _scored(qs, "personal_credit")
    assert res["依兰三姓数科有限公司"].quote.values["price_cny"] == 239_000
    assert res["讷河老莱软件有限公司"].quote.values["price_cny"] == 218_000
    assert all(q.sheet == "穆棱公司（本公司）" and not q.earlier for q in qs.quotes)
    assert any(s.reason == "skip.other_buyer_sheet" and s.sheet == "林口公司" for s in qs.skipped)
    assert any(s.reason == "skip.buyer_computation" and s.sheet == "分摊测算" for s in qs.skipped)


def _price_books(scale_line: str | None) -> bytes:
    """Three vendors' price books typed one under another, the buyer's size (or none) above them."""
    rows = [["核心系统源码　三家价目表对照"], ["兴隆山小额贷款有限公司　信息部　2025-12-01"]]
    rows += [[scale_line]] if scale_line else []
    rows += [[],
             ["一、榆中兴隆数科有限公司　《兴隆小贷系统价目表》"], ["单位：万元　　以上价格均含税"],
             ["档次", "年放款量", "授权价格", "备注"],
             ["一档", "3亿元以下", "19.8", "单机构"], ["二档", "3亿—8亿元", "26.5", None], ["三档", "8亿元以上", "面议", "需评估"],
             ["功能模块", "个人征信、风控模型、反欺诈、还款管理、电子合同、用户管理"],
             ["等保", "已取得等保三级备案证明（编号62010043001-24003）"],
             ["售后", "免费维护12个月，含升级；7×24小时，2小时内响应"], [],
             ["二、皋兰什川信息技术有限公司　《什川信贷价格表》"], ["价格单位：万元（不含税，增值税税率6%）"],
             ["放款规模＼账号数", "50个以内", "50个以上"],
             ["5亿元以下", "24", "28"], ["5亿元以上", "面议", "面议"],
             ["功能模块", "个人征信、风控模型、反欺诈、还款管理、电子合同、用户管理"],
             ["等保", "已取得等保三级（备案编号62010043002-24011）"], [],
             ["三、永登连城网络科技有限公司　《连城价目表》"],
             ["等级", "适用年放款额", "价格（元，含税）"],
             ["A档", "1亿元以下", 158000], ["B档", "1亿元以上", "面议"],
             ["功能模块", "个人征信、风控模型、反欺诈、还款管理、电子合同、用户管理"],
             ["等保", "已取得等保三级"], [],
             ["信息部意见：按起步价，连城15.8万元最便宜，建议优先。"]]
    return _xlsx(rows)


def test_stacked_price_books_are_read_at_the_buyers_own_scale_never_by_the_first_tier():
    """A clerk's sheet of each vendor's price book ('一、XX公司　《…价目表》', tiers by 年放款额, a matrix of 放款规模 × 账号数,
    units and tax in a line above) with the buyer's size on top: each vendor is one quote, priced by the tier the buyer's
    size falls in (the larger of this year's and next year's lending), never the 起步价; a tier that says 面议 for
    this buyer is no price; the other tiers and the clerk's comparison are listed, never read as vendors."""
    qs = load([("价目表对照.xlsx", _price_books("本公司情况：2024年放款3.2亿元，预计2025年放款4亿元；后台操作员账号共45个。"))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"榆中兴隆数科有限公司", "皋兰什川信息技术有限公司", "永登连城网络科技有限公司"}
    assert res["榆中兴隆数科有限公司"].quote.values["price_cny"] == 265_000  # 二档 3亿—8亿元, 万元, 含税
    assert res["皋兰什川信息技术有限公司"].quote.values["price_cny"] == 254_400  # 5亿以下 × 50个以内 = 24万, + 6 %
    lc = res["永登连城网络科技有限公司"]
    assert lc.quote.values.get("price_cny") is None and lc.gate == "unverified"  # 4亿 is its B档: 面议
    texts = [(s.reason, s.text) for s in qs.skipped + qs.notes]
    assert any(r == "note.tier_chosen" and "26.5" in t and "4亿元" in t for r, t in texts)
    assert any(r == "skip.other_tier" and "158000" in t for r, t in texts)
    assert any(r == "skip.buyer_computation" and "建议优先" in t for r, t in texts)
    chosen = next(s for s in qs.notes if s.reason == "note.tier_chosen")
    assert "档" in skipped_text(chosen, "zh") and "tier" in skipped_text(chosen, "en")


def test_price_books_without_the_buyers_size_choose_no_tier():
    """The same price books with no size of the buyer's stated: no tier is chosen, each price is unknown and said so."""
    qs = load([("价目表对照.xlsx", _price_books(None))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"榆中兴隆数科有限公司", "皋兰什川信息技术有限公司", "永登连城网络科技有限公司"}
    assert all(r.quote.values.get("price_cny") is None and r.gate == "unverified" for r in res.values())
    assert sum(s.reason == "note.tier_unknown" for s in qs.notes) == 3


def test_a_list_of_pricing_options_prices_the_buy_out_at_the_buyers_size_with_its_services_never_a_subscription():
    """A 腾讯文档 list of every pricing option the vendors gave, a row each (标题 | 供应商 | 计价方式 | 适用规模 | 一次性费用 |
    周期费用 | 计费单位 | 是否含税 | 我方测算首年成本), the buyer's size above it: each vendor's price is its buy-out at that
    size plus its own one-off services; a subscription is another product, a per-query fee a charge for use, the
    buyer's first-year estimate its own arithmetic; a vendor with only a subscription has no price."""
    rows = [["源码采购　各家计价方式登记（信息科技部整理）"],
            ["我司规模：后台操作员账号80个，本次采购源码买断、部署在我司机房。"],
            ["标题", "供应商", "计价方式", "适用规模", "一次性费用（元）", "周期费用（元）", "计费单位", "是否含税", "我方测算首年成本"],
            ["A-1 源码买断（50用户以内）", "渭源首阳数科有限公司", "源码买断", "50个用户以内", 238000, None, None, "含税", 238000],
            ["A-2 源码买断（51-150用户）", "渭源首阳数科有限公司", "源码买断", "51-150个用户", 286000, None, None, "含税", 286000],
            ["A-3 年度订阅", "渭源首阳数科有限公司", "年度订阅（SaaS）", "不限", None, 58000, "年", "含税", 58000],
            ["B-1 源码买断", "临洮洮河软件有限公司", "永久授权含源码", "不限", 205000, None, None, "不含税，税率6%", 217300],
            ["B-2 实施培训", "临洮洮河软件有限公司", "实施服务", None, 25000, None, None, "不含税，税率6%", 26500],
            ["B-3 征信查询费", "临洮洮河软件有限公司", "第三方费用", None, None, 2.5, "次", "—", 150000],
            ["C-1 订阅", "陇西李家龙宫网络科技有限公司", "SaaS订阅", "100用户以内", None, 66000, "年", "含税", 66000]]
    qs = load([("计价方式登记.xlsx", _xlsx(rows))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"渭源首阳数科有限公司", "临洮洮河软件有限公司", "陇西李家龙宫网络科技有限公司"}
    assert res["渭源首阳数科有限公司"].quote.values["price_cny"] == 286_000  # 80 accounts: the 51-150 tier
    assert res["临洮洮河软件有限公司"].quote.values["price_cny"] == 243_800  # (205,000 + 25,000) × 1.06
    lj = res["陇西李家龙宫网络科技有限公司"]
    assert lj.quote.values.get("price_cny") is None and lj.gate == "unverified"  # 66,000 a year is a rental
    reasons = [(s.reason, s.text) for s in qs.notes]
    assert any(r == "skip.subscription_option" and "A-3" in t for r, t in reasons)
    assert any(r == "skip.usage_charge" and "征信查询费" in t for r, t in reasons)
    assert any(r == "skip.buyer_computation" and "首年成本" in t for r, t in reasons)


def test_an_english_list_of_vendor_responses_is_a_row_per_vendor_never_a_line_item_quote():
    """A Microsoft Lists export of the vendors' responses (Title = the vendor, long answers, 'Item Type' = Item and 'Path'
    last): one quote per vendor with its terms read — never one vendor's 报价单 whose 'Item' cell and an IT comment
    'Prices excl. VAT' in the same row head its line items."""
    head = ["Title", "Modules in the offer", "MLPS Level 3", "Encryption", "Transport", "Access control", "Log retention",
            "Free maintenance", "Support hours & response", "Source code", "IT comment", "Modified", "Modified By", "Item Type",
            "Path"]
    path = "sites/IT/Lists/Vendor responses"
    rows = [head,
            ["通渭义岗数科有限公司", "个人征信、风控模型、反欺诈、还款管理、电子合同、用户管理",
             "Held – filing certificate no. 62112643004-24002 (May 2024); graded object: 义岗个人信贷系统",
             "SM4 for ID number and mobile number", "HTTPS (TLS 1.2)", "RBAC", "12 months", "12 months",
             "24×7; within 2 hours", "Full source code", "Complete answers", "2025-11-20 10:00", "Ma Li", "Item", path],
            ["岷县二郎山软件有限公司", "个人征信、风控模型、还款管理、用户管理",
             "Not yet – level 3 assessment scheduled for Q1 2026, we will provide the certificate then",
             "AES-256 for sensitive fields", "HTTPS", "Role-based permissions", "6 months", "6 months",
             "Working days 9:00-18:00; next day", "Licence only, compiled", "Prices excl. VAT", "2025-11-21 15:30", "Ma Li",
             "Item", path],
            ["漳县贵清山网络科技有限公司", "个人征信、风控模型、反欺诈、还款管理、电子合同、用户管理",
             "Our cloud provider's platform holds MLPS Level 3 – certificate available on request",
             "SM4", "HTTPS", "RBAC", "12 months", "12 months", "24×7; within 1 hour", "Full source code", "Filing is the cloud's",
             "2025-11-22 09:10", "Zhang Wei", "Item", path]]
    qs = load([("Vendor responses.xlsx", _xlsx(rows))])
    res = _scored(qs, "personal_credit")
    assert set(res) == {"通渭义岗数科有限公司", "岷县二郎山软件有限公司", "漳县贵清山网络科技有限公司"}
    assert res["通渭义岗数科有限公司"].quote.values["mlps_level3"] is True
    assert res["岷县二郎山软件有限公司"].quote.values["mlps_level3"] is False
    assert res["通渭义岗数科有限公司"].quote.values["audit_log_months"] == 12


def test_a_joint_purchase_reads_this_buyers_price_column_and_only_the_rows_that_apply_to_it():
    """A participant's workbook of a joint inquiry: a summary with a price column per company ('阿克苏公司（牵头方）含税报价 |
    乌什公司（我司）含税报价') and the lead's commitments register, one row per item and company it applies to (适用主体 两家通用 /
    阿克苏公司 / 乌什公司), the vendor merged down its rows. The price is this buyer's column; a row for the lead's own
    deployment is not this buyer's (a filing of the lead's system, its on-site 7×24); a vendor that quotes the lead
    only is no quote; '按等保三级标准建设，备案及测评由乌什公司自行委托' is a claim."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价汇总"
    ws.append(["联合询价报价汇总"])
    ws.append(["序号", "供应商", "阿克苏公司（牵头方）含税报价", "乌什公司（我司）含税报价", "功能模块", "源码交付"])
    mods = "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"
    ws.append([1, "柯坪恰其海数科有限公司", "33.2万元", "29.6万元", mods, "完整源码"])
    ws.append([2, "阿合奇托什干软件有限公司", "30.8万元", "26.4万元", mods, "完整源码"])
    ws.append([3, "温宿天山神木网络科技有限公司", "31.5万元", "不报价（仅对阿克苏公司报价，不承接乌什部署）", mods, "完整源码"])
    ws2 = wb.create_sheet("服务承诺")
    ws2.append(["序号", "供应商", "承诺事项", "适用主体", "供应商填写内容（原文）"])
    rows = [(1, "柯坪恰其海数科有限公司", "等保三级", "两家通用", "已取得等保三级，备案证明编号65290143002-24007"),
            (None, None, "技术支持及响应", "两家通用", "7×24小时，2小时内响应"),
            (None, None, "免费维护", "两家通用", "免费维护12个月，含小版本升级"),
            (2, "阿合奇托什干软件有限公司", "等保三级", "阿克苏公司（牵头方）", "阿克苏公司现用系统已取得等保三级备案证明，编号65290143009-25001"),
            (None, None, "等保三级", "乌什公司", "乌什公司新建部署，按等保三级标准建设；备案及测评由乌什公司自行委托测评机构办理"),
            (None, None, "技术支持及响应", "阿克苏公司（牵头方）", "7×24小时驻场，1小时内响应"),
            (None, None, "技术支持及响应", "乌什公司", "远程支持，工作日9:00-18:00，4小时内响应；上门服务需预约"),
            (None, None, "免费维护", "两家通用", "免费维护18个月，含小版本升级"),
            (3, "温宿天山神木网络科技有限公司", "报价范围", "乌什公司", "不对乌什公司报价"),
            (None, None, "等保三级", "阿克苏公司（牵头方）", "已取得等保三级")]
    for row in rows:
        ws2.append(list(row))
    qs = load([("联合询价底稿.xlsx", _saved(wb))])
    res = _scored(qs, "merchant_loan")
    assert set(res) == {"柯坪恰其海数科有限公司", "阿合奇托什干软件有限公司"}
    kp, ahq = res["柯坪恰其海数科有限公司"], res["阿合奇托什干软件有限公司"]
    assert kp.quote.values["price_cny"] == 296_000 and ahq.quote.values["price_cny"] == 264_000
    assert ahq.quote.values["mlps_level3"] is True and ahq.quote.evidence["mlps_level3"][0] == "claimed"
    assert ahq.quote.values["support_7x24"] is False and ahq.quote.values["response_hours"] == 4
    assert kp.gate == "pass" and ahq.gate != "pass"
    assert sum(s.reason == "skip.other_party_row" for s in qs.notes) == 3
    assert any(s.reason in ("skip.declined", "skip.no_quote") and "温宿天山神木" in s.text for s in qs.skipped)


def test_servers_inside_a_price_are_taken_out_and_servers_bought_apart_never_added():
    """'23.8万元（含服务器2台，5万元）', '（软件18.8万元，硬件5万元）', '（其中硬件5万元）': the system's price is 188,000, the
    servers taken out and said; '（不含服务器，服务器约5万元由贵司自购）' and '（服务器另计，约5万元）' are 238,000 — never 288,000,
    never 50,000."""
    rows = [["供应商", "报价（含税）"],
            ["宕昌官鹅数科有限公司", "23.8万元（含服务器2台，5万元）"],
            ["舟曲拉尕山软件有限公司", "23.8万元（软件18.8万元，硬件5万元）"],
            ["迭部扎尕那信息技术有限公司", "23.8万元（其中硬件5万元）"],
            ["卓尼洮砚网络科技有限公司", "23.8万元（不含服务器，服务器约5万元由贵司自购）"],
            ["临潭冶力关数科有限公司", "23.8万元（服务器另计，约5万元）"]]
    qs = load([("报价.xlsx", _xlsx(rows))])
    got = {q.vendor: (q.values["price_cny"], (q.price_parts or {}).get("hardware_excluded")) for q in qs.quotes}
    assert got["宕昌官鹅数科有限公司"] == (188_000, 50_000)
    assert got["舟曲拉尕山软件有限公司"] == (188_000, 50_000)
    assert got["迭部扎尕那信息技术有限公司"] == (188_000, 50_000)
    assert got["卓尼洮砚网络科技有限公司"][0] == 238_000 and got["临潭冶力关数科有限公司"][0] == 238_000


def test_columns_headed_with_a_vendor_word_are_read_for_what_they_hold_never_as_the_vendor():
    """'供应商报价（万元）' is the price in 万 (it was taken for a second vendor column and lost); 'Vendor response' is the
    vendor's answer (it was a response time: '5x8' read as 5 hours); '供应商答复' and '供应商资质' are its words, read for
    what they state; '供应商名称' stays the vendor."""
    rows = [["供应商名称", "供应商报价（万元）", "供应商资质", "Vendor response", "供应商答复"],
            ["景泰寿鹿山数科有限公司", "23.8", "已取得等保三级，备案证明编号62042343006-24011", "24x7, 2h response", "免费维护12个月"],
            ["古浪八步沙软件有限公司", "25", "等保二级（已备案）", "5x8", "免费维护6个月"]]
    qs = load([("供应商表.xlsx", _xlsx(rows))])
    got = {q.vendor: q.values for q in qs.quotes}
    assert set(got) == {"景泰寿鹿山数科有限公司", "古浪八步沙软件有限公司"}
    assert got["景泰寿鹿山数科有限公司"]["price_cny"] == 238_000 and got["古浪八步沙软件有限公司"]["price_cny"] == 250_000
    assert got["景泰寿鹿山数科有限公司"]["mlps_level3"] is True and got["古浪八步沙软件有限公司"]["mlps_level3"] is False
    assert got["古浪八步沙软件有限公司"]["response_hours"] is None and got["古浪八步沙软件有限公司"]["support_7x24"] is False
    assert got["景泰寿鹿山数科有限公司"]["response_hours"] == 2 and got["古浪八步沙软件有限公司"]["free_maintenance_months"] == 6


def test_an_english_sheet_in_a_buyers_own_words_is_read_column_by_column():
    """Plain English headers nobody on the team wrote: 'Audit trail retention' is the log period (it was a payment
    'retention' line: '180 days' read as a price of 1,800,000), 'Quotation (RMB, excl. VAT)' the price (unread) with
    its 'VAT rate' column applied, 'Helpdesk hours' the support hours, 'MLPS certification', 'Free support period',
    'Version upgrades', 'Response SLA' their fields (all four unread), 'Best and final offer' the price offered."""
    rows = [["Supplier", "Quotation (RMB, excl. VAT)", "VAT rate", "Best and final offer", "MLPS certification",
             "Audit trail retention", "Free support period", "Version upgrades", "Response SLA", "Helpdesk hours"],
            ["Orion FinTech", "210,000", "6%", "", "Level 3 filed, certificate No. 44010013002-22011", "180 days",
             "12 months", "Bug fixes and minor releases", "1h", "24/7 hotline"],
            ["Nimbus Loan Tech", "168,000", "13%", "160,000", "Level 3 assessment scheduled for Q3", "90 days",
             "2 years", "Minor only; major charged", "Next business day", "Mon-Fri 9-18"]]
    qs = load([("quotes.xlsx", _xlsx(rows))])
    got = {q.vendor: q.values for q in qs.quotes}
    assert set(got) == {"Orion FinTech", "Nimbus Loan Tech"}
    orion, nimbus = got["Orion FinTech"], got["Nimbus Loan Tech"]
    assert orion["audit_log_months"] == 6 and nimbus["audit_log_months"] == 3
    assert round(orion["price_cny"]) == 222_600  # 210,000 + 6 % VAT, the rate its own column gives
    assert round(nimbus["price_cny"]) == 180_800  # the best and final offer, 160,000 + 13 %
    assert orion["mlps_level3"] is True and nimbus["mlps_level3"] is False
    assert (orion["free_maintenance_months"], nimbus["free_maintenance_months"]) == (12, 24)
    assert orion["maintenance_includes_upgrades"] is True and nimbus["maintenance_includes_upgrades"] is True
    assert (orion["response_hours"], orion["support_7x24"], nimbus["support_7x24"]) == (1, True, False)


def test_a_chat_export_names_each_rep_by_company_and_an_answer_to_the_boss_governs():
    """A WeChat group exported a message a row (时间 | 发送人 | 内容): each rep's company is in his nickname, the buyer's
    colleagues share the buyer's organisation (never a vendor), and a rep's answer to '@刘洋 等保三级证书编号发一下？'
    ('目前是三级测评中') governs his earlier '等保三级我们有的✅' — the level is pending, the gate waits for proof."""
    rows = [["时间", "发送人", "内容"],
            ["2025-11-18 09:02:11", "张建国（融信小贷·总经理）", "各位老师好，请各家在群里报一下经营贷系统源码的价格和资质。"],
            ["2025-11-18 09:05:40", "李敏（融信小贷·综合部）", "补充一下：源码买断，部署一套，7×24小时支持。"],
            ["2025-11-18 09:10:35", "刘洋（武汉光谷汇信科技有限公司）", "我们汇信经营贷系统源码买断报价26.5万，含税"],
            ["2025-11-18 09:11:50", "刘洋（武汉光谷汇信科技有限公司）", "等保三级我们有的✅"],
            ["2025-11-18 09:20:33", "赵磊（宜昌三峡云贷软件有限公司）", "宜昌三峡云贷软件有限公司，经营贷系统源码23.8万，含税"],
            ["2025-11-18 09:22:02", "赵磊（宜昌三峡云贷软件有限公司）", "等保三级已取得，备案证明编号42050343011-23007"],
            ["2025-11-18 10:02:45", "张建国（融信小贷·总经理）", "@刘洋 等保三级证书编号发一下？"],
            ["2025-11-18 10:15:09", "刘洋（武汉光谷汇信科技有限公司）", "张总，证书还在走流程，目前是三级测评中，预计明年3月拿证"]]
    qs = load([("群聊.xlsx", _xlsx(rows))])
    got = _by_vendor(qs)
    assert set(got) == {"武汉光谷汇信科技有限公司", "宜昌三峡云贷软件有限公司"}  # 李敏 is the buyer's side
    guanggu, sanxia = got["武汉光谷汇信科技有限公司"], got["宜昌三峡云贷软件有限公司"]
    assert guanggu.values["mlps_level3"] is False and guanggu.evidence["mlps_level3"][0] == "claimed"
    assert sanxia.values["mlps_level3"] is True and sanxia.evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert guanggu.values["price_cny"] == 265_000


def test_a_module_the_price_says_is_bought_on_top_is_an_option_even_where_a_list_has_it():
    """The module list names 电子合同, but the price's own words take it out: '18.8万不含电子合同模块，电子合同要另加3万（含税）'
    (a chat's later correction) or '18.8万（不含电子合同，电子合同另加3万）' in a plain sheet. The must-have is bought on top:
    the comparable price is 218,000 with the option named, not 188,000 with the module counted as included."""
    chat = [["时间", "发送人", "内容"],
            ["2025-11-18 10:20:33", "赵磊（宜昌三峡云贷软件有限公司）", "宜昌三峡云贷软件有限公司，经营贷系统源码18.8万，含税"],
            ["2025-11-18 10:21:10", "赵磊（宜昌三峡云贷软件有限公司）",
             "功能有企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"],
            ["2025-11-18 10:22:02", "赵磊（宜昌三峡云贷软件有限公司）", "等保三级已取得，备案证明编号42050343011-23007"],
            ["2025-11-18 10:40:51", "李敏（融信小贷·综合部）", "@赵磊 18.8万包含电子合同吗？"],
            ["2025-11-18 10:47:29", "赵磊（宜昌三峡云贷软件有限公司）", "更正：刚才说错了，18.8万不含电子合同模块，电子合同要另加3万（含税）"],
            ["2025-11-18 11:05:14", "陈静（孝感董永金融科技有限公司）", "孝感董永金融科技有限公司报价：24.5万含税"],
            ["2025-11-18 11:05:50", "陈静（孝感董永金融科技有限公司）", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"]]
    sheet = [["供应商", "报价", "功能模块"],
             ["宜昌三峡云贷软件有限公司", "18.8万（不含电子合同，电子合同另加3万）",
              "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"],
             ["孝感董永金融科技有限公司", "24.5万", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"]]
    for name, rows in (("群聊.xlsx", chat), ("报价.xlsx", sheet)):
        qs = load([(name, _xlsx(rows))])
        sanxia = _scored(qs, "merchant_loan")["宜昌三峡云贷软件有限公司"]
        assert "contract_management" not in (sanxia.quote.values["features"] or ()), name
        assert sanxia.scored_values["price_cny"] == 218_000, name
        assert [o["feature"] for o in sanxia.price_build["options_added"]] == ["contract_management"], name
        dongyong = _scored(qs, "merchant_loan")["孝感董永金融科技有限公司"]
        assert dongyong.scored_values["price_cny"] == 245_000 and not (dongyong.price_build or {}).get("options_added"), name


def test_a_note_apps_export_reads_one_quote_per_note_titled_with_its_company():
    """A note app's CSV (标题 | 正文 | 标签 | 创建时间): each note titled '<company> 报价', its body emoji-bulleted lines; the
    company is the vendor (the title's '报价说明' is no part of it), each line is read under its own label, the owner's
    #tags are kept and never read, and his own to-do note ('还要问的') is listed as a note, no quote. '三级✅（证书在南京总部，
    签约后提供复印件）' shows no proof now: a claim, and the gate waits for it."""
    rows = [["标题", "正文", "标签", "创建时间"],
            ["南通濠河数科有限公司 报价", "💰 报价：19.8w 含税\n📦 功能：个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理\n"
             "🔒 等保：三级✅（证书在南京总部，签约后提供复印件）\n🛠 售后：免费维护12个月，7×24", "#便宜 #首选", "2025-11-20 21:14"],
            ["扬州瘦西湖信息技术有限公司 报价说明", "💰 报价：21.5w（不含税，税率6%）\n📦 功能：个人征信查询、风控模型、反欺诈、还款管理、"
             "风控审批流、用户管理\n🔒 等保：已取得三级，备案证明编号32100343007-24012\n🛠 维护：免费12个月", "#贵", "2025-11-21 08:47"],
            ["还要问的", "1. 等保证书都要扫描件\n2. 问清楚含不含税", "#自己 #待办", "2025-11-21 22:40"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("笔记导出.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"南通濠河数科有限公司", "扬州瘦西湖信息技术有限公司"}
    haohe, shouxihu = got["南通濠河数科有限公司"], got["扬州瘦西湖信息技术有限公司"]
    assert haohe.values["price_cny"] == 198_000 and shouxihu.values["price_cny"] == 227_900
    assert haohe.values["mlps_level3"] is True and haohe.evidence["mlps_level3"][0] == "claimed"
    assert shouxihu.values["mlps_level3"] is True and "mlps_level3" not in shouxihu.evidence
    assert haohe.extras.get("标签") == "#便宜 #首选"
    assert any("还要问的" in n.text for n in qs.notes)
    scored = _scored(qs, "personal_credit")
    assert scored["南通濠河数科有限公司"].gate == "unverified" and scored["扬州瘦西湖信息技术有限公司"].gate == "pass"


def test_a_check_sheet_the_buyer_prefilled_reads_each_vendors_confirmation_not_the_buyers_guess():
    """'采购方预填 | 供应商确认/更正' under each vendor's merged name: '确认' adopts the pre-filled words (with what it adds),
    '更正：…' replaces them, '同上' repeats the answer above, and a blank leaves the item unconfirmed — the buyer's guess
    from a website ('已通过等保三级（官网首页宣传）') is never the vendor's word."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["信息核对表（第二轮）"])
    ws.append(["序号", "核对项目", "岳阳金鹗山数科有限公司", "", "株洲白石港信息技术有限公司", ""])
    ws.append(["", "", "采购方预填", "供应商确认/更正", "采购方预填", "供应商确认/更正"])
    ws.append([1, "报价（源码买断）", "官网活动价19.6万元", "确认，含税", "约23万元（电话沟通）", "更正：源码买断总价21.8万元（含税）"])
    ws.append([2, "等保三级", "已通过等保三级（官网首页宣传）", "", "等保二级（据官网）",
               "更正：已取得第三级备案，备案证明编号43020043014-24006"])
    ws.append([3, "数据加密", "AES加密", "确认", "AES加密", "更正：身份证号、手机号SM4加密存储"])
    ws.append([4, "传输加密", "全站HTTPS", "同上", "全站HTTPS", "确认"])
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:F2")
    qs = load([("核对表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"岳阳金鹗山数科有限公司", "株洲白石港信息技术有限公司"}
    jes, bsg = got["岳阳金鹗山数科有限公司"], got["株洲白石港信息技术有限公司"]
    assert jes.values["price_cny"] == 196_000 and bsg.values["price_cny"] == 218_000
    assert jes.values["mlps_level3"] is None  # not confirmed: unknown, never the website's claim
    assert bsg.values["mlps_level3"] is True and bsg.values["sm4_encryption"] is True
    assert jes.values["sm4_encryption"] is False and jes.values["tls"] is True  # '同上' = '确认' of the row above
    assert any(s.reason == "skip.notes_column" and "官网" in s.text for s in qs.notes)  # the buyer's column, listed


def test_returned_copies_of_a_template_joined_end_to_end_are_each_read_by_their_own_header():
    """Each vendor's returned copy of the buyer's CSV (header, 填写说明 line, its row) pasted one under another; one vendor
    inserted a column of its own. Every vendor is read under its own copy's header, the 填写说明 lines are listed, and
    the first vendor's row is never lost above a later header."""
    head = ["供应商全称", "报价金额（元）", "计税方式", "等保三级", "免费维护期（月）"]
    hint = ["填写说明：请填写营业执照全称", "源码买断总价，填阿拉伯数字", "填“含税”或“不含税”", "已取得的填写备案证明编号", "填数字，不少于12"]
    rows = [head, hint, ["景德镇浮梁数科有限公司", "148000", "含税", "我司系统已通过国家网络安全等级保护测评", "24"],
            head[:2] + ["补充说明（我司增加）"] + head[2:], hint[:2] + [""] + hint[2:],
            ["九江琵琶亭软件有限公司", "228000", "报价为含税价，开13%增值税专票", "含税（13%）",
             "已取得第三级备案，备案证明编号36040043015-24009", "12"],
            head, hint, ["宜春温汤数科有限公司", "198000", "不含税，税率6%", "已取得三级，备案证明编号36090043008-23012", "12"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("回传汇总.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"景德镇浮梁数科有限公司", "九江琵琶亭软件有限公司", "宜春温汤数科有限公司"}
    assert got["九江琵琶亭软件有限公司"].values["free_maintenance_months"] == 12  # its own copy's columns
    assert got["九江琵琶亭软件有限公司"].values["mlps_level3"] is True
    assert got["宜春温汤数科有限公司"].values["price_cny"] == 209_880
    assert got["景德镇浮梁数科有限公司"].values["free_maintenance_months"] == 24
    assert sum(s.reason == "skip.instructions_row" for s in qs.skipped) == 3


def test_a_register_of_incoming_letters_reads_each_vendors_letters_the_later_governing():
    """收文登记簿 (收文日期 | 来文单位 | 文件标题 | 来文要点（照录原文） | 拟办意见 | 领导批示): each vendor's letters are one quote,
    a later 更正 or 补充 letter governing ('…¥186,000.00为不含税价格，增值税税率13%'; '年服务费由每年2.4万元调整为每年2.2万元'); a
    regulator's notice and the building's notice are no quotes, a letter declining is listed; a numbered statement
    ('七、以上承诺全部写入合同；交付完整源代码…') is read, never taken for a section's title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["收文登记簿"])
    ws.append(["收文编号", "收文日期", "来文单位", "文件标题", "来文要点（照录原文）", "拟办意见", "领导批示"])
    ws.append(["131号", "2025-10-28", "上饶市地方金融管理局", "关于信息系统安全管理的通知",
               "各小额贷款公司：业务系统应当开展网络安全等级保护测评。", "请科技部落实", "同意"])
    ws.append(["132号", "2025-11-03", "景德镇昌南数智科技有限公司", "报价函",
               "一、报价：源码买断，报价人民币¥186,000.00。\n二、功能：个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理。",
               "转科技部", "价格最低，请优先对接"])
    ws.append(["133号", "2025-11-04", "弋阳县叠山物业服务有限公司", "关于消防检测的通知",
               "各入驻单位：我司定于11月18日对大楼消防设施进行年度检测，检测期间可能短时断电。", "转科技部", "阅"])
    ws.append(["134号", "2025-11-05", "宜春奉新数据科技有限公司", "报价函",
               "一、报价：合同总价人民币贰拾贰万捌仟元整（¥228,000.00），已含6%增值税。\n"
               "二、售后：免费维护12个月；维保期满后年服务费2.4万元。\n七、以上承诺全部写入合同；交付完整源代码，无加密，可二次开发。",
               "转科技部", "阅"])
    ws.append(["137号", "2025-11-10", "景德镇昌南数智科技有限公司", "报价函更正说明",
               "我司11月3日报价函中所列¥186,000.00为不含税价格，增值税税率13%，开票时另行计收。其余内容不变。", "转科技部", "阅"])
    ws.append(["138号", "2025-11-12", "上饶铅山网络科技有限公司", "询价复函",
               "因我司现有项目排期已满，本次无法参与报价，感谢贵司的信任。", "存档", "阅"])
    ws.append(["139号", "2025-11-14", "宜春奉新数据科技有限公司", "补充函",
               "经我司研究，维保期满后年服务费由每年2.4万元调整为每年2.2万元，其他服务条款维持原函不变。", "转科技部", "阅"])
    qs = load([("收文登记.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"景德镇昌南数智科技有限公司", "宜春奉新数据科技有限公司"}
    fx = got["宜春奉新数据科技有限公司"]
    assert fx.values["price_cny"] == 228_000 and fx.values["annual_fee_after_warranty_cny"] == 22_000
    assert fx.values["commitments_in_contract"] is True and fx.values["source_code_delivery"] == "full"
    assert _scored(qs, "personal_credit")["景德镇昌南数智科技有限公司"].scored_values["price_cny"] == 210_180
    assert any(s.reason == "skip.declined" for s in qs.skipped)


def test_a_handover_sheet_reads_the_vendor_table_under_the_task_list_and_never_the_engineers_view():
    """A leaving engineer's 工作交接清单: his task list first, then the vendors' table (序号 | 供应商全称 | 对接人 | 最近一次书面报价
    （照录原文） | 交接说明（个人意见，仅供参考））. The vendor column is never taken for a column of labels; the copied
    letter is read line by line ('（分期计算器…另收2.8万元（含税），不在21.6万内）' names the price again, never adds it); his
    own view ('价格还能让1万（电话里说的）') is kept, never read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工作交接清单"])
    ws.append(["序号", "事项", "当前状态", "说明"])
    ws.append([1, "OA系统年度续费", "已完成", "年费12,800元已付款"])
    ws.append([2, "消费分期业务系统源码采购比选", "待领导定", "详见第二部分"])
    ws.append([3, "征信查询前置机证书更新", "待办", "12月15日前办理"])
    ws.append([])
    ws.append(["序号", "供应商全称", "对接人", "最近一次书面报价（照录原文）", "交接说明（高峰个人意见，仅供参考）"])
    ws.append([1, "潍坊寒亭数科有限公司", "销售 钱磊", "报价：21.6万元（含税）\n功能：商品管理、订单管理、风控审批、还款管理、用户管理"
               "（分期计算器为增值模块，另收2.8万元（含税），不在21.6万内）\n合同：售后服务条款由我司另出具服务承诺函，合同正文不列售后条款",
               "最推荐，quote最低"])
    ws.append([2, "日照五莲网络科技有限公司", "销售 邢凯", "报价：24.5万元（含税）\n功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
               "价格还能让1万（电话里说的，没书面）"])
    qs = load([("交接清单.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"潍坊寒亭数科有限公司", "日照五莲网络科技有限公司"}
    ht, wl = got["潍坊寒亭数科有限公司"], got["日照五莲网络科技有限公司"]
    assert ht.values["price_cny"] == 216_000 and wl.values["price_cny"] == 245_000
    assert ht.values["commitments_in_contract"] is False
    assert _scored(qs, "consumer_installment")["潍坊寒亭数科有限公司"].scored_values["price_cny"] == 244_000


def test_a_template_that_says_the_amount_in_words_governs_and_clauses_a_vendor_added_are_read():
    """The template's 填写说明 row says '大小写金额不一致时，以大写金额为准': 小写 218,000 beside 大写 '贰拾捌万壹仟元整' is 281,000
    (the disagreement said). A vendor added its own numbered clauses in a column and answered '参照第2条' elsewhere: each
    pointer reads as the clause it names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "供应商全称（盖章）", "报价（小写，元）", "报价（大写）", "维护范围", "终身技术咨询", "补充条款（自行增加）"])
    ws.append(["填写说明", "（营业执照全称）", "（阿拉伯数字）", "（人民币大写；大小写金额不一致时，以大写金额为准）", "（是否含版本升级）",
               "（有/无）", ""])
    ws.append([1, "蚌埠禹会数科有限公司", 218000, "贰拾捌万壹仟元整", "系统问题全包", "有", ""])
    ws.append([2, "铜陵天井湖数据科技有限公司", 265000, "贰拾陆万伍仟元整", "参照第2条", "参照第3条",
               "1、本报价60日内有效；2、维护期内负责程序缺陷修复，功能及版本升级需另行报价；3、合同存续期间技术咨询免费，期满后按次收费。"])
    qs = load([("响应表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert got["蚌埠禹会数科有限公司"].values["price_cny"] == 281_000
    assert any(w.code == "warn.prices_disagree" for w in qs.warnings)
    tjh = got["铜陵天井湖数据科技有限公司"]
    assert tjh.values["maintenance_includes_upgrades"] is False and tjh.values["lifetime_consulting"] is False


def test_a_phones_sms_backup_reads_the_reps_by_the_companies_they_name():
    """An SMS backup (会话对象 | 号码 | 收/发 | 时间 | 短信内容): the buyer's own texts ('发出') are hers; each rep's texts are one
    quote named by the company he names ('我是安顺虹山数科有限公司的杨帆'), never by his contact name; the operator, the courier
    and the boss are no vendors; '订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）' puts the module on top."""
    rows = [["会话对象", "号码", "收/发", "时间", "短信内容"],
            ["中国移动", "10086", "收到", "2025-11-16 08:02:17", "【中国移动】尊敬的客户，您本月套餐内剩余通用流量3.26GB，账户余额58.30元。"],
            ["杨帆 虹山数科", "13885312046", "发出", "2025-11-17 09:12:40", "您好，我司拟采购消费分期系统源码，请短信回复报价。"],
            ["杨帆 虹山数科", "13885312046", "收到", "2025-11-17 15:40:05",
             "罗经理您好，我是安顺虹山数科有限公司的杨帆。我司分期系统源码买断报价：￥23.8万元整，含税。功能模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理。"],
            ["小陈 播州数据", "15985210337", "收到", "2025-11-17 10:05:31",
             "罗总好，遵义播州数据科技有限公司小陈。分期系统报价19.9W，功能全有：商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理。"],
            ["小陈 播州数据", "15985210337", "收到", "2025-11-17 11:52:18",
             "罗总，19.9W是未税价，开票税点另加6个点。订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）。"],
            ["吴经理 万山软件", "13638561209", "收到", "2025-11-17 16:21:56",
             "罗经理好，铜仁万山软件有限公司报价：贰拾叁万，含税。模块：商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理。"],
            ["顺丰速运", "95338", "收到", "2025-11-18 14:26:50", "【顺丰速运】您的快件SF1402358866021已由本人签收。"],
            ["王总", "13908540016", "收到", "2025-11-18 18:30:02", "婷婷，分期系统的报价周五前汇总给我，播州那家最便宜。"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("短信备份.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"安顺虹山数科有限公司", "遵义播州数据科技有限公司", "铜仁万山软件有限公司"}
    assert got["铜仁万山软件有限公司"].values["price_cny"] == 230_000
    bz = _scored(qs, "consumer_installment")["遵义播州数据科技有限公司"]
    assert bz.scored_values["price_cny"] == 225_940  # 199,000 × 1.06 + 15,000
    assert [o["feature"] for o in bz.price_build["options_added"]] == ["order_tracking"]


def test_a_finance_check_between_the_vendors_sections_is_the_buyers_own_and_never_a_price():
    """Finance's line-item check sheet (vendors across, items down): its '二、财务复核（我部公式计算，仅供内部核对，非供应商
    填报）' rows — a SUM that skipped amounts typed as text, a difference row labelled '与供应商合计差异' — are listed as the
    buyer's computation; the vendor with no 合计 is priced by its own items (贰拾万元整 + 15k), never by finance's 15,000."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["供应商分项报价复核表（财务部）"])
    ws.append(["项目", "泸州龙马潭数据科技有限公司", "宜宾长宁软件有限公司"])
    ws.append(["一、分项报价（照录各家盖章报价单）"])
    ws.append(["源码授权费", 186000, "贰拾万元整"])
    ws.append(["部署实施费", "3.2万", "15k"])
    ws.append(["合计（供应商自报）", "贰拾壹万捌仟元整（¥218,000.00）", ""])
    ws.append(["计税方式", "含税", "含税"])
    ws.append(["二、财务复核（我部公式计算，仅供内部核对，非供应商填报）"])
    ws.append(["分项相加（SUM公式结果）", 186000, 15000])
    ws.append(["与供应商合计差异（合计−分项相加）", "", -15000])
    ws.append(["三、资质及售后（照录各家盖章报价单）"])
    ws.append(["等保", "已取得三级备案证明，编号51050043021-24006", "已取得三级备案证明，编号51150043008-23004"])
    qs = load([("复核表.xlsx", _saved(wb))])
    got = _by_vendor(qs)
    assert set(got) == {"泸州龙马潭数据科技有限公司", "宜宾长宁软件有限公司"}
    assert got["泸州龙马潭数据科技有限公司"].values["price_cny"] == 218_000
    assert got["宜宾长宁软件有限公司"].values["price_cny"] == 215_000
    assert sum(s.reason == "skip.buyer_computation" for s in qs.skipped) == 2


def test_a_group_pack_reads_only_the_section_the_buyer_says_is_its_own():
    """A group committee's pack with three subsidiaries' purchases one under another; a note says '本公司议题为“议题二”':
    the vendors of 议题一 and 议题三 are listed (`skip.other_party_row`), never quotes, even a vendor that quoted in both."""
    head = ["序号", "供应商名称", "报价金额（元）", "计税方式", "资质与数据安全（供应商原文）"]
    rows = [["集团采购管理委员会 上会议题材料汇编"], ["【转存备注：本公司议题为“议题二”；议题一、议题三为集团其他成员单位的采购事项】"],
            ["议题一：南昌横峰融资担保有限公司 担保业务管理系统采购"], head,
            ["1", "南昌靖安软件有限公司", "286000.00", "含税", "已取得等保三级备案证明，编号36010043012-24003"],
            ["议题二：赣州横峰小额贷款有限公司 商户经营贷系统源码采购"], head,
            ["1", "抚州崇仁数科有限公司", "238000.00", "不含税，增值税13%开票时另行加收", "系统依照等保三级要求设计建设"],
            ["2", "赣州信丰软件有限公司", "296000.00", "含税", "已取得等保三级备案证明，备案证明编号36072243009-24012"],
            ["议题三：九江横峰商业保理有限公司 保理业务管理系统采购"], head,
            ["1", "抚州崇仁数科有限公司", "185000.00", "含税", "已取得等保三级备案证明，编号36100043001-24003"],
            ["2", "宜春万载信息技术有限公司", "226000.00", "含税", "已取得等保三级备案证明，编号36092243010-24008"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("上会材料.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"抚州崇仁数科有限公司", "赣州信丰软件有限公司"}
    cr = got["抚州崇仁数科有限公司"]
    assert cr.values["price_cny"] == 268_940 and cr.evidence["mlps_level3"][0] == "claimed"  # not 议题三's filing
    other = " ".join(s.text for s in qs.skipped if s.reason == "skip.other_party_row")
    assert all(n in other for n in ("南昌靖安软件有限公司", "宜春万载信息技术有限公司", "185000.00"))  # listed, never lost


def test_a_negotiation_log_reads_the_second_round_where_it_speaks_and_never_the_teams_targets():
    """A 谈判底线表 after round two (供应商 | 议题 | 我方目标 | 我方底线 | 对方首轮报价原文 | 对方二轮书面答复原文（以此为准） |
    达成情况): the team's target and limit are no vendors and no terms; the second round's words govern where it says
    anything, the first round's stand where it is blank."""
    head = ["供应商", "议题", "我方目标（会前拟定）", "我方底线（会前拟定）", "对方首轮报价原文", "对方二轮书面答复原文（以此为准）",
            "达成情况（谈判小组）"]
    rows = [["第二轮议价谈判底线表"], head,
            ["宁德屏南软件有限公司", "价格", "≤24万元（含税）", "≤27万元（含税）", "报价26.8万元（含税）", "二轮报价降至26.0万元（含税），其余不变。", "✔"],
            ["宁德屏南软件有限公司", "等保", "已取得三级备案证明", "三级测评中", "已取得等保三级备案证明，编号35092243006-24011", "", "✔"],
            ["南平政和信息技术有限公司", "价格", "≤24万元（含税）", "≤27万元（含税）", "报价23.5万元（含税）", "", "✘"],
            ["南平政和信息技术有限公司", "等保", "已取得三级备案证明", "三级测评中", "等保二级", "", "✘"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("谈判底线表.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"宁德屏南软件有限公司", "南平政和信息技术有限公司"}
    assert got["宁德屏南软件有限公司"].values["price_cny"] == 260_000  # the second round's price
    assert got["宁德屏南软件有限公司"].values["mlps_level3"] is True  # the first round's words where the second is blank
    assert got["南平政和信息技术有限公司"].values["price_cny"] == 235_000 and got["南平政和信息技术有限公司"].values["mlps_level3"] is False


def test_a_second_round_that_builds_on_the_first_is_read_with_the_first_rounds_words():
    """A 谈判底线表's second-round reply that speaks from the first round ('在首轮报价基础上再降1万元', '…；其余模块同首轮'):
    the cut is taken from the first round's price, the module moved to an option or put off to phase two leaves the
    first round's list, and the rest of that list stands."""
    head = ["供应商", "议题", "我方目标（会前拟定）", "对方首轮报价原文", "对方二轮书面答复原文（以此为准）"]
    rows = [["第二轮议价谈判底线表"], head,
            ["南平浦城数科有限公司", "价格", "≤21万元（含税）", "15.8万元（含税）",
             "在首轮报价基础上再降1万元，前提：免费维护期由12个月改为3个月。"],
            ["南平浦城数科有限公司", "功能模块", "三个必备模块缺一不可", "商品管理、分期计算器、订单跟踪、用户管理", ""],
            ["漳州漳浦分期科技有限公司", "价格", "≤21万元（含税）", "26.8万元（含税）", "二轮报价降至19.8万元（含税）。"],
            ["漳州漳浦分期科技有限公司", "功能模块", "三个必备模块缺一不可", "商品管理、分期计算器、订单跟踪、用户管理",
             "订单跟踪移出标准包，改为选配（3.5万元，含税）；其余模块同首轮。"],
            ["南平政和信息技术有限公司", "价格", "≤21万元（含税）", "24.5万元（含税）", "二轮报价23.2万元（含税）。"],
            ["南平政和信息技术有限公司", "功能模块", "三个必备模块缺一不可", "商品管理、分期计算器、订单跟踪、用户管理",
             "订单跟踪模块调整为二期开发，本期不交付，二期另行报价；其余模块同首轮。"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("谈判底线表.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert got["南平浦城数科有限公司"].values["price_cny"] == 148_000  # 15.8万 less the 1万 cut, never a price of 1万
    assert got["南平浦城数科有限公司"].values["free_maintenance_months"] == 3
    assert set(got["漳州漳浦分期科技有限公司"].values["features"]) == {"product_management", "installment_calculator",
                                                                   "user_management"}
    assert [o[1:] for o in got["漳州漳浦分期科技有限公司"].price_parts["options"]] == [("order_tracking", 35_000)]
    assert set(got["南平政和信息技术有限公司"].values["features"]) == {"product_management", "installment_calculator",
                                                                  "user_management"}
    res = score(qs, Profile.default("consumer_installment"))
    by = {r.quote.vendor: r for r in res.vendors}
    assert by["漳州漳浦分期科技有限公司"].quote.values["price_cny"] == 198_000
    assert by["漳州漳浦分期科技有限公司"].scored_values["price_cny"] == 233_000  # the must-have option bought on top
    assert by["南平政和信息技术有限公司"].gate == "fail"  # order tracking is not in this phase


def test_a_waterfall_of_price_cuts_reads_each_vendors_last_written_round_over_its_earlier_ones():
    """Finance's waterfall of each vendor's price cuts (供应商 written once over its rounds | 步骤 首轮报价 / 第二轮让利 /
    最终报价 | 金额变动 | 让利条件及说明（供应商函件原文） | 累计 | 成本组备注): the last round's words give the price, the
    conditions of the cuts change the terms and take modules out, and the cost group's remarks are the buyer's."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "瀑布图数据"
    ws.append(["各供应商三轮议价让利瀑布图（数据源）"])
    ws.append(["供应商", "步骤", "金额变动（元）", "让利条件及说明（供应商函件原文）", "累计（元）", "成本组备注"])
    ws.append(["邵阳洞口智能科技有限公司", "首轮报价", 168000, "系统源码及部署实施合计16.8万元（含税），免费维护期12个月，含小版本升级。",
               168000, ""])
    ws.append(["", "第二轮让利", -10000, "再降1万，但免费维护期由12个月缩短为6个月，维护期内只做缺陷修复，不含版本升级。", 158000, ""])
    ws.append(["", "最终报价", "", "最终报价15.8万元（含税），按第二轮所列条件执行。", 158000, "累计降1万，建议优先约谈"])
    ws.append(["娄底新化软件有限公司", "首轮报价", 235000, "报价合计23.5万元（含税），含反欺诈、风控模型、用户管理。", 235000, ""])
    ws.append(["", "第二轮让利", -20000, "再让2万元，条件是反欺诈模块不在本次采购范围内。", 215000, ""])
    ws.append(["", "最终报价", "", "最终报价21.5万元（含税），不含反欺诈模块。", 215000, "三轮累计降2万"])
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("让利瀑布图.xlsx", buf.getvalue())])
    got = _by_vendor(qs)
    assert set(got) == {"邵阳洞口智能科技有限公司", "娄底新化软件有限公司"}
    dk, xh = got["邵阳洞口智能科技有限公司"].values, got["娄底新化软件有限公司"].values
    assert dk["price_cny"] == 158_000 and xh["price_cny"] == 215_000  # the final round's price, never the cuts or the remark
    assert dk["free_maintenance_months"] == 6 and dk["maintenance_includes_upgrades"] is False  # the cut's conditions
    assert "anti_fraud" not in xh["features"] and "risk_model" in xh["features"]  # taken out of this purchase


def test_a_text_comparison_of_first_and_final_quotes_reads_each_final_document_and_never_the_first():
    """A Beyond Compare report saved as a GBK CSV: per pair a title naming both files, 左行号 | 首轮报价单（左） | 比较 |
    右行号 | 最终报价单（右）, the tool's marks (= ≠ < >), its 小结 and the officer's remark. Each pair is one quote read from
    its right column: a '<' line is struck from the final, a '>' line is new, the left column is the earlier round
    (listed); a final letter withdrawing leaves no quote."""
    head = ["左行号", "首轮报价单（左）", "比较", "右行号", "最终报价单（右）"]
    rows = [["文本比较报告"], ["说明：左侧为首轮报价单，右侧为最终报价单；< 仅左侧有，> 仅右侧有。"], [],
            ["【1】左：D:\\询价\\首轮\\廊坊固安数科有限公司_报价单.txt    右：D:\\询价\\最终\\廊坊固安数科有限公司_最终报价单.txt"], head,
            ["1", "廊坊固安数科有限公司  报价单", "≠", "1", "廊坊固安数科有限公司  最终报价单"],
            ["2", "一、报价：合计29.8万元（含税）", "≠", "2", "一、报价：合计23.8万元（含税）"],
            ["3", "二、功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", "≠", "3",
             "二、功能模块：企业征信查询、电子合同、风控审批、还款管理、用户管理"],
            ["", "", ">", "4", "注：银行流水分析模块不再包含在本次最终报价内，如需另行采购，报价4.5万元（含税）。"],
            ["4", "三、等保：已取得三级，备案证明编号13100043008-24011", "=", "5", "三、等保：已取得三级，备案证明编号13100043008-24011"],
            ["5", "十一、以上售后条款写入合同", "<", "", ""],
            ["", "", ">", "6", "十一、售后条款以我司另行签订的《技术服务协议》为准，不列入本次采购合同正文"],
            ["6", "报价单位：廊坊固安数科有限公司（盖章）", "=", "7", "报价单位：廊坊固安数科有限公司（盖章）"],
            ["小结：相同 2 行，改动 3 行"], ["韩磊备注：最终价降了6万，建议优先。"], [],
            ["【2】左：D:\\询价\\首轮\\承德滦平软件有限公司_报价单.txt    右：D:\\询价\\最终\\承德滦平软件有限公司_最终报价单.txt"], head,
            ["1", "承德滦平软件有限公司  报价单", "≠", "1", "承德滦平软件有限公司  关于退出本次报价的函"],
            ["2", "一、报价：24.6万元（含税）", "≠", "2", "经我司研究，决定不参与本项目最终报价，首轮报价同时作废。特此函告。"],
            ["3", "三、等保：已取得三级，备案证明编号13080043007-24010", "<", "", ""],
            ["4", "报价单位：承德滦平软件有限公司（盖章）", "=", "3", "报价单位：承德滦平软件有限公司（盖章）"],
            ["小结：仅左侧 1 行"], ["韩磊备注：退出。"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("文本比较报告.csv", buf.getvalue().encode("gbk"))])
    got = _by_vendor(qs)
    assert set(got) == {"廊坊固安数科有限公司"}  # the withdrawn vendor leaves no quote
    v = got["廊坊固安数科有限公司"].values
    assert v["price_cny"] == 238_000  # the final document's price, never the first round's 29.8万
    assert "cashflow_analysis" not in v["features"] and v["mlps_level3"] is True
    assert v["commitments_in_contract"] is False  # the struck line says nothing; the new one keeps the terms out
    assert any(o[1] == "cashflow_analysis" and o[2] == 45_000 for o in got["廊坊固安数科有限公司"].price_parts["options"])
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert ("skip.earlier_round", "一、报价：合计29.8万元（含税）") in listed
    assert any(r == "skip.declined" and "不参与本项目最终报价" in t for r, t in listed)
    assert any(r == "skip.note_row" and t.startswith("韩磊备注") for r, t in listed)


def test_a_grid_paper_form_reads_each_merged_answer_once_and_never_the_head_offices_boxes():
    """A Japanese head office's 方眼紙 form, one sheet per vendor: forty narrow columns, each label merged over ten of
    them and each answer over twenty, a 本社確認欄 column and the 担当 | 審査 | 承認 stamp boxes for head office, check
    boxes (■ ticked, □ not), labels in Japanese and Chinese ('保守期間後の年間費用／维保期满后年费'), a template's 記入例
    sheet. One quote per vendor sheet; the boxes, stamps and head office's remarks are never a vendor's."""
    wb = openpyxl.Workbook()
    first = True
    for sheet, vendor, level, proof, remark in (
            ("記入例", "（記入例）○○科技有限公司", "■取得済／已取得　□申請中／申请中", "（例）XXXXXXXXXXX-XXXXX", ""),
            ("沙河口", "大连沙河口数科有限公司", "■取得済／已取得　□申請中／申请中", "21020043008-24011（定级对象：本次报价系统）",
             "確認済"),
            ("浑南", "沈阳浑南信息技术有限公司", "■取得済／已取得　□申請中／申请中", "签约后提供（契約締結後に提出）",
             "確認済（営業担当より口頭で三級取得済との説明あり）")):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        rows = [("ベンダー評価シート／供应商评价表", None, None),
                ("ベンダー記入欄／供应商填写栏", None, "本社確認欄（ベンダー記入不要）／总部确认栏（供应商勿填）"),
                ("会社名／公司名称", vendor, None),
                ("見積金額（税込）／报价金额（含税）", "258,000元", "4社中最高"),
                ("必須モジュール／必备模块", "■商品管理　■分期计算器　□订单跟踪（二期）", None),
                ("共通モジュール／通用模块", "■用户管理　■风控审批　■还款管理", None),
                ("等級保護3級／等保三级", level, remark),
                ("備案証明番号／备案证明编号", proof, None),
                ("技術相談（無期限）／终身技术咨询", "■あり／提供　□なし／不提供", None),
                ("保守期間後の年間費用／维保期满后年费", "2.6万元/年", None)]
        for r, (label, value, hq) in enumerate(rows, start=2):
            ws.cell(r, 1, label)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            if value is not None:
                ws.cell(r, 11, value)
                ws.merge_cells(start_row=r, start_column=11, end_row=r, end_column=33)
            if hq is not None:
                ws.cell(r, 34, hq)
                ws.merge_cells(start_row=r, start_column=34, end_row=r, end_column=38)
        for c, stamp in ((34, "担当"), (36, "審査"), (38, "承認")):
            ws.cell(1, c, stamp)
        ws.cell(1, 40, "")
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("评价表.xlsx", buf.getvalue())])
    got = _by_vendor(qs)
    assert set(got) == {"大连沙河口数科有限公司", "沈阳浑南信息技术有限公司"}  # no 担当 / 審査 / 承認, no 記入例
    v = got["大连沙河口数科有限公司"].values
    assert v["price_cny"] == 258_000 and v["lifetime_consulting"] is True and v["annual_fee_after_warranty_cny"] == 26_000
    assert set(v["features"]) == {"product_management", "installment_calculator", "user_management", "risk_approval",
                                  "repayment_management"}  # the ticked boxes of both rows; order tracking left unticked
    assert v["mlps_level3"] is True and got["大连沙河口数科有限公司"].evidence.get("mlps_level3", ("stated",))[0] == "stated"
    assert got["沈阳浑南信息技术有限公司"].evidence["mlps_level3"][0] == "claimed"  # the filing held back until signing
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert ("skip.buyer_note", "4社中最高") in listed and ("skip.doc_line", "審査") in listed


def test_a_phone_ocr_export_reads_each_vendors_photographed_pages_as_one_quote_with_the_apps_slips_read_right():
    """A phone OCR app's export (图片 | 行号 | 识别文本 | 识别文本（续） | 置信度 | 校对标记 | 我的备注): photographed quotes one
    after another, a back page naming the same company read with its front, the app's slips read as the paper says
    ('l9.6方元' 19.6万元, '2O,000' 20,000, '第三圾' 第三级), a footnote mark (※) read with its note, a courier's
    waybill no quote, and the user's remarks and the app's marks never the vendor's."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "识别结果"
    ws.append(["白描 · 批量识别 · 导出Excel　共4张图片"])
    ws.append(["图片", "行号", "识别文本", "识别文本（续）", "置信度", "校对标记", "我的备注（对照照片）"])
    rows = [("IMG_1.jpg", None, "【图片 1/4】拍摄时间 2025-11-24 09:30", None, None, None, None),
            ("IMG_1.jpg", 1, "赣州章贡数科有限公司", None, 0.99, None, None),
            ("IMG_1.jpg", 2, "项目", "金额（元）", 0.95, None, None),
            ("IMG_1.jpg", 3, "源码授权费（含个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理）", "168,0OO", 0.91, None, None),
            ("IMG_1.jpg", 4, "部署实施费", "38,0OO", 0.94, None, None),
            ("IMG_1.jpg", 5, "培训费", "2O,000", 0.92, None, None),
            ("IMG_1.jpg", 6, "合计（含税，13%增值税专用发票）", "226,0OO", 0.9, None, "比南康贵3万"),
            ("IMG_1.jpg", 7, "一、等保：已取得第三圾备案证明，编号36O7OO43O11-24OO7，定级对象为本次报价系统", None, 0.86, None, None),
            ("IMG_1.jpg", 8, "二、售后：免费维护l2个月，含缺陷修复及小版本升级", None, 0.87, None, None),
            ("IMG_1.jpg", 9, "报价单位：赣州章贡数科有限公司（盖章）", None, 0.9, None, None),
            ("IMG_2.jpg", None, "【图片 2/4】拍摄时间 2025-11-24 09:33", None, None, None, None),
            ("IMG_2.jpg", 1, "赣州南康软件有限公司　报价单", None, 0.98, None, None),
            ("IMG_2.jpg", 2, "一、报价：系统源码授权及部署实施合计l9.6方元（含税）", None, 0.89, None, "四家里最便宜"),
            ("IMG_2.jpg", 3, "二、功能模块：个人征信查询、风控模型（评分卡引擎）、反欺诈、还款管理、风控审批、用户管理", None, 0.93, None, None),
            ("IMG_2.jpg", 4, "三、等保：已取得三圾※，备案证明编号36O7OO43O25-23O14", None, 0.88, None, None),
            ("IMG_3.jpg", None, "【图片 3/4】拍摄时间 2025-11-24 09:34", None, None, None, None),
            ("IMG_3.jpg", 1, "赣州南康软件有限公司　报价单（背面）", None, 0.81, "⚠建议人工校对", "背面拍糊了，先不管"),
            ("IMG_3.jpg", 2, "1. 风控模型（评分卡引擎）为选配模块，另加3.2方元（不含税），未含在正面合计内；", None, 0.78, "⚠建议人工校对", None),
            ("IMG_3.jpg", 3, "2. ※正面所列等保三级备案证明的定级对象为我司SaaS平台；本地部署版本由贵司上线后自行定级备案。", None, 0.74, None, None),
            ("IMG_4.jpg", None, "【图片 4/4】拍摄时间 2025-11-24 09:47", None, None, None, None),
            ("IMG_4.jpg", 1, "顺丰速运　标快", None, 0.97, None, "快递面单，顺手拍进来了"),
            ("IMG_4.jpg", 2, "寄件：王工　139O797l234　吉安井冈数据科技有限公司", None, 0.81, None, None)]
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("识别结果.xlsx", buf.getvalue())])
    got = _by_vendor(qs)
    assert set(got) == {"赣州章贡数科有限公司", "赣州南康软件有限公司"}  # the waybill is no quote
    zg, nk = got["赣州章贡数科有限公司"], got["赣州南康软件有限公司"]
    assert zg.values["price_cny"] == 226_000 and zg.values["free_maintenance_months"] == 12
    assert zg.values["mlps_level3"] is True and "risk_model" in zg.values["features"]
    assert nk.values["price_cny"] == 196_000 and "risk_model" not in nk.values["features"]  # the back makes it an option
    assert any(o[1] == "risk_model" and o[2] == 32_000 for o in nk.price_parts["options"])
    assert nk.evidence["mlps_level3"][0] == "claimed"  # the ※ note: the filing is the vendor's SaaS platform's
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert ("skip.buyer_note", "比南康贵3万") in listed and ("skip.doc_line", "顺丰速运　标快") in listed


def test_a_business_card_export_reads_the_reps_offers_on_the_card_backs_and_never_the_owners_remarks():
    """A business-card scanner's export (姓名 | 公司 | 职位 | 手机 | 邮箱 | 名片背面（识别文字） | 备注 | 分组 | 标签): the offer a rep
    wrote on the back of his card is the vendor's; the owner's 备注 ('展会价21.8w！') is his own; two cards of one company
    are one quote; a card with nothing on its back (a lawyer's) is no quote; a cut offered only if a letter of intent is
    signed at the fair is not the price."""
    head = ["姓名", "公司", "部门", "职位", "手机", "邮箱", "名片背面（识别文字）", "备注", "分组", "标签"]
    rows = [head,
            ["周文博", "杭州余杭数科有限公司", "金融事业部", "销售总监", "13857126608", "zhouwb@yhsk.com.cn",
             "商户经营贷系统源码报价：27.6万元（含税）。\n模块：企业征信查询、银行流水分析、电子合同、风控审批流、还款计划及提醒、用户管理。",
             "演示最完整，价格偏高", "供应商-经营贷系统", "重点"],
            ["吴凯", "杭州余杭数科有限公司", "技术部", "售前架构师", "13600521947", "wukai@yhsk.com.cn",
             "安全补充：身份证号、手机号SM4加密存储；全站HTTPS；操作日志保存12个月。", "周总的同事", "供应商-经营贷系统", ""],
            ["李嘉", "宁波鄞州金服科技有限公司", "渠道部", "大客户经理", "15867403318", "lijia@yzjf-tech.cn",
             "经营贷系统源码 26.8w（含税）\n展会当天签意向书可优惠至21.8w\n企业征信/流水分析/电子合同/风控审批/还款管理/用户管理 全含",
             "展会价21.8w！最便宜", "供应商-经营贷系统", "便宜"],
            ["赵晓峰", "浙江婺城律师事务所", "", "合伙人 律师", "13905798813", "zhaoxf@wuchenglaw.cn", "",
             "合同签之前可以请他把把关", "法务/顾问", ""]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("名片导出.csv", buf.getvalue().encode("utf-8-sig"))])
    got = _by_vendor(qs)
    assert set(got) == {"杭州余杭数科有限公司", "宁波鄞州金服科技有限公司"}  # one quote per company; the lawyer is none
    yh, yz = got["杭州余杭数科有限公司"].values, got["宁波鄞州金服科技有限公司"].values
    assert yh["price_cny"] == 276_000 and yh["sm4_encryption"] is True and yh["audit_log_months"] == 12  # both cards
    assert yz["price_cny"] == 268_000  # never the fair price that needed a signed letter, nor the owner's remark
    assert "cashflow_analysis" in yz["features"] and "contract_management" in yz["features"]
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert ("skip.buyer_note", "展会价21.8w！最便宜") in listed
    assert any(r == "skip.no_values" and "浙江婺城律师事务所" in t for r, t in listed)


def test_a_work_report_export_reads_only_the_vendors_pasted_words_and_the_later_one_governs():
    """A WeCom 汇报 export (汇报人 | 提交时间 | 1.今日工作 | 2.供应商书面答复（粘贴原文，注明来源） | 回复): the staff's reports, a
    certificate photo seen on a rep's phone and the manager's '下周定潍城' are the buyer's; each excerpt headed
    '【潍城数科 邮件 11-19 原文】' is that vendor's word, named by the company its words give, and a later excerpt
    ('订单跟踪…为选配模块，另加2.8万元…其余内容与11月19日报价一致') is read over the earlier one."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["企业微信 · 汇报 · 导出数据　模板：采购询价日报"])
    ws.append(["序号", "汇报名称", "汇报人", "提交时间", "1.今日工作", "2.供应商书面答复（粘贴原文，注明来源）", "回复"])
    ws.append([1, "周晓的采购询价日报", "周晓", "2025-11-19 18:02", "收到两家书面报价",
               "【潍城数科 邮件 11-19 原文】\n潍坊潍城数科有限公司　消费分期系统源码报价\n一、报价：22.8万元（含税）\n"
               "二、功能模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n三、等保：本系统在多家客户处通过等保三级测评\n\n"
               "【青州驼山 微信文字 11-19 原文】\n青州驼山软件有限公司报价：\n1.报价合计24.8万元（含税13%），源码授权18.6万＋部署实施4.2万＋培训2万\n"
               "2.功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n3.等保：已取得等保三级备案证明，编号37070043012-24008",
               "赵建国：潍城不错。"])
    ws.append([2, "刘畅的采购询价日报", "刘畅", "2025-11-20 17:30", "对方销售手机里给我看了等保三级证书的照片，潍城最成熟。", "（无）",
               "赵建国：下周定潍城。"])
    ws.append([3, "周晓的采购询价日报", "周晓", "2025-11-25 18:00", "收到潍城补充说明",
               "【潍城数科 邮件 11-25 原文】\n周经理您好：经内部复核，订单跟踪模块不在标准版内，为选配模块，另加2.8万元（含税）；其余内容与11月19日报价一致。",
               ""])
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("汇报导出.xlsx", buf.getvalue())])
    got = _by_vendor(qs)
    assert set(got) == {"潍坊潍城数科有限公司", "青州驼山软件有限公司"}
    assert got["青州驼山软件有限公司"].values["price_cny"] == 248_000  # the total and its breakdown, never both summed
    wc = got["潍坊潍城数科有限公司"]
    assert wc.values["price_cny"] == 228_000 and "order_tracking" not in wc.values["features"]
    assert any(o[1] == "order_tracking" and o[2] == 28_000 for o in wc.price_parts["options"])
    assert wc.evidence["mlps_level3"][0] == "claimed"  # the clients' filings; the photo on a phone is the staff's word
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert any(r == "skip.buyer_message" and "下周定潍城" in t for r, t in listed)


def test_an_english_reply_numbered_line_by_line_gives_its_price_and_its_modules():
    """A vendor's English e-mail pasted into a register cell, its lines numbered '1) Price: …', '2) Modules included: a,
    b, c': the price is the numbered Price line, never the optional module's amount further down, and the modules are
    the comma-separated list."""
    head = ["序号", "供应商", "回复日期", "回复原文（整段粘贴）"]
    reply = ("Dear Ms Zhou,\nThank you for your enquiry. Our reply:\n"
             "1) Price: RMB 238,000 incl. 13% VAT (source code licence, implementation and training)\n"
             "2) Modules included: enterprise credit report, bank statement analysis, risk approval workflow, repayment "
             "management, user management\n"
             "3) E-contract module is optional: + RMB 32,000 incl. VAT, not included in the price above\n"
             "4) MLPS: Level 3 filing certificate No. 42080043021-24009 (the system quoted)\nBest regards,\nKevin Liu")
    rows = [["询价回复登记"], head, ["1", "Jingmen Zhanghe Fintech Co., Ltd.", "2025-11-21", reply],
            ["2", "宜昌点军软件有限公司", "2025-11-21", "1）报价：29.6万元（含税）；2）功能：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    qs = load([("回复登记.csv", buf.getvalue().encode("gbk"))])
    q = _by_vendor(qs)["Jingmen Zhanghe Fintech Co., Ltd."]
    assert q.values["price_cny"] == 238_000
    assert {"enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management",
            "user_management"} <= set(q.values["features"])
    assert "contract_management" not in q.values["features"]


def test_vendors_sheets_pasted_side_by_side_are_each_read_as_the_sheet_they_were():
    """Four vendors' own quote sheets pasted side by side under numbered titles ('【1】筠连数科_报价单.xlsx（原样粘贴）' …) with
    the clerk's comparison column at the right: each block is one quote read as its own layout (a 报价单 with line items,
    a 选配 section and numbered terms; a 项目 | 内容 sheet signed '报价单位 | …（盖章）' at the foot); the clerk's column and
    her remark under the blocks are hers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "并排对比"
    grid = [
        ["四家报价单原样粘贴（未整理）——综合部 吴婷", None, None, None, None, None, None, None],
        ["【1】筠连数科_报价单.xlsx（原样粘贴）", None, None, None, None, "【2】合江软件_报价及服务说明.xlsx", None, "横向对比（吴婷，仅供参考）"],
        ["宜宾筠连数科有限公司", None, None, None, None, "泸州合江软件有限公司　报价及服务说明", None, None],
        ["个人信用贷系统源码报价单", None, None, None, None, "项目", "内容", None],
        ["序号", "项目", "金额（元）", "说明", None, "功能模块", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", None],
        [1, "源码授权费", 118000, "含个人征信查询、反欺诈、还款管理、风控审批、用户管理", None, "等保",
         "已取得等保三级备案证明，编号51050043011-24006，定级对象即本次报价系统", None],
        [2, "部署实施费", 30000, "服务器环境部署", None, "免费维护", "12个月，含缺陷修复及小版本升级", None],
        [None, "合计", 148000, "以上均为含税价", None, "报价合计", "22.6万元（含税）", "合计：筠连14.8万（最低）"],
        ["选配模块（未含在合计内，均为含税价）", None, None, None, None, "报价单位", "泸州合江软件有限公司（盖章）", None],
        [1, "风控模型（评分卡＋决策引擎）", 38000, "如需智能风控，另行加购", None, None, None, None],
        ["商务及服务条款", None, None, None, None, None, None, None],
        [1, "等保", None, "系统按等保三级标准设计开发，可协助贵司完成等保测评（测评费用另计）", None, None, None, None],
        [2, "免费维护", None, "12个月，含缺陷修复及小版本升级", None, None, None, None],
        ["报价单位：宜宾筠连数科有限公司（盖章）", None, None, None, None, None, None, None],
        ["吴婷初步意见（11-28）：筠连最便宜，建议先约筠连谈。", None, None, None, None, None, None, None]]
    for row in grid:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("并排对比.xlsx", buf.getvalue())])
    got = _by_vendor(qs)
    assert set(got) == {"宜宾筠连数科有限公司", "泸州合江软件有限公司"}
    yl, hj = got["宜宾筠连数科有限公司"], got["泸州合江软件有限公司"]
    assert hj.values["price_cny"] == 226_000 and hj.values["mlps_level3"] is True  # signed at the foot, read whole
    assert yl.values["price_cny"] == 148_000 and yl.values["free_maintenance_months"] == 12  # its numbered terms
    assert yl.evidence["mlps_level3"][0] == "claimed"  # built to the standard, the assessment's help charged: a claim
    assert any(o[1] == "risk_model" and o[2] == 38_000 for o in yl.price_parts["options"])
    listed = {(s.reason, s.text) for s in qs.skipped + qs.notes}
    assert ("skip.buyer_note", "合计：筠连14.8万（最低）") in listed
    assert ("skip.buyer_note", "吴婷初步意见（11-28）：筠连最便宜，建议先约筠连谈。") in listed
