"""Cell parsers: real-looking vendor cell texts (Chinese and English) -> typed values.

Expectations follow shared/domain.md as a careful buyer reads a cell: unknown stays None (never
False or 0), 面议/待定/blank are unknown, ranges take the upper bound, AES is not 国密, "申请中" is
not certified, maintenance that only fixes crashes does not include upgrades.
"""
from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core import parse
from core.parse import PARSERS, parse_cell

WAN = 10_000
ANY_WARN = object()  # the cell must carry some warning, whichever
MIN = 1 / 60


def _row(kind, cell, expected, warn=None, unit=None):
    label = repr(cell) if not isinstance(cell, str) else cell.replace("\n", "\\n")
    return pytest.param(kind, cell, unit, expected, warn, id=f"{kind}:{label}" + (f"@{unit:g}" if unit else ""))


# ------------------------------------------------------------------------------------------------
# money
# ------------------------------------------------------------------------------------------------
MONEY = [
    _row("money", "22.8万", 228_000),
    _row("money", "22.8万元", 228_000),
    _row("money", "２２.８万", 228_000),  # full-width digits
    _row("money", "２２．８万元", 228_000),  # full-width digits and point
    _row("money", "19.8w", 198_000),
    _row("money", "19.8W", 198_000),
    _row("money", "19.8 W", 198_000),
    _row("money", "¥330,000", 330_000),
    _row("money", "￥198,000", 198_000),
    _row("money", "￥２２８，０００", 228_000),  # full-width yen, digits and comma
    _row("money", "¥228,000.00", 228_000),
    _row("money", "CNY 190,000", 190_000),
    _row("money", "RMB 250,000", 250_000),
    _row("money", "人民币250000元", 250_000),
    _row("money", "180000元", 180_000),
    _row("money", "180000", 180_000),
    _row("money", "十八万", 180_000),
    _row("money", "十八万元整", 180_000),
    _row("money", "二十二万八千", 228_000),
    _row("money", "二十二万八", 228_000),  # spoken form: the trailing 八 means 八千
    _row("money", "贰拾贰万捌仟元", 228_000),
    _row("money", "22万8千", 228_000),
    _row("money", "22万5000元", 225_000),
    _row("money", "约22万", 220_000),
    _row("money", "22.8万（含税）", 228_000),
    _row("money", "22.8万元（含1年维护）", 228_000),
    _row("money", "22.8万（报价有效期至2024-12-31）", 228_000),
    _row("money", "2024年报价：22.8万元", 228_000),
    _row("money", "28万起", 280_000),
    _row("money", "180k", 180_000),
    _row("money", "18-25万", 250_000, "warn.range_upper"),
    _row("money", "18~25万", 250_000, "warn.range_upper"),
    _row("money", "18～25万", 250_000, "warn.range_upper"),
    _row("money", "18-24万", 240_000, "warn.range_upper"),
    _row("money", "18万-25万", 250_000, "warn.range_upper"),
    _row("money", "20万至25万元", 250_000, "warn.range_upper"),
    _row("money", "180,000-250,000元", 250_000, "warn.range_upper"),
    _row("money", "十八万至二十万", 200_000, "warn.range_upper"),  # a range in numerals: the upper bound, as in figures
    _row("money", "十八到二十万", 200_000, "warn.range_upper"),
    _row("money", "贰拾万元至贰拾伍万元", 250_000, "warn.range_upper"),
    _row("money", "十八至二十", 200_000, "warn.range_upper", unit=WAN),
    _row("money", "三至五个工作日", None, ANY_WARN),  # days, not an amount
    _row("money", "CNY 180k-240k", 240_000, "warn.range_upper"),
    _row("money", "免费", 0),
    _row("money", "Free", 0),
    _row("money", "0元", 0),
    _row("money", "面议", None),
    _row("money", "待定", None),
    _row("money", "价格面议", None),
    _row("money", "TBD", None),
    _row("money", "", None),
    _row("money", "   ", None),
    _row("money", "-", None),
    _row("money", None, None),
    _row("money", 22.8, 228_000, unit=WAN),
    _row("money", "22.8", 228_000, unit=WAN),
    _row("money", "22.8万", 228_000, unit=WAN),  # unit written twice is not applied twice
    _row("money", "二十三万五千", 235_000, unit=WAN),  # a numeral with its own 万 under a header in 万: not 万 twice
    _row("money", "十九万八", 198_000, unit=WAN),
    _row("money", "贰拾叁万伍仟", 235_000, unit=WAN),
    _row("money", "叁拾", 300_000, unit=WAN),  # a numeral without 万: the header's unit
    _row("money", "二十一点六万", 216_000),  # a decimal point said in words (a voice message typed up)
    _row("money", "二十一点六", 216_000, unit=WAN),
    _row("money", "贰拾壹点陆万元", 216_000),
    _row("money", 228000, 228_000),
    _row("money", 29.8, 298_000, "warn.assumed_wan"),
    _row("money", "29.8", 298_000, "warn.assumed_wan"),
    _row("money", "¥500", 500),  # an explicit currency is not a bare number
    _row("money", "按次收费，5000元/次", None, "warn.per_incident_fee"),
    _row("money", "每次5000元", None, "warn.per_incident_fee"),
    _row("money", "per incident, CNY 5,000", None, "warn.per_incident_fee"),
    _row("money", "3万/年", 30_000),
    _row("money", "2.5万/年", 25_000),
    _row("money", "每年3万", 30_000),
    _row("money", "CNY 30,000 per year", 30_000),
    _row("money", "首年免费，次年起3万/年", 30_000),
    _row("money", "合同金额的15%/年", None, "warn.not_money"),
    _row("money", "1e15", None, ANY_WARN),
    _row("money", "-5万", None, "warn.negative"),
    _row("money", -50000, None, "warn.negative"),
    _row("money", "9999999万", None, "warn.absurd_money"),
    _row("money", True, None, ANY_WARN),
    _row("money", "见附件", None, ANY_WARN),
]

