"""Build the "t" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (an IT director's 幕布 outline of his vendor notes,
pasted into WPS one node a line with its indentation and saved as GBK CSV; a clerk's 报价函汇编, every vendor's 报价函 copied
one under the other on one sheet, each with its own line items, 合计（小写）and 合计（大写）; the vendors' own 自评表 answers
appended into one long UTF-8 CSV, self-scores and the buyer's 复核 beside the vendors' words; a Macau group's bilingual
RFP 回應摘要 in Traditional Chinese and English, one vendor quoting in MOP with the comparison rate stated above the table;
an English board slide's "Vendor comparison" table exported to Excel, symbols and superscript footnote markers ¹ ² ³ explained
below it; a 企业微信 shared sheet that every vendor filled in on its own row, with the @mention threads of the comment column
exported beside it) and buyers' staff would write; the expected reading of every file is in the matching t_0N_*.toml beside
it, written from the file's content and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product code
read these files. The author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_t.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure t_
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.append("/work/main/tests/cases")  # when run from a scratch copy
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 7, 28, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MUTED = Font(color="808080", size=9)
ITALIC = Font(italic=True, color="808080")


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    return CASES if any(CASES.glob(name[:5] + "*.toml")) else HERE


def _save(wb, name, creator="buyer"):
    wb.properties.creator = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


def write_csv(name: str, rows: list[list[str]], encoding: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (_home(name) / name).write_bytes(buf.getvalue().encode(encoding))


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None):
    """A line of prose merged across the table, left-aligned (a title, a note)."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# t_01  个人信用贷 — 郑卫东, 信息技术部总监 of 南平武夷小额贷款 (personal credit loans), keeps his notes in 幕布. While
#       collecting quotes he wrote one branch per vendor (报价 / 功能 / 等保安全 / 征信 / 售后 / 源码), copying the vendors'
#       own wording where it mattered, plus his own "我的判断" and 待办 nodes. For the 总经理办公会 he selected the outline,
#       pasted it into WPS (one node a line in column A, the indentation kept as leading spaces, the node's 描述 in
#       column B) and saved it as CSV; WPS wrote GBK.
# Layout: two columns 大纲 | 节点描述, no other header; level = leading spaces / 4; a vendor is a third-level node under
#       "供应商（按收到报价顺序）"; facts sit one to three levels below it, several facts in one node, labels "报价：",
#       "等保：" in front; the node 描述 says where the fact came from (报价函 PDF, 邮件, 微信文字).
# Traps: the vendor is the company node, never "供应商（按收到报价顺序）", "我的判断" or "待办"; 刺桐's 17.8万 is 不含税 and
#       its 风控模型 (a must-have) is "标准版不含，选配另加2.6万（不含税）": (178,000 + 26,000) × 1.13 = 230,520 (its 营销插件,
#       deferrable, not bought); 沙县金科 (19.9万 含税, cheapest credible) only claims ("按等保三级标准设计，测评协助另计", 国密加密,
#       支持对接征信, 终身维护), encrypts its risk engine's core and gives away 智能客服机器人 and 区块链存证; 永定 (13.6万 含税,
#       the caution zone) is strong but its 等保 is "申请中…预计2025年10月" (unverified, never a fail); 霞浦 is "免费（开源版），
#       商业授权另议" with no 征信 and no 风控 (fail); 漳州 declined on the phone (no quote); 备案证明编号, dates and 预算20万 are no
#       amounts.
# ---------------------------------------------------------------------------------------------
def _outline(lines):
    rows = []
    for ln in lines:
        if isinstance(ln, tuple):
            text, note = ln
        else:
            text, note = ln, ""
        rows.append([text, note])
    return rows


T01 = [
    ("小额贷系统源码选型（个人信用贷）", "郑卫东 2025-07-21 整理，给总经理办公会"),
    ("    背景", ""),
    ("        业务：个人信用贷，线上进件＋两个网点", ""),
    ("        预算：20万左右（含税），源码买断＋部署＋培训", ""),
    ("        必须有：征信对接、风控模型、还款管理；反欺诈也要有", "风控部贾总要求"),
    ("        询价：7月7日发出，6家，要求7月16日前书面回复", ""),
    ("    供应商（按收到报价顺序）", ""),
    ("        福州鼓山数科有限公司", "报价函（盖章PDF）7月10日，邮件"),
    ("            报价：合计22.6万元（含税13%）", ""),
    ("                源码授权费16万＋部署实施费4.8万＋培训费1.8万", ""),
    ("            功能", ""),
    ("                个人征信查询（人行二代征信、百行征信）", ""),
    ("                风控模型：评分卡＋决策引擎", ""),
    ("                反欺诈：设备指纹、黑名单、多头借贷识别", ""),
    ("                还款管理：还款计划、到期提醒、逾期催收", ""),
    ("                审批流、用户管理", ""),
    ("            等保/安全", ""),
    ("                等保三级：已取得，备案证明编号35010043027-24012（2024年6月）", "复印件在邮件附件里"),
    ("                身份证号、手机号、银行卡号SM4加密存储；全站HTTPS", ""),
    ("                RBAC角色权限；操作日志保存12个月，异常登录告警", ""),
    ("            征信接口：人行征信中心、百行征信（均为持牌机构）", ""),
    ("            售后（报价函原文）", ""),
    ("                免费维护12个月，含bug修复及小版本升级", ""),
    ("                因监管政策变化需要的系统调整，免费适配", ""),
    ("                7×24小时技术支持，1小时内响应，指定驻场工程师对接", ""),
    ("                终身技术咨询；以上承诺全部写入合同", ""),
    ("                维保期满后年维护费2.6万元/年", ""),
    ("            源码：交付完整源代码，无加密，可二次开发", ""),
    ("            我的判断：各项都有书面依据，价格在预算附近，首选", ""),
    ("        泉州刺桐软件有限公司", "报价单 7月11日，邮件"),
    ("            报价：17.8万元（不含税，增值税13%另计）", ""),
    ("            功能：个人征信查询（百行征信）、反欺诈规则引擎、还款计划及提醒、审批流、用户管理", ""),
    ("                风控模型：标准版不含，选配另加2.6万元（不含税）", ""),
    ("                营销插件：选配，另加1.5万元（不含税）", "营销插件我们暂时用不上"),
    ("            等保三级：有证，备案证明编号35050043012-23009", ""),
    ("            安全：SM4加密；HTTPS；角色权限；日志保存6个月", ""),
    ("            征信接口：百行征信", ""),
    ("            售后", ""),
    ("                免费维护12个月（仅修复bug，不含版本升级）", ""),
    ("                重大监管政策调整另行报价", ""),
    ("                工作日9:00-18:00技术支持，4小时内响应", ""),
    ("                不提供终身技术咨询", ""),
    ("                以上写入合同；维保期后按合同额15%/年收取维护费", ""),
    ("            源码：完整源码交付", ""),
    ("            我的判断：加上风控和税，比鼓山还贵，售后也弱", ""),
    ("        三明沙县金科信息技术有限公司", "微信发来的文字报价 7月12日，原话照抄"),
    ("            报价：19.9万，含税，一口价", ""),
    ("            功能：征信查询、智能风控、反欺诈、还款提醒、审批流、用户管理", ""),
    ("                赠送：智能客服机器人、区块链存证", ""),
    ("            等保：按等保三级标准设计，测评协助另计", "要证书编号，说“在整理”，至今没发"),
    ("            加密：国密加密；HTTPS有；权限管理有", ""),
    ("            征信：支持对接征信", ""),
    ("            售后：终身维护，7×24小时，尽快响应", ""),
    ("            源码：风控引擎核心加密，其余源码开放", ""),
    ("            我的判断：最便宜，但都是口号，等保拿不出证", ""),
    ("        龙岩永定科技有限公司", "报价函 7月14日，邮件"),
    ("            报价：13.6万元（含税）", ""),
    ("            功能：个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理", ""),
    ("            等保三级：申请中，已提交测评机构，预计2025年10月取得备案证明", ""),
    ("            安全：身份证号、手机号SM4加密；HTTPS；RBAC权限；日志保存6个月", ""),
    ("            征信接口：百行征信、朴道征信", ""),
    ("            售后：免费维护12个月，含bug修复和小版本升级；政策调整免费适配；7×24小时，2小时内响应；"
     "终身技术咨询；写入合同；维保期后1.8万元/年", ""),
    ("            源码：完整源码，无加密", ""),
    ("            我的判断：便宜得有点不放心，等保还没下来", ""),
    ("        宁德霞浦网络工作室", "QQ聊天 7月15日"),
    ("            报价：免费（开源版），商业授权另议", ""),
    ("            功能：借款申请、还款管理、用户管理；没有征信对接，风控模型需要自己开发", ""),
    ("            等保：无", ""),
    ("            售后：QQ群答疑", ""),
    ("        漳州九龙江科技有限公司", "7月9日电话"),
    ("            电话婉拒，不参与本次报价", ""),
    ("    待办", ""),
    ("        约鼓山、刺桐7月24日来现场演示", ""),
    ("        催沙县金科发等保备案证明（第二次）", ""),
    ("        合同模板发法务审核", ""),
]


