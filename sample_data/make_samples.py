"""Generate the sample vendor-quote files shipped in ``sample_data/``.

The files imitate what a small-loan company really receives from vendors of a
loan-system source package: title rows, merged cells, blank rows, footnotes,
units in the headers, prices written as "12.8万", "19.8w", "面议" and so on.
They are deliberately messy so the importer and the scorer have something
realistic to chew on.

Run from the repository root::

    .venv/bin/python sample_data/make_samples.py

The script is deterministic: running it again rewrites the five files with the
same content (zip timestamps and document properties are pinned).
"""

from __future__ import annotations

import csv
import sys
import datetime as dt
import io
import re
import unicodedata
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT_DIR = Path(__file__).resolve().parent

# Fixed timestamp written into every generated workbook so that re-runs are
# byte-for-byte identical.
FIXED_TIME = dt.datetime(2026, 11, 2, 9, 0, 0)
AUTHOR = "采购部"

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_TOP = Alignment(vertical="top", wrap_text=True)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def display_width(text: object) -> int:
    """Approximate on-screen width: CJK / full-width characters count double."""
    if text is None:
        return 0
    longest = 0
    for line in str(text).splitlines() or [""]:
        w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        longest = max(longest, w)
    return longest


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


_MODIFIED_RE = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def save_pinned(wb: Workbook, path: Path) -> None:
    """Save ``wb`` and pin every timestamp so the output is reproducible.

    openpyxl stamps ``dcterms:modified`` with the current time and the zip
    entries with the local clock; both are rewritten here.
    """
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED_RE.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# A. transposed comparison table, personal credit loans
# --------------------------------------------------------------------------
A_VENDORS = ["信达系统", "安信科技", "融科软件", "云贷通"]

# (group, label, [values per vendor]) -- rows in display order; consecutive
# rows of one group are merged in column A.
A_ROWS: list[tuple[str, str, list[str]]] = [
    ("基本信息", "套餐", ["基础版", "标准版", "专业版", "旗舰版"]),
    ("价格", "报价", ["12.8万", "22.8万元", "19.8w", "面议"]),
    ("价格", "维保期后年费", ["按次收费，5000元/次", "3万/年", "2.5万", "待定"]),
    ("合规安全", "等保三级认证", ["无", "等保三级(2023年取得)", "三级", "已取得"]),
    ("合规安全", "数据加密", ["AES加密", "国密SM4", "SM4", "国密SM4"]),
    ("合规安全", "HTTPS传输", ["是", "是", "HTTPS", "✓"]),
    ("合规安全", "权限管理", ["有", "RBAC角色权限", "支持", "✓"]),
    ("合规安全", "日志保存期", ["3个月", "12个月", "6个月", "一年"]),
    ("合规安全", "征信接口", ["第三方数据源", "央行征信、百行征信", "百行征信", "朴道征信"]),
    ("售后", "免费维护期", ["3个月", "一年", "12个月", "两年"]),
    ("售后", "维护范围", ["仅修复系统崩溃", "bug修复+小版本升级", "bug修复", "bug修复及版本升级"]),
    ("售后", "政策适配", ["收费", "免费", "收费(8万)", "免费"]),
    ("售后", "技术支持", ["5×8", "7×24小时", "工作日 9:00-18:00", "7*24"]),
    ("售后", "响应时间", ["次日", "2小时内", "4小时", "1小时"]),
    ("售后", "终身技术咨询", ["无", "有", "有", "✓"]),
    ("售后", "承诺写入合同", ["口头承诺", "是", "是", "✓"]),
    (
        "功能",
        "功能清单",
        [
            "用户管理、还款管理、风控审批、个人征信、风控模型",
            "用户管理、还款管理、风控审批、用户征信、风控模型、反欺诈模型",
            "用户管理，还款计划，风控审批，征信接口对接，智能风控，营销插件",
            "用户管理\n还款管理\n风控审批\n个人征信\n风控模型\n反欺诈\n区块链存证\n元宇宙营销\n智能客服机器人",
        ],
    ),
]