# ------------------------------------------------------------------------------------------------
# months (free maintenance, audit log retention)
# ------------------------------------------------------------------------------------------------
MONTHS = [
    _row("months", "1年", 12),
    _row("months", "一年", 12),
    _row("months", "壹年", 12),
    _row("months", "半年", 6),
    _row("months", "半年（6个月）", 6),
    _row("months", "3个月", 3),
    _row("months", "三个月", 3),
    _row("months", "12个月", 12),
    _row("months", "１２个月", 12),
    _row("months", "十二个月", 12),
    _row("months", "十八个月", 18),
    _row("months", "24个月", 24),
    _row("months", "180天", 6),
    _row("months", "90天", 3),
    _row("months", "不少于180天", 6),
    _row("months", "2 years", 24),
    _row("months", "1 year", 12),
    _row("months", "One year", 12),
    _row("months", "two years", 24),
    _row("months", "6 months", 6),
    _row("months", "12 months", 12),
    _row("months", "6 mos", 6),
    _row("months", "6M", 6),
    _row("months", "两年", 24),
    _row("months", "三年", 36),
    _row("months", "一年半", 18),
    _row("months", "1年半", 18),
    _row("months", "1.5年", 18),
    _row("months", "3个半月", 3.5),
    _row("months", "终身", 120),
    _row("months", "终身免费维护", 120),
    _row("months", "免费维护1年", 12),
    _row("months", "12个月（上线之日起）", 12),
    _row("months", "≥6个月", 6),
    _row("months", "6个月以上", 6),
    _row("months", 12, 12),
    _row("months", 1, 12, unit=12),
    _row("months", "1", 12, unit=12),
    _row("months", "6", 6),
    _row("months", "无", 0),
    _row("months", "待定", None),
    _row("months", "", None),
    _row("months", None, None),
    _row("months", -3, None, "warn.negative"),
    _row("months", "看情况", None, "warn.not_duration"),
]

