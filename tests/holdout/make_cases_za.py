"""Build the "za" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a junior clerk's 电话询价记录 with the vendors' words typed as heard (za_01), a 招标代理 开标记录表 with
唱标 amounts in 小写 and 大写 (za_02), a 需求响应偏离表 with vendors as column pairs 响应内容/偏离, GBK CSV (za_03), an English RFP
compliance matrix with C/PC/NC codes and Chinese vendor responses, one row per requirement and vendor (za_04), a boss's assistant's
summary of a 企业微信群 in shorthand (w, k, 年保), UTF-8 CSV with BOM (za_05), and 供应商自评表 blocks pasted side by side with the
vendors' own scores (za_06). The expected reading of every file is in the matching za_0N_*.toml, written from the file's content
and shared/domain.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_za.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure za_
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 10, 24, 9, 0, 0)
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
WEAK_AFTER = ["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
              "no_lifetime_consulting"]


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


def _text(ws, r, ncol, text, *, font=None, height=None):
    c = ws.cell(row=r, column=1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


def good(vendor, price, why, feats, **extra):
    vals = dict(GOOD_VALUES)
    vals.update(extra)
    st = dict(GOOD_STATUS)
    if "response_hours" in extra:
        st["response_hours"] = "stated"
    return dict(vendor=vendor, gate="pass", price=price, why=why, values=vals, status=st, fin=feats, fex=BLOAT, flex=ALL_BAD)


# ---------------------------------------------------------------------------------------------
# za_01  个人信用贷 — 电话询价记录 kept by 杨露, an intern at 贵阳云岩惠民小额贷款: what the vendor said, what she asked, what they
#        answered, typed as heard; a 科长 comment at the bottom.
# ---------------------------------------------------------------------------------------------
def build_za01():
    name = "za_01_pc_phone_call_log.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "电话询价记录"
    widths(ws, [5, 14, 26, 20, 44, 26, 26, 60, 22, 8])
    _text(ws, 1, 10, "个贷系统源码 电话询价记录（实习生 杨露 整理，2025-10-14 ~ 10-17）", font=TITLE)
    _text(ws, 2, 10, "说明：按通话顺序记录，对方原话尽量照录；领导说预算20万左右，最多不超过25万（含税）。联系电话已打码。")
    put_row(ws, 3, ["序号", "通话时间", "单位", "对接人/电话", "对方介绍（原话记录）", "报价（记录）", "我追问的", "对方回复",
                    "待办/跟进", "记录人"], font=BOLD, fill=BLUE, align=CENTER)
    rows = [
        ["1", "10-14 10:20", "贵阳筑城数科有限公司", "销售 吴经理 139****2716",
         "系统是完整源码交付，没有加密，可以二次开发。模块有：个人征信接口、风控模型、反欺诈、还款计划和还款提醒、风控审批、用户管理。",
         "第一次说23万；10-16回电降到21.8万，含税（13%专票）",
         "等保？数据加密？日志存多久？征信接哪家？售后怎么算？",
         "等保三级有证，证书编号52010043011-24006，可以发扫描件；身份证号、手机号用国密SM4加密，全站HTTPS，RBAC角色权限；操作日志保存12个月；"
         "对接人行征信中心和百行征信。免费维护12个月，含bug修复和小版本升级；监管政策变了免费改；7×24小时，2小时内指定工程师响应；"
         "终身技术咨询；以上全部写进合同（合同模板10-16已发来）。过保后每年2.2万。",
         "证书扫描件10-17已收到，已核对", "杨露"],
        ["2", "10-14 15:05", "遵义红城软件有限公司", "张总 186****0931",
         "我们系统全部都支持！个人征信、风控模型、反欺诈、还款管理、审批、用户管理都有，还送智能客服机器人。",
         "16.5万，说是优惠价（原价19.8万），含税",
         "等保有没有证书？加密用的什么？征信接哪家？",
         "等保这块我们支持等保三级，系统是按等保三级设计的；加密用的是国密算法；支持对接征信；HTTPS有；权限管理有；日志保存6个月。"
         "售后终身维护，7×24小时，响应很快。",
         "让他发证书，他说“签合同前给”", "杨露"],
        ["3", "10-15 09:40", "六盘水凉都网络科技有限公司", "技术 刘工 135****4470",
         "功能有个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理，源码给全的。",
         "13.8万（含税）",
         "等保？加密？售后？",
         "等保三级证书有，编号52020043005-23009；敏感字段SM4加密；HTTPS；角色权限；日志12个月；接百行征信。免费维护6个月，只修bug不含升级；"
         "政策适配另外收费，看工作量；周一到周五9点到6点有人；响应一般第二天；没有终身咨询；合同里只写交付，售后不写进合同。过保按次收费，一次5000。",
         "", "杨露"],
        ["4", "10-15 14:30", "安顺黄果树信息技术有限公司", "商务 陈女士 157****8023",
         "功能齐全：用户征信、智能风控、反欺诈模型、还款提醒、审批流、用户管理。",
         "面议（说要先看我们需求文档再报）",
         "等保有证吗？",
         "等保三级正在申请中，测评机构已经进场，预计12月出证；SM4加密；HTTPS；RBAC；日志12个月；接朴道征信。维护12个月含升级；政策适配免费；"
         "7×24；1小时响应；终身咨询；都写合同。",
         "需求文档10-16已发，等报价", "杨露"],
        ["5", "10-16 11:10", "毕节洪山科技工作室", "小王 微信同号",
         "我们有免费开源版，源码直接给；功能有征信查询、还款管理、用户管理，风控要自己做。",
         "免费（开源版），部署另收1.5万",
         "等保？加密？售后？",
         "等保没做过；数据库没加密；日志看服务器配置；售后拉QQ群，有问题随时问。",
         "", "杨露"],
        ["6", "10-16 16:45", "铜仁梵净山软件有限公司", "前台转市场部",
         "他们现在只做供应链金融系统，个贷这块不接了。", "不报价", "", "", "不用再跟", "杨露"],
    ]
    for i, row in enumerate(rows, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 110
    _text(ws, 11, 10, "王科长批注（10-17）：遵义红城最便宜、功能也全，还送智能客服，先约他们下周来演示？筑城太贵了再压压价。",
          font=Font(color="C00000"), height=30)
    _text(ws, 12, 10, "备注：通话录音在共享盘 /采购/2025个贷系统/录音，共6段。")
    _save(wb, name)
    vendors = [
        good("贵阳筑城数科有限公司", 218000,
             "Price '第一次说23万；10-16回电降到21.8万，含税' = 218,000 (the later price) inside 18–25万; 个人征信接口、风控模型、反欺诈、还款计划/提醒、"
             "风控审批、用户管理; 等保三级 证书52010043011-24006 (scan checked); SM4 on ID/phone; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months "
             "with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 写进合同; 2.2万/年; 完整源码 no encryption.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="遵义红城软件有限公司", gate="unverified", price=165000,
             why="'16.5万，优惠价（原价19.8万），含税' = 165,000 (the offer, not the list price); '支持等保三级，按等保三级设计' (claimed: unverified); "
                 "'国密算法' without SM4 (claimed); '支持对接征信' names no bureau (claimed); HTTPS; 权限管理; 6个月 logs; 7×24; '终身维护' and "
                 "'响应很快' are no facts; 智能客服机器人 bundled (bloat).",
             values=dict(tls=True, access_control=True, audit_log_months=6, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "audit_log_under_6m"]),
        dict(vendor="六盘水凉都网络科技有限公司", gate="pass", price=138000,
             why="'13.8万（含税）' = 138,000 (caution zone, price_below_15w); 等保三级证书52020043005-23009; SM4; HTTPS; 角色权限; 12个月; 百行; "
                 "6 months '只修bug不含升级'; 政策适配另外收费; 周一到周五9-6; '第二天' response; 没有终身咨询; 售后不写进合同; 按次收费5000; 源码给全.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"), fin=PC + ["anti_fraud"],
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "bloat_features"]),
        dict(vendor="安顺黄果树信息技术有限公司", gate="unverified", price="null",
             why="'面议' (no usable price: price_missing); '等保三级正在申请中…预计12月出证' (in progress: unverified, never fail); 用户征信、智能风控、"
                 "反欺诈模型、还款提醒 cover the must-haves; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 政策免费; 7×24; 1小时; "
                 "终身咨询; 写合同.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True),
             fin=PC + ["anti_fraud"],
             flin=["price_missing"], flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24"]),
        dict(vendor="毕节洪山科技工作室", gate="fail",
             why="'免费（开源版），部署另收1.5万' (free / under 10万: do not buy); '风控要自己做' (risk_model absent: fail); '等保没做过' (fail); "
                 "'数据库没加密' (no SM4); support is a QQ群.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fin=["repayment_management"], fex=["risk_model"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "za_01_pc_phone_call_log.toml",
        """Voice: 杨露, intern at 贵阳云岩惠民小额贷款 (personal credit), logs her phone calls to six vendors, typing their words as heard.
