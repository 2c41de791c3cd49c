"""Build the "zj" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 集团 head office's summary of three subsidiaries' separate inquiries, each under a merged 子公司 heading row
with its own numbering and a 小结 line, one vendor quoting twice (to two subsidiaries — its later 集团统一报价 explicitly replaces the
first, and its terms say '同致历下公司报价') (zj_01); a WPS 比价表 with thirteen HIDDEN helper columns (the buyer's formulas pasted as
values: 万→元, 税率, 含税价, 选配加价, scores, three-year cost, 排名) interleaved with the vendors' own columns — the helpers double-tax one
含税 quote, forget an option, count a claim as full marks and put a 30万 guess on a 面议 vendor (zj_02); an English matrix from a Hong Kong
parent, every amount in HKD converted from the vendors' RMB quotes at a rate stated in the notes (×0.92), except one vendor quoted in RMB
and left unconverted, saved as a UTF-8 CSV with BOM (zj_03). The expected reading of every file is in the matching zj_0N_*.toml, written
from the file's content and shared/domain.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zj.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zj_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import LEFT, BLOAT, PC, ML, CI, CORE, NOGATE, _save, write_csv, write_toml, good  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]


def _line(ws, r, ncol, text, *, font=None, fill=None, height=None):
    """One text line merged over the first ncol columns."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = LEFT
    cell.font = font or Font()
    if fill:
        cell.fill = fill
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zj_01  个人信用贷 — 齐鲁泰和金融控股集团's 金融科技部 pools three 小贷子公司' own inquiries into one 汇总表 for a group-wide purchase:
#        a merged heading row per 子公司 (经办人, 发函/回复 counts), 序号 restarting under each, a 子公司小结 line after each group; the
#        same vendor 济南泉城 quotes 历下 on 11-06 and 奎文 on 11-20 (集团统一报价 that replaces the first; its terms '同致历下公司报价').
# ---------------------------------------------------------------------------------------------
ZJ01_HEAD = ["序号", "服务商", "报价日期", "报价", "计税", "功能模块（含选配说明）", "等保", "数据加密/传输/权限/日志", "征信接口",
             "售后服务", "源码交付", "子公司经办人意见"]
SAME = "同致历下公司报价（见第一部分）"
ZJ01_GROUPS = [
    ("一、济南历下泰和小额贷款有限公司　经办：综合部 王磊　11月3日发函3家，回复3家（其中1家不参与）",
     [
         ["1", "济南泉城数科有限公司", "2025-11-06", "21.0万元", "含税",
          "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
          "等保三级，备案证明编号37010243012-24007（2024年7月取得）",
          "身份证号、手机号、银行卡号国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作告警",
          "中国人民银行征信中心、百行征信",
          "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内指定工程师响应；提供终身技术咨询；"
          "以上承诺写入合同；维保期满后年费2.4万元/年",
          "完整源码，无加密，可二次开发", "资料齐全，价格偏高"],
         ["2", "德州禹城软件有限公司", "2025-11-10", "电话回复：项目排期已满，不参与本次报价", "—", "—", "—", "—", "—", "—", "—",
          "不参与"],
         ["3", "聊城东昌信息技术有限公司", "2025-11-07", "13.8万元", "含税",
          "个人征信查询（百行征信）、风控模型（规则引擎）、反欺诈规则、还款管理、风控审批、用户管理",
          "等保三级，证书编号37150343002-24010",
          "身份证号、手机号SM4加密；HTTPS；角色权限；操作日志保存3个月",
          "百行征信",
          "免费维护6个月，仅修复缺陷；监管政策调整另行收费；工作日5×8，4小时内响应；提供终身技术咨询；写入合同；维保期满后年费1.5万元/年",
          "部分源码（风控引擎以加密包形式提供）", "最便宜，可以考虑"],
     ],
     "历下公司小结：有效报价2家，最低为聊城东昌13.8万元。"),
    ("二、淄博张店泰和小额贷款有限公司　经办：风控部 刘娜　11月4日发函2家，回复2家",
     [
         ["1", "淄博齐都网络科技有限公司", "2025-11-12", "17.8万元（优惠价，原价23.8万元）", "含税",
          "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理；赠送智能客服机器人、元宇宙营销",
          "满足等保三级要求",
          "国密算法加密；全站HTTPS；权限管理完善；日志长期保存",
          "支持对接各大征信机构",
          "终身维护；7×24小时技术支持，第一时间响应；合同条款可协商",
          "交付源码（核心风控模块加密）", "价格低，送的模块多，还承诺终身维护，推荐"],
         ["2", "东营垦利软件有限公司", "2025-11-13", "16.5万元", "不含税，增值税税率6%（可开专票）",
          "个人征信（百行征信、朴道征信）、反欺诈、还款计划及提醒、风控审批、用户管理；风控模型（评分卡）为选配，另加3.0万元（不含税）",
          "等保三级，证书编号37050343006-23004",
          "身份证号、手机号、银行卡号SM4加密；HTTPS；角色权限；操作日志保存6个月",
          "百行征信、朴道征信",
          "免费维护12个月，仅修复缺陷，不含版本升级；一般政策调整免费，重大监管政策调整另行报价；工作日5×8，4小时内响应；"
          "提供终身技术咨询；写入合同；维保期满后按合同额12%/年",
          "完整源码", "风控模型要另加钱，还是不含税价"],
     ],
     "张店公司小结：有效报价2家，推荐淄博齐都。"),
    ("三、潍坊奎文泰和小额贷款有限公司　经办：信息科技岗 赵强　11月14日发函2家，回复2家",
     [
         ["1", "济南泉城数科有限公司", "2025-11-20", "19.6万元（集团统一报价，替代11月6日致历下公司的21.0万元报价）", "含税",
          SAME, SAME, SAME, SAME, SAME, SAME, "与历下公司是同一家，第二次报价降了1.4万"],
         ["2", "潍坊白浪河科技有限公司", "2025-11-18", "8.6万元", "含税",
          "个人征信查询、还款管理、审批流、用户管理（风控模型暂无，可后期定制，另行报价）",
          "等保二级", "敏感字段AES加密；HTTPS", "—",
          "免费维护3个月；工作日QQ群支持", "完整源码", "便宜，本地公司，服务方便"],
     ],
     "奎文公司小结：有效报价2家，泉城数科按集团统一报价19.6万元。"),
]