# ------------------------------------------------------------------------------------------------
# response hours
# ------------------------------------------------------------------------------------------------
HOURS = [
    _row("hours", "2小时内", 2),
    _row("hours", "2小时", 2),
    _row("hours", "２小时", 2),
    _row("hours", "两小时", 2),
    _row("hours", "两个小时内响应", 2),
    _row("hours", "4小时", 4),
    _row("hours", "1小时", 1),
    _row("hours", "2h", 2),
    _row("hours", "2H", 2),
    _row("hours", "2 hrs", 2),
    _row("hours", "within 2 hours", 2),
    _row("hours", "≤2h", 2),
    _row("hours", "2小时响应，4小时到场", 2),
    _row("hours", "30分钟", 0.5),
    _row("hours", "30 min", 0.5),
    _row("hours", "within 30 minutes", 0.5),
    _row("hours", "半小时", 0.5),
    _row("hours", "0.5小时", 0.5),
    _row("hours", "24小时内", 24),
    _row("hours", "次日", 24),
    _row("hours", "次日上门", 24),
    _row("hours", "next business day", 24),
    _row("hours", "1个工作日", 24),
    _row("hours", "一个工作日内", 24),
    _row("hours", "2个工作日", 48),
    _row("hours", "2 business days", 48),
    _row("hours", "1天", 24),
    _row("hours", "ASAP", None, "warn.vague_response"),
    _row("hours", "尽快", None, "warn.vague_response"),
    _row("hours", "尽快处理", None, "warn.vague_response"),
    _row("hours", "第一时间响应", None, "warn.vague_response"),
    _row("hours", "as soon as possible", None, "warn.vague_response"),
    _row("hours", 2, 2),
    _row("hours", 30, 0.5, unit=MIN),
    _row("hours", "30", 0.5, unit=MIN),
    _row("hours", "面议", None),
    _row("hours", "", None),
    _row("hours", -2, None, "warn.negative"),
]

# ------------------------------------------------------------------------------------------------
# support 7x24
# ------------------------------------------------------------------------------------------------
SUPPORT = [
    _row("support", "7×24", True),
    _row("support", "7*24", True),
    _row("support", "7x24", True),
    _row("support", "7X24", True),
    _row("support", "７×２４", True),
    _row("support", "7 x 24", True),
    _row("support", "24/7", True),
    _row("support", "24/7 hotline", True),
    _row("support", "7×24小时", True),
    _row("support", "7*24小时（节假日不休）", True),
    _row("support", "全天候", True),
    _row("support", "全年无休", True),
    _row("support", "around the clock", True),
    _row("support", "5×8", False),
    _row("support", "5*8", False),
    _row("support", "5x8", False),
    _row("support", "5×12", False),
    _row("support", "7×12", False),  # every day, but not through the night
    _row("support", "工作日", False),
    _row("support", "工作日 9:00-18:00", False),
    _row("support", "周一至周五 9:00-18:00", False),
    _row("support", "周一到周五", False),
    _row("support", "business hours (5x8)", False),
    _row("support", "office hours", False),
    _row("support", "Mon-Fri 9-18", False),
    _row("support", "是", True),
    _row("support", "否", False),
    _row("support", True, True),
    _row("support", False, False),
    _row("support", "", None),
    _row("support", "待定", None),
]

# ------------------------------------------------------------------------------------------------
# plain yes / no (one column per feature, and the template's drop-downs)
# ------------------------------------------------------------------------------------------------
BOOL = [
    *[_row("bool", c, True) for c in ("是", "有", "支持", "✓", "√", "✔", "Y", "y", "yes", "Yes", "YES", "true",
                                      "TRUE", "1", "是的", "有（标配）", "Yes, included", "√ 支持", "已支持")],
    *[_row("bool", c, False) for c in ("否", "无", "不支持", "✗", "×", "✕", "N", "n", "no", "No", "false", "FALSE",
                                       "0", "没有", "无此功能", "暂无", "暂不支持", "选配", "No (planned)", "不含")],
    _row("bool", True, True),
    _row("bool", False, False),
    _row("bool", 1, True),
    _row("bool", 0, False),
    _row("bool", 1.0, True),
    _row("bool", 2, None, "warn.not_yes_no"),
    _row("bool", "部分支持", None, "warn.not_yes_no"),
    _row("bool", "待定", None),
    _row("bool", "N/A", None),
    _row("bool", "", None),
    _row("bool", None, None),
]

