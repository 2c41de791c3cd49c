"""Build the "zzzj" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is JOINT AND SHARED PURCHASES — the buyer does not buy alone, or the quote
does not cover only this buyer: two sister lenders asking the same vendors together and a finance department splitting
the totals by an allocation ratio (分摊比例), some vendors quoting a two-company package and others each company apart; two
group companies keeping one shared online sheet with a column for each company under every vendor, one vendor pricing
this buyer's system together with a later phase for the sister company and another pricing a group platform plus a fee
per subsidiary; a lead company (牵头方) running the inquiry for both and a vendor whose 等保 filing and 7×24 service belong
to the lead company's own deployment. The comparable price is always THIS buyer's own configuration — what this buyer
would pay for the system with every must-have — never the two companies' total nor the sister company's share, and a
term counts for this buyer only where it applies to this buyer's deployment:

zzzj_01 — an .xlsx (personal credit): the finance department's 联合采购费用测算及分摊工作簿 of 穆棱八面通小额贷款 (本公司) and its
  sister 林口莲花湖小额贷款, four sheets: 说明 (how the two companies buy: each its own configuration, deployment and contract;
  what each sheet is), 穆棱公司（本公司） (one row per vendor: 报价口径, the price for this company's configuration, 计税,
  modules, 等保, security, bureau, after-sales, source, the finance department's remarks), 林口公司 (the sister company's prices,
  "仅供核对") and 分摊测算 (the finance department's arithmetic: both companies' prices added and split 58 % / 42 % by loan
  balance, "仅用于控股公司预算口径，不作为合同价").
  CARELESS TOP PICK: 依兰三姓数科有限公司 — on the 分摊测算 sheet its 穆棱 share is 246,500 (inside this company's 25万) while
  讷河老莱's is 252,880 ("否", over), and 讷河老莱's own price cell opens with "43.6万元（两家联合采购，两套合计…）": read either
  way, 老莱 looks over budget and 三姓 (its own 23.9万 含税, every gate proved) comes first.
  CAREFUL TOP PICK: 讷河老莱软件有限公司 — 43.6万 is two sets, one for each company ("每套21.8万元"): this buyer's own set costs
  218,000 含税 in the joint purchase (analyst-reading: "29.8万/套，两套（生产+灾备）共59.6万 is one set's price"; the 优惠价 wins
  over the 单独签约 price of 23.6万, which would leave it inside 18–25万 all the same), and the 58 % share is the finance
  department's budgeting arithmetic over a total that holds the sister's configuration, never a price. 老莱 proves every
  gate and states every term (7×24 within 2 hours, 1.8万 a year, in each company's contract); 三姓 has 5×8 support and a
  4-hour response.
  Prices: 老莱 218,000 (含税; per set in the joint purchase). 三姓 239,000 (含税). 汤原香兰 206,000 (含税; 等保 "三级测评中":
  unverified). 萝北名山 158,000 × 1.13 = 178,540 ("不含税（增值税13%另计）"; 等保二级: fail). 集贤安邦河: "两家打包总价39.8万元…不拆分
  单家价格" — this buyer's own price is not given (whole 398,000, half 199,000 or the finance's 230,840 are all readings the
  docs do not settle: NOT asserted); its 等保 "按等保三级标准设计开发" is a claim, so it is unverified whatever its price.
zzzj_02 — a CSV in GBK (consumer instalments): the 腾讯文档 shared sheet 呼图壁雀儿沟小额贷款 (本公司) and 玛纳斯碧玉小额贷款 keep
  together, exported and saved from Excel: a title line, a note line, then a two-line header — 比较项目 and each vendor's name over
  its three columns "呼图壁（本公司）" | "玛纳斯" | "经办备注" — and one line per item (报价, 计税, 功能模块, 等保三级, 数据安全, 征信接口,
  免费维护及范围, 监管政策适配, 技术支持及响应, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付), the sister's columns often "同左",
  then two footnote lines.
  CARELESS TOP PICK: 木垒菜籽沟软件有限公司 — 26.8万 含税 for this company, every gate proved, while 奇台江布拉克's 呼图壁 cell
  opens "报价合计37.4万元（含税）", over the 20–30万 band.
  CAREFUL TOP PICK: 奇台江布拉克数科有限公司 — its 37.4万 is "一期（呼图壁公司消费分期系统，独立部署）24.6万元 ＋ 二期（2026年下半年，
  玛纳斯公司部署接入，由玛纳斯公司另行签约）12.8万元": the second phase is the sister company's purchase, so this buyer's own price
  is 246,000 含税 (like a hardware lot or another line, another entity's part is no part of this quote's price). 江布拉克
  proves every gate and states every term; 菜籽沟 gives "仅缺陷修复，小版本升级另计" and a 4-hour response, 百行 only.
  Prices: 江布拉克 246,000. 菜籽沟 268,000 (含税（13%专票）). 阜康博格达 198,000 × 1.13 = 223,740 ("不含税（增值税13%另计）"; 等保
  "三级测评中": unverified). 吉木萨尔北庭: "集团共享平台：平台授权费26万元（集团统一签约，两家共用）＋子公司接入实施费3.6万元/家" —
  what this buyer would pay is not settled (296,000 alone, 36,000 for the access only, a share of the platform: NOT
  asserted); "订单跟踪列入二期开发" leaves a must-have out of this delivery, so it FAILS whatever its price.
zzzj_03 — an .xlsx (merchant loans): 温宿托木尔小额贷款's (本公司) 比选底稿 of a joint inquiry led by 库车龟兹小额贷款 (牵头方), three
  sheets: 说明, 报价汇总 (one row per vendor: the price for the lead company's configuration and for this company's, 计税, modules,
  source, the lead's 比选意见 and this company's remarks) and 分主体服务承诺 — the form the lead had every vendor fill in, a long
  table, one row per commitment and company it applies to (序号 | 供应商 merged down its rows | 承诺事项 | 适用主体 两家通用 / 库车公司
  （牵头方） / 温宿公司 | 供应商填写内容（原文） | 证明材料).
  CARELESS TOP PICK: 沙雅古渡信息技术有限公司 — the lead's "综合第一", 27.8万 含税 for this company, 18 months with upgrades, and in
  the commitments a filing number (65292343011-25004) and "7×24小时驻场运维，1小时内响应".
  CAREFUL TOP PICK: 拜城克孜尔数科有限公司 — 古渡's filing and 7×24 are on the rows for 库车公司（牵头方）: the filing's 定级对象 is the
  lead company's own system ("龟兹小贷信贷业务系统（我司承建）", a client's filing), and the rows for 温宿公司 say this company's new,
  separate deployment is "按等保三级标准建设；等保定级备案及测评由温宿公司自行委托…我司配合整改" (a claim: UNVERIFIED) with
  "远程技术支持，工作日10:00-19:00…4小时内响应" (no 7×24, 4 hours). 克孜尔 proves every gate for its own system
  (65292643008-24010) with every term stated for both companies.
  Prices: 克孜尔 316,000 (含税). 古渡 278,000 (含税). 新和渭干 295,000 × 1.06 = 312,700 ("不含税，增值税6%另计"; passes, worse on every
  count). 乌什燕泉 246,000 (含税; "二级（已备案）": fail). 阿瓦提长绒棉 quoted the lead company only ("不报价（我司不承接温宿县部署项目…）"):
  no quote for this buyer.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzj_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzj.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
REPAY = ["repayment_management"]
AF = ["anti_fraud"]
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed (or in-progress) 等保 must not carry (no_mlps_level3 left out: whether the
# red flag rides beside 'unverified' for a claim or a level in progress is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]
# a pass whose faults are only after-sales terms (the flags it must not carry)
WORSE_PASS_EX = GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                              "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                              "bloat_features", "source_partial", "source_licence_only", "claimed"]


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


def _minus(flags, *drop):
    return [f for f in flags if f not in drop]


# ---------------------------------------------------------------------------------------------
# zzzj_01  个人信用贷 — finance's 联合采购费用测算及分摊工作簿: 说明 | 本公司 | 林口公司 | 分摊测算
# ---------------------------------------------------------------------------------------------
J1_NAME = "zzzj_01_pc_lianhe_caigou_feiyong_fentan_gongzuobu.xlsx"
BUYER1 = "穆棱八面通小额贷款有限公司"
SISTER1 = "林口莲花湖小额贷款有限公司"
HOLD1 = "黑龙江穆林控股有限公司"
SX = "依兰三姓数科有限公司"
LL = "讷河老莱软件有限公司"
XL = "汤原香兰数科有限公司"
MS = "萝北名山网络科技有限公司"
ABH = "集贤安邦河信息技术有限公司"

J1_HEAD = ["序号", "供应商", "报价口径", "报价（本公司配置）", "计税", "功能模块（本公司配置）", "等保三级", "数据安全（加密/传输/权限/日志）",
           "征信接口", "售后服务", "源码交付", "财务部备注"]
J1_ROWS = [
    [1, SX, "按单家公司报价", "23.9万元", "含税（13%增值税专用发票）",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡）、反欺诈规则引擎、还款管理（还款计划、到期提醒）、风控审批流、用户管理",
     "已取得等保三级，备案证明编号23012343009-24006（2024年9月取得），定级对象：三姓个人信贷管理系统",
     "加密：SM4（身份证号、手机号、银行卡号）；传输：全站HTTPS；权限：RBAC角色权限；日志：12个月",
     "人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；技术支持5×8（工作日8:30-17:00），4小时内响应；终身技术咨询；"
     "维保期满后2.4万元/年；以上写入合同",
     "完整源码，无加密，可二次开发",
     "分摊测算后本公司承担246,500元，在25万元预算内"],
    [2, LL, "两家联合采购，按套报价",
     "43.6万元（两家联合采购，两套合计：穆棱公司、林口公司各部署一套，每套21.8万元）；如单独签约，每套23.6万元", "含税",
     "征信对接（人行二代征信、百行征信）、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理",
     "已取得等保三级（备案证明编号23028143012-24003，2024年取得），定级对象：老莱个贷业务系统",
     "加密：SM4（身份证号、手机号）；传输：HTTPS（TLS1.2）；权限：按岗位角色授权；日志：12个月，异常操作可追溯",
     "人行征信中心、百行征信",
     "每套免费维护12个月，含bug修复及小版本升级；监管政策调整免费；7×24小时技术支持，2小时内响应；终身技术咨询；维保期满后每套1.8万元/年；"
     "以上承诺写入各公司合同",
     "每套交付完整源码，无加密，可二次开发",
     "两套合计43.6万元，分摊后本公司承担252,880元，超出25万元预算"],
    [3, XL, "按单家公司报价", "20.6万元", "含税",
     "个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "三级测评中，预计2026年3月取得备案证明",
     "加密：SM4；传输：HTTPS；权限：角色权限管理；日志：12个月",
     "百行征信、朴道征信",
     "免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；维保期满后2万元/年；写入合同",
     "完整源码，可二次开发",
     "等保尚未取得"],
    [4, MS, "按单家公司报价", "15.8万元", "不含税（增值税13%另计）",
     "个人征信查询、风控模型、还款管理、风控审批、用户管理",
     "二级（已备案），三级暂无计划",
     "加密：AES；传输：HTTPS；权限：角色权限；日志：3个月",
     "支持对接征信",
     "免费维护6个月，仅修复bug；政策调整另收费；工作日9:00-17:00，次日响应；维保期满后1万元/年",
     "授权使用，绑定服务器",
     "不含税，折含税178,540元"],
    [5, ABH, "两家打包，不拆分", "两家打包总价39.8万元（须两家共同签约，不拆分单家价格）", "含税",
     "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理",
     "系统按等保三级标准设计开发，可协助客户完成等保测评",
     "加密：SM4（身份证号、手机号）；传输：HTTPS；权限：RBAC；日志：12个月",
     "人行征信中心、百行征信",
     "免费维护12个月，含小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；维保期满后两家合计2.2万元/年；写入合同",
     "完整源码",
     "打包价未拆分，按58%测算本公司承担230,840元"],
]
J1_SISTER_HEAD = ["序号", "供应商", "报价（林口公司配置）", "计税", "林口公司配置说明", "林口公司综合部备注"]
J1_SISTER = [
    [1, SX, "18.6万元", "含税", "功能模块同穆棱公司；用户数30个（穆棱公司60个）", ""],
    [2, LL, "每套21.8万元（两家同时签约）", "含税", "同穆棱公司", "与穆棱公司同一报价单"],
    [3, XL, "17.2万元", "含税", "功能模块同穆棱公司，不含历史数据迁移", ""],
    [4, MS, "13.6万元", "不含税（增值税13%另计）", "同穆棱公司", ""],
    [5, ABH, "两家打包总价39.8万元（见穆棱公司页）", "含税", "—", "不拆分"],
]
J1_ALLOC_HEAD = ["供应商", "穆棱公司报价（元）", "林口公司报价（元）", "两家合计（元）", "穆棱公司分摊额（58%，元）", "林口公司分摊额（42%，元）",
                 "穆棱分摊额是否在25万元预算内", "财务部备注"]
J1_ALLOC = [
    [SX, 239000, 186000, 425000, 246500, 178500, "是", ""],
    [LL, 218000, 218000, 436000, 252880, 183120, "否", "两家同时签约每套21.8万元"],
    [XL, 206000, 172000, 378000, 219240, 158760, "是", ""],
    [MS, 178540, 153680, 332220, 192687.6, 139532.4, "是", "报价不含税，已按13%折算含税"],
    [ABH, "—", "—", 398000, 230840, 167160, "是", "打包价未拆分，按合计测算"],
]
J1_NOTES = [
    "个人信用贷系统源码联合采购　费用测算及分摊工作簿",
    "",
    f"编制单位：{BUYER1}　财务部　　编制人：关海燕　　日期：2025-12-02",
    "",
    f"一、采购安排：本公司与{SISTER1}（同为{HOLD1}控股子公司）联合询价。两家按各自业务规模确定配置，各自独立部署、"
    "各自与供应商签订合同并付款。",
    "二、各页说明：",
    "1. “穆棱公司（本公司）”页：各供应商对本公司配置的书面报价及条款，摘自各家报价单原文。本公司比选以此页为准。",
    "2. “林口公司”页：各供应商对林口公司配置的报价，由林口公司综合部提供，仅供核对。",
    "3. “分摊测算”页：财务部按控股公司要求，将两家报价合计按2025年6月末贷款余额比例（穆棱58%、林口42%）测算的预算分摊额，"
    "仅用于控股公司预算口径，不作为合同价。",
    "三、各家报价口径不一：依兰三姓、汤原香兰、萝北名山按单家公司分别报价；讷河老莱按两家联合采购报每套单价；集贤安邦河只报两家打包总价，未拆分。",
]


def build_zzzj01():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "说明"
    for r, line in enumerate(J1_NOTES, start=1):
        if line:
            put_row(ws0, r, [line], border=False, font=TITLE if r == 1 else None)
    widths(ws0, [120])

    ws = wb.create_sheet("穆棱公司（本公司）")
    n = len(J1_HEAD)
    put_row(ws, 1, ["穆棱公司（本公司）配置　各供应商报价及条款（摘自各家报价单原文）"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    put_row(ws, 2, J1_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(J1_ROWS, start=3):
        put_row(ws, i, row)
        ws.cell(row=i, column=n).fill = YELLOW
        ws.row_dimensions[i].height = 92
    widths(ws, [6, 24, 14, 30, 16, 36, 30, 32, 16, 44, 18, 24])
    ws.freeze_panes = "C3"

    ws2 = wb.create_sheet("林口公司")
    m = len(J1_SISTER_HEAD)
    put_row(ws2, 1, [f"林口公司配置　各供应商报价（{SISTER1}综合部提供，仅供核对）"], font=TITLE, border=False, align=CENTER)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=m)
    put_row(ws2, 2, J1_SISTER_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(J1_SISTER, start=3):
        put_row(ws2, i, row)
        ws2.row_dimensions[i].height = 30
    widths(ws2, [6, 26, 30, 22, 36, 22])

    ws3 = wb.create_sheet("分摊测算")
    k = len(J1_ALLOC_HEAD)
    put_row(ws3, 1, ["两家联合采购　预算分摊测算（财务部）"], font=TITLE, border=False, align=CENTER)
    ws3.merge_cells(start_row=1, start_column=1, end_row=1, end_column=k)
    put_row(ws3, 2, ["分摊比例按2025年6月末贷款余额：穆棱公司58%，林口公司42%。分摊额＝两家报价合计×分摊比例，仅用于控股公司预算口径，不作为合同价；"
                     "萝北名山报价不含税，已按13%折算含税后计算。"], border=False)
    ws3.merge_cells(start_row=2, start_column=1, end_row=2, end_column=k)
    ws3.row_dimensions[2].height = 30
    put_row(ws3, 3, J1_ALLOC_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(J1_ALLOC, start=4):
        put_row(ws3, i, row)
        for c in range(2, 7):
            if isinstance(row[c - 1], (int, float)):
                ws3.cell(row=i, column=c).number_format = "#,##0.00"
    widths(ws3, [26, 16, 16, 16, 20, 20, 18, 26])
    _save(wb, J1_NAME)

    comment = """Voice: 穆棱八面通小额贷款有限公司 (穆棱, personal credit loans to salaried workers, forestry and border-trade staff in 穆棱 and
  八面通, no cross-border lending; the type's band is 18–25万). Its finance department (关海燕) keeps the workbook of a joint inquiry
  with the sister company 林口莲花湖小额贷款 (both held by 黑龙江穆林控股): each company chooses its own configuration, deploys its own
  system and signs its own contract; the holding company wants the cost split by loan balance for its budget.
Layout: .xlsx, four sheets. 说明: a text sheet (title, 编制单位 line, "一、采购安排：…各自独立部署、各自与供应商签订合同并付款", "二、各页说明" in
  three numbered lines — "穆棱公司（本公司）" is this company's quotes "本公司比选以此页为准", "林口公司" the sister's prices "仅供核对",
  "分摊测算" the finance's split "仅用于控股公司预算口径，不作为合同价" — and "三、各家报价口径不一…"). 穆棱公司（本公司）: title row 1, header row
  2 序号 | 供应商 | 报价口径 | 报价（本公司配置） | 计税 | 功能模块（本公司配置） | 等保三级 | 数据安全（加密/传输/权限/日志） | 征信接口 | 售后服务 |
  源码交付 | 财务部备注 (yellow), five vendor rows 3–7. 林口公司: title, header 序号 | 供应商 | 报价（林口公司配置） | 计税 | 林口公司配置说明 |
  林口公司综合部备注, five rows. 分摊测算: title, a note row, header 供应商 | 穆棱公司报价（元） | 林口公司报价（元） | 两家合计（元） | 穆棱公司分摊额
  （58%，元） | 林口公司分摊额（42%，元） | 穆棱分摊额是否在25万元预算内 | 财务部备注, five rows of figures.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor row of the 穆棱公司（本公司） sheet — the vendors' words for this company's configuration. The 林口公司
  sheet is the sister company's configuration and prices, "仅供核对": no quote of this buyer's and no term of one (like another
  business line's sheet, "reference prices, listed, never earlier rounds"). The 分摊测算 sheet is the finance department's
  arithmetic (a total over both companies times 58 %): never a price — "a column the buyer worked out ('（…测算）') is no price", the
  department's rows "listed (skip.buyer_computation)". 财务部备注 is the buyer's. The 说明 sheet is a notes sheet. Five quotes.
Traps: the decisive one is 讷河老莱's price. Its cell opens "43.6万元（两家联合采购，两套合计：穆棱公司、林口公司各部署一套，每套21.8万元）；如单独
  签约，每套23.6万元" and the finance's 分摊测算 puts this company's share of it at 252,880 ("否": over the 25万 budget) against 依兰三姓's
  246,500 ("是"). A reader who takes the 两套合计 (436,000, far over 18–25万) or the 58 % share as 老莱's price, and the finance's
  remark with it, ranks 三姓 (23.9万 含税, every gate proved) first: CARELESS TOP PICK 依兰三姓数科有限公司. But 43.6万 is two systems,
  one for each company, and this buyer buys one: "29.8万/套，两套（生产+灾备）共59.6万 is one set's price when the total is that many
  sets" — 218,000 含税 in this joint purchase (the 优惠 price offered wins over the 单独签约 23.6万; were it 236,000, 老莱 would still be
  inside the band and first). The share is a budget figure built from a total that holds the sister's configuration. The careful
  pick is 讷河老莱: 218,000 含税 inside 18–25万, "已取得等保三级（备案证明编号23028143012-24003，2024年取得），定级对象：老莱个贷业务系统", SM4 on
  身份证号/手机号, TLS1.2, 按岗位角色授权, 12-month logs with tracing, 人行 + 百行, every personal-credit must-have and anti-fraud, 12 months
  with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 1.8万 a year per set, "以上承诺写入各公司合同",
  full unencrypted source. 依兰三姓 passes but is worse: 239,000 含税, "技术支持5×8（工作日8:30-17:00），4小时内响应", 2.4万 a year.
  汤原香兰 (206,000 含税) is "三级测评中，预计2026年3月取得备案证明" — in progress: mlps false, claimed, UNVERIFIED. 萝北名山 fails: "二级（已
  备案），三级暂无计划" (a stated no); "15.8万元" "不含税（增值税13%另计）" = 178,540; no anti-fraud; AES; 3-month logs; "支持对接征信" (claimed); 6
  months bug fixes only; policy "另收费"; office hours; next day; "授权使用，绑定服务器" (licence only). 集贤安邦河 only quotes "两家打包总价
  39.8万元（须两家共同签约，不拆分单家价格）" and its 等保 is "系统按等保三级标准设计开发，可协助客户完成等保测评" — a claim: UNVERIFIED whatever its
  price is taken to be (none of the readings is under 10万).
Not settled and not asserted: 安邦河's price (the package not split: 398,000 for both, half of it, the finance's 230,840, or unknown)
  and its yearly fee ("维保期满后两家合计2.2万元/年"), hence its price flags; whether 老莱's joint-signing condition ("两家联合采购…如单独签约…")
  raises a conditional flag on its price (the price itself is asserted); 名山's yearly fee (1万 in a quote priced before tax: with or
  without VAT), the standing of its "仅修复bug" and "另收费" (false either way) and its consulting and contract (it says nothing:
  unknown); the VALUE of 安邦河's 等保 (a design claim recorded true-as-claimed or false) and whether no_mlps_level3 rides beside it or
  beside 香兰's level in progress; how the 林口公司 and 分摊测算 sheets and the 说明 sheet are reported as left out. None moves a gate or
  the pick."""
    vendors = [
        dict(vendor=LL, gate="pass", price=218000,
             why="穆棱公司（本公司） row 4, 讷河老莱: '43.6万元（两家联合采购，两套合计：穆棱公司、林口公司各部署一套，每套21.8万元）；如单独签约，每套23.6万元' | '含税' — two sets, one for each company; this buyer's own set is 218,000 inside 18–25万 (never the 436,000 of both, nor the finance's 58 % share 252,880 on 分摊测算). '已取得等保三级（备案证明编号23028143012-24003，2024年取得），定级对象：老莱个贷业务系统'; SM4 (身份证号、手机号); HTTPS（TLS1.2）; 按岗位角色授权; 日志12个月 with tracing; 人行 + 百行; 征信对接、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理; 每套免费维护12个月 含bug修复及小版本升级; 政策 免费; 7×24, 2小时内; 终身咨询; 每套1.8万元/年; '以上承诺写入各公司合同'; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=_minus(ALL_BAD_AF, "conditional")),
        dict(vendor=SX, gate="pass", price=239000,
             why="穆棱公司（本公司） row 3, 依兰三姓: '23.9万元' | '含税（13%增值税专用发票）' = 239,000 inside 18–25万 (the finance's 分摊 246,500 is its arithmetic). '已取得等保三级，备案证明编号23012343009-24006（2024年9月取得），定级对象：三姓个人信贷管理系统'; SM4 (身份证号、手机号、银行卡号); 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 个人征信查询、风控模型（评分卡）、反欺诈规则引擎、还款管理、风控审批流、用户管理; 免费维护12个月 含小版本升级; 政策 免费; '技术支持5×8（工作日8:30-17:00），4小时内响应' (no 7×24, 4 h); 终身咨询; 2.4万元/年; 写入合同; 完整源码 无加密. Worse than 老莱 on support and response, dearer.",
             values=_vals(support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["no_7x24", "response_over_2h"],
             flex=_minus(WORSE_PASS_EX, "no_7x24") + ["maintenance_excludes_upgrades", "policy_adaptation_charged",
                                                       "conditional", "unverified", "no_anti_fraud"]),
        dict(vendor=XL, gate="unverified", price=206000,
             why="穆棱公司（本公司） row 5, 汤原香兰: '20.6万元' | '含税' = 206,000 inside 18–25万. 等保 '三级测评中，预计2026年3月取得备案证明' — in progress: mlps false, claimed, UNVERIFIED. Otherwise stated and good: 个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理; SM4; HTTPS; 角色权限管理; 日志12个月; 百行征信、朴道征信; 免费维护12个月 含小版本升级; 政策适配免费; 7×24, 2小时内; 终身咨询; 2万元/年; 写入合同; '完整源码，可二次开发'.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=MS, gate="fail", price=178540,
             why="穆棱公司（本公司） row 6, 萝北名山: '二级（已备案），三级暂无计划' — level 2 today, no plan under way: a stated no, FAIL. '15.8万元' | '不含税（增值税13%另计）' = 158,000 × 1.13 = 178,540. 个人征信查询、风控模型、还款管理、风控审批、用户管理 — no anti-fraud. AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信' (claimed); '免费维护6个月，仅修复bug'; '政策调整另收费'; '工作日9:00-17:00，次日响应' (no 7×24, 24 h); '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "repayment_management", "risk_approval", "user_management"],
             fex=AF + BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_licence_only", "claimed", "no_anti_fraud"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "bloat_features", "source_partial"]),
        dict(vendor=ABH, gate="unverified",
             why="穆棱公司（本公司） row 7, 集贤安邦河: '两家打包总价39.8万元（须两家共同签约，不拆分单家价格）' | '含税' — this buyer's own price is not given (not asserted: 398,000 for both, half, the finance's 230,840 or unknown; none under 10万). 等保 '系统按等保三级标准设计开发，可协助客户完成等保测评' — a design claim and help with an assessment: claimed, UNVERIFIED. Otherwise: 个人征信、风控模型、反欺诈、还款管理、审批流、用户管理; SM4 (身份证号、手机号); HTTPS; RBAC; 日志12个月; 人行 + 百行; 免费维护12个月 含小版本升级; 政策适配免费; 7×24, 2小时内; 终身咨询; 写入合同; 完整源码.",
             values=_vals("mlps_level3", response_hours=2, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "no_sm4", "no_tls", "no_access_control",
                   "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "no_anti_fraud"]),
    ]
    write_toml(J1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [J1_NAME], LL,
               "讷河老莱 quotes two sets for the two sister companies, 21.8万 each (含税) in the joint purchase: this buyer's own set is 218,000 inside 18–25万 — the 43.6万 of both and the finance department's 58 % share (252,880) are not its price. It proves every gate (备案证明编号23028143012-24003 for its 个贷业务系统, SM4, TLS1.2, role-based access, 12-month logs, 人行 + 百行), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in each company's contract, full source. 依兰三姓 (239,000, first by the share) passes with 5×8 support and a 4-hour response; 汤原香兰's level 3 is still being assessed and 集贤安邦河 only claims it (unverified); 萝北名山 is 等保二级 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzj_02  消费分期 — a 腾讯文档 shared sheet of two group companies, three columns per vendor, CSV in GBK
# ---------------------------------------------------------------------------------------------
J2_NAME = "zzzj_02_ci_tengxun_wendang_fen_gongsi_zilie_gbk.csv"
BUYER2 = "呼图壁雀儿沟小额贷款有限公司"
SISTER2 = "玛纳斯碧玉小额贷款有限公司"
GROUP2 = "新疆准东控股集团有限公司"
JBLK = "奇台江布拉克数科有限公司"
CZG = "木垒菜籽沟软件有限公司"
BT = "吉木萨尔北庭信息技术有限公司"
BGD = "阜康博格达网络科技有限公司"

J2_VENDORS = [JBLK, CZG, BT, BGD]
J2_SUB = ["呼图壁（本公司）", "玛纳斯", "经办备注"]
# item -> one (呼图壁, 玛纳斯, 经办备注) triple per vendor, in J2_VENDORS order
J2_ITEMS = [
    ("报价",
     ("报价合计37.4万元（含税），其中：一期（呼图壁公司消费分期系统，独立部署）24.6万元；二期（2026年下半年，玛纳斯公司部署接入，"
      "由玛纳斯公司另行签约）12.8万元", "二期12.8万元（见左列）", "二期是我们的，明年再定（玛纳斯 刘春梅）"),
     ("26.8万元", "22.6万元", ""),
     ("集团共享平台：平台授权费26万元（集团统一签约，两家共用）＋子公司接入实施费3.6万元/家", "子公司接入实施费3.6万元", "平台费集团承不承担还没定（苏力坦）"),
     ("19.8万元", "17.5万元", "")),
    ("计税",
     ("含税", "同左", ""),
     ("含税（13%专票）", "同左", ""),
     ("含税", "同左", ""),
     ("不含税（增值税13%另计）", "同左", "不含税")),
    ("功能模块",
     ("商品管理、分期计算器、订单跟踪、风控审批、还款管理（还款计划、逾期提醒）、用户管理", "同左", ""),
     ("商品管理、分期计算器（分期试算）、订单状态跟踪、风控审批、还款管理、用户管理", "同左", ""),
     ("商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪列入二期开发，届时另行报价", "同左", "订单跟踪没有"),
     ("商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "同左", "")),
    ("等保三级",
     ("已取得等保三级，备案证明编号65232543010-24007（2024年10月取得），定级对象：江布拉克消费分期管理系统", "同左", ""),
     ("已取得（备案证明编号65232843006-23015，2023年取得）", "同左", ""),
     ("已取得等保三级（备案证明编号65232743002-24011）", "同左", ""),
     ("三级测评中，预计2026年4月取得备案证明", "同左", "还没下证")),
    ("数据安全",
     ("SM4加密（身份证号、手机号、银行卡号）；全站HTTPS；RBAC角色权限；操作日志保存12个月", "同左", ""),
     ("SM4（身份证号、手机号）；HTTPS；角色权限；日志12个月", "同左", ""),
     ("SM4；HTTPS；RBAC；日志6个月", "同左", ""),
     ("SM4（身份证号、手机号）；HTTPS；权限管理（角色）；日志12个月", "同左", "")),
    ("征信接口",
     ("人行征信中心、百行征信", "同左", ""),
     ("百行征信", "同左", ""),
     ("人行征信中心、百行征信", "同左", ""),
     ("百行征信", "同左", "")),
    ("免费维护及范围",
     ("免费维护12个月，含bug修复及小版本升级", "同左", ""),
     ("免费维护12个月，仅缺陷修复，小版本升级另计", "同左", ""),
     ("免费维护12个月，含小版本升级", "同左", ""),
     ("免费维护12个月，含bug修复及小版本升级", "同左", "")),
    ("监管政策适配",
     ("免费适配", "同左", ""),
     ("免费", "同左", ""),
     ("一般调整免费，重大政策调整另行报价", "同左", ""),
     ("免费", "同左", "")),
    ("技术支持及响应",
     ("7×24小时，2小时内响应", "同左", ""),
     ("7×24小时，4小时内响应", "同左", ""),
     ("7×24小时，2小时内响应", "同左", ""),
     ("7×24小时，2小时内响应", "同左", "")),
    ("终身技术咨询",
     ("提供", "同左", ""),
     ("提供", "同左", ""),
     ("提供", "同左", ""),
     ("提供", "同左", "")),
    ("维保期满后年费",
     ("2.6万元/年", "二期上线后另计", ""),
     ("3.2万元/年", "2.8万元/年", ""),
     ("平台年服务费3万元（集团承担）＋子公司0.5万元/家/年", "0.5万元/年", ""),
     ("2.2万元/年", "同左", "")),
    ("写入合同",
     ("是", "同左", ""),
     ("是", "同左", ""),
     ("是", "同左", ""),
     ("是", "同左", "")),
    ("源码交付",
     ("完整源码，无加密，可二次开发", "同左", ""),
     ("完整源码", "同左", ""),
     ("平台源码交付集团，子公司按授权使用", "同左", ""),
     ("完整源码，可二次开发", "同左", "")),
]


def build_zzzj02():
    width = 1 + 3 * len(J2_VENDORS)

    def line(first, rest=()):
        out = [first] + list(rest)
        return out + [""] * (width - len(out))

    head1 = ["比较项目"]
    for v in J2_VENDORS:
        head1 += [v, "", ""]
    head2 = [""] + J2_SUB * len(J2_VENDORS)
    rows = [
        line(f"消费分期系统源码联合询价　报价对照表（{BUYER2} / {SISTER2}）"),
        line("腾讯文档在线表格，两家共同维护。每家供应商三列：“呼图壁（本公司）”“玛纳斯”两列按该供应商书面报价单原文摘录对各公司的报价及条款，"
             "“经办备注”列为两家经办人所加。两家各自签约、各自部署、各自付款。导出：2025-12-03　呼图壁公司信息科技部 苏力坦"),
        head1,
        head2,
    ]
    for item, *triples in J2_ITEMS:
        cells = [item]
        for t in triples:
            cells += list(t)
        rows.append(cells)
    rows += [
        [""] * width,
        line("注1：“同左”指与该供应商“呼图壁（本公司）”列内容相同。"),
        line(f"注2：吉木萨尔北庭的平台授权费是否由{GROUP2}统一承担，集团财务部尚未答复。"),
    ]
    write_csv(J2_NAME, rows, "gbk")

    comment = """Voice: 呼图壁雀儿沟小额贷款有限公司 (呼图壁, consumer instalments for farm machinery, motorbikes and phones sold by dealers around
  呼图壁 and 昌吉, no cross-border business; the type's band is 20–30万) and its sister 玛纳斯碧玉小额贷款 (both under 新疆准东控股集团)
  asked the same four vendors together and keep one 腾讯文档 sheet; 呼图壁's IT clerk (苏力坦) exported it and saved it from Excel as
  CSV (GBK, CRLF, thirteen fields a line). Each company signs, deploys and pays on its own.
Layout: CSV in GBK. Line 1 the title; line 2 the note ("每家供应商三列：“呼图壁（本公司）”“玛纳斯”两列按该供应商书面报价单原文摘录对各公司的报价
  及条款，“经办备注”列为两家经办人所加。两家各自签约、各自部署、各自付款"); line 3 比较项目 and each vendor's full name over the first of its
  three columns (the other two empty); line 4 "呼图壁（本公司）" | "玛纳斯" | "经办备注" under every vendor; lines 5–17 one item each (报价, 计税,
  功能模块, 等保三级, 数据安全, 征信接口, 免费维护及范围, 监管政策适配, 技术支持及响应, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付), the 玛纳斯
  cells mostly "同左"; an empty line; two footnotes (注1 "同左" means the 呼图壁 column; 注2 the group has not said whether it bears
  吉木萨尔北庭's platform fee).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, read from its "呼图壁（本公司）" column — the vendor's words for this company. The "玛纳斯" columns are
  the sister company's prices and terms (another company's purchase: no quote of this buyer's, no term of one), and the "经办备注"
  columns are the two clerks' remarks (the buyer's side, never the vendor's). The title, the note and the footnotes are notes. Four
  quotes.
Traps: the decisive one is 奇台江布拉克's price. Its 呼图壁 cell opens "报价合计37.4万元（含税）" — over the 20–30万 band — and a reader who
  takes the 合计 ranks 木垒菜籽沟 (26.8万 含税, every gate proved) first: CARELESS TOP PICK 木垒菜籽沟软件有限公司. But the same cell
  splits the 合计 by phase and company: "一期（呼图壁公司消费分期系统，独立部署）24.6万元；二期（2026年下半年，玛纳斯公司部署接入，由玛纳斯公司另行
  签约）12.8万元". The second phase is the sister company's system under its own contract — like a bid for another lot or another
  business line ("a vendor bidding on both keeps its system bid, and the buyer's '两包合计' is no price"), it is no part of what
  this buyer pays: 246,000 含税. The careful pick is 奇台江布拉克: 246,000 inside 20–30万, "已取得等保三级，备案证明编号65232543010-24007
  （2024年10月取得），定级对象：江布拉克消费分期管理系统", SM4 on 身份证号/手机号/银行卡号, 全站HTTPS, RBAC, 12-month logs, 人行 + 百行, 商品管理、
  分期计算器、订单跟踪、风控审批、还款管理（还款计划、逾期提醒）、用户管理, 12 months with minor upgrades, free policy adaptation, 7×24 within 2
  hours, lifetime consulting, 2.6万 a year, in the contract, full unencrypted source. 木垒菜籽沟 passes but is worse: 268,000 含税, 百行
  only, "免费维护12个月，仅缺陷修复，小版本升级另计", 4 hours, 3.2万 a year. 阜康博格达 is "三级测评中，预计2026年4月取得备案证明" — in progress:
  mlps false, claimed, UNVERIFIED; "19.8万元" "不含税（增值税13%另计）" = 223,740. 吉木萨尔北庭 quotes a group platform — "平台授权费26万元
  （集团统一签约，两家共用）＋子公司接入实施费3.6万元/家" — and "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪列入二期开发，届时另行报价":
  a must-have put off to a later phase is not in this delivery (missing): it FAILS whatever its price is taken to be.
Not settled and not asserted: 北庭's price for this buyer (296,000 if it bore the platform alone, 36,000 for the access only, a
  share of the platform, or unknown while the group has not answered), hence its price flags, and its yearly fee ("平台年服务费3万元
  （集团承担）＋子公司0.5万元/家/年") and source delivery ("平台源码交付集团，子公司按授权使用": full for the group, a licence for this company,
  or unknown); 博格达's yearly fee (2.2万 in a quote priced before tax: with or without VAT); the standing of 菜籽沟's "仅缺陷修复，小版本升级
  另计" (false either way) and whether it raises a conditional flag; whether no_mlps_level3 rides beside 博格达's level in progress; how
  the 玛纳斯 and 经办备注 columns and the notes are reported as left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=JBLK, gate="pass", price=246000,
             why="line 5, 奇台江布拉克 / 呼图壁（本公司）: '报价合计37.4万元（含税），其中：一期（呼图壁公司消费分期系统，独立部署）24.6万元；二期（2026年下半年，玛纳斯公司部署接入，由玛纳斯公司另行签约）12.8万元' — the second phase is the sister company's own purchase: this buyer's price is 246,000 inside 20–30万 (never the 374,000 of both). '已取得等保三级，备案证明编号65232543010-24007（2024年10月取得），定级对象：江布拉克消费分期管理系统'; SM4 (身份证号、手机号、银行卡号); 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内; 终身咨询; 2.6万元/年; 写入合同 是; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=CZG, gate="pass", price=268000,
             why="木垒菜籽沟 / 呼图壁（本公司）: '26.8万元' | '含税（13%专票）' = 268,000 inside 20–30万 (the 玛纳斯 22.6万 is the sister's). '已取得（备案证明编号65232843006-23015，2023年取得）' under 等保三级; SM4 (身份证号、手机号); HTTPS; 角色权限; 日志12个月; 百行征信; 商品管理、分期计算器（分期试算）、订单状态跟踪、风控审批、还款管理、用户管理; '免费维护12个月，仅缺陷修复，小版本升级另计'; 政策 免费; 7×24, 4小时内; 终身咨询; 3.2万元/年; 写入合同 是; 完整源码. Worse than 江布拉克 on upgrades, response and fee, and dearer.",
             values=_vals(maintenance_includes_upgrades=False, response_hours=4, annual_fee_after_warranty_cny=32000,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "response_over_2h"],
             flex=WORSE_PASS_EX + ["policy_adaptation_charged", "unverified"]),
        dict(vendor=BGD, gate="unverified", price=223740,
             why="阜康博格达 / 呼图壁（本公司）: '19.8万元' | '不含税（增值税13%另计）' = 198,000 × 1.13 = 223,740 inside 20–30万. 等保 '三级测评中，预计2026年4月取得备案证明' — in progress: mlps false, claimed, UNVERIFIED. Otherwise stated and good: 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; SM4 (身份证号、手机号); HTTPS; 权限管理（角色）; 日志12个月; 百行征信; 免费维护12个月 含bug修复及小版本升级; 政策 免费; 7×24, 2小时内; 终身咨询; 写入合同 是; '完整源码，可二次开发'.",
             values=_vals(mlps_level3=False, response_hours=2, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=BT, gate="fail",
             why="吉木萨尔北庭 / 呼图壁（本公司）: '商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪列入二期开发，届时另行报价' — order tracking is not in this delivery: missing, FAIL. Its price — '集团共享平台：平台授权费26万元（集团统一签约，两家共用）＋子公司接入实施费3.6万元/家' | '含税' — is not asserted (what this buyer bears of a group platform is not settled; the group has not answered). '已取得等保三级（备案证明编号65232743002-24011）'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 人行 + 百行; 免费维护12个月 含小版本升级; '一般调整免费，重大政策调整另行报价' (conditional); 7×24, 2小时内; 终身咨询; 写入合同 是.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, response_hours=2),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have", "policy_adaptation_charged", "conditional"],
             flex=["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "claimed"]),
    ]
    write_toml(J2_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [J2_NAME], JBLK,
               "奇台江布拉克's 37.4万 is this company's first phase, 24.6万, plus the sister company's second phase, 12.8万, which 玛纳斯 signs for itself: this buyer's price is 246,000 含税 inside 20–30万. It proves every gate (备案证明编号65232543010-24007 for its 消费分期管理系统, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), lists every instalment must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 木垒菜籽沟 (268,000) passes with bug fixes only and a 4-hour response; 阜康博格达's level 3 is still being assessed (unverified); 吉木萨尔北庭's group platform leaves 订单跟踪 to a later phase (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzj_03  商户经营贷 — a participant's 比选底稿 of a joint inquiry: 报价汇总 + the lead's 分主体服务承诺 (long table)
# ---------------------------------------------------------------------------------------------
J3_NAME = "zzzj_03_ml_qiantoufang_fen_zhuti_fuwu_chengnuo.xlsx"
BUYER3 = "温宿托木尔小额贷款有限公司"
LEAD3 = "库车龟兹小额贷款有限公司"
KZE = "拜城克孜尔数科有限公司"
GD = "沙雅古渡信息技术有限公司"
WG = "新和渭干软件有限公司"
YQ = "乌什燕泉网络科技有限公司"
CRM = "阿瓦提长绒棉数科有限公司"

J3_NOTES = [
    "商户经营贷系统源码联合询价　比选底稿（温宿公司版）",
    "",
    f"编制：{BUYER3}　信息科技部 于洪涛　　日期：2025-12-04",
    "",
    f"一、本次联合询价由{LEAD3}（以下简称库车公司）牵头组织。两家各自独立部署（库车公司部署于库车机房，本公司部署于温宿机房），"
    "各自与供应商签订合同。",
    "二、“报价汇总”页：各供应商书面报价单中对两家配置的报价；“牵头方比选意见”为库车公司比选小组意见。",
    "三、“分主体服务承诺”页：牵头方要求各供应商填写的《分主体服务承诺表》，按原文录入；每项承诺注明适用主体（两家通用 / 库车公司（牵头方） / 温宿公司）。",
    "四、本底稿用于本公司比选。",
]
J3_HEAD = ["序号", "供应商", "库车公司（牵头方）配置报价", "温宿公司（本公司）配置报价", "计税", "功能模块（两家配置相同）", "源码交付",
           "牵头方比选意见", "本公司信息科技部备注"]
J3_ROWS = [
    [1, KZE, "34.8万元", "31.6万元", "含税",
     "企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理", "完整源码，无加密，可二次开发",
     "综合第二", ""],
    [2, GD, "33.6万元", "27.8万元", "含税",
     "企业征信、银行流水分析、电子合同、风控审批流、还款管理（还款计划、逾期提醒）、用户管理", "完整源码，可二次开发",
     "综合第一，建议两家均选用", "价格最低；有备案号；库车公司现用系统即其承建"],
    [3, WG, "31.5万元", "29.5万元", "不含税，增值税6%另计",
     "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理", "完整源码",
     "综合第三", ""],
    [4, YQ, "26.8万元", "24.6万元", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "授权使用，绑定域名",
     "等保不满足", ""],
    [5, CRM, "28.8万元", "不报价（我司不承接温宿县部署项目，仅对库车公司报价）", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理（仅库车公司）", "完整源码",
     "综合第四", "对本公司未报价"],
]
COMMON = "两家通用"
KC = "库车公司（牵头方）"
WS = "温宿公司"
J3_COMMIT_HEAD = ["序号", "供应商", "承诺事项", "适用主体", "供应商填写内容（原文）", "证明材料"]
J3_COMMIT = [
    (KZE, [
        ("等保三级", COMMON, "已取得等保三级，备案证明编号65292643008-24010（2024年6月取得），定级对象：克孜尔经营贷业务管理系统", "备案证明扫描件"),
        ("数据安全", COMMON, "身份证号、手机号、银行卡号SM4加密；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月", ""),
        ("征信接口", COMMON, "已对接人行企业征信系统、百行征信", ""),
        ("免费维护", COMMON, "免费维护12个月，含bug修复及小版本升级", ""),
        ("监管政策适配", COMMON, "监管政策调整免费适配", ""),
        ("技术支持及响应", COMMON, "7×24小时，2小时内响应，南疆片区指定工程师", ""),
        ("终身技术咨询", COMMON, "提供", ""),
        ("维保期满后年费", COMMON, "每家2.8万元/年", ""),
        ("写入合同", COMMON, "以上承诺分别写入两家合同", ""),
    ]),
    (GD, [
        ("等保三级", KC, "库车公司部署环境已取得等保三级备案证明，编号65292343011-25004（2025年3月取得），定级对象：龟兹小贷信贷业务系统（我司承建）",
         "备案证明扫描件"),
        ("等保三级", WS, "温宿公司新建独立部署，按等保三级标准建设；等保定级备案及测评由温宿公司自行委托测评机构办理，我司配合整改", ""),
        ("数据安全", COMMON, "SM4加密（身份证号、手机号、银行卡号）；HTTPS；RBAC；日志保存12个月", ""),
        ("征信接口", COMMON, "人行征信中心、百行征信", ""),
        ("免费维护", COMMON, "免费维护18个月，含bug修复及小版本升级", ""),
        ("监管政策适配", COMMON, "免费", ""),
        ("技术支持及响应", KC, "7×24小时驻场运维，1小时内响应", ""),
        ("技术支持及响应", WS, "远程技术支持，工作日10:00-19:00（北京时间），4小时内响应；现场服务需提前预约", ""),
        ("终身技术咨询", COMMON, "提供", ""),
        ("维保期满后年费", COMMON, "2.4万元/年", ""),
        ("写入合同", COMMON, "是", ""),
    ]),
    (WG, [
        ("等保三级", COMMON, "已取得等保三级（备案证明编号65292543006-23012）", "备案证明复印件"),
        ("数据安全", COMMON, "SM4；HTTPS；角色权限；日志6个月", ""),
        ("征信接口", COMMON, "百行征信", ""),
        ("免费维护", COMMON, "免费维护12个月，仅缺陷修复，版本升级另计", ""),
        ("监管政策适配", COMMON, "一般调整免费，重大政策调整另行报价", ""),
        ("技术支持及响应", COMMON, "7×24小时，4小时内响应", ""),
        ("终身技术咨询", COMMON, "提供", ""),
        ("维保期满后年费", COMMON, "3万元/年", ""),
        ("写入合同", COMMON, "是", ""),
    ]),
    (YQ, [
        ("等保三级", COMMON, "二级（已备案），三级测评计划2026年启动", ""),
        ("数据安全", COMMON, "AES加密；HTTPS；角色权限；日志3个月", ""),
        ("征信接口", COMMON, "支持对接征信机构", ""),
        ("免费维护", COMMON, "免费维护6个月，仅修复bug", ""),
        ("监管政策适配", COMMON, "另行收费", ""),
        ("技术支持及响应", COMMON, "工作日9:30-18:00，次日响应", ""),
        ("终身技术咨询", COMMON, "不提供", ""),
        ("维保期满后年费", COMMON, "1万元/年", ""),
        ("写入合同", COMMON, "否", ""),
    ]),
    (CRM, [
        ("报价范围", WS, "我司不承接温宿县部署项目，不对温宿公司报价；以下承诺仅适用于库车公司", ""),
        ("等保三级", KC, "三级测评中，预计2026年2月取得", ""),
        ("数据安全", KC, "SM4；HTTPS；RBAC；日志12个月", ""),
        ("免费维护", KC, "免费维护12个月，含小版本升级", ""),
        ("技术支持及响应", KC, "7×24小时，2小时内响应", ""),
        ("写入合同", KC, "是", ""),
    ]),
]


def build_zzzj03():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "说明"
    for r, line in enumerate(J3_NOTES, start=1):
        if line:
            put_row(ws0, r, [line], border=False, font=TITLE if r == 1 else None)
    widths(ws0, [120])

    ws = wb.create_sheet("报价汇总")
    n = len(J3_HEAD)
    put_row(ws, 1, ["联合询价　报价汇总（摘自各供应商书面报价单）"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    put_row(ws, 2, J3_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(J3_ROWS, start=3):
        put_row(ws, i, row)
        ws.cell(row=i, column=n - 1).fill = YELLOW
        ws.cell(row=i, column=n).fill = YELLOW
        ws.row_dimensions[i].height = 48
    widths(ws, [6, 26, 16, 24, 18, 40, 22, 22, 26])
    ws.freeze_panes = "C3"

    ws2 = wb.create_sheet("分主体服务承诺")
    m = len(J3_COMMIT_HEAD)
    put_row(ws2, 1, ["分主体服务承诺表（牵头方统一格式，各供应商填写，按原文录入）"], font=TITLE, border=False, align=CENTER)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=m)
    put_row(ws2, 2, ["适用主体：两家通用＝对库车公司、温宿公司均适用；库车公司（牵头方）＝仅适用于库车公司部署；温宿公司＝仅适用于温宿公司部署。"],
            border=False)
    ws2.merge_cells(start_row=2, start_column=1, end_row=2, end_column=m)
    put_row(ws2, 3, J3_COMMIT_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for no, (vendor, items) in enumerate(J3_COMMIT, start=1):
        first = r
        for item, who, text, proof in items:
            put_row(ws2, r, [no if r == first else None, vendor if r == first else None, item, who, text, proof or None])
            for c in (1, 2, 6):
                ws2.cell(row=r, column=c).border = BOX
            ws2.row_dimensions[r].height = 32 if len(text) > 30 else 18
            r += 1
        ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws2.cell(row=first, column=1).alignment = CENTER
        ws2.cell(row=first, column=2).alignment = CENTER
    widths(ws2, [6, 26, 14, 18, 70, 16])
    ws2.freeze_panes = "C4"
    _save(wb, J3_NAME)

    comment = """Voice: 温宿托木尔小额贷款有限公司 (温宿, operating loans to cotton, walnut and apple traders and shops around 温宿 and 阿克苏, no
  cross-border business; the type's band is 25–35万) joined an inquiry led by 库车龟兹小额贷款 (牵头方). Each company deploys its own system
  in its own machine room and signs its own contract. 温宿's IT department (于洪涛) keeps this 比选底稿 for its own choice.
Layout: .xlsx, three sheets. 说明: a text sheet (title, 编制 line, four numbered lines: the lead ran the inquiry, "两家各自独立部署（库车公司
  部署于库车机房，本公司部署于温宿机房），各自与供应商签订合同"; what 报价汇总 holds and that its 牵头方比选意见 is the lead's panel's; what 分主体服务
  承诺 holds, "每项承诺注明适用主体（两家通用 / 库车公司（牵头方） / 温宿公司）"; "本底稿用于本公司比选"). 报价汇总: title row 1, header row 2
  序号 | 供应商 | 库车公司（牵头方）配置报价 | 温宿公司（本公司）配置报价 | 计税 | 功能模块（两家配置相同） | 源码交付 | 牵头方比选意见 | 本公司信息科技部备注
  (the last two yellow), five vendor rows. 分主体服务承诺: title, a legend row (适用主体 两家通用＝both; 库车公司（牵头方）＝only the lead's
  deployment; 温宿公司＝only this company's), header row 3 序号 | 供应商 | 承诺事项 | 适用主体 | 供应商填写内容（原文） | 证明材料, then each vendor's
  rows with its 序号 and name merged down them (9, 11, 9, 9 and 6 rows).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, its price from the 温宿公司（本公司） column of 报价汇总 (the 库车 column is the lead company's configuration)
  with that row's 计税, modules and source, joined by name with its rows of 分主体服务承诺 read as a long table (承诺事项 the item, 供应商填写内容
  the value) — the rows for 两家通用 and for 温宿公司 only; a row for 库车公司（牵头方） is a commitment to the lead company's deployment, no
  term of this buyer's (where a vendor wrote one row for each company, this buyer's row is its word to this buyer). 牵头方比选意见 and
  本公司信息科技部备注 are the buyers' side; 证明材料 names a document. 阿瓦提长绒棉 quoted the lead only — "不报价（我司不承接温宿县部署项目，仅对
  库车公司报价）", and in its commitments "不对温宿公司报价；以下承诺仅适用于库车公司": no quote for this buyer (like a vendor that declined on the
  line bought, "whatever it quoted on another line"). Four quotes.
Traps: the decisive one is 沙雅古渡's 等保 and service. The lead's panel ranks it 综合第一; at 27.8万 含税 for this company with 18 months
  and upgrades, and with a filing number and "7×24小时驻场运维，1小时内响应" in its commitments, a reader who takes every row of its block
  makes it the top pick: CARELESS TOP PICK 沙雅古渡信息技术有限公司. But both of those rows are 库车公司（牵头方）'s: the filing is
  "库车公司部署环境已取得等保三级备案证明，编号65292343011-25004…定级对象：龟兹小贷信贷业务系统（我司承建）" — the lead company's own system, a
  client's filing ("a client's … is a claim for the system offered; the gate waits for that system's own filing") — and its row for
  温宿公司 says "温宿公司新建独立部署，按等保三级标准建设；等保定级备案及测评由温宿公司自行委托测评机构办理，我司配合整改" (built to the standard,
  the assessment left to the buyer: a claim, UNVERIFIED), with "远程技术支持，工作日10:00-19:00（北京时间），4小时内响应；现场服务需提前预约" (no
  7×24, 4 hours). The careful pick is 拜城克孜尔: 316,000 含税 inside 25–35万, "已取得等保三级，备案证明编号65292643008-24010（2024年6月取得），
  定级对象：克孜尔经营贷业务管理系统" for both, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行, every merchant
  must-have, 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.8万 a year per company,
  "以上承诺分别写入两家合同", full unencrypted source. 新和渭干 passes but is worse on every count: "29.5万元" "不含税，增值税6%另计" = 312,700 (its
  stated 6 %), 6-month logs, 百行 only, "仅缺陷修复，版本升级另计", "重大政策调整另行报价" (conditional), 4 hours. 乌什燕泉 fails: "二级（已备案），
  三级测评计划2026年启动" (level 2 today; a plan is no assessment under way); 246,000 含税; AES; 3-month logs; "支持对接征信机构" (claimed); 6
  months bug fixes only; policy "另行收费"; office hours; next day; no consulting; not in the contract; "授权使用，绑定域名" (licence only).
Not settled and not asserted: the VALUE of 古渡's 等保 for this buyer (a claim recorded true-as-claimed or false) and whether
  no_mlps_level3 rides beside it; whether 古渡 also carries an unconfirmed question for the lead-only rows; 渭干's yearly fee (3万 in
  a quote priced before tax: with or without VAT) and the standing of its "仅缺陷修复，版本升级另计" (false either way); the standing of
  燕泉's "仅修复bug" and "另行收费" (false either way); how the lead-only rows, 阿瓦提长绒棉's block and the buyers' columns are reported as
  left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=KZE, gate="pass", price=316000,
             why="报价汇总 row 3, 拜城克孜尔: 温宿公司（本公司） '31.6万元' | '含税' = 316,000 inside 25–35万 (the 库车 34.8万 is the lead's configuration). 分主体服务承诺, every row 两家通用: '已取得等保三级，备案证明编号65292643008-24010（2024年6月取得），定级对象：克孜尔经营贷业务管理系统'; SM4 (身份证号、手机号、银行卡号); 全站HTTPS（TLS1.2）; RBAC; 日志12个月; 人行企业征信系统、百行征信; 企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定工程师; 终身咨询; 每家2.8万元/年; '以上承诺分别写入两家合同'; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=WG, gate="pass", price=312700,
             why="报价汇总 row 5, 新和渭干: 温宿公司（本公司） '29.5万元' | '不含税，增值税6%另计' = 295,000 × 1.06 = 312,700 inside 25–35万. 分主体服务承诺 (两家通用): '已取得等保三级（备案证明编号65292543006-23012）'; SM4; HTTPS; 角色权限; 日志6个月 (not under 6); 百行征信; 企业征信、流水分析、电子合同、风控审批、还款管理、用户管理; '免费维护12个月，仅缺陷修复，版本升级另计'; '一般调整免费，重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 写入合同 是; 完整源码. Worse than 克孜尔 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=GD, gate="unverified", price=278000,
             why="报价汇总 row 4, 沙雅古渡: 温宿公司（本公司） '27.8万元' | '含税' = 278,000 inside 25–35万. 分主体服务承诺: its filing row is 库车公司（牵头方）'s — '库车公司部署环境已取得等保三级备案证明…定级对象：龟兹小贷信贷业务系统（我司承建）', the lead company's own system — and its row for 温宿公司 reads '温宿公司新建独立部署，按等保三级标准建设；等保定级备案及测评由温宿公司自行委托测评机构办理，我司配合整改': claimed, UNVERIFIED. Support for 温宿公司: '远程技术支持，工作日10:00-19:00（北京时间），4小时内响应' (no 7×24, 4 h; the '7×24小时驻场运维，1小时内响应' is the lead's). 两家通用: SM4 (身份证号、手机号、银行卡号); HTTPS; RBAC; 日志12个月; 人行 + 百行; 免费维护18个月 含小版本升级; 政策 免费; 终身咨询; 2.4万元/年; 写入合同 是; modules 企业征信、银行流水分析、电子合同、风控审批流、还款管理、用户管理; '完整源码，可二次开发'.",
             values=_vals("mlps_level3", free_maintenance_months=18, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["claimed", "no_7x24", "response_over_2h"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor=YQ, gate="fail", price=246000,
             why="报价汇总 row 6 with 分主体服务承诺, 乌什燕泉: '二级（已备案），三级测评计划2026年启动' — level 2 today, a plan is no assessment under way: a stated no, FAIL. 温宿公司（本公司） '24.6万元' | '含税' = 246,000. All six merchant modules. AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信机构' (claimed); '免费维护6个月，仅修复bug'; 政策 '另行收费'; '工作日9:30-18:00，次日响应' (no 7×24, 24 h); 终身咨询 '不提供'; 写入合同 '否'; 1万元/年; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=10000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "bloat_features", "source_partial"]),
    ]
    write_toml(J3_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [J3_NAME], KZE,
               "拜城克孜尔 proves every gate for the system it delivers to both companies (备案证明编号65292643008-24010 for its 经营贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行), lists every merchant must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in each company's contract and full source, at 316,000 含税 inside 25–35万. 沙雅古渡 (the lead's 综合第一, 278,000) shows a filing and 7×24 on-site service that belong to the lead company's own deployment; for this company's new deployment it only builds to the standard and leaves the assessment to the buyer (a claim, unverified), with office-hours remote support and a 4-hour response. 新和渭干 passes at 312,700 and is worse on every count; 乌什燕泉 is 等保二级 (fail); 阿瓦提长绒棉 quoted the lead company only.",
               vendors)


if __name__ == "__main__":
    build_zzzj01()
    build_zzzj02()
    build_zzzj03()
