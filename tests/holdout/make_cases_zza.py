"""Build the "zza" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a boss's assistant's matrix of the vendors' WeChat VOICE replies turned into text by WeChat's 转文字 and
pasted unchanged — her six questions down column A, one column per vendor, each cell one or two '【语音 0:41】…' messages in spoken
Chinese (嗯、那个、哈), the amounts SPOKEN ('二十一万八', '十二万八千八', '二十三万出头，具体是二十三万两千', '两万四'), periods and times
spoken ('一年', '半年', '两个小时之内', '7乘24小时'), a tax rate said as '6个点', a yearly fee as '合同额的百分之十五', a salesman's
phone number under each name, her own 理解 row and the boss's remark under the table (zza_01); a GB18030 CSV exported from an
ERP's 询价单 whose vendors' replies are stored as EXTENDED ATTRIBUTES — one row per (vendor, attribute code) with the code alone
('A01', 'B05', 'C08' …) and the value, many values bare numbers ('12', '2', '26000.00') whose meaning and unit are given only by
the code table printed BELOW the data as a second CSV section ('B05 | 操作日志保存期 | 月'), the buyer's own Z99 rows interleaved
with the vendors', a missing attribute row, a '面议' and a '0.00' withdrawal (zza_02); a workbook whose first sheet '比价汇总' is built
from CROSS-SHEET FORMULAS ("='昭阳数科'!C10") with their cached values stored, pointing at one sheet per vendor (the buyer's
应答表 template filled in by the vendor, sheet named by its short name) — the formulas fetch only the 贵司应答 column, never the
vendor's 补充说明 beside it; a blank answer comes through as 0; one vendor inserted a row into its sheet, so its summary row fetches
the wrong items; the buyer's own 含税价（测算） formula column (zza_03). The expected reading of every file is in the matching
zza_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the
product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zza.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zza_
"""
from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import (ALL_BAD, BLOAT, CI, CORE, FIXED, LEFT, ML, NOGATE, PC, _save, good, write_csv,  # noqa: E402
                     write_toml)

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
WEAK_IN = ["no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
           "no_7x24", "response_over_2h", "no_lifetime_consulting"]