# ------------------------------------------------------------------------------------------------
# 等保三级
# ------------------------------------------------------------------------------------------------
CERT = [
    _row("cert", "等保三级(2023年取得)", True),
    _row("cert", "等保三级（2023年取得）", True),
    _row("cert", "三级", True),
    _row("cert", "等保三级", True),
    _row("cert", "三级等保", True),
    _row("cert", "等保3级", True),
    _row("cert", "已取得", True),
    _row("cert", "已通过等保三级测评（证书有效期至2026年）", True),
    _row("cert", "等保2.0三级", True),  # 2.0 is the standard's version, not the level
    _row("cert", "MLPS 2.0 Level 3", True),
    _row("cert", "Level 3 certified", True),
    _row("cert", "L3", True),
    _row("cert", "是", True),
    _row("cert", "Yes", True),
    _row("cert", True, True),
    _row("cert", "申请中", False),
    _row("cert", "二级", False),
    _row("cert", "等保二级", False),
    _row("cert", "level 2", False),
    _row("cert", "无", False),
    _row("cert", "暂无", False),
    _row("cert", "In progress", False),
    _row("cert", "三级（申请中）", False),
    _row("cert", "二级（三级测评中）", False),
    _row("cert", "计划2025年申请", False),
    _row("cert", "证书已过期", False),
    _row("cert", "不具备等保三级", False),
    _row("cert", "Not certified", False),
    _row("cert", "否", False),
    _row("cert", "", None),
    _row("cert", "待确认", None),
    _row("cert", "ISO27001", None, "warn.not_understood"),
]

# ------------------------------------------------------------------------------------------------
# 国密SM4
# ------------------------------------------------------------------------------------------------
ENCRYPTION = [
    _row("encryption", "SM4", True),
    _row("encryption", "国密SM4", True),
    _row("encryption", "国密算法SM4", True),
    _row("encryption", "国密 SM4 加密", True),
    _row("encryption", "手机号、身份证号SM4加密存储", True),
    _row("encryption", "国密SM2/SM3/SM4", True),
    _row("encryption", "支持国密", True),
    _row("encryption", "Yes (SM4)", True),
    _row("encryption", "是", True),
    _row("encryption", "Yes, provides field encryption", True),
    _row("encryption", "AES加密", False),
    _row("encryption", "AES", False),
    _row("encryption", "AES-256", False),
    _row("encryption", "No (AES-256)", False),
    _row("encryption", "不支持SM4", False),
    _row("encryption", "未采用国密算法", False),
    _row("encryption", "AES-256 (not 国密)", False),
    _row("encryption", "计划支持SM4", False),  # planned is not there
    _row("encryption", "SM4 (planned)", False),
    _row("encryption", "MD5", False),
    _row("encryption", "明文存储", False),
    _row("encryption", "无", False),
    _row("encryption", "否", False),
    _row("encryption", "加密存储", None, "warn.not_understood"),  # encrypted, but with what?
    _row("encryption", "", None),
]

# ------------------------------------------------------------------------------------------------
# HTTPS / access control
# ------------------------------------------------------------------------------------------------
TLS = [
    _row("tls", "HTTPS", True),
    _row("tls", "全站HTTPS", True),
    _row("tls", "SSL证书", True),
    _row("tls", "TLS 1.2", True),
    _row("tls", "HTTPS (TLS1.2+)", True),
    _row("tls", "是", True),
    _row("tls", "✓", True),
    _row("tls", "HTTP only", False),
    _row("tls", "仅HTTP", False),
    _row("tls", "不支持HTTPS", False),
    _row("tls", "不支持SSL", False),
    _row("tls", "暂不支持", False),
    _row("tls", "无", False),
    _row("tls", "", None),
]
ACCESS = [
    _row("access", "RBAC", True),
    _row("access", "RBAC角色权限", True),
    _row("access", "基于角色的权限管理", True),
    _row("access", "支持多级权限", True),
    _row("access", "role-based access control", True),
    _row("access", "有", True),
    _row("access", "✓", True),
    _row("access", "无", False),
    _row("access", "无权限控制", False),
    _row("access", "无角色区分", False),
    _row("access", "No role separation", False),
    _row("access", "不支持", False),
    _row("access", "", None),
]

