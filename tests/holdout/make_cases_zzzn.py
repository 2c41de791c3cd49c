"""Build the "zzzn" case files (three multi-vendor quote comparisons, a BLIND holdout on "the price in many shapes") into
tests/holdout. The expected reading of every file is in the matching zzzn_0N_*.toml, written from the file's content,
shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these files nor read its code.

  zzzn_01  a cashier's register in 千元 (vendors as rows): a three-year total beside the buy-out, a tax-exclusive price with a
           must-have option in a 千元 options column, one cell in 元, a per-branch price written as arithmetic, 标准价/优惠价.
  zzzn_02  a supervisor's check table as GBK CSV (vendors as columns): payment milestones behind "见付款节点", a price with
           operator accounts included and more at a unit price for the buyer's stated count, 标准价 with 九折, SaaS only, two
           line items whose first is under 10万.
  zzzn_03  an IT-outsourcing engineer's comparison in "w" (vendors as columns): hardware inside the total, a discount on the
           condition of buying another system, a tax-exclusive price at 6 %, a buy-out paid in three yearly instalments,
           原价/直降/现价 under 10万.

Run:  .venv/bin/python tests/holdout/make_cases_zzzn.py  (writes beside itself; the cases, once read fully, live in tests/cases)
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzzn_
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="DDEBF7")
NOTE = PatternFill("solid", fgColor="FFF2CC")

# ---------------------------------------------------------------------------------------------------------------- case 1
C1_HEADER = ["序号", "供应商", "报价（千元）", "计税", "选配模块及报价（千元）", "报价包含模块", "等保", "数据加密", "传输加密",
             "权限管理", "日志保存", "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询",
             "维保期后年费（千元）", "是否写入合同", "源码交付", "出纳备注"]
C1_ROWS = [
    [1, "福州榕信数科有限公司",
     "买断价 312；三年总价 372（含第2、3年维保费每年30）", "含税", "无（全部模块含在报价内）",
     "用户管理、企业征信查询、银行流水分析、电子合同、风控审批、还款管理、数据分析大屏",
     "已取得等保三级，备案证明编号35010243021-24008（2024年9月取得），定级对象：榕信小微经营贷业务系统",
     "身份证号、手机号、银行卡号等敏感字段SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限，按岗位分级授权",
     "操作日志保存12个月，支持异常行为追溯", "人行征信中心、百行征信直连", "12个月", "含bug修复及小版本升级",
     "监管政策调整适配免费", "7×24小时", "2小时内响应，指定专属工程师", "提供", "30", "是，以上承诺全部写入合同",
     "交付完整源码，无加密，可二次开发", "三年合计372，超预算？"],
    [2, "厦门鹭岛信科软件有限公司",
     "268", "不含税（税率13%）", "银行流水分析 58（不含税）",
     "用户管理、企业征信、电子合同管理、风控审批、还款计划及提醒",
     "已取得等保三级，备案证明编号35020343007-23015（2023年11月取得），定级对象：鹭岛经营贷管理平台",
     "SM4加密（客户身份证号、手机号）", "HTTPS", "按角色分配权限", "日志保存12个月", "百行征信直连", "12个月",
     "含bug修复及小版本升级", "小幅调整免费，重大监管政策调整另行报价", "7×24小时", "4小时内响应", "提供", "45",
     "是", "完整源码，可二次开发", "最低，建议优先"],
    [3, "漳州九龙江软件有限公司",
     "138,000元", "含税", "无",
     "用户管理、企业征信、银行流水分析、合同管理、风控审批、还款管理",
     "已取得等保三级，备案证明编号35060243002-24003（2024年3月取得），定级对象：九龙江信贷管理系统",
     "SM4加密", "HTTPS", "角色权限管理", "日志保存6个月", "百行征信", "3个月", "仅修复bug，版本升级另行收费",
     "按次收费，每次2万元", "5×8（工作日8:30-17:30）", "次日响应", "无", "18", "否（口头承诺）", "完整源码",
     "单位写的是元，照抄"],
    [4, "南平武夷数智科技有限公司",
     "45/网点×6个网点＋部署实施32＝302", "含税", "无",
     "用户管理、企业征信查询、银行流水分析、电子签约、风控审批、还款管理",
     "三级测评中，已委托测评机构，预计2026年5月取得备案证明",
     "SM4加密存储敏感字段", "全站HTTPS", "RBAC", "操作日志保存12个月", "朴道征信直连", "12个月", "含bug修复及小版本升级",
     "免费适配", "7×24小时", "2小时内响应", "提供", "28", "是", "完整源码，无加密", "按网点报价"],
    [5, "宁德蕉城闽东科技有限公司",
     "标准价 380，本项目优惠价 336", "含税", "无",
     "用户管理、企业征信、银行流水分析、电子合同、风控审批、还款管理、区块链存证",
     "二级（已备案）",
     "SM4加密", "HTTPS", "RBAC", "日志保存12个月", "百行征信直连", "12个月", "含bug修复及小版本升级", "免费适配",
     "7×24小时", "2小时内响应", "提供", "30", "是", "完整源码", "有优惠"],
]


def case1() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "报价登记"
    ws.append(["福鼎嵛山兴商小额贷款有限公司 业务系统源码采购 报价登记表（出纳 林秀英 登记，2025年12月）"])
    ws.append(["金额单位：千元（出纳记账口径；供应商原文自带单位的照抄原文）。本公司营业网点6个。"])
    ws.append([])
    ws.append(C1_HEADER)
    for r in C1_ROWS:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"].fill = NOTE
    for c in range(1, len(C1_HEADER) + 1):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).fill = HEAD
        ws.column_dimensions[get_column_letter(c)].width = 8 if c == 1 else 22
        for r in range(5, 5 + len(C1_ROWS)):
            ws.cell(row=r, column=c).alignment = WRAP
    ws.freeze_panes = "C5"
    wb.save(HERE / "zzzn_01_ml_chuna_qianyuan_dengji_sannian_zongjia.xlsx")


# ---------------------------------------------------------------------------------------------------------------- case 2
C2_VENDORS = ["大理点苍山数科有限公司", "曲靖珠源信息技术有限公司", "玉溪抚仙湖软件有限公司", "楚雄紫溪云科技有限公司",
              "保山高黎贡数据服务有限公司"]
C2_ROWS = [
    ("报价（照抄报价函）",
     "合同总价：见付款节点（含税）",
     "21.8万元（含税），含信贷操作员账号5个；超出部分每个账号0.8万元（含税）",
     "标准价26.8万元（含税），本项目给予九折优惠",
     "SaaS租用1.98万元/年（三年起租）；源码买断：不提供",
     "源码授权费8.8万元（含税）；部署实施费3.5万元（含税）"),
    ("付款方式",
     "首付款（签约后5个工作日内）6.9万元；验收款（上线验收合格后）13.8万元；质保金（上线满12个月无重大缺陷后支付）2.3万元；以上均含税",
     "验收合格后一次性付款",
     "验收合格后一次性付款",
     "按年预付租金",
     "签约付50%，验收付50%"),
    ("功能模块",
     "个人征信查询（人行二代征信）、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、还款提醒）、风控审批流、用户管理",
     "个人征信查询、智能风控模型、反欺诈模型、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理"),
    ("等保",
     "已取得等保三级，备案证明编号53290143012-24005（2024年8月取得），定级对象：点苍山个人信贷管理系统",
     "已取得等保三级，备案证明编号53030243006-24010（2024年10月取得），定级对象：珠源信贷业务系统",
     "已取得等保三级，备案证明编号53040243004-23009（2023年9月取得），定级对象：抚仙湖小贷管理系统",
     "已取得等保三级（定级对象：紫溪云SaaS平台）",
     "三级申请中"),
    ("数据加密", "身份证号、手机号、银行卡号SM4加密存储", "SM4加密（身份证号、手机号）", "SM4加密", "SM4加密", "AES-256加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限，按岗位分级授权", "按角色分配权限", "角色权限管理", "角色权限", "角色权限"),
    ("日志保存", "操作日志保存12个月，支持异常行为追溯", "日志保存12个月", "日志保存6个月", "日志保存12个月", "日志保存3个月"),
    ("征信接口", "人行征信中心、百行征信直连", "百行征信直连", "百行征信", "百行征信", "百行征信"),
    ("免费维护期", "12个月", "12个月", "终身维护", "租期内维护", "6个月"),
    ("维护范围", "含bug修复及小版本升级", "含bug修复及小版本升级", "仅修复缺陷，不含升级", "含升级", "仅修复bug"),
    ("监管政策适配", "监管政策调整适配免费", "免费适配", "每次适配收费2万元", "免费", "另行报价"),
    ("技术支持", "7×24小时", "7×24小时", "5×8（工作日9:00-17:30）", "7×24小时", "5×8"),
    ("响应时间", "1小时内响应，指定专属工程师", "4小时内响应", "次日响应", "2小时内响应", "次日响应"),
    ("终身技术咨询", "提供", "提供", "合同期内提供咨询", "提供", "无"),
    ("维保期后年费", "2.2万元/年", "2.6万元/年", "按合同额15%/年", "含在租金内", "1.5万元/年"),
    ("是否写入合同", "是，以上承诺全部写入合同", "是", "是", "是", "否"),
    ("源码交付", "交付完整源码，无加密，可二次开发", "完整源码，可二次开发", "完整源码", "不交付源码，仅提供SaaS账号", "完整源码"),
    ("监事意见",
     "首付仅6.9万，是否低于10万红线？待核",
     "21.8万，功能齐全，资质齐，建议优先",
     "有九折，售后偏弱",
     "只租不卖，不符合买断要求",
     "8.8万低于10万红线"),
]


def case2() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["洱源茈碧湖小额贷款有限公司 监事会 信贷系统源码采购报价核对表"])
    w.writerow(["核对人：段玉华（监事）；依据：各供应商书面报价函，逐项照抄；核对日期：2025年12月5日"])
    w.writerow(["询价要求：个人信用贷系统源码买断，部署1套；信贷操作员账号需求：15个"])
    w.writerow([])
    w.writerow(["核对项目", *C2_VENDORS])
    for row in C2_ROWS:
        w.writerow(list(row))
    (HERE / "zzzn_02_pc_jianshi_hedui_fukuan_jiedian_zhanghao_gbk.csv").write_bytes(buf.getvalue().encode("gbk"))


# ---------------------------------------------------------------------------------------------------------------- case 3
C3_VENDORS = ["南宁青秀山数科有限公司", "梧州西江软件有限公司", "北海涠洲岛信息技术有限公司", "百色右江科技有限公司",
              "钦州茅尾海网络科技有限公司"]
C3_ROWS = [
    ("报价",
     "28.8w（含税，含服务器2台，5.2w）",
     "单独采购 31.6w（含税）；如贵司同时采购我司催收管理系统，本系统可优惠至 22.8w",
     "25.0w（不含税，税率6%）",
     "总价27.0w（含税），分三年等额支付，每年9.0w",
     "原价19.8w，限时直降10w，现价9.8w（含税）"),
    ("功能模块",
     "商品管理、分期计算器、订单跟踪、风控审批、还款管理（含还款提醒）、用户管理",
     "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪列入二期开发（本期不交付）",
     "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
     "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"),
    ("等保三级",
     "已取得，备案证明编号45010243009-24011（2024年7月取得），定级对象：青秀山消费分期业务系统",
     "已取得，备案证明编号45040243003-24006（2024年5月取得），定级对象：西江分期业务平台",
     "已取得，备案证明编号45050243001-23012（2023年12月取得），定级对象：涠洲岛分期管理系统",
     "已取得，备案证明编号45100243005-24002（2024年2月取得），定级对象：右江消费金融业务系统",
     "满足等保三级要求"),
    ("数据加密", "敏感字段SM4加密存储", "SM4加密", "SM4加密", "SM4加密", "SM4加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限", "角色权限", "角色权限", "角色权限", "角色权限"),
    ("日志保存", "12个月，支持异常行为追溯", "12个月", "12个月", "12个月", "6个月"),
    ("征信接口", "百行征信、朴道征信直连", "百行征信直连", "百行征信", "朴道征信", "百行征信"),
    ("免费维护期", "12个月", "6个月", "12个月", "12个月", "12个月"),
    ("维护范围", "含bug修复及小版本升级", "含bug修复及小版本升级", "含bug修复及小版本升级", "含bug修复及小版本升级",
     "含bug修复及小版本升级"),
    ("监管政策适配", "免费适配", "免费适配", "免费适配", "重大监管政策调整另行报价", "免费适配"),
    ("技术支持", "7×24小时", "7×24小时", "7×24小时", "5×8（工作日）", "7×24小时"),
    ("响应时间", "2小时内响应", "2小时内响应", "2小时内响应", "4小时内响应", "2小时内响应"),
    ("终身技术咨询", "提供", "提供", "提供", "提供", "提供"),
    ("维保期后年费", "2.4w/年", "2.8w/年", "2.5w/年", "3.0w/年", "1.2w/年"),
    ("写入合同", "是", "是", "是", "是", "是"),
    ("源码交付", "完整源码，无加密，可二次开发", "完整源码，可二次开发", "完整源码", "完整源码", "完整源码"),
    ("小覃点评",
     "28.8w 偏贵",
     "22.8w 最便宜，全√，推荐",
     "订单跟踪要等二期",
     "每年才9w？",
     "9.8w 太便宜了，不敢用"),
]


def case3() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "对比"
    ws.append(["香桥小贷 分期系统源码报价对比（智维IT 小覃整理，2025-12-03，给韦总看）"])
    ws.append(["单位：w＝万元（报价原文带“元”的照抄）。内容照各家报价单抄录。"])
    ws.append(["项目", *C3_VENDORS])
    for row in C3_ROWS:
        ws.append(list(row))
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"].fill = NOTE
    for c in range(1, len(C3_VENDORS) + 2):
        ws.cell(row=3, column=c).font = BOLD
        ws.cell(row=3, column=c).fill = HEAD
        ws.column_dimensions[get_column_letter(c)].width = 14 if c == 1 else 34
        for r in range(4, 4 + len(C3_ROWS)):
            ws.cell(row=r, column=c).alignment = WRAP
    for c in range(1, len(C3_VENDORS) + 2):
        ws.cell(row=3 + len(C3_ROWS), column=c).fill = NOTE
    ws.freeze_panes = "B4"
    wb.save(HERE / "zzzn_03_ci_waibao_yunwei_w_danwei_fujia_youhui.xlsx")


if __name__ == "__main__":
    case1()
    case2()
    case3()
    print("written")
