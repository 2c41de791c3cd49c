"""Build the "zi" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 询价函回复汇总 typed by the general manager's secretary in which every vendor takes TWO rows — a 商务 row
and a 技术 row, 序号 / 供应商 / 办公室备注 merged down both — under a two-deck header whose first row names the columns of the 商务
rows and whose second row names the SAME columns for the 技术 rows (zi_01); a GBK CSV typed from a risk manager's notebook, with a
table of his abbreviations above the comparison (等3, 等3设, SM4√, S R, 日12, 人行+百行, 维12m +升, 政另, 7*24, 2h, 咨√, 源码全 …) and
ditto marks 〃 meaning "same as the row above" (zi_02); a 供应商条款汇总 where each vendor's reply to each section sits in ONE cell as
a numbered list '1、…；2、…；3、…' — one vendor's list typed without separators (zi_03). The expected reading of every file is in the
matching zi_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zi.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zi_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import LEFT, BLOAT, PC, ML, CI, CORE, NOGATE, _save, write_csv, write_toml, good  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zi_01  个人信用贷 — 宜春袁州惠民小额贷款's 询价函回复汇总, typed by 刘婷婷 of the 总经理办公室: each vendor a 商务 row and a 技术 row,
#        序号 / 供应商 / 办公室备注 merged down both; a two-deck header — row 4 (blue) names columns D:J for the 商务 rows, row 5 (green)
#        names the same columns D:J for the 技术 rows. The 办公室备注 and the 汇总 line under the table are the buyer's.
# ---------------------------------------------------------------------------------------------
ZI01_HEAD_BIZ = ["报价金额", "计税方式", "选配/另计项目", "免费维护期及范围", "监管政策调整", "技术支持及响应", "终身咨询/写入合同/期满年费"]
ZI01_HEAD_TECH = ["功能模块", "等保", "数据加密", "传输加密/权限", "日志留存", "征信接口", "源码交付"]
DASH7 = ["—"] * 7
# (供应商, 商务 row D:J, 技术 row D:J, 办公室备注)
ZI01_VENDORS = [
    ("吉安井冈山科技有限公司",
     ["8.8万元", "含税", "无", "3个月", "另计", "工作日QQ群支持", "—"],
     ["个人征信查询、还款管理、审批流、用户管理（风控模型二期开发，不在本次报价内）", "等保二级", "未加密", "HTTPS；管理员/操作员两级",
      "—", "—", "完整源码"],
     "太便宜，不考虑"),
    ("萍乡安源数科有限公司",
     ["19.8万元", "不含税，增值税税率6%（可开专票）", "无", "12个月，含缺陷修复及小版本升级", "监管政策调整免费适配",
      "7×24小时；2小时内指定工程师响应", "提供终身技术咨询；以上承诺均写入合同；维保期满后2.2万元/年"],
     ["个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
      "等保三级，备案证明编号36030243006-24012（2024年5月取得）", "国密SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）；RBAC角色权限",
      "操作日志保存12个月，异常操作自动告警", "中国人民银行征信中心、百行征信", "完整源码，无加密，可二次开发"],
     "资料最全，价格中等"),
    ("新余仙女湖网络科技有限公司",
     ["16.8万元", "含税", "无（赠送智能客服机器人、区块链存证）", "终身维护", "积极配合", "7×24小时，第一时间响应",
      "终身咨询；合同条款可协商；期满费用签约时商定"],
     ["个人征信、AI智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人（赠送）、区块链存证（赠送）", "已通过等保测评",
      "国密算法加密", "HTTPS；完善的权限体系", "长期保存", "支持对接征信", "交付源码，风控引擎为加密SDK"],
     "报价低、送智能客服和区块链；王总倾向此家"),
    ("鹰潭龙虎山软件有限公司",
     ["17.2万元（基础版）", "含税", "风控模型（评分卡）为选配，另加2.6万元（含税）", "12个月，仅修复缺陷，不含版本升级",
      "一般调整免费；重大监管政策调整另行报价", "工作日5×8；4小时内响应", "提供终身技术咨询；写入合同；期满后按合同额15%/年"],
     ["个人征信接口（百行征信）、反欺诈规则库、还款计划及提醒、风控审批、用户管理、营销插件", "等保三级证书编号36060343001-23008",
      "SM4（身份证号、手机号）", "HTTPS；角色权限", "保存6个月", "百行征信", "完整源码"],
     "风控模型要另加钱"),
    ("九江庐山信息技术有限公司",
     ["13.5万元", "含税", "无", "6个月，仅修复缺陷", "按次另计", "工作日5×8；次日响应", "不提供终身咨询；写入合同；期满后按次收费，5000元/次"],
     ["个人征信查询（百行征信）、风控模型（规则引擎）、反欺诈、还款管理、风控审批、用户管理", "三级，备案证明编号36040243011-24005",
      "AES-256加密", "HTTPS；角色权限", "保存3个月", "百行征信", "仅授权使用，授权绑定服务器，不交付源代码"],
     "合格家里最便宜？待核"),
    ("抚州临川软件有限公司",
     ["11月10日来函：项目排期已满，放弃本次报价"] + ["—"] * 6, DASH7, "已放弃"),
]


def build_zi01():
    name = "zi_01_pc_huifu_shangwu_jishu_rows.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "回复汇总"
    widths(ws, [5, 22, 6, 34, 26, 22, 22, 22, 24, 30, 24])
    _text(ws, 1, 1, 11, "宜春袁州惠民小额贷款有限公司 个人信用贷系统源码 询价函回复汇总", font=TITLE)
    _text(ws, 2, 1, 11,
          "说明：按各服务商书面回函整理（回函原件存总经理办公室）。每家占两行：第一行为商务答复，对应第4行表头（蓝色）；第二行为技术答复，"
          "对应第5行表头（绿色）。“办公室备注”为我室记录及领导意见，不是服务商答复。我司只做个人信用贷，无跨境业务。"
          "整理：总经理办公室 刘婷婷　2025-11-18", height=44)
    _text(ws, 3, 1, 11, "询价函编号：YZHM-XJ-2025-07　发函日期：2025-11-03　回函截止：2025-11-14　共发函6家，收到回函6份（含放弃1份）")
    put_row(ws, 4, ["序号", "供应商", "行别"], font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 4, ZI01_HEAD_BIZ, font=BOLD, fill=BLUE, align=CENTER, start=4)
    put_row(ws, 4, ["办公室备注"], font=BOLD, fill=YELLOW, align=CENTER, start=11)
    put_row(ws, 5, ["", "", ""], font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 5, ZI01_HEAD_TECH, font=BOLD, fill=GREEN, align=CENTER, start=4)
    put_row(ws, 5, [""], font=BOLD, fill=YELLOW, align=CENTER, start=11)
    for c in (1, 2, 3, 11):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    r = 6
    for n, (vendor, biz, tech, note) in enumerate(ZI01_VENDORS, start=1):
        put_row(ws, r, [str(n), vendor, "商务"] + biz + [note])
        put_row(ws, r + 1, ["", "", "技术"] + tech + [""])
        for c in range(4, 11):
            ws.cell(row=r, column=c).fill = BLUE
            ws.cell(row=r + 1, column=c).fill = GREEN
        ws.cell(row=r, column=11).fill = YELLOW
        for c in (1, 2, 11):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.row_dimensions[r].height = 48
        ws.row_dimensions[r + 1].height = 60
        r += 2
    _text(ws, r + 1, 1, 11,
          "办公室汇总：按报价由低到高——吉安井冈山8.8万、九江庐山13.5万、新余仙女湖16.8万、鹰潭龙虎山17.2万、萍乡安源19.8万。"
          "王总意见：倾向新余仙女湖（报价低、赠送模块多），请科技部11月21日前核实后报批。", font=BOLD, height=32)
    _text(ws, r + 2, 1, 11, "抄送：科技部 熊伟、风控部 黄敏。")
    ws.freeze_panes = "D6"
    _save(wb, name)

    vendors = [
        good("萍乡安源数科有限公司", 209880,
             "商务 row: '19.8万元' '不含税，增值税税率6%' = 198,000 × 1.06 = 209,880 inside 18–25万; 12个月 含缺陷修复及小版本升级; 政策免费适配; "
             "7×24, 2小时 named engineer; 终身咨询; 均写入合同; 2.2万元/年. 技术 row (read under the green header): 个人征信 (人行二代 + 百行), "
             "评分卡＋规则引擎, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理, no bloat; 等保三级备案证明36030243006-24012; SM4 on ID/mobile/"
             "bank card; HTTPS (TLS1.2); RBAC; logs 12个月 with alerts; 人行 + 百行; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="新余仙女湖网络科技有限公司", gate="unverified", price=168000,
             why="'16.8万元' 含税 = 168,000; 技术 row: '已通过等保测评' (no level: claimed, unverified), '国密算法加密' (which? claimed), '支持对接"
                 "征信' (no body: claimed), '长期保存', '完善的权限体系' state nothing; HTTPS stated; 智能客服机器人 + 区块链存证 赠送 (bloat); '风控"
                 "引擎为加密SDK' (partial); 商务 row: '终身维护' (claimed), '积极配合', '第一时间响应', '可协商', '签约时商定' state nothing; 7×24 "
                 "stated. The 办公室备注 and 王总's '倾向此家' are the buyer's.",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="鹰潭龙虎山软件有限公司", gate="pass", price=198000,
             why="商务 row: '17.2万元（基础版）' 含税 and the must-have 风控模型 '选配，另加2.6万元（含税）' (conditional, added): 172,000 + 26,000 = "
                 "198,000; '12个月，仅修复缺陷，不含版本升级'; '重大监管政策调整另行报价' (charged); '工作日5×8；4小时内响应'; 终身咨询; 写入合同; "
                 "'按合同额15%/年' (which base — 17.2万 or 19.8万 — is not said, so no amount is asserted); 技术 row: 个人征信 (百行), 反欺诈规则库, "
                 "还款计划及提醒, 风控审批, 用户管理, 营销插件 (deferrable); 等保三级证书36060343001-23008; SM4; HTTPS; 角色权限; 6个月 logs "
                 "(not under 6); 百行; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="九江庐山信息技术有限公司", gate="pass", price=135000,
             why="'13.5万元' 含税 = 135,000 (caution zone: lower is not better); 等保 '三级，备案证明编号36040243011-24005' (stated); 'AES-256加密' "
                 "(no SM4); HTTPS; 角色权限; logs '保存3个月' (under 6); 百行; '6个月，仅修复缺陷'; '按次另计'; '工作日5×8；次日响应'; 不提供终身咨询; "
                 "写入合同; '5000元/次' (per incident, no yearly fee); '仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "not_in_contract", "bloat_features"]),
        dict(vendor="吉安井冈山科技有限公司", gate="fail", price=88000,
             why="'8.8万元' 含税 = 88,000 (under 10万); 技术 row: '风控模型二期开发，不在本次报价内' (must-have absent, no price); '等保二级' (fail); "
                 "'未加密' (no SM4); HTTPS; 商务 row: 3个月; 另计; 工作日QQ群支持.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zi_01_pc_huifu_shangwu_jishu_rows.toml",
        """Voice: 刘婷婷, secretary in the 总经理办公室 of 宜春袁州惠民小额贷款 (personal credit only, no cross-border business), types the six
  written replies to inquiry YZHM-XJ-2025-07 into one summary on 2025-11-18; the 办公室备注 column and 王总's 倾向 under the table are hers.