# ------------------------------------------------------------------------------------------------
# licensed credit bureau
# ------------------------------------------------------------------------------------------------
BUREAU = [
    _row("bureau", "央行征信", True),
    _row("bureau", "央行征信、百行征信", True),
    _row("bureau", "百行征信", True),
    _row("bureau", "朴道征信", True),
    _row("bureau", "人行征信二代", True),
    _row("bureau", "对接持牌征信机构", True),
    _row("bureau", "PBoC Credit Reference Center", True),
    _row("bureau", "Baihang Credit", True),
    _row("bureau", "Pudao Credit", True),
    _row("bureau", "是", True),
    _row("bureau", "第三方数据源", False),
    _row("bureau", "第三方征信数据", False),
    _row("bureau", "第三方大数据风控", False),
    _row("bureau", "非持牌数据源", False),
    _row("bureau", "不对接央行征信", False),
    _row("bureau", "暂未接入百行征信", False),
    _row("bureau", "无", False),
    _row("bureau", "none", False),
    _row("bureau", "否", False),
    _row("bureau", "", None),
    _row("bureau", "待确认", None),
]

# ------------------------------------------------------------------------------------------------
# maintenance scope (bug fixes AND minor version upgrades)
# ------------------------------------------------------------------------------------------------
UPGRADES = [
    _row("upgrades", "bug修复+小版本升级", True),
    _row("upgrades", "BUG修复＋小版本升级", True),
    _row("upgrades", "bug修复及版本升级", True),
    _row("upgrades", "含小版本升级", True),
    _row("upgrades", "bug fixes and minor upgrades", True),
    _row("upgrades", "bug fixes + minor version upgrades", True),
    _row("upgrades", "免费升级", True),
    _row("upgrades", "小版本免费升级，大版本升级收费", True),
    _row("upgrades", "bug修复、小版本升级（大版本另收费）", True),
    _row("upgrades", "是", True),
    _row("upgrades", "仅修复系统崩溃", False),
    _row("upgrades", "bug修复", False),
    _row("upgrades", "BUG修复", False),
    _row("upgrades", "故障修复", False),
    _row("upgrades", "bug fixes only", False),
    _row("upgrades", "crash fixes only", False),
    _row("upgrades", "不含升级", False),
    _row("upgrades", "bug修复，升级另收费", False),
    _row("upgrades", "升级需另付费", False),
    _row("upgrades", "不含小版本升级", False),
    _row("upgrades", "否", False),
    _row("upgrades", "系统维护", None, "warn.not_understood"),
    _row("upgrades", "", None),
]

# ------------------------------------------------------------------------------------------------
# regulatory policy adaptation: ((free?, fee), warning)
# ------------------------------------------------------------------------------------------------
POLICY = [
    _row("policy", "免费", (True, 0)),
    _row("policy", "free", (True, 0)),
    _row("policy", "Free of charge", (True, 0)),
    _row("policy", "不收费", (True, 0)),
    _row("policy", "免费适配", (True, 0)),
    _row("policy", "监管政策变化免费适配", (True, 0)),
    _row("policy", "免费（1年内）", (True, 0)),
    _row("policy", "no extra fee", (True, 0)),
    _row("policy", "收费(8万)", (False, 80_000)),
    _row("policy", "收费（8万）", (False, 80_000)),
    _row("policy", "收费(5万)", (False, 50_000)),
    _row("policy", "收费", (False, None)),
    _row("policy", "charged", (False, None)),
    _row("policy", "charged separately", (False, None)),
    _row("policy", "charged (CNY 50,000)", (False, 50_000)),
    _row("policy", "收费，8万/次", (False, 80_000)),
    _row("policy", "收费约5万", (False, 50_000)),
    _row("policy", "收费(五万元)", (False, 50_000)),
    _row("policy", "免费（1年内），之后收费", (False, None)),
    _row("policy", "小调整免费，重大政策变化收费(5万)", (False, 50_000)),
    _row("policy", "不含", (False, None)),
    _row("policy", "5万", (False, 50_000)),
    _row("policy", "0元", (True, 0)),
    _row("policy", "是", (True, 0)),
    _row("policy", "否", (False, None)),
    _row("policy", True, (True, 0)),
    _row("policy", "", (None, None)),
    _row("policy", "待定", (None, None)),
]