def make_transposed_personal_credit(path: Path) -> None:
    wb = new_workbook()
    ws = wb.active
    ws.title = "报价对比"
    ncols = 2 + len(A_VENDORS)
    last_col = get_column_letter(ncols)

    # row 1: title across the whole table, row 2 left blank on purpose
    ws["A1"] = "某小贷公司 系统源码报价对比表（2026年11月）"
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = CENTER
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 28

    # row 3: header with the vendor names
    header_row = 3
    for col, text in enumerate(["类别", "对比项目", *A_VENDORS], start=1):
        cell = ws.cell(row=header_row, column=col, value=text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BOX

    # body
    row = header_row + 1
    group_start = row
    for i, (group, label, values) in enumerate(A_ROWS):
        ws.cell(row=row, column=2, value=label).border = BOX
        ws.cell(row=row, column=2).font = BOLD
        for j, value in enumerate(values):
            cell = ws.cell(row=row, column=3 + j, value=value)
            cell.border = BOX
            cell.alignment = WRAP_TOP
        ws.cell(row=row, column=1).border = BOX
        is_last_of_group = i + 1 == len(A_ROWS) or A_ROWS[i + 1][0] != group
        if is_last_of_group:
            top = ws.cell(row=group_start, column=1, value=group)
            top.font = BOLD
            top.fill = GROUP_FILL
            top.alignment = CENTER
            if row > group_start:
                ws.merge_cells(start_row=group_start, start_column=1, end_row=row, end_column=1)
            group_start = row + 1
        row += 1
    last_body_row = row - 1
    ws.row_dimensions[last_body_row].height = 140  # the multi-line feature list

    # a blank row, then the footnote across the table
    note_row = last_body_row + 2
    ws.cell(row=note_row, column=1, value="备注：以上报价均为含税价，有效期30天")
    ws.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=ncols)

    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 15
    for j in range(len(A_VENDORS)):
        ws.column_dimensions[get_column_letter(3 + j)].width = 30
    ws.freeze_panes = "C4"

    notes = wb.create_sheet("说明")
    lines = [
        "填表说明",
        "1. 各家报价由销售人员口头或邮件提供，整理人：采购部 王某。",
        "2. 云贷通未给出具体价格，称需现场演示后面议。",
        "3. 信达系统的维保期后按次收费，需另行确认年度封顶金额。",
        "4. 征信接口一栏以厂商自述为准，尚未核实是否为持牌机构。",
    ]
    for r, text in enumerate(lines, start=1):
        notes.cell(row=r, column=1, value=text)
    notes["A1"].font = BOLD
    notes.column_dimensions["A"].width = 70

    save_pinned(wb, path)


# --------------------------------------------------------------------------
# B. wide summary, merchant operating loans (table on the second sheet)
# --------------------------------------------------------------------------
B_HEADER = [
    "供应商名称", "套餐", "适用业务", "报价(万元)", "维保期后年费(万元)", "等保三级", "国密SM4",
    "HTTPS", "权限管理", "日志保存(月)", "征信接口", "免费维保(月)", "维护范围", "政策适配",
    "技术支持", "响应时间", "终身技术咨询", "承诺写入合同", "核心功能", "备注",
]
B_ROWS: list[list[object]] = [
    ["金服云", "企业版", "商户经营性贷", 29.8, 3, "是", "是", "是", "是", 12,
     "央行征信、百行征信", 12, "bug修复+小版本升级", "免费", "7×24", "2小时", "是", "是",
     "用户管理、还款管理、风控审批、企业征信、银行流水分析、电子合同、数据大屏", "含部署培训"],
    ["汇通科技", "标准版", "商户经营性贷", 25, 2.5, "是", "是", "是", "是", 6,
     "百行征信", 6, "bug修复", "免费", "5×8", "4小时", "否", "否",
     "用户管理、还款管理、风控审批、企业征信、合同管理", None],
    ["小微宝", "免费版", "商户经营性贷、个人信用贷", 8.8, None, "申请中", "AES", "是", "是", 3,
     "无", 3, "仅修复系统崩溃", "收费", "工作日", "次日", "否", "否",
     "用户管理、还款管理、风控审批、企业征信、流水分析、合同管理", "首年优惠"],
    ["鼎信数科", "商户旗舰版", "商户经营性贷", 33, 3.5, "等保三级", "国密SM4", "是", "是", 12,
     "朴道征信", 12, "含小版本升级", "免费", "7*24", "1小时", "是", "是",
     "用户管理、还款管理、风控审批、企业征信、流水分析、电子合同、API开放平台、区块链存证",
     "报价有效期30天"],
]
B_NUMERIC = {"报价(万元)", "维保期后年费(万元)", "日志保存(月)", "免费维保(月)"}