Layout: sheet 回复汇总 — title, a 说明 row, an inquiry line (编号, dates, '共发函6家'), then a two-deck header: rows 4–5 with 序号 | 供应商 |
  行别 | … | 办公室备注 merged down both rows; row 4 (blue) names D:J for the 商务 rows (报价金额 | 计税方式 | 选配/另计项目 | 免费维护期及
  范围 | 监管政策调整 | 技术支持及响应 | 终身咨询/写入合同/期满年费), row 5 (green) names the SAME columns D:J for the 技术 rows (功能模块 |
  等保 | 数据加密 | 传输加密/权限 | 日志留存 | 征信接口 | 源码交付). Each vendor is two rows (行别 商务, then 技术) with 序号, 供应商 and
  办公室备注 merged down both; six vendors, the sixth declined; a 汇总 line and a 抄送 line below. Frozen at D6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a column means one thing on the 商务 row and another on the 技术 row (column D is the price on one row and the module list on
  the next; column E is 计税 above and 等保 below) and the vendor name is only in the merged cell's first row; 新余仙女湖 (王总's pick,
  168,000) says 已通过等保测评 without a level, 国密算法, 支持对接征信, 终身维护, 长期保存, 可协商 (claims: unverified), gets 智能客服
  机器人 + 区块链存证 赠送 (bloat) and an encrypted risk SDK (partial); 萍乡安源's 19.8万 is 不含税 + 6% = 209,880; 鹰潭龙虎山's must-have
  风控模型 is a 2.6万 option (conditional, added: 198,000) with bug-only maintenance, 重大政策调整另行报价, 5×8 and 4h; 九江庐山 13.5万
  (caution) with AES-256, 3-month logs, 6 months bug-only, 按次另计, 次日, 5000元/次 and 仅授权使用 (licence only); 吉安井冈山 8.8万 with
  等保二级 and 风控模型 二期 (fail); 抚州临川 declined (not listed); the 汇总 line's price ranking uses sticker prices; the inquiry number,
  dates, certificate numbers and '15%' are no prices.""",
        "personal_credit", [name], "萍乡安源数科有限公司",
        "萍乡安源 proves every gate (备案证明36030243006-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 209,880 含税 inside 18–25万 (3 years 209,880 + "
        "2 × 22,000 = 253,880). 王总's pick 新余仙女湖 (168,000) proves nothing (unverified), adds bloat and encrypts its risk engine; 鹰潭龙虎山 "
        "is 198,000 once its risk-model option is added but maintains bugs only, charges major policy changes and gives 5×8/4h; 九江庐山 "
        "is 135,000 in the caution zone without SM4, with 3-month logs and no source code; 吉安井冈山 fails; 抚州临川 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zi_02  商户经营性贷 — 芜湖镜湖商融小额贷款's 风险管理部 副经理 钱志刚 types his notebook into Excel and saves it as GBK CSV: his
#        abbreviation table first (缩写 | 含义), then a terse comparison whose cells use the abbreviations and ditto marks 〃
#        ('same as the row above'); the 我的看法 column and the 小结 line are his own.
# ---------------------------------------------------------------------------------------------
ZI02_LEGEND = [
    ("w", "万元；“含”=含税，“未税”=不含税（括号内为税率）"),
    ("企 / 流 / 电合", "企业征信 / 银行流水分析 / 电子合同"),
    ("审 / 还 / 用", "风控审批 / 还款管理 / 用户管理"),
    ("屏 / API", "数据大屏 / API开放平台"),
    ("链 / 跨 / AI客服", "区块链存证 / 跨境支付通道 / 智能客服机器人"),
    ("等3（编号）", "已取得等保三级，括号内为对方给的备案证明或证书编号"),
    ("等3设", "对方说“按等保三级设计”，没有测评、没有证书"),
    ("等2", "等保二级"),
    ("SM4√（字段）", "括号内字段用国密SM4加密"),
    ("AES", "AES加密（不是国密）"),
    ("S / R", "全站HTTPS / 角色权限（RBAC）"),
    ("日12", "操作日志保存12个月（日6=6个月，以此类推）"),
    ("人行 / 百行 / 朴道", "对接的持牌征信机构"),
    ("维12m", "免费维护12个月"),
    ("+升 / -升", "维护含小版本升级 / 只修bug，不含升级"),
    ("政免 / 政另", "监管政策调整免费适配 / 政策调整另行收费"),
    ("7*24 / 5*8", "技术支持时段"),
    ("2h", "2小时内响应（次日=第二天才响应）"),
    ("咨√ / 咨×", "提供 / 不提供终身技术咨询"),
    ("合同√", "以上承诺同意写入合同"),
    ("年2w", "维保期满后年费2万元/年"),
    ("源码全 / 源码半 / 授权", "完整源码无加密 / 部分模块加密 / 只给授权不给源码"),
    ("〃", "同上（与上一行同一栏相同）"),
]
ZI02_HEAD = ["序", "公司", "价", "模块", "等保", "加密", "S/R", "日志", "征信", "维保", "政策", "支持", "咨/合同", "年费", "源码", "我的看法"]
ZI02_ROWS = [
    ["1", "马鞍山采石矶数科有限公司", "28.6w含", "企 流 电合 审 还 用 屏", "等3（34050243007-24003）", "SM4√（身份证 手机 对公账号）",
     "S R", "日12", "人行+百行", "维12m +升", "政免", "7*24 2h（指定工程师）", "咨√ 合同√", "年2.8w", "源码全", "资料齐，价偏高"],
    ["2", "铜陵铜官山软件有限公司", "26w未税（6%）", "企 电合 审 还 用；流=选配+3w（未税）", "等3（34070243002-23011）", "〃", "〃",
     "日6", "百行", "维12m -升", "政另（大调整另报价）", "5*8 4h", "咨× 合同√", "合同额15%/年", "源码全", "流水要另加钱，还是未税价"],
    ["3", "宣城敬亭山网络科技有限公司", "23.8w含（优惠后）", "企 流 电合 审 还 用 + 链 跨 AI客服（送）", "等3设（说上线后再做测评）",
     "国密（没说哪个）", "S R", "长期", "能接征信（没说哪家）", "终身维护（口头）", "配合", "7*24 1h", "咨√ 合同?（说可以谈）", "没问",
     "源码半（风控引擎加密）", "最便宜，模块最全，还送AI客服，倾向这家"],
    ["4", "池州九华山信息技术有限公司", "13.2w含", "企 流 电合 审 还 用", "等3 申请中（测评做完了，备案证明在等）", "AES", "〃", "日3",
     "百行", "维6m -升", "政另", "5*8 次日", "咨× 合同√", "按次 5k/次", "授权（绑服务器，不给源码）", "便宜但虚，可以再压"],
    ["5", "滁州琅琊山科技有限公司", "面议（要先上门调研）", "企 电合 审 还 用（流 说二期再做）", "等3（34110243005-24009）",
     "SM4√（身份证 手机）", "〃", "日12", "〃", "维12m +升", "政免", "7*24 2h", "咨√ 合同√", "年3w", "源码全", "没报价，流水也没有"],
    ["6", "黄山屯溪软件有限公司", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "11/20电话说排不过来，不报了"],
]


def build_zi02():
    name = "zi_02_ml_shouji_suoxie_gbk.csv"
    ncol = len(ZI02_HEAD)
    pad = lambda row: row + [""] * (ncol - len(row))  # noqa: E731
    rows = [
        pad(["芜湖镜湖商融小额贷款有限公司 经营贷系统源码 询价笔记（录入）"]),
        pad(["风险管理部 钱志刚　2025-11-24　据本人笔记本手记录入，10月底到11月各家电话、上门所记；我司做小微商户经营贷，无跨境业务。"]),
        pad([]),
        pad(["【缩写对照】"]),
        pad(["缩写", "含义"]),
        *[pad([a, b]) for a, b in ZI02_LEGEND],
        pad([]),
        pad(["【各家情况】"]),
        ZI02_HEAD,
        *ZI02_ROWS,
        pad([]),
        pad(["小结：倾向宣城敬亭山（23.8w，模块最全），次选马鞍山采石矶。报刘总定。——钱 11/24"]),
    ]
    for row in rows:
        assert len(row) == ncol, row
    write_csv(name, rows, "gbk")

    vendors = [
        good("马鞍山采石矶数科有限公司", 286000,
             "'28.6w含' = 286,000 inside 25–35万; 模块 '企 流 电合 审 还 用 屏' = 企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据"
             "大屏 (deferrable, no bloat); '等3（34050243007-24003）' = 等保三级 with its number; 'SM4√（身份证 手机 对公账号）'; 'S R' = HTTPS + "
             "RBAC; '日12'; '人行+百行'; '维12m +升'; '政免'; '7*24 2h（指定工程师）'; '咨√ 合同√'; '年2.8w' = 28,000/年; '源码全'.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="铜陵铜官山软件有限公司", gate="pass", price=307400,
             why="'26w未税（6%）' and the must-have 流水分析 '选配+3w（未税）' (conditional, added): (260,000 + 30,000) × 1.06 = 307,400 inside "
                 "25–35万; '等3（34070243002-23011）'; 加密 '〃' and S/R '〃' = the row above: SM4 on ID/mobile/company account, HTTPS + RBAC; "
                 "'日6' (not under 6); 百行; '维12m -升' (12 months, no upgrades); '政另（大调整另报价）' (charged); '5*8 4h'; '咨× 合同√'; "
                 "'合同额15%/年' (base not fixed: no amount asserted); 源码全.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="宣城敬亭山网络科技有限公司", gate="unverified", price=238000,
             why="'23.8w含（优惠后）' = 238,000 (below the 25–35万 band, not under 15万); '等3设（说上线后再做测评）' = 按等保三级设计 per the legend "
                 "(claimed: unverified); '国密（没说哪个）' (claimed); '能接征信（没说哪家）' (claimed); '终身维护（口头）' (claimed); '长期', '配合', "
                 "'合同?（说可以谈）', '没问' state nothing; 'S R' and '7*24 1h' stated; '链 跨 AI客服（送）' = 区块链存证、跨境支付通道、智能客服"
                 "机器人 (bloat; no cross-border business); '源码半（风控引擎加密）' (partial). 钱's '倾向这家' is his own.",
             values=dict(tls=True, access_control=True, support_7x24=True, response_hours=1, annual_fee_after_warranty_cny="null",
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_tls", "no_access_control", "response_over_2h"]),
        dict(vendor="池州九华山信息技术有限公司", gate="unverified", price=132000,
             why="'13.2w含' = 132,000 (caution zone); '等3 申请中（测评做完了，备案证明在等）' (in progress: unverified, never fail); 'AES' (no SM4); "
                 "S/R '〃' = the row above's 'S R' (HTTPS + RBAC); '日3' (under 6); 百行; '维6m -升'; '政另'; '5*8 次日'; '咨× 合同√'; "
                 "'按次 5k/次' (per incident, no yearly fee); '授权（绑服务器，不给源码）' (licence only).",
             values=dict(sm4_encryption=False, tls=True, access_control=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_over_budget", "no_tls",
                   "no_access_control", "not_in_contract", "bloat_features"]),
        dict(vendor="滁州琅琊山科技有限公司", gate="fail", price="null",
             why="'面议（要先上门调研）' (price_missing); 模块 '企 电合 审 还 用（流 说二期再做）' — 银行流水分析 absent (must-have: fail); "
                 "'等3（34110243005-24009）' stated; 'SM4√（身份证 手机）'; S/R '〃' → '〃' → 'S R' (a ditto of a ditto: HTTPS + RBAC); '日12'; "
                 "征信 '〃' = the row above's 百行; '维12m +升'; '政免'; '7*24 2h'; '咨√ 合同√'; '年3w' = 30,000/年; 源码全.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"] + CORE + ["repayment_management"],
             fex=["cashflow_analysis"] + BLOAT,
             flin=["price_missing", "missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "no_sm4", "no_tls", "no_access_control",
                   "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "response_over_2h",
                   "bloat_features"]),
    ]
    write_toml(
        "zi_02_ml_shouji_suoxie_gbk.toml",
        """Voice: 钱志刚, deputy manager of the 风险管理部 at 芜湖镜湖商融小额贷款 (operating loans to small merchants, no cross-border
  business), types up his notebook from phone calls and visits on 2025-11-24 for 刘总; the 我的看法 column and the 小结 are his own.