# ------------------------------------------------------------------------------------------------
# lifetime consulting / written into contract
# ------------------------------------------------------------------------------------------------
LIFETIME = [
    _row("lifetime", "有", True),
    _row("lifetime", "终身", True),
    _row("lifetime", "终身免费技术咨询", True),
    _row("lifetime", "提供终身技术咨询", True),
    _row("lifetime", "永久技术支持", True),
    _row("lifetime", "Lifetime (remote)", True),
    _row("lifetime", "✓", True),
    _row("lifetime", "yes", True),
    _row("lifetime", "无", False),
    _row("lifetime", "否", False),
    _row("lifetime", "no", False),
    _row("lifetime", "不提供", False),
    _row("lifetime", "维保期内免费咨询，之后收费", False),
    _row("lifetime", "", None),
]
CONTRACT = [
    _row("contract", "是", True),
    _row("contract", "✓", True),
    _row("contract", "写入合同", True),
    _row("contract", "可以写入", True),
    _row("contract", "SLA写入合同", True),
    _row("contract", "written into contract", True),
    _row("contract", "yes", True),
    _row("contract", "口头承诺", False),
    _row("contract", "仅口头承诺", False),
    _row("contract", "不写入合同", False),
    _row("contract", "合同中不体现", False),
    _row("contract", "verbal only", False),
    _row("contract", "否", False),
    _row("contract", "no", False),
    _row("contract", "", None),
]

# ------------------------------------------------------------------------------------------------
# feature lists and business types
# ------------------------------------------------------------------------------------------------
UM, RM, RA = "user_management", "repayment_management", "risk_approval"
FEATURES = [
    _row("features", "用户管理、还款管理、风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理,还款管理,风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理，还款计划，风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理;还款管理;风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理；还款管理；风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理/还款管理/风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理|还款管理|风控审批", ((UM, RM, RA), ())),
    _row("features", "用户管理\n还款管理\n风控审批", ((UM, RM, RA), ())),
    _row("features", "1. 用户管理\n2. 还款管理\n3. 风控审批", ((UM, RM, RA), ())),
    _row("features", "1、用户管理 2、还款管理 3、风控审批", ((UM, RM, RA), ())),
    _row("features", "征信接口对接", (("personal_credit_report",), ())),
    _row("features", "智能风控", (("risk_model",), ())),
    _row("features", "AI风控", (("risk_model",), ())),
    _row("features", "反欺诈", (("anti_fraud",), ())),
    _row("features", "反欺诈模型", (("anti_fraud",), ())),
    _row("features", "API开放平台", (("open_api",), ())),
    _row("features", "订单管理", (("order_tracking",), ())),
    _row("features", "企业征信、银行流水分析、电子合同、数据大屏",
         (("enterprise_credit", "cashflow_analysis", "contract_management", "bi_dashboard"), ())),
    _row("features", "商品管理、分期计算器、订单跟踪",
         (("product_management", "installment_calculator", "order_tracking"), ())),
    _row("features", "区块链存证、元宇宙营销、跨境支付、智能客服机器人",
         (("blockchain_evidence", "metaverse_marketing", "overseas_payment", "ai_customer_service"), ())),
    _row("features", "营销插件、会员体系、社交分享、积分商城",
         (("marketing_plugins", "membership", "social_sharing", "points_mall"), ())),
    _row("features", "user management; repayment management; AI customer service bot",
         ((UM, RM, "ai_customer_service"), ())),
    _row("features", "user management, repayment management, risk approval, anti-fraud",
         ((UM, RM, RA, "anti_fraud"), ())),
    _row("features", "E-contract; cross-border payment", (("contract_management", "overseas_payment"), ())),
    _row("features", "还款管理、还款提醒", ((RM,), ())),
    _row("features", "用户管理、协商还款", ((UM, RM), ())),
    _row("features", "在线咨询、用户管理", ((UM,), ("在线咨询",))),
    _row("features", "用户管理、短信群发、贷后催收", ((UM,), ("短信群发", "贷后催收"))),
    _row("features", "短信群发", ((), ("短信群发",)), "warn.no_features_recognised"),
    _row("features", "", None),
    _row("features", None, None),
    _row("features", "面议", None),
]
BUSINESS = [
    _row("business_types", "个人信用贷", ["personal_credit"]),
    _row("business_types", "商户经营性贷、个人信用贷", ["merchant_loan", "personal_credit"]),
    _row("business_types", "消费分期", ["consumer_installment"]),
    _row("business_types", "consumer installment", ["consumer_installment"]),
    _row("business_types", "merchant loan", ["merchant_loan"]),
    _row("business_types", "small business loan", ["merchant_loan"]),
    _row("business_types", "company loans (merchant)", ["merchant_loan"]),
    _row("business_types", "通用", ["personal_credit", "merchant_loan", "consumer_installment"]),
    _row("business_types", "全部", ["personal_credit", "merchant_loan", "consumer_installment"]),
    _row("business_types", "", None),
]