Layout: sheet 电话询价记录 — title, a budget note, header 序号 | 通话时间 | 单位 | 对接人/电话 | 对方介绍（原话记录） | 报价（记录） |
  我追问的 | 对方回复 | 待办/跟进 | 记录人; six call rows, every fact in free text; a 科长 comment and a recording note below.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 筑城 '第一次说23万；10-16回电降到21.8万' (the later price counts); 红城 '优惠价（原价19.8万）' with 支持等保三级/按等保三级设计, 国密算法,
  支持对接征信, 终身维护, 响应很快 (all claims: unverified) and a free 智能客服 (bloat), praised by the 科长; 凉都 13.8万 (caution) with
  6 months bug-only, paid policy changes, office hours, next day, 按次收费, not in contract; 黄果树 面议 + 等保申请中 (unverified);
  洪山 free open-source + 1.5万 deployment, no 风控, no 等保 (fail); 梵净山 declined (not listed); phone numbers and 证书编号 are no prices.""",
        "personal_credit", [name], "贵阳筑城数科有限公司",
        "筑城 proves every gate (等保三级证书52010043011-24006 checked, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have, and "
        "gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full source — "
        "at 218,000 含税 inside 18–25万 (3 years 218,000 + 2 × 22,000 = 262,000). The 科长's favourite 红城 (165,000) only claims 等保, 国密 and "
        "征信 (unverified); 凉都 is cheaper at 138,000 but in the caution zone with 6 months bug-only, paid policy changes, office hours and "
        "per-incident fees outside the contract; 黄果树 has no price and 等保 only 申请中; 洪山 fails (free, no 风控, no 等保); 梵净山 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# za_02  商户经营性贷 — 开标记录表 of a 招标代理 (云南滇信招标代理) for 昆明五华兴商小额贷款: project header block, 唱标 amounts in 小写 and
#        大写, 报价说明 with tax and options, signatures and a withdrawn bidder.
# ---------------------------------------------------------------------------------------------
def build_za02():
    name = "za_02_ml_agency_bid_opening.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "开标记录表"
    widths(ws, [5, 24, 16, 22, 30, 10, 12, 34, 30, 34, 44, 20, 10, 12])
    _text(ws, 1, 14, "开 标 记 录 表", font=TITLE)
    _text(ws, 2, 14, "项目名称：昆明五华兴商小额贷款有限公司 商户经营贷业务系统源码采购项目        项目编号：DXZB-2025-KM-0317")
    _text(ws, 3, 14, "采购代理机构：云南滇信招标代理有限公司        开标时间：2025年10月21日 09:30        开标地点：昆明市五华区东风西路168号 第二开标室")
    _text(ws, 4, 14, "最高投标限价：350000元（含税）        投标保证金：每家5000元        采购方式：竞争性磋商")
    put_row(ws, 5, ["序号", "投标人名称", "投标报价（小写，元）", "投标报价（大写）", "报价说明", "交付期", "免费维护期", "投标响应模块",
                    "等保资质（唱标）", "数据安全", "售后服务承诺", "源码交付", "投标保证金", "投标人代表签字"],
            font=BOLD, fill=GREY, align=CENTER)
    rows = [
        ["1", "昆明滇池数科有限公司", "312000.00", "叁拾壹万贰仟元整", "含税（增值税13%）", "60日历天", "12个月",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保三级，备案证明编号53010043018-24007",
         "国密SM4字段加密（身份证号、手机号、银行卡号）；HTTPS；RBAC角色权限；日志留存12个月；对接人行征信中心、百行征信",
         "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；7×24小时；2小时内响应；终身技术咨询；以上承诺写入合同；过保年费3.1万元",
         "完整源码，可二次开发", "已缴", "杨建（签字）"],
        ["2", "曲靖麒麟软件有限公司", "268000.00", "贰拾陆万捌仟元整", "不含税（增值税税率6%另计）；电子合同模块为选配，另加4.5万元（不含税）",
         "45日历天", "12个月",
         "企业征信、流水分析、电子合同（选配）、风控审批、还款管理、用户管理",
         "等保三级证书 53030043009-23014",
         "SM4加密；HTTPS；权限管理；日志6个月；百行征信",
         "免费维护12个月，仅缺陷修复，不含升级；政策适配另计；5×8小时；4小时响应；不提供终身咨询；写入合同；过保按合同额15%/年",
         "完整源码", "已缴", "何丽（签字）"],
        ["3", "玉溪红塔网络科技有限公司", "278000.00", "贰拾柒万捌仟元整", "含税",
         "50日历天", "12个月",
         "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证",
         "等保测评协助（中标后配合采购人开展测评）",
         "国密加密；HTTPS；权限管理；日志12个月；支持对接征信",
         "免费维护12个月含升级；政策适配免费；7×24小时；2小时响应；终身技术咨询；写入合同；过保年费2.5万元",
         "完整源码", "已缴", "普文华（签字）"],
        ["4", "大理苍洱信息技术有限公司", "226000.00", "贰拾贰万陆仟元整", "含税",
         "40日历天", "12个月",
         "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保二级（备案证明53290042011-22003）",
         "SM4；HTTPS；RBAC；日志12个月；百行征信",
         "免费维护12个月含升级；政策适配免费；7×24小时；2小时响应；终身技术咨询；写入合同；过保年费2万元",
         "核心风控引擎加密，其余源码开放", "已缴", "段志明（签字）"],
        ["5", "丽江古城科技有限公司", "——", "——", "开标前书面撤回投标文件（10月20日函）", "——", "——", "——", "——", "——", "——",
         "——", "已退还", "——"],
    ]
    for i, row in enumerate(rows, start=6):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 100
    _text(ws, 12, 14, "各投标人代表对唱标结果无异议。报价最低的投标人：曲靖麒麟软件有限公司（268000.00元）。")
    _text(ws, 13, 14, "唱标人：李敏        记录人：赵磊        监标人：周建华        采购人代表：孙晓岚")
    _text(ws, 14, 14, "注：本记录仅为开标现场唱标内容，不代表评审结论。")
    _save(wb, name)
    vendors = [
        good("昆明滇池数科有限公司", 312000,
             "唱标 312000.00 / 叁拾壹万贰仟元整 (one amount, not two) 含税13% inside 25–35万; 企业征信、银行流水分析、电子合同 + core; 等保三级 "
             "备案证明53010043018-24007; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; "
             "2小时; 终身咨询; 写入合同; 3.1万/年; 完整源码.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=31000, source_code_delivery="full"),
        dict(vendor="曲靖麒麟软件有限公司", gate="pass", price=331780,
             why="唱标 268,000 is 不含税 (6%) and 电子合同 (must-have) is '选配，另加4.5万元（不含税）' (conditional, added): (268,000 + 45,000) × "
                 "1.06 = 331,780 含税, the dearest must-have configuration though the table calls it the lowest bid; 等保三级证书53030043009-23014; "
                 "SM4; HTTPS; 权限管理; 6个月; 百行; 12 months '仅缺陷修复，不含升级'; 政策适配另计; 5×8; 4小时; 不提供终身咨询; 写入合同; 15%/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m", "audit_log_under_6m"]),
        dict(vendor="玉溪红塔网络科技有限公司", gate="unverified", price=278000,
             why="唱标 278,000 含税; 等保 '等保测评协助（中标后配合采购人开展测评）' (claimed: unverified); '国密加密' (which algorithm? claimed); "
                 "'支持对接征信' (no licensed body named: claimed); 区块链存证 in the bid (bloat); HTTPS; 权限管理; 12个月; 12 months with upgrades; "
                 "政策免费; 7×24; 2小时; 终身咨询; 写入合同; 2.5万/年; 完整源码.",
             values=dict(tls=True, access_control=True, audit_log_months=12, free_maintenance_months=12,
                         maintenance_includes_upgrades=True, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         lifetime_consulting=True, commitments_in_contract=True, annual_fee_after_warranty_cny=25000),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24", "no_sm4", "no_licensed_credit_bureau"]),
        dict(vendor="大理苍洱信息技术有限公司", gate="fail", price=226000,
             why="唱标 226,000 含税; 等保 '二级（备案证明53290042011-22003）' (fail, the 备案 number proves level 2 only); '核心风控引擎加密，其余源码开放' "
                 "(partial source); otherwise SM4, HTTPS, RBAC, 12个月, 百行, 12 months with upgrades, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 2万/年.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["no_mlps_level3", "source_partial"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_7x24"]),
    ]
    write_toml(
        "za_02_ml_agency_bid_opening.toml",
        """Voice: 云南滇信招标代理有限公司 records the 唱标 at the bid opening for 昆明五华兴商小额贷款 (operating loans to merchants).
