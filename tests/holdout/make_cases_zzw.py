"""Build the "zzw" case files (three multi-vendor cases, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE VENDORS' OWN QUOTATIONS, UPLOADED TOGETHER: each case is three or four
files, each file ONE vendor's own 报价单 / 报价函 / quotation in that vendor's own template and voice — a title block with the
company's name, 报价单号, 报价日期, 客户 (the buyer), a line-item table or a ● 标配 / ○ 选配 module list, a 合计 (some with 大写),
and the terms below in sentences. The buyer (a small-loan company) collected them and uploads them as they came.

zzw_01 — personal credit, buyer 义乌市稠城小额贷款股份有限公司: 慈溪上林 (.xlsx, software + a 硬件部分 of servers inside the
  合计), 德清莫干 (.xlsx, ● / ○ module list, a 标准价 and a 年末签约优惠价 "限2025年11月30日前签订合同", "以上报价均不含税" once
  at the very bottom), 太仓娄江 (.csv UTF-8, in ENGLISH: subtotal excl. VAT, VAT 6 %, Total incl. VAT, the risk model only as an
  optional module excl. VAT, valid 30 days from 28 Oct 2025).
zzw_02 — merchant loans, buyer 寿光市农圣小额贷款有限公司: 青州云门 (.xlsx, 大写/小写 合计), 诸城超然 (.csv in GBK, ● / ○ legend,
  the ○ must-haves priced only in a 选配明细 table under the 合计, "以上报价均不含税。" as the file's last line), 胶州少海 (.xlsx
  报价书, 等保 "三级测评中", valid 30 days from 20 Oct 2025), 龙口东莱 (.xlsx, 电子合同 "列入二期开发，届时另行报价").
zzw_03 — consumer instalments, buyer 石狮市鸿山小额贷款有限公司: 南安丰州 (.xlsx, TWO EDITIONS 标准版 / 专业版 side by side in one
  报价单), 福清玉融 (.xlsx 报价函, 等保 borrowed from its cloud, "以上报价均不含税（增值税13%另计）" at the bottom), 长乐航城 (.csv
  UTF-8 with BOM from its quoting system), 龙海月港 (.xlsx, a one-man studio's 限时特价).

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzw_0N_*.toml, written from the files' content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzw.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
BIG = Font(bold=True, size=16)
SMALL = Font(size=9, color="555555")
MONEY = "#,##0.00"


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _but(*keep):
    """ALL_BAD without the flags the analyst expects (or does not settle)."""
    return [f for f in ALL_BAD if f not in keep]


def line(ws, r, text, last_col, *, font=None, align=None, height=None):
    """One line of a letterhead or of the terms: the text in column A merged across the page."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = align or Alignment(wrap_text=True, vertical="top")
    if font:
        cell.font = font
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
    if height:
        ws.row_dimensions[r].height = height


def money(ws, r, cols):
    for c in cols:
        ws.cell(row=r, column=c).number_format = MONEY


# =============================================================================================
# zzw_01  个人信用贷 — 义乌市稠城小额贷款股份有限公司 uploads three vendors' own quotes
# =============================================================================================
C1_BUYER = "义乌市稠城小额贷款股份有限公司"
C1_A = "zzw_01_a_cixi_shanglin.xlsx"
C1_B = "zzw_01_b_deqing_mogan.xlsx"
C1_C = "zzw_01_c_taicang_loujiang_en.csv"
C1_TOML = "zzw_01_pc_sanjia_baojiadan_yingjian_heji.toml"