TEXT = [
    _row("text", "  安信科技  ", "安信科技"),
    _row("text", "标准版（含部署）", "标准版(含部署)"),
    _row("text", 2024, "2024"),
    _row("text", None, None),
]

ROWS = (MONEY + MONTHS + HOURS + SUPPORT + BOOL + CERT + ENCRYPTION + TLS + ACCESS + BUREAU + UPGRADES
        + POLICY + LIFETIME + CONTRACT + FEATURES + BUSINESS + TEXT)


def _same(got, expected) -> bool:
    if expected is None or isinstance(expected, bool):
        return got is expected
    if isinstance(expected, (int, float)):
        return (not isinstance(got, bool) and isinstance(got, (int, float))
                and math.isclose(got, expected, rel_tol=1e-6, abs_tol=1e-9))
    if isinstance(expected, (tuple, list)):
        return (type(got) is type(expected) and len(got) == len(expected)
                and all(_same(g, e) for g, e in zip(got, expected)))
    return got == expected


def test_table_is_big_enough():
    assert len(ROWS) >= 130


@pytest.mark.parametrize("kind, cell, unit, expected, warn", ROWS)
def test_cell(kind, cell, unit, expected, warn):
    value, got_warn = parse_cell(kind, cell, unit)
    assert _same(value, expected), f"{kind} {cell!r}: got {value!r}, expected {expected!r}"
    if warn is ANY_WARN:
        assert got_warn is not None and got_warn.startswith("warn.")
    else:
        assert got_warn == warn
    # the cached entry point and the parser itself agree
    assert _same(PARSERS[kind](cell, unit)[0], expected)


# ------------------------------------------------------------------------------------------------
# properties
# ------------------------------------------------------------------------------------------------
_CELLS = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000)),
    st.text(alphabet=st.sampled_from(list("0123456789.,-~万元年月天小时分钟个半十百千亿一二两三零壹贰kKwW¥￥"
                                          "/（）() 、，;次免费收费等级保三级SM4否是无"))),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.none(),
    st.booleans(),
)
_UNITS = st.one_of(st.none(), st.sampled_from([1, 1000, WAN, 12, 1 / 30, 1 / 60]),
                   st.floats(allow_nan=True, allow_infinity=True))