def case_t01():
    write_csv("t_01_pc_mubu_dagang_gbk.csv", _outline(T01), "gbk")


# ---------------------------------------------------------------------------------------------
# t_02  商户经营性贷 — 韩雪 of 综合管理部 at 潍坊鸢都小额贷款 (operating loans to merchants and 个体户) received each
#       vendor's 报价函 as Word or PDF and copied them, one under the other, into one sheet "报价函汇编" so the 总经理 could
#       print them on one go; a ━━ separator between them, her 汇编说明 and a summary line at the foot.
# Layout: a title and a 目录 line, then per vendor: a separator row "━━ 第N份 ━━", 报价函 title, 致：潍坊鸢都小额贷款有限公司：,
#       a paragraph, a line-item table 序号 | 报价项目 | 内容说明 | 金额（元）, 合计（小写）and 合计（大写）rows, numbered
#       terms, 报价单位（盖章）, 日期, 联系人. The sixth 报价函 is a 回函 declining.
# Traps: each block is one quote, the vendor from 报价单位 (never the addressee 潍坊鸢都); 芝罘's 合计 is 不含税 and its 电子合同
#       (a must-have) is under "选配模块（未含在合计内）" at 28,000: (240,000 + 28,000) × 1.13 = 302,840 (数据分析大屏, deferrable,
#       not bought); 齐都's items add up to 255,000 while its 合计 says 258,000 in figures and in 大写 (the 合计 stands, a
#       warning); 齐都 only claims (满足等保三级要求，可协助甲方通过测评, 国密算法, 主流征信机构, 终身免费维护), encrypts its risk
#       engine and gives away 区块链存证 and 元宇宙营销展厅; 岚山 (13.8万) is 等保二级 with 电子合同 暂不提供 (fail); 黄河口
#       states every term but prices "面议" (no price); 刘公岛 declined; 韩雪's summary line (崂山27万、芝罘24万…) and 报价有效期
#       are no prices.
# ---------------------------------------------------------------------------------------------
T02_BLOCKS = [
    {
        "name": "青岛崂山数科有限公司", "date": "2025年7月9日", "contact": "联系人：孙浩  电话：0532-8667 2190",
        "intro": "贵公司《小额贷款业务系统源码采购询价函》收悉。经研究，我公司就源码买断、部署实施及培训报价如下（含13%增值税）：",
        "items": [("1", "源码授权费", "企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理全部模块", "198,000.00"),
                  ("2", "部署实施费", "私有化部署、历史数据迁移、联调上线", "52,000.00"),
                  ("3", "培训费", "3天现场培训（业务＋运维）", "20,000.00")],
        "total": "¥270,000.00（含13%增值税）", "daxie": "人民币贰拾柒万元整",
        "options": None,
        "terms": ["一、资质：已取得网络安全等级保护三级备案证明（编号37020043018-24006），复印件附后。",
                  "二、安全：身份证号、手机号、银行卡号采用SM4加密存储；全站HTTPS；基于角色的权限管理；操作日志保存12个月。",
                  "三、征信接口：已对接人行征信中心企业征信、百行征信。",
                  "四、售后：免费维护12个月，含bug修复及小版本升级；因监管政策变化导致的系统调整免费适配；7×24小时技术支持，"
                  "2小时内响应；终身技术咨询；上述承诺均写入合同。",
                  "五、维保期满后年维护费3.2万元/年。",
                  "六、源码：交付完整源代码，无加密，可二次开发。",
                  "七、报价有效期：90天。"],
    },
    {
        "name": "烟台芝罘软件有限公司", "date": "2025年7月10日", "contact": "联系人：于洋  电话：0535-6213 4478",
        "intro": "感谢贵公司邀请，现报价如下（金额单位：元，以下报价均不含税，增值税税率13%另行计取）：",
        "items": [("1", "源码授权费（标准版）", "企业征信、银行流水分析、风控审批、还款管理、用户管理", "210,000.00"),
                  ("2", "部署实施费", "部署、联调、上线保障", "30,000.00")],
        "total": "¥240,000.00（不含税）", "daxie": "人民币贰拾肆万元整",
        "options": [("选配1", "电子合同模块", "在线签约、合同模板、签章对接", "28,000.00"),
                    ("选配2", "数据分析大屏", "经营数据可视化", "15,000.00")],
        "terms": ["1. 资质：等保三级，备案证明编号37060043009-23012。",
                  "2. 安全：敏感字段SM4加密；HTTPS；角色权限；日志保存6个月。",
                  "3. 征信接口：百行征信、朴道征信。",
                  "4. 售后：免费维护12个月（仅限缺陷修复，版本升级除外）；监管政策重大调整另行报价；技术支持时间为工作日"
                  "9:00-17:30，4小时内响应；不提供终身技术咨询；上述内容写入合同；维保期满后按合同额15%/年收取维护费。",
                  "5. 源码：完整源码交付。",
                  "6. 本报价有效期60天。"],
    },
    {
        "name": "淄博齐都信息技术有限公司", "date": "2025年7月11日", "contact": "联系人：马总  电话：139 0533 5521",
        "intro": "我司是专业金融软件开发商，产品成熟稳定，服务过上百家小贷公司。报价如下（含税）：",
        "items": [("1", "系统源码授权", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "180,000.00"),
                  ("2", "实施部署", "部署上线", "60,000.00"),
                  ("3", "培训", "远程培训", "15,000.00")],
        "total": "¥258,000.00（含税）", "daxie": "人民币贰拾伍万捌仟元整",
        "options": None,
        "terms": ["1、资质：系统满足等保三级要求，可协助甲方通过等保测评。",
                  "2、安全：采用国密算法加密，支持HTTPS，权限管理完善。",
                  "3、征信：支持对接主流征信机构。",
                  "4、售后：终身免费维护！7×24小时服务，30分钟响应。",
                  "5、源码：风控引擎以加密组件形式提供，其余模块开放源码。",
                  "6、限时赠送：区块链存证模块、元宇宙营销展厅。"],
    },
    {
        "name": "日照岚山网络科技有限公司", "date": "2025年7月12日", "contact": "联系人：丁工  电话：0633-2276 0915",
        "intro": "报价如下：",
        "items": [("1", "系统源码", "企业征信查询、银行流水分析、还款管理、用户管理", "108,000.00"),
                  ("2", "安装部署", "远程安装", "30,000.00")],
        "total": "¥138,000.00（含税）", "daxie": "人民币壹拾叁万捌仟元整",
        "options": None,
        "terms": ["1. 资质：已取得等保二级备案。",
                  "2. 电子合同功能暂不提供。",
                  "3. 安全：AES加密，HTTPS，日志保存3个月。",
                  "4. 售后：免费维护6个月，工作日电话支持。",
                  "5. 授权方式：授权使用，绑定服务器。"],
    },
    {
        "name": "东营黄河口科技有限公司", "date": "2025年7月14日", "contact": "联系人：刘经理  电话：0546-8318 6602",
        "intro": "我司可提供完整的小贷业务系统源码及服务，因定制内容需现场调研，价格如下：",
        "items": [("1", "源码授权费", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "面议"),
                  ("2", "部署实施费", "私有化部署", "面议")],
        "total": "面议（根据调研后的定制范围另行商定）", "daxie": "—",
        "options": None,
        "terms": ["1. 资质：已取得等保三级备案证明，编号37050043010-24002。",
                  "2. 安全：身份证号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月。",
                  "3. 征信接口：人行征信中心、百行征信。",
                  "4. 售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；"
                  "终身技术咨询；以上写入合同。",
                  "5. 源码：交付完整源代码，可二次开发。"],
    },
]