def build_c1_a():
    """慈溪上林: a tidy 报价单, 软件部分 and 硬件部分 (servers) each with a 小计, one 合计 over both."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    line(ws, 1, "慈溪上林数字科技有限公司", 7, font=BIG, height=26)
    line(ws, 2, "Cixi Shanglin Digital Technology Co., Ltd.　｜　浙江省慈溪市白沙路街道三北大街1288号　｜　电话：0574-6352 8816",
         7, font=SMALL)
    line(ws, 3, "报　价　单", 7, font=TITLE, align=CENTER, height=24)
    put_row(ws, 4, ["报价单号：SLSK-BJ-20251114-02", None, None, None, "报价日期：2025年11月14日"], border=False)
    put_row(ws, 5, [f"客户：{C1_BUYER}", None, None, None, "联系人：陈经理"], border=False)
    put_row(ws, 6, ["项目：个人信用贷业务系统建设（源代码交付）", None, None, None, "金额单位：人民币元"], border=False)
    put_row(ws, 7, ["序号", "模块/服务", "内容说明", "数量", "单位", "单价", "金额"], font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 8, ["一、软件部分"], font=BOLD, fill=BLUE)
    ws.merge_cells("A8:G8")
    items = [
        [1, "信贷业务核心平台", "用户管理、风控审批（审批流）、放款管理、还款管理（还款计划、还款提醒）", 1, "套", 118000, 118000],
        [2, "个人征信接口模块", "对接人行征信中心、百行征信，含授权书管理及查询留痕", 1, "套", 36000, 36000],
        [3, "智能风控模型", "评分卡、决策引擎、额度及定价策略", 1, "套", 32000, 32000],
        [4, "反欺诈模型", "设备指纹、多头借贷识别、黑名单及关系网络", 1, "套", 18000, 18000],
        [5, "部署实施及培训", "上门部署、联调上线、操作及运维培训2天", 1, "项", 20000, 20000],
    ]
    r = 9
    for it in items:
        put_row(ws, r, it)
        money(ws, r, (6, 7))
        r += 1
    put_row(ws, r, [None, "软件部分小计", None, None, None, None, 224000], font=BOLD)
    money(ws, r, (7,))
    r += 1
    put_row(ws, r, ["二、硬件部分（贵司如已有服务器，可不采购本部分）"], font=BOLD, fill=BLUE)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    for it in [[6, "应用服务器", "2路CPU / 64G内存 / 2×960G SSD，含三年原厂保修", 2, "台", 23000, 46000],
               [7, "数据库服务器", "2路CPU / 128G内存 / 4×1.92T SSD，含三年原厂保修", 1, "台", 28000, 28000]]:
        put_row(ws, r, it)
        money(ws, r, (6, 7))
        r += 1
    put_row(ws, r, [None, "硬件部分小计", None, None, None, None, 74000], font=BOLD)
    money(ws, r, (7,))
    r += 1
    put_row(ws, r, ["合计（含税）", None, "大写：人民币贰拾玖万捌仟元整", None, None, None, 298000], font=BOLD, fill=GREY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    money(ws, r, (7,))
    r += 2
    line(ws, r, "商务条款及服务承诺", 7, font=BOLD)
    terms = [
        "1、报价有效期：本报价自报价日期起60日内有效。",
        "2、付款方式：合同签订后7个工作日内支付合同总额的40%，系统上线后支付50%，验收合格满3个月后支付10%。",
        "3、税费：以上价格均为含税价，开具13%增值税专用发票。",
        "4、等级保护：本系统已取得网络安全等级保护第三级备案证明（备案证明编号33028243015-24011，2024年6月取得），测评报告可供贵司查验。",
        "5、数据安全：身份证号、手机号、银行卡号等敏感字段采用国密SM4算法加密存储，全站HTTPS（TLS1.2）传输；采用基于角色的权限管理（RBAC）；"
        "操作日志保存12个月，支持异常行为追溯。",
        "6、质保与维护：自系统验收合格之日起免费维护12个月，维护内容包括缺陷修复及小版本升级；因监管政策调整产生的系统适配免费。"
        "免费维护期满后，年维护费为2.6万元/年。",
        "7、服务响应：提供7×24小时技术支持，故障2小时内响应，由指定工程师对接；提供终身技术咨询。",
        "8、源码交付：交付完整源代码及开发文档，无加密，可二次开发。",
        "9、合同：上述各项服务承诺均写入正式合同。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 7, height=30)
    r += 2
    line(ws, r, "报价单位：慈溪上林数字科技有限公司（盖章）　　销售经理：胡立群　13957416628", 7)
    widths(ws, [8, 20, 44, 7, 7, 12, 14])
    _save(wb, C1_A)


def build_c1_b():
    """德清莫干: a product quote with a ● / ○ module list, 标准价 and a dated 优惠价, the tax note at the very bottom."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    line(ws, 1, "德清莫干数科有限公司 · 产品报价单", 4, font=BIG, height=26)
    line(ws, 2, "莫干数科 · 让普惠金融更简单　｜　浙江省德清县武康街道英溪北路366号　｜　400-826-3170", 4, font=SMALL)
    put_row(ws, 3, ["报价单号：MGSK-2025-1108-03", None, "报价日期：2025-11-08"], border=False)
    put_row(ws, 4, [f"客户：{C1_BUYER}", None, "产品：莫干·信贷通 V5.2（个人信用贷版）源码授权"], border=False)
    line(ws, 5, "图例：● 标配（含在报价内）　○ 选配（另行收费，价格见“选配价格”列）", 4)
    put_row(ws, 6, ["功能模块", "配置", "选配价格（元）", "功能说明"], font=BOLD, fill=GREY, align=CENTER)
    mods = [
        ["用户管理", "●", None, "客户、员工、机构及角色管理"],
        ["个人征信查询", "●", None, "已对接百行征信、朴道征信"],
        ["风控模型", "●", None, "规则引擎＋评分卡"],
        ["反欺诈", "●", None, "设备指纹、关系图谱、黑名单"],
        ["风控审批", "●", None, "多级审批流"],
        ["还款管理", "●", None, "还款计划、自动扣款、逾期提醒"],
        ["营销插件", "○", 15000, "优惠券、裂变拉新活动"],
        ["会员体系", "○", 12000, "会员等级、积分"],
        ["区块链存证", "○", 28000, "借款合同及授权书存证上链"],
    ]
    r = 7
    for m in mods:
        put_row(ws, r, m)
        if m[2]:
            money(ws, r, (3,))
        r += 1
    r += 1
    put_row(ws, r, ["报价", "金额（元）", "说明"], font=BOLD, fill=GREY)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    r += 1
    put_row(ws, r, ["标准价（源码授权＋部署实施＋培训）", 238000, "含上表全部●标配模块"])
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    money(ws, r, (2,))
    r += 1
    put_row(ws, r, ["年末签约优惠价", 198000, "限2025年11月30日前签订合同，逾期恢复标准价"], font=BOLD)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    money(ws, r, (2,))
    r += 2
    line(ws, r, "服务说明", 4, font=BOLD)
    terms = [
        "· 等保：系统严格按照网络安全等级保护三级标准设计开发，已协助多家客户顺利通过等保三级测评。",
        "· 安全：敏感数据采用国密SM4加密，全链路HTTPS；RBAC权限体系；操作日志保存6个月。",
        "· 维保：免费维护12个月，含bug修复及版本升级；监管政策调整适配免费；期满后年服务费1.8万元。",
        "· 支持：7×24小时在线技术支持，30分钟内响应；提供终身技术咨询。",
        "· 源码：交付全部源代码，可二次开发。",
        "· 合同：以上服务内容可写入合同。",
        "· 付款：签约付50%，验收付50%。",
        "· 报价有效期：15天。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 4, height=28)
    r += 2
    line(ws, r, "德清莫干数科有限公司　销售部　沈晓燕　13735120984", 4)
    r += 2
    line(ws, r, "注：以上报价均不含税。", 4, font=SMALL)
    widths(ws, [34, 16, 16, 40])
    _save(wb, C1_B)


def build_c1_c():
    """太仓娄江: an English quotation exported from the vendor's quoting tool as CSV (UTF-8)."""
    rows = [
        ["Taicang Loujiang Software Co., Ltd.", "", "", "", ""],
        ["No. 58 Beijing East Road, Taicang, Jiangsu 215400 | Tel. +86 512 5358 7720 | sales@loujiangsoft.cn", "", "", "", ""],
        ["QUOTATION", "", "", "", ""],
        ["Quotation No.", "LJ-Q-2510-0317", "", "Date", "28 Oct 2025"],
        ["Customer", "Yiwu Choucheng Micro-Credit Co., Ltd. (义乌市稠城小额贷款股份有限公司)", "", "Valid for", "30 days"],
        ["Project", "Personal credit lending system - source code purchase", "", "Currency", "CNY"],
        ["", "", "", "", ""],
        ["Item", "Description", "Qty", "Unit price (CNY)", "Amount (CNY)"],
        ["1", "Core lending platform: user management, approval workflow, loan disbursement, repayment schedule & reminders",
         "1", "128,000.00", "128,000.00"],
        ["2", "Credit bureau gateway: PBoC Credit Reference Center and Baihang Credit", "1", "30,000.00", "30,000.00"],
        ["3", "Anti-fraud engine: device fingerprint, multi-lending check, blacklist", "1", "16,000.00", "16,000.00"],
        ["4", "Implementation, data migration & on-site training (3 days)", "1", "18,000.00", "18,000.00"],
        ["", "Subtotal (excl. VAT)", "", "", "192,000.00"],
        ["", "VAT 6%", "", "", "11,520.00"],
        ["", "Total (incl. VAT)", "", "", "203,520.00"],
        ["", "", "", "", ""],
        ["Optional modules (not included in the Total; prices excl. VAT)", "", "", "", ""],
        ["O-1", "Risk scoring model: scorecard & decision engine", "1", "30,000.00", "30,000.00"],
        ["O-2", "Marketing plug-ins: coupons & referral campaigns", "1", "12,000.00", "12,000.00"],
        ["", "", "", "", ""],
        ["Terms & conditions", "", "", "", ""],
        ["1. Validity: this quotation is valid for 30 days from the date of issue.", "", "", "", ""],
        ["2. Payment: 50% on signing, 40% on go-live, 10% on final acceptance.", "", "", "", ""],
        ["3. Tax: unit prices and the subtotal are exclusive of VAT; VAT is charged at 6% (software technical service) and is "
         "included in the Total above. Optional modules are quoted exclusive of VAT; VAT at 6% is added if ordered.", "", "", "", ""],
        ["4. MLPS: the system has completed its MLPS Level 3 filing (filing certificate no. 32058543021-24006, issued May 2024).",
         "", "", "", ""],
        ["5. Data security: ID numbers, mobile numbers and bank card numbers are encrypted with SM4; all traffic over HTTPS "
         "(TLS 1.2); role-based access control; operation logs retained for 12 months.", "", "", "", ""],
        ["6. Warranty: 12 months free maintenance from acceptance, incl. bug fixes and minor version upgrades. Minor regulatory "
         "adjustments are free of charge; major regulatory changes are quoted separately.", "", "", "", ""],
        ["7. Support: Mon-Fri 9:00-18:00 (Beijing time) by phone and e-mail; response within 4 business hours. Technical "
         "consultation is provided during the warranty and AMC periods only.", "", "", "", ""],
        ["8. AMC: from year 2, CNY 28,000 per year.", "", "", "", ""],
        ["9. Source code: full source code and build documentation delivered, no encryption or obfuscation.", "", "", "", ""],
        ["10. Contract: all service terms above will be written into the contract.", "", "", "", ""],
        ["", "", "", "", ""],
        ["For and on behalf of Taicang Loujiang Software Co., Ltd.", "", "", "Sales Manager", "Lena Zhou"],
    ]
    write_csv(C1_C, rows, "utf-8")


C1_COMMENT = """Voice: three vendors' own quotation documents, one file each, as 义乌市稠城小额贷款股份有限公司 (a local personal-credit
  lender, no cross-border business; budget the personal-credit band 18–25万) received them and uploads them together in early
  December 2025 (the files are saved 2025-12-05). 慈溪上林数字科技有限公司 writes a tidy 报价单 (.xlsx): letterhead, 报价单号
  SLSK-BJ-20251114-02, 报价日期 2025-11-14, 客户, a 序号 | 模块/服务 | 内容说明 | 数量 | 单位 | 单价 | 金额 table in two sections
  "一、软件部分" (five items, 软件部分小计 224,000) and "二、硬件部分（贵司如已有服务器，可不采购本部分）" (two servers, 硬件部分小计
  74,000), "合计（含税）| 大写：人民币贰拾玖万捌仟元整 | 298,000.00", nine numbered terms and the signature line. 德清莫干数科有限公司
  writes a product quote (.xlsx): a slogan line, 报价单号 / 报价日期 2025-11-08 / 客户, a legend "● 标配（含在报价内）○ 选配（另行收费…）",
  a 功能模块 | 配置 | 选配价格（元） | 功能说明 list, a 报价 block "标准价（源码授权＋部署实施＋培训）238,000" over "年末签约优惠价 198,000 |
  限2025年11月30日前签订合同，逾期恢复标准价", bulleted 服务说明, the salesperson, and as the file's last line "注：以上报价均不含税。".
  Taicang Loujiang Software Co., Ltd. writes in ENGLISH from its quoting tool (.csv, UTF-8): Quotation No. LJ-Q-2510-0317, Date
  28 Oct 2025, Customer (the lender, its Chinese name in brackets), "Valid for | 30 days", Item | Description | Qty | Unit price
  (CNY) | Amount (CNY), "Subtotal (excl. VAT) 192,000.00", "VAT 6% 11,520.00", "Total (incl. VAT) 203,520.00", an "Optional modules
  (not included in the Total; prices excl. VAT)" block (risk scoring model 30,000; marketing plug-ins 12,000), ten numbered terms.
Analyst's reading, written before any code read the files (the product was not run on them).
Not settled, so nothing is asserted on it: (1) 德清's 优惠价 holds only for a contract signed by 2025-11-30, a date already past
  when the lender compares in December; analyst-reading makes a 优惠价 win over a 标准价 but says nothing of a lapsed condition, so
  德清's price (198,000 or 238,000, × 1.13 by the closing note: 223,740 or 268,940) and any price flag on it are not asserted.
  (2) 太仓娄江's "Valid for 30 days" from 28 Oct 2025 and 德清's "报价有效期：15天" from 2025-11-08 have run out by December;
  analyst-reading says only that a validity is no price — both are read as quotes, and no assertion rests on the expiry.
  (3) Whether 德清's closing "以上报价均不含税" covers the yearly fee written in its terms (1.8万) — that fee is not asserted.
Traps: the decisive one is the HARDWARE inside 上林's 合计. A careless reader sees 298,000 — far over the 25万 ceiling — and turns
  to the cheaper-looking documents: 德清's 198,000 with every module ●, 7×24 and a 30-minute response, or 娄江's Total 203,520.
  analyst-reading §3.10: hardware a vendor adds (服务器, 硬件部分) is never part of the software's comparable price — 上林 is
  298,000 − 74,000 = 224,000 含税, inside 18–25万, and it proves everything (备案证明编号33028243015-24011; SM4 on 身份证号/手机号/
  银行卡号; HTTPS; RBAC; 12-month logs; 人行征信中心 + 百行 named in its item 2; every must-have plus 反欺诈; 12 months with minor
  upgrades; free policy adaptation; 7×24 within 2 hours to a named engineer; lifetime consulting; 2.6万 a year after; full
  unencrypted source; all in the contract). 德清 only CLAIMS the level ("按照…三级标准设计开发", "已协助多家客户…通过" — a client's
  pass is no certificate of the system offered): unverified whatever its price, and "以上报价均不含税" at the bottom adds 13 %
  to whichever price holds. 娄江 passes but its Total lacks the risk model (a must-have offered as O-1 "Optional", excl. VAT):
  203,520 + 30,000 × 1.06 = 235,320 (the quote names 6 %); it works office hours, answers in 4 business hours, charges major
  regulatory changes and gives consultation only during warranty/AMC."""


def c1_vendors():
    return [
        dict(vendor="慈溪上林数字科技有限公司", gate="pass", price=224000,
             why="合计（含税） 298,000 (大写 贰拾玖万捌仟元整) holds the 硬件部分 (应用服务器 2 × 23,000 + 数据库服务器 28,000 = 74,000, its own 小计): hardware is no part of the software's price (analyst-reading §3.10) — 软件部分 118,000 + 36,000 + 32,000 + 18,000 + 20,000 = 224,000 含税 (13% 专票), inside 18–25万; the 小计 rows are sums. '已取得网络安全等级保护第三级备案证明（备案证明编号33028243015-24011…）'; SM4 on 身份证号/手机号/银行卡号; HTTPS (TLS1.2); RBAC; 日志12个月; 人行征信中心 + 百行征信 (item 2); 内容说明 lists 用户管理、风控审批、还款管理 etc.; 风控模型, 反欺诈模型; 12个月 with 缺陷修复及小版本升级; 政策适配免费; 7×24, 2小时内响应; 终身技术咨询; 2.6万元/年; 完整源代码 无加密; 均写入正式合同. 报价有效期 60日 is no price.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["hardware_excluded"], flex=ALL_BAD + ["no_anti_fraud"]),
        dict(vendor="Taicang Loujiang Software Co., Ltd.", gate="pass", price=235320,
             why="English quotation: 'Total (incl. VAT) 203,520.00' = Subtotal (excl. VAT) 192,000 + 'VAT 6%' 11,520 (the grand total, never the subtotal taxed again); the risk model — a must-have — is only 'O-1 … Risk scoring model' under 'Optional modules (not included in the Total; prices excl. VAT)' at 30,000, added with the 6% the quote names: 30,000 × 1.06 = 31,800 → 235,320, inside 18–25万; O-2 marketing plug-ins (deferrable) not bought. 'completed its MLPS Level 3 filing (filing certificate no. 32058543021-24006…)'; SM4 on ID/mobile/bank card numbers; HTTPS; role-based access control; logs 12 months; PBoC Credit Reference Center + Baihang; 12 months incl. bug fixes and minor upgrades; 'major regulatory changes are quoted separately' (conditional: not free at the base price); 'Mon-Fri 9:00-18:00' (no 7×24); 'response within 4 business hours' (4 h); 'consultation … during the warranty and AMC periods only' (no lifetime consulting); AMC CNY 28,000 per year; full source, no obfuscation; 'written into the contract'. Validity 30 days from 28 Oct 2025 (expired by December: not settled, nothing rests on it).",
             values=_vals(policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional",
                         support_7x24="stated", response_hours="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT + ["marketing_plugins"],
             flin=["policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "conditional"],
             flex=["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "missing_must_have", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "not_in_contract", "price_below_15w", "price_below_10w",
                   "price_over_budget", "price_missing", "claimed", "source_partial", "source_licence_only",
                   "bloat_features", "no_anti_fraud", "unverified"]),
        dict(vendor="德清莫干数科有限公司", gate="unverified",
             why="等保 '系统严格按照网络安全等级保护三级标准设计开发，已协助多家客户顺利通过等保三级测评' — built to the standard and clients' passes: a claim, no certificate of the system offered → unverified. Price NOT asserted: 标准价 238,000 vs '年末签约优惠价 198,000 | 限2025年11月30日前签订合同，逾期恢复标准价' (the date has passed by the December comparison; analyst-reading does not settle a lapsed 优惠), each × 1.13 by '注：以上报价均不含税。' (223,740 or 268,940). '国密SM4'; 全链路HTTPS; RBAC; 日志 '6个月' (not under 6); 百行征信、朴道征信; ● 用户管理、个人征信查询、风控模型（规则引擎＋评分卡）、反欺诈、风控审批、还款管理; ○ 营销插件 / 会员体系 / 区块链存证 are options not bought (deferrable or bloat: not added, not included); 免费维护12个月 含bug修复及版本升级; 政策适配免费; 7×24, 30分钟内响应; 终身技术咨询; '可写入合同' (willing, not written: claimed); 交付全部源代码 (full); yearly fee 1.8万 not asserted (whether the closing tax note covers it is not settled).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=0.5, lifetime_consulting=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated", commitments_in_contract="claimed"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT + ["marketing_plugins", "membership"],
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "source_partial", "source_licence_only",
                   "bloat_features", "no_anti_fraud"]),
    ]


def build_c1():
    build_c1_a()
    build_c1_b()
    build_c1_c()
    write_toml(C1_TOML, C1_COMMENT, "personal_credit", [C1_A, C1_B, C1_C], "慈溪上林数字科技有限公司",
               "上林's 合计 298,000 looks over budget only because it holds 74,000 of servers (its 硬件部分, '贵司如已有服务器，可不采购'): the software is 224,000 含税, inside 18–25万, and it proves every gate (备案证明编号33028243015-24011, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have plus anti-fraud, and writes 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.6万 a year after and full unencrypted source into the contract. 德清's cheap-looking 198,000 only claims 等保 (designed to level 3, clients helped through it), is before tax, and that 优惠价 held only for a contract signed by 2025-11-30; Taicang Loujiang's Total 203,520 lacks the risk model (235,320 with it) and gives office hours, 4 h, charged major regulatory changes and no lifetime consulting.",
               c1_vendors())


# =============================================================================================
# zzw_02  商户经营性贷 — 寿光市农圣小额贷款有限公司 uploads four vendors' own quotes
# =============================================================================================
C2_BUYER = "寿光市农圣小额贷款有限公司"
C2_A = "zzw_02_a_qingzhou_yunmen.xlsx"
C2_B = "zzw_02_b_zhucheng_chaoran_gbk.csv"
C2_C = "zzw_02_c_jiaozhou_shaohai.xlsx"
C2_D = "zzw_02_d_longkou_donglai.xlsx"
C2_TOML = "zzw_02_ml_sijia_baojiadan_xuanpei_buhanshui.toml"


def build_c2_a():
    """青州云门: a 报价单 with a greeting, six items, 合计 in 大写 and 小写, eight numbered 条款."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    line(ws, 1, "青州云门数科有限公司", 6, font=BIG, align=CENTER, height=26)
    line(ws, 2, "QINGZHOU YUNMEN DIGITAL TECHNOLOGY CO., LTD.", 6, font=SMALL, align=CENTER)
    line(ws, 3, "报 价 单", 6, font=TITLE, align=CENTER, height=24)
    put_row(ws, 4, ["报价单号：YMSK-Q-20251121-05", None, None, None, "报价日期：2025年11月21日"], border=False)
    put_row(ws, 5, [f"客户：{C2_BUYER}", None, None, None, "客户联系人：孙部长"], border=False)
    line(ws, 6, f"{C2_BUYER}：感谢贵司的询价与信任。我司就商户经营贷业务系统（源代码交付）报价如下：", 6, height=30)
    put_row(ws, 7, ["序号", "模块/服务", "数量", "单位", "单价（元）", "金额（元）"], font=BOLD, fill=GREY, align=CENTER)
    items = [
        [1, "经营贷业务中台源码（用户管理、风控审批、贷后还款管理）", 1, "套", 170000, 170000],
        [2, "企业征信查询模块（人行企业征信系统、百行征信）", 1, "套", 42000, 42000],
        [3, "银行流水分析模块（流水OCR识别、收支结构分析、异常交易识别）", 1, "套", 38000, 38000],
        [4, "电子合同模块（CA数字证书、在线签约、合同归档）", 1, "套", 30000, 30000],
        [5, "部署实施及系统联调", 1, "项", 28000, 28000],
        [6, "驻场培训", 5, "人天", 2000, 10000],
    ]
    r = 8
    for it in items:
        put_row(ws, r, it)
        money(ws, r, (5, 6))
        r += 1
    put_row(ws, r, ["合计（大写）：人民币叁拾壹万捌仟元整", None, None, None, "（小写）", 318000], font=BOLD, fill=GREY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    money(ws, r, (6,))
    r += 2
    line(ws, r, "报价说明及服务条款", 6, font=BOLD)
    terms = [
        "一、本报价为含税价，含13%增值税，开具增值税专用发票。",
        "二、报价有效期：90天。",
        "三、付款方式：3-6-1（签约付30%，上线付60%，验收付10%）。",
        "四、资质与安全：本系统已完成网络安全等级保护第三级备案（备案证明编号37078143009-24013，2024年取得）；客户身份证号、手机号、"
        "银行账号使用SM4国密算法加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月。",
        "五、维护：自验收之日起免费维护12个月，范围包括缺陷修复和小版本升级；监管政策变化引起的适配不另收费；免费期满后维护费2.8万元/年。",
        "六、技术支持：7×24小时，1小时内响应，专属实施经理对接；终身免费技术咨询。",
        "七、源码：完整源码交付，无加密，可二次开发。",
        "八、以上条款均写入合同。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 6, height=30)
    r += 2
    line(ws, r, "报价单位（盖章）：青州云门数科有限公司　　商务联系人：房振华　0536-3279 506", 6)
    widths(ws, [8, 52, 7, 7, 14, 16])
    _save(wb, C2_A)


def build_c2_b():
    """诸城超然: the vendor's quote system exported as CSV in GBK — ● / ○ legend, options priced only under the 合计."""
    rows = [
        ["诸城超然信息技术有限公司", "", "", "", ""],
        ["报价单", "", "", "", ""],
        ["报价单号：CR20251115-012", "", "报价日期：2025年11月15日", "", ""],
        [f"客户：{C2_BUYER}", "", "联系人：王经理", "", ""],
        ["产品：超然·经营贷管理系统 V3.0（源码版）", "", "", "", ""],
        ["图例：● 标配（含在合计内）　○ 选配（另行报价，见下方选配明细）", "", "", "", ""],
        ["功能模块", "配置", "说明", "", ""],
        ["用户管理", "●", "多机构、多角色", "", ""],
        ["企业征信查询", "●", "已对接人行企业征信系统、百行征信", "", ""],
        ["银行流水分析", "○", "见选配明细", "", ""],
        ["电子合同", "○", "见选配明细", "", ""],
        ["风控审批", "●", "多级审批流", "", ""],
        ["还款管理", "●", "还款计划、到期提醒、逾期管理", "", ""],
        ["数据分析大屏", "●", "经营数据可视化", "", ""],
        ["", "", "", "", ""],
        ["费用明细", "", "", "", ""],
        ["序号", "项目", "数量", "单价（元）", "金额（元）"],
        ["1", "经营贷管理系统源码授权（标配模块）", "1", "218000", "218000"],
        ["2", "部署实施及培训", "1", "30000", "30000"],
        ["", "合计", "", "", "248000"],
        ["", "", "", "", ""],
        ["选配明细（不含在合计内）", "", "", "", ""],
        ["序号", "项目", "数量", "单价（元）", "金额（元）"],
        ["S1", "银行流水分析模块", "1", "46000", "46000"],
        ["S2", "电子合同模块（含CA签章）", "1", "32000", "32000"],
        ["S3", "智能客服机器人", "1", "25000", "25000"],
        ["", "", "", "", ""],
        ["商务条款", "", "", "", ""],
        ["1. 报价有效期：30天。", "", "", "", ""],
        ["2. 付款方式：签约付60%，上线付30%，验收付10%。", "", "", "", ""],
        ["3. 等保：本系统已取得等保三级备案证明，备案证明编号37078243011-24020。", "", "", "", ""],
        ["4. 安全：敏感字段SM4加密；HTTPS传输；角色权限管理；操作日志保存12个月。", "", "", "", ""],
        ["5. 维保：免费维护12个月，含bug修复及小版本升级；政策调整适配免费；期满后年维护费3万元。", "", "", "", ""],
        ["6. 支持：7×24小时技术支持，2小时内响应；提供终身技术咨询。", "", "", "", ""],
        ["7. 源码：交付系统源码，其中核心风控引擎以SDK形式提供（不含源码）。", "", "", "", ""],
        ["8. 以上服务承诺写入合同。", "", "", "", ""],
        ["", "", "", "", ""],
        ["诸城超然信息技术有限公司　销售代表：臧伟　15806360721", "", "", "", ""],
        ["以上报价均不含税。", "", "", "", ""],
    ]
    write_csv(C2_B, rows, "gbk")


def build_c2_c():
    """胶州少海: a 报价书 dated 2025-10-20 — 等保 in progress, validity 30 days."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价书"
    line(ws, 1, "胶州少海软件有限公司", 5, font=BIG, height=26)
    line(ws, 2, "报　价　书", 5, font=TITLE, align=CENTER, height=24)
    put_row(ws, 3, ["编号：SHRJ-BJ-251020-11", None, "日期：2025-10-20"], border=False)
    put_row(ws, 4, [f"致：{C2_BUYER}", None, "项目：经营贷业务系统（源码）"], border=False)
    put_row(ws, 5, ["序号", "报价项目", "说明", "数量", "金额（元）"], font=BOLD, fill=GREY, align=CENTER)
    items = [
        [1, "少海经营贷系统源码授权", "用户管理、企业征信查询（人行企业征信、百行征信）、银行流水分析、电子签约、风控审批、还款管理", "1套",
         228000],
        [2, "实施部署", "本地化部署、数据初始化、联调", "1项", 26000],
        [3, "培训", "驻场3天", "1项", 12000],
    ]
    r = 6
    for it in items:
        put_row(ws, r, it)
        money(ws, r, (5,))
        r += 1
    put_row(ws, r, [None, "合计（含税13%）", None, None, 266000], font=BOLD, fill=GREY)
    money(ws, r, (5,))
    r += 2
    line(ws, r, "条款", 5, font=BOLD)
    terms = [
        "1. 报价有效期：30天。",
        "2. 付款方式：签约50%，验收50%。",
        "3. 等级保护：系统三级测评中，预计2026年1月取得备案证明。",
        "4. 数据安全：身份证号、手机号、银行账号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月。",
        "5. 维护：验收后免费维护12个月，含缺陷修复及小版本升级；监管政策调整适配免费；期满后年维护费2.4万元。",
        "6. 技术支持：7×24小时，2小时内响应；终身技术咨询。",
        "7. 源码：完整源码交付，无加密。",
        "8. 以上承诺写入合同。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 5, height=22)
    r += 2
    line(ws, r, "胶州少海软件有限公司（盖章）　联系人：匡晓东　0532-8721 6635", 5)
    widths(ws, [7, 26, 56, 8, 14])
    _save(wb, C2_C)


def build_c2_d():
    """龙口东莱: a 报价单 with a 备注 column — 电子合同 put off to 二期."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    line(ws, 1, "龙口东莱网络科技有限公司", 6, font=BIG, height=26)
    line(ws, 2, "商户经营贷款管理系统　报价单", 6, font=TITLE, height=22)
    put_row(ws, 3, ["报价单号：DL-2025-Q-1117", None, "报价日期：2025-11-17", None, f"客户：{C2_BUYER}"], border=False)
    put_row(ws, 4, ["序号", "模块/服务", "数量", "单价（元）", "金额（元）", "备注"], font=BOLD, fill=GREY, align=CENTER)
    items = [
        [1, "系统基础平台（用户管理、风控审批、还款管理）", 1, 136000, 136000, None],
        [2, "企业征信查询（人行企业征信、百行征信）", 1, 40000, 40000, None],
        [3, "银行流水分析", 1, 42000, 42000, None],
        [4, "电子合同", "—", "—", "—", "列入二期开发，届时另行报价"],
        [5, "实施部署及培训", 1, 38000, 38000, "含现场培训2天"],
    ]
    r = 5
    for it in items:
        put_row(ws, r, it)
        if isinstance(it[3], int):
            money(ws, r, (4, 5))
        r += 1
    put_row(ws, r, ["合计（含税）", None, None, None, 256000, "大写：贰拾伍万陆仟元整"], font=BOLD, fill=GREY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    money(ws, r, (5,))
    r += 2
    line(ws, r, "服务条款", 6, font=BOLD)
    terms = [
        "本报价含13%增值税，报价有效期45天。",
        "付款方式：签约付40%，上线付50%，质保金10%于验收满一年后支付。",
        "等保：系统已通过网络安全等级保护三级测评并完成备案，备案证明编号37068143006-23012。",
        "安全：敏感字段SM4加密；HTTPS传输；RBAC角色权限；操作日志保存12个月。",
        "维护：免费维护6个月，仅含缺陷修复，版本升级另行收费；监管政策调整适配免费；期满后年维护费2.2万元。",
        "支持：工作日9:00-17:30电话及远程支持，4小时内响应；提供终身技术咨询。",
        "源码：完整源码交付。",
        "上述服务内容写入合同。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 6, height=22)
    r += 2
    line(ws, r, "龙口东莱网络科技有限公司　业务经理：曲海滨　13508915243", 6)
    widths(ws, [7, 44, 7, 13, 13, 30])
    _save(wb, C2_D)


C2_COMMENT = """Voice: four vendors' own quotation documents, one file each, as 寿光市农圣小额贷款有限公司 (merchant loans to the vegetable
  wholesalers of its county; budget the merchant-loan band 25–35万) received them and uploads them together in early December
  2025. 青州云门数科有限公司 (.xlsx): letterhead in Chinese and English, 报价单号 YMSK-Q-20251121-05, 报价日期 2025-11-21, 客户, a
  greeting line, 序号 | 模块/服务 | 数量 | 单位 | 单价（元） | 金额（元） (six items), "合计（大写）：人民币叁拾壹万捌仟元整 | （小写） |
  318,000.00", eight 条款 numbered 一…八, the seal line. 诸城超然信息技术有限公司 (.csv in GBK, exported from its quote system): title,
  报价单号 CR20251115-012, 报价日期 2025-11-15, 客户, 产品, the legend "● 标配（含在合计内）○ 选配（另行报价，见下方选配明细）", a
  功能模块 | 配置 | 说明 list (银行流水分析 ○, 电子合同 ○ — "见选配明细"), 费用明细 with 合计 248,000, then "选配明细（不含在合计内）"
  (S1 银行流水分析模块 46,000; S2 电子合同模块 32,000; S3 智能客服机器人 25,000), eight 商务条款, the salesperson, and as the
  file's LAST line "以上报价均不含税。". 胶州少海软件有限公司 (.xlsx 报价书): 编号, 日期 2025-10-20, 致, three items, 合计（含税13%）
  266,000, eight 条款 (报价有效期 30天; "系统三级测评中，预计2026年1月取得备案证明"). 龙口东莱网络科技有限公司 (.xlsx): 报价单号, 报价
  日期 2025-11-17, 客户, 序号 | 模块/服务 | 数量 | 单价 | 金额 | 备注 with "电子合同 | — | — | — | 列入二期开发，届时另行报价",
  合计（含税） 256,000 with 大写, eight 服务条款 in sentences.
Analyst's reading, written before any code read the files (the product was not run on them).
Not settled, so nothing is asserted on it: (1) whether 诸城's closing "以上报价均不含税" also covers the 3万 yearly fee written in
  its terms — the fee is not asserted; (2) 胶州's 30-day validity from 2025-10-20 has run out by December — analyst-reading
  only says a validity is no price; 胶州 is read as a quote and nothing rests on the expiry (its gate is unverified anyway);
  (3) the standing of 龙口's "仅含缺陷修复，版本升级另行收费" (a stated no or conditional): only the value is asserted; (4) whether a
  must-have bought as a priced option raises a `conditional` flag of its own: not asserted for 诸城.
Traps: the decisive one is 诸城's ○ 选配 must-haves priced only in the table under its 合计, with the tax note as the file's
  last line. A careless reader takes 24.8万 — the lowest figure, every module named in the list, SM4, 7×24, 2 h, free policy
  adaptation — as the best buy. But 银行流水分析 and 电子合同, two of the three merchant-loan must-haves, are ○ (options at 46,000 and
  32,000) and everything is before tax: (248,000 + 46,000 + 32,000) × 1.13 = 368,380, over the 35万 ceiling, and its core risk
  engine comes as an SDK without source (partial). 青州 proves every gate (备案证明编号37078143009-24013), lists all three must-haves
  as priced items, and writes 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting,
  2.8万 a year after and full unencrypted source into the contract at ¥318,000.00 含税 — it looks the dearest and is the pick.
  胶州 (266,000 含税, everything else strong) is only "三级测评中" (in progress: mlps false, claimed; unverified, never failed);
  龙口 (256,000) leaves 电子合同 to 二期 — "列入二期开发，届时另行报价" is a must-have not in this delivery (missing: fail), and gives
  6 months of bug fixes only, office hours and 4 h."""


def c2_vendors():
    return [
        dict(vendor="青州云门数科有限公司", gate="pass", price=318000,
             why="合计（大写）人民币叁拾壹万捌仟元整 / （小写）318,000.00 = 170,000 + 42,000 + 38,000 + 30,000 + 28,000 + 10,000 (5 人天 × 2,000), 含13%增值税, inside 25–35万; 企业征信查询模块 (人行企业征信系统、百行征信), 银行流水分析模块, 电子合同模块 and 用户管理、风控审批、贷后还款管理 in item 1; '已完成网络安全等级保护第三级备案（备案证明编号37078143009-24013…）'; SM4 on 身份证号/手机号/银行账号; 全站HTTPS; RBAC; 日志12个月; 12个月 with 缺陷修复和小版本升级; 政策适配不另收费; 7×24, 1小时内响应; 终身免费技术咨询; 2.8万元/年; 完整源码 无加密; 均写入合同. The greeting's '报价如下' and 报价有效期 90天 are no terms of price.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="诸城超然信息技术有限公司", gate="pass", price=368380,
             why="GBK CSV. 合计 248,000 (218,000 + 30,000) holds only the ● modules; under the legend '○ 选配（另行报价，见下方选配明细）' the must-haves 银行流水分析 (S1 46,000) and 电子合同 (S2 32,000) are options priced only in '选配明细（不含在合计内）' — added, present but conditional; S3 智能客服机器人 (bloat, not needed) is not bought and not included. The file's last line '以上报价均不含税。' makes it all before tax: (248,000 + 46,000 + 32,000) × 1.13 = 368,380 — over 25–35万. '已取得等保三级备案证明，备案证明编号37078243011-24020'; SM4; HTTPS; 角色权限管理; 日志12个月; 人行企业征信系统 + 百行 (企业征信查询 ●); 12个月 with bug修复及小版本升级; 政策调整适配免费; 7×24, 2小时内响应; 终身技术咨询; '核心风控引擎以SDK形式提供（不含源码）' = partial source; 写入合同. Yearly fee 3万 not asserted (whether the tax note covers it is not settled).",
             values=_vals(response_hours=2, source_code_delivery="partial"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["price_over_budget", "source_partial"],
             flex=["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "missing_must_have", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "price_below_15w", "price_below_10w", "price_missing",
                   "claimed", "source_licence_only", "bloat_features", "unverified"]),
        dict(vendor="胶州少海软件有限公司", gate="unverified", price=266000,
             why="合计（含税13%） 266,000 = 228,000 + 26,000 + 12,000, inside 25–35万; item 1's 说明 lists 用户管理、企业征信查询（人行企业征信、百行征信）、银行流水分析、电子签约、风控审批、还款管理; '系统三级测评中，预计2026年1月取得备案证明' — in progress: mlps false, claimed → unverified (never fail); SM4 on 身份证号/手机号/银行账号; 全站HTTPS; RBAC; 日志12个月; 12个月 with 缺陷修复及小版本升级; 政策适配免费; 7×24, 2小时内响应; 终身技术咨询; 2.4万元/年; 完整源码 无加密; 写入合同. 报价有效期 30天 from 2025-10-20 (lapsed by December: not settled, nothing rests on it).",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
        dict(vendor="龙口东莱网络科技有限公司", gate="fail", price=256000,
             why="合计（含税） 256,000 = 136,000 + 40,000 + 42,000 + 38,000 (大写 贰拾伍万陆仟元整), inside 25–35万; '电子合同 | — | — | — | 列入二期开发，届时另行报价' — a must-have not in this delivery (missing, not an option): fail; 企业征信查询 (人行企业征信、百行征信), 银行流水分析, 用户管理、风控审批、还款管理 are in; '已通过网络安全等级保护三级测评并完成备案，备案证明编号37068143006-23012'; SM4; HTTPS; RBAC; 日志12个月; '免费维护6个月，仅含缺陷修复，版本升级另行收费' (6 months, no upgrades at the base price; standing not asserted); 政策适配免费; '工作日9:00-17:30' (no 7×24); 4小时内响应; 终身技术咨询; 2.2万元/年; 完整源码; 写入合同. 质保金 10% is part of the price, no yearly fee.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         policy_adaptation_free="stated", support_7x24="stated", response_hours="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=["enterprise_credit", "cashflow_analysis"] + CORE + ["repayment_management"],
             fex=BLOAT + ["contract_management"],
             flin=["missing_must_have", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                   "response_over_2h"],
             flex=["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "policy_adaptation_charged", "no_lifetime_consulting",
                   "not_in_contract", "price_below_15w", "price_below_10w", "price_over_budget", "price_missing",
                   "source_partial", "source_licence_only", "bloat_features"]),
    ]


def build_c2():
    build_c2_a()
    build_c2_b()
    build_c2_c()
    build_c2_d()
    write_toml(C2_TOML, C2_COMMENT, "merchant_loan", [C2_A, C2_B, C2_C, C2_D], "青州云门数科有限公司",
               "青州 — the dearest-looking document at ¥318,000.00 含税 — proves every gate (备案证明编号37078143009-24013, SM4, HTTPS, RBAC, 12-month logs, 人行企业征信 + 百行), prices all three merchant-loan must-haves as items, and writes 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.8万 a year after and full unencrypted source into the contract, inside 25–35万. 诸城's 24.8万 leaves 银行流水分析 and 电子合同 as ○ options priced under the 合计 and is before tax ('以上报价均不含税。' on its last line): 368,380, over budget, with its risk engine as an SDK; 胶州 is only 三级测评中 (unverified); 龙口 puts 电子合同 off to 二期 (fail).",
               c2_vendors())


# =============================================================================================
# zzw_03  消费分期 — 石狮市鸿山小额贷款有限公司 uploads four vendors' own quotes
# =============================================================================================
C3_BUYER = "石狮市鸿山小额贷款有限公司"
C3_A = "zzw_03_a_nanan_fengzhou.xlsx"
C3_B = "zzw_03_b_fuqing_yurong.xlsx"
C3_C = "zzw_03_c_changle_hangcheng_utf8bom.csv"
C3_D = "zzw_03_d_longhai_yuegang.xlsx"
C3_TOML = "zzw_03_ci_sijia_baojiadan_yundengbao_liangban.toml"


def build_c3_a():
    """南安丰州: one 报价单 quoting two editions side by side (标准版 | 专业版), shared terms below."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    line(ws, 1, "南安丰州科技有限公司", 4, font=BIG, height=26)
    line(ws, 2, "消费分期业务系统 报价单（标准版 / 专业版）", 4, font=TITLE, height=22)
    put_row(ws, 3, ["报价单号：FZKJ-BJ-251119-01", "报价日期：2025-11-19", f"客户：{C3_BUYER}"], border=False)
    ws.merge_cells("C3:D3")
    line(ws, 4, "图例：● 包含　○ 选配（另计，价格见说明列）　— 不提供", 4)
    put_row(ws, 5, ["功能模块", "标准版", "专业版", "说明"], font=BOLD, fill=GREY, align=CENTER)
    mods = [
        ["用户管理", "●", "●", None],
        ["商品管理", "●", "●", "商品库、SKU、合作商户"],
        ["分期计算器", "●", "●", "多期数、多费率试算"],
        ["订单跟踪", "○", "●", "标准版选配价28,000元（含税）"],
        ["风控审批", "●", "●", None],
        ["还款管理", "●", "●", "还款计划、逾期提醒"],
        ["百行征信接口", "●", "●", None],
        ["积分商城", "—", "●", None],
        ["社交分享", "—", "●", None],
    ]
    r = 6
    for m in mods:
        put_row(ws, r, m, align=CENTER)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=4).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for label, a, b in [("源码授权费（元）", 178000, 238000), ("部署实施及培训（元）", 38000, 38000)]:
        put_row(ws, r, [label, a, b, None])
        money(ws, r, (2, 3))
        r += 1
    put_row(ws, r, ["合计（含税，元）", 216000, 276000, "增值税13%"], font=BOLD, fill=GREY)
    money(ws, r, (2, 3))
    r += 2
    line(ws, r, "两个版本共同适用的条款：", 4, font=BOLD)
    terms = [
        "一、等保：本系统已取得等保三级备案证明，备案证明编号35058343012-24009。",
        "二、安全：身份证号、手机号SM4加密存储；HTTPS传输；RBAC角色权限；操作日志保存12个月。",
        "三、维护：免费维护6个月，仅含缺陷修复，版本升级另计；小调整免费，重大监管政策调整另行报价；期满后年服务费2.2万元/年。",
        "四、技术支持：工作日8:30-17:30，4小时内响应；提供终身技术咨询。",
        "五、源码：完整源码交付，可二次开发。",
        "六、以上承诺写入合同。报价有效期60天；付款方式：签约40%，上线50%，验收10%。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 4, height=30)
    r += 2
    line(ws, r, "南安丰州科技有限公司　销售：黄志鹏　13859722416", 4)
    widths(ws, [26, 14, 14, 34])
    _save(wb, C3_A)


def build_c3_b():
    """福清玉融: a 报价函 — 等保 borrowed from its cloud; the tax note once, under the terms."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价函"
    line(ws, 1, "福清玉融数科有限公司", 5, font=BIG, align=CENTER, height=26)
    line(ws, 2, "报　价　函", 5, font=TITLE, align=CENTER, height=24)
    put_row(ws, 3, [f"致：{C3_BUYER}", None, None, "报价编号：YRSK-2025-1126"], border=False)
    put_row(ws, 4, [None, None, None, "日期：2025年11月26日"], border=False)
    line(ws, 5, "贵司好！感谢贵司邀请我司参与消费分期业务系统采购报价，现将报价及服务内容函告如下：", 5, height=28)
    put_row(ws, 6, ["序号", "服务内容", "数量", "单价（元）", "金额（元）"], font=BOLD, fill=GREY, align=CENTER)
    items = [
        [1, "消费分期系统源码（商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理）", 1, 168000, 168000],
        [2, "百行征信接口对接", 1, 12000, 12000],
        [3, "部署上云及实施培训", 1, 18000, 18000],
    ]
    r = 7
    for it in items:
        put_row(ws, r, it)
        money(ws, r, (4, 5))
        r += 1
    put_row(ws, r, ["合计", "人民币壹拾玖万捌仟元整", None, None, 198000], font=BOLD, fill=GREY)
    money(ws, r, (5,))
    r += 2
    terms = [
        "一、安全合规：系统部署于阿里云金融云，阿里云金融云平台已通过网络安全等级保护三级认证；系统敏感数据采用SM4加密，HTTPS传输，"
        "角色权限管理，操作日志保存12个月。",
        "二、售后服务：免费维护12个月，含bug修复和小版本升级；监管政策调整适配免费；7×24小时技术支持，1小时响应；提供终身技术咨询；"
        "免费维护期满后年维护费2万元/年。",
        "三、源码：完整源码交付，无加密。",
        "四、合同：上述承诺写入合同。",
        "五、报价有效期：30天。付款方式：签约60%，验收40%。",
    ]
    for t in terms:
        r += 1
        line(ws, r, t, 5, height=32)
    r += 2
    line(ws, r, "福清玉融数科有限公司（盖章）　客户经理：林巧玲　15960187325", 5)
    r += 1
    line(ws, r, "备注：以上报价均不含税（增值税13%另计）。", 5, font=SMALL)
    widths(ws, [7, 56, 7, 13, 14])
    _save(wb, C3_B)


def build_c3_c():
    """长乐航城: the vendor's quoting system's CSV export (UTF-8 with BOM)."""
    rows = [
        ["长乐航城信息技术有限公司", "", "", "", "", ""],
        ["报价单", "", "", "", "", ""],
        ["报价单号", "HC-QT-2025-11-088", "", "报价日期", "2025-11-24", ""],
        ["客户名称", C3_BUYER, "", "联系人", "蔡先生", ""],
        ["项目名称", "消费分期业务管理系统（源码采购）", "", "", "", ""],
        ["序号", "模块/服务", "规格说明", "数量", "单价(元)", "金额(元)"],
        ["1", "分期业务基础平台", "用户管理、风控审批、还款管理（还款计划、逾期提醒）", "1套", "96000.00", "96000.00"],
        ["2", "商品管理模块", "商品库、SKU、商户上架审核", "1套", "36000.00", "36000.00"],
        ["3", "分期计算器", "多期数/费率试算、提前还款试算", "1套", "28000.00", "28000.00"],
        ["4", "订单跟踪模块", "订单全流程状态跟踪、物流回传", "1套", "32000.00", "32000.00"],
        ["5", "征信及反欺诈接口", "百行征信接口、反欺诈名单", "1套", "30000.00", "30000.00"],
        ["6", "实施部署及培训", "上门部署、2天培训", "1项", "24000.00", "24000.00"],
        ["", "合计（含税）", "", "", "", "246000.00"],
        ["", "大写金额", "人民币贰拾肆万陆仟元整", "", "", ""],
        ["", "", "", "", "", ""],
        ["一、报价有效期：自报价日起60天。", "", "", "", "", ""],
        ["二、付款方式：签约30%，上线60%，验收满三个月10%。", "", "", "", "", ""],
        ["三、税费：上述价格含13%增值税。", "", "", "", "", ""],
        ["四、等保：系统已取得网络安全等级保护第三级备案证明，备案证明编号35018243007-24015（2024年8月）。", "", "", "", "", ""],
        ["五、安全：身份证号、手机号、银行卡号SM4加密存储；HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月。", "", "", "", "", ""],
        ["六、维保：验收后免费维护12个月，含缺陷修复与小版本升级；监管政策调整适配免费；维保期满后年费2.5万元/年。", "", "", "", "", ""],
        ["七、服务：7×24小时技术支持，2小时内响应；终身技术咨询。", "", "", "", "", ""],
        ["八、源码：完整源码交付，无加密，可二次开发。", "", "", "", "", ""],
        ["九、以上服务承诺均写入合同。", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["报价单位：长乐航城信息技术有限公司（盖章）", "", "", "经办人：郑立新", "0591-2888 6173", ""],
    ]
    write_csv(C3_C, rows, "utf-8-sig")


def build_c3_d():
    """龙海月港: a one-man studio's 限时特价 quote."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    line(ws, 1, "龙海月港软件工作室 报价单（限时特价）", 3, font=BIG, height=26)
    put_row(ws, 2, ["单号：YG20251102", "日期：2025/11/2", f"客户：{C3_BUYER}"], border=False)
    put_row(ws, 3, ["项目", "内容", "价格"], font=BOLD, fill=GREY)
    put_row(ws, 4, ["消费分期系统全套源码", "商品管理✔ 分期计算器✔ 订单跟踪✔ 还款管理✔ 风控审批✔ 用户管理✔",
                    "原价16.8万，限时特价8.8万（含税）"])
    put_row(ws, 5, ["部署", "远程部署", "包含"])
    r = 7
    for t in ["等保：暂未办理。", "源码：提供加密授权版，绑定一个域名。", "售后：免费维护3个月。",
              "技术支持：工作日QQ群在线答疑。", "报价有效期：7天，特价名额有限！", "联系人：小郭　微信同号 18650326617"]:
        line(ws, r, t, 3)
        r += 1
    widths(ws, [22, 60, 32])
    _save(wb, C3_D)


C3_COMMENT = """Voice: four vendors' own quotation documents, one file each, as 石狮市鸿山小额贷款有限公司 (instalment loans for buyers at the
  local garment, phone and e-bike shops; budget the consumer-instalment band 20–30万) received them and uploads them together
  in early December 2025. 南安丰州科技有限公司 (.xlsx): title "消费分期业务系统 报价单（标准版 / 专业版）", 报价单号, 报价日期 2025-11-19,
  客户, a legend "● 包含 ○ 选配（另计，价格见说明列）— 不提供", a 功能模块 | 标准版 | 专业版 | 说明 table (订单跟踪 ○ in 标准版 with
  "标准版选配价28,000元（含税）", ● in 专业版; 积分商城 and 社交分享 only in 专业版), rows 源码授权费 178,000 | 238,000, 部署实施及培训
  38,000 | 38,000, 合计（含税，元） 216,000 | 276,000, then "两个版本共同适用的条款". 福清玉融数科有限公司 (.xlsx 报价函): 致, 报价编号,
  日期 2025-11-26, a greeting, three items, "合计 | 人民币壹拾玖万捌仟元整 | 198,000.00", five terms, the seal line and under it
  "备注：以上报价均不含税（增值税13%另计）。". 长乐航城信息技术有限公司 (.csv, UTF-8 with BOM, its quoting system's export): 报价单号
  HC-QT-2025-11-088, 报价日期 2025-11-24, six items, 合计（含税） 246000.00, 大写金额, nine terms 一…九, the seal line.
  龙海月港软件工作室 (.xlsx): "报价单（限时特价）", one line "原价16.8万，限时特价8.8万（含税）", a few short terms.
Analyst's reading, written before any code read the files (the product was not run on them).
Not settled, so nothing is asserted on it: (1) 南安's TWO EDITIONS in one formal quote — analyst-reading §3.6 splits editions
  written in one price cell, and §3 prices "the configuration that has every must-have", but an edition per column of a
  vendor's own 报价单 is not spelled out: whether it is read as two quotes (标准版 with 订单跟踪 bought at 28,000 = 244,000;
  专业版 276,000) or one, and at which price, is not asserted — no price, no package; what is asserted holds for both editions
  (gate pass: every must-have is ● or ○ at a price in either; the shared terms; the must-haves and core modules); 积分商城 /
  社交分享 (专业版 only) are not asserted. (2) Whether 福清's tax note covers its 2万 yearly fee — not asserted. (3) 福清's, 龙海's
  and the others' validities are no prices; none has lapsed in a way any assertion rests on.
Traps: the decisive one is 福清's 等保, borrowed from its cloud, with its tax note under the signature. A careless reader sees the
  lowest serious price (198,000), "已通过网络安全等级保护三级认证", SM4, 7×24 with a 1-hour response, 12 months with upgrades and full
  source — and picks it. But the certificate is 阿里云金融云's, the platform it runs on (analyst-reading: a certificate of
  something else is a claim for the system offered): unverified; and "以上报价均不含税（增值税13%另计）" makes it 223,740. 长乐 proves
  its own filing (备案证明编号35018243007-24015), SM4, HTTPS, RBAC, 12-month logs and 百行, prices 商品管理, 分期计算器 and 订单跟踪
  as items, and writes 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.5万
  a year after and full unencrypted source into the contract at 246,000 含税: the pick. 南安's 标准版 looks cheaper (216,000)
  until its ○ 订单跟踪 is added, and both editions share 6 months of bug fixes only, office hours, 4 h and charged major policy
  changes: a pass, below 长乐 whichever edition is read. 龙海 is 8.8万 (under 10万: fail; 等保 "暂未办理"; an encrypted licence bound
  to one domain; 3 months; a QQ group in office hours)."""


def c3_vendors():
    return [
        dict(vendor="长乐航城信息技术有限公司", gate="pass", price=246000,
             why="CSV (UTF-8 BOM): 合计（含税） 246000.00 = 96,000 + 36,000 + 28,000 + 32,000 + 30,000 + 24,000, 大写 人民币贰拾肆万陆仟元整, 含13%增值税, inside 20–30万; 分期业务基础平台 (用户管理、风控审批、还款管理), 商品管理模块, 分期计算器, 订单跟踪模块, 征信及反欺诈接口 (百行征信接口、反欺诈名单); '已取得网络安全等级保护第三级备案证明，备案证明编号35018243007-24015'; SM4 on 身份证号/手机号/银行卡号; HTTPS (TLS1.2); RBAC; 日志12个月; 12个月 with 缺陷修复与小版本升级; 政策适配免费; 7×24, 2小时内响应; 终身技术咨询; 2.5万元/年; 完整源码 无加密; 均写入合同.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flex=ALL_BAD),
        dict(vendor="南安丰州科技有限公司", gate="pass",
             why="Two editions side by side in one 报价单: 标准版 合计（含税） 216,000 with 订单跟踪 ○ ('标准版选配价28,000元（含税）': 244,000 with it), 专业版 276,000 with it ●; both inside 20–30万 — which price (or whether two quotes) is not asserted. Shared terms: '已取得等保三级备案证明，备案证明编号35058343012-24009'; SM4 on 身份证号/手机号; HTTPS; RBAC; 日志12个月; 百行征信接口; 用户管理、商品管理、分期计算器、风控审批、还款管理 ● in both; '免费维护6个月，仅含缺陷修复，版本升级另计'; '小调整免费，重大监管政策调整另行报价' (conditional: not free at the base price); '工作日8:30-17:30' (no 7×24); 4小时内响应; 终身技术咨询; 2.2万元/年; 完整源码; 写入合同.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "conditional"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "no_lifetime_consulting", "not_in_contract", "claimed",
                   "source_partial", "source_licence_only", "bloat_features", "unverified"]),
        dict(vendor="福清玉融数科有限公司", gate="unverified", price=223740,
             why="合计 198,000 (人民币壹拾玖万捌仟元整) = 168,000 + 12,000 + 18,000, and under the signature '以上报价均不含税（增值税13%另计）' → 198,000 × 1.13 = 223,740, inside 20–30万; '系统部署于阿里云金融云，阿里云金融云平台已通过网络安全等级保护三级认证' — the cloud platform's certificate, not the system's: a claim → unverified; SM4; HTTPS; 角色权限管理; 日志12个月; 百行征信接口对接; item 1 lists 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 12个月 with bug修复和小版本升级; 政策适配免费; 7×24, 1小时响应; 终身技术咨询; 完整源码 无加密; 写入合同. Yearly fee 2万 not asserted (whether the tax note covers it is not settled).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
        dict(vendor="龙海月港软件工作室", gate="fail", price=88000,
             why="'原价16.8万，限时特价8.8万（含税）' — the 特价 is the price: 88,000, under 10万 (fail); '等保：暂未办理。' (not held: fail); '提供加密授权版，绑定一个域名' = licence only; 免费维护3个月; '工作日QQ群在线答疑' (office hours in a chat group: no 7×24); modules 商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理 (✔); encryption, logs, bureau, response, consulting, contract and the yearly fee are not said (unknown).",
             values=dict(mlps_level3=False, free_maintenance_months=3, support_7x24=False, sm4_encryption="null",
                         audit_log_months="null", response_hours="null", source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", sm4_encryption="unknown",
                         audit_log_months="unknown"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "maintenance_under_12m", "no_7x24", "source_licence_only",
                   "unconfirmed"],
             flex=["price_below_15w", "price_over_budget", "price_missing", "missing_must_have", "bloat_features",
                   "source_partial"]),
    ]


def build_c3():
    build_c3_a()
    build_c3_b()
    build_c3_c()
    build_c3_d()
    write_toml(C3_TOML, C3_COMMENT, "consumer_installment", [C3_A, C3_B, C3_C, C3_D], "长乐航城信息技术有限公司",
               "长乐 proves its own 等保 filing (35018243007-24015), SM4, HTTPS, RBAC, 12-month logs and 百行, prices 商品管理, 分期计算器 and 订单跟踪 as items, and writes 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.5万 a year after and full unencrypted source into the contract at 246,000 含税, inside 20–30万. 福清's cheaper-looking 198,000 borrows 等保 from 阿里云金融云 (a claim: unverified) and is before tax (223,740); 南安 passes in either edition but with 6 months of bug fixes, office hours, 4 h and charged major policy changes; 龙海 is 8.8万 without 等保 (fail).",
               c3_vendors())


if __name__ == "__main__":
    build_c1()
    build_c2()
    build_c3()
    print("written: zzw_01, zzw_02, zzw_03 into", HERE)