Layout: sheet 开标记录表 — a spaced title, three merged header lines (project, agency, time/place, 最高限价 350000, 保证金 5000), header
  序号 | 投标人名称 | 投标报价（小写，元） | 投标报价（大写） | 报价说明 | 交付期 | 免费维护期 | 投标响应模块 | 等保资质（唱标） | 数据安全 |
  售后服务承诺 | 源码交付 | 投标保证金 | 投标人代表签字; five bidder rows (the last withdrawn, all ——); a '报价最低' line and signatures.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the price appears twice (小写 and 大写: one amount); 最高限价 350000, 保证金 5000 and 备案 numbers are no prices; 麒麟 '报价最低'
  268,000 is 不含税 6% with 电子合同 '选配，另加4.5万元（不含税）': (268,000 + 45,000) × 1.06 = 331,780, bug-fix only, 5×8; 红塔
  '等保测评协助', '国密加密', '支持对接征信' (claims: unverified) + 区块链存证 bloat; 苍洱 等保二级 (fail) with 核心引擎加密 (partial);
  丽江古城 withdrew before the opening (not listed).""",
        "merchant_loan", [name], "昆明滇池数科有限公司",
        "滇池 proves every gate (备案证明53010043018-24007, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), bids every "
        "must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full "
        "source — at 312,000 含税 inside 25–35万 (3 years 312,000 + 2 × 31,000 = 374,000). The 'lowest bid' 麒麟 is really (268,000 + 45,000) "
        "× 1.06 = 331,780 含税 with 电子合同 added, bug-fix-only maintenance, paid policy changes, 5×8 and 15%/年 (3 years ≈ 431,000); 红塔 only "
        "offers 等保测评协助 (unverified); 苍洱 is 等保二级 (fail); 丽江古城 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# za_03  消费分期 — 需求响应偏离表 of 兰州城关惠购小额贷款: requirement rows, each vendor a pair of columns 响应内容 | 偏离
#        (正偏离/负偏离/无偏离), GBK CSV; a 评审小组意见 row that picks the wrong vendor.
# ---------------------------------------------------------------------------------------------
ZA03_REQ = [
    ("1", "投标总价（元）", "★"),
    ("2", "商品管理", "★"),
    ("3", "分期计算器", "★"),
    ("4", "订单跟踪", "★"),
    ("5", "风控审批、还款管理、用户管理", "★"),
    ("6", "其他功能模块（如有）", ""),
    ("7", "网络安全等级保护三级（须提供证书）", "★"),
    ("8", "敏感字段加密（国密SM4）", ""),
    ("9", "传输加密HTTPS", "★"),
    ("10", "访问控制（角色权限）", "★"),
    ("11", "操作日志留存不少于6个月", "★"),
    ("12", "征信接口（持牌征信机构）", ""),
    ("13", "免费维护期不少于12个月", ""),
    ("14", "维护范围含缺陷修复及版本升级", ""),
    ("15", "监管政策调整免费适配", ""),
    ("16", "7×24技术支持，2小时内响应", ""),
    ("17", "终身技术咨询", ""),
    ("18", "售后承诺写入合同", ""),
    ("19", "过保后年维护费", ""),
    ("20", "源码交付（完整源码，可二次开发）", "★"),
]
ZA03_V = {
    "兰州金城数科有限公司": [
        ("265000（含税13%）", "无偏离"), ("提供", "无偏离"), ("提供", "无偏离"), ("提供", "无偏离"), ("均提供", "无偏离"),
        ("无", ""), ("已取得等保三级，证书编号62010043016-24010", "无偏离"), ("身份证号、手机号、银行卡号SM4加密", "无偏离"),
        ("全站HTTPS", "无偏离"), ("RBAC角色权限", "无偏离"), ("操作日志保存12个月", "正偏离"), ("对接人行征信中心、百行征信", "无偏离"),
        ("免费维护18个月", "正偏离"), ("含缺陷修复及小版本升级", "无偏离"), ("免费适配", "无偏离"), ("7×24小时，1小时内响应", "正偏离"),
        ("提供", "无偏离"), ("以上全部写入合同", "无偏离"), ("2.6万元/年", ""), ("完整源码，无加密", "无偏离")],
    "天水麦积软件有限公司": [
        ("146000（含税）", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"),
        ("", ""), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"),
        ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("满足", "无偏离"), ("终身维护", "正偏离"), ("满足", "无偏离"),
        ("详见附件", ""), ("仅授权使用（不交付源码）", "无偏离")],
    "酒泉飞天网络科技有限公司": [
        ("238000（含税）", "无偏离"), ("提供", "无偏离"), ("不提供（建议采用第三方H5计算器）", "负偏离"), ("提供", "无偏离"),
        ("均提供", "无偏离"), ("无", ""), ("已取得等保三级，证书编号62090043002-24005", "无偏离"), ("SM4", "无偏离"), ("HTTPS", "无偏离"),
        ("RBAC", "无偏离"), ("12个月", "正偏离"), ("百行征信", "无偏离"), ("12个月", "无偏离"), ("含升级", "无偏离"), ("免费", "无偏离"),
        ("7×24小时，2小时响应", "无偏离"), ("提供", "无偏离"), ("写入合同", "无偏离"), ("2.4万元/年", ""), ("完整源码", "无偏离")],
    "张掖丹霞信息技术有限公司": [
        ("198000（不含税，增值税13%另计）", "无偏离"), ("提供", "无偏离"), ("提供", "无偏离"), ("提供", "无偏离"), ("均提供", "无偏离"),
        ("积分商城、社交分享（赠送）", "正偏离"), ("已取得等保三级，证书编号62070043004-23012", "无偏离"), ("AES-256加密", "负偏离"),
        ("HTTPS", "无偏离"), ("角色权限", "无偏离"), ("6个月", "无偏离"), ("朴道征信", "无偏离"), ("6个月", "负偏离"),
        ("仅缺陷修复，不含升级", "负偏离"), ("重大政策调整另行报价", "负偏离"), ("5×8小时，4小时响应", "负偏离"), ("不提供", "负偏离"),
        ("写入合同", "无偏离"), ("按合同额15%/年", ""), ("完整源码", "无偏离")],
    "武威天马科技有限公司": [("放弃投标", "")] + [("未提交响应文件", "")] * 19,
}


def build_za03():
    name = "za_03_ci_deviation_table_gbk.csv"
    vs = list(ZA03_V)
    rows = [["消费分期系统源码采购 需求响应偏离表汇总（摘自各供应商响应文件）"],
            ["说明：★为实质性条款，负偏离视为不满足；正偏离指优于采购需求；采购预算28万元（含税）。"],
            ["序号", "采购需求条款", "★"] + [x for v in vs for x in (v, "")],
            ["", "", ""] + ["响应内容", "偏离"] * len(vs)]
    for i, (no, req, star) in enumerate(ZA03_REQ):
        rows.append([no, req, star] + [x for v in vs for x in ZA03_V[v][i]])
    rows.append(["", "评审小组意见", "", "天水麦积全部无偏离且报价最低，建议列为第一候选；张掖丹霞负偏离较多；酒泉飞天★条款负偏离；武威天马放弃。"])
    rows.append(["", "评审小组签字", "", "马晓东、祁红、赵文博（2025-10-22）"])
    write_csv(name, rows, "gbk")
    vendors = [
        good("兰州金城数科有限公司", 265000,
             "'265000（含税13%）' inside 20–30万; 商品管理、分期计算器、订单跟踪 and core 提供; 等保三级证书62010043016-24010; SM4 on ID/mobile/"
             "bank card; HTTPS; RBAC; 12个月 logs; 人行 + 百行; '免费维护18个月' (正偏离); 缺陷修复 + 小版本升级; 免费适配; 7×24, 1小时; 终身咨询; "
             "写入合同; 2.6万/年; 完整源码. 正偏离 is better than required, not a defect.",
             CI + CORE + ["repayment_management"], free_maintenance_months=18, response_hours=1,
             annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
        dict(vendor="天水麦积软件有限公司", gate="unverified", price=146000,
             why="'146000（含税）' (caution zone, price_below_15w); every answer is '满足' + '无偏离' with no proof: 等保 '满足' against a "
                 "certificate requirement (claimed: unverified); '终身维护' is a boast; 过保年费 '详见附件' (unknown); '仅授权使用（不交付源码）' "
                 "(licence only) though marked 无偏离 against a 完整源码 requirement.",
             values=dict(source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed"),
             flin=["price_below_15w", "claimed", "source_licence_only"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_over_budget"]),
        dict(vendor="酒泉飞天网络科技有限公司", gate="fail", price=238000,
             why="'238000（含税）'; 分期计算器 '不提供（建议采用第三方H5计算器）' 负偏离 on a ★ must-have (fail); otherwise 等保三级证书62090043002-24005, "
                 "SM4, HTTPS, RBAC, 12个月, 百行, 12个月 with upgrades, 免费, 7×24, 2小时, 终身咨询, 写入合同, 2.4万/年, 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="stated"), fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["missing_must_have"], flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing", "no_7x24"]),
        dict(vendor="张掖丹霞信息技术有限公司", gate="pass", price=223740,
             why="'198000（不含税，增值税13%另计）': 198,000 × 1.13 = 223,740 含税 inside 20–30万; 等保三级证书62070043004-23012; 'AES-256加密' 负偏离 "
                 "(no SM4); HTTPS; 角色权限; 6个月 logs; 朴道; 积分商城、社交分享 赠送 (deferrable, not bloat); 6个月 bug-fix only; '重大政策调整另行报价'; "
                 "5×8; 4小时; 不提供终身咨询; 写入合同; 15%/年 (≈33,561); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=CI + ["points_mall", "social_sharing"], fex=BLOAT,
             flin=["no_sm4"] + WEAK_AFTER,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "bloat_features", "audit_log_under_6m"]),
    ]
    write_toml(
        "za_03_ci_deviation_table_gbk.toml",
        """Voice: 评审小组 of 兰州城关惠购小额贷款 (consumer instalments) collates each vendor's 需求响应偏离表 into one sheet.