def case_t02():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价函汇编"
    widths(ws, [10, 24, 52, 20])
    r = 1
    _text_row(ws, r, 4, "小额贷款业务系统源码采购——各供应商报价函汇编（商户经营性贷）", font=TITLE, height=24)
    r += 1
    _text_row(ws, r, 4, "目录：1 青岛崂山  2 烟台芝罘  3 淄博齐都  4 日照岚山  5 东营黄河口  6 威海刘公岛（回函）    "
                        "汇编：综合管理部 韩雪  2025-07-16", font=MUTED)
    r += 2
    for n, b in enumerate(T02_BLOCKS, start=1):
        _text_row(ws, r, 4, f"━━━━━━━━━━━━ 第{n}份 ━━━━━━━━━━━━", font=MUTED)
        r += 1
        c = ws.cell(row=r, column=1, value="报  价  函")
        c.font = TITLE
        c.alignment = CENTER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        _text_row(ws, r, 4, "致：潍坊鸢都小额贷款有限公司：")
        r += 1
        _text_row(ws, r, 4, "    " + b["intro"], height=30)
        r += 1
        put_row(ws, r, ["序号", "报价项目", "内容说明", "金额（元）"], font=BOLD, fill=GREY, align=CENTER)
        r += 1
        for it in b["items"]:
            put_row(ws, r, list(it))
            r += 1
        put_row(ws, r, ["合计（小写）", None, None, b["total"]], font=BOLD)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
        put_row(ws, r, ["合计（大写）", None, None, b["daxie"]], font=BOLD)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
        if b["options"]:
            _text_row(ws, r, 4, "选配模块（未含在合计内，金额不含税）", bold=True)
            r += 1
            for it in b["options"]:
                put_row(ws, r, list(it))
                r += 1
        for t in b["terms"]:
            _text_row(ws, r, 4, t, height=30 if len(t) > 50 else None)
            r += 1
        r += 1
        _text_row(ws, r, 4, f"报价单位：{b['name']}（盖章）")
        r += 1
        _text_row(ws, r, 4, f"日期：{b['date']}        {b['contact']}")
        r += 2
    _text_row(ws, r, 4, "━━━━━━━━━━━━ 第6份 ━━━━━━━━━━━━", font=MUTED)
    r += 1
    c = ws.cell(row=r, column=1, value="回  函")
    c.font = TITLE
    c.alignment = CENTER
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    _text_row(ws, r, 4, "致：潍坊鸢都小额贷款有限公司：")
    r += 1
    _text_row(ws, r, 4, "    感谢贵公司邀请。因我司近期项目排期已满，本次不参与报价，敬请谅解。")
    r += 1
    _text_row(ws, r, 4, "威海刘公岛软件有限公司（盖章）    2025年7月8日")
    r += 3
    _text_row(ws, r, 4, "汇编说明：以上按收到先后顺序排列，内容照原件录入，附件（等保证明复印件等）另装订。", font=MUTED)
    r += 1
    _text_row(ws, r, 4, "报价汇总（韩雪手记）：崂山27万、芝罘24万（不含税）、齐都25.8万、岚山13.8万、黄河口面议；刘公岛不参与。",
              font=MUTED)
    _save(wb, "t_02_ml_baojiahan_huibian.xlsx", creator="韩雪")