def _check_shape(kind, result):
    assert isinstance(result, tuple) and len(result) == 2
    value, warn = result
    assert warn is None or (isinstance(warn, str) and warn.startswith("warn."))
    if kind == "policy":
        assert isinstance(value, tuple) and len(value) == 2
        free, fee = value
        assert free is None or isinstance(free, bool)
        assert fee is None or isinstance(fee, float)
    elif kind in ("money", "months", "hours") and value is not None:
        assert isinstance(value, float) and not isinstance(value, bool) and value >= 0


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(sorted(PARSERS)), cell=_CELLS, unit=_UNITS)
@example(kind="months", cell=12, unit=math.nan)  # a NaN multiplier must not give a NaN duration
@example(kind="hours", cell="2", unit=math.inf)
@example(kind="money", cell=10**400, unit=None)  # an int too large for a float
@example(kind="text", cell=10**400, unit=None)
@example(kind="features", cell=10**5000, unit=None)  # an int too long for str()
@example(kind="months", cell="1" * 400 + "个月", unit=None)
@example(kind="money", cell="亿" * 50, unit=None)
def test_no_parser_raises(kind, cell, unit):
    _check_shape(kind, PARSERS[kind](cell, unit))
    _check_shape(kind, parse_cell(kind, cell, unit))


@settings(max_examples=300, deadline=None)
@given(cell=_CELLS)
def test_every_kind_total_on_any_cell(cell):
    for kind, fn in PARSERS.items():
        _check_shape(kind, fn(cell))
        _check_shape(kind, parse_cell(kind, cell))


def _money(text) -> float | None:
    value, _ = parse_cell("money", text)
    return value


@settings(max_examples=300, deadline=None)
@given(n=st.one_of(st.integers(1, 10**8), st.integers(100, 10**10).map(lambda c: c / 100)))
def test_formatted_money_round_trips(n):
    text = f"{n:,.2f}" if isinstance(n, float) else f"{n:,}"
    for cell in (f"{text}元", f"¥{text}", f"￥{text}", f"CNY {text}", f"RMB {text}"):
        got = _money(cell)
        assert got is not None and math.isclose(got, n, rel_tol=1e-6), (cell, got)


@settings(max_examples=300, deadline=None)
@given(k=st.integers(1, 10**6))
def test_wan_round_trips(k):
    w = k / 100  # up to two decimals of 万
    for cell in (f"{w}万", f"{w}万元", f"{w}w"):
        got = _money(cell)
        assert got is not None and math.isclose(got, k * 100, rel_tol=1e-6), (cell, got)


@settings(max_examples=300, deadline=None)
@given(k=st.integers(0, 600))
def test_months_round_trip(k):
    assert _same(parse_cell("months", f"{k}个月")[0], k)
    assert _same(parse_cell("months", f"{k} months")[0], k)
    if k <= 50:
        assert _same(parse_cell("months", f"{k}年")[0], 12 * k)


@settings(max_examples=300, deadline=None)
@given(h=st.one_of(st.integers(1, 240), st.integers(1, 2400).map(lambda t: t / 10)))
def test_hours_round_trip(h):
    assert _same(parse_cell("hours", f"{h}小时")[0], h)
    assert _same(parse_cell("hours", f"{h}h")[0], h)


def test_unknown_never_false_or_zero():
    for kind in sorted(set(PARSERS) - {"text"}):
        for cell in (None, "", "面议", "待定", "TBD"):
            value, _ = parse_cell(kind, cell)
            assert value is None or value == (None, None), (kind, cell, value)


def test_parsers_are_cached_and_consistent():
    parse._parse_cached.cache_clear()
    first = parse_cell("money", "22.8万")
    assert parse_cell("money", "22.8万") == first
    assert parse._parse_cached.cache_info().hits >= 1


@pytest.mark.parametrize("kind", ["money", "months", "hours"])
@pytest.mark.parametrize("cell", [dt.datetime(2024, 12, 31), dt.datetime(2024, 10, 30, 9, 30), dt.date(2026, 3, 1),
                                  "2024-12-31", "2024/5/1 9:30", "2024年5月1日", " 2026.12.31 "])
def test_a_date_is_never_an_amount_or_a_duration(kind, cell):
    """A date-formatted cell read as a number would be a price of 0 or 24,288 months; it is unknown, warned.
    (A time of day, dt.time, is refused with its own warning: tests/test_layout_loss.py.)"""
    assert parse_cell(kind, cell) == (None, "warn.date_not_number")