Layout: GBK CSV — title and note lines, a two-row header (序号 | 采购需求条款 | ★ | vendor name over 响应内容 | 偏离, five vendor pairs),
  20 requirement rows (price first), then 评审小组意见 and signatures.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 无偏离 is the vendor's own verdict: 麦积 answers '满足' to everything (等保 claimed: unverified), 146,000 (caution), '终身维护',
  年费 '详见附件', and '仅授权使用（不交付源码）' marked 无偏离; the panel picks 麦积; 金城's 正偏离 (18个月, 1小时, 12个月 logs) are strengths;
  丹霞 198,000 不含税 13%: 223,740, AES (no SM4) and weak after-sales, 积分商城/社交分享 are deferrable not bloat; 飞天 lacks 分期计算器 (★,
  fail); 武威天马 放弃投标 (not listed); the 28万 budget is no price.""",
        "consumer_installment", [name], "兰州金城数科有限公司",
        "金城 proves every gate (证书62010043016-24010, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all three 分期 "
        "must-haves, and gives 18 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, in the contract, full "
        "source — at 265,000 含税 inside 20–30万 (3 years 265,000 + 1.5 × 26,000 = 304,000). The panel's pick 麦积 only says '满足' (等保 "
        "unverified), sits at 146,000 in the caution zone and delivers no source; 丹霞 is 198,000 × 1.13 = 223,740 but AES, 6 months bug-fix "
        "only, paid policy changes and 5×8 (3 years ≈ 223,740 + 2.5 × 33,561 ≈ 307,600); 飞天 lacks 分期计算器 (fail); 天马 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# za_04  个人信用贷 — English RFP compliance matrix for 呼和浩特新城惠民小额贷款 (template of a foreign shareholder): one row per
#        requirement and vendor, codes C/PC/NC, vendor responses in Chinese, an evaluator comment column.
# ---------------------------------------------------------------------------------------------
ZA04_REQ = [
    ("R-01", "Commercial", "Total price (CNY), state VAT treatment", "M"),
    ("R-02", "Functional", "Personal credit report interface", "M"),
    ("R-03", "Functional", "Risk model / credit scoring", "M"),
    ("R-04", "Functional", "Anti-fraud", "M"),
    ("R-05", "Functional", "Repayment management (schedule, reminders)", "M"),
    ("R-06", "Functional", "Risk approval workflow and user management", "M"),
    ("R-07", "Security", "MLPS Level 3 certificate (provide number)", "M"),
    ("R-08", "Security", "SM4 encryption of sensitive fields", "M"),
    ("R-09", "Security", "TLS for all traffic", "M"),
    ("R-10", "Security", "Role-based access control", "M"),
    ("R-11", "Security", "Audit log retention >= 6 months", "M"),
    ("R-12", "Security", "Licensed credit bureau connection (name the bureau)", "M"),
    ("R-13", "After-sales", ">= 12 months free maintenance incl. minor upgrades", "M"),
    ("R-14", "After-sales", "Free adaptation to regulatory changes", "M"),
    ("R-15", "After-sales", "7x24 support, response <= 2 h", "M"),
    ("R-16", "After-sales", "Lifetime technical consulting", "D"),
    ("R-17", "After-sales", "All commitments written into the contract", "M"),
    ("R-18", "After-sales", "Annual fee after warranty (CNY)", "D"),
    ("R-19", "Delivery", "Full source code, no encryption, no licence lock", "M"),
    ("R-20", "Other", "Other modules offered (list)", "D"),
]
ZA04_V = {
    "呼和浩特青城数科有限公司": [
        ("C", "23.6万元（含税13%）", ""), ("C", "个人征信接口，已对接", ""), ("C", "风控模型（评分卡+规则引擎）", ""), ("C", "反欺诈模型", ""),
        ("C", "还款计划、还款提醒", ""), ("C", "风控审批流、用户管理", ""), ("C", "等保三级，证书编号15010043008-24003", "Certificate seen"),
        ("C", "身份证号、手机号SM4加密", ""), ("C", "全站HTTPS", ""), ("C", "RBAC", ""), ("C", "日志保存12个月", ""),
        ("C", "人行征信中心、百行征信", ""), ("C", "免费维护12个月，含缺陷修复及小版本升级", ""), ("C", "监管政策调整免费适配", ""),
        ("C", "7×24小时，2小时内指定工程师响应", ""), ("C", "提供终身技术咨询", ""), ("C", "以上全部写入合同", ""),
        ("C", "2.4万元/年", ""), ("C", "完整源码，无加密，可二次开发", ""), ("—", "无", "")],
    "包头稀土软件有限公司": [
        ("C", "18.9万元（含税）", "Lowest compliant price"), ("C", "有", ""), ("C", "AI智能风控", ""), ("C", "有", ""), ("C", "有", ""),
        ("C", "有", ""), ("C", "系统按等保三级标准设计，可协助客户完成测评", ""), ("C", "采用国密算法加密", ""), ("C", "HTTPS", ""),
        ("C", "权限管理", ""), ("C", "日志保存6个月", ""), ("C", "支持对接各类征信", ""), ("C", "终身免费维护", ""),
        ("C", "全力配合", ""), ("C", "7×24小时，2小时响应", ""), ("C", "终身咨询", ""), ("C", "可以", ""), ("C", "详见附件", ""),
        ("C", "提供源码", ""), ("—", "无", "All C – strongest on paper")],
    "鄂尔多斯康巴什网络科技有限公司": [
        ("C", "CNY 228,000 excl. VAT（增值税6%另计）", ""), ("C", "个人征信", ""), ("C", "风控模型", ""), ("C", "反欺诈", ""),
        ("C", "还款管理", ""), ("C", "风控审批、用户管理", ""), ("C", "等保三级证书15060043002-23015", ""), ("C", "SM4", ""),
        ("C", "HTTPS", ""), ("C", "RBAC", ""), ("C", "日志12个月", ""), ("C", "朴道征信", ""), ("C", "免费维护12个月，含小版本升级", ""),
        ("PC", "一般政策调整免费，重大政策调整另行报价", ""), ("C", "7×24小时，2小时响应", ""), ("C", "提供", ""), ("C", "写入合同", ""),
        ("C", "2.8万元/年", ""), ("PC", "核心风控引擎以加密形式交付，其余源码开放", "Partial source"),
        ("—", "智能客服机器人（已含在报价内）", "")],
    "赤峰红山信息技术有限公司": [
        ("C", "9.5万元（含税）", ""), ("C", "个人征信查询", ""), ("NC", "不含风控模型，建议客户接入第三方", ""), ("NC", "无", ""),
        ("C", "还款管理", ""), ("C", "审批、用户管理", ""), ("NC", "暂未做等保", ""), ("NC", "AES加密", ""), ("C", "HTTPS", ""),
        ("PC", "只有管理员和操作员两种账号", ""), ("NC", "日志保存3个月", ""), ("C", "百行征信", ""), ("NC", "免费维护3个月，仅修复缺陷", ""),
        ("NC", "另行收费", ""), ("NC", "工作日9:00-17:30，次日响应", ""), ("NC", "不提供", ""), ("NC", "不写入合同", ""),
        ("—", "按次收费，5000元/次", ""), ("NC", "仅授权使用，绑定域名", ""), ("—", "无", "")],
}


def build_za04():
    name = "za_04_pc_en_compliance_matrix.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Compliance Matrix"
    widths(ws, [8, 12, 44, 6, 32, 8, 50, 30])
    _text(ws, 1, 8, "RFP HHHT-LOS-2025-02 – Loan origination system (source code) – Vendor compliance matrix", font=TITLE)
    _text(ws, 2, 8, "Buyer: 呼和浩特新城惠民小额贷款有限公司 (personal credit). Budget: CNY 250,000 incl. VAT. Prepared by: Procurement, 2025-10-20.")
    _text(ws, 3, 8, "Legend: C = Comply, PC = Partially comply, NC = Not comply; M = Mandatory, D = Desirable. Vendor responses are "
                    "copied from the vendors' replies (Chinese).")
    put_row(ws, 4, ["Req ID", "Section", "Requirement", "M/D", "Vendor", "Code", "Vendor response", "Evaluator comment"],
            font=BOLD, fill=BLUE, align=CENTER)
    r = 5
    for v, answers in ZA04_V.items():
        for (rid, sec, req, md), (code, resp, note) in zip(ZA04_REQ, answers):
            put_row(ws, r, [rid, sec, req, md, v, code, resp, note or None])
            r += 1
    put_row(ws, r, ["—", "—", "Withdrawn", "—", "通辽科尔沁科技有限公司", "—", "10月18日书面函告：不参与本次报价", "No response"])
    r += 2
    _text(ws, r, 8, "Compliance count (C): 包头稀土 19/19, 呼和浩特青城 19/19, 鄂尔多斯康巴什 17/19, 赤峰红山 5/19.")
    _save(wb, name)
    vendors = [
        good("呼和浩特青城数科有限公司", 236000,
             "R-01 '23.6万元（含税13%）' = 236,000 inside 18–25万; 个人征信接口, 风控模型, 反欺诈模型, 还款计划/提醒, 审批流, 用户管理; 等保三级 "
             "证书15010043008-24003 ('Certificate seen'); SM4 on ID/phone; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; "
             "7×24, 2小时 named engineer; 终身咨询; 写入合同; 2.4万/年; 完整源码.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="包头稀土软件有限公司", gate="unverified", price=189000,
             why="'18.9万元（含税）' = 189,000; every code is C, but the responses are claims: '系统按等保三级标准设计，可协助客户完成测评' (claimed: "
                 "unverified), '采用国密算法加密' (which algorithm? claimed), '支持对接各类征信' (no bureau named: claimed), '终身免费维护', "
                 "'全力配合', '可以', 年费 '详见附件'; HTTPS; 权限管理; 6个月 logs; 7×24, 2小时.",
             values=dict(tls=True, access_control=True, audit_log_months=6, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud"],
             flin=["claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24",
                            "audit_log_under_6m"]),
        dict(vendor="鄂尔多斯康巴什网络科技有限公司", gate="pass", price=241680,
             why="'CNY 228,000 excl. VAT（增值税6%另计）': 228,000 × 1.06 = 241,680 inside 18–25万; 等保三级证书15060043002-23015; SM4; HTTPS; RBAC; "
                 "12个月; 朴道; 12 months with upgrades; R-14 PC '重大政策调整另行报价' (policy adaptation charged); 7×24, 2小时; 终身咨询; 写入合同; "
                 "2.8万/年; R-19 PC '核心风控引擎以加密形式交付' (partial source); 智能客服机器人 included (bloat).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"), fin=PC + ["anti_fraud", "ai_customer_service"],
             flin=["policy_adaptation_charged", "source_partial", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24", "maintenance_under_12m", "no_sm4"]),
        dict(vendor="赤峰红山信息技术有限公司", gate="fail", price=95000,
             why="'9.5万元（含税）' = 95,000 (< 10万: do not buy); R-03 NC '不含风控模型' (must-have absent); R-07 NC '暂未做等保' (fail); AES (no SM4); "
                 "HTTPS; two account types only; 3个月 logs; 3 months bug-fix only; 另行收费; 工作日, 次日; 不提供; 不写入合同; 5000元/次; "
                 "'仅授权使用，绑定域名' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                         lifetime_consulting=False, commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"), fin=["personal_credit_report", "repayment_management"], fex=["risk_model", "anti_fraud"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "no_7x24", "not_in_contract", "source_licence_only"]),
    ]
    write_toml(
        "za_04_pc_en_compliance_matrix.toml",
        """Voice: Procurement of 呼和浩特新城惠民小额贷款 (personal credit) fills a foreign shareholder's English RFP compliance matrix.