# ---------------------------------------------------------------------------------------------
# t_03  消费分期 — 株洲湘江小额贷款 (phone and appliance instalments through partner stores) sent every vendor a 供应商自评表
#       (one row per 评分细项 with its 分值, the vendor to fill 自评分 and 自评说明, "请写明具体内容，仅填分数视为未答复"). 科技部
#       刘畅 pasted the five returned forms under one another into one long table, added 复核得分 / 复核意见 for the panel and
#       saved it as CSV (UTF-8 with BOM).
# Layout: 供应商名称 | 评分大项 | 序号 | 评分细项 | 分值 | 供应商自评分 | 自评说明（供应商填写） | 佐证材料 | 复核得分 | 复核意见,
#       22 rows per vendor, the vendor's name on every row, then a 汇总 row.
# Traps: only 自评说明 is the vendor's statement — the self-scores (雁城 gives itself full marks beside "工作日9:00-18:00") and the
#       复核 columns are no facts; 雁城's 19.8万 is 不含税 and its 订单跟踪 (a must-have) "选配，另加2.4万元（不含税）":
#       (198,000 + 24,000) × 1.13 = 250,860 (积分商城, deferrable, not bought); 莲城 only claims (已通过等保测评 without a
#       level, 国密算法, 支持对接征信, 终身维护, 可写入合同), answers 分期计算器 "详见产品白皮书第12页" (unconfirmed, unverified —
#       never missing), leaves logs blank, encrypts its core and gives away 智能客服机器人; 巴陵 (12.8万, caution zone) is
#       "三级测评中" (unverified) with 6 months; 桃花源 (8.8万) has no 等保, "订单跟踪：暂无" and a bound licence (fail); the
#       汇总 row is a statistic.
# ---------------------------------------------------------------------------------------------
T03_ITEMS = [
    ("商务", "1.1", "投标报价（总价，注明是否含税）", 10),
    ("商务", "1.2", "报价构成及选配项", 5),
    ("功能", "2.1", "商品管理", 5),
    ("功能", "2.2", "分期计算器", 5),
    ("功能", "2.3", "订单跟踪", 5),
    ("功能", "2.4", "其他功能模块", 5),
    ("安全合规", "3.1", "等保三级", 10),
    ("安全合规", "3.2", "敏感数据加密", 5),
    ("安全合规", "3.3", "传输加密（HTTPS）", 3),
    ("安全合规", "3.4", "权限管理", 4),
    ("安全合规", "3.5", "日志审计及保存期", 4),
    ("安全合规", "3.6", "征信接口", 3),
    ("售后", "4.1", "免费维护期及维护范围", 6),
    ("售后", "4.2", "监管政策适配", 5),
    ("售后", "4.3", "技术支持时段", 4),
    ("售后", "4.4", "响应时间", 3),
    ("售后", "4.5", "终身技术咨询", 2),
    ("售后", "4.6", "承诺写入合同", 4),
    ("售后", "4.7", "维保期后收费", 3),
    ("源码", "5.1", "源码交付方式", 4),
]

T03_V = {
    "株洲炎帝数科有限公司": [
        (9, "24.6万元（含13%增值税）", "报价单第1页"),
        (5, "源码授权17.8万＋实施部署5万＋培训1.8万＝24.6万；无选配项", "报价单第2页"),
        (5, "商品管理：SPU/SKU、门店商品上架、库存同步", ""),
        (5, "分期计算器：等额本息、等额本金、免息分期试算", ""),
        (5, "订单跟踪：下单-审核-放款-发货-还款全流程状态跟踪", ""),
        (4, "还款管理、风控审批、用户管理", ""),
        (10, "已取得等保三级，备案证明编号43020043016-24011（2024年4月）", "附件1 备案证明复印件"),
        (5, "身份证号、手机号、银行卡号SM4加密存储", ""),
        (3, "全站HTTPS（TLS1.2及以上）", ""),
        (4, "RBAC角色权限，菜单及数据权限", ""),
        (4, "操作日志保存12个月，异常操作告警", ""),
        (3, "百行征信（持牌）", ""),
        (6, "免费维护12个月，含bug修复及小版本升级", ""),
        (5, "监管政策调整导致的修改免费", ""),
        (4, "7×24小时", ""),
        (3, "1小时内响应，指定工程师", ""),
        (2, "提供终身技术咨询", ""),
        (4, "以上承诺全部写入合同", "合同草案第8条"),
        (3, "维保期满后年维护费2.9万元", ""),
        (4, "交付完整源代码，无加密，可二次开发", ""),
    ],
    "衡阳雁城软件有限公司": [
        (10, "19.8万元（不含税，增值税13%另计）", ""),
        (5, "标准版19.8万元（不含税）；订单跟踪模块选配另加2.4万元（不含税）；积分商城选配1.8万元（不含税）", ""),
        (5, "商品管理：有", ""),
        (5, "分期计算器：有", ""),
        (5, "订单跟踪：选配，另加2.4万元（不含税）", ""),
        (5, "还款管理、风控审批、用户管理；积分商城（选配）", ""),
        (10, "等保三级，备案证明编号43040043021-23015", "附件 备案证明"),
        (5, "SM4加密", ""),
        (3, "HTTPS", ""),
        (4, "角色权限", ""),
        (4, "日志保存6个月", ""),
        (3, "百行征信", ""),
        (6, "免费维护12个月（仅修复bug，不含版本升级）", ""),
        (5, "重大政策调整另行报价", ""),
        (4, "工作日9:00-18:00", ""),
        (3, "4小时内响应", ""),
        (2, "不提供", ""),
        (4, "写入合同", ""),
        (3, "按合同额15%/年", ""),
        (4, "完整源码", ""),
    ],
    "湘潭莲城网络科技有限公司": [
        (10, "23.8万（含税）", ""),
        (5, "一口价，含全部模块，另赠送智能客服机器人", ""),
        (5, "商品管理：有", ""),
        (5, "分期计算器：详见产品白皮书第12页", "产品白皮书.pdf"),
        (5, "订单管理：有", ""),
        (5, "还款提醒、审批流、用户管理；赠送智能客服机器人", ""),
        (10, "已通过等保测评", ""),
        (5, "采用国密算法加密", ""),
        (3, "支持HTTPS", ""),
        (4, "权限管理完善", ""),
        (4, "", ""),
        (3, "支持对接征信", ""),
        (6, "终身维护", ""),
        (5, "", ""),
        (4, "7×24小时在线", ""),
        (3, "", ""),
        (2, "", ""),
        (4, "可写入合同", ""),
        (3, "", ""),
        (4, "核心代码加密，其余开放", ""),
    ],
    "岳阳巴陵科技有限公司": [
        (6, "12.8万元（含税）", ""),
        (5, "源码10万＋部署2.8万＝12.8万", ""),
        (5, "商品管理", ""),
        (5, "分期计算器（等额本息、免息）", ""),
        (5, "订单跟踪", ""),
        (4, "还款管理、风控审批、用户管理", ""),
        (3, "等保三级测评中，预计2025年10月取得备案证明", "测评机构受理回执"),
        (5, "身份证号、手机号SM4加密", ""),
        (3, "HTTPS", ""),
        (4, "RBAC角色权限", ""),
        (4, "日志保存6个月", ""),
        (3, "百行征信", ""),
        (4, "免费维护6个月，含bug修复及小版本升级", ""),
        (5, "政策适配免费", ""),
        (4, "7×24小时", ""),
        (3, "2小时内响应", ""),
        (2, "提供终身技术咨询", ""),
        (4, "写入合同", ""),
        (3, "1.5万元/年", ""),
        (4, "完整源码，无加密", ""),
    ],
    "常德桃花源信息技术工作室": [
        (10, "8.8万（含税）", ""),
        (5, "一口价", ""),
        (5, "商品管理", ""),
        (5, "分期计算器", ""),
        (0, "订单跟踪：暂无", ""),
        (3, "还款管理、用户管理", ""),
        (0, "无", ""),
        (2, "密码MD5加密", ""),
        (3, "有", ""),
        (1, "单一管理员账号", ""),
        (1, "日志保存1个月", ""),
        (0, "暂未对接", ""),
        (2, "免费维护3个月", ""),
        (0, "按工作量收费", ""),
        (2, "工作日QQ群", ""),
        (1, "次日", ""),
        (0, "无", ""),
        (0, "否", ""),
        (1, "按次收费", ""),
        (1, "授权使用，绑定域名", ""),
    ],
}