WEAK_EX = ["price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls", "no_access_control",
           "no_licensed_credit_bureau", "not_in_contract", "bloat_features"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zza_01  个人信用贷 — 潮州湘桥韩江小额贷款's 王总 has his assistant 陈佳琪 ask six questions of every vendor on WeChat; the
#         salesmen answer by voice, she turns each voice message into text with WeChat's 转文字 and pastes it unchanged into the
#         vendor's column. Her 理解 row and 王总's remark under the table are the buyer's.
# ---------------------------------------------------------------------------------------------
ZZA01_QUESTIONS = [
    "1. 报价多少？含不含税？",
    "2. 系统有哪些功能模块？",
    "3. 等保三级有没有？敏感数据怎么加密？权限、日志、征信接口呢？",
    "4. 售后怎么保障？免费维护多久？包不包升级？监管政策变了改不改、收不收钱？",
    "5. 技术支持是几点到几点？出了问题多久响应？免费期过了每年多少钱？",
    "6. 源码是不是全部交付？上面说的这些能不能写进合同？",
]
ZZA01_VENDORS = [  # name, salesman, six answers, her 理解
    ("河源源城数科有限公司", "刘建军 137 2841 0093", [
        "【语音 0:41】嗯陈助理您好，我是源城数科的小刘啊。那个我们这套个人信用贷的源码呢，报价是二十一万八，这个是含税的价格，"
        "可以开13个点的专票，就是全部都包含在里面了，没有别的费用。",
        "【语音 0:52】功能的话呢，就是人行二代征信和百行征信的对接，然后风控模型，我们是评分卡加决策引擎的，还有反欺诈模型，"
        "还款计划和还款提醒，风控审批流，用户管理。嗯，个人信用贷要用的都在里面了，那些花里胡哨的我们没有往里放。",
        "【语音 0:58】等保三级我们是有的，去年拿的证，备案证明编号是44160243011-24005，扫描件我刚才已经发您微信了哈。然后身份证号、"
        "手机号、银行卡号这些敏感字段都是SM4加密存的，全站HTTPS，权限是按角色分配的，操作日志保存一年，异常操作都能追溯。"
        "征信这块对接的是人行征信中心和百行征信，都是持牌的。",
        "【语音 0:47】售后这块您放心，免费维护一年，bug修复和小版本升级都包含在里面。监管政策有变化要改系统的，我们免费给您改，"
        "不另外收钱。",
        "【语音 0:39】技术支持是7乘24小时的，晚上周末都有人值班，出了问题两个小时之内指定的工程师响应。免费期过了之后呢，"
        "每年维保费是两万四。\n【语音 0:12】哦对了，技术咨询是终身免费的，这个也说一下。",
        "【语音 0:33】源码是全部交付的，没有任何加密，你们自己可以二次开发。刚才说的这些售后条款，我们的合同草稿里面都已经"
        "写进去了，昨天发到您邮箱了，您可以看一下。",
    ], "21.8万含税；等保证书扫描件收到了，合同草稿在邮箱"),
    ("云浮云城软件有限公司", "黄志强 139 2657 3318", [
        "【语音 0:36】陈助理你好，我们报价是十九万五啊，嗯，这个是不含税的价格，税点要另外加6个点，我们开的是技术服务的票。",
        "【语音 0:44】模块有个人征信对接，人行跟百行都接了，然后风控模型，反欺诈模型，还款管理，还有还款提醒，风控审批流，"
        "用户管理，就是这些。",
        "【语音 0:59】等保三级的话我跟您实话实说啊，我们现在正在测评，测评机构上个月已经进场了，预计明年一月份能出证。"
        "其他的话，身份证号、手机号这些敏感数据是SM4加密的，HTTPS有，角色权限有，日志我们保存一年，征信对接的是人行征信中心"
        "和百行征信。",
        "【语音 0:31】免费维护是一年，bug修复和小版本升级都包的。政策调整的话也是免费给你们适配，不收钱。",
        "【语音 0:40】我们是7乘24小时的，一个小时之内响应，会有专门的工程师对接你们。一年以后的维保费是每年两万二，"
        "技术咨询的话终身都可以找我们，免费的。",
        "【语音 0:22】源码全给，没加密。这些售后条款都在我们的标准合同里，合同文本上周已经发给您了。",
    ], "19.5万，他说不含税要加6个点；等保说快拿到了"),
    ("防城港港口信息技术有限公司", "梁志伟 136 0770 2519", [
        "【语音 0:45】哎陈助理您好您好，我们这个价格绝对是最实惠的，十八万八，含税，而且我们还送您好几个模块，区块链存证、"
        "AI智能客服，还有那个元宇宙营销厅，这些别人都要单独收钱的。",
        "【语音 0:38】功能全得很，个人征信查询、智能风控、反欺诈、还款管理、审批流、用户管理，该有的都有，再加上我刚才说送的"
        "那几个。",
        "【语音 0:50】等保这个您放心，我们系统就是按等保三级的标准做的，肯定过得了。加密用的是国密算法，HTTPS肯定有，权限管理"
        "也有，日志的话我们是一直保存的。征信嘛各种征信都能对接，这个没问题。",
        "【语音 0:29】我们是终身免费维护的，您以后有什么问题随时找我们，政策变了我们也会积极配合的。",
        "【语音 0:26】7乘24小时，随时打我电话都行，第一时间响应。没有年费，都终身维护了还要什么年费嘛。",
        "【语音 0:35】源码肯定给的，就是风控那块核心引擎是加密的，这个行业里都这样，不影响你们用。合同的话条款都好商量。",
    ], "18.8万含税最便宜，还送3个模块；等保他说肯定能过；王总比较喜欢这家"),
    ("来宾兴宾网络科技有限公司", "韦海燕 133 9772 0461", [
        "【语音 0:27】陈助理，我们报价十二万八千八，含税的，这个价格在行业里是很低的了。",
        "【语音 0:33】有征信对接、风控模型、还款管理、审批流、用户管理。反欺诈这个我们暂时没有，要的话得等二期再做。",
        "【语音 0:48】等保三级我们有证的，备案证明编号是45130243002-23010。加密我们用的是AES，HTTPS有，权限管理有，日志保存三个月，"
        "征信接的是百行征信。",
        "【语音 0:30】免费维护半年，就是修bug，升级不在里面。政策调整的话要按次收费。",
        "【语音 0:36】我们是工作日九点到六点有人，有问题第二天给您处理。半年以后的话按次收费，一次五千。终身咨询这个我们没有。",
        "【语音 0:20】源码完整给你们。售后条款都写在合同里。",
    ], "12.88万，太便宜了；售后只有半年"),
    ("崇左江州信息技术有限公司", "农丽萍 138 7711 5024", [
        "【语音 0:43】陈助理您好，我们这边报价是二十三万出头，具体是二十三万两千，含税的啊。",
        "【语音 0:40】功能有人行征信和百行征信对接、风控模型、反欺诈模型、还款计划和提醒、风控审批、用户管理，另外还有营销插件，"
        "算是送的。",
        "【语音 0:52】等保三级有，备案证明编号45140243007-24002。身份证号和手机号是SM4加密，全站HTTPS，RBAC权限，日志保存十二个月，"
        "征信对接人行征信中心。",
        "【语音 0:44】免费维护一年，这一年里面只负责bug修复，版本升级要另外收费的。政策调整的话，小的调整免费，大的监管政策调整"
        "我们另行报价。",
        "【语音 0:38】我们是7乘24小时支持，四个小时之内响应。维保费从第二年开始，按合同额的百分之十五每年收。技术咨询终身提供。",
        "【语音 0:25】源码是完整交付的，无加密。刚才说的这些，我们合同里都是写明的。",
    ], "23.2万；年费按15%；升级要另外收钱"),
    ("汕尾品清数据服务有限公司", "周伟 135 6019 8832", [
        "【语音 0:18】陈助理不好意思啊，我们这个月项目排得太满了，这次就先不报了，下次有机会再合作哈。",
        "", "", "", "", "",
    ], "不报了"),
]


def build_zza01():
    name = "zza_01_pc_weixin_yuyin_zhuanwenzi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "语音转文字"
    n = 1 + len(ZZA01_VENDORS)
    widths(ws, [30] + [46] * len(ZZA01_VENDORS))
    _text(ws, 1, 1, n, "潮州湘桥韩江小额贷款有限公司　个人信用贷系统源码　各家微信语音回复（转文字）汇总", font=TITLE, height=24)
    _text(ws, 2, 1, n,
          "王总办公室 陈佳琪 整理，2025-12-04。我在微信上按下面6个问题逐条问了各家销售，对方都是发语音回的，我用微信“转文字”后"
          "原样粘贴，没有改字（口语、语气词都保留），语音都已收藏可以回听。对方发来的证书扫描件、合同草稿存在共享盘“比价资料”"
          "文件夹。我司只做潮州本地个人信用贷，没有跨境业务，预算18–25万。", height=46)
    put_row(ws, 3, ["我在微信上问的（原话）"] + [v[0] for v in ZZA01_VENDORS], font=BOLD, fill=BLUE, align=CENTER)
    put_row(ws, 4, ["对方销售"] + [v[1] for v in ZZA01_VENDORS], fill=GREY)
    for i, q in enumerate(ZZA01_QUESTIONS):
        r = 5 + i
        put_row(ws, r, [q] + [v[2][i] or None for v in ZZA01_VENDORS])
        ws.cell(row=r, column=1).font = BOLD
        ws.row_dimensions[r].height = 120
    r = 5 + len(ZZA01_QUESTIONS)
    put_row(ws, r, ["佳琪备注（我的理解，不是对方原话）"] + [v[3] for v in ZZA01_VENDORS], fill=YELLOW)
    ws.row_dimensions[r].height = 36
    _text(ws, r + 2, 1, n,
          "王总意见（12-04下午口头）：先重点看港口信息，便宜还送东西；其他几家佳琪再问问价格能不能再降。", font=BOLD, height=22)
    ws.freeze_panes = "B5"
    _save(wb, name)

    top = good("河源源城数科有限公司", 218000,
               "column B (河源源城, 刘建军): Q1 '报价是二十一万八，这个是含税的价格，可以开13个点的专票' = 218,000 inside 18–25万 (the 13 is the "
               "invoice, no amount); Q2 人行二代征信 + 百行征信对接, 风控模型 (评分卡加决策引擎), 反欺诈模型, 还款计划和还款提醒, 风控审批流, "
               "用户管理, no bloat; Q3 '备案证明编号是44160243011-24005，扫描件我刚才已经发您微信了' (stated), SM4 on ID/mobile/bank card, "
               "全站HTTPS, 按角色分配权限, '操作日志保存一年' = 12 months with tracing, 人行征信中心 + 百行; Q4 '免费维护一年' = 12 months with "
               "bug修复和小版本升级, policy changes free; Q5 '7乘24小时', '两个小时之内指定的工程师响应' = 2 h, '每年维保费是两万四' = 24,000, "
               "'技术咨询是终身免费的'; Q6 full source without encryption, '售后条款…合同草稿里面都已经写进去了' (in the contract).",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="云浮云城软件有限公司", gate="unverified", price=206700,
             why="column C (云浮云城): Q1 '十九万五…不含税的价格，税点要另外加6个点' — its own rate: 195,000 × 1.06 = 206,700 inside 18–25万; "
                 "Q2 个人征信对接 (人行 + 百行), 风控模型, 反欺诈模型, 还款管理 + 还款提醒, 风控审批流, 用户管理; Q3 '等保三级…我们现在正在测评，"
                 "…预计明年一月份能出证' (in progress: false, claimed — unverified, never fail), SM4 on ID/mobile, HTTPS, 角色权限, '日志我们"
                 "保存一年' = 12 months, 人行征信中心 + 百行; Q4 '免费维护是一年' with bug修复和小版本升级, policy free; Q5 7乘24小时, '一个小时"
                 "之内响应' = 1 h, '每年两万二' = 22,000, consulting '终身…免费的'; Q6 source '全给，没加密', '售后条款都在我们的标准合同里' "
                 "(stated). Cheaper than 源城 after tax, but its 等保 is not held today.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_anti_fraud"] + AFTER_BAD),
        dict(vendor="防城港港口信息技术有限公司", gate="unverified", price=188000,
             why="column D (防城港港口, 王总's favourite): Q1 '十八万八，含税' = 188,000 inside 18–25万 (no price flag) with '还送您好几个模块，"
                 "区块链存证、AI智能客服，还有那个元宇宙营销厅' (bloat; no cross-border business); Q2 个人征信查询, 智能风控, 反欺诈, 还款管理, "
                 "审批流, 用户管理 (every must-have); Q3 '按等保三级的标准做的，肯定过得了' (claimed: unverified), '国密算法' (which one? "
                 "claimed), HTTPS and 权限管理 stated, '日志…一直保存的' (no period: claimed), '各种征信都能对接' (no body: claimed); Q4 "
                 "'终身免费维护' (claimed lifetime), '积极配合' states nothing; Q5 '7乘24小时' stated, '第一时间响应' and '没有年费' (lifetime "
                 "boast) no figures; Q6 '风控那块核心引擎是加密的' (partial), '条款都好商量' (nothing in the contract). 佳琪's 备注 and 王总's "
                 "remark are the buyer's.",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             fex=["overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="来宾兴宾网络科技有限公司", gate="pass", price=128800,
             why="column E (来宾兴宾): Q1 '十二万八千八，含税' = 128,800 (caution zone: cheaper is not better); Q2 征信对接, 风控模型, 还款管理, "
                 "审批流, 用户管理 — every must-have, but '反欺诈这个我们暂时没有，要的话得等二期' (no anti-fraud: not in this delivery); Q3 "
                 "'备案证明编号是45130243002-23010' (stated: gate met), 'AES' (no SM4), HTTPS, 权限管理, '日志保存三个月' = 3 (under 6), 百行征信; "
                 "Q4 '免费维护半年' = 6 months, '就是修bug，升级不在里面' (no upgrades), policy '按次收费' (charged); Q5 '工作日九点到六点' (no "
                 "7×24; the hours are no figures), '第二天给您处理' (over 2 h), '按次收费，一次五千' (per incident, no yearly amount), '终身咨询"
                 "这个我们没有'; Q6 源码完整, '售后条款都写在合同里'.",
             values=_vals(sm4_encryption=False, audit_log_months=3, free_maintenance_months=6,
                          maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                          lifetime_consulting=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["price_below_15w", "no_anti_fraud"] + WEAK_IN,
             flex=["price_below_10w"] + WEAK_EX + ["source_partial", "source_licence_only"]),
        dict(vendor="崇左江州信息技术有限公司", gate="pass", price=232000,
             why="column F (崇左江州): Q1 '二十三万出头，具体是二十三万两千，含税的' = 232,000 inside 18–25万 ('出头' is no amount); Q2 人行 + "
                 "百行对接, 风控模型, 反欺诈模型, 还款计划和提醒, 风控审批, 用户管理, plus 营销插件 (deferrable), no bloat; Q3 '备案证明编号"
                 "45140243007-24002' (stated), SM4 on ID/mobile, 全站HTTPS, RBAC, '日志保存十二个月' = 12, 人行征信中心; Q4 '免费维护一年' = 12 "
                 "months but '只负责bug修复，版本升级要另外收费' (upgrades at extra cost: conditional, not included), '大的监管政策调整我们另行"
                 "报价' (conditional: charged at the base price); Q5 '7乘24小时', '四个小时之内响应' = 4 h, '按合同额的百分之十五每年收' = 15% × "
                 "232,000 = 34,800 a year, consulting 终身提供; Q6 完整交付 无加密, '我们合同里都是写明的'.",
             values=_vals(maintenance_includes_upgrades=False, policy_adaptation_free=False, response_hours=4,
                          annual_fee_after_warranty_cny=34800, source_code_delivery="full"),
             status=dict(mlps_level3="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h")),
    ]
    write_toml(
        "zza_01_pc_weixin_yuyin_zhuanwenzi.toml",
        """Voice: six vendors' salesmen answering by WeChat VOICE message, turned into text by WeChat's 转文字 and pasted unchanged by
  陈佳琪 of 王总's office at 潮州湘桥韩江小额贷款 (local personal credit only, no cross-border business, budget 18–25万) on
  2025-12-04 — spoken Chinese with fillers (嗯、那个、哈、啊), numbers said as words; her questions (column A), the 对方销售 row
  (names and phone numbers), her 佳琪备注 row and 王总's remark under the table are the buyer's.
Layout: one sheet '语音转文字' — title, her note row (how the cells were made; the recordings are kept; the certificate scans and
  contract drafts are on the shared drive), a header '我在微信上问的（原话）' | six vendor names (ONE COLUMN PER VENDOR), a row of
  salesmen with phone numbers, SIX QUESTION ROWS whose cells are '【语音 0:41】…' transcripts (one cell holds two messages), her
  理解 row, and 王总's oral remark merged under the table. Frozen at B5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every amount is SPOKEN — '二十一万八' is 218,000, '十九万五' 195,000, '十八万八' 188,000, '十二万八千八' 128,800, '二十三万出头，
  具体是二十三万两千' 232,000, '两万四' / '两万二' yearly fees of 24,000 / 22,000; '一年' is 12 months, '半年' 6, '三个月' 3, '十二个月'
  12; '7乘24小时' is 7×24; '两个小时之内' 2 h, '一个小时之内' 1 h, '四个小时之内' 4 h, '第二天' over 2 h; '税点要另外加6个点' is 不含税 at
  6% (195,000 × 1.06 = 206,700); '按合同额的百分之十五每年' is 15% × 232,000 = 34,800 a year; '可以开13个点的专票' beside '含税' is the
  invoice, no tax to add. The decisive trap: 云浮云城 is the cheapest honest quote after tax (206,700, 1 h, full source) but its
  等保三级 is '正在测评…预计明年一月份能出证' (in progress: unverified), so 河源源城 (filing number given, scan sent) is the pick;
  王总's favourite 防城港港口 (188,000) only boasts ('按等保三级的标准做的，肯定过得了', '国密算法', '一直保存', '各种征信都能对接',
  '终身免费维护', '条款都好商量'), gives away three bloat modules and encrypts its core risk engine (unverified); 来宾兴宾 is 128,800
  in the caution zone with AES, 3-month logs, 6 months bug-only and anti-fraud only '等二期'; 崇左江州 charges upgrades and major
  policy changes and answers in 4 hours; 汕尾品清 declined (not listed); the phone numbers, '0:41' durations, the filing numbers,
  '九点到六点', '一次五千' (per incident) and her '12.88万' / '21.8万' notes are no vendor's prices.""",
        "personal_credit", [name], "河源源城数科有限公司",
        "河源源城 proves every gate in its own voice messages (备案证明44160243011-24005 with the scan sent, SM4 on ID/mobile/bank card, "
        "HTTPS, role permissions, logs '一年' with tracing, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, "
        "and gives '免费维护一年' with upgrades, free policy adaptation, '7乘24小时' within two hours by a named engineer, lifetime "
        "consulting, all already in the contract draft, full unencrypted source — at '二十一万八' = 218,000 含税 inside 18–25万 (3 years "
        "218,000 + 2 × 24,000 = 266,000). 云浮云城 is cheaper (195,000 + 6% = 206,700) but its 等保三级 is still being assessed "
        "(unverified); 崇左江州 (232,000) charges upgrades and major policy changes, answers in 4 hours and takes 15% a year; 来宾兴宾 is "
        "128,800 in the caution zone with AES, 3-month logs, 6 months bug-only and no anti-fraud; 王总's favourite 防城港港口 (188,000) "
        "only claims (unverified), gives away three bloat modules and encrypts its core engine; 汕尾品清 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zza_02  商户经营贷 — 榆林榆阳塞上小额贷款's 采购员 杜晓燕 exports the 询价单 from the ERP: the vendors typed their replies into the
#         supplier portal as extended attributes (one row per attribute code); the code table is printed under the data. Her Z99 rows
#         are hers.
# ---------------------------------------------------------------------------------------------
ZZA02_CODES = [  # code, name, unit, how to fill
    ("A01", "报价金额", "元", "请填写含全部必备模块的总价"),
    ("A02", "是否含税", "", "含税/不含税"),
    ("A03", "税率", "%", ""),
    ("A04", "报价包含功能模块", "", "多个模块用分号隔开"),
    ("A05", "选配模块及价格", "元", "未含在报价金额内的模块"),
    ("B01", "等保三级", "", "请填写备案证明编号"),
    ("B02", "敏感数据加密", "", "请写明算法及加密字段"),
    ("B03", "传输加密", "", ""),
    ("B04", "权限管理", "", ""),
    ("B05", "操作日志保存期", "月", "填数字"),
    ("B06", "对接征信机构", "", "请写明机构名称"),
    ("C01", "免费维护期", "月", "填数字"),
    ("C02", "维护范围", "", ""),
    ("C03", "监管政策调整适配", "", "是否免费"),
    ("C04", "技术支持时段", "", ""),
    ("C05", "响应时间", "小时", "填数字"),
    ("C06", "终身技术咨询", "", "提供/不提供"),
    ("C07", "售后承诺写入合同", "", "是/否"),
    ("C08", "维保期满后年费", "元/年", ""),
    ("D01", "源码交付方式", "", ""),
    ("Z99", "采购员备注", "", "内部使用，供应商不可见"),
]
ZZA02_VENDORS = [  # supplier code, name, time, [(code, value, row remark)], buyer's Z99 note
    ("GYS-0418", "安康汉滨数科有限公司", "2025-11-26 14:32", [
        ("A01", "286000.00", ""), ("A02", "含税", ""), ("A03", "13%", ""),
        ("A04", "企业征信查询;银行流水分析;电子合同;风控审批;还款计划及逾期提醒;用户管理", ""), ("A05", "无", ""),
        ("B01", "已取得，备案证明61090243008-24003", "备案证明扫描件已上传附件"),
        ("B02", "SM4（法人身份证号、手机号、对公账号）", ""), ("B03", "HTTPS（TLS1.2）", ""), ("B04", "RBAC角色权限", ""),
        ("B05", "12", "异常操作可追溯"), ("B06", "中国人民银行征信中心、百行征信", ""),
        ("C01", "12", ""), ("C02", "缺陷修复及小版本升级", ""), ("C03", "免费", ""), ("C04", "7×24小时", ""),
        ("C05", "2", "指定工程师"), ("C06", "提供", ""), ("C07", "是", ""), ("C08", "26000.00", ""),
        ("D01", "完整源码，无加密，可二次开发", ""),
    ], "资料齐全，备案证明扫描件已核"),
    ("GYS-0422", "商洛商州软件有限公司", "2025-11-27 09:15", [
        ("A01", "268000.00", ""), ("A02", "含税", ""), ("A03", "13%", ""),
        ("A04", "企业征信;银行流水分析;风控审批;还款管理;用户管理", ""),
        ("A05", "电子合同（列入二期开发，届时另行报价）", "一期不含电子合同"),
        ("B01", "已取得，备案证明61100243005-24001", ""), ("B02", "SM4（身份证号、手机号）", ""), ("B03", "HTTPS", ""),
        ("B04", "RBAC", ""), ("B05", "12", ""), ("B06", "人行征信中心", ""),
        ("C01", "12", ""), ("C02", "缺陷修复及小版本升级", ""), ("C03", "免费", ""), ("C04", "7×24小时", ""),
        ("C05", "1", ""), ("C06", "提供", ""), ("C07", "是", ""), ("C08", "24000.00", ""),
        ("D01", "完整源码", ""),
    ], "价格比汉滨低1.8w，响应快"),
    ("GYS-0435", "铜川耀州网络科技有限公司", "2025-11-27 16:48", [
        ("A01", "275000.00", ""), ("A02", "不含税", ""), ("A03", "6%", "技术服务发票"),
        ("A04", "企业征信;电子合同;风控审批;还款管理;用户管理;数据分析大屏", ""),
        ("A05", "银行流水分析模块 30000.00（不含税，未含在报价金额内）", ""),
        ("B01", "已取得（备案证明61020043011-24007）", ""), ("B02", "SM4（身份证号、手机号、银行卡号）", ""),
        ("B03", "HTTPS", ""), ("B04", "有，按岗位角色授权", ""), ("B05", "12", ""), ("B06", "百行征信、朴道征信", ""),
        ("C01", "12", ""), ("C02", "缺陷修复及小版本升级", ""), ("C03", "一般调整免费，重大监管政策调整另行报价", ""),
        ("C04", "5×8（工作日9:00-17:30）", ""), ("C05", "4", ""), ("C06", "提供", ""), ("C07", "是", ""),
        ("C08", "28000.00", ""), ("D01", "完整源码，可二次开发", ""),
    ], "不含税；流水分析要另加钱"),
    ("GYS-0441", "朔州朔城信息技术有限公司", "2025-11-28 11:03", [
        ("A01", "25.8万（含税）", ""), ("A02", "含税", ""), ("A03", "13%", ""),
        ("A04", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理;区块链存证;智能客服机器人;海外支付通道", ""),
        ("A05", "无", "区块链存证、智能客服机器人、海外支付通道为赠送"),
        ("B01", "符合等保三级要求，可协助客户通过测评", ""), ("B02", "国密算法", ""), ("B03", "HTTPS", ""),
        ("B04", "有", ""), ("B05", "长期保存", ""), ("B06", "支持对接主流征信机构", ""),
        ("C01", "终身免费维护", ""), ("C02", "全面维护", ""), ("C03", "积极配合", ""), ("C04", "7×24小时", ""),
        ("C05", "第一时间", ""), ("C07", "可协商", ""), ("C08", "无（终身维护）", ""),
        ("D01", "提供源码（核心风控引擎加密）", ""),
    ], "老板倾向这家：25.8w最便宜，还送海外支付、智能客服；等保说没问题"),
    ("GYS-0457", "鹤壁淇滨云科技有限公司", "2025-11-28 15:20", [
        ("A01", "面议", "价格需根据贵司业务量面谈确定"),
        ("A04", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", ""), ("A05", "无", ""),
        ("B01", "已取得，备案证明41060243004-24010", ""), ("B02", "SM4（身份证号、手机号）", ""), ("B03", "HTTPS", ""),
        ("B04", "RBAC", ""), ("B05", "6", ""), ("B06", "百行征信", ""),
        ("C01", "12", ""), ("C02", "缺陷修复及小版本升级", ""), ("C03", "免费", ""), ("C04", "7×24小时", ""),
        ("C05", "2", ""), ("C07", "是", ""), ("C08", "30000.00", ""), ("D01", "完整源码，无加密", ""),
    ], "不报价，说要面谈"),
    ("GYS-0463", "阳泉矿区数据服务有限公司", "2025-11-29 10:07", [
        ("A01", "0.00", "我司放弃本次报价（项目排期已满）"),
    ], "已放弃"),
]


def build_zza02():
    name = "zza_02_ml_erp_shuxing_bianma_gb18030.csv"
    head = ["行号", "供应商编码", "供应商名称", "属性编码", "属性值", "行备注", "录入来源", "录入时间"]
    rows = [["单据类型", "询价单"],
            ["单据编号", "XJ20251118-007"],
            ["采购组织", "榆林榆阳塞上小额贷款有限公司"],
            ["项目名称", "商户经营贷系统源码采购"],
            ["单据备注", "我司只做榆林本地小微商户经营贷，无跨境业务；预算25–35万（含税）。供应商通过门户按扩展属性填报，属性含义见文末编码表。"],
            ["导出人", "杜晓燕"],
            ["导出时间", "2025-12-04 10:26"],
            [],
            head]
    line = 0
    for code, vendor, when, attrs, note in ZZA02_VENDORS:
        for a, value, remark in attrs:
            line += 1
            rows.append([str(line), code, vendor, a, value, remark, "供应商门户", when])
        line += 1
        rows.append([str(line), code, vendor, "Z99", note, "", "采购员-杜晓燕", "2025-12-03 17:40"])
    rows += [[],
             ["【扩展属性编码表】"],
             ["属性编码", "属性名称", "单位", "填写说明"]]
    rows += [list(c) for c in ZZA02_CODES]
    rows += [[], [f"共 {line} 条明细记录；本文件由系统导出，请勿修改。"]]
    write_csv(name, rows, "gb18030")

    top = good("安康汉滨数科有限公司", 286000,
               "GYS-0418 rows: A01 (报价金额, 元) '286000.00', A02 '含税' = 286,000 inside 25–35万; A04 企业征信查询;银行流水分析;电子合同;"
               "风控审批;还款计划及逾期提醒;用户管理, A05 '无', no bloat; B01 '已取得，备案证明61090243008-24003' (stated); B02 SM4 on 法人身份证号/"
               "手机号/对公账号; B03 HTTPS TLS1.2; B04 RBAC; B05 '12' under 操作日志保存期 (月) = 12 months; B06 人行征信中心 + 百行; C01 '12' "
               "(月) = 12 months; C02 缺陷修复及小版本升级; C03 免费; C04 7×24小时; C05 '2' (小时) = 2 h, 指定工程师; C06 提供; C07 是; C08 "
               "'26000.00' (元/年) = 26,000; D01 完整源码 无加密.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="商洛商州软件有限公司", gate="fail", price=268000,
             why="GYS-0422 rows: A01 '268000.00' 含税 = 268,000; A04 企业征信;银行流水分析;风控审批;还款管理;用户管理 — no 电子合同, and A05 "
                 "'电子合同（列入二期开发，届时另行报价）' with '一期不含电子合同' puts the must-have contract management OUT of this delivery "
                 "(missing, never an option: fail); everything else stated and good: B01 备案证明61100243005-24001, SM4 on ID/mobile, HTTPS, "
                 "RBAC, B05 '12', 人行征信中心, C01 '12', upgrades, policy free, 7×24, C05 '1' = 1 h, consulting, contract, C08 '24000.00' = "
                 "24,000, full source. Cheaper and faster than 汉滨, but without e-contracts.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=["enterprise_credit", "cashflow_analysis"] + CORE + ["repayment_management"],
             fex=["contract_management"] + BLOAT,
             flin=["missing_must_have"],
             flex=["price_below_10w", "price_missing", "no_mlps_level3", "price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor="铜川耀州网络科技有限公司", gate="pass", price=323300,
             why="GYS-0435 rows: A01 '275000.00', A02 '不含税', A03 '6%' (its own rate); A04 lacks 银行流水分析, and A05 '银行流水分析模块 "
                 "30000.00（不含税，未含在报价金额内）' makes the must-have an option added at the same rate (conditional): (275,000 + 30,000) × "
                 "1.06 = 291,500 + 31,800 = 323,300 inside 25–35万; A04 企业征信, 电子合同, 风控审批, 还款管理, 用户管理, 数据分析大屏 (deferrable), "
                 "no bloat; B01 备案证明61020043011-24007 (stated); SM4 on ID/mobile/bank card; HTTPS; '有，按岗位角色授权'; B05 '12'; 百行 + 朴道; "
                 "C01 '12'; upgrades; C03 '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); C04 '5×8（工作日"
                 "9:00-17:30）' (no 7×24; the times are no figures); C05 '4' = 4 h; consulting; contract; C08 '28000.00' = 28,000; full source.",
             values=_vals(policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_7x24", "response_over_2h")),
        dict(vendor="朔州朔城信息技术有限公司", gate="unverified", price=258000,
             why="GYS-0441 rows: A01 '25.8万（含税）' — the vendor's 万 governs the code table's 元 = 258,000 inside 25–35万 (no price flag); "
                 "A04 every merchant-loan must-have plus 区块链存证, 智能客服机器人, 海外支付通道 (bloat; no cross-border business), A05's remark "
                 "calls them gifts; B01 '符合等保三级要求，可协助客户通过测评' (claimed: unverified); B02 '国密算法' (which one? claimed); B03 "
                 "HTTPS and B04 '有' stated; B05 '长期保存' (no period: claimed); B06 '支持对接主流征信机构' (no body: claimed); C01 '终身免费"
                 "维护' (claimed lifetime); '全面维护', '积极配合', '第一时间', C07 '可协商' state nothing; C04 7×24小时 stated; C08 '无（终身"
                 "维护）' no yearly amount; D01 '提供源码（核心风控引擎加密）' (partial). No C06 row. The Z99 row (老板倾向) is the buyer's.",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "overseas_payment"],
             fex=["metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="鹤壁淇滨云科技有限公司", gate="unverified", price="null",
             why="GYS-0457 rows: A01 '面议' with '价格需根据贵司业务量面谈确定' — no price (price_missing, unverified); no A02/A03 rows; A04 "
                 "every merchant-loan must-have, no bloat; B01 备案证明41060243004-24010 (stated); SM4 on ID/mobile; HTTPS; RBAC; B05 '6' (月) = "
                 "6 months (meets the floor); 百行征信; C01 '12'; upgrades; policy free; 7×24; C05 '2' = 2 h; C07 是; C08 '30000.00' = 30,000; "
                 "full unencrypted source; NO C06 row — lifetime consulting unknown, never a no.",
             values=_vals(audit_log_months=6, response_hours=2, lifetime_consulting="null",
                          annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", audit_log_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "no_mlps_level3", "missing_must_have"]
             + AFTER_BAD),
    ]
    write_toml(
        "zza_02_ml_erp_shuxing_bianma_gb18030.toml",
        """Voice: an ERP's 询价单 export run by 杜晓燕 (采购员) of 榆林榆阳塞上小额贷款 (local small-business operating loans, no cross-border
  business, budget 25–35万 含税) on 2025-12-04; the vendors typed their own replies into the supplier portal (录入来源 供应商门户),
  her Z99 rows (录入来源 采购员-杜晓燕) and the 单据备注 are the buyer's.
Layout: CSV, GB18030, CRLF — seven 'key,value' header lines of the document, a blank line, a header 行号 | 供应商编码 | 供应商名称 |
  属性编码 | 属性值 | 行备注 | 录入来源 | 录入时间, then ONE ROW PER VENDOR AND ATTRIBUTE CODE (A01…D01, then the buyer's Z99), the code
  alone naming the item; below the data a SECOND SECTION '【扩展属性编码表】' (属性编码 | 属性名称 | 单位 | 填写说明) that alone says
  what each code is and in what unit its bare numbers are (A01 元, B05 月, C01 月, C05 小时, C08 元/年); a record-count footer.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the codes must be resolved through the table below the data ('B05 | 12' is 12 months of logs, 'C05 | 2' a 2-hour
  response, 'C08 | 26000.00' a yearly fee of 26,000, 'A01 | 286000.00' the price in yuan); a vendor's own unit governs the code
  table's ('25.8万（含税）' under A01 is 258,000); an attribute row a vendor left out is unknown (鹤壁淇滨 has no C06: consulting
  unknown, never 'no'); Z99 rows are the buyer's ('老板倾向这家', '价格比汉滨低1.8w'), never the vendor's; 行号, 供应商编码, the filing
  numbers, '9:00-17:30' and the timestamps are no amounts. The decisive trap: 商洛商州 looks cheapest of the sound quotes (268,000,
  1-hour response) but its A05 puts the must-have 电子合同 into '二期开发，届时另行报价' — missing from this delivery, not an option
  (fail) — so 安康汉滨 (286,000) is the pick; 铜川耀州 is 不含税 at its own 6% with the must-have 银行流水分析 as a 30,000 option:
  (275,000 + 30,000) × 1.06 = 323,300, with 5×8, 4 hours and major policy changes charged; the boss's favourite 朔州朔城 only
  claims, adds three bloat modules and encrypts its core engine (unverified); 鹤壁淇滨 gives '面议' (no price: unverified);
  阳泉矿区's '0.00' with '我司放弃本次报价' is a withdrawal (not listed), never a free system.""",
        "merchant_loan", [name], "安康汉滨数科有限公司",
        "安康汉滨 proves every gate in its attribute rows (B01 备案证明61090243008-24003, SM4 on 法人身份证号/手机号/对公账号, HTTPS TLS1.2, "
        "RBAC, B05 12 months with tracing, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives C01 12 months with "
        "upgrades, free policy adaptation, 7×24 within C05 2 hours by a named engineer, lifetime consulting, in the contract, full "
        "unencrypted source — at 286,000 含税 inside 25–35万 (3 years 286,000 + 2 × 26,000 = 338,000). 商洛商州 (268,000) leaves 电子合同 to "
        "a second phase (missing: fail); 铜川耀州 is 323,300 only with its statement-analysis option at 6% VAT and offers 5×8 within 4 "
        "hours with major policy changes charged; the boss's favourite 朔州朔城 (258,000) only claims, pads with three bloat modules "
        "and encrypts its core engine (unverified); 鹤壁淇滨 quotes 面议 (unverified); 阳泉矿区 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zza_03  消费分期 — 普洱思茅茶城小额贷款's 科技部 杨帆 collects each vendor's filled-in 应答表 as a sheet of one workbook (named by
#         the vendor's short name) and builds a '比价汇总' sheet of formulas referencing those sheets. Her 含税价（测算） formula and 初评
#         column are hers.
# ---------------------------------------------------------------------------------------------
ZZA03_ITEMS = ["报价总额（元）", "是否含税", "税率", "报价所含功能模块", "选配模块及价格（未含在报价总额内）",
               "等保三级（请填备案证明编号）", "敏感数据加密方式", "HTTPS传输加密", "角色权限管理", "操作日志保存期", "对接征信机构",
               "免费维护期", "维护范围", "监管政策调整适配", "技术支持时段", "响应时间", "终身技术咨询", "售后承诺写入合同",
               "维保期满后年费（元/年）", "源码交付方式"]
ZZA03_VENDORS = [  # sheet (short name), full name, 填表人, twenty (answer, 补充说明), inserted row or None, 其他说明
    ("昭阳数科", "昭通昭阳数科有限公司", "赵磊 / 2025-11-27", [
        (245000, ""), ("含税", ""), ("13%", ""),
        ("商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理", ""), ("无", ""),
        ("已取得，备案证明53060243009-24004", "备案证明扫描件附后"), ("SM4（身份证号、手机号、银行卡号）", ""),
        ("是，全站HTTPS", ""), ("是，RBAC", ""), ("12个月", "异常操作可追溯"), ("百行征信、朴道征信", ""),
        ("12个月", ""), ("缺陷修复及小版本升级", ""), ("免费适配", ""), ("7×24小时", ""), ("2小时内", "指定工程师"),
        ("提供", ""), ("是", "以上售后承诺均写入合同"), (25000, ""), ("完整源码，无加密，可二次开发", ""),
    ], None, ""),
    ("临翔软件", "临沧临翔软件有限公司", "李娜 / 2025-11-27", [
        (228000, ""), ("含税", ""), ("13%", ""),
        ("商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", ""), ("无", ""),
        ("已取得", "备案证明等资质材料签约后提供"), ("SM4（身份证号、手机号）", ""),
        ("是", ""), ("是，按角色授权", ""), ("12个月", ""), ("中国人民银行征信中心、百行征信", ""),
        ("12个月", ""), ("缺陷修复及小版本升级", ""), ("免费", ""), ("7×24小时", ""), ("1小时内", ""),
        ("提供", ""), ("是", ""), (22000, ""), ("完整源码，无加密", ""),
    ], None, ""),
    ("仁和网络", "攀枝花仁和网络科技有限公司", "陈刚 / 2025-11-28", [
        (98000, ""), ("含税", ""), ("13%", ""),
        ("商品管理、分期计算器、订单跟踪、还款管理、用户管理", ""), ("无", ""),
        ("已取得，备案证明51040043006-23008", ""), ("AES加密", ""),
        ("是", ""), ("是", ""), ("3个月", ""), ("", ""),
        ("6个月", ""), ("仅修复缺陷", ""), ("按次收费", ""), ("5×8（工作日）", ""), ("次日", ""),
        ("不提供", ""), ("是", ""), ("", ""), ("授权使用（绑定域名），不提供源代码", ""),
    ], None, ""),
    ("巴州云", "巴中巴州云科技有限公司", "王鹏 / 2025-11-28", [
        (218000, ""), ("含税", ""), ("13%", ""),
        ("商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", ""), ("无", ""),
        ("系统按等保三级标准设计开发，可协助贵司通过测评", ""), ("国密算法加密", ""),
        ("是", ""), ("是", ""), ("长期保存", ""), ("支持对接主流征信机构", ""),
        ("终身免费维护", ""), ("全面维护", ""), ("积极配合", ""), ("7×24小时", ""), ("第一时间", ""),
        ("终身", ""), ("可协商写入", ""), ("无（终身维护）", ""), ("提供源码（核心风控引擎加密）", ""),
    ], ("4a", "赠送模块（我司自行添加）", "智能客服机器人、区块链存证、元宇宙营销", "免费赠送，不计价"), ""),
    ("前锋信息", "广安前锋信息技术有限公司", "刘洋 / 2025-11-29", [
        (236000, ""), ("否", ""), ("6%", "技术服务"),
        ("商品管理、分期计算器、还款管理、风控审批、用户管理、积分商城", ""),
        ("订单跟踪模块 20000元（不含税）", "如需订单跟踪请另行选购"),
        ("已取得，备案证明51160243012-24006", ""), ("SM4（身份证号、手机号）", ""),
        ("是", ""), ("是，RBAC", ""), ("12个月", ""), ("中国人民银行征信中心", ""),
        ("12个月", ""), ("缺陷修复及小版本升级", ""), ("免费", ""), ("5×8（工作日9:00-18:00）", ""), ("4小时内", ""),
        ("提供", ""), ("是", ""), (26000, ""), ("完整源码，可二次开发", ""),
    ], None, ""),
    ("埇桥数据", "宿州埇桥数据服务有限公司", "孙婷 / 2025-11-25", [("", "")] * 20, None,
     "我司因项目排期已满，本次不参与报价，感谢贵司邀请。"),
]
# the summary's columns: header, the template row each formula reads (column C of the vendor's sheet)
ZZA03_PULL = [("供应商名称", 2), ("报价总额（元）", 5), ("是否含税", 6), ("功能模块", 8), ("等保三级", 10), ("免费维护期", 16),
              ("技术支持", 19), ("维保年费（元/年）", 23), ("源码交付", 24)]
ZZA03_NOTES = {
    "昭阳数科": "材料齐全，备案证明扫描件已看",
    "临翔软件": "价格比昭阳低1.7万，响应1小时",
    "仁和网络": "太便宜，不交源码",
    "巴州云": "最便宜的正常价，送三个模块；王总倾向",
    "前锋信息": "不含税",
    "埇桥数据": "放弃",
}


def _vendor_sheet(wb, short, full, filler, answers, inserted, other):
    """The buyer's 应答表 template as the vendor returned it; returns {coordinate: value} of what it holds."""
    ws = wb.create_sheet(short)
    widths(ws, [8, 34, 44, 30])
    held = {}

    def put(r, values, **kw):
        put_row(ws, r, values, **kw)
        for c, v in enumerate(values, start=1):
            if v is not None and v != "":
                held[f"{get_column_letter(c)}{r}"] = v

    _text(ws, 1, 1, 4, "消费分期系统源码询价应答表（请在“贵司应答”列填写，补充内容写在“补充说明”列）", font=TITLE, height=24)
    put(2, ["供应商名称（盖章）", None, full, None], font=BOLD)
    ws.merge_cells("A2:B2")
    put(3, ["填表人 / 日期", None, filler, None])
    ws.merge_cells("A3:B3")
    put(4, ["序号", "项目", "贵司应答", "补充说明"], font=BOLD, fill=BLUE, align=CENTER)
    r = 5
    for i, (item, (answer, remark)) in enumerate(zip(ZZA03_ITEMS, answers), start=1):
        put(r, [str(i), item, answer if answer != "" else None, remark or None])
        ws.row_dimensions[r].height = 30
        r += 1
        if i == 4 and inserted:
            put(r, list(inserted))
            ws.row_dimensions[r].height = 30
            r += 1
    r += 1
    _text(ws, r, 1, 4, "其他说明：" + other, height=30)
    if other:
        held[f"A{r}"] = "其他说明：" + other
    return held


def _with_cached_values(name, sheet_part, cached):
    """Store each formula's cached result in the sheet XML, as Excel does on saving, and drop openpyxl's recalculation request."""
    path = HERE / name
    zin = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == sheet_part:
                xml = data.decode("utf-8")
                for coord, value in cached.items():
                    pat = re.compile(r'<c r="' + coord + r'"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')
                    if isinstance(value, str):
                        rep = lambda m, v=value: (f'<c r="{coord}"{m.group(1)} t="str"><f>{m.group(2)}</f>'  # noqa: E731
                                                  f'<v>{escape(v)}</v></c>')
                    else:
                        rep = lambda m, v=value: f'<c r="{coord}"{m.group(1)}><f>{m.group(2)}</f><v>{v}</v></c>'  # noqa: E731
                    xml, k = pat.subn(rep, xml)
                    assert k == 1, (coord, k)
                data = xml.encode("utf-8")
            elif info.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def build_zza03():
    name = "zza_03_ci_huizong_kuabiao_gongshi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价汇总"
    held = {}
    for short, full, filler, answers, inserted, other in ZZA03_VENDORS:
        held[short] = _vendor_sheet(wb, short, full, filler, answers, inserted, other)

    head = ["简称"] + [h for h, _ in ZZA03_PULL] + ["含税价（测算）", "初评（杨帆）"]
    n = len(head)
    widths(ws, [12, 26, 14, 10, 40, 30, 14, 16, 14, 26, 14, 30])
    _text(ws, 1, 1, n, "普洱思茅茶城小额贷款有限公司　消费分期系统源码比价汇总（数据引用各家应答表，勿手工修改）", font=TITLE, height=24)
    _text(ws, 2, 1, n,
          "科技部 杨帆 制表，2025-12-03。本表除“简称”“初评”外均为公式，引用后面各家的应答表（工作表名=供应商简称，取“贵司应答”列）；"
          "“含税价（测算）”按13%测算。我司做普洱本地家电、摩托车消费分期，无跨境业务，预算20–30万。", height=40)
    put_row(ws, 3, head, font=BOLD, fill=BLUE, align=CENTER)
    cached = {}
    for i, (short, *_rest) in enumerate(ZZA03_VENDORS):
        r = 4 + i
        put_row(ws, r, [short], font=BOLD)
        for j, (_h, src) in enumerate(ZZA03_PULL):
            c = 2 + j
            coord = f"{get_column_letter(c)}{r}"
            put_row(ws, r, [f"='{short}'!C{src}"], start=c)
            cached[coord] = held[short].get(f"C{src}", 0)  # a reference to an empty cell shows 0
        price_col, tax_col = get_column_letter(3), get_column_letter(4)
        c = 2 + len(ZZA03_PULL)
        put_row(ws, r, [f'=IF({tax_col}{r}="否",{price_col}{r}*1.13,{price_col}{r})'], start=c)
        price, tax = cached[f"{price_col}{r}"], cached[f"{tax_col}{r}"]
        est = round(price * 1.13, 2) if tax == "否" else price
        cached[f"{get_column_letter(c)}{r}"] = int(est) if float(est).is_integer() else est
        put_row(ws, r, [ZZA03_NOTES[short]], start=c + 1, fill=YELLOW)
        ws.row_dimensions[r].height = 44
    r = 4 + len(ZZA03_VENDORS) + 1
    _text(ws, r, 1, n, "注：各家应答表盖章扫描件已归档；埇桥数据已书面放弃。汇总数据以公式自动更新。", height=20)
    ws.freeze_panes = "C4"
    _save(wb, name)
    _with_cached_values(name, "xl/worksheets/sheet1.xml", cached)

    top = good("昭通昭阳数科有限公司", 245000,
               "sheet 昭阳数科 (供应商名称 昭通昭阳数科有限公司): 1 报价总额（元） 245000, 2 含税 = 245,000 inside 20–30万; 4 商品管理, 分期计算器, "
               "订单跟踪, 还款计划及提醒, 风控审批, 用户管理, 5 选配 '无', no bloat; 6 '已取得，备案证明53060243009-24004' with the scan "
               "attached (stated); 7 SM4 on ID/mobile/bank card; 8 全站HTTPS; 9 RBAC; 10 12个月 with tracing; 11 百行 + 朴道; 12 12个月; 13 "
               "缺陷修复及小版本升级; 14 免费适配; 15 7×24小时; 16 '2小时内' = 2 h, 指定工程师; 17 提供; 18 是 ('以上售后承诺均写入合同'); 19 "
               "25000 = 25,000 a year; 20 完整源码 无加密. The summary row says the same.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="临沧临翔软件有限公司", gate="unverified", price=228000,
             why="sheet 临翔软件: 1 228000, 2 含税 = 228,000 inside 20–30万; 4 every instalment must-have with 还款管理, 风控审批, 用户管理, no "
                 "bloat; 6 '已取得' in 贵司应答 but its 补充说明 beside it '备案证明等资质材料签约后提供' — the level asserted with its filing "
                 "number withheld until after signing (claimed: unverified); the summary's formula fetches only '已取得' and drops the "
                 "remark; 7 SM4 on ID/mobile; HTTPS; '是，按角色授权'; 12个月 logs; 人行征信中心 + 百行; 12个月 with 小版本升级; policy free; "
                 "7×24; '1小时内' = 1 h; consulting; contract 是; 22000 = 22,000 a year; 完整源码 无加密. Cheaper and faster than 昭阳, "
                 "but its proof is only promised.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget"] + AFTER_BAD),
        dict(vendor="攀枝花仁和网络科技有限公司", gate="fail", price=98000,
             why="sheet 仁和网络: 1 98000 含税 = 98,000 (under 10万: do not buy); 4 商品管理, 分期计算器, 订单跟踪, 还款管理, 用户管理; 6 "
                 "'已取得，备案证明51040043006-23008' (stated); 7 'AES加密' (no SM4); HTTPS 是; 权限 是; 10 '3个月' (under 6); 11 对接征信机构 "
                 "BLANK (unknown, never no); 12 '6个月'; 13 '仅修复缺陷' (no upgrades); 14 '按次收费' (charged); 15 '5×8（工作日）'; 16 '次日' "
                 "(over 2 h); 17 '不提供'; 18 是; 19 年费 BLANK — unknown, though the summary's formula shows 0 for it (an empty reference, "
                 "no free maintenance after the warranty); 20 '授权使用（绑定域名），不提供源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         licensed_credit_bureau="null", annual_fee_after_warranty_cny="null",
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + ["repayment_management", "user_management"], fex=BLOAT,
             flin=["price_below_10w", "source_licence_only", "unconfirmed"] + WEAK_IN,
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="巴中巴州云科技有限公司", gate="unverified", price=218000,
             why="sheet 巴州云: 1 218000 含税 = 218,000 inside 20–30万 (no price flag); 4 every instalment must-have with 还款管理, 风控审批, "
                 "用户管理; its own inserted row '4a 赠送模块（我司自行添加）' gives away 智能客服机器人, 区块链存证, 元宇宙营销 (bloat) and pushes "
                 "every later answer one row down, so the summary's formulas for 巴州云 fetch the wrong items (等保 shows 5's '无', 免费维护期 "
                 "shows 11's '支持对接主流征信机构', 年费 shows 18's '可协商写入') — the sheet itself is read: 6 '系统按等保三级标准设计开发，可"
                 "协助贵司通过测评' (claimed: unverified), 7 '国密算法加密' (claimed), HTTPS 是, 权限 是, 10 '长期保存' (claimed), 11 '支持对接"
                 "主流征信机构' (claimed), 12 '终身免费维护' (claimed lifetime), '全面维护', '积极配合', '第一时间', '可协商写入' state nothing, "
                 "15 7×24小时 stated, 19 '无（终身维护）' no yearly amount, 20 '提供源码（核心风控引擎加密）' (partial). 王总's preference is "
                 "the buyer's.",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="广安前锋信息技术有限公司", gate="pass", price=271360,
             why="sheet 前锋信息: 1 236000, 2 是否含税 '否', 3 税率 '6%' (its own rate); 4 商品管理, 分期计算器, 还款管理, 风控审批, 用户管理, "
                 "积分商城 (deferrable) — no 订单跟踪, and 5 '订单跟踪模块 20000元（不含税）' makes the must-have an option added at the same "
                 "rate (conditional): (236,000 + 20,000) × 1.06 = 250,160 + 21,200 = 271,360 inside 20–30万 — not the summary's 含税价（测算） "
                 "266,680 (the buyer's 13% on the base alone); 6 备案证明51160243012-24006 (stated); SM4 on ID/mobile; HTTPS; RBAC; 12个月; "
                 "人行征信中心; 12个月 with 小版本升级; policy 免费; '5×8（工作日9:00-18:00）' (no 7×24); '4小时内' = 4 h; consulting; "
                 "contract; 26000 = 26,000 a year; 完整源码.",
             values=_vals(support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=26000,
                          source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
    ]
    write_toml(
        "zza_03_ci_huizong_kuabiao_gongshi.toml",
        """Voice: 杨帆 of the 科技部 at 普洱思茅茶城小额贷款 (local appliance and motorcycle instalments, no cross-border business, budget
  20–30万) on 2025-12-03; each vendor sheet is the buyer's 应答表 template as the vendor filled it in (its 贵司应答 and 补充说明
  columns are the vendor's words); the '比价汇总' sheet — its formulas, her 含税价（测算） column, her 初评 column and the note under
  it — is hers.
Layout: a workbook of SEVEN sheets: '比价汇总' first (title, her note row, a header 简称 | 供应商名称 | 报价总额（元） | 是否含税 | 功能模块
  | 等保三级 | 免费维护期 | 技术支持 | 维保年费（元/年） | 源码交付 | 含税价（测算） | 初评（杨帆）, one row per vendor in which every
  column but 简称 and 初评 is a CROSS-SHEET FORMULA such as ='昭阳数科'!C10 WITH ITS CACHED VALUE STORED), then one sheet per vendor
  named by its short name ('昭阳数科', '临翔软件', '仁和网络', '巴州云', '前锋信息', '埇桥数据'): title, '供应商名称（盖章）' with the full
  name, 填表人 / 日期, a header 序号 | 项目 | 贵司应答 | 补充说明 and the twenty items, '其他说明' under them.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each vendor is ONE quote read from its own sheet — the summary repeats (some of) it through formulas and is no second
  set of quotes; the formulas fetch only the 贵司应答 column, so the summary drops every 补充说明; a blank answer comes through as a
  cached 0 (仁和's 年费 and the declined 埇桥数据's whole row: a 0 price there is no free system); 巴州云 inserted a row '4a 赠送模块',
  so its summary row shows other items' answers under 等保三级, 免费维护期, 技术支持, 年费 and 源码. The decisive trap: 临翔软件 looks
  best in the summary (228,000, '已取得', 1 hour, 22,000 a year) but its own sheet says '备案证明等资质材料签约后提供' beside '已取得'
  (claimed: unverified), so 昭通昭阳 (245,000, filing number given) is the pick; 前锋 is 不含税 at its own 6% with the must-have 订单
  跟踪 as a 20,000 option: (236,000 + 20,000) × 1.06 = 271,360, not her 266,680, with 5×8 and 4 hours; 仁和 is 98,000 (under 10万:
  fail) with AES, 3-month logs, a domain-bound licence and its bureau and yearly fee blank (unknown); 王总's favourite 巴州云
  (218,000) only claims, gives away three bloat modules and encrypts its core engine (unverified); 埇桥数据 declined in its
  '其他说明' (not listed); the filing numbers, '4a', '9:00-18:00' and 填表人 dates are no amounts.""",
        "consumer_installment", [name], "昭通昭阳数科有限公司",
        "昭通昭阳 proves every gate on its own sheet (备案证明53060243009-24004 with the scan attached, SM4 on ID/mobile/bank card, "
        "HTTPS, RBAC, 12-month logs with tracing, 百行 + 朴道), has every instalment must-have and no bloat, and gives 12 months with "
        "upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime consulting, all in the contract, full "
        "unencrypted source — at 245,000 含税 inside 20–30万 (3 years 245,000 + 2 × 25,000 = 295,000). 临翔 (228,000) writes '已取得' "
        "but holds its filing back until signing (unverified) — which the summary's formula hides; 前锋 is 271,360 only with its "
        "order-tracking option at 6% VAT and offers 5×8 within 4 hours; 仁和 is 98,000 (under 10万: fail) and licenses without "
        "source; 王总's favourite 巴州云 (218,000) only claims, pads with three bloat modules and encrypts its core engine "
        "(unverified); 埇桥数据 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zza01, build_zza02, build_zza03):
        build()
    print("built zza_01 … zza_03 into", HERE)