def build_zj01():
    name = "zj_01_pc_jituan_zigongsi_fenzu.xlsx"
    n = len(ZJ01_HEAD)
    wb = Workbook()
    ws = wb.active
    ws.title = "子公司询价汇总"
    widths(ws, [5, 22, 11, 22, 14, 40, 26, 36, 20, 46, 24, 22])
    _line(ws, 1, n, "齐鲁泰和金融控股集团有限公司 小贷板块 个人信用贷系统源码 各子公司询价汇总表", font=TITLE)
    _line(ws, 2, n,
          "说明：集团拟统一采购一套个人信用贷系统源码，部署于集团私有云，供下列三家小贷子公司共用；三家子公司此前按统一口径分别询价，"
          "本表按子公司分组汇总各服务商书面回复。同一服务商向不同子公司报价的，以其最后一次书面报价为准。“子公司经办人意见”为子公司"
          "经办人意见，不是服务商答复。三家子公司均只做个人信用贷，无跨境业务。", height=46)
    put_row(ws, 3, ZJ01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for heading, rows, summary in ZJ01_GROUPS:
        assert all(len(row) == n for row in rows), rows
        _line(ws, r, n, heading, font=BOLD, fill=BLUE, height=20)
        r += 1
        for row in rows:
            put_row(ws, r, row)
            ws.cell(row=r, column=n).fill = YELLOW
            ws.row_dimensions[r].height = 78
            r += 1
        _line(ws, r, n, summary, font=Font(italic=True), fill=GREEN)
        r += 1
    r += 1
    _line(ws, r, n,
          "集团金融科技部汇总意见：三家子公司共收到有效报价5家（泉城数科两次报价，按11月20日集团统一报价19.6万元计）。建议首选淄博齐都"
          "（17.8万元，赠送智能客服机器人和元宇宙营销，承诺终身维护），备选泉城数科。报集团分管领导审定。", font=BOLD, height=34)
    _line(ws, r + 1, n, "编制：集团金融科技部 孙晓燕　审核：　　日期：2025-11-26")
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good("济南泉城数科有限公司", 196000,
             "Two rows, one vendor: under 历下 (11-06) '21.0万元' 含税 with every term written out; under 奎文 (11-20) '19.6万元（集团统一报价，"
             "替代11月6日致历下公司的21.0万元报价）' 含税 with every other cell '同致历下公司报价' — the sheet's own rule (最后一次书面报价为准) and "
             "the vendor's '替代' make it one quote at 196,000 inside 18–25万, terms from the 历下 row: 个人征信 (人行二代 + 百行), 评分卡＋规则"
             "引擎, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理, no bloat; 等保三级备案证明37010243012-24007; SM4 on ID/mobile/bank card; "
             "HTTPS TLS1.2; RBAC; 12个月 logs with alerts; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; "
             "写入合同; 2.4万元/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="淄博齐都网络科技有限公司", gate="unverified", price=178000,
             why="'17.8万元（优惠价，原价23.8万元）' 含税 = 178,000 (the 原价 is no price; below the 18–25万 band but not under 15万); '满足等保三级"
                 "要求' (claimed: unverified), '国密算法加密' (which? claimed), '支持对接各大征信机构' (no body: claimed), '终身维护' (claimed); "
                 "'权限管理完善', '日志长期保存', '第一时间响应', '合同条款可协商' state nothing; HTTPS and 7×24 stated; 赠送 智能客服机器人 + 元宇宙"
                 "营销 (bloat); '核心风控模块加密' (partial). The 张店 经办人's '推荐' and the 集团's '首选' are the buyer's.",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="东营垦利软件有限公司", gate="pass", price=206700,
             why="'16.5万元' '不含税，增值税税率6%' and the must-have 风控模型 '选配，另加3.0万元（不含税）' (conditional, added): (165,000 + 30,000) × "
                 "1.06 = 206,700 inside 18–25万; 个人征信 (百行 + 朴道), 反欺诈, 还款计划及提醒, 风控审批, 用户管理; 等保三级证书37050343006-23004; "
                 "SM4; HTTPS; 角色权限; 6个月 logs (not under 6); '12个月，仅修复缺陷，不含版本升级'; '重大监管政策调整另行报价' (charged); 5×8; "
                 "4小时; 终身咨询; 写入合同; '按合同额12%/年' (base not fixed: no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="聊城东昌信息技术有限公司", gate="pass", price=138000,
             why="'13.8万元' 含税 = 138,000 (caution zone; the 历下 经办人's '最便宜' is no merit); 等保三级证书37150343002-24010 (stated); SM4 on "
                 "ID/mobile; HTTPS; 角色权限; logs '保存3个月' (under 6); 百行; '6个月，仅修复缺陷'; '监管政策调整另行收费'; 5×8; 4小时; 终身咨询; "
                 "写入合同; 1.5万元/年; '部分源码（风控引擎以加密包形式提供）' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=15000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_over_budget", "no_sm4", "no_tls", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_licence_only"]),
        dict(vendor="潍坊白浪河科技有限公司", gate="fail", price=86000,
             why="'8.6万元' 含税 = 86,000 (under 10万); '风控模型暂无，可后期定制，另行报价' — a must-have absent with no price (fail); '等保二级' "
                 "(fail); 'AES加密' (no SM4); HTTPS; 3个月; 工作日QQ群支持. The 奎文 经办人's '本地公司' is the buyer's.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zj_01_pc_jituan_zigongsi_fenzu.toml",
        """Voice: 孙晓燕 of the 金融科技部 at 齐鲁泰和金融控股集团 pools, on 2025-11-26, the inquiries its three 小贷 subsidiaries (济南历下, 淄博张店,
  潍坊奎文 — all personal credit only, no cross-border business) ran separately, for one group-wide purchase; each 子公司's 经办人 wrote
  the 意见 column; the 汇总意见 under the table is the head office's.
Layout: sheet 子公司询价汇总 — title, a 说明 row (one system for all three; '同一服务商向不同子公司报价的，以其最后一次书面报价为准'; the
  意见 column is not the vendors'), header 序号 | 服务商 | 报价日期 | 报价 | 计税 | 功能模块（含选配说明） | 等保 | 数据加密/传输/权限/日志 |
  征信接口 | 售后服务 | 源码交付 | 子公司经办人意见; then three groups, each a merged blue heading row (子公司 name, 经办人, 发函/回复 counts),
  its vendor rows with 序号 restarting at 1, and a merged green 小结 row; a 汇总意见 and an 编制 line below. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Decision on the repeated vendor: 济南泉城 appears under 历下 (11-06, 21.0万) and under 奎文 (11-20) — the second row says '集团统一报价，替代
  11月6日致历下公司的21.0万元报价' and refers every term back ('同致历下公司报价'), and the sheet's 说明 says the last written quote counts, so
  it is ONE quote at 196,000 with the 历下 row's terms, not two.
Traps: heading and 小结 rows are no vendors (their counts, dates and '13.8万元' / '19.6万元' are the buyer's); 序号 1 appears three times;
  泉城's terms are only reachable through the cross-group reference; 淄博齐都 (张店's '推荐', the 集团's '首选', 178,000, '原价23.8万元' is no
  price) says 满足等保三级要求, 国密算法, 支持对接各大征信机构, 终身维护 (claims: unverified), 赠送 智能客服机器人 + 元宇宙营销 (bloat),
  核心风控模块加密 (partial); 东营垦利 16.5万 不含税 6% + its must-have 风控模型 选配 3.0万 不含税 = 206,700 (conditional, added) with
  bug-only maintenance, 重大政策另行报价, 5×8, 4h; 聊城东昌 13.8万 (caution) with 3-month logs, 6 months bug-only, paid policy changes,
  5×8 and an encrypted risk engine (partial); 潍坊白浪河 8.6万 with 等保二级 and no 风控模型 (fail); 德州禹城 declined (not listed);
  certificate numbers, dates and '12%' are no prices.""",
        "personal_credit", [name], "济南泉城数科有限公司",
        "济南泉城 proves every gate (备案证明37010243012-24007, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, in the contract, full unencrypted source — at its 集团统一报价 196,000 含税 inside 18–25万 (3 years "
        "196,000 + 2 × 24,000 = 244,000). The head office's pick 淄博齐都 (178,000) proves nothing (unverified), adds two bloat modules and "
        "encrypts its risk module; 东营垦利 is 206,700 once VAT and its risk-model option are counted, with bug-only maintenance, paid major "
        "policy changes and 5×8/4h; 聊城东昌 is 138,000 in the caution zone with 3-month logs and partial source; 潍坊白浪河 fails; 德州禹城 "
        "declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zj_02  商户经营性贷 — 泉州丰泽商贸通小额贷款's 信息科技部 吴志强 keeps the 比价表 in WPS: between the vendors' own columns sit thirteen
#        helper columns (辅_…) whose formulas he pasted as values and then HID; his 备注 column and the 小结 line rank by the hidden 辅_总分.
# ---------------------------------------------------------------------------------------------
ZJ02_HEAD = ["序号", "供应商", "报价（对方原文）", "辅_报价元", "辅_税率", "辅_含税价", "计税方式", "报价包含功能模块", "辅_必备数",
             "选配/另计（未含在报价内）", "辅_选配加价", "等保", "辅_等保分", "数据安全（加密/传输/权限/日志）", "征信接口", "辅_合规分",
             "售后服务", "辅_维保月", "辅_年费", "辅_三年成本", "源码交付", "辅_价格分", "辅_总分", "辅_排名", "信息科技部备注"]
ZJ02_HIDDEN = [i + 1 for i, h in enumerate(ZJ02_HEAD) if h.startswith("辅_")]
ZJ02_ROWS = [
    [1, "厦门鹭岛数科有限公司", "27.5万元", 275000, 0.06, 291500, "不含税，增值税税率6%（可开专票）",
     "企业征信、银行流水分析、电子合同、风控审批流、还款计划及提醒、用户管理、数据大屏", 3, "无", 0,
     "等保三级，备案证明编号35020243009-24011（2024年11月取得）", 10,
     "身份证号、手机号、对公账号SM4加密；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月", "中国人民银行征信中心、百行征信", 30,
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持；2小时内指定工程师响应；提供终身技术咨询；"
     "以上承诺全部写入合同；维保期满后年费2.9万元/年", 12, 29000, 349500,
     "完整源码，无加密，可二次开发", 80, 92, 2, "资料齐全，价格偏高"],
    [2, "漳州芗城软件有限公司", "24.6万元", 246000, 0.06, 260760, "含税",
     "企业征信、银行流水分析、风控审批、还款管理、用户管理", 2, "电子合同模块为选配，另加3.2万元（含税）", 0,
     "等保三级，证书编号35060343002-23009", 10,
     "身份证号、手机号SM4加密；HTTPS；角色权限；操作日志保存6个月", "百行征信", 26,
     "免费维护12个月，仅修复缺陷，不含版本升级；监管政策调整按次另计；工作日5×8技术支持；4小时内响应；提供终身技术咨询；写入合同；"
     "维保期满后按合同额15%/年", 12, 36900, 334560,
     "完整源码", 88, 85, 4, "电子合同要另加钱"],
    [3, "莆田湄洲湾网络科技有限公司", "22.8万元（限时优惠价）", 228000, 0, 228000, "含税",
     "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理；赠送：区块链存证、跨境支付通道、智能客服机器人", 3, "无", 0,
     "按等保三级标准建设，可协助客户通过测评", 10,
     "国密加密；全站HTTPS；权限体系完善；日志长期留存", "支持对接主流征信机构", 30,
     "终身维护；7×24小时技术支持；第一时间响应；合同条款可协商", 999, 0, 228000,
     "交付源码（风控引擎、流水解析模块为加密组件）", 100, 96, 1, "综合分第一，还送区块链和跨境支付，建议优先谈"],
    [4, "龙岩永定信息技术有限公司", "13.6万元", 136000, 0, 136000, "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", 3, "无", 0,
     "三级（备案证明编号35080243004-24002）", 10,
     "AES-256加密；HTTPS；角色权限；日志保存3个月", "百行征信", 18,
     "免费维护6个月，仅修复缺陷；监管政策调整另行收费；工作日5×8，次日响应；不提供终身技术咨询；售后条款不写入合同；"
     "维保期满后按次收费，3000元/次", 6, 0, 136000,
     "仅授权使用（绑定域名），不交付源代码", 100, 70, 5, "便宜，但只给授权"],
    [5, "南平武夷软件有限公司", "面议（需上门调研后报价）", 300000, 0, 300000, "—",
     "企业征信、银行流水分析、电子合同、风控审批流、还款计划、用户管理、API开放平台", 3, "无", 0,
     "等保三级，备案证明编号35070243010-24006", 10,
     "身份证号、手机号、对公账号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月", "中国人民银行征信中心、朴道征信", 30,
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持；2小时内响应；提供终身技术咨询；写入合同；"
     "维保期满后年费3.0万元/年", 12, 30000, 360000,
     "完整源码，可二次开发", 70, 88, 3, "没报价，辅助列按30万估"],
    [6, "三明沙县科技有限公司", "已撤回（10月20日报价18.5万元，10月25日书面撤回）", 185000, 0, 185000, "—",
     "—", 0, "—", 0, "—", 0, "—", "—", 0, "—", 0, 0, 0, "—", 0, 0, "撤回", "10月25日书面撤回，不再参与"],
]


def build_zj02():
    name = "zj_02_ml_wps_yincang_fuzhulie.xlsx"
    n = len(ZJ02_HEAD)
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    w = []
    for h in ZJ02_HEAD:
        w.append(10 if h.startswith("辅_") else 34)
    w[0], w[1], w[2], w[6], w[-1] = 5, 22, 20, 16, 24
    widths(ws, w)
    _line(ws, 1, n, "泉州丰泽商贸通小额贷款有限公司 经营贷系统源码 比价表", font=TITLE)
    _line(ws, 2, n,
          "说明：报价、计税、功能、选配、等保、数据安全、征信、售后、源码各栏按服务商书面回复录入；“辅_”开头的为本人测算辅助列（公式已"
          "粘贴为数值，已隐藏），备注为本人意见。我司做小微商户经营贷（石材、茶叶、鞋服商户），无跨境业务。信息科技部 吴志强 2025-10-28",
          height=40)
    put_row(ws, 3, ZJ02_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(ZJ02_ROWS, start=4):
        assert len(row) == n, row
        put_row(ws, i, row)
        ws.cell(row=i, column=n).fill = YELLOW
        ws.row_dimensions[i].height = 90
    for c in ZJ02_HIDDEN:
        ws.column_dimensions[get_column_letter(c)].hidden = True
    r = 4 + len(ZJ02_ROWS) + 1
    _line(ws, r, n,
          "小结（按辅助列综合分）：莆田湄洲湾96分第一，厦门鹭岛92分第二，南平武夷88分第三。建议先与莆田湄洲湾进入商务谈判。——吴志强 10/28",
          font=BOLD)
    ws.auto_filter.ref = f"A3:{get_column_letter(n)}{3 + len(ZJ02_ROWS)}"
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good("厦门鹭岛数科有限公司", 291500,
             "'27.5万元' '不含税，增值税税率6%' = 275,000 × 1.06 = 291,500 inside 25–35万 (the hidden 辅_含税价 agrees here); 企业征信、银行流水"
             "分析、电子合同、风控审批流、还款计划及提醒、用户管理、数据大屏 (deferrable, no bloat); 等保三级备案证明35020243009-24011; SM4 on "
             "ID/mobile/对公账号; HTTPS TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; "
             "终身咨询; 全部写入合同; 2.9万元/年; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=29000,
             source_code_delivery="full"),
        dict(vendor="漳州芗城软件有限公司", gate="pass", price=278000,
             why="'24.6万元' 含税 and the must-have 电子合同 '选配，另加3.2万元（含税）' (conditional, added): 246,000 + 32,000 = 278,000 inside "
                 "25–35万 — not the hidden 辅_含税价 260,760 (it taxed a 含税 price again and its 辅_选配加价 forgot the option); 企业征信、银行流水"
                 "分析、风控审批、还款管理、用户管理; 等保三级证书35060343002-23009; SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行; '12个月，"
                 "仅修复缺陷，不含版本升级'; '按次另计' (charged); 5×8; 4小时; 终身咨询; 写入合同; '按合同额15%/年' (the helper's 36,900 is his "
                 "guess of a base: no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="莆田湄洲湾网络科技有限公司", gate="unverified", price=228000,
             why="'22.8万元（限时优惠价）' 含税 = 228,000 (below the 25–35万 band, not under 15万); '按等保三级标准建设，可协助客户通过测评' "
                 "(claimed: unverified — the hidden 辅_等保分 10 scores it as a certificate); '国密加密' (which? claimed); '支持对接主流征信机构' (no "
                 "body: claimed); '终身维护' (claimed; 辅_维保月 999 is the buyer's); '权限体系完善', '日志长期留存', '第一时间响应', '合同条款可协商' "
                 "state nothing; HTTPS and 7×24 stated; 赠送 区块链存证、跨境支付通道、智能客服机器人 (bloat; no cross-border business); '风控引擎、"
                 "流水解析模块为加密组件' (partial). 吴's 备注, 辅_排名 1 and the 小结 are the buyer's.",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_tls"]),
        dict(vendor="龙岩永定信息技术有限公司", gate="pass", price=136000,
             why="'13.6万元' 含税 = 136,000 (caution zone); '三级（备案证明编号35080243004-24002）' (stated); 'AES-256加密' (no SM4); HTTPS; 角色"
                 "权限; '日志保存3个月' (under 6); 百行; '6个月，仅修复缺陷'; '另行收费'; '工作日5×8，次日响应'; '不提供终身技术咨询'; '售后条款不"
                 "写入合同'; '3000元/次' (per incident, no yearly fee); '仅授权使用（绑定域名），不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "bloat_features"]),
        dict(vendor="南平武夷软件有限公司", gate="unverified", price="null",
             why="'面议（需上门调研后报价）' — no usable price (price_missing, so the gate is unverified); the hidden 辅_报价元 / 辅_含税价 300000 is "
                 "吴's own estimate ('辅助列按30万估'), not the vendor's; every other term is stated and good: 企业征信、银行流水分析、电子合同、风控"
                 "审批流、还款计划、用户管理、API开放平台; 等保三级备案证明35070243010-24006; SM4 on ID/mobile/对公账号; HTTPS; RBAC; 12个月 logs; "
                 "人行 + 朴道; 12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 3.0万元/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4", "no_tls",
                   "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "not_in_contract",
                   "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zj_02_ml_wps_yincang_fuzhulie.toml",
        """Voice: 吴志强 of the 信息科技部 at 泉州丰泽商贸通小额贷款 (operating loans to stone, tea and garment merchants, no cross-border
  business) keeps the 比价表 in WPS on 2025-10-28; the 信息科技部备注 column, every 辅_ column and the 小结 line are his own.
Layout: sheet 比价表 — title, a 说明 row (the 辅_ columns are his helper calculations, formulas pasted as values, hidden), a 25-column
  header in which thirteen HIDDEN helper columns (辅_报价元, 辅_税率, 辅_含税价, 辅_必备数, 辅_选配加价, 辅_等保分, 辅_合规分, 辅_维保月,
  辅_年费, 辅_三年成本, 辅_价格分, 辅_总分, 辅_排名) sit between the visible vendor columns (序号 | 供应商 | 报价（对方原文） | 计税方式 |
  报价包含功能模块 | 选配/另计（未含在报价内） | 等保 | 数据安全（加密/传输/权限/日志） | 征信接口 | 售后服务 | 源码交付 | 信息科技部备注);
  six vendor rows (the sixth withdrawn), a 小结 line; autofilter, frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the hidden helper numbers look like prices and terms but are the buyer's arithmetic, partly wrong: 辅_含税价 260,760 for 漳州芗城
  taxes a 含税 price again and its 辅_选配加价 0 forgets the must-have 电子合同 option (the quote is 246,000 + 32,000 = 278,000, conditional,
  added); 辅_含税价 300000 for 南平武夷 is a guess on a 面议 quote (price_missing, unverified); 辅_等保分 10 and 辅_维保月 999 give 莆田湄洲湾's
  claims full marks and its 辅_排名 1 drives the 小结 — 莆田 (228,000) only says 按等保三级标准建设, 国密加密, 支持对接主流征信机构, 终身维护
  (claims: unverified), 赠送 区块链/跨境支付/智能客服 (bloat) and encrypts its risk and statement engines (partial); 厦门鹭岛 27.5万 不含税 6% =
  291,500; 龙岩永定 13.6万 (caution) with AES, 3-month logs, 6 months bug-only, 次日, no consulting, 不写入合同 and 仅授权使用; 三明沙县
  withdrew (its '18.5万元' and 辅_ 185000 are not a live quote: not listed); 辅_三年成本, 辅_年费, scores, certificate numbers and '15%'
  are no prices.""",
        "merchant_loan", [name], "厦门鹭岛数科有限公司",
        "厦门鹭岛 proves every gate (备案证明35020243009-24011, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 291,500 含税 inside 25–35万 (3 years 291,500 + 2 × 29,000 = 349,500). "
        "吴's pick 莆田湄洲湾 ranks first only because his hidden helper columns score its claims as proof: it proves nothing (unverified), "
        "adds three bloat modules and encrypts two engines; 漳州芗城 is 278,000 once its 电子合同 option is added, with bug-only maintenance, "
        "paid policy changes and 5×8/4h; 南平武夷 is good on paper but has no price (面议); 龙岩永定 is 136,000 in the caution zone with no "
        "SM4, 3-month logs, nothing in the contract and no source; 三明沙县 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zj_03  消费分期 — Harbour Crest Holdings (Hong Kong) Group Procurement's English vendor matrix for its Shenzhen instalment subsidiary:
#        every amount in HKD, converted by Group Treasury from the vendors' RMB quotes at HKD 1.00 = RMB 0.92 (notes above the header),
#        except one vendor's 'RMB 218,000' left unconverted; UTF-8 CSV with BOM; the comment column and recommendation are the parent's.
# ---------------------------------------------------------------------------------------------
ZJ03_HEAD = ["No.", "Vendor", "Quoted price (HKD unless marked RMB)", "Tax basis", "Modules included", "Optional / extra-cost items",
             "MLPS (等保)", "Data security", "Credit bureau", "Maintenance & regulatory changes", "Support & response",
             "Consulting / contract / fee after warranty", "Source code", "Group Procurement comment"]
ZJ03_ROWS = [
    ["1", "Guangzhou Tianhe Instalment Tech Co., Ltd.", "HKD 240,000", "Excl. VAT; VAT 6% on top (special VAT invoice)",
     "Product catalogue; installment calculator; order tracking; repayment schedule & reminders; risk approval workflow; user management",
     "None",
     "MLPS Level 3 certified - filing certificate no. 44010643011-24008 (issued Jul 2024), copy sighted",
     "SM4 on ID no., mobile and bank card no.; HTTPS (TLS 1.2) site-wide; role-based access control (RBAC); operation logs kept 12 months "
     "with anomaly alerts",
     "Baihang Credit; Pudao Credit (both licensed)",
     "12 months free, incl. bug fixes and minor version upgrades; regulatory changes adapted free of charge",
     "24x7; named engineer responds within 2 hours",
     "Lifetime technical consulting: yes; all commitments written into the contract: yes; after warranty HKD 27,200 p.a.",
     "Full source code, unencrypted, may be modified", "Complete file; price mid-range after VAT"],
    ["2", "Dongguan Humen Smart Retail Finance Co., Ltd.", "RMB 218,000 (vendor quoted in RMB only - NOT converted)", "Incl. VAT",
     "Product catalogue; installment calculator; order tracking; repayment management; risk approval workflow; user management",
     "None",
     "MLPS Level 3 - certificate no. 44190343005-23012",
     "SM4 on ID no. and mobile; HTTPS; role-based access; operation logs kept 6 months",
     "Baihang Credit",
     "12 months free, bug fixes only - no version upgrades; routine regulatory changes free, major regulatory changes quoted separately",
     "Office hours 5x8; response within 4 hours",
     "Lifetime technical consulting: yes; written into contract: yes; after warranty 15% of contract value p.a.",
     "Full source code", "RMB figure - Treasury to convert before the committee"],
    ["3", "Foshan Chancheng Fintech Co., Ltd.", "HKD 206,500 (special group discount)", "Incl. VAT",
     "Product catalogue; installment calculator; repayment management; risk approval; user management; bonus modules: AI customer-service "
     "bot, blockchain evidence, overseas payment channel (跨境支付)",
     "Order tracking: Optional (+HKD 32,600)",
     "Designed to MLPS Level 3; will assist with the assessment after go-live",
     "National cryptographic algorithms (国密); HTTPS; comprehensive permission system; logs kept long-term",
     "Can connect to mainstream credit bureaus",
     "Lifetime maintenance; will cooperate on regulatory changes",
     "24/7 support, immediate response",
     "Contract terms negotiable; fee after warranty to be agreed at signing",
     "Source delivered; risk engine supplied as an encrypted SDK",
     "Lowest price among the full bids, most modules, lifetime maintenance - preferred"],
    ["4", "Zhuhai Xiangzhou Software Co., Ltd.", "HKD 148,000", "Incl. VAT",
     "Product catalogue; installment calculator; order tracking; repayment management; risk approval; user management",
     "None",
     "Level 3 assessment completed; filing certificate applied for, pending (expected Feb 2026)",
     "AES-256 on sensitive fields; HTTPS; role-based access; operation logs kept 3 months",
     "Baihang Credit",
     "6 months free, bug fixes only; regulatory changes charged per change",
     "Mon-Fri 9:00-18:00; next-day response",
     "No lifetime consulting; written into contract: yes; after warranty RMB 5,000 per incident",
     "Licence only - bound to one server; no source code delivered", "Cheap; certificate not yet in hand"],
    ["5", "Jiangmen Pengjiang Tech Co., Ltd.", "HKD 105,000", "Incl. VAT",
     "Product catalogue; order tracking; repayment management; user management; approval workflow",
     "Installment calculator: custom development, quoted separately",
     "MLPS Level 2 (等保二级)",
     "AES on sensitive fields; HTTPS",
     "-",
     "3 months free",
     "Office hours via QQ group",
     "-",
     "Full source code", "Just above the 100k floor - keep as fallback"],
    ["6", "Shenzhen Futian Cloud Lending Tech Co., Ltd.", "Declined to bid (email 12 Nov 2025: delivery team fully booked until Q2 2026)",
     "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "Declined"],
]


def build_zj03():
    name = "zj_03_ci_en_hk_hkd_matrix_bom.csv"
    ncol = len(ZJ03_HEAD)
    pad = lambda row: row + [""] * (ncol - len(row))  # noqa: E731
    rows = [
        pad(["Harbour Crest Holdings Limited - Group Procurement: vendor matrix, consumer-instalment loan system source code for "
             "Shenzhen Qianhai Harbour Crest Microcredit Co., Ltd."]),
        pad(["Prepared by Karen Leung (Group Procurement Manager), 27 Nov 2025, for the subsidiary's board. The subsidiary lends on the "
             "Mainland only (phones and home appliances through partner stores); no cross-border business."]),
        pad(["Currency: all amounts in HKD unless marked RMB. Vendors quoted in RMB; Group Treasury converted each quote at HKD 1.00 = "
             "RMB 0.92 (rate of 14 Nov 2025), rounded to HKD 100 - multiply by 0.92 to get back to RMB."]),
        pad(["Comments in the last column are Group Procurement's, not the vendors'."]),
        pad([]),
        ZJ03_HEAD,
        *ZJ03_ROWS,
        pad([]),
        pad(["Price range of HKD bids: HKD 105,000 - 240,000 (Dongguan Humen quoted in RMB, not in the range)."]),
        pad(["Recommendation: Foshan Chancheng - lowest price among the full bids, most modules, lifetime maintenance. "
             "K. Leung. cc: Group CFO; GM Shenzhen."]),
    ]
    for row in rows:
        assert len(row) == ncol, row
    write_csv(name, rows, "utf-8-sig")

    vendors = [
        good("Guangzhou Tianhe Instalment Tech Co., Ltd.", 234048,
             "'HKD 240,000' 'Excl. VAT; VAT 6% on top' at the stated HKD 1 = RMB 0.92: 240,000 × 0.92 × 1.06 = 234,048 inside 20–30万; product "
             "catalogue, installment calculator, order tracking, repayment schedule & reminders, risk approval workflow, user management, no "
             "bloat; MLPS Level 3 filing certificate 44010643011-24008; SM4 on ID/mobile/bank card; HTTPS TLS 1.2; RBAC; 12-month logs with "
             "alerts; Baihang + Pudao; 12 months with minor upgrades; regulatory changes free; 24x7; named engineer within 2 hours; lifetime "
             "consulting; in the contract; after warranty HKD 27,200 p.a. = 25,024 元/年; full unencrypted source.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25024, source_code_delivery="full"),
        dict(vendor="Dongguan Humen Smart Retail Finance Co., Ltd.", gate="pass", price=218000,
             why="'RMB 218,000 (vendor quoted in RMB only - NOT converted)' Incl. VAT = 218,000 元 as written (multiplying it by 0.92 would be "
                 "wrong) inside 20–30万; all three must-haves + core; MLPS Level 3 certificate 44190343005-23012; SM4 on ID/mobile; HTTPS; "
                 "role-based access; 6-month logs (not under 6); Baihang; '12 months free, bug fixes only - no version upgrades'; 'major "
                 "regulatory changes quoted separately' (charged); 'Office hours 5x8; response within 4 hours'; lifetime consulting; in the "
                 "contract; '15% of contract value p.a.' (no amount asserted); full source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="Foshan Chancheng Fintech Co., Ltd.", gate="unverified", price=219972,
             why="'HKD 206,500' Incl. VAT and the must-have order tracking 'Optional (+HKD 32,600)' (conditional, added): (206,500 + 32,600) "
                 "× 0.92 = 219,972 元; 'Designed to MLPS Level 3; will assist with the assessment' (claimed: unverified); 'National "
                 "cryptographic algorithms (国密)' (which? claimed); 'Can connect to mainstream credit bureaus' (no body: claimed); 'Lifetime "
                 "maintenance' (claimed); 'comprehensive permission system', 'logs kept long-term', 'will cooperate', 'immediate response', "
                 "'negotiable', 'to be agreed' state nothing; HTTPS and 24/7 stated; bonus AI customer-service bot, blockchain evidence, "
                 "overseas payment channel (bloat; no cross-border business); 'risk engine supplied as an encrypted SDK' (partial). The "
                 "'preferred' comment and the Recommendation are Group Procurement's.",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=CI + ["ai_customer_service", "blockchain_evidence", "overseas_payment"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_tls"]),
        dict(vendor="Zhuhai Xiangzhou Software Co., Ltd.", gate="unverified", price=136160,
             why="'HKD 148,000' Incl. VAT × 0.92 = 136,160 元 (caution zone); 'Level 3 assessment completed; filing certificate applied for, "
                 "pending' (in progress: unverified, never fail); 'AES-256' (no SM4); HTTPS; role-based access; 3-month logs (under 6); "
                 "Baihang; '6 months free, bug fixes only'; 'charged per change'; 'Mon-Fri 9:00-18:00; next-day response'; 'No lifetime "
                 "consulting'; in the contract; 'RMB 5,000 per incident' (no yearly fee); 'Licence only - bound to one server' (licence only).",
             values=dict(sm4_encryption=False, tls=True, access_control=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_over_budget", "no_tls",
                   "no_access_control", "not_in_contract", "bloat_features"]),
        dict(vendor="Jiangmen Pengjiang Tech Co., Ltd.", gate="fail", price=96600,
             why="'HKD 105,000' Incl. VAT × 0.92 = 96,600 元 — under 10万 once in RMB (the comment's 'just above the 100k floor' reads the HKD "
                 "figure); 'Installment calculator: custom development, quoted separately' — a must-have absent with no price (fail); 'MLPS "
                 "Level 2' (fail); 'AES' (no SM4); HTTPS; '3 months free'; office hours via QQ group.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"],
             flex=["price_below_15w"]),
    ]
    write_toml(
        "zj_03_ci_en_hk_hkd_matrix_bom.toml",
        """Voice: Karen Leung, Group Procurement Manager at Harbour Crest Holdings (Hong Kong), writes on 27 Nov 2025, in English, the vendor
  matrix for the board of its Shenzhen subsidiary Qianhai Harbour Crest Microcredit (phone and home-appliance instalments through partner
  stores, Mainland only, no cross-border business); the comment column and the Recommendation line are hers.
Layout: UTF-8 CSV with BOM, 14 columns — a title line, a 'Prepared by' line, a Currency line (all amounts HKD unless marked RMB, converted
  by Group Treasury from the vendors' RMB quotes at HKD 1.00 = RMB 0.92, 'multiply by 0.92 to get back to RMB'), a line saying the
  comments are Group Procurement's, a blank line, then No. | Vendor | Quoted price (HKD unless marked RMB) | Tax basis | Modules included |
  Optional / extra-cost items | MLPS (等保) | Data security | Credit bureau | Maintenance & regulatory changes | Support & response |
  Consulting / contract / fee after warranty | Source code | Group Procurement comment, six vendor rows (the sixth declined), a blank
  line, a price-range line and the Recommendation.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every 'HKD n' is n × 0.92 元, and so is the HKD option price and the HKD yearly fee — but Dongguan Humen's 'RMB 218,000 … NOT
  converted' is already 元 and must not be multiplied; Jiangmen Pengjiang's HKD 105,000 is 96,600 元, under the 10万 gate although the
  comment calls it 'just above the 100k floor', and it holds MLPS Level 2 and lacks the installment calculator (fail); Foshan Chancheng
  (the Recommendation, 'HKD 206,500') adds the must-have order tracking as 'Optional (+HKD 32,600)' (conditional, added: 219,972 元)
  and only claims (Designed to MLPS Level 3, 国密, mainstream bureaus, lifetime maintenance: unverified), with three bonus bloat modules
  incl. an overseas payment channel and an encrypted risk SDK (partial); Guangzhou Tianhe HKD 240,000 Excl. VAT 6% = 234,048 元 and its
  HKD 27,200 fee = 25,024 元/年; Zhuhai Xiangzhou HKD 148,000 = 136,160 元 (caution) with the certificate only applied for (unverified),
  AES-256, 3-month logs, 6 months bug-only, next-day, no consulting and licence only; Shenzhen Futian declined (not listed); the rate
  0.92, 'HKD 100', the price-range line, certificate numbers and '15%' are no prices.""",
        "consumer_installment", [name], "Guangzhou Tianhe Instalment Tech Co., Ltd.",
        "Guangzhou Tianhe proves every gate (filing certificate 44010643011-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, "
        "Baihang + Pudao), has all three instalment must-haves and no bloat, and gives 12 months with upgrades, free regulatory adaptation, "
        "24x7 with a named engineer within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 234,048 元 含税 "
        "(HKD 240,000 × 0.92 × 1.06) inside 20–30万 (3 years 234,048 + 2 × 25,024 = 284,096). Group Procurement's pick Foshan Chancheng "
        "is 219,972 元 once its order-tracking option is added, proves nothing (unverified), pads with bloat and encrypts its risk engine; "
        "Dongguan Humen (218,000 元, quoted in RMB) maintains bugs only, charges major regulatory changes and gives 5x8/4h; Zhuhai "
        "Xiangzhou is 136,160 元 in the caution zone with only an application for its certificate and no source; Jiangmen Pengjiang is "
        "under 10万 in RMB and fails; Shenzhen Futian declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zj01, build_zj02, build_zj03):
        build()
    print("built zj_01 … zj_03 into", HERE)