T03_REVIEW = {
    ("衡阳雁城软件有限公司", "4.3"): (1, "自评满分，但说明为工作日支持"),
    ("衡阳雁城软件有限公司", "1.1"): (7, "不含税，需加税及订单跟踪选配后比较"),
    ("湘潭莲城网络科技有限公司", "3.1"): (2, "未说明级别，未附备案证明"),
    ("湘潭莲城网络科技有限公司", "2.2"): (0, "白皮书未随表提供"),
    ("岳阳巴陵科技有限公司", "3.1"): (3, "尚未取得"),
    ("常德桃花源信息技术工作室", "3.1"): (0, "不满足准入"),
    ("株洲炎帝数科有限公司", "3.1"): (10, "已核对备案证明原件"),
}


def case_t03():
    head = ["供应商名称", "评分大项", "序号", "评分细项", "分值", "供应商自评分", "自评说明（供应商填写）", "佐证材料",
            "复核得分", "复核意见"]
    rows = [head]
    for name, answers in T03_V.items():
        for (grp, no, item, pts), (score, text, proof) in zip(T03_ITEMS, answers):
            rv = T03_REVIEW.get((name, no))
            rows.append([name, grp, no, item, str(pts), str(score), text, proof,
                         str(rv[0]) if rv else "", rv[1] if rv else ""])
    rows.append(["（全部供应商）", "汇总", "", "自评分平均", "100", "79.6", "", "", "", "自评分仅供参考，以复核得分为准"])
    write_csv("t_03_ci_zipingbiao_changbiao.csv", rows, "utf-8-sig")


# ---------------------------------------------------------------------------------------------
# t_04  商户经营性贷 — 濠江金融集團 (Macau) 採購部 compiles an "RFP 回應摘要 Response Summary" for its subsidiary 橫琴濠江小額
#       貸款有限公司 (operating loans to SMEs in 橫琴 and Macau): Traditional Chinese and English, every header on two lines,
#       the vendors' answers summarised in their own words (Traditional), one Macau vendor quoting in MOP.
# Layout: title, RFP number and date, a 匯率 line ("1 澳門元 MOP = 0.89 人民幣 RMB（僅供比較）"), a 說明 line, then one row
#       per vendor: 供應商 Vendor | 貨幣 Currency | 報價金額 Quoted amount | 稅項 Tax | 折合人民幣（採購部計算） | 報價範圍
#       （模組）| 選購模組 Optional modules | 等保 MLPS | 資料加密 | 傳輸加密 | 權限控管 | 日誌保存 | 徵信介接 | 保固期 |
#       保固範圍 | 法規異動調整 | 客服時段 | 回應時間 | 技術諮詢 | 載明於合約 | 保固後年費 | 原始碼 | 採購部備註.
# Traps: Traditional wording (權限控管, 徵信介接, 保固期, 法規異動調整, 客服時段, 載明於合約, 原始碼, 選購模組) is the mainland
#       vocabulary; 氹仔科技's MOP 300,000 and its 電子合同 (a must-have) "MOP 30,000（未含於報價）" are converted at the stated
#       rate: 330,000 × 0.89 = 293,700 — Procurement's 267,000 is the base only; 翠亨 only claims (依等保三級要求設計, 國密演算法,
#       各大徵信機構, 終身保固), its risk engine is an encrypted component, and it gives away 智能客服機器人 and 區塊鏈存證;
#       海宴's RMB 158,000 is 未稅 (178,540) with "已備案二級" (fail) and 銀行流水分析 不提供; 西湖智能 (RMB 138,000) proves every
#       gate in the caution zone with 6 months, 週一至週六 and 4 h (pass, not top); 南灣 declined; 採購部備註 is the buyer's.
# ---------------------------------------------------------------------------------------------
T04_HEAD = ["供應商\nVendor", "貨幣\nCurrency", "報價金額\nQuoted amount", "稅項\nTax", "折合人民幣（採購部計算）\nRMB equiv. (by Procurement)",
            "報價範圍（模組）\nScope (modules)", "選購模組\nOptional modules", "等保\nMLPS", "資料加密\nData encryption",
            "傳輸加密\nTLS", "權限控管\nAccess control", "日誌保存\nLog retention", "徵信介接\nCredit bureau",
            "保固期\nWarranty", "保固範圍\nWarranty scope", "法規異動調整\nRegulatory change", "客服時段\nSupport hours",
            "回應時間\nResponse time", "技術諮詢\nConsulting", "載明於合約\nIn contract", "保固後年費\nAnnual fee after warranty",
            "原始碼\nSource code", "採購部備註\nProcurement remarks"]