Layout: sheet Compliance Matrix — title, buyer/budget line, legend (C/PC/NC, M/D), header Req ID | Section | Requirement | M/D | Vendor |
  Code | Vendor response | Evaluator comment; one row per requirement and vendor (20 × 4), a withdrawn vendor row and a C count line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the code is the vendor's self-assessment: 稀土 is all C and cheapest compliant-looking (189,000) but answers 按等保三级标准设计/
  协助测评, 国密算法, 支持对接各类征信, 终身免费维护, 全力配合 (claims: unverified); 康巴什 'CNY 228,000 excl. VAT（增值税6%另计）' =
  241,680, PC on policy (重大政策调整另行报价) and source (核心引擎加密: partial), 智能客服 bloat; 红山 9.5万 with NC on 风控模型 and 等保
  (fail), licence only; 科尔沁 withdrew (not listed); the 250,000 budget and the C count are no prices or findings.""",
        "personal_credit", [name], "呼和浩特青城数科有限公司",
        "青城 proves every gate (等保三级证书15010043008-24003 seen, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have, and "
        "gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at "
        "236,000 含税 inside 18–25万 (3 years 236,000 + 2 × 24,000 = 284,000). 稀土 ties it on C codes and is cheaper, but its 等保, 国密 and 征信 "
        "answers are claims (unverified); 康巴什 is 241,680 含税 with charged major policy changes, an encrypted core engine and a bundled "
        "智能客服; 红山 fails (95,000, no 风控模型, no 等保); 科尔沁 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# za_05  消费分期 — 小周, assistant to 刘总 of 长春朝阳易购小额贷款, types up a 企业微信群 in shorthand (w, k, 年保, 7x24, 2h), UTF-8 CSV
#        with BOM; a group announcement row and a friend-of-the-boss vendor.
# ---------------------------------------------------------------------------------------------
def build_za05():
    name = "za_05_ci_wecom_group_summary_bom.csv"
    rows = [
        ["刘总：企微群“分期系统采购”里几家的报价我整理了一下（10/9-10/15的聊天记录，按群里原话简写）——小周"],
        ["哪家", "谁报的（群昵称）", "价", "等保", "安全", "功能", "售后", "源码", "小周备注"],
        ["长春净月数科有限公司", "净月-孟经理", "26.8w含票(13%)", "三级 有证 22010043012-24009（原件看过）",
         "SM4(身份证/手机号) https RBAC 日志存12个月 接人行+百行",
         "商品管理 分期计算器 订单跟踪 还款管理 风控审批 用户管理",
         "免费维护12个月 含bug和小版本升级 政策改动免费 7x24 2h响应 终身咨询 都写合同 年保2.2w",
         "全给 无加密 能二开", "比江城贵"],
        ["吉林江城软件有限公司", "江城科技-老赵", "19.8w含票 订单跟踪要另加2w", "三级 证书22020043007-23011",
         "SM4 https 权限有 日志6个月 百行",
         "商品管理 分期计算器 订单跟踪(另加) 还款管理 风控审批 用户管理",
         "免费3个月 只修bug 政策改动另算 5x8 次日响应 合同里写 年保按合同15%",
         "全给", "正规公司里最便宜，老板要不就他家？"],
        ["延吉海兰江科技有限公司", "海兰江 Amy", "245k 含票", "三级在申请 测评做完了等出证 预计明年3月",
         "SM4 https RBAC 日志12个月 接朴道",
         "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
         "12个月含升级 政策免费 7x24 1h 终身咨询 写合同 年保2w",
         "全给", "人很实在 证下来之前能不能签？"],
        ["四平英城网络科技有限公司", "英城王总（刘总朋友）", "12.5w 优惠价（原价18w）", "",
         "国密加密 https",
         "商品管理/分期计算器/订单跟踪/还款管理/风控审批/用户管理/元宇宙营销",
         "源码终身免费升级 7x24",
         "只给授权 不给源码（仅授权使用）", "刘总朋友介绍的，等保没说"],
        ["通化鸭绿江科技工作室", "鸭绿江-小孙", "开源版免费 部署3k", "没有", "", "商品 分期 订单", "群里答疑", "开源", ""],
        ["白山长白科技有限公司", "长白-李工", "不报了", "", "", "", "", "", "说档期排不开，这次不参与"],
        ["（群公告）", "刘总", "", "", "", "", "", "", "周五前定，先看合规再看价"],
    ]
    write_csv(name, rows, "utf-8-sig")
    vendors = [
        good("长春净月数科有限公司", 268000,
             "'26.8w含票(13%)' = 268,000 含税 inside 20–30万; 商品管理, 分期计算器, 订单跟踪 and core; 三级 有证 22010043012-24009 (原件看过); SM4 on "
             "ID/phone; https; RBAC; 12个月 logs; 人行 + 百行; 12 months with bug fixes and 小版本升级; 政策改动免费; 7x24; 2h; 终身咨询; 都写合同; "
             "'年保2.2w' = 22,000/年; 全给 无加密 (full source).",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="吉林江城软件有限公司", gate="pass", price=218000,
             why="'19.8w含票 订单跟踪要另加2w': 订单跟踪 is a must-have (conditional, added): 198,000 + 20,000 = 218,000; 三级 证书22020043007-23011; "
                 "SM4; https; 权限; 6个月 logs; 百行; '免费3个月 只修bug'; '政策改动另算'; 5x8; 次日; 合同里写; 年保 15% of the contract; 全给.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=CI,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "bloat_features", "not_in_contract"]),
        dict(vendor="延吉海兰江科技有限公司", gate="unverified", price=245000,
             why="'245k 含票' = 245,000; '三级在申请 测评做完了等出证' (in progress: unverified, never fail); SM4; https; RBAC; 12个月; 朴道; 12 months "
                 "with upgrades; 政策免费; 7x24; 1h; 终身咨询; 写合同; 年保2w; 全给.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             fin=CI,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_7x24",
                   "price_over_budget"]),
        dict(vendor="四平英城网络科技有限公司", gate="unverified", price=125000,
             why="'12.5w 优惠价（原价18w）' = 125,000 (caution zone, price_below_15w); 等保 blank (unknown gate: unverified); '国密加密' without SM4 "
                 "(claimed); https; 元宇宙营销 (bloat); '源码终身免费升级' is a boast and contradicts '只给授权 不给源码（仅授权使用）' (licence only).",
             values=dict(mlps_level3="null", tls=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="unknown", sm4_encryption="claimed"),
             fin=CI + ["metaverse_marketing"],
             flin=["price_below_15w", "unverified", "source_licence_only", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "no_sm4"]),
        dict(vendor="通化鸭绿江科技工作室", gate="fail",
             why="'开源版免费 部署3k' (free / under 10万: do not buy); 等保 '没有' (fail); support '群里答疑'.",
             values=dict(mlps_level3=False),
             flin=["price_below_10w", "no_mlps_level3"]),
    ]
    write_toml(
        "za_05_ci_wecom_group_summary_bom.toml",
        """Voice: 小周, assistant to 刘总 of 长春朝阳易购小额贷款 (consumer instalments), types up a 企业微信 group chat in shorthand.