def make_wide_merchant(path: Path) -> None:
    wb = new_workbook()
    cover = wb.active
    cover.title = "封面"
    for r, text in enumerate(
        [
            "商户经营性贷业务系统 采购询价",
            "",
            "询价单位：某市小额贷款有限公司",
            "整理日期：2026年11月",
            "报价明细见「汇总」工作表",
        ],
        start=1,
    ):
        if text:
            cover.cell(row=r, column=1, value=text)
    cover["A1"].font = TITLE_FONT
    cover.column_dimensions["A"].width = 40

    ws = wb.create_sheet("汇总")
    last_col = get_column_letter(len(B_HEADER))
    ws["A1"] = "商户经营性贷 系统报价汇总"
    ws["A1"].font = TITLE_FONT
    ws.merge_cells(f"A1:{last_col}1")
    # row 2 blank, row 3 header
    header_row = 3
    for col, text in enumerate(B_HEADER, start=1):
        cell = ws.cell(row=header_row, column=col, value=text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BOX
    for i, values in enumerate(B_ROWS):
        r = header_row + 1 + i
        for col, (name, value) in enumerate(zip(B_HEADER, values), start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border = BOX
            if name in B_NUMERIC and isinstance(value, float):
                cell.number_format = "0.0"
            if name == "核心功能":
                cell.alignment = WRAP_TOP
    for col, name in enumerate(B_HEADER, start=1):
        width = max(display_width(name), *(display_width(r[col - 1]) for r in B_ROWS))
        ws.column_dimensions[get_column_letter(col)].width = min(width + 2, 45)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)

    save_pinned(wb, path)


# --------------------------------------------------------------------------
# C. English wide sheet, consumer installment
# --------------------------------------------------------------------------
C_HEADER = [
    "Vendor", "Package", "Business type", "Quote (CNY)", "Annual fee after warranty (CNY)",
    "MLPS Level 3", "SM4 encryption", "HTTPS/TLS", "Role-based access control",
    "Audit log retention", "Credit bureau", "Free maintenance", "Maintenance scope",
    "Regulatory policy updates", "Support hours", "Response time", "Lifetime consulting",
    "Written into contract", "Modules",
]
_C_STD_MODULES = ("user management; repayment management; risk approval; product management; "
                  "installment calculator; order tracking")
C_ROWS: list[list[object]] = [
    ["FinStack Ltd", "Standard", "consumer installment", "CNY 260,000", 30000, "Yes", "Yes", "Yes",
     "Yes", "12 months", "PBoC Credit Reference Center", "1 year", "bug fixes and minor upgrades",
     "free", "24/7", "within 2 hours", "yes", "yes", _C_STD_MODULES],
    ["LoanWare", "Basic", "consumer installment", "CNY 190,000", 20000, "Yes", "No (AES-256)", "Yes",
     "Yes", "6 months", "Baihang Credit", "6 months", "bug fixes only", "charged (CNY 50,000)",
     "business hours (5x8)", "next business day", "no", "no", _C_STD_MODULES],
    ["QuickLend Pro", "Pro", "consumer installment", "18-24万", 25000, "Y", "Y", "Y", "Y",
     "12 months", "Pudao Credit", "12 months", "bug fixes + minor version upgrades", "free", "7x24",
     "30 min", "Y", "Y",
     "user management, repayment management, risk approval, product management, installment "
     "calculator, social sharing, points mall, overseas payment, AI customer service bot"],
    ["BudgetLoan", "Free Edition", "consumer installment", "Free", None, "In progress", "No", "Yes",
     "Yes", "3 months", "none", "3 months", "crash fixes only", "charged", "5x8", "ASAP", "no",
     "no", _C_STD_MODULES],
]


def make_english(path: Path) -> None:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Quotes"
    ws.append(C_HEADER)
    for cell in ws[1]:
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
    for values in C_ROWS:
        ws.append(values)
    fee_col = C_HEADER.index("Annual fee after warranty (CNY)") + 1
    for r in range(2, 2 + len(C_ROWS)):
        ws.cell(row=r, column=fee_col).number_format = "#,##0"
        ws.cell(row=r, column=len(C_HEADER)).alignment = WRAP_TOP
    for col, name in enumerate(C_HEADER, start=1):
        width = max(display_width(name), *(display_width(r[col - 1]) for r in C_ROWS))
        ws.column_dimensions[get_column_letter(col)].width = min(width + 2, 50)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "B2"
    save_pinned(wb, path)


# --------------------------------------------------------------------------
# D. GBK-encoded CSV, consumer installment
# --------------------------------------------------------------------------
D_HEADER = [
    "供应商名称", "套餐", "业务类型", "报价", "维保期后年费", "等保三级", "国密SM4", "HTTPS",
    "权限管理", "日志保存", "征信接口", "免费维保", "维护范围", "政策适配", "技术支持",
    "响应时间", "终身技术咨询", "承诺写入合同", "核心功能", "备注",
]
D_ROWS: list[list[str]] = [
    ["分期宝科技", "标准版", "消费分期", "24.5万", "3万/年", "等保三级", "SM4", "是", "是",
     "12个月", "央行征信、百行征信", "12个月", "bug修复+小版本升级", "免费", "7×24", "2小时内",
     "是", "是", "用户管理、还款管理、风控审批、商品管理、分期计算器、订单跟踪", "含一年维保"],
    # ￥ is the full-width yen sign a Chinese IME types; the half-width ¥ does not exist in GBK.
    ["乐享分期", "基础版", "消费分期", "￥198,000", "按次收费", "等保三级", "SM4", "是", "是",
     "6个月", "百行征信", "3个月", "仅bug修复", "收费(5万)", "5×8", "次日", "否", "否",
     "用户管理、还款管理、风控审批、商品管理、分期计算器、订单管理", "维护期签约后告知"],
    ["易分期", "专业版", "消费分期", "十八万", "2万/年", "已取得", "AES", "是", "是",
     "12个月", "朴道征信", "12个月", "bug修复及小版本升级", "免费", "7×24", "2h",
     "是", "是",
     "用户管理、还款管理、风控审批、商品管理、分期计算器、订单跟踪、积分商城、社交分享", ""],
    ["优选金融", "旗舰版", "消费分期", "面议", "待定", "二级", "国密SM4", "是", "是",
     "6个月", "第三方数据源", "6个月", "bug修复", "收费", "5×8", "4小时", "否", "否",
     "用户管理、还款管理、风控审批、商品管理、分期计算器、订单跟踪、跨境支付", "价格待演示后确定"],
]


def make_gbk_csv(path: Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # Excel writes CRLF
    writer.writerow(D_HEADER)
    writer.writerows(D_ROWS)
    path.write_bytes(buf.getvalue().encode("gbk"))


# --------------------------------------------------------------------------
# E. blank bilingual template: the same file the dashboard offers for download
# --------------------------------------------------------------------------
def make_template(path: Path) -> None:
    sys.path.insert(0, str(OUT_DIR.parent))
    from core.excel import template_bytes

    path.write_bytes(template_bytes("zh"))


# --------------------------------------------------------------------------
def main() -> list[Path]:
    targets = [
        (OUT_DIR / "报价对比表_个人信用贷.xlsx", make_transposed_personal_credit),
        (OUT_DIR / "商户经营贷_报价汇总.xlsx", make_wide_merchant),
        (OUT_DIR / "vendor_quotes_en.xlsx", make_english),
        (OUT_DIR / "报价汇总_GBK.csv", make_gbk_csv),
        (OUT_DIR / "报价模板_template.xlsx", make_template),
    ]
    for path, build in targets:
        build(path)
        print(f"wrote {path.relative_to(OUT_DIR.parent)}")
    return [p for p, _ in targets]


if __name__ == "__main__":
    main()