T04_ROWS = [
    ["珠海香洲科技有限公司", "RMB", "298,000", "含稅 Incl. VAT", "298,000",
     "企業徵信、銀行流水分析、電子合同（電子簽約）、風控審批、還款管理、用戶管理", "無 None",
     "已取得等保三級，備案證明編號44040043033-24007", "身份證號、手機號、銀行卡號採用SM4加密", "全站HTTPS",
     "RBAC角色權限控管", "12個月", "人行徵信中心、百行徵信", "12個月", "錯誤修正及小版本升級", "監管法規異動免費調整",
     "7×24小時", "1小時內", "終身技術諮詢", "以上全部載明於合約", "RMB 35,000/年", "完整原始碼，無加密，可二次開發",
     "文件齊全"],
    ["氹仔科技有限公司", "MOP", "300,000", "已含 Included", "267,000",
     "企業徵信、銀行流水分析、風控審批、還款管理、用戶管理", "電子合同模組 MOP 30,000（未含於報價）；數據大屏 MOP 12,000（未含於報價）",
     "等保三級，備案證明編號44049943002-23018", "SM4加密", "HTTPS", "角色權限", "6個月", "百行徵信",
     "12個月", "僅錯誤修正，不含版本升級", "重大法規異動另行報價", "週一至週五 9:00-18:00", "4小時", "不提供",
     "載明於合約", "合約金額15%/年", "完整原始碼", "澳門本地團隊，溝通方便"],
    ["中山翠亨科技有限公司", "RMB", "276,000", "含稅 Incl. VAT", "276,000",
     "企業徵信、銀行流水分析、電子合同、風控審批、還款管理、用戶管理；贈送：智能客服機器人、區塊鏈存證", "—",
     "系統依等保三級要求設計，可協助客戶進行測評", "採用國密演算法", "支援HTTPS", "有", "", "可介接各大徵信機構",
     "終身保固", "", "", "7×24小時", "30分鐘", "", "", "", "提供原始碼（風控引擎核心為加密元件）", "價格適中，贈送模組多"],
    ["台山海宴信息科技有限公司", "RMB", "158,000", "未稅 Excl. VAT (13%)", "158,000",
     "企業徵信、電子合同、還款管理、用戶管理；銀行流水分析：不提供", "—",
     "已備案二級；三級測評排期中", "AES加密", "HTTPS", "有", "3個月", "百行徵信",
     "6個月", "錯誤修正", "另行報價", "週一至週五", "次一工作日", "不提供", "否", "按次收費", "僅授權使用（綁定伺服器）",
     "價格低"],
    ["惠州西湖智能科技有限公司", "RMB", "138,000", "含稅 Incl. VAT", "138,000",
     "企業徵信、銀行流水分析、電子合同、風控審批、還款管理、用戶管理", "無 None",
     "已取得等保三級，備案證明編號44120043008-24003", "身份證號、銀行卡號SM4加密", "全站HTTPS", "RBAC角色權限",
     "6個月", "百行徵信、朴道徵信", "6個月", "錯誤修正及小版本升級", "免費調整", "週一至週六 8:30-20:00",
     "4小時", "不提供", "載明於合約", "RMB 20,000/年", "完整原始碼，可二次開發", "價格最低，需留意售後"],
    ["南灣金融科技有限公司", "—", "—", "—", "—", "婉拒報價 Declined – no bid", "", "", "",
     "", "", "", "", "", "", "", "", "", "", "", "", "", "來函婉拒"],
]