Layout: UTF-8 CSV with BOM — a note line to 刘总, header 哪家 | 谁报的（群昵称） | 价 | 等保 | 安全 | 功能 | 售后 | 源码 | 小周备注; six vendor
  rows and a (群公告) row; facts separated by spaces, prices as w / k / 年保.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: shorthand 26.8w, 245k, 年保2.2w, 7x24, 2h, 含票 (= 含税); 江城 '19.8w含票 订单跟踪要另加2w' (must-have conditional: 218,000) with
  免费3个月 只修bug, 政策改动另算, 5x8, 次日 — the assistant's favourite; 海兰江 '三级在申请' (unverified, never fail); 英城 (the boss's
  friend) 12.5w 优惠价 (caution), 等保 blank (unverified), 国密加密 without SM4, 元宇宙营销 bloat, '源码终身免费升级' yet 仅授权使用; 鸭绿江
  free open-source + 3k, 等保 没有 (fail); 长白 不报了 and the (群公告) row are not vendors.""",
        "consumer_installment", [name], "长春净月数科有限公司",
        "净月 proves every gate (三级证书22010043012-24009 seen in original, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all three 分期 "
        "must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, "
        "full source — at 268,000 含税 inside 20–30万 (3 years 268,000 + 2 × 22,000 = 312,000). 江城 is 198,000 + 20,000 = 218,000 with 订单跟踪 "
        "added but only 3 months bug-fix, paid policy changes, 5×8, next day and 15%/年 (3 years ≈ 218,000 + 2.75 × 32,700 ≈ 308,000 plus "
        "policy fees); 海兰江 is still 申请中 (unverified); 英城 is 125,000 with no 等保 on record and no source; 鸭绿江 fails; 长白 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# za_06  商户经营性贷 — 供应商自评表 of 海口龙华商贷小额贷款: each vendor filled the buyer's template (评价项 | 自评分 | 说明/证明材料) and
#        采购部 pasted the returned blocks side by side, one block per vendor separated by an empty column.
# ---------------------------------------------------------------------------------------------
ZA06_ITEMS = ["报价（元）", "计税方式", "企业征信", "流水分析", "电子合同", "风控审批/还款管理/用户管理", "其他模块", "等保三级",
              "数据加密", "传输加密", "权限管理", "日志留存", "征信机构", "免费维护期", "维护范围", "政策适配", "技术支持",
              "响应时间", "终身咨询", "写入合同", "过保年费", "源码交付", "自评总分"]
ZA06_V = {
    "海口椰城数科有限公司": [
        (3, "325,000"), (5, "含税（增值税13%）"), (5, "有，已对接"), (5, "有"), (5, "有"), (5, "均有"), (None, "无"),
        (5, "已取得，备案证明46010043010-24002（附复印件）"), (5, "国密SM4（身份证号、手机号、银行卡号）"), (5, "全站HTTPS"),
        (5, "RBAC角色权限"), (5, "12个月"), (5, "人行征信中心、百行征信"), (5, "12个月"), (5, "缺陷修复+小版本升级"),
        (5, "监管政策调整免费适配"), (5, "7×24小时"), (5, "2小时内，指定工程师"), (5, "提供"), (5, "全部写入合同"),
        (4, "3.2万元/年"), (5, "完整源码，无加密，可二次开发"), (102, "")],
    "三亚鹿回头软件有限公司": [
        (5, "278,000"), (5, "含税"), (5, "有"), (5, "有"), (5, "有"), (5, "有"), (5, "赠送营销插件"),
        (5, "满足等保三级要求"), (5, "支持国密"), (5, "支持"), (5, "支持"), (5, "满足监管要求"), (5, "支持对接征信"),
        (5, "终身维护"), (5, "全面维护"), (5, "全力配合"), (5, "7×24小时"), (5, "第一时间响应"), (5, "终身"),
        (5, "可协商"), (5, "优惠"), (5, "提供源码"), (110, "")],
    "儋州东坡网络科技有限公司": [
        (4, "授权费180,000；实施费60,000；企业征信模块45,000（单独计价，已列入本报价）"), (5, "以上均含税"), (5, "有（见报价第3项）"),
        (5, "有"), (5, "有"), (5, "有"), (None, "无"), (5, "三级，证书46030043006-23008"), (5, "SM4"), (5, "HTTPS"), (5, "权限管理"),
        (4, "6个月"), (5, "朴道征信"), (3, "6个月"), (3, "仅修复缺陷"), (3, "一般调整免费，重大政策调整另行报价"), (3, "5×8小时"),
        (3, "4小时"), (2, "不提供"), (5, "写入合同"), (3, "按合同额15%/年"), (4, "核心风控引擎加密，其余开放"), (87, "")],
    "琼海博鳌信息技术有限公司": [
        (3, "386,000"), (5, "含税"), (5, "有"), (5, "有"), (5, "有"), (5, "有"),
        (5, "区块链存证、跨境支付通道、智能客服机器人（均已含）"), (5, "已取得，证书46900043003-24011"), (5, "SM4"), (5, "HTTPS"),
        (5, "RBAC"), (5, "12个月"), (5, "人行征信中心"), (5, "12个月"), (5, "缺陷修复及升级"), (5, "免费"), (5, "7×24小时"),
        (5, "1小时"), (5, "提供"), (5, "写入合同"), (4, "3.8万元/年"), (5, "完整源码"), (107, "")],
}


def build_za06():
    name = "za_06_ml_vendor_self_assessment.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表汇总"
    names = list(ZA06_V) + ["万宁兴隆科技有限公司"]
    ncol = 4 * len(names) - 1
    widths(ws, [16, 8, 34, 3] * len(names))
    _text(ws, 1, ncol, "商户经营贷系统源码 供应商自评表汇总（各家按我司模板自填后回传，原样粘贴，未核实）", font=TITLE)
    _text(ws, 2, ncol, "海口龙华商贷小额贷款有限公司 采购部  2025-10-23    说明：自评分1-5分，由供应商自行填写；我司无跨境业务；预算35万元以内。")
    for k, v in enumerate(names):
        c0 = 1 + 4 * k
        put_row(ws, 4, [f"供应商：{v}（盖章）", None, None], font=BOLD, fill=YELLOW, start=c0)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 2)
        put_row(ws, 5, ["评价项", "自评分", "说明/证明材料"], font=BOLD, fill=GREY, align=CENTER, start=c0)
        answers = ZA06_V.get(v)
        for i, item in enumerate(ZA06_ITEMS):
            if answers is None:
                put_row(ws, 6 + i, [item, "", "（未回传）" if i == 0 else ""], start=c0)
            else:
                score, text = answers[i]
                put_row(ws, 6 + i, [item, score if score is not None else "—", text], start=c0)
    last = 6 + len(ZA06_ITEMS)
    _text(ws, last + 1, ncol, "采购部备注：自评分仅供参考，以证明材料为准；鹿回头自评满分，请重点核实。万宁兴隆10/20电话确认放弃，未回传。")
    _save(wb, name)
    vendors = [
        good("海口椰城数科有限公司", 325000,
             "'325,000' 含税（13%） inside 25–35万; 企业征信、流水分析、电子合同 and core 有; 备案证明46010043010-24002 (copy attached); SM4 on ID/"
             "mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months 缺陷修复+小版本升级; 政策免费; 7×24; 2小时内 named engineer; 终身咨询; "
             "全部写入合同; 3.2万/年; 完整源码. Its modest self-score (102) does not matter; the evidence does.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
        dict(vendor="三亚鹿回头软件有限公司", gate="unverified", price=278000,
             why="'278,000' 含税; self-scored 5 on everything (110), but the evidence is claims: '满足等保三级要求' (claimed: unverified), '支持国密' "
                 "(which algorithm? claimed), '支持对接征信' (no bureau named: claimed), '终身维护', '全面维护', '全力配合', '第一时间响应', '可协商', "
                 "'优惠', '提供源码' — nothing stated but 7×24; '赠送营销插件' is deferrable, not bloat.",
             values=dict(support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["marketing_plugins"], fex=BLOAT,
             flin=["claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "bloat_features"]),
        dict(vendor="儋州东坡网络科技有限公司", gate="pass", price=285000,
             why="Line items 授权费180,000 + 实施费60,000 + 企业征信模块45,000 (已列入本报价) = 285,000 含税 inside 25–35万; 三级 证书46030043006-23008; "
                 "SM4; HTTPS; 权限管理; 6个月; 朴道; 6 months bug-fix only; '重大政策调整另行报价'; 5×8; 4小时; 不提供终身咨询; 写入合同; 15%/年 "
                 "(42,750); '核心风控引擎加密' (partial source).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=ML,
             flin=WEAK_AFTER + ["source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "conditional"]),
        dict(vendor="琼海博鳌信息技术有限公司", gate="pass", price=386000,
             why="'386,000' 含税, above the 25–35万 band and the buyer's 35万 budget (price_over_budget), because 区块链存证, 跨境支付通道 (the buyer has "
                 "no cross-border business) and 智能客服机器人 are bundled (bloat); otherwise stated and good: 证书46900043003-24011, SM4, HTTPS, "
                 "RBAC, 12个月, 人行, 12 months with upgrades, 免费, 7×24, 1小时, 终身咨询, 写入合同, 3.8万/年, 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=38000, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["price_over_budget", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "no_7x24", "maintenance_under_12m"]),
    ]
    write_toml(
        "za_06_ml_vendor_self_assessment.toml",
        """Voice: 采购部 of 海口龙华商贷小额贷款 (operating loans to merchants) pastes the 供应商自评表 each vendor filled in and returned.
