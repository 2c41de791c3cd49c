"""Build the "e" case files (six multi-vendor quote comparisons, written blind).

Written from the outside: the cell wording is what vendors, sales reps and buyers' staff would write; the
expected reading of every file is in the matching e_0N_*.toml beside it (written before this script's files
were ever given to the product).

Run:  .venv/bin/python tests/cases/make_cases_e.py

A blind holdout (tests/holdout) until the session that read all six fully; they run in `make test` since. A fresh
blind holdout is due, as these were read while the code changed.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, put_row, widths  # beside this script

HERE = Path(__file__).resolve().parent


def merged(ws, r1, c1, r2, c2, value, *, fill=BLUE):
    cell = ws.cell(row=r1, column=c1, value=value)
    cell.font, cell.fill, cell.alignment = BOLD, fill, CENTER
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(row=rr, column=cc).border = BOX
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def chat(*turns):
    """WeChat desktop 'copy' of a conversation: a 'name  date time' line, then the message."""
    return "\n".join(f"{who}  {when}\n{text}" for who, when, text in turns)


# ---------------------------------------------------------------------------------------------
# e_01  个人信用贷 — 运营部小周 pasted each vendor's WeChat chat with the sales rep into one cell per vendor
#       (timestamps, [图片]/[文件]/[语音] placeholders, emoji, the buyer's own questions interleaved).
# ---------------------------------------------------------------------------------------------
def case_e01():
    me = "周敏"
    xinyuan = chat(
        ("李可-鑫源科技", "2024/9/3 14:22", "周经理您好🙏 我是鑫源科技的李可，您要的信用贷系统源码报价发您哈"),
        ("李可-鑫源科技", "2024/9/3 14:23", "[文件] 鑫源信用贷系统报价单V3.pdf"),
        ("李可-鑫源科技", "2024/9/3 14:25",
         "简单说下：源码授权16.8万，部署实施3.5万，培训1.2万，合计21.5万，这是含税价，可以开13%专票"),
        (me, "2024/9/3 14:31", "好的。我们预算大概20到25w。等保三级你们有证吗？数据加密用的什么"),
        ("李可-鑫源科技", "2024/9/3 14:40",
         "等保三级是2023年10月拿的证，备案证明编号 32010043512-23006，扫描件稍后发您。"
         "身份证号、手机号、银行卡号都是SM4字段级加密，全站https"),
        ("李可-鑫源科技", "2024/9/3 14:40", "[图片]"),
        ("李可-鑫源科技", "2024/9/3 14:42", "权限是RBAC角色权限，能细到按钮；操作日志默认保存12个月，异常登录有告警"),
        ("李可-鑫源科技", "2024/9/3 14:43", "征信这块已经对接了人行征信中心和百行征信，朴道在对接中"),
        (me, "2024/9/3 15:02", "功能模块都有哪些"),
        ("李可-鑫源科技", "2024/9/3 15:10",
         "信用贷版本包含：个人征信报告查询、风控决策引擎、反欺诈规则库、还款计划+到期短信提醒、审批流、用户管理。"
         "营销插件您前期用不上，就没放进来"),
        (me, "2024/9/3 15:12", "售后怎么说"),
        ("李可-鑫源科技", "2024/9/3 15:20",
         "售后：免费维护12个月，bug修复和小版本升级都包含；监管政策变了我们免费适配；7×24小时有人值班，"
         "2小时内工程师响应；终身技术咨询。以上这些都写进合同的，您放心👍"),
        ("李可-鑫源科技", "2024/9/3 15:21", "维保期过了以后按合同额12%一年收维护费"),
        ("李可-鑫源科技", "2024/9/3 15:23", "源码完整交付，没有加密，你们技术可以自己二开"),
    )
    jiasu = chat(
        ("王总监 佳速科技", "2024/9/4 10:05", "周姐好～我们信用贷系统现在做活动，活动价19.8w，含税的哈😊"),
        (me, "2024/9/4 10:20", "等保三级有吗？我们要求7×24小时支持，合同里要写清楚"),
        ("王总监 佳速科技", "2024/9/4 10:26", "我们系统完全满足等保三级要求的，好多客户都是拿我们系统直接过的测评"),
        ("王总监 佳速科技", "2024/9/4 10:27", "加密用的国密算法，安全这块您绝对放心"),
        ("王总监 佳速科技", "2024/9/4 10:27", "征信支持对接各大征信机构"),
        ("王总监 佳速科技", "2024/9/4 10:30",
         "功能的话：个人征信查询、智能风控、反欺诈、还款管理、审批流、智能客服机器人、区块链存证，都有的"),
        ("王总监 佳速科技", "2024/9/4 10:41", "[语音] 6\"\n转文字：维护这块您放心，我们是终身维护的，有问题随时找我"),
        ("王总监 佳速科技", "2024/9/4 10:42", "7×24小时都有人值班的，30分钟内响应"),
        (me, "2024/9/4 11:00", "好，我汇报一下"),
        ("王总监 佳速科技", "2024/9/4 11:01", "好嘞👌"),
    )
    qianyuan = chat(
        ("张工（乾元数科）", "2024/9/5 16:12", "周经理，报价如下：标准版源码+部署 18万（不含税，税点另算）"),
        ("张工（乾元数科）", "2024/9/5 16:13",
         "个人征信接口、反欺诈规则、还款管理、审批流、用户管理都在标准版里；风控模型是选配模块，另加3万（不含税）"),
        (me, "2024/9/5 16:30", "等保呢"),
        ("张工（乾元数科）", "2024/9/5 16:35", "等保三级我们正在申请，测评机构已经进场了，预计11月出证"),
        ("张工（乾元数科）", "2024/9/5 16:36", "敏感字段SM4加密，https，角色权限，操作日志保存6个月，征信接的是百行征信"),
        ("张工（乾元数科）", "2024/9/5 16:40",
         "售后：免费维护一年，含升级；技术支持工作日9点到6点，4小时内响应；政策适配小改动免费，大的调整另外报价"),
        ("张工（乾元数科）", "2024/9/5 16:41", "张工撤回了一条消息"),
        ("张工（乾元数科）", "2024/9/5 16:42", "源码全部交付，核心风控引擎是加密的"),
    )
    yidaitong = chat(
        ("易贷通-小陈", "2024/9/6 09:15", "您好！我们信用贷系统源码8.8万，一次性买断，送一年维护💪"),
        (me, "2024/9/6 09:40", "等保有吗"),
        ("易贷通-小陈", "2024/9/6 09:43", "等保的话我们没有做，一般都是客户自己去做"),
        ("易贷通-小陈", "2024/9/6 09:44", "功能：用户管理、借款申请、还款管理、后台审批"),
        ("易贷通-小陈", "2024/9/6 09:45", "售后工作时间在线，有问题微信找我就行"),
    )
    wb = Workbook()
    ws = wb.active
    ws.title = "微信沟通记录"
    ws.cell(row=1, column=1, value="信用贷系统源码 各家服务商微信沟通记录（老板要的，原样贴过来）").font = TITLE
    ws.cell(row=2, column=1, value="运营部 周敏 整理　2024年9月")
    put_row(ws, 3, ["序号", "服务商", "对接销售", "微信聊天记录（原文复制）", "小周备注"],
            font=BOLD, fill=GREY, align=CENTER)
    rows = [
        [1, "鑫源科技", "李可 139****6627", xinyuan, "资料最全，证书扫描件已收到"],
        [2, "佳速科技", "王总监 186****0912", jiasu, "销售口头说签约还能再让1w，没书面"],
        [3, "乾元数科", "张工 151****3308", qianyuan, "注意不含税，风控模型要另加钱"],
        [4, "易贷通", "小陈 177****4521", yidaitong, "最便宜"],
    ]
    for i, row in enumerate(rows):
        put_row(ws, 4 + i, row)
    widths(ws, [6, 12, 18, 90, 26])
    wb.save((HERE / "e_01_pc_wechat_sales_chats.xlsx"))


# ---------------------------------------------------------------------------------------------
# e_02  消费分期 — 财务部's 采购比价审批表 saved as CSV (GBK): one row per vendor, amounts in 元 with thousands
#       separators, 报价金额（小写）/（大写） columns (one vendor gives only the 大写), a 付款方式 column with
#       percentages and 首付/尾款 amounts, a 最低报价 row and a sign-off line.
# ---------------------------------------------------------------------------------------------
def case_e02():
    head = ["序号", "供应商名称", "报价金额（小写）", "报价金额（大写）", "含税情况", "付款方式", "等保资质",
            "数据加密", "权限管理", "日志留存", "功能范围", "售后条款", "维保期后费用", "源码交付", "经办人意见"]
    n = len(head)
    rows = [
        ["消费分期商城系统源码采购比价审批表", *[""] * (n - 1)],
        ["金额单位：元　　申请部门：信息科技部　　编制：财务部", *[""] * (n - 1)],
        head,
        ["1", "杭州分期宝网络科技有限公司", "￥238,000.00", "贰拾叁万捌仟元整", "含税（13%增值税专用发票）",
         "合同签订后付30%，验收合格后付70%", "等保三级，备案证明编号33010043228-23010（已核原件）",
         "SM4（身份证号/手机号/银行卡号）；HTTPS", "角色权限（RBAC）", "12个月",
         "商品管理；分期计算器；订单跟踪；还款管理；审批流；用户管理",
         "免费维护12个月，含bug修复和小版本升级；监管政策调整免费适配；7×24小时，2小时内响应；终身技术咨询；以上写入合同",
         "￥28,000.00/年", "完整源码，可二次开发", "推荐"],
        ["2", "深圳惠购科技有限公司", "", "人民币贰拾柒万元整", "不含税", "一次性付清",
         "等保三级（2022年取得，证书编号44030043671-22013）", "SM4；HTTPS", "有", "6个月",
         "商品管理；分期试算；订单状态跟踪；还款管理；审批流；用户管理；积分商城",
         "免费维护12个月，含升级；5×8技术支持，4小时内响应；政策适配免费；写入合同", "￥35,000.00/年", "完整源码",
         "小写未填，以大写为准；不含税"],
        ["3", "东莞乐分信息技术有限公司", "￥128,000.00", "壹拾贰万捌仟元整", "含税", "签约付50%，上线付50%",
         "等保三级（证书编号44190043588-23007）", "SM4；HTTPS", "有", "6个月",
         "商品管理；分期计算器；订单管理；还款提醒；审批流；用户管理",
         "免费维护6个月，仅限bug修复；工作日技术支持，24小时内响应", "按次收费，￥3,000.00/次", "完整源码",
         "价格低于15万，需关注"],
        ["4", "广州趣分期科技有限公司", "￥215,000.00", "贰拾壹万伍仟元整", "含税",
         "首付款￥64,500.00（签约后）；尾款￥150,500.00（验收后）", "等保三级申请中（测评已完成，待公安机关备案）",
         "国密加密；HTTPS", "满足监管要求", "符合监管要求", "详见产品功能清单（附件2）",
         "永久免费维护，7×24小时服务", "", "源码交付", "功能清单未随报价提供，需补"],
        ["5", "佛山优品汇电子商务有限公司", "￥96,000.00", "玖万陆仟元整", "含税", "一次性付清", "无", "无", "有",
         "3个月", "商品管理；订单跟踪；还款管理", "免费维护3个月", "", "仅授权使用", "低于10万，不建议"],
        ["", "最低报价", "￥96,000.00", "玖万陆仟元整", "", "", "", "", "", "", "", "", "", "", ""],
        ["编制：财务部 刘婷　　复核：　　部门负责人：　　日期：2024年10月8日", *[""] * (n - 1)],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / "e_02_ci_finance_daxie_gbk.csv").write_bytes(buf.getvalue().encode("gbk"))


# ---------------------------------------------------------------------------------------------
# e_03  商户经营贷 — 信息科技部's 供应商评估矩阵: vendors as rows, a row of merged group headers (商务条款 /
#       安全合规 / 业务功能 / 服务保障) over field headers, 序号/供应商/源码交付/评估意见 merged vertically; one
#       price is a 首付款 + 尾款 split, one is 面议.
# ---------------------------------------------------------------------------------------------
def case_e03():
    wb = Workbook()
    ws = wb.active
    ws.title = "评估矩阵"
    ws.cell(row=1, column=1, value="商户经营贷系统源码 供应商评估矩阵（信息科技部）").font = TITLE
    ws.cell(row=2, column=1, value="评估日期：2024-07-22　　货币：人民币　　报价以供应商书面报价为准")
    merged(ws, 4, 1, 5, 1, "序号")
    merged(ws, 4, 2, 5, 2, "供应商")
    merged(ws, 4, 3, 4, 5, "商务条款")
    merged(ws, 4, 6, 4, 10, "安全合规")
    merged(ws, 4, 11, 4, 12, "业务功能")
    merged(ws, 4, 13, 4, 17, "服务保障")
    merged(ws, 4, 18, 5, 18, "源码交付")
    merged(ws, 4, 19, 5, 19, "评估意见")
    put_row(ws, 5, ["报价", "计税", "付款安排", "等级保护", "字段加密", "访问控制", "审计日志", "征信渠道",
                    "核心模块", "扩展模块", "免费维保", "支持与响应", "政策变更", "合同约定", "期满续保"],
            font=BOLD, fill=GREY, align=CENTER, start=3)
    rows = [
        [1, "成都锦程数科有限公司", "首付款12万（签约后7日内）+尾款16.8万（上线验收后）", "含税", "见报价栏",
         "三级（2023年，备案证明编号 51010043877-23012）", "SM4（证件号/手机号/银行卡号）", "RBAC + 数据权限",
         "保留12个月，异常操作告警", "人行企业征信、百行征信",
         "企业征信查询、银行流水分析、电子合同（CFCA）、授信审批流、还款计划、用户管理", "—",
         "12个月（含缺陷修复及小版本升级）", "7×24小时，2小时内到人", "免费适配", "全部写入合同", "3.6万/年",
         "完整源码，可二开", "综合最优"],
        [2, "蜀道金服科技有限公司", "26.5万", "含税", "签约付60%，验收付40%",
         "符合等保三级要求", "支持国密", "支持", "支持", "支持主流征信机构",
         "企业征信、流水分析、电子合同、审批流、还款管理、用户管理", "API开放平台、数据大屏、智能客服",
         "终身维护", "7×24小时", "免费", "可协商", "", "源码交付", "演示效果好，资质未提供"],
        [3, "天府云贷软件有限公司", "23万", "不含税", "3:4:3",
         "三级，证书编号 51019943765-22005", "SM4", "RBAC", "6个月", "百行征信",
         "企业征信、电子合同、审批流、还款管理、用户管理",
         "银行流水分析（选配，+4万，不含税）；数据大屏（选配，+2万）",
         "6个月，不含版本升级", "5×8，次日响应", "常规调整免费，重大监管政策调整除外", "是", "合同额10%/年",
         "完整源码", "流水分析需加购"],
        [4, "锦官城网络科技有限公司", "面议", "—", "—",
         "三级（备案证明编号 51010043902-24001）", "SM4", "RBAC", "12个月", "人行企业征信",
         "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理", "—",
         "12个月（含升级）", "7×24小时，1小时响应", "免费", "是", "4万/年", "完整源码", "未报价"],
        [5, "速融通科技有限公司", "13.5万", "含税", "一次性",
         "二级", "AES", "无", "3个月", "—",
         "企业征信、电子合同、还款管理", "—",
         "3个月", "工作日", "另计", "否", "按次", "授权使用，绑定域名", "价格低"],
    ]
    for i, row in enumerate(rows):
        put_row(ws, 6 + i, row)
    widths(ws, [6, 20, 26, 8, 14, 26, 20, 14, 18, 16, 36, 30, 22, 18, 22, 10, 10, 16, 14])
    ws.freeze_panes = "C6"
    wb.save((HERE / "e_03_ml_matrix_grouped_headers.xlsx"))


# ---------------------------------------------------------------------------------------------
# e_04  消费分期 — the 评标委员会's 技术商务响应偏离汇总表: requirement rows (条款, ★ marks), per bidder a merged
#       name over 投标响应 / 偏离情况 columns answered 无偏离 / 正偏离 / 负偏离, a 偏离项统计 row.
# ---------------------------------------------------------------------------------------------
def case_e04():
    bidders = ["广州粤分科技有限公司", "珠江汇通软件股份有限公司", "佛山顺分网络科技有限公司",
               "中山易分期信息技术有限公司"]
    reqs = [
        ("一、商务部分", None, None),
        ("1", "投标总价", "★不得超过最高限价人民币300,000元（含税）"),
        ("2", "付款方式", "签约后付40%，验收合格后付60%"),
        ("3", "免费维护期", "≥12个月，含缺陷修复及小版本升级"),
        ("4", "技术支持", "7×24小时，2小时内响应"),
        ("5", "监管政策适配", "因监管政策变化引起的系统调整免费"),
        ("6", "维保期满后年费", "投标人报出（元/年）"),
        ("7", "终身技术咨询", "提供"),
        ("8", "服务承诺", "上述服务承诺写入合同"),
        ("二、技术部分", None, None),
        ("9", "等级保护", "★所投系统须已取得网络安全等级保护三级备案证明（提供证明编号）"),
        ("10", "数据加密", "敏感字段采用国密SM4加密存储"),
        ("11", "传输安全", "全链路HTTPS"),
        ("12", "权限管理", "基于角色的访问控制"),
        ("13", "日志审计", "操作日志保存≥6个月"),
        ("14", "商品管理", "★支持商品管理（SKU、价格、库存）"),
        ("15", "分期计算", "★支持分期试算（期数、费率、每期还款额）"),
        ("16", "订单跟踪", "★支持订单全流程状态跟踪"),
        ("17", "还款管理", "支持还款计划生成及到期提醒"),
        ("18", "风控审批", "支持多级审批流"),
        ("19", "用户管理", "支持用户注册、实名及账户管理"),
        ("20", "源码交付", "交付完整源代码，无加密，可二次开发"),
    ]
    ans = {
        "广州粤分科技有限公司": [
            ("￥276,000.00（含税）", "无偏离"), ("响应", "无偏离"),
            ("免费维护24个月，含缺陷修复及小版本升级", "正偏离"), ("7×24小时，1小时内响应", "正偏离"),
            ("免费", "无偏离"), ("￥30,000.00/年", "无偏离"), ("提供终身技术咨询", "无偏离"),
            ("全部写入合同", "无偏离"),
            ("已取得，备案证明编号 44010043912-23015", "无偏离"), ("身份证号、手机号、银行卡号SM4加密", "无偏离"),
            ("全链路HTTPS（TLS 1.2+）", "无偏离"), ("RBAC角色权限", "无偏离"), ("保存12个月", "正偏离"),
            ("支持，含SKU/价格/库存", "无偏离"), ("支持分期试算", "无偏离"), ("支持订单全流程跟踪", "无偏离"),
            ("支持", "无偏离"), ("支持多级审批", "无偏离"), ("支持", "无偏离"),
            ("完整源码交付，无加密", "无偏离"),
        ],
        "珠江汇通软件股份有限公司": [
            ("￥258,000.00", "无偏离"), ("", "无偏离"),
            ("", "无偏离"), ("5×8小时，4小时内响应", "负偏离"),
            ("小版本政策调整免费，重大监管变化另行报价", "负偏离"), ("合同额的12%/年", "无偏离"), ("", "无偏离"),
            ("", "无偏离"),
            ("满足", "无偏离"), ("", "无偏离"), ("", "无偏离"), ("", "无偏离"), ("", "无偏离"),
            ("", "无偏离"), ("", "无偏离"), ("", "无偏离"), ("", "无偏离"), ("", "无偏离"), ("", "无偏离"),
            ("", "无偏离"),
        ],
        "佛山顺分网络科技有限公司": [
            ("￥235,000.00（不含税）", "无偏离"), ("响应", "无偏离"),
            ("免费维护12个月，仅限缺陷修复，不含版本升级", "负偏离"), ("7×24小时，2小时内响应", "无偏离"),
            ("免费", "无偏离"), ("￥25,000.00/年", "无偏离"), ("提供", "无偏离"), ("写入合同", "无偏离"),
            ("等保三级测评进行中，预计2025年1月取得备案证明", "负偏离"), ("采用AES-256加密", "负偏离"),
            ("HTTPS", "无偏离"), ("角色权限", "无偏离"), ("保存6个月", "无偏离"),
            ("支持", "无偏离"), ("选配模块，另加￥20,000.00（不含税）", "负偏离"), ("支持", "无偏离"),
            ("支持", "无偏离"), ("支持", "无偏离"), ("支持", "无偏离"),
            ("核心风控模块加密交付，其余开放源码", "负偏离"),
        ],
        "中山易分期信息技术有限公司": [
            ("￥118,000.00（含税）", "无偏离"), ("签约付100%", "负偏离"),
            ("免费维护6个月", "负偏离"), ("工作日8:30-17:30", "负偏离"),
            ("另行收费", "负偏离"), ("按次收费", "—"), ("不提供", "负偏离"), ("否", "负偏离"),
            ("二级（备案编号 44200043102-22003）", "负偏离"), ("SM4", "无偏离"), ("HTTPS", "无偏离"),
            ("有", "无偏离"), ("保存6个月", "无偏离"),
            ("支持", "无偏离"), ("支持", "无偏离"), ("不支持", "负偏离"),
            ("支持", "无偏离"), ("支持", "无偏离"), ("支持", "无偏离"),
            ("提供安装包及使用授权", "负偏离"),
        ],
    }
    stats = {"广州粤分科技有限公司": "正偏离3项，负偏离0项", "珠江汇通软件股份有限公司": "正偏离0项，负偏离2项",
             "佛山顺分网络科技有限公司": "正偏离0项，负偏离5项", "中山易分期信息技术有限公司": "正偏离0项，负偏离9项"}
    wb = Workbook()
    ws = wb.active
    ws.title = "偏离汇总"
    ncol = 3 + 2 * len(bidders)
    ws.cell(row=1, column=1, value="消费分期商城业务系统源码采购项目 技术商务响应偏离汇总表（评标用）").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="项目编号：GZCG-2024-1187　　开标时间：2024年11月5日 9:30　　"
                                   "注：★为实质性条款，负偏离即否决")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    merged(ws, 3, 1, 4, 1, "序号", fill=GREY)
    merged(ws, 3, 2, 4, 2, "条款", fill=GREY)
    merged(ws, 3, 3, 4, 3, "招标文件要求", fill=GREY)
    for i, b in enumerate(bidders):
        c = 4 + 2 * i
        merged(ws, 3, c, 3, c + 1, b)
        put_row(ws, 4, ["投标响应", "偏离情况"], font=BOLD, fill=GREY, align=CENTER, start=c)
    r = 5
    k = 0
    for no, item, req in reqs:
        if item is None:
            merged(ws, r, 1, r, ncol, no, fill=GREEN)
            r += 1
            continue
        vals = [no, item, req]
        for b in bidders:
            vals += list(ans[b][k])
        put_row(ws, r, vals)
        k += 1
        r += 1
    vals = ["", "偏离项统计", ""]
    for b in bidders:
        vals += [stats[b], ""]
    put_row(ws, r, vals, font=BOLD)
    for i in range(len(bidders)):
        ws.merge_cells(start_row=r, start_column=4 + 2 * i, end_row=r, end_column=5 + 2 * i)
    r += 2
    ws.cell(row=r, column=1, value="评标委员会签字：＿＿＿＿　＿＿＿＿　＿＿＿＿　　监督人：＿＿＿＿")
    widths(ws, [6, 14, 34] + [28, 10] * len(bidders))
    ws.freeze_panes = "D5"
    wb.save((HERE / "e_04_ci_tender_deviation.xlsx"))


# ---------------------------------------------------------------------------------------------
# e_05  商户经营贷 — an English RFP compliance matrix (UTF-8 CSV) from a foreign-invested microfinance
#       company: requirement ids down the left, one column per vendor, "Compliant / Partially compliant /
#       Non-compliant" with comments and bracketed footnote marks, notes below.
# ---------------------------------------------------------------------------------------------
def case_e05():
    vendors = ["Kunming Yunling Software Co., Ltd.", "Mekong Data Systems", "Sino-Pacific Lending Tech",
               "Pinecone Soft Studio", "Redwood Credit Systems"]
    blank = [""] * (3 + len(vendors) - 1)
    C = "Compliant"
    rows = [
        ["RFP-2024-017 | Merchant Loan Origination Platform (source-code purchase) | Vendor Compliance Matrix",
         *blank],
        ["Issuer: Lotus Microfinance (Kunming) Co., Ltd. - Procurement | Compiled 18 Nov 2024 | Currency: CNY",
         *blank],
        ["", *blank],
        ["Req. ID", "Requirement", "Priority", *vendors],
        ["R-01", "Total price (CNY, all-inclusive)", "Mandatory",
         "CNY 298,000", "CNY 276,000", "CNY 245,000", "CNY 142,000", "CNY 265,000 + VAT"],
        ["R-02", "Price basis", "Info", "Incl. 13% VAT", "Incl. VAT", "Excl. VAT", "Incl. VAT", "VAT extra"],
        ["R-03", "Payment milestones", "Info", "30% on signing, 70% on acceptance", "50/50", "40% / 40% / 20%",
         "100% on signing", "30% / 70%"],
        ["R-10", "MLPS Level 3 filing certificate", "Mandatory",
         "Compliant. Filing cert. no. 53010043221-23004 [1]", "Compliant [2]",
         "Compliant. Cert. no. 31010043688-22019 [1]",
         "Non-compliant - application in progress, certificate expected Q1 2025",
         "Compliant. Cert. no. 44030043790-23017"],
        ["R-11", "SM4 field-level encryption of personal data", "Mandatory",
         "Compliant. SM4 on ID number, mobile and bank-card fields",
         "Compliant - national cryptographic algorithms", "Compliant. SM4",
         "Partially compliant - AES-256 (SM4 on roadmap)", "Compliant. SM4 field-level"],
        ["R-12", "TLS 1.2+ in transit", "Mandatory", "Compliant. TLS 1.2/1.3", C, C, "Compliant (HTTPS)", C],
        ["R-13", "Role-based access control", "Mandatory", "Compliant. Role and data-scope permissions", C, C,
         "Non-compliant - single admin account", C],
        ["R-14", "Audit log retention >= 6 months", "Mandatory", "Compliant. 12 months, anomaly alerts", "TBC",
         "Non-compliant - 3 months", "Non-compliant - 1 month", "Compliant. 6 months"],
        ["R-15", "Licensed credit bureau connectivity (PBoC / Baihang / Pudao)", "Mandatory",
         "Compliant. PBoC Credit Reference Center; Baihang Credit",
         "Compliant - supports mainstream bureaus", "Compliant. Baihang Credit", "TBC",
         "Compliant. Pudao Credit"],
        ["R-20", "Enterprise credit report retrieval", "Mandatory", C, C, C, "See product brochure",
         "Non-compliant - planned for 2025 release"],
        ["R-21", "Bank statement (cash-flow) analysis", "Mandatory", C, C,
         "Partially compliant - optional module, +CNY 38,000 (excl. VAT)", "See product brochure", C],
        ["R-22", "Electronic contract management", "Mandatory", C, C, C, "See product brochure", C],
        ["R-23", "Loan approval workflow", "Mandatory", C, C, C, "See product brochure", C],
        ["R-24", "Repayment schedule and reminders", "Mandatory", C, C, C, "See product brochure", C],
        ["R-25", "User management", "Mandatory", C, C, C, "See product brochure", C],
        ["R-26", "AI customer-service bot", "Desirable", "Not offered", "Compliant - included",
         "Optional (+CNY 50,000)", "-", "Not offered"],
        ["R-30", "Free maintenance >= 12 months incl. minor upgrades", "Mandatory",
         "Compliant. 12 months, bug fixes and minor upgrades", "Compliant - lifetime maintenance",
         "Partially compliant - 6 months, bug fixes only", "Compliant. 12 months incl. upgrades",
         "Compliant. 12 months incl. minor upgrades"],
        ["R-31", "24/7 support, response <= 2 h", "Mandatory",
         "Compliant. 24/7 hotline; named engineer within 2 h", "Compliant - 24/7, 30-minute response [3]",
         "Partially compliant - business hours (9x5), 4 h response",
         "Non-compliant - e-mail support, next business day", "Compliant. 24/7, 1 h"],
        ["R-32", "Regulatory change adaptation at no charge", "Mandatory", "Compliant. No charge", C,
         "Partially compliant - minor changes free; major regulatory changes quoted separately",
         "Non-compliant - charged at CNY 1,500 per man-day", C],
        ["R-33", "Lifetime technical consulting", "Desirable", C, C, "Non-compliant", "Non-compliant", C],
        ["R-34", "All service commitments written into the contract", "Mandatory",
         "Compliant. R-30 to R-35 become contract clauses", "TBC", C, "Non-compliant", C],
        ["R-35", "Annual fee after free maintenance (CNY per year)", "Info", "CNY 36,000 p.a.", "TBC",
         "18% of contract value p.a.", "CNY 20,000 p.a.", "CNY 40,000 p.a."],
        ["R-40", "Full source code delivery", "Mandatory",
         "Compliant. Full source, no obfuscation, no licence lock", C,
         "Partially compliant - core scoring engine delivered as compiled library",
         "Non-compliant - binary licence bound to domain", "Compliant. Full source"],
        ["", *blank],
        ["Notes:", *blank],
        ["[1] Certificate copy verified by Lotus IT Security on 12 Nov 2024.", *blank],
        ["[2] Vendor's narrative: 'platform designed and built in line with MLPS Level 3 requirements'; "
         "no filing certificate provided.", *blank],
        ["[3] Reference customer (Yunnan) confirmed 24/7 coverage by phone.", *blank],
        ["Mandatory items are pass/fail; where VAT is excluded add 13% (software product sale).", *blank],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / "e_05_ml_en_rfp_compliance.csv").write_bytes(buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# e_06  个人信用贷 — 合规部's 供应商尽职调查问卷汇总: the questions (是否…？, …（月）, …（元/年）) down the left,
#       one answer column per vendor (是 / 否 / numbers / short text), section rows.
# ---------------------------------------------------------------------------------------------
def case_e06():
    vendors = ["苏州汇智融科技有限公司", "无锡信达通软件有限公司", "南京金盾数据科技有限公司",
               "常州速信网络科技有限公司"]
    qs = [
        ("一、商务", None),
        ("1.1", "报价总额（元）及是否含税", ["236,000元（含税）", "198,000元（不含税）", "215,000元（含税）",
                                       "126,000元（含税）"]),
        ("二、安全合规", None),
        ("2.1", "贵司所投系统是否已取得网络安全等级保护三级备案证明？如是，请提供证明编号。",
         ["是。备案证明编号 32050043619-23011，2023年12月取得。", "否，目前正在申请，预计2025年3月取得",
          "是，我司系统符合等保三级要求", "是，三级，编号 32040043557-23002"]),
        ("2.2", "敏感个人信息是否采用国密SM4算法加密存储？",
         ["是，身份证号、手机号、银行卡号字段级SM4加密", "是", "是，采用国密算法", "是"]),
        ("2.3", "是否全站启用HTTPS/TLS？", ["是", "是", "是", "是"]),
        ("2.4", "是否具备基于角色的权限管理？", ["是", "是", "是", "否"]),
        ("2.5", "操作日志保存期限（月，监管要求不少于6个月）", ["12", "6", "按需配置", "3"]),
        ("2.6", "已对接的持牌征信机构名称", ["中国人民银行征信中心、百行征信、朴道征信", "百行征信",
                                     "支持对接各类征信机构", "百行征信"]),
        ("三、功能", None),
        ("3.1", "请列出所投版本包含的功能模块",
         ["个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款计划及提醒、审批流、用户管理",
          "征信接口对接、智能风控、反欺诈、还款管理、审批流、用户管理",
          "另附功能清单",
          "征信查询、风控模型、还款管理、审批流、用户管理"]),
        ("四、售后", None),
        ("4.1", "免费维护期（月）", ["12", "12", "终身", "6"]),
        ("4.2", "维护期内是否包含小版本升级？", ["是", "否，仅含bug修复", "是", "是"]),
        ("4.3", "监管政策变化导致的系统调整是否免费？", ["是", "是（重大监管政策调整除外）", "是", "否，另行收费"]),
        ("4.4", "是否提供7×24小时技术支持？", ["是", "否，工作日9:00-17:30", "是", "是"]),
        ("4.5", "故障响应时间（小时）", ["2", "4", "尽快响应", "2"]),
        ("4.6", "是否提供终身技术咨询？", ["是", "是", "是", "否"]),
        ("4.7", "上述承诺是否写入合同？", ["是", "是", "可协商", "是"]),
        ("4.8", "维护期满后年费（元/年）", ["30,000", "合同额的15%", "", "按次收费，每次5,000元"]),
        ("五、源码", None),
        ("5.1", "是否交付完整源代码（无加密、可二次开发）？", ["是", "是", "是", "否，仅提供授权使用"]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "问卷汇总"
    ncol = 2 + len(vendors)
    ws.cell(row=1, column=1, value="信用贷系统供应商尽职调查问卷（汇总）").font = TITLE
    ws.cell(row=2, column=1, value="合规部　说明：以下为各供应商书面填报内容，合规部未作修改。填报截止：2024年12月6日")
    put_row(ws, 3, ["题号", "问题", *vendors], font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for no, q, *rest in qs:
        if q is None:
            merged(ws, r, 1, r, ncol, no, fill=GREEN)
        else:
            put_row(ws, r, [no, q, *rest[0]])
        r += 1
    widths(ws, [6, 44, 34, 30, 26, 26])
    ws.freeze_panes = "C4"
    wb.save((HERE / "e_06_pc_due_diligence_questionnaire.xlsx"))


if __name__ == "__main__":
    case_e01()
    case_e02()
    case_e03()
    case_e04()
    case_e05()
    case_e06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("e_0*") if p.suffix != ".toml")))