def case_t04():
    wb = Workbook()
    ws = wb.active
    ws.title = "回應摘要 Summary"
    n = len(T04_HEAD)
    widths(ws, [30, 8, 12, 14, 16, 40, 30] + [18] * (n - 7))
    _text_row(ws, 1, n, "RFP 回應摘要 Response Summary — 小額貸款業務系統原始碼 Loan System Source Code（商戶經營貸 Merchant loans）",
              font=TITLE, height=24)
    _text_row(ws, 2, n, "RFP編號 Ref.: HJ-PROC-2025-017    採購單位 Buyer: 橫琴濠江小額貸款有限公司    編製 Prepared by: 濠江金融集團 採購部 "
                        "Group Procurement    日期 Date: 2025-07-18")
    _text_row(ws, 3, n, "匯率（僅供比較）FX for comparison only: 1 澳門元 MOP = 0.89 人民幣 RMB", bold=True)
    _text_row(ws, 4, n, "說明 Note: 各欄內容摘錄自供應商書面回應 Vendors' written responses; 空白 = 未回應 blank = not answered。", font=MUTED)
    put_row(ws, 6, T04_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[6].height = 45
    for i, row in enumerate(T04_ROWS):
        put_row(ws, 7 + i, row)
        ws.row_dimensions[7 + i].height = 60
    ws.freeze_panes = "B7"
    _save(wb, "t_04_ml_macau_rfp_huiying_zhaiyao.xlsx", creator="Group Procurement")


# ---------------------------------------------------------------------------------------------
# t_05  个人信用贷 — the strategy office of Huzhou Taihu Microcredit Co., Ltd. (personal credit loans) put a "Vendor comparison"
#       table on a board slide; the board secretary copied the slide's table into Excel (the deck's footnotes pasted under it)
#       and sent the file round. English throughout, slide shorthand: ✓ / ◐ / ✗ / –, "24×7, 1 h", "p.a.", superscript
#       footnote markers ¹ … ⁸.
# Layout: title, subtitle (Board meeting, agenda item), a header row Criterion | five vendor names, twenty criterion rows
#       grouped by section rows (Commercials, Modules, Compliance & security, After-sales, Source code), an "Our view" row,
#       then the key of symbols and the eight footnotes, and the slide's source line.
# Traps: a footnote marker is never part of a value ("RMB 188,000³" is 188,000; "+RMB 28,000⁴" is 28,000), and the footnote is
#       read with its cell (³ "excludes 13% VAT", ⁵ "No certificate provided", ² "SM4 not named"); Sanjiang's risk model (a
#       must-have) is ◐ optional: (188,000 + 28,000) × 1.13 = 244,080, its marketing plug-ins (deferrable) not bought;
#       Lanting (209k, cheapest credible) only claims and ships its risk engine compiled, with free AI chatbot and blockchain
#       evidence; Oujiang (146k, caution zone) is "In progress⁶" (unverified) and has no anti-fraud; Shuangling (68k) has no
#       MLPS, no credit report and no risk model (fail); "Our view" is the strategy office's.
# ---------------------------------------------------------------------------------------------
T05_VENDORS = ["Hangzhou Qiantang Digital Tech Co., Ltd.", "Ningbo Sanjiang Software Co., Ltd.",
               "Shaoxing Lanting Fintech Co., Ltd.", "Wenzhou Oujiang Technology Co., Ltd.", "Jinhua Shuangling Network Studio"]
T05_ROWS = [
    ("§", "Commercials"),
    ("Price (RMB)", ["235,000", "188,000³", "209,000", "146,000", "68,000"]),
    ("VAT", ["Incl. 13% VAT", "Excl. VAT³", "Incl. VAT", "Incl. VAT", "Incl. VAT"]),
    ("§", "Modules"),
    ("Personal credit report", ["✓ PBoC 2nd-gen + Baihang", "✓", "✓", "✓", "✗ buyer to integrate"]),
    ("Risk model", ["✓ scorecard + decision engine", "◐ +RMB 28,000⁴", "✓ AI risk engine", "✓", "✗"]),
    ("Repayment management", ["✓ schedule, reminders, collections", "✓", "✓", "✓", "✓"]),
    ("Anti-fraud", ["✓", "✓", "✓", "✗", "✗"]),
    ("Approval workflow / user management", ["✓", "✓", "✓", "✓", "✓"]),
    ("Other modules", ["None", "Marketing plug-ins ◐ +RMB 15,000⁴", "AI chatbot, blockchain evidence (free of charge)",
                       "Membership ✓", "–"]),
    ("§", "Compliance & security"),
    ("MLPS Level 3", ["✓ Certified¹", "✓ Certified¹", "✓ \"Designed to L3\"⁵", "In progress⁶", "✗ None"]),
    ("Data encryption", ["SM4 (ID, mobile, bank card)", "SM4", "GM algorithms²", "SM4 (ID, mobile)", "MD5 (passwords)"]),
    ("HTTPS", ["✓", "✓", "✓", "✓", "✓"]),
    ("Access control", ["RBAC", "Role-based", "✓", "RBAC", "✗ single admin account"]),
    ("Audit logs", ["12 months", "6 months", "–", "6 months", "1 month"]),
    ("Credit bureau", ["PBoC CRC + Baihang", "Baihang", "\"All major bureaus\"⁷", "Baihang + Pudao", "✗"]),
    ("§", "After-sales"),
    ("Free maintenance", ["12 months", "12 months", "\"Lifetime\"⁸", "12 months", "3 months"]),
    ("Maintenance scope", ["Bug fixes + minor upgrades", "Bug fixes only (no upgrades)", "–", "Bug fixes + minor upgrades",
                           "Bug fixes"]),
    ("Regulatory changes", ["Free", "Major changes quoted separately", "–", "Free", "–"]),
    ("Support / response", ["24×7, 1 h", "Mon–Fri 9:00–18:00, 4 h", "24×7, 30 min", "24×7, 2 h", "Business hours (QQ group)"]),
    ("Lifetime consulting", ["✓", "✗", "–", "✓", "✗"]),
    ("Terms in contract", ["✓", "✓", "To be agreed", "✓", "✗"]),
    ("Fee after warranty", ["RMB 26,000 p.a.", "15% of contract p.a.", "–", "RMB 18,000 p.a.", "Per incident"]),
    ("§", "Source code"),
    ("Source code", ["Full, unencrypted", "Full", "Partial – risk engine compiled", "Full", "Licence bound to domain"]),
    ("Our view", ["Recommended", "Dearer once VAT + risk model added", "Cheapest, unproven", "Wait for MLPS",
                  "Not suitable"]),
]
T05_NOTES = [
    "Key:  ✓ included in the quoted price   ◐ optional, extra cost   ✗ not offered   – not answered",
    "¹ Filing certificates sighted: Qiantang 33010043061-24002; Sanjiang 33020043015-23008.",
    "² Vendor's words: \"national cryptographic (GM) algorithms\"; SM4 not named.",
    "³ Sanjiang's price excludes 13% VAT.",
    "⁴ Optional module, price excludes 13% VAT, not included in the quoted price.",
    "⁵ Vendor's words: \"designed to MLPS Level 3 requirements; assessment support available at extra cost\". No certificate provided.",
    "⁶ Level 3 assessment under way; vendor expects the filing certificate in October 2025.",
    "⁷ No licensed bureau named.",
    "⁸ Vendor's words: \"lifetime free maintenance\"; no period or scope stated.",
    "Source: vendors' written responses to RFQ HT-2025-06 (July 2025); strategy office analysis.",
]


def case_t05():
    wb = Workbook()
    ws = wb.active
    ws.title = "Slide 7"
    widths(ws, [30, 28, 28, 28, 28, 28])
    _text_row(ws, 1, 6, "Loan-system source code: vendor comparison (shortlist)", font=TITLE, height=24)
    _text_row(ws, 2, 6, "Board of Directors · 24 July 2025 · Agenda item 5 · Personal credit loans · Budget c. RMB 200k",
              font=MUTED)
    put_row(ws, 4, ["Criterion"] + T05_VENDORS, font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="1F4E78"), align=CENTER)
    r = 5
    for label, vals in T05_ROWS:
        if label == "§":
            put_row(ws, r, [vals] + [""] * 5, font=BOLD, fill=GREY)
        else:
            put_row(ws, r, [label] + vals, font=None)
            ws.cell(row=r, column=1).font = BOLD
        r += 1
    r += 1
    for note in T05_NOTES:
        _text_row(ws, r, 6, note, font=Font(size=9))
        r += 1
    _save(wb, "t_05_pc_en_board_slide_footnotes.xlsx", creator="Strategy Office")