Layout: sheet 自评表汇总 — title, a note line (self-scores 1-5, no cross-border business, 35万 budget), then five blocks side by side
  (供应商：…（盖章） over 评价项 | 自评分 | 说明/证明材料, 23 items ending in 自评总分), one empty column between blocks; a 备注 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 自评分 and 自评总分 are the vendors' own marks, not prices or findings: 鹿回头 scores 110 with nothing but claims (满足等保三级要求,
  支持国密, 支持对接征信, 终身维护, 全力配合, 第一时间响应, 可协商: unverified); 东坡's price is three line items (180,000 + 60,000 + 45,000 =
  285,000, the 征信 module already inside), weak after-sales and 核心引擎加密 (partial); 博鳌 386,000 over budget with 区块链存证/跨境支付/
  智能客服 bloat; 椰城 scores itself only 3 on price yet proves everything; 万宁兴隆 did not return the form (not listed).""",
        "merchant_loan", [name], "海口椰城数科有限公司",
        "椰城 proves every gate (备案证明46010043010-24002, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, "
        "full source — at 325,000 含税 inside 25–35万 (3 years 325,000 + 2 × 32,000 = 389,000). The top self-scorer 鹿回头 (110, 278,000) "
        "proves nothing (unverified); 东坡 sums to 285,000 but 6 months bug-fix only, paid major policy changes, 5×8 and 15%/年 (3 years "
        "285,000 + 2.5 × 42,750 ≈ 391,900) with an encrypted core; 博鳌 is 386,000, over budget for bloat the buyer cannot use; 万宁兴隆 "
        "did not return the form.",
        vendors)


if __name__ == "__main__":
    for build in (build_za01, build_za02, build_za03, build_za04, build_za05, build_za06):
        build()
    print("built za_01 … za_06 into", HERE)
