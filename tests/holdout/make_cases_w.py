"""Build the "w" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a legal department's 合同审批单 printed from Excel,
one 拟签合同主要条款 block per candidate on a vertical form with the 会签意见 under it; a clerk's transcription of the photo of a
meeting-room whiteboard, one whiteboard line per row with the full vendor name she added beside it, saved from WPS as GBK
CSV; a plain 报价一览 whose one long 备注 cell per vendor holds the vendor's terms as numbered points "1）…2）…"; a 风控部
优劣势分析表, each vendor's facts sorted by the analyst into 优势 / 劣势 / 待澄清事项 cells; a PMO's bilingual Gantt-like
implementation plan with week columns and the vendors' key terms merged down each vendor's block; a Miro board exported to
CSV after a vendor-review workshop, one sticky note a row inside frames named by vendor) and buyers' staff would write;
the expected reading of every file is in the matching w_0N_*.toml beside it, written from the file's content and the
domain notes (shared/domain.md) before any product code read these files. The author of this script neither ran the
product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_w.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure w_
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.append("/work/main/tests/cases")  # when run from a scratch copy
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 8, 25, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MUTED = Font(color="808080", size=9)
ITALIC = Font(italic=True, color="808080")
BAR = PatternFill("solid", fgColor="9BC2E6")


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


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None, start=1, fill=None):
    """A line of prose merged across the table, left-aligned (a title, a note)."""
    cell = ws.cell(row=r, column=start, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if fill:
        cell.fill = fill
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=start + ncol - 1)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# w_01  个人信用贷 — 唐敏, 法务部 of 绵阳涪城小额贷款 (personal credit loans), fills the company's 合同审批单 for the source-code
#       purchase before the supplier is chosen: the form's head (编号, 申请部门, 合同名称, 预算金额, 选商方式), then "二、拟签合同主要
#       条款" with one block per candidate taken from its draft contract (乙方名称 | 统一社会信用代码 on one line, then 合同金额,
#       价款构成, 合同标的及交付内容, 源码及知识产权, 安全合规保证, 售后服务条款, 维保期满后收费, 违约责任 and her 法务审查意见),
#       and "三、会签意见" of the departments under it.
# Layout: a vertical form six columns wide: labels in A, contents merged B–F; four-field rows (label | value | label | value
#       …) in the head and on each block's first line; five blocks; the 会签 table (部门 | 意见 | 签字 | 日期).
# Traps: the vendor is the block's 乙方名称 value, never a label or "候选一"; 预算金额 25万元, 审批单编号, 统一社会信用代码, 违约金
#       rates (合同金额0.5%/次, 每日万分之五) and 人天 rates are no prices; 锦官's 228,000 = 150,000 + 50,000 + 28,000 and its
#       after-warranty fee "合同金额的10%，即22,800元/年" is stated; 旌湖's 176,000 is 不含税 and its 风控模型 (a must-have) comes
#       by 补充协议 at 32,000 不含税: (176,000 + 32,000) × 1.13 = 235,040 (财务部's "旌湖报价17.6万最低" is the buyer's); 嘉州
#       only claims (符合等保三级要求, 国密算法, 支持对接征信, 终身维护) and writes that its 服务承诺书 "不作为本合同附件" (not in
#       the contract), gives an AI bot and 区块链存证, and encrypts its risk engine; 观音湖 holds 等保二级, has no 风控模型 and no
#       反欺诈, 11.8万 (caution zone), licence only (fail); 果州 states everything but is 318,000 (over the 18–25万 band) with
#       区块链存证 / 元宇宙营销 / 海外支付通道 bundled; 宜宾三江云 declined in writing (no quote).
# ---------------------------------------------------------------------------------------------
W01_HEAD = [
    ["审批单编号", "FC-HT-2025-0316", "密级", "内部", "打印日期", "2025-08-13"],
    ["申请部门", "信息科技部", "经办人", "何俊", "申请日期", "2025-08-12"],
    ["合同名称", "个人信用贷业务系统源码采购合同"],
    ["合同类型", "软件采购（源码买断）", "预算金额", "25万元（含税）", "资金来源", "自有资金"],
    ["选商方式", "竞争性谈判：邀请6家，5家提交拟签合同文本及报价；宜宾三江云科技有限公司书面放弃（8月6日函），未提交合同文本"],
    ["审批事项", "拟从下列候选供应商中选定一家签订合同。法务部已逐家审阅对方提供的拟签合同文本，主要条款摘录如下（原文照录），请各部门会签。"],
]
W01_BLOCKS = [
    ("（一）候选一", "成都锦官数字科技有限公司", "91510100MA6CJ4XK2R", [
        ("合同金额", "人民币贰拾贰万捌仟元整（¥228,000.00），含13%增值税"),
        ("价款构成", "源码授权费150,000元；部署实施费50,000元；培训费28,000元"),
        ("合同标的及交付内容", "个人信用贷业务系统一套：个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、"
                        "反欺诈（设备指纹、多头借贷识别）、还款管理（还款计划、逾期提醒）、审批流、用户管理"),
        ("源码及知识产权", "乙方交付全部源代码及部署文档，无加密、无混淆；甲方享有二次开发及修改权"),
        ("安全合规保证", "乙方保证系统已取得网络安全等级保护三级备案证明（备案编号51010043027-24012），复印件为合同附件四；"
                   "身份证号、手机号、银行卡号采用SM4加密存储；全站HTTPS（TLS1.2及以上）；RBAC角色权限；操作日志保存不少于"
                   "12个月；征信接口仅对接人行征信中心、百行征信"),
        ("售后服务条款", "免费维护期12个月，含缺陷修复及小版本升级；因监管政策变化所需的系统调整，免费维护期内及维保期内均免费；"
                   "7×24小时技术支持，接报后2小时内响应，指定专属工程师；终身技术咨询；上述服务承诺为本合同组成部分"),
        ("维保期满后收费", "年服务费为合同金额的10%，即22,800元/年"),
        ("违约责任", "乙方未按约定时限响应的，每次按合同金额0.5%向甲方支付违约金"),
        ("法务审查意见", "条款完整，服务承诺已入合同，可签署"),
    ]),
    ("（二）候选二", "德阳旌湖软件有限公司", "91510600MA62R8TQ0D", [
        ("合同金额", "人民币壹拾柒万陆仟元整（¥176,000.00），不含税；增值税按13%另行开具专用发票"),
        ("价款构成", "源码授权费126,000元；实施及培训费50,000元（均不含税）"),
        ("合同标的及交付内容", "个人征信查询（百行征信）、反欺诈规则引擎、还款管理（还款计划、到期提醒）、审批流、用户管理。"
                        "风控模型（评分卡）模块不在本合同范围内，如甲方需要，另签补充协议，价款32,000元（不含税）"),
        ("源码及知识产权", "交付完整源码"),
        ("安全合规保证", "等保三级备案证明编号51060043011-23008；敏感字段SM4加密；HTTPS；角色权限管理；日志保存6个月；"
                   "征信接口：百行征信、朴道征信"),
        ("售后服务条款", "免费维护12个月，仅限系统缺陷修复，不含功能及版本升级；国家重大监管政策调整引起的修改另行报价；"
                   "服务时间为工作日9:00—17:30，接报后4小时内响应；不提供终身技术咨询；以上条款写入合同"),
        ("维保期满后收费", "按合同金额的15%/年"),
        ("违约责任", "乙方逾期交付的，每逾期一日按合同金额的万分之五支付违约金"),
        ("法务审查意见", "合同金额为不含税价；风控模型需另签补充协议，建议并入主合同，并按含税价重新确认总价"),
    ]),
    ("（三）候选三", "乐山嘉州网络科技有限公司", "91511100MA68W2LB5N", [
        ("合同金额", "人民币贰拾万零捌仟元整（¥208,000.00），含税"),
        ("价款构成", "一口价，不分项"),
        ("合同标的及交付内容", "征信查询、智能风控、反欺诈、还款提醒、审批流、用户管理；另赠送智能客服机器人、区块链存证"),
        ("源码及知识产权", "风控引擎以加密组件形式交付，其余模块交付源码"),
        ("安全合规保证", "乙方承诺系统符合等保三级要求，如甲方需要可协助办理测评；采用国密算法加密；支持HTTPS；权限管理完善；"
                   "支持对接征信"),
        ("售后服务条款", "乙方提供终身维护，7×24小时服务，及时响应；售后服务按乙方《服务承诺书》执行，该承诺书不作为本合同附件"),
        ("维保期满后收费", "（文本未约定）"),
        ("违约责任", "（文本未约定）"),
        ("法务审查意见", "等保仅为承诺，未见备案证明；加密算法、征信机构均未写明；服务承诺未入合同，不建议按此文本签署"),
    ]),
    ("（四）候选四", "遂宁观音湖科技有限公司", "92510900MA6A3F7J1X", [
        ("合同金额", "人民币壹拾壹万捌仟元整（¥118,000.00），含税"),
        ("价款构成", "授权费98,000元；安装费20,000元"),
        ("合同标的及交付内容", "个人征信查询（百行征信）、还款管理、审批流、用户管理；风控模型暂未开发，甲方可人工审核"),
        ("源码及知识产权", "授权使用，不交付源代码，源码托管在乙方服务器"),
        ("安全合规保证", "系统已取得网络安全等级保护二级备案；数据库AES加密；HTTPS；管理员统一账号，不区分角色；日志保存3个月；"
                   "征信接口：百行征信"),
        ("售后服务条款", "免费维护6个月，仅修复bug；监管政策调整按人天另计（2,000元/人天）；工作日QQ群支持，次日响应；"
                   "不提供终身技术咨询"),
        ("维保期满后收费", "按次收费，每次5,000元"),
        ("违约责任", "双方协商解决"),
        ("法务审查意见", "等保为二级；不交付源码；不满足准入条件"),
    ]),
    ("（五）候选五", "南充果州信息技术有限公司", "91511300MA6B9N4E3H", [
        ("合同金额", "人民币叁拾壹万捌仟元整（¥318,000.00），含13%增值税"),
        ("价款构成", "旗舰版整体报价，模块不拆分"),
        ("合同标的及交付内容", "个人征信查询（人行二代征信、朴道征信）、风控模型、反欺诈、还款管理、审批流、用户管理、区块链存证、"
                        "元宇宙营销、海外支付通道"),
        ("源码及知识产权", "交付完整源代码，无加密，可二次开发"),
        ("安全合规保证", "已取得等保三级备案证明，备案编号51130043009-24015；身份证号、手机号SM4加密；全站HTTPS；RBAC；"
                   "日志保存12个月；征信接口：人行征信中心、朴道征信"),
        ("售后服务条款", "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时支持，1小时内响应；终身技术咨询；"
                   "以上写入合同"),
        ("维保期满后收费", "年服务费3.5万元"),
        ("违约责任", "乙方未按约定响应的，每次支付违约金2,000元"),
        ("法务审查意见", "条款完整；价款超出预算"),
    ]),
]
W01_SIGN = [
    ["信息科技部", "技术上倾向锦官，演示最完整；果州功能多但区块链、元宇宙、海外支付我司用不上", "何俊", "2025-08-13"],
    ["财务部", "旌湖报价17.6万最低；果州31.8万超预算", "罗静", "2025-08-13"],
    ["风控合规部", "嘉州等保仅为承诺；观音湖为二级，不满足准入", "李志强", "2025-08-14"],
    ["法务部", "锦官合同文本最完整，可直接签署；旌湖需将风控模型并入主合同并明确含税总价", "唐敏", "2025-08-14"],
    ["总经理", "", "", ""],
]


def case_w01():
    wb = Workbook()
    ws = wb.active
    ws.title = "合同审批单"
    widths(ws, [18, 24, 14, 24, 14, 24])
    _text_row(ws, 1, 6, "绵阳涪城小额贷款有限公司  合同审批单", font=TITLE, height=26)
    r = 2
    for row in W01_HEAD:
        if len(row) == 6:
            put_row(ws, r, row)
            for c in (1, 3, 5):
                ws.cell(row=r, column=c).font = BOLD
                ws.cell(row=r, column=c).fill = GREY
        else:
            put_row(ws, r, [row[0], row[1], None, None, None, None])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = BOLD
            ws.cell(row=r, column=1).fill = GREY
            ws.row_dimensions[r].height = 32 if len(row[1]) > 40 else 18
        r += 1
    r += 1
    _text_row(ws, r, 6, "二、拟签合同主要条款（摘自各候选供应商提供的拟签合同文本）", bold=True, fill=BLUE)
    r += 1
    for tag, vendor, code, rows in W01_BLOCKS:
        _text_row(ws, r, 6, tag, bold=True)
        r += 1
        put_row(ws, r, ["乙方名称", vendor, "统一社会信用代码", code, None, None])
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        for c in (1, 3):
            ws.cell(row=r, column=c).font = BOLD
            ws.cell(row=r, column=c).fill = GREY
        r += 1
        for label, text in rows:
            put_row(ws, r, [label, text, None, None, None, None])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = BOLD
            if label == "法务审查意见":
                ws.cell(row=r, column=2).fill = YELLOW
            ws.row_dimensions[r].height = 15 * (1 + len(text) // 50)
            r += 1
        r += 1
    _text_row(ws, r, 6, "三、会签意见", bold=True, fill=BLUE)
    r += 1
    put_row(ws, r, ["部门", "意见", None, None, "签字", "日期"], font=BOLD, fill=GREY, align=CENTER)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 1
    for dept, opinion, who, day in W01_SIGN:
        put_row(ws, r, [dept, opinion or "（待签）", None, None, who or None, day or None])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 30
        r += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    _save(wb, "w_01_pc_hetong_shenpidan.xlsx", creator="唐敏")


# ---------------------------------------------------------------------------------------------
# w_02  商户经营性贷 — 孔倩, 综合部 of 临沂沂蒙小额贷款 (operating loans to merchants), types up the two photos of the meeting-room
#       whiteboard after the 8月14日 比选碰头会, one whiteboard line a row, word for word ("w" for 万, "1年", "有证", "□" where
#       the photo is unreadable), adding in a third column the vendor's full name from the 邀请名单 and her own remarks in a
#       fourth; WPS saved the CSV in GBK.
# Layout: a 说明 line, the header 行号 | 白板原文 | 对应供应商全称（整理补充） | 整理备注, twelve lines: the title, the 预算 / 必备
#       line, one line per vendor (six), the 举手 tally, the 待办 line, the boss's line.
# Traps: the vendor is the third column's full name, never the short name on the board; the photo names (IMG_20250814_163512),
#       the budget "25~35w", the votes, the dates and "①②③" are no amounts; "1年" is 12 months; 崂山 29.8w 含税 states every
#       term; 芝罘's 24.6w is 不含税 and 电子合同 (a must-have) is 选配 +2.8w 不含税: (246,000 + 28,000) × 1.13 = 309,620;
#       鸢都 only claims ("按等保三级标准开发"（原话）, 国密加密, 各家都能接, 终身免费维护, 合同"可以谈") with an unreadable log period
#       ("日志□个月": unknown), core encryption and 区块链存证 + 智能客服 given away; 齐都 is 13.9w (caution zone) with 等保三级
#       申请中 (unverified, never fail) and 6 months' maintenance; 东港 is 9.8w with 等保二级 and no 流水分析 (fail); 任城 did
#       not quote.
# ---------------------------------------------------------------------------------------------
W02_HEAD = ["行号", "白板原文", "对应供应商全称（整理补充）", "整理备注"]
W02_ROWS = [
    ["1", "经营贷系统源码 比选碰头会 8/14", "", "白板左上角标题"],
    ["2", "预算25~35w（含税）；必备：企业征信、流水分析、电子合同", "", "王总会前写的"],
    ["3", "①崂山：29.8w含税；等保三级有证，备案号37020043019-24007；SM4（身份证、手机号、卡号）；全站https；RBAC；日志存1年；"
          "征信接人行+百行；企业征信、流水分析、电子合同、审批流、还款、用户管理都在报价里；免费维保1年，含小版本升级；监管政策变了免费改；"
          "7×24，1小时内响应；终身技术咨询；以上都写进合同；过保后3.2w/年；给完整源码，不加密",
     "青岛崂山数科有限公司", "照片1左半"],
    ["4", "②芝罘：24.6w不含税，税另加13%；报价里没有电子合同，电子合同选配+2.8w（不含税）；等保三级有证，37060043002-23014；SM4；"
          "https；角色权限；日志6个月；百行+朴道；企业征信、流水分析、审批、还款、用户；维保1年只修bug，不含升级；重大政策调整另外报价；"
          "5×8（工作日）；4小时响应；不给终身咨询；写合同；过保按合同额15%/年；完整源码",
     "烟台芝罘软件有限公司", "照片1右半"],
    ["5", "③鸢都：26w含税（一口价）；等保：“按等保三级标准开发”（原话）；“国密加密”；https有；权限有；日志□个月；征信：“各家都能接”；"
          "企业征信、流水分析、电子合同、审批、还款、用户都有；“终身免费维护”；7×24；合同：“可以谈”；核心风控代码加密交付；"
          "送区块链存证+智能客服",
     "潍坊鸢都网络科技有限公司", "“日志□个月”照片反光看不清，会上没人记得"],
    ["6", "④齐都：13.9w含税；等保三级申请中（测评机构已进场，预计10月出证）；SM4（身份证、卡号）；https；RBAC；日志12个月；人行+百行；"
          "企业征信、流水分析、电子合同、审批、还款、用户；维保6个月，含小版本升级；政策调整免费；7×24，2小时；终身咨询；写合同；"
          "过保1.5w/年；完整源码",
     "淄博齐都信息技术有限公司", "照片2左半"],
    ["7", "⑤东港：9.8w含税；等保二级；没有流水分析；AES；一个管理员账号；日志3个月；只接百行；维保3个月只修bug；政策调整收费；"
          "工作日QQ群；第二天回；过保按次收费（每次3000）；授权绑定域名，不给源码",
     "日照东港科技工作室", "照片2右半"],
    ["8", "⑥任城：不报了（8/12电话）", "济宁任城软件有限公司", "放弃报价"],
    ["9", "举手：崂山5 芝罘1 鸢都1", "", "参会7人"],
    ["10", "待办：①鸢都补等保证书（下周一前）②齐都出证后再议 ③约崂山谈合同 8/20", "", ""],
    ["11", "王总：先按崂山谈，芝罘备选", "", "白板右下角"],
]


def case_w02():
    rows = [["说明：8月14日下午经营贷系统比选碰头会白板拍照（IMG_20250814_163512.jpg、IMG_20250814_163540.jpg）逐行录入，"
             "原文照抄，看不清的字用□表示；整理：综合部 孔倩 2025-08-15", "", "", ""], W02_HEAD] + W02_ROWS
    write_csv("w_02_ml_baiban_zhaolu_gbk.csv", rows, "gbk")


# ---------------------------------------------------------------------------------------------
# w_03  消费分期 — 覃雪, 业务部 of 南宁邕州分期小额贷款 (phone and e-bike instalments), keeps a plain 报价一览: one row per vendor,
#       the number she was told in 报价（元）, and in one long 备注 cell the vendor's terms copied from its e-mail or WeChat as
#       numbered points "1）…；2）…", one point a line (Alt+Enter); her own remark in the last column.
# Layout: title, a note line, the header 序号 | 供应商 | 联系人 | 联系电话 | 报价（元） | 报价日期 | 备注（供应商条款，按对方原文整理）
#       | 业务部意见, six rows (the sixth blank but for a declining remark), a 制表 line.
# Traps: the 报价 column is not the comparable price where 备注 says otherwise: 漓江's 198000 is "不含税价，增值税13%另计" and
#       its 订单跟踪 (a must-have) is 选配 "另加26,000元（不含税）": (198,000 + 26,000) × 1.13 = 253,120; the point numbers 1）…10）,
#       phone numbers, dates and "有效期至2025年9月30日" are no amounts; 龙城's 积分商城 16,000 (deferrable) is 本次未选;
#       银滩's "22.8万（含税）" is text in the 报价 column and its terms only claim (支持等保三级, 国密算法, 可对接各大征信机构, 终身维护,
#       合同条款可协商) with core code encrypted and an AI bot given away; 容州 writes "等保证明：详见附件" and the attachment never came
#       (unknown: unverified); 三娘湾 is 85,000 (under 10万), 等保 无, no HTTPS, no 订单跟踪 (fail); 姑婆山 declined.
# ---------------------------------------------------------------------------------------------
W03_HEAD = ["序号", "供应商", "联系人", "联系电话", "报价（元）", "报价日期", "备注（供应商条款，按对方原文整理）", "业务部意见"]
W03_ROWS = [
    ["1", "柳州龙城数科有限公司", "韦经理", "13877260415", 256000, "2025-08-05",
     "1）报价256,000元，含13%增值税；含商品管理、分期计算器、订单跟踪（审批—放款—发货全流程）、还款管理、风控审批、用户管理；\n"
     "2）积分商城为选配模块，另加16,000元，本次未选；\n"
     "3）已取得等保三级备案证明，备案编号45020043016-24010（2024年7月），可提供原件核验；\n"
     "4）身份证号、手机号、银行卡号SM4加密存储，全站HTTPS，RBAC角色权限，操作日志保存12个月；\n"
     "5）征信接口：人行征信中心、百行征信；\n"
     "6）免费维护12个月，含bug修复和小版本升级，监管政策调整免费适配；\n"
     "7）7×24小时技术支持，1小时内响应，指定专属工程师；终身技术咨询；\n"
     "8）上述承诺全部写入合同；维保期满后年服务费2.5万元；\n"
     "9）交付完整源代码，无加密，可二次开发；\n"
     "10）报价有效期至2025年9月30日。",
     "条款最全"],
    ["2", "桂林漓江软件有限公司", "蒋工", "18977351206", 198000, "2025-08-06",
     "1）以上报价为不含税价，增值税13%另计；\n"
     "2）报价含商品管理、分期计算器、还款管理、风控审批、用户管理；\n"
     "3）订单跟踪模块选配，另加26,000元（不含税）；\n"
     "4）等保三级已备案，编号45030043008-23006；\n"
     "5）SM4加密；HTTPS；角色权限；日志保存6个月；\n"
     "6）征信：百行征信、朴道征信；\n"
     "7）免费维护12个月，仅修复bug，不含升级；重大监管政策调整另行报价；\n"
     "8）技术支持工作日8:30-17:30，4小时内响应；不提供终身技术咨询；\n"
     "9）以上写入合同；维保期满后按合同额15%/年收取；\n"
     "10）完整源码。",
     "报价最低"],
    ["3", "北海银滩网络科技有限公司", "黄总", "13507793318", "22.8万（含税）", "2025-08-06",
     "1）一口价，全部功能：商品管理、分期计算器、订单跟踪、还款提醒、审批流、用户管理；\n"
     "2）赠送智能客服机器人、社交分享；\n"
     "3）系统支持等保三级，可协助贵司通过测评；\n"
     "4）采用国密算法，数据安全有保障；支持HTTPS；权限管理完善；\n"
     "5）可对接各大征信机构；\n"
     "6）终身维护，7×24小时服务；\n"
     "7）合同条款可协商；\n"
     "8）核心风控代码加密，其余开源。",
     "演示效果好，送的东西多"],
    ["4", "玉林容州信息技术有限公司", "庞经理", "15977561092", 238000, "2025-08-07",
     "1）238,000元，含税；含商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理；\n"
     "2）等保证明：详见附件；\n"
     "3）身份证号、银行卡号SM4加密；全站HTTPS；RBAC；日志保存6个月；\n"
     "4）征信：人行征信中心、百行征信；\n"
     "5）免费维护12个月，含bug修复及小版本升级；政策调整免费；\n"
     "6）7×24，2小时内响应；终身技术咨询；写入合同；\n"
     "7）维保期满后年费2万元；\n"
     "8）完整源码，可二次开发。",
     "邮件里没有附件，已催"],
    ["5", "钦州三娘湾科技工作室", "小劳", "17377786524", 85000, "2025-08-07",
     "1）8.5万含税；\n"
     "2）功能：商品管理、分期计算器、还款管理、用户管理；暂不支持订单跟踪；\n"
     "3）等保：无；\n"
     "4）数据库AES加密；未启用HTTPS；\n"
     "5）单一管理员账号；日志保存1个月；\n"
     "6）征信未对接；\n"
     "7）免费维护3个月，仅修bug；政策调整收费；\n"
     "8）工作日QQ支持，次日响应；\n"
     "9）过保按次收费，每次3,000元；\n"
     "10）授权使用，绑定域名。",
     "太便宜"],
    ["6", "贺州姑婆山软件有限公司", "钟经理", "", "", "", "已回复不参与本次报价（8月8日微信）", ""],
]


def case_w03():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价一览"
    n = len(W03_HEAD)
    widths(ws, [6, 26, 10, 14, 14, 12, 70, 18])
    _text_row(ws, 1, n, "消费分期系统源码 供应商报价一览", font=TITLE, height=24)
    _text_row(ws, 2, n, "备注栏按各家邮件/微信原文整理，一条一行；金额单位：元（另有注明的除外）", font=MUTED)
    put_row(ws, 4, W03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(W03_ROWS):
        r = 5 + i
        put_row(ws, r, row)
        if isinstance(row[4], int):
            ws.cell(row=r, column=5).number_format = "#,##0"
        ws.row_dimensions[r].height = 15 * max(2, row[6].count("\n") + 1) + 10
    _text_row(ws, 5 + len(W03_ROWS) + 1, n, "制表：业务部 覃雪  2025-08-11", font=MUTED)
    ws.freeze_panes = "C5"
    _save(wb, "w_03_ci_beizhu_tiaokuan.xlsx", creator="覃雪")


# ---------------------------------------------------------------------------------------------
# w_04  商户经营性贷 — 杨帆, 风控部 of 昆明滇池小额贷款 (operating loans to merchants and 个体工商户), writes a 供应商优劣势分析 for
#       the general manager after the demos: one row per vendor, the price as quoted in 万元 with its tax basis, and the vendor's
#       facts sorted by her into 优势, 劣势 and 待澄清事项 cells as "· " bullets, each vendor's own words in 「」 where she quotes
#       them; her 初步意见; a 结论 paragraph under the table.
# Layout: title, an 编制 line (报价单位：万元), the header 序号 | 供应商 | 报价（万元） | 计税 | 优势 | 劣势 | 待澄清事项 | 初步意见,
#       six rows (the sixth a vendor that gave up, with no price), a 结论 line and a 评审人 line.
# Traps: the header's 万元 scales 31.2 to 312,000; a fact counts the same whether she filed it under 优势 or 劣势 (麒麟's tax and
#       its 电子合同 option are under 劣势); 苍洱's "报价在五家中最高" is her remark and wrong once 麒麟 is compared like for like:
#       (265,000 + 35,000) × 1.13 = 339,000; 聂耳's 待澄清 cells quote claims only (「已通过等保测评」 with no level, 「国密算法」,
#       「可对接主流征信机构」, 「可以写进合同」; 「终身免费维护」 sits under 优势), no log period, core encrypted, 元宇宙营销 / 区块链存证 bundled;
#       个旧 holds 等保三级 but says it does not provide 银行流水分析 (a must-have stated absent: fail); 永昌 is 13.6万 (caution
#       zone) with 6 months' bug-fix-only maintenance, office hours and 8 h; 文山 gave up (no quote); 备案编号 are no amounts.
# ---------------------------------------------------------------------------------------------
W04_HEAD = ["序号", "供应商", "报价（万元）", "计税", "优势", "劣势", "待澄清事项", "初步意见"]
W04_ROWS = [
    ["1", "大理苍洱数科有限公司", 31.2, "含税（13%专票）",
     "· 等保三级备案证明已见原件（备案编号53290043005-24003）\n"
     "· 身份证号、手机号、银行卡号SM4加密，全站HTTPS，RBAC角色权限，操作日志保存12个月并有异常告警\n"
     "· 征信接口：人行征信中心、百行征信\n"
     "· 企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理均在报价内\n"
     "· 免费维护12个月，含bug修复和小版本升级；监管政策调整免费适配\n"
     "· 7×24小时技术支持，1小时内响应；终身技术咨询；以上均写入合同\n"
     "· 交付完整源码，无加密，可二次开发",
     "· 报价在五家中最高\n"
     "· 维保期满后年服务费3.6万元，偏高",
     "无",
     "首选"],
    ["2", "曲靖麒麟软件有限公司", 26.5, "不含税",
     "· 等保三级已备案（编号53030043012-23009）\n"
     "· SM4加密，HTTPS，角色权限\n"
     "· 征信：百行征信、朴道征信\n"
     "· 企业征信、银行流水分析、风控审批、还款管理、用户管理在报价内\n"
     "· 条款写入合同；交付完整源码",
     "· 报价不含税，增值税13%另计\n"
     "· 电子合同不在报价内，需选配，3.5万元（不含税）\n"
     "· 免费维护12个月，但仅修复bug，不含升级；重大监管政策调整另行报价\n"
     "· 技术支持5×8，响应4小时\n"
     "· 日志仅保存6个月\n"
     "· 不提供终身技术咨询；过保按合同额15%/年",
     "· 电子合同能否并入主报价",
     "备选"],
    ["3", "玉溪聂耳网络科技有限公司", 24.8, "含税",
     "· 报价较低，一口价\n"
     "· 企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理都有\n"
     "· 对方称「终身免费维护」「7×24小时服务」\n"
     "· HTTPS；有权限管理",
     "· 核心风控模块加密交付，其余开放\n"
     "· 搭售元宇宙营销、区块链存证（称不另收费）",
     "· 等保：对方称「已通过等保测评」，未说明级别，未提供备案证明\n"
     "· 加密：称「国密算法」，未说明具体算法\n"
     "· 征信：称「可对接主流征信机构」，未说明机构\n"
     "· 日志保存期未说明\n"
     "· 合同：对方称「可以写进合同」",
     "补资料后再议"],
    ["4", "红河个旧信息技术有限公司", 22.6, "含税",
     "· 等保三级备案证明（编号53250043002-24006）\n"
     "· SM4加密，HTTPS，RBAC\n"
     "· 征信：人行征信中心\n"
     "· 企业征信、电子合同、风控审批、还款管理、用户管理\n"
     "· 免费维护12个月含小版本升级；政策适配免费；写入合同；完整源码",
     "· 银行流水分析：对方明确不提供，建议我司另购第三方服务\n"
     "· 日志保存3个月\n"
     "· 工作日技术支持（5×8），8小时内响应\n"
     "· 不提供终身技术咨询；过保年费2.4万元",
     "—",
     "不满足必备功能，不建议"],
    ["5", "保山永昌科技有限公司", 13.6, "含税",
     "· 报价最低\n"
     "· 等保三级备案证明（编号53050043007-24001）\n"
     "· SM4（身份证号、银行卡号），HTTPS，RBAC，日志6个月\n"
     "· 征信：百行征信、朴道征信\n"
     "· 六项模块齐全（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）\n"
     "· 监管政策调整免费适配；以上写入合同；完整源码",
     "· 免费维护仅6个月（只修bug，不含升级）\n"
     "· 技术支持工作日9:00-17:00，响应时间8小时\n"
     "· 不提供终身技术咨询\n"
     "· 过保年费1.2万元",
     "· 价格明显低于市场，需了解原因",
     "价格过低，谨慎"],
    ["6", "文山三七软件有限公司", "—", "—", "—", "—", "—", "8月9日来电放弃，未提交报价"],
]


def case_w04():
    wb = Workbook()
    ws = wb.active
    ws.title = "优劣势分析"
    n = len(W04_HEAD)
    widths(ws, [6, 24, 11, 14, 52, 44, 40, 16])
    _text_row(ws, 1, n, "经营贷系统源码 供应商优劣势分析", font=TITLE, height=24)
    _text_row(ws, 2, n, "编制：风控部 杨帆  2025-08-18    依据：各供应商书面报价及8月11—13日演示    报价单位：万元", font=MUTED)
    put_row(ws, 4, W04_HEAD, font=BOLD, fill=GREEN, align=CENTER)
    for i, row in enumerate(W04_ROWS):
        r = 5 + i
        put_row(ws, r, row)
        lines = max(str(v).count("\n") + 1 for v in row)
        ws.row_dimensions[r].height = max(30, 16 * lines + 6)
    r = 5 + len(W04_ROWS) + 1
    _text_row(ws, r, n, "结论：苍洱资质与售后条款最完整，建议优先进入合同谈判；麒麟报价看似居中，但不含税且电子合同另计，需财务折算后比较；"
                        "聂耳补齐等保证明等资料后再议；个旧缺银行流水分析，永昌价格过低，均不建议。", bold=True, height=34)
    _text_row(ws, r + 1, n, "评审人：杨帆、李娜（风控部）", font=MUTED)
    ws.freeze_panes = "C5"
    _save(wb, "w_04_ml_youlie_fenxi.xlsx", creator="杨帆")


# ---------------------------------------------------------------------------------------------
# w_05  消费分期 — Eric Zhang (张亦凡), PMO of 贵阳筑城小额贷款 (appliance and education instalments; the PMO works in English and
#       Chinese), lines up each vendor's implementation plan as a Gantt chart — phases down, sixteen week columns across with
#       "■" bars — and, merged down each vendor's block on the right, the key terms copied from the vendors' written quotes.
# Layout: title, a prepared-by line (Week 1 = 2025-08-25), two header rows (Vendor 供应商 | Phase 阶段 | 工期(周) | W1…W16 with
#       the Monday dates under them | Quote 报价 | Tax 计税 | Modules in quote 报价内模块 | Options 选配 | 等保 MLPS | Data
#       security 数据安全 | Credit bureau 征信 | Maintenance & support 维保与支持 | In contract 写入合同 | After warranty 过保费用 |
#       Source 源码), six rows per vendor (five phases and a 总工期 Total row), the vendor and term cells merged down; one grey
#       row for the vendor that declined; two notes.
# Traps: weeks, durations (2, 5, 12 …), week dates and "W12" are no amounts; the terms sit once per vendor block although the
#       block has six rows; 红城's 268,000 含税 states every term (积分商城 15,000 未选, deferrable); 黄果树's 212,000 is 不含税
#       and its 商品管理 (a must-have) is an option "+24,000（不含税）": (212,000 + 24,000) × 1.13 = 266,680 — about the same
#       as 红城, with bug-fix-only maintenance, charged major policy changes, 5×8 and 4 h; 凉都 only claims (满足等保三级要求,
#       国密算法, 支持对接征信, 终身维护) with core encryption and 元宇宙营销 / 智能客服机器人 given away, and its six-week plan
#       is no merit; 洪山 holds 等保二级 and has no 订单跟踪, 126,000 (fail); 梵净山 states 等保三级 at 158,000 but delivers no
#       source (licence only) and gives 6 months, 5×8 and 4 h; 剑江 declined.
# ---------------------------------------------------------------------------------------------
W05_WEEKS = ["8/25", "9/1", "9/8", "9/15", "9/22", "9/29", "10/6", "10/13", "10/20", "10/27", "11/3", "11/10", "11/17",
             "11/24", "12/1", "12/8"]
W05_TERMS_HEAD = ["Quote 报价", "Tax 计税", "Modules in quote 报价内模块", "Options 选配", "等保 MLPS", "Data security 数据安全",
                  "Credit bureau 征信", "Maintenance & support 维保与支持", "In contract 写入合同", "After warranty 过保费用",
                  "Source 源码"]
W05_PHASES = ["需求调研 Discovery", "开发配置 Build", "测试 UAT", "上线 Go-live", "驻场保障 Hypercare"]
W05_VENDORS = [
    ("遵义红城数科有限公司", [(1, 2), (3, 5), (8, 2), (10, 1), (11, 2)],
     ["¥268,000", "含税 incl. 13% VAT", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
      "积分商城 ¥15,000（含税，本次未选）",
      "三级备案证明 52030043021-24004（2024-05）",
      "SM4（身份证号、手机号、银行卡号）；全站HTTPS；RBAC；操作日志保存12个月",
      "人行征信中心、百行征信",
      "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时支持，1小时内响应；终身技术咨询",
      "全部写入合同", "¥26,000/年", "完整源码，无加密，可二次开发"]),
    ("安顺黄果树软件有限公司", [(1, 1), (2, 5), (7, 2), (9, 1), (10, 1)],
     ["¥212,000", "不含税 excl. VAT（13%另计）", "分期计算器、订单跟踪、还款管理、风控审批、用户管理",
      "商品管理 +¥24,000（不含税）",
      "三级备案证明 52040043006-23013",
      "SM4；HTTPS；角色权限；日志保存6个月",
      "百行征信",
      "免费维护12个月，仅修复bug，不含升级；重大监管政策调整另行报价；5×8（工作日9:00-18:00），4小时内响应；无终身技术咨询",
      "是", "合同额15%/年", "完整源码"]),
    ("六盘水凉都网络科技有限公司", [(1, 1), (2, 3), (5, 1), (6, 1)],
     ["¥245,000", "含税", "商品管理、分期计算器、订单跟踪、还款提醒、审批流、用户管理；赠送元宇宙营销、智能客服机器人",
      "—",
      "满足等保三级要求，可提供测评协助",
      "国密算法加密；HTTPS；权限管理",
      "支持对接征信",
      "终身维护；7×24小时",
      "可写入合同（待谈）", "", "核心模块加密交付"]),
    ("毕节洪山科技有限公司", [(1, 1), (2, 4), (6, 1), (7, 1), (8, 1)],
     ["¥126,000", "含税", "商品管理、分期计算器、还款管理、用户管理（订单跟踪：不支持）",
      "—",
      "二级",
      "AES；HTTPS；单一管理员账号；日志保存3个月",
      "未对接",
      "免费维护6个月，仅修bug；政策调整收费；工作日支持，次日响应",
      "否", "按次收费", "授权使用，绑定域名"]),
    ("铜仁梵净山信息技术有限公司", [(1, 2), (3, 6), (9, 3), (12, 1), (13, 2)],
     ["¥158,000", "含税", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
      "—",
      "三级备案证明 52060043010-24002",
      "SM4（身份证号、手机号）；HTTPS；RBAC；日志保存6个月",
      "人行征信中心、百行征信",
      "免费维护6个月，含bug修复及小版本升级；监管政策调整免费适配；5×8（工作日），4小时内响应；终身技术咨询",
      "写入合同", "¥18,000/年", "授权部署使用，不交付源代码（授权绑定服务器）"]),
]


def case_w05():
    wb = Workbook()
    ws = wb.active
    ws.title = "Timeline 实施计划"
    nweek = len(W05_WEEKS)
    first_term = 4 + nweek  # column after the weeks
    ncol = first_term + len(W05_TERMS_HEAD) - 1
    widths(ws, [26, 20, 8] + [5] * nweek + [12, 14, 30, 20, 22, 30, 18, 40, 14, 14, 22])
    _text_row(ws, 1, ncol, "Loan system source code – vendor implementation timelines & key terms  各供应商实施计划及主要条款对比",
              font=TITLE, height=24)
    _text_row(ws, 2, ncol, "Prepared by Eric Zhang 张亦凡 (PMO) · 2025-08-19 · Week 1 = 2025-08-25 · ■ = planned work · "
                           "terms copied from each vendor's written quote (8/8–8/15), amounts as quoted", font=MUTED)
    fixed = ["Vendor 供应商", "Phase 阶段", "工期(周)"]
    put_row(ws, 4, fixed, font=BOLD, fill=BLUE, align=CENTER)
    put_row(ws, 4, [f"W{i}" for i in range(1, nweek + 1)], font=BOLD, fill=BLUE, align=CENTER, start=4)
    put_row(ws, 5, W05_WEEKS, font=MUTED, fill=BLUE, align=CENTER, start=4)
    put_row(ws, 4, W05_TERMS_HEAD, font=BOLD, fill=GREEN, align=CENTER, start=first_term)
    for c in list(range(1, 4)) + list(range(first_term, ncol + 1)):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.row_dimensions[4].height = 30
    r = 6
    for vendor, plan, terms in W05_VENDORS:
        first = r
        for pi, phase in enumerate(W05_PHASES):
            if pi < len(plan):
                start, weeks = plan[pi]
                put_row(ws, r, [vendor if pi == 0 else None, phase, weeks])
                for w in range(start, start + weeks):
                    cell = ws.cell(row=r, column=3 + w, value="■")
                    cell.fill = BAR
                    cell.alignment = CENTER
            else:
                put_row(ws, r, [None, phase, "—"])
            r += 1
        total = max(s + w - 1 for s, w in plan)
        put_row(ws, r, [None, "总工期 Total", total], font=BOLD)
        r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = CENTER
        ws.cell(row=first, column=1).font = BOLD
        put_row(ws, first, terms, start=first_term)
        for c in range(first_term, ncol + 1):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    put_row(ws, r, ["都匀剑江软件有限公司", "Declined 放弃报价（8/15 邮件：人手不足）"], fill=GREY)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
    r += 2
    _text_row(ws, r, ncol, "Target go-live 目标上线：W12（2025-11-10 前），赶双十一分期活动。", font=ITALIC)
    _text_row(ws, r + 1, ncol, "Note: PMO has not converted any quote to incl.-VAT; ranking is for the steering committee, "
                               "not done here.", font=ITALIC)
    ws.freeze_panes = "D6"
    _save(wb, "w_05_ci_shishi_gantt.xlsx", creator="Eric Zhang")


# ---------------------------------------------------------------------------------------------
# w_06  个人信用贷 — Vivian Shen, product owner at 苏州金鸡湖小额贷款 (personal credit loans), ran the vendor-review workshop on a
#       Miro board: one frame per vendor with sticky notes of what each vendor put in writing (copied from the quotes, in English
#       or Chinese as it came), the team's own notes tagged "our view" / "question", an agenda frame, a parking lot and a
#       dot-vote frame; she exported the board to CSV (UTF-8) for the minutes.
# Layout: the header Item ID | Type | Frame | Content | Tags | Author | Color | Last modified, one row per board item (frames,
#       sticky notes, text), grouped by frame.
# Traps: the vendor is the frame's title, never "Agenda" / "Parking lot" / "Dot votes & next steps"; item ids (19 digits),
#       quote numbers (QT-TH-0805), timestamps, dot votes and the budget sticky are no amounts; stickies tagged "our view" /
#       "question" are the team's ("Cheapest on paper?"); 太湖's 236,000 incl. VAT = 160,000 + 52,000 + 24,000; 天宁's 186,000
#       is excl. VAT and its risk model (a must-have) is "optional module, + ¥28,000 excl. VAT": (186,000 + 28,000) × 1.13
#       = 241,820; 濠河 only claims ("Designed to MLPS Level 3", GM algorithms, "supports all major credit bureaus", lifetime
#       maintenance, contract "we can discuss"), no log period, a compiled risk engine and a free metaverse-marketing module;
#       瘦西湖 states every term but its price is "TBD after requirement workshop" (no price); 丹顶鹤 is ¥96,000 with "MLPS
#       Level 3: No" and no risk model (fail); 金山's frame holds only its refusal (no quote).
# ---------------------------------------------------------------------------------------------
W06_HEAD = ["Item ID", "Type", "Frame", "Content", "Tags", "Author", "Color", "Last modified"]
W06_FRAMES = [
    ("Agenda", [
        ("text", "Vendor review workshop – personal credit loan system (source code buy-out) – 13 Aug 2025, 14:00–17:30",
         "", "Vivian Shen", ""),
        ("sticky_note", "Yellow stickies: what each vendor put in writing. Tagged our view / question: the team's own notes", "", "Vivian Shen", "yellow"),
        ("sticky_note", "Budget 18–25万 incl. VAT (board approval, July)", "budget", "Vivian Shen", "light_blue"),
    ]),
    ("无锡太湖智贷科技有限公司", [
        ("sticky_note", "Quote QT-TH-0805: ¥236,000 incl. 13% VAT", "price", "Vivian Shen", "yellow"),
        ("sticky_note", "Breakdown: licence 160,000 + implementation 52,000 + training 24,000", "price", "Vivian Shen",
         "yellow"),
        ("sticky_note", "Modules: 个人征信查询 (PBoC 二代 + 百行), 风控模型 (scorecard + decision engine), 反欺诈 (device "
                        "fingerprint, multi-lending check), 还款计划 / 逾期提醒, 审批流, 用户管理", "features", "Leo Gu",
         "yellow"),
        ("sticky_note", "等保三级 filing certificate 32020043014-24011 (Mar 2024) – original seen 8/5", "compliance",
         "Leo Gu", "yellow"),
        ("sticky_note", "SM4 on 身份证号 / 手机号 / 银行卡号; HTTPS everywhere (TLS 1.2+); RBAC; audit logs kept 12 months",
         "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Credit bureaus: PBoC Credit Reference Center + Baihang Credit", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Free maintenance 12 months incl. bug fixes + minor version upgrades; regulatory changes adapted free",
         "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "24×7 support, response within 1 hour, named engineer; lifetime technical consulting", "after-sales",
         "Amy Xu", "yellow"),
        ("sticky_note", "All service terms go into the contract (Annex 2)", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "After warranty: ¥24,000 / year", "price", "Amy Xu", "yellow"),
        ("sticky_note", "Full source code, no encryption, we can extend it", "source", "Leo Gu", "yellow"),
        ("sticky_note", "Strongest pack so far", "our view", "Vivian Shen", "light_blue"),
    ]),
    ("常州天宁软件有限公司", [
        ("sticky_note", "Quote: ¥186,000 excl. VAT (13% on top)", "price", "Vivian Shen", "yellow"),
        ("sticky_note", "Modules in price: 个人征信查询 (百行), 反欺诈, 还款管理, 审批流, 用户管理", "features", "Leo Gu",
         "yellow"),
        ("sticky_note", "Risk model (scorecard) = optional module, + ¥28,000 excl. VAT", "price", "Leo Gu", "yellow"),
        ("sticky_note", "等保三级 certificate 32040043009-23016", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "SM4; HTTPS; role-based permissions; logs kept 6 months; 百行 + 朴道", "compliance", "Leo Gu",
         "yellow"),
        ("sticky_note", "Maintenance 12 months – bug fixes only, upgrades not included", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "Major regulatory changes: quoted separately", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "Support Mon–Fri 9:00–17:30, response within 4 hours; no lifetime consulting", "after-sales",
         "Amy Xu", "yellow"),
        ("sticky_note", "Terms written into the contract: yes", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "After warranty: 15% of contract value per year", "price", "Amy Xu", "yellow"),
        ("sticky_note", "Full source code", "source", "Leo Gu", "yellow"),
        ("sticky_note", "Cheapest on paper? check VAT + risk model", "question", "Tom Lu", "light_blue"),
    ]),
    ("南通濠河网络科技有限公司", [
        ("sticky_note", "Quote: ¥218,000 incl. VAT, everything in", "price", "Vivian Shen", "yellow"),
        ("sticky_note", "Modules: personal credit report query, AI risk model, anti-fraud, repayment reminders, approval workflow, "
                        "user management + FREE metaverse marketing module", "features", "Leo Gu", "yellow"),
        ("sticky_note", "MLPS: \"Designed to MLPS Level 3\"", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Encryption: national (GM) algorithms; HTTPS; permission management", "compliance", "Leo Gu",
         "yellow"),
        ("sticky_note", "Credit bureau: \"supports all major credit bureaus\"", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Lifetime maintenance, 24×7", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "Contract: \"we can discuss\"", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "Risk engine delivered as a compiled library, the rest as source", "source", "Leo Gu", "yellow"),
        ("sticky_note", "Ask for the 等保 filing certificate + which bureaus exactly", "question", "Tom Lu", "light_blue"),
    ]),
    ("扬州瘦西湖信息技术有限公司", [
        ("sticky_note", "Price: TBD after requirement workshop (they want 2 days on site)", "price", "Vivian Shen",
         "yellow"),
        ("sticky_note", "Modules: 个人征信查询, 风控模型, 反欺诈, 还款管理, 审批流, 用户管理", "features", "Leo Gu", "yellow"),
        ("sticky_note", "等保三级 certificate 32100043003-24008 (Jan 2024)", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "SM4 (ID no., mobile no.); HTTPS; RBAC; logs kept 12 months; PBoC CRC + Pudao Credit",
         "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "12 months free maintenance incl. minor upgrades; regulatory adaptation free; 24×7, response within "
                        "2 hours; lifetime consulting; all in the contract", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "After warranty ¥22,000 / year; full source code", "price", "Amy Xu", "yellow"),
        ("sticky_note", "Nice team but no number yet", "our view", "Tom Lu", "light_blue"),
    ]),
    ("盐城丹顶鹤科技工作室", [
        ("sticky_note", "Quote ¥96,000 incl. VAT", "price", "Vivian Shen", "yellow"),
        ("sticky_note", "MLPS Level 3: No", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Modules: 个人征信查询 (百行), 还款管理, 用户管理 – no risk model (manual review)", "features", "Leo Gu",
         "yellow"),
        ("sticky_note", "AES; HTTPS; one admin account; logs kept 3 months", "compliance", "Leo Gu", "yellow"),
        ("sticky_note", "Maintenance 3 months, bug fixes only; regulatory changes charged; business hours via QQ group, "
                        "next-day reply; per incident ¥3,000", "after-sales", "Amy Xu", "yellow"),
        ("sticky_note", "Licence bound to our domain, no source code", "source", "Leo Gu", "yellow"),
    ]),
    ("镇江金山软件有限公司", [
        ("sticky_note", "Declined by e-mail 8/7 – no capacity this quarter", "", "Vivian Shen", "grey"),
    ]),
    ("Parking lot", [
        ("sticky_note", "Do we need overseas payment? → No, no cross-border business", "our view", "Tom Lu", "light_blue"),
        ("sticky_note", "Legal to check source-code escrow wording", "question", "Vivian Shen", "light_blue"),
    ]),
    ("Dot votes & next steps", [
        ("sticky_note", "Dot votes: Taihu 5 · Tianning 2 · Haohe 1", "our view", "Vivian Shen", "light_blue"),
        ("sticky_note", "Next: Taihu contract draft by 8/22; Shouxihu to send a number; Haohe to send its 等保 certificate",
         "our view", "Vivian Shen", "light_blue"),
    ]),
]


def case_w06():
    rows = [W06_HEAD]
    item = 3458764598112740000
    minute = 0
    for frame, items in W06_FRAMES:
        item += 37
        minute += 1
        rows.append([str(item), "frame", frame, frame, "", "Vivian Shen", "", f"2025-08-13T{14 + minute // 60:02d}:{minute % 60:02d}:12Z"])
        for typ, content, tags, author, color in items:
            item += 113
            minute += 2
            rows.append([str(item), typ, frame, content, tags, author, color,
                         f"2025-08-13T{14 + minute // 60:02d}:{minute % 60:02d}:{(item % 50) + 5:02d}Z"])
    write_csv("w_06_pc_en_miro_board.csv", rows, "utf-8")


if __name__ == "__main__":
    case_w01()
    case_w02()
    case_w03()
    case_w04()
    case_w05()
    case_w06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("w_0*") if p.suffix != ".toml")))