# ---------------------------------------------------------------------------------------------
# t_06  消费分期 — 韦明, 采购 at 钦州北部湾小额贷款 (e-bike and phone instalments through dealers), shared a 企业微信 文档 online
#       sheet with every invited vendor's salesperson: each vendor fills its own row. He asked follow-up questions by @mention
#       in the cells' comments; the vendors answered there. He exported the sheet ("导出为本地表格") with the comment threads
#       written into a last column.
# Layout: an instruction line (填写说明, "请在贵司所在行填写…金额填阿拉伯数字（元）"), header 序号 | 填写人 | 供应商全称 | 报价（元） |
#       是否含税 | 功能模块（请逐项列明） | 选配模块及费用 | 等保三级 | 数据加密 | HTTPS | 权限管理 | 日志保存期 | 征信接口 |
#       免费维护期及范围 | 监管政策调整 | 技术支持及响应 | 终身技术咨询 | 是否写入合同 | 维保期后年费 | 源码交付 | 附件 |
#       评论（@提及） | 最后修改, an example row in grey, six vendor rows.
# Traps: the example row ("示例：XX科技有限公司") is no quote; 漓江 typed "是" under 是否含税 but answered 韦明's @question in
#       writing "218000是不含税价，13%增值税另计" — its later word governs — and its 分期计算器 (a must-have) is an option at
#       19,000 不含税: (218,000 + 19,000) × 1.13 = 267,810 (积分商城, deferrable, not bought); 龙城 only claims ("支持等保三级，按
#       三级标准建设（测评协助另计）", 国密加密, 支持对接征信, 终身维护, "可以写进合同"; its reply "证书在办理中" proves nothing),
#       encrypts its core and gives away 元宇宙营销展厅 and 智能客服机器人; 银滩 states every term but its price is "详见附件报价单"
#       (no price); 骑楼 is "0（免费开源版，商业授权另议）" without order tracking (fail); 荷城 answered only in a comment that it
#       does not take part (no quote); the comment threads' 韦明 lines are the buyer's.
# ---------------------------------------------------------------------------------------------
T06_HEAD = ["序号", "填写人", "供应商全称", "报价（元）", "是否含税", "功能模块（请逐项列明）", "选配模块及费用", "等保三级", "数据加密",
            "HTTPS", "权限管理", "日志保存期", "征信接口", "免费维护期及范围", "监管政策调整", "技术支持及响应", "终身技术咨询",
            "是否写入合同", "维保期后年费", "源码交付", "附件", "评论（@提及）", "最后修改"]
T06_EXAMPLE = ["示例", "张三", "示例：XX科技有限公司", "200000", "是（13%专票）", "商品管理、分期计算器、订单跟踪…", "XX模块 10000元（不含税）",
               "已取得，备案证明编号…", "SM4（身份证号、手机号）", "是", "RBAC", "12个月", "百行征信", "12个月，含升级", "免费",
               "7×24小时，1小时内响应", "提供", "是", "2万元/年", "完整源码", "", "", ""]
T06_ROWS = [
    ["1", "陆婷", "南宁邕江数科有限公司", "268000", "是（13%专票）",
     "商品管理、分期计算器（等额本息/免息试算）、订单跟踪、还款管理、风控审批、用户管理", "无",
     "已取得，备案证明编号45010043019-24005", "身份证号、手机号、银行卡号SM4加密", "是", "RBAC角色权限", "12个月", "百行征信",
     "12个月，含bug修复和小版本升级", "免费适配", "7×24小时，1小时内响应", "提供", "是，以上均写入合同", "3.0万元/年",
     "完整源码，无加密，可二次开发", "邕江_等保备案证明.pdf；邕江_报价单.pdf",
     "韦明 07-11 09:40：@陆婷 证书复印件已收到，谢谢", "07-10 16:22 陆婷"],
    ["2", "王敏", "桂林漓江软件有限公司", "218000", "是",
     "商品管理、订单跟踪、还款管理、风控审批、用户管理", "分期计算器 19000元（不含税）；积分商城 16000元（不含税）",
     "三级，备案证明编号45030043007-23014", "SM4加密", "是", "角色权限", "6个月", "百行征信",
     "12个月（仅修复bug，不含版本升级）", "重大政策调整另行报价", "工作日9:00-18:00，4小时内响应", "不提供", "是", "合同额15%/年",
     "完整源码", "漓江_报价单.pdf",
     "韦明 07-12 10:21：@王敏 218000是否含税？请确认\n王敏 07-12 11:05：抱歉填错了，218000是不含税价，13%增值税另计，专票另开。",
     "07-12 11:06 王敏"],
    ["3", "李强", "柳州龙城网络科技有限公司", "239000", "含税",
     "商品管理、分期计算器、订单管理、还款提醒、审批流、用户管理，赠送元宇宙营销展厅、智能客服机器人", "无",
     "支持等保三级，按三级标准建设（测评协助另计）", "国密加密", "支持", "有", "", "支持对接征信",
     "终身维护", "", "7×24小时", "", "可以写进合同", "", "核心代码加密，其余开放", "",
     "韦明 07-12 10:30：@李强 请上传等保备案证明\n李强 07-13 20:14：证书在办理中，办好后第一时间发您", "07-13 20:15 李强"],
    ["4", "赵磊", "北海银滩信息技术有限公司", "详见附件报价单", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "已取得，备案证明编号45050043012-24009", "SM4加密（身份证号、银行卡号）", "是", "RBAC", "12个月", "百行征信、朴道征信",
     "18个月，含bug修复及小版本升级", "免费", "7×24小时，2小时内响应", "提供", "是", "2.8万元/年", "完整源码，可二次开发",
     "银滩科技报价单（盖章）.pdf",
     "韦明 07-14 15:02：@赵磊 附件打不开，请直接在表格里填写报价金额", "07-11 10:48 赵磊"],
    ["5", "莫工", "梧州骑楼网络工作室", "0（免费开源版，商业授权另议）", "—",
     "商品管理、分期计算器、还款管理、用户管理（无订单跟踪）", "", "无", "", "是", "", "", "", "", "", "QQ群", "", "", "", "开源版", "",
     "", "07-13 09:10 莫工"],
    ["6", "", "贵港荷城科技有限公司", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "韦明 07-15 11:00：@周工 请于7月18日前填写\n周工 07-16 08:52：不好意思，我司本次不参与报价", "07-15 11:00 韦明"],
]


def case_t06():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商信息收集"
    n = len(T06_HEAD)
    widths(ws, [6, 8, 26, 16, 12, 40, 30] + [18] * (n - 7))
    _text_row(ws, 1, n, "分期商城系统源码采购——供应商信息收集表（请各供应商在贵司所在行填写，勿改动他人内容；金额填阿拉伯数字，单位：元）",
              bold=True, height=30)
    put_row(ws, 2, T06_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    put_row(ws, 3, T06_EXAMPLE, font=ITALIC, fill=GREY)
    for i, row in enumerate(T06_ROWS):
        put_row(ws, 4 + i, row)
        ws.row_dimensions[4 + i].height = 48
    ws.cell(row=5, column=4).comment = Comment("韦明：@王敏 218000是否含税？请确认\n王敏：抱歉填错了，218000是不含税价，"
                                               "13%增值税另计，专票另开。", "韦明")
    ws.freeze_panes = "D3"
    _save(wb, "t_06_ci_qiwei_wendang_pinglun.xlsx", creator="韦明")


if __name__ == "__main__":
    case_t01()
    case_t02()
    case_t03()
    case_t04()
    case_t05()
    case_t06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("t_0*") if p.suffix != ".toml")))