Layout: GBK CSV, 16 columns — title, an author/date line, a blank line, '【缩写对照】' with its own two-column header 缩写 | 含义 and 23
  legend rows (w, 企/流/电合, 等3（编号）, 等3设, 等2, SM4√, AES, S / R, 日12, 人行/百行/朴道, 维12m, +升/-升, 政免/政另, 7*24, 2h, 咨√/咨×,
  合同√, 年2w, 源码全/源码半/授权, 〃 = 同上), a blank line, '【各家情况】', then the table header 序 | 公司 | 价 | 模块 | 等保 | 加密 | S/R |
  日志 | 征信 | 维保 | 政策 | 支持 | 咨/合同 | 年费 | 源码 | 我的看法, six vendor rows (the sixth declined, all —), a blank line and 小结.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the legend is a table above the table (its rows are no vendors) and it is the only key to the cells: '等3（…）' is a stated
  certificate but '等3设' is 按等保三级设计 (claimed), '等3 申请中' is in progress; '〃' copies the cell above — 铜陵's 加密 and S/R, 池州's
  S/R, 滁州's S/R (a ditto of a ditto, back to 宣城's 'S R') and 征信 (池州's 百行); 钱's pick 宣城 (23.8w含, '最便宜') only claims
  (等3设, 国密 without SM4, 能接征信 without a body, 终身维护（口头）: unverified), carries 链 跨 AI客服 (bloat) and 源码半 (partial); 铜陵
  '26w未税（6%）' plus its must-have 流水 '选配+3w（未税）' is 307,400 含税 (conditional, added), with -升, 政另, 5*8 4h and 咨×; 池州 13.2w
  (caution) with 等3 申请中 (unverified), AES, 日3, 维6m -升, 5*8 次日, 5k/次 and 授权 (licence only); 滁州 面议 and no 流水 (二期: fail);
  黄山屯溪 declined (not listed); 'w' is 万; certificate numbers, dates and '15%' are no prices.""",
        "merchant_loan", [name], "马鞍山采石矶数科有限公司",
        "马鞍山采石矶 proves every gate (等3 with number 34050243007-24003, SM4 on ID/mobile/company account, HTTPS + RBAC, 12-month logs, "
        "人行 + 百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by "
        "a named engineer, lifetime consulting, in the contract, full source — at 286,000 含税 inside 25–35万 (3 years 286,000 + 2 × 28,000 "
        "= 342,000). 钱's pick 宣城敬亭山 (238,000) only claims (unverified), adds three bloat modules and encrypts its risk engine; 铜陵铜官山 "
        "is 307,400 含税 once its cash-flow option and VAT are counted, with bug-only maintenance, paid policy changes, 5×8/4h and no "
        "consulting; 池州九华山 is 132,000 in the caution zone with only 申请中 and no source; 滁州琅琊山 has no price and lacks 流水分析 "
        "(fail); 黄山屯溪 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zi_03  消费分期 — 柳州鱼峰优分小额贷款's 合规部 供应商条款汇总: one row per vendor, and for each of five sections ONE cell holding the
#        vendor's reply as a numbered list '1、…；2、…；3、…' (one vendor typed its module list without separators); the 合规部意见
#        column and the 业务部 line under the table are the buyer's.
# ---------------------------------------------------------------------------------------------
ZI03_HEAD = ["序号", "供应商", "一、报价", "二、功能模块", "三、资质与数据安全", "四、售后服务", "五、源码交付及其他", "合规部意见"]
ZI03_ROWS = [
    ["1", "桂林叠彩数科有限公司",
     "1、源码授权费16.8万元；2、实施部署及培训费4.6万元；3、合计21.4万元；4、以上均为不含税价，增值税税率6%，可开专票。",
     "1、商品管理；2、分期计算器；3、订单跟踪；4、还款计划及还款提醒；5、风控审批流；6、用户管理。",
     "1、等保三级备案证明编号45030243008-24006（2024年6月取得）；2、身份证号、手机号、银行卡号SM4加密存储；3、全站HTTPS；4、RBAC角色权限；"
     "5、操作日志保存12个月，异常操作实时告警；6、对接百行征信、朴道征信。",
     "1、免费维护12个月，含缺陷修复及小版本升级；2、监管政策调整免费适配；3、7×24小时技术支持；4、2小时内指定工程师响应；5、提供终身技术咨询；"
     "6、以上承诺全部写入合同；7、维保期满后年费2.5万元/年。",
     "1、交付完整源码，无加密，可二次开发；2、报价有效期90天。",
     "资料齐全，备案证明已核"],
    ["2", "北海银滩网络科技有限公司",
     "1、标准版（含商品管理、分期计算器、还款管理、风控审批、用户管理）18.6万元，含税；2、订单跟踪模块为选配，另加3.5万元（含税）；"
     "3、赠送积分商城、社交分享、智能客服机器人。",
     "1、商品管理；2、分期计算器；3、订单跟踪（选配）；4、还款管理；5、风控审批；6、用户管理；7、积分商城（赠送）；8、社交分享（赠送）；"
     "9、智能客服机器人（赠送）。",
     "1、系统按等保三级要求设计；2、支持国密算法；3、HTTPS加密传输；4、完善的权限管理；5、日志长期保存；6、支持对接主流征信。",
     "1、终身维护；2、积极配合监管政策调整；3、7×24小时技术支持；4、第一时间响应；5、合同条款可协商。",
     "1、交付源码；2、核心风控引擎以加密SDK形式提供。",
     "等保、国密、征信都没有具体说明，需补证明材料"],
    ["3", "梧州骑楼信息技术有限公司",
     "1、软件授权费26.5万元（含全部功能模块）；2、实施部署费3.5万元；3、合计30万元；4、以上报价不含税，增值税税率6%。",
     "1、商品管理；2、分期计算器；3、订单跟踪；4、还款管理；5、风控审批；6、用户管理；7、积分商城；8、区块链存证；9、元宇宙营销展厅。",
     "1、等保三级证书编号45040343003-23010；2、身份证号、手机号、银行卡号SM4加密；3、全站HTTPS；4、RBAC；5、操作日志保存12个月；"
     "6、对接人行征信中心、朴道征信。",
     "1、免费维护24个月，含小版本升级；2、政策调整免费适配；3、7×24小时；4、2小时内响应；5、终身技术咨询；6、写入合同；7、维保期满后3.2万元/年。",
     "1、完整源码，无加密。",
     "含税后超预算，模块偏多"],
    ["4", "玉林容州软件有限公司",
     "1、报价14.2万元（含税）；2、报价有效期60天。",
     "1、商品管理2、分期计算器3、订单跟踪4、还款管理5、风控审批6、用户管理",
     "1、三级测评已完成，测评报告已出具，备案证明申请中（预计2026年2月取得）；2、身份证号、手机号SM4加密；3、全站HTTPS；4、角色权限管理；"
     "5、日志保存6个月；6、对接百行征信。",
     "1、免费维护6个月，仅修复缺陷，不含升级；2、监管政策调整按次另计；3、工作日5×8技术支持；4、4小时内响应；5、不提供终身技术咨询；"
     "6、以上写入合同；7、维保期满后按次收费，5000元/次。",
     "1、交付完整源码，可二次开发。",
     "等保还没拿到"],
    ["5", "贵港荷城科技有限公司",
     "1、9.5万元（含税）；2、分期计算器需定制开发，另行报价。",
     "1、商品管理；2、订单管理；3、还款管理；4、用户管理；5、审批流。",
     "1、等保二级；2、敏感字段AES加密；3、HTTPS。",
     "1、免费维护3个月；2、工作日QQ群支持。",
     "1、完整源码。",
     "不合格"],
    ["6", "钦州坭兴数科有限公司",
     "1、12月1日来函，因人员安排原因放弃本次报价。", "—", "—", "—", "—", "放弃"],
]


def build_zi03():
    name = "zi_03_ci_bianhao_liebiao_cells.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商条款汇总"
    widths(ws, [5, 22, 40, 40, 48, 52, 28, 22])
    _text(ws, 1, 1, 8, "柳州鱼峰优分小额贷款有限公司 分期业务系统源码采购 供应商条款汇总", font=TITLE)
    _text(ws, 2, 1, 8,
          "说明：第三至七栏按各供应商书面回复逐条摘录，编号为对方原编号；“合规部意见”为我部意见。我司做手机、电动车分期，无跨境业务。"
          "编制：合规部 韦丽娜　2025-12-09", height=32)
    put_row(ws, 3, ZI03_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(ZI03_ROWS, start=4):
        put_row(ws, i, row)
        ws.cell(row=i, column=8).fill = YELLOW
        ws.row_dimensions[i].height = 110
    r = 4 + len(ZI03_ROWS) + 1
    _text(ws, r, 1, 8,
          "业务部 覃总意见：北海银滩报价18.6万，赠送积分商城和智能客服，性价比最高，建议优先谈；梧州骑楼太贵。", font=BOLD)
    _text(ws, r + 1, 1, 8, "复核：合规部负责人 蒙海燕")
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good("桂林叠彩数科有限公司", 226840,
             "一、'1、源码授权费16.8万元；2、实施部署及培训费4.6万元；3、合计21.4万元；4、以上均为不含税价，增值税税率6%' = 214,000 × 1.06 = "
             "226,840 inside 20–30万 (items 1 and 2 are the parts of item 3, not extra); 二、商品管理/分期计算器/订单跟踪 + core, no bloat; 三、"
             "等保三级备案证明45030243008-24006; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月 with alerts; 百行 + 朴道; 四、12个月 with "
             "小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 2.5万元/年; 五、完整源码 无加密 ('报价有效期90天' is no "
             "price).",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="北海银滩网络科技有限公司", gate="unverified", price=221000,
             why="一、'标准版…18.6万元，含税' and the must-have 订单跟踪 '选配，另加3.5万元（含税）' (conditional, added): 186,000 + 35,000 = 221,000; "
                 "赠送 积分商城、社交分享 (deferrable) and 智能客服机器人 (bloat); 三、'按等保三级要求设计' (claimed: unverified), '支持国密算法' "
                 "(which? claimed), '支持对接主流征信' (no body: claimed), '完善的权限管理', '日志长期保存' state nothing; HTTPS stated; 四、'终身维护' "
                 "(claimed), '积极配合', '第一时间响应', '可协商' state nothing; 7×24 stated; 五、'核心风控引擎以加密SDK形式提供' (partial). "
                 "业务部 覃总's '建议优先谈' is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=CI + ["points_mall", "social_sharing", "ai_customer_service"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="梧州骑楼信息技术有限公司", gate="pass", price=318000,
             why="一、'合计30万元' '不含税，增值税税率6%' = 300,000 × 1.06 = 318,000, above 20–30万 (the sticker is at the edge; 含税 is over); "
                 "二、must-haves + core + 积分商城 (deferrable) + 区块链存证、元宇宙营销展厅 (bloat); 三、等保三级证书45040343003-23010; SM4; HTTPS; "
                 "RBAC; 12个月; 人行 + 朴道; 四、24个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 3.2万元/年; 五、完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=24, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["points_mall", "blockchain_evidence", "metaverse_marketing"],
             flin=["price_over_budget", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_7x24", "response_over_2h", "not_in_contract", "claimed", "conditional",
                            "source_partial", "source_licence_only"]),
        dict(vendor="玉林容州软件有限公司", gate="unverified", price=142000,
             why="一、'报价14.2万元（含税）' = 142,000 (caution zone; '报价有效期60天' is no price); 二、'1、商品管理2、分期计算器3、订单跟踪4、还款管理"
                 "5、风控审批6、用户管理' typed without separators — all three must-haves; 三、'三级测评已完成…备案证明申请中' (in progress: unverified, "
                 "never fail); SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行; 四、'6个月，仅修复缺陷，不含升级'; '按次另计'; 5×8; 4小时; "
                 "不提供终身咨询; 写入合同; '5000元/次' (per incident); 五、完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_over_budget", "no_sm4",
                   "audit_log_under_6m", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="贵港荷城科技有限公司", gate="fail", price=95000,
             why="一、'9.5万元（含税）' = 95,000 (under 10万); '分期计算器需定制开发，另行报价' — the must-have is absent with no price (fail); 三、"
                 "'等保二级' (fail); 'AES加密' (no SM4); HTTPS; 四、3个月; 工作日QQ群支持.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zi_03_ci_bianhao_liebiao_cells.toml",
        """Voice: 韦丽娜 of the 合规部 at 柳州鱼峰优分小额贷款 (instalments for phones and e-bikes, no cross-border business) copies each
  vendor's written reply clause by clause, keeping the vendor's own numbering, on 2025-12-09; 业务部 覃总 adds his view under the table.
Layout: sheet 供应商条款汇总 — title, a 说明 row, header 序号 | 供应商 | 一、报价 | 二、功能模块 | 三、资质与数据安全 | 四、售后服务 |
  五、源码交付及其他 | 合规部意见, six vendor rows (the sixth declined); every section cell is ONE numbered list on one line,
  '1、…；2、…；3、…。', the numbering restarting in each cell; one vendor's module list is typed without separators ('1、商品管理2、分期
  计算器3、订单跟踪…'); a 业务部 line and a 复核 line below. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the list numbers '1、' '2、' … sit next to amounts ('1、9.5万元', '3、合计21.4万元') and are no prices; line items and their 合计 are
  one price, not two; 北海银滩 (覃总's '优先谈', '18.6万') adds the must-have 订单跟踪 as a 3.5万 含税 option (conditional, added: 221,000)
  and only claims (按等保三级要求设计, 支持国密算法, 支持对接主流征信, 终身维护: unverified), 赠送 智能客服机器人 (bloat) and ships an
  encrypted risk SDK (partial); 桂林叠彩's 21.4万 is 不含税 + 6% = 226,840; 梧州骑楼 30万 不含税 = 318,000 is over the band once taxed,
  with 区块链存证 + 元宇宙营销展厅 (bloat); 玉林容州 14.2万 (caution) with 备案证明申请中 (unverified), 6 months bug-only, 按次另计, 5×8, 4h,
  no consulting, 5000元/次; 贵港荷城 9.5万 with 等保二级 and 分期计算器 '需定制开发，另行报价' (absent: fail); 钦州坭兴 declined (not
  listed); 报价有效期 90/60天, 2026年2月 and certificate numbers are no prices.""",
        "consumer_installment", [name], "桂林叠彩数科有限公司",
        "桂林叠彩 proves every gate (备案证明45030243008-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 226,840 含税 inside 20–30万 (3 years "
        "226,840 + 2 × 25,000 = 276,840). 覃总's pick 北海银滩 is 221,000 once its 订单跟踪 option is added, proves nothing (unverified), adds "
        "an AI bot and encrypts its risk engine; 梧州骑楼 is 318,000 含税, over the band, with two bloat modules; 玉林容州 is 142,000 in the "
        "caution zone with only 申请中 and weak after-sales; 贵港荷城 fails; 钦州坭兴 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zi01, build_zi02, build_zi03):
        build()
    print("built zi_01 … zi_03 into", HERE)
