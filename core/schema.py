"""The domain as data: canonical fields, feature vocabulary, business types, criteria, flag codes.

Everything here comes from shared/domain.md; every other module reads these tables instead of
repeating a fact. Labels shown to users live in i18n.py.
"""
from __future__ import annotations

from dataclasses import dataclass

WAN = 10_000  # 1 万 = 10,000 元

GROUPS = ("compliance", "features", "after_sales", "price")


# ---------------------------------------------------------------------------------------------
# Quote fields
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    id: str
    kind: str  # parser kind, see parse.PARSERS
    synonyms: tuple[str, ...]  # zh and en header / row labels, matched after normalisation


FIELDS: dict[str, FieldSpec] = {f.id: f for f in (
    FieldSpec("vendor", "text", (
        "供应商", "供应商名称", "服务商", "服务商名称", "简称", "供应商简称", "服务商简称", "公司简称", "厂商简称", "报价单位", "报价公司", "报价方", "报价人", "报价人名称", "报价厂商", "投标单位", "投标人", "应答单位", "应答人", "响应单位", "参选单位",
        "比选单位", "供应商全称", "公司全称", "厂商", "厂家", "公司名称", "公司", "开发商", "品牌", "哪家", "哪家公司", "哪个公司", "投标人名称", "投标单位名称",
        "投标人全称", "响应人名称", "应答人名称", "磋商供应商", "中标候选人名称", "中标候选人", "候选人名称", "候选供应商", "乙方名称", "乙方单位", "乙方全称", "供方名称", "卖方名称", "销售方名称", "销售方", "销方名称", "销货单位", "销货方名称",
        "vendor", "vendorname", "supplier", "provider", "company", "bidder", "biddername", "bidders", "participant", "participantname", "respondent", "respondentname", "tenderer",
        "贵司全称", "贵司名称", "贵公司全称", "贵公司名称", "贵单位名称", "单位名称", "企业名称", "companyname",
        "yourcompanyname", "yourcompany")),
    FieldSpec("package", "text", (
        "套餐", "套餐名称", "版本", "产品版本", "方案", "产品名称", "产品", "package", "edition", "plan", "tier",
        "product")),
    FieldSpec("business_types", "business_types", (
        "适用业务", "业务类型", "适用场景", "业务场景", "适用类型", "businesstype", "businesstypes", "business",
        "usecase", "scenario")),
    FieldSpec("price_cny", "money", (
        "一口价", "打包价", "报价及调整记录", "报价调整记录", "报价及变更记录", "报价变更记录", "报价及调价记录", "调价记录",
        "开标一览表", "开标一览表投标总价", "投标总价表",
        "quotationamount", "quoteamount", "quotedamount", "bidamount", "quotation", "quotationprice", "quotationtotal", "bidprice",
        "tenderprice", "offeredprice", "报价", "价格", "总价", "售价", "费用", "源码价格", "采购价", "报价金额", "合同金额", "一次性费用", "总报价",
        "价钱", "价", "报的价", "多少钱", "报价总额", "含税价", "含税报价", "含税总价", "不含税价", "不含税报价", "未税价", "报价含税", "价格含税", "软件报价", "系统报价",
        "price", "quote", "cost", "totalprice", "quotedprice", "amount", "fee", "priceinclvat", "priceexclvat",
        "commercials", "commercialoffer", "commercialproposal", "oneoffprice", "totaloneoffprice", "onetimeprice", "商务报价", "磋商报价", "投标报价", "谈判报价", "响应报价")),
    FieldSpec("annual_fee_after_warranty_cny", "money", (
        "维保后费用", "维保后年费", "保后费用", "维保期后费用", "质保期后费用",
        "feeafterfreeperiod", "免费维护期后年费", "免费维护期后", "免费期后年费", "免费期满后年费", "免费维护期满后年费", "feeafterfreemaintenance", "afterfreeperiod", "afterthefreeperiod", "afterthefreeyear", "afterfreeyear", "维保期后年费", "维保期外费用", "维保期外", "维护期外费用", "质保期外费用", "期外费用", "过保费用", "维保期后费用",
        "维护期后费用", "续保费用", "后续维护费", "年维护费用", "维保期后收费", "年费", "维护年费", "维保年费", "续费", "运维费", "年维护费", "维保费", "过保年费",
        "维保期后", "维护期后", "质保期后", "过保后", "维保期满后", "维护期满后", "质保期满后", "期满续保", "续保", "续保费", "维保到期后", "期满后年费", "期满后收费", "维保期满年费", "维护期满年费", "期满年费", "期满维护费", "期满后维护费", "期满年服务费", "期满后年服务费", "期满服务费", "期满后服务费", "年服务费", "维保服务费", "维护服务费", "运维服务费", "维保年服务费", "年度服务费", "feeafterfreemaintenance", "afterfreemaintenance", "afterwarrantyexpiry", "afterwarranty", "postwarranty", "afterwarrantyfee", "afterthewarranty", "annualfee", "annualfeeafterwarranty", "maintenancefee", "yearlyfee", "renewal", "annualmaintenance",
        "amc", "amcfee", "annualmaintenancecontract", "feeafterthefreemaintenanceperiod", "feeafterthefreeperiod", "annualmaintenancefeeafter", "maintenancefeeafterthe")),
    FieldSpec("policy_adaptation_fee_cny", "money", (
        "政策适配费", "政策适配费用", "合规适配费", "监管适配费", "policyadaptationfee", "policyfee",
        "regulatoryupdatefee")),
    FieldSpec("mlps_level3", "cert", (
        "等保三级", "等保", "等级保护", "等保认证", "网络安全等级保护", "等保三级认证", "安全认证", "mlps",
        "mlpslevel3", "mlps3", "cybersecuritylevel", "securitycertification", "djcp", "备案证明编号", "等保备案证明编号",
        "等保备案编号", "等保证明", "等保备案证明", "mlpsfilingcertificate", "mlpsfilingcertificatenumber", "mlpscertificate",
        "mlpscertificatenumber", "mlpsfilingnumber", "mlpsfilingno", "filingcertificatenumber",
        "mlpscertification", "mlpsstatus", "mlpscompliance", "mlpslevel", "mlpsfiling", "mlpsgrade", "mlps20")),
    FieldSpec("sm4_encryption", "encryption", (
        "国密sm4", "sm4", "国密", "数据加密", "加密", "密码应用", "密码技术应用", "数据保密性", "数据机密性", "字段加密", "敏感数据加密", "加密方式", "加密算法", "个资加密", "个人资料加密", "资料加密", "敏感资料加密", "个人信息加密", "敏感信息加密", "信息加密", "fieldlevelencryption", "personaldataencryption", "encryptionofpersonaldata",
        "sm4encryption", "encryption", "dataencryption", "fieldencryption", "encryptedatrest", "encryptionatrest",
        "personaldatafieldsencrypted")),
    FieldSpec("tls", "tls", ("传输", "传输安全", "数据传输", 
        "https", "ssl", "tls", "传输安全", "通信加密", "通讯加密", "tlsintransit", "intransit", "encryptionintransit", "tlsforalltraffic", "httpsforalltraffic", "tlsonalltraffic", "httpsonalltraffic", "tlsencryption", "httpsencryption",
        "sslencryption", "tlseverywhere", "httpseverywhere", "https传输", "传输加密", "ssl证书", "httpstls", "ssltls", "transportencryption", "transport", "transportsecurity",
        "encryptionintransit")),
    FieldSpec("access_control", "access", (
        "authoritymanagement", "authoritycontrol", "permissionmanagement", "访问控制", "权限管理", "权限控制", "角色权限", "权限", "权限分级", "分级权限", "分级授权", "accesscontrol", "rolebasedaccesscontrol", "rbac",
        "permissions", "rolebasedaccess")),
    FieldSpec("audit_log_months", "months", (
        "logmonths", "logsmonths", "logretentionmonths",
        "logkeepingperiod", "logkeeping", "logperiod", "日志审计", "日志保存", "日志存多久", "日志保存多久", "日志留多久", "日志存", "日志保存期", "日志审计保存期", "审计日志", "日志留存", "日志", "操作日志", "操作日志留存", "auditlog",
        "auditlogretention", "logretention", "auditlogmonths", "logs", "audittrail", "audittrails", "audittrailretention",
        "audittrailperiod", "logretentionperiod", "operationlogs", "operationlogretention")),
    FieldSpec("licensed_credit_bureau", "bureau", (
        "征信接口", "征信系统接入", "征信系统对接", "持牌征信接口", "持牌征信", "征信对接", "征信数据接入", "征信接入", "征信机构接入", "征信机构", "征信渠道", "征信", "creditbureau",
        "licensedcreditbureau", "creditbureauinterface", "creditreference", "bureau", "bureaus", "bureaulink")),
    FieldSpec("free_maintenance_months", "months", ("免费期", "免费期限", 
        "freemaint", "freemaintmonths", "freemaintenancemonths",
        "freesupport", "freesupportperiod", "freesupportmonths", "freeserviceperiod", "supportperiod", "supportterm",
        "freeupdatesperiod", "defectsliabilityperiod",
        "免费维护期", "免费维保", "免费维护", "维护", "维保", "保固期", "保固期限", "免费保固", "maintenance", "freemaintenanceperiod", "维保期", "免费维保期", "质保期", "维护期", "免费运维", "保修期",
        "freemaintenance", "freemaintenancemonths", "warranty", "maintenanceperiod", "warrantyperiod")),
    FieldSpec("maintenance_includes_upgrades", "upgrades", ("upgradesinmaintenance", "upgradesincluded", "upgradesinwarranty", 
        "whatmaintenancecovers", "maintenancecovers", "whatthemaintenancecovers",
        "upgradesincl", "upgradesincluded", "inclupgrades",
        "versionupgrades", "versionupdates", "softwareupgrades", "softwareupdates", "updates", "upgradesandupdates",
        "upgradesduringwarranty", "upgradesduringmaintenance", "upgradesduringsupport", "upgradepolicy",
        "维护范围", "维保范围", "维护内容", "维保内容", "维护包含", "维护包括", "维保包含", "维保包括", "维护含版本升级", "维护含升级", "维护含小版本升级", "维护含缺陷修复及小版本升级", "维保含小版本升级", "含小版本升级", "维保含升级", "维保包含升级", "维护包含升级", "维保含版本升级", "含升级",
        "含版本升级", "版本升级", "升级",
        "保固范围", "保修范围", "质保范围", "保固内容", "保修内容", "质保内容",
        "maintenancescope", "maintenanceincludesupgrades", "maintenancecoverage", "upgrades", "warrantyscope",
        "warrantycoverage", "scopeofwarranty", "scopeofmaintenance")),
    FieldSpec("policy_adaptation_free", "policy", (
        "regchangesfree", "regulatorychangesfree", "regchanges",
        "lawchangesupport", "lawchange", "regulationchangesupport", "政策", "政策适配", "监管政策适配", "法规变化调整", "法规调整", "法规变化", "法规适配", "政策适配免费", "监管适配", "政策更新", "合规升级", "政策调整", "政策变更", "政策变化", "监管变化", "监管变更", "法规变更", "政策改动",
        "政策改动免费", "政策调整免费", "因监管政策变化", "监管政策变化所需", "监管政策变化导致", "监管政策变化需要",
        "政策变化所需的系统调整", "政策变化导致的系统调整",
        "policyadaptation", "regulatorypolicyupdates", "regulatoryupdates", "policyupdates",
        "freepolicyadaptation", "regulatory", "regulatorychanges", "regulatorychange", "regulatorychangeadaptation", "policychangeadaptation",
        "policychange", "policychanges", "newregulations", "requiredbyregulation", "requiredbynewregulations")),
    FieldSpec("support_7x24", "support", ("值守", "值班", "售后值守", 
        "24x7", "7x24",
        "supporttime", "servicetime", "技术支持", "支持", "技术支援", "支援", "客服支援", "支援时间", "支持方式及时间", "支持时间", "服务时间", "支持时段", "服务时段", "技术支持时段", "值守时段", "7×24支持", "7x24支持", "7x24", "售后支持", "客服时间", "支持方式",
        "support", "supporthours", "supportwindow", "helpdesk", "helpdeskhours", "hotline", "hotlinehours", "servicedesk",
        "servicedeskhours", "supportcoverage", "coveragehours", "247support", "24/7support", "24/7technicalsupport",
        "247technicalsupport", "technicalsupport", "servicehours")),
    FieldSpec("response_hours", "hours", (
        "响应时间", "响应时限", "响应要求", "响应时长", "响应速度", "故障响应时间", "故障响应", "响应时效", "响应", "到场时长",
        "小时到人", "小时到场", "小时响应",
        "到场时间", "responsetime", "response", "responsehours", "responsewithin", "respondwithin",
        "响应2小时", "响应不超过2小时", "2小时内响应", "2小时响应", "响应4小时", "4小时内响应", "response2h", "responsewithin2h",
        "sla", "响应恢复", "responsesla", "slaresponse", "slaresponsetime", "responsetimesla", "responsecommitment",
        "incidentresponse", "faultresponse", "responsetarget", "响应解决", "响应修复", "响应处理", "响应到场")),
    FieldSpec("lifetime_consulting", "lifetime", (
        "lifetimetechconsulting", "lifetimetechnicalconsulting", "techconsulting", "终身技术咨询", "终身咨询", "lifetimetechnicalconsulting", "technicalconsulting", "技术咨询", "终身服务", "lifetimeconsulting", "lifetimesupport",
        "lifetimetechnicalconsultation", "lifetimeconsultation", "technicalconsultation", "consultation",
        "consulting", "咨询")),
    FieldSpec("commitments_in_contract", "contract", (
        "contractreflection", "reflectedincontract", "承诺写入合同", "法务意见", "法务审查意见", "合同审查意见", "法务部意见", "合同", "合同条款", "写入合同", "writtenintothecontract", "commitmentswritten", "inthecontract", "合同约定", "合同承诺", "是否写入合同", "incontract", "writtenintocontract",
        "contractual", "contractcommitments", "commitmentsincontract", "termsincontract", "servicetermsincontract",
        "allservicetermsincontract", "allcommitmentsincontract", "contract")),
    FieldSpec("source_code_delivery", "source", (
        "源码及知识产权", "源码与知识产权", "知识产权", "源代码及知识产权",
        "授权方式", "授权模式", "licensingmodel", "licencemodel", "licensemodel",
        "源码交付", "源码交付方式", "源代码交付", "源码", "源代码", "交付方式", "交付内容", "源码授权", "源码形式", "代码交付",
        "许可及交付条款", "许可与交付条款", "许可及交付", "交付条款", "许可条款",
        "是否交付源码", "是否提供源码", "二次开发", "sourcecode", "sourcecodedelivery", "sourcedelivery", "codedelivery",
        "sourcecodedelivered", "completesourcecode",
        "source", "delivery")),
    FieldSpec("features", "features", (
        "功能包含", "功能配置", "报价含模组", "报价含模块", "报价包含模组", "报价包含模块", "含模组", "含模块", "功能配置清单", "系统功能配置", "配置功能", "包含功能模块", "合同标的及交付内容", "合同标的", "采购标的", "标的及交付内容", "标的物", "未含在报价内的选配", "不含在报价内的选配", "报价外选配", "报价外的选配", "赠送功能", "赠送模块", "免费赠送模块", "附赠功能", "附赠模块", "valueadded", "valueaddedmodules", "complimentary", "complimentarymodules", "bonusmodules", "报价内模块", "报价模块明细", "报价模块", "模块明细", "核心业务模块", "报价包含内容", "报价所含内容", "报价内含模块", "报价所含模块", "报价内功能", "有啥功能", "有哪些功能", "功能有哪些", "啥功能", "功能模块响应情况", "其他功能", "其它功能", "其他模块", "其它模块", "附加功能", "基础功能", "标准功能", "功能说明", "othermodulesintheprice", "modulesintheprice", "modulesinthenetprice", "modulesinthequote", "modulesinthequotedprice", "othermodules", "othermodulesincluded", "otherincludedmodules", "功能演示", "演示功能", "演示内容", "现场演示", "演示模块", "演示情况", "包含模块", "模块清单", "功能清单", "核心功能", "功能模块", "业务功能", "业务功能模块", "必备功能", "必备模块", "必选功能", "通用模块", "公共模块", "通用功能", "赠送", "免费赠送", "无偿提供", "核心业务功能", "功能模组", "模组", "功能", "模块", "功能范围", "核心模块", "系统模块", "扩展模块", "功能模块清单", "选配", "options", "optionalitems", "交付范围", "系统功能范围", "scopeofdelivery", "deliverables",
        "选配报价", "选配价格", "选配模块报价", "选配费用", "可选模块报价", "选配模块价格", "所投版本包含的功能模块",
        "功能超全", "功能齐全", "功能很全", "功能全", "免费送", "加送", "赠品", "送", "增值模块", "增值功能", "附加模块",
        "投标响应模块", "响应模块", "投标模块", "投标功能模块", "响应功能模块", "投标响应功能", "功能响应", "功能响应情况", "报价所含功能", "所含功能", "报价包含功能", "报价包含模块", "另计不含项目", "另计项目", "不含项目", "另计模块", "另计/赠送", "另计或赠送", "另计/赠送项目", "选配/赠送项目", "包含的功能模块", "包含功能", "功能列表", "主要功能", "features",
        "modules", "featurelist", "functions", "included modules", "modulesincluded", "modulesincludedintheprice",
        "modulesincludedinthequotedprice", "modulesinscope", "optionalitems", "optionalextras", "modulesinthequotedprice", "modulesinquotedprice", "modulesinthequote", "modulesinquote", "modulesquoted", "functionalscope", "optionalmodulepricing", "optionalmoduleprices",
        "addonprices", "addonpricing", "optionpricing", "选配清单及价格", "选配清单", "选配及价格", "选配明细", "选配项目及价格", "optionalextracostitems", "extracostitems", "optionalitemsextracost",
        "optionalandextracostitems")),
)}

# Fields whose value is scored (unknown -> worst case + `unconfirmed`).
SCORED_FIELDS = (
    "price_cny", "mlps_level3", "sm4_encryption", "tls", "access_control", "audit_log_months",
    "licensed_credit_bureau", "free_maintenance_months", "maintenance_includes_upgrades",
    "policy_adaptation_free", "support_7x24", "response_hours", "lifetime_consulting",
    "commitments_in_contract", "features", "source_code_delivery",
)
VALUE_FIELDS = tuple(f for f in FIELDS if f not in ("vendor", "package"))
# Fields whose value is yes / no / unknown.
YES_NO_FIELDS = tuple(f.id for f in FIELDS.values() if f.kind in (
    "bool", "cert", "encryption", "tls", "access", "bureau", "upgrades", "policy", "support", "lifetime", "contract"))
# Source-code delivery, best to worst (domain.md section 8), and what each earns.
SOURCE_DELIVERY_UTILITY = {"full": 1.0, "partial": 0.4, "licence_only": 0.0}

# Statuses of a value (docs/analyst-reading.md section 1).
STATUSES = ("stated", "claimed", "conditional", "unknown")
# A claimed "yes" earns this share of a stated one: a boast is worth a question, not the points.
CLAIM_CREDIT = 0.3
# Default VAT rate for normalising tax-exclusive prices: the rate for selling software products (软件产品销售);
# a technical-service contract is 6 %. The larger is the default so a 不含税 quote never looks cheaper than it is.
DEFAULT_VAT_RATE = 0.13
# The rates a tax-exclusive price may state for itself ('不含税，税率6%'): that rate is added instead of the default.
VAT_RATES = (0.01, 0.03, 0.05, 0.06, 0.09, 0.13)

# Price cells: a label may name the whole price, a stated total, the price offered after a discount, a list price
# (kept, not scored) or one line item to be summed (docs/analyst-reading.md section 3).
PRICE_ROLES: dict[str, tuple[str, ...]] = {
    "total": ("合同总价", "合同总金额", "合同金额", "合同价", "合同价格", "签约价", "contractprice", "contractvalue",
              "合计", "总计", "合计金额", "合计元", "合计(元)", "合计（元）", "总计金额", "报价合计", "总价合计", "价格合计",
              "费用合计", "合计报价", "含税合计", "合计含税", "总金额", "共计", "total", "grandtotal", "totalcny",
              "totalamount", "totalinclvat", "sum"),
    "discount": ("优惠价", "优惠价格", "优惠后价格", "优惠后报价", "折后价", "折扣价", "成交价", "特价", "活动价", "最终报价", "finaloffer", "bafo", "bestandfinaloffer", "bestandfinalprice", "priceafternegotiation",
                 "negotiatedoffer", "priceafterdiscount",
                 "算术修正后报价", "修正后报价", "修正后总价", "修正报价", "算术修正后价格",
                 "最终价格", "让利价", "实付价", "discountprice", "discountedprice", "offerprice", "finalprice",
                 "specialprice", "netprice"),
    "tax": ("税", "含税", "税率", "含税否", "是否含税", "报价是否含税", "价格是否含税", "含税标志", "含税与否", "含不含税", "含税不含税", "含税还是不含税", "计税方式", "计税", "含税情况", "税费", "发票", "发票类型及税率", "发票类型及税点", "发票类型", "开票类型", "开票及税率", "含票", "含票否", "带票", "pricebasis", "计价基础", "计价方式", "税务", "税别", "taxbasis", "vatbasis", "taxtreatment", "vattreatment", "taxtype", "tax", "vat", "taxes", "taxstatus", "vatincluded", "taxincluded", "taxinclusive", "includestax", "vatrate", "taxrate", "vatpercent"),
    # hardware a vendor adds (servers): never part of the software's comparable price; a 合计 that holds it is
    # taken without it (docs/analyst-reading.md section 3)
    "hardware": ("硬件部分", "硬件", "硬件费用", "硬件费", "硬件报价", "服务器", "服务器费用", "服务器费", "硬件设备",
                 "hardware", "servers", "hardwarecost", "hardwareprice", "hardwarepart", "servercost", "servercosts"),
    # the amount in yuan a buyer converted a foreign quote to ('折合人民币（我方折算）' beside '原币报价'): the price compared
    "cny": ("折合人民币", "折算人民币", "折合人民币金额", "人民币折算价", "折合人民币我方折算", "折算后人民币", "人民币等值",
            "cnyequivalent", "rmbequivalent", "priceincny", "convertedcny", "convertedprice"),
    # a line taking an amount off the items ('商务优惠 | 优惠 | -16000.00' in an approval's 明细): subtracted from their sum
    "rebate": ("商务优惠金额", "优惠金额", "让利金额", "减免金额", "rebateamount"),
    "list": ("原价", "标准价", "市场价", "官方价", "刊例价", "指导价", "标价", "listprice", "originalprice", "rrp", "msrp"),
    # payment milestones (首付款 / 上线款 / 验收款 / 质保金) are parts of the contract price: summed like items, checked
    # against the 合同总价 when one is given, never a fee of their own
    "item": ("首付款", "预付款", "首期款", "上线款", "验收款", "尾款", "质保金", "进度款", "到货款", "二期款", "三期款",
             "downpayment", "advancepayment", "milestonepayment", "acceptancepayment", "finalpayment", "retention",
             "分项报价", "软件部分", "软件费用", "软件部分价格", "software", "softwarecost", "softwareprice", "softwarepart", "源码买断价", "源码买断费", "源码买断", "买断价", "买断费", "实施培训费", "源码授权费", "授权费", "软件授权费", "许可费", "许可证费", "源码费", "软件费", "系统费", "实施费", "部署实施费", "部署费",
             "安装费", "实施部署费", "培训费", "服务费", "实施服务费", "技术服务费", "部署服务费", "servicefee", "servicesfee", "定制开发费", "开发费", "模块费", "功能模块费", "接口费", "对接费", "数据迁移费",
             "licensefee", "licencefee", "sourcecodelicense", "sourcecodefee", "implementationfee", "deploymentfee",
             "installationfee", "trainingfee", "customizationfee", "modulefee", "integrationfee", "setupfee"),
}
# Labels that look like a price but are not one: the quoting company, validity, payment terms (kept, never scored).
NOT_FIELD_LABELS = ("口头", "口头说的", "电话里说的", "口头承诺", "口头表述", "电话沟通内容", "报价方式", "报价类型", "报价排名", "价格排名", "报价名次", "是否中标候选", "中标候选", "报价人编码", "投标人编码",
                    "偏离情况", "偏离项数", "应答项数", "评审状态", "审核状态", "比选状态", "供应商分组", "供应商类别", "供应商类型", "供应商分类", "供应商属地", "供应商编码", "供应商编号", "供应商代码", "供应商id", "厂商编码", "报价单号", "询价单号", "询价编号",
                    "答卷序号", "提交时间", "题号", "报价版本", "报价版次", "版本号", "quoteversion", "quotationversion", "versionno",
                    "vendortier", "suppliertier", "vendorcategory", "vendorclass", "供应商等级", "供应商分级", "币种", "对接人", "联系方式", "微信", "suppliercode", "supplierid",
                    "vendorcode", "vendorid", "rfqno", "quoteno", "quotationno", "quotenumber", "quotationnumber", "quoteref", "currency", "报价有效期", "有效期", "报价日期", "报价时间", "付款方式", "付款条件", "支付方式", "交付周期", "交付时间",
                    "实施周期", "工期", "联系人", "联系电话", "电话", "邮箱", "地址", "报价人", "报价编号", "单号", "序号", "数量",
                    "单价", "单位", "validity", "validuntil", "quotedate", "date", "paymentterms", "payment", "contact",
                    "phone", "email", "address", "leadtime", "quantity", "qty", "unitprice", "no",
                    "报价轮次", "轮次", "报价轮", "报价版本号", "round", "quoteround", "revision", "status", "状态",
                    "报价状态", "投标状态", "应答状态", "响应状态", "参与状态", "quotestatus", "bidstatus", "审批状态", "流程状态", "单据状态",
                    "登记状态", "记录状态", "表单状态", "数据状态", "approvalstatus", "附件", "attachments",
                    # a CRM's system fields, as its API names read ('life_status', 'stage__c', 'owner__r.name')
                    # an auditor's own columns beside the vendors' words ('核查方法 | 核查结论 | 底稿索引')
                    "核查方法", "核查结论", "核查意见", "核查情况", "底稿索引", "索引号", "页码份数", "审计意见", "审计发现",
                    "报价单编号", "报价单号", "报价编号（供应商）",
                    # a dashboard's counts ('邀请供应商 | 有效报价 | 平均报价' over '6 家 | 5 家 | 17.3 万'): no vendor, no price
                    "邀请供应商", "邀请供应商数", "供应商数", "供应商数量", "供应商家数", "有效报价", "有效报价数", "报价家数",
                    "参与供应商数", "采购周期", "完成率", "进度", "节约率",
                    # a committee's votes: whom a member voted for is no vendor column ('投票（拟选供应商）')
                    "投票拟选供应商", "拟选供应商", "投票", "表决", "表决意见", "投票意见", "推荐供应商", "委员",
                    "lifestatus", "recordstatus", "stagestatus", "stage", "报价阶段", "internalnote", "internalnotes", "ownername", "owner", "createdby", "createtime",
                    "lastmodifiedtime", "lastmodifiedby", "id", "recordid", "recordtype",
                    # an evaluation's own figures: the price after a deduction is for scoring only, and scores and
                    # ranks are the panel's (政府采购 价格扣除, 评审价格, 价格得分…)
                    "价格扣除比例", "价格扣除", "扣除比例", "评审价格", "评审价", "评标价格", "评标价", "评审基准价", "基准价",
                    "价格得分", "商务得分", "技术得分", "综合得分", "总得分", "排名", "名次", "企业规模", "响应文件页码",
                    "页码", "evaluatedprice", "pricescore", "totalscore", "ranking")
# Labels of cells that state several facts, or notes: read for every field they state, never a vendor.
# A column naming the currency of the row's amounts ('貨幣 Currency: MOP'); read with the rate the file states (core/fx.py).
CURRENCY_LABELS = ("货币", "币种", "币别", "报价币种", "报价货币", "结算币种", "currency", "quotecurrency", "quotedcurrency", "ccy")
NOTES_LABELS = ("报价单识别文字", "识别文字", "提取文字", "截图文字", "报价单原文", "报价原文", "报价单内容", "报价单文字", "报价函原文", "ocr文字", "ocrtext", "主要响应条款", "响应条款", "主要响应内容", "条款要点", "主要条款", "条款摘要", "关键条款", "优势", "劣势", "优点", "缺点", "亮点", "不足", "待澄清事项", "待澄清", "待确认事项", "风险点", "主要风险",
                "strengths", "weaknesses", "pros", "cons", "opentoclarify", "toclarify", "白板原文", "白板内容", "板书", "板书原文", "记录原文", "原文记录", "会议记录原文", "vendorreply", "supplierreply", "vendorreplies", "vendorcomment", "vendorcomments", "数据安全", "信息安全", "安全性", "安全能力", "安全", "商品详情", "商品详情摘录", "详情摘录", "商品描述", "商品介绍",
                "产品描述", "产品介绍", "listingtext", "listingdescription", "productdescription",
                "安全措施", "安全合规", "合规安全", "安全与合规", "合规与安全", "安全说明", "安全情况", "资质情况", "资质", "技术说明",
                "security", "securityandcompliance", "compliance", "security measures", "dataprotection", "datasecurity",
                "commercialterms", "商务条款", "supportsla", "servicelevel", "servicelevels", "servicelevelagreement",
                "qualifications", "companyqualifications", "vendorqualifications", "certifications", "certificates",
                "售后服务", "售后", "服务承诺", "服务内容", "服务条款", "售后条款", "售后说明", "服务说明", "服务", "备注", "说明", "聊天记录", "微信聊天记录", "沟通记录", "对话记录", "微信记录", "支持与响应", "服务与响应", "响应与支持", "chatlog", "chathistory", "wechat", "wechatchat",
                "维保条款", "维护条款", "维保说明", "维护说明", "维护保固", "保固条款", "保固", "售后维护", "维保服务",
                # a WeChat 接龙 export's reply column ('接龙内容'), each reply a vendor's whole quote
                "接龙内容", "接龙回复", "回复内容", "回复原文", "留言内容",
                "补充说明", "其他说明", "其它说明", "附注", "注", "报价说明", "报价内容", "价格说明", "费用说明", "让利条件及说明", "让利条件", "让利说明", "降价条件", "降价说明",
                "议价说明", "不在下浮范围内的费用", "不在下浮范围的费用", "下浮范围外费用", "另计费用", "另行收费项目", "备注说明", "其他", "其它",
                "情况概述", "概述", "会后补充", "会后书面补充", "书面补充", "补充答复", "会后答复", "会后回复", "follow-up", "followup", "情况说明", "情况介绍", "概况", "基本情况", "总体情况", "沟通情况", "面谈情况", "summary",
                "overview", "description", "描述", "详细描述",
                # a slide deck dumped one row per slide ('Slide | Layout | Title | Text on slide | Speaker notes')
                "textonslide", "slidetext", "slidecontent", "幻灯片内容", "幻灯片文字", "幻灯片正文", "页面文字",
                "notes", "note", "remarks", "remark", "headernote", "headernotes", "documentnote", "linenote", "linenotes", "comments", "comment", "terms", "serviceterms", "aftersales",
                "aftersalesservice", "servicecommitment", "servicecommitments", "other", "others",
                "技术应答", "商务应答", "技术响应", "商务响应", "应答内容", "响应内容", "技术答复", "商务答复",
                "商务技术条款应答", "商务技术应答", "条款应答", "技术条款应答", "商务条款应答", "商务技术条款",
                "technicalresponse", "commercialresponse", "technicalanswer", "serviceanswer", "commercialanswer",
                "businessanswer", "technicalanswers", "serviceanswers",
                # a clerk's call log: what the vendor said on the phone, in its words ('对方介绍（原话记录）' | '对方回复')
                "对方介绍", "对方回复", "对方答复", "对方原话", "对方说法", "对方表述", "摘录原话", "对方表述摘录原话", "原话记录", "通话内容", "通话记录", "电话记录",
                # notes or messages pasted one a row ('笔记内容（原样粘贴）')
                "笔记内容", "笔记", "消息内容", "微信消息", "消息原文", "收藏内容",
                # a register of the vendors' written replies copied word for word ('回函原文（逐字照录）')
                "回函原文", "回复原文", "答复原文", "来函原文", "回函内容", "原文照录", "逐字照录", "照录原文", "书面报价原文", "回函正文",
                # a weekly report's vendor news, each vendor's quote in bullet points ('• 报价：… • 等保：…')
                "本周动态", "供应商动态", "最新动态", "动态", "跟进情况", "跟进记录", "进展情况", "报价要点")

# Long layout: column headers naming "criterion" and "value".
LONG_CRITERION_LABELS = ("指标", "项目", "议题", "事项", "讨论事项", "摘录项目", "摘录事项", "摘录内容项", "摘录条目", "原文项目", "itemname", "itemtitle", "questiontext", "评估项", "对比项", "对比项目",
                         # a document-extraction tool's export ('文件名 | 抽取字段 | 抽取结果 | 原文依据')
                         "抽取字段", "提取字段", "识别字段", "字段名", "字段名称", "fieldname",
                         # a reference call's log ('回访项目 | 客户反馈'): read only for who said it (LONG_SPEAKER_LABELS)
                         "回访项目", "回访内容", "访谈项目", "核实项目",
                         "核对项", "核对项目", "核对事项", "信息类别", "信息分类", "信息类型", "条目", "题目", "问题", "问卷题目", "询问项", "要求",
                         "criterion", "item", "field", "attribute", "question", "requirement", "topic", "area",
                         # a risk register's domain ('Commercials', 'MLPS', 'Maintenance & support')
                         "riskdomain", "domain", "riskarea", "风险领域", "风险类别",
                         # a contract review, one row per clause ('条款类别 | 条款原文')
                         "条款类别", "条款名称", "条款", "clausetype", "clause", "clausecategory",
                         # a self-assessment form returned by each vendor, one row per scoring item ('评分细项 | 自评说明')
                         "评分细项", "评分项", "评分项目", "评审项", "评审项目", "评审因素", "评分因素", "评分内容", "细项",
                         "评价项", "评价项目", "评价指标", "考察项", "考核项",
                         # an index of the bids' documents ('索引项 | 开标一览表（投标总价） | …')
                         "索引项", "索引内容", "检查项", "核查项", "核查内容", "核查项目", "尽调项目", "尽调事项",
                         # an auditor's working paper, one row per document of each bid ('资料名称 | 原文摘录')
                         "资料名称", "文件名称", "材料名称", "资料", "文件",
                         # an internal audit's item-by-item review of the bids ('审查项 | 投标文件原文 | 审查结论')
                         "审查项", "审查项目", "审查要点", "审核项", "审核项目",
                         # a register of each vendor's after-sales commitments, one row per item ('服务项目 | 服务商承诺')
                         "服务项目", "承诺项目", "服务条目", "售后项目", "承诺事项", "服务承诺事项",
                         # an OA form's price comparison, one row per vendor and item ('比价项 | 供应商填报')
                         "比价项", "比价项目", "询价项", "询价项目", "报价项", "填报项", "填报项目")
LONG_VALUE_LABELS = ("书面", "书面内容", "书面答复", "书面回复", "书面材料", "后来发来的", "取值", "值", "内容", "说明", "数值", "回答", "答复", "应答", "答案", "回复", "具体内容", "value", "answer",
                     "抽取结果", "提取结果", "识别结果", "extractedvalue", "extraction",
                     "客户反馈", "回访反馈", "反馈内容", "回访结果", "referencefeedback",
                     "贵司应答", "贵方应答", "供应商应答", "贵司答复", "贵司回复", "yourresponse", "youranswer", "vendorresponse",
                     "response", "reply", "detail", "details",
                     # meeting minutes (会议纪要): what the vendor said, beside the buyer's questions and to-dos
                     "供应商陈述及答复要点", "供应商陈述要点", "供应商答复要点", "陈述及答复要点", "陈述要点", "答复要点", "供应商陈述",
                     "供应商发言要点", "发言要点", "vendorstatement", "vendorsstatement", "vendorpoints",
                     "应答内容", "答复内容", "回答内容", "响应内容", "answertext", "responsetext",
                     "自评说明", "供应商自评说明", "自评依据", "自评内容", "selfassessmentcomment", "selfassessmentnotes",
                     "说明/证明材料", "说明及证明材料", "证明材料", "佐证材料", "说明/佐证材料",
                     "服务商承诺", "供应商承诺", "厂商承诺", "承诺内容", "服务承诺内容",
                     # a due-diligence checklist ('供应商自述（问卷回复原文）' beside the proof given and the checker's view)
                     "供应商自述", "自述", "自述内容", "问卷回复", "问卷回复原文",
                     "供应商填报", "填报内容", "填报值", "填报结果", "填报", "供应商回复", "厂商回复", "服务商回复",
                     "供应商填写内容", "供应商填写", "填写内容")
# Long layout: when each row was filled in ('填报时间'): of an item answered twice, the later answer governs whatever the
# order of the rows (a form tool lists the newest first)
# Long layout: who said it ('谁说的 | 达里 周海涛（销售经理）') and whether it is in writing ('有没有书面材料 | 没有（口头）'): a row
# is a vendor's word only when its own person said it; a word only said is a claim, and never a price
LONG_SPEAKER_LABELS = ("谁说的", "说话人", "发言人", "表述人", "信息提供人", "提供人", "信息来源人", "对方人员", "whosaidit", "speaker",
                       # a reference call's interviewee ('受访人及职务 | 李建华（科技部经理）'): another lender, never the vendor
                       "受访人", "受访人及职务", "受访人职务", "受访对象", "被访人", "被访谈人", "interviewee")
LONG_WRITTEN_LABELS = ("有没有书面材料", "有无书面材料", "书面材料", "是否书面", "是否有书面材料", "有无书面依据", "inwriting", "writtenproof")
LONG_TIME_LABELS = ("填报时间", "提交时间", "填写时间", "更新时间", "修改时间", "录入时间", "答复时间", "回复时间",
                    "submittedat", "submissiontime", "updatedat", "updatetime", "lastmodified", "modifiedat", "timestamp")
# Long layout: the vendor's own words beside a clerk's converted number ('数值 | 单位 | 原文'): the words are read, the
# number with its unit only where the words are blank
LONG_VERBATIM_LABELS = ("原文", "原文照录", "原话", "原始回复", "原始内容", "原始描述", "原文摘录", "供应商原文", "报价原文", "报价单原文",
                        # a negotiation log's first and second rounds in the vendor's words (the later governs: core.ingest)
                        "对方首轮报价原文", "首轮报价原文", "对方报价原文", "对方二轮书面答复原文", "二轮书面答复原文", "二轮答复原文",
                        "对方二轮答复原文", "对方最终答复原文", "最终答复原文",
                        "报价函原文",
                        # an auditor's check of a clerk's table against the originals ('比选表记载 | 报价函原件记载（摘录）')
                        "报价函原件记载", "原件记载", "报价函记载", "原件摘录", "报价函摘录", "原件内容",
                        "条款原文", "合同条款原文", "草案原文", "合同草案条款原文", "草案条款原文", "照录报价函", "照录应答函", "clausetext", "originalclause", "clausewording",
                        "verbatim", "originaltext", "originalwording", "asquoted", "vendorwording", "vendorswording", "vendorswords",
                        "投标文件原文", "投标原文", "标书原文", "响应文件原文", "应答原文",
                        # what an extraction tool quotes from the document beside its own reading of it
                        "原文依据", "依据原文", "原文出处", "来源原文", "sourcetext", "evidencetext")
# Long layout: one quote per source document ('文件名 | 抽取字段 | …'), named by its own vendor row ('供应商名称')
LONG_FILE_LABELS = ("文件名", "文件名称", "文件", "源文件", "来源文件", "原文件", "file", "filename", "sourcefile", "document",
                    "documentname")
LONG_UNIT_LABELS = ("单位", "计量单位", "数值单位", "unit", "units", "uom")
# Long layout: a later answer beside the vendor's words ('谈判结果': the vendor's written reply to a requested change),
# read over them when it states the item's value
# (in the order they came: a contract check's quote, then the vendor's own draft, then its written reply to the mark-up)
LONG_ANSWER_LABELS = ("谈判结果", "协商结果", "磋商结果", "谈判记录", "修改答复", "供应商答复意见", "合同草稿条款原文", "乙方合同草稿条款原文",
                      "乙方拟稿", "合同草稿原文", "书面答复", "乙方书面答复", "供应商书面答复", "negotiationresult",
                      "negotiationoutcome", "agreedchange", "outcomeofnegotiation")
# rows of the buyer's own model or requirement in a long table ('（我方合同范本）'): no vendor
# A vendor's column split in two under its merged name, its first answer and its clarification beside it ('原响应 |
# 澄清后'): the second is the vendor's later word on each row, read over the first where it says anything
FIRST_ANSWER_HEADS = ("原响应", "原始响应", "原应答", "原答复", "原回复", "原报价", "初始响应", "首次响应", "投标响应", "响应文件",
                      "响应文件原文", "原文", "originalresponse", "original", "bid")
LATER_ANSWER_HEADS = ("澄清后", "澄清回复", "澄清答复", "澄清内容", "澄清回函", "澄清", "补充澄清", "更正后", "修正后", "最终响应",
                      "二次响应", "回函", "clarification", "clarified", "afterclarification", "revised")
# A check sheet the buyer pre-filled (from a website, a phone call) with each vendor's column beside it to confirm or correct
# ('采购方预填 | 供应商确认/更正'): the pre-filled words are the buyer's, the vendor's column its answer (core.ingest)
PREFILLED_HEADS = ("采购方预填", "我方预填", "甲方预填", "预填", "预填内容", "采购方整理", "我方整理", "prefilled", "prefilledbybuyer",
                   "buyerprefill")
CONFIRM_HEADS = ("供应商确认/更正", "供应商确认", "确认/更正", "确认或更正", "确认更正", "供应商确认或更正", "乙方确认",
                 "vendorconfirmation", "confirm/correct", "vendorconfirm")
# A vendor's column split in two under its merged name, its own mark of compliance and its words beside it ('Compliance |
# Vendor remarks', '是否满足 | 响应说明'): the words are its answer; the mark ('Comply', '满足') only where they say nothing
COMPLIANCE_MARK_HEADS = ("compliance", "compliant", "comply", "compliancestatus", "compliancelevel", "符合性", "是否符合",
                         "是否满足", "满足情况", "满足程度", "响应情况", "符合情况", "偏离情况", "是否偏离")
COMPLIANCE_WORDS_HEADS = ("vendorremarks", "remarks", "remark", "vendorcomments", "comments", "comment", "vendornotes",
                          "explanation", "details", "vendorexplanation", "说明", "备注", "响应说明", "偏离说明",
                          "供应商说明", "具体说明", "应答说明", "情况说明", "补充说明")
BUYER_MODEL_WORDS = ("我方", "本公司", "甲方", "范本", "我司", "采购方", "our standard", "our model", "our template", "buyer's model",
                     "model clause")
# Long layout: an option code the answer picked ('应答选项' | 'C'), its meaning in a legend above the table
LONG_CODE_LABELS = ("应答选项", "选项", "所选选项", "选择", "选项代码", "应答代码", "answeroption", "optioncode", "selectedoption",
                    "choice", "answercode", "responsecode")
# A column headed only by "name" (a Notion / Airtable export's first column): the vendor when it lists companies.
NAME_LABELS = ("name", "名称", "名字", "title", "标题", "名稱", "cardname", "cardtitle", "卡片名称", "卡片标题", "任务名称", "taskname",
               "itemtitle", "recordname",
               # a call log's '单位' (never the unit of measure when its cells are company names), '对方单位'
               "单位", "对方单位", "来电单位", "联系单位")
# A long register's section column ('Pricing', 'Hardware', 'Optional'): the context of each line's amount.
LONG_SECTION_LABELS = ("section", "category", "part", "group", "type", "class", "类别", "分类", "类型", "部分", "板块", "大类",
                       "费用类别", "费用类型", "项目类别", "类目")

# Header units: (unit text after normalisation) -> multiplier for money or months/hours.
MONEY_UNITS = {"万元": WAN, "万": WAN, "w": WAN, "wan": WAN, "万cny": WAN, "万rmb": WAN,
               "元": 1, "cny": 1, "rmb": 1, "yuan": 1, "千元": 1000, "k": 1000, "千": 1000,
               "'000": 1000, "’000": 1000, "000s": 1000, "thousand": 1000, "thousands": 1000}
MONTH_UNITS = {"月": 1, "个月": 1, "months": 1, "month": 1, "年": 12, "years": 12, "year": 12, "天": 1 / 30,
               "days": 1 / 30}
HOUR_UNITS = {"小时": 1, "h": 1, "hours": 1, "hour": 1, "hrs": 1, "分钟": 1 / 60, "min": 1 / 60,
              "minutes": 1 / 60}


# ---------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------
FEATURES: dict[str, tuple[str, ...]] = {
    "user_management": ("用户管理", "使用者管理", "客户管理", "用户中心", "客户信息管理", "账户管理", "用户及角色管理", "用户与角色管理",
                        "用户和角色管理", "用户角色管理", "用户及权限管理", "用户与权限管理", "user management", "user mgmt",
                        "customer management", "account management", "users", "user admin", "user accounts",
                        "user & role management", "user and role management", "user/role management", "role management"),
    "repayment_management": ("还款管理", "还款计划", "还款提醒", "还款", "代扣还款", "自动代扣", "主动还款", "提前还款", "逾期管理",
                             "催收管理", "贷后管理", "还款计划管理", "repayment management", "repayment schedule",
                             "repayment reminders", "repayment", "collections", "post-loan management", "auto-debit"),
    "risk_approval": ("风控审批", "审批流", "审批流程", "审批", "贷款审批", "授信审批", "进件审批", "审批管理", "信审", "人工审批",
                      "risk approval", "approval workflow", "approval", "loan approval", "credit approval", "underwriting workflow",
                      "underwriting", "credit underwriting"),
    "personal_credit_report": ("个人征信接口", "个人征信查询接口", "用户征信", "个人征信", "征信接口对接", "征信查询", "征信对接", "人行征信", "二代征信", "央行征信",
                               "个人征信报告", "征信报告", "征信报告查询", "百行征信查询", "征信接口", "征信模块",
                               "personal credit report", "personal credit", "credit report", "credit bureau query",
                               "credit bureau interface", "pboc credit report", "credit check", "credit bureau integration",
                               "credit bureau"),
    "risk_model": ("风控模型", "ai风控", "智能风控", "风险模型", "风控引擎", "决策引擎", "规则引擎", "评分卡", "信用评分",
                   "风控模块", "风控系统", "风险评分", "大数据风控", "自动化风控", "risk model", "risk scoring",
                   "ai risk control", "risk engine", "decision engine", "rules engine", "scorecard", "credit scoring",
                   "risk control", "credit decisioning", "decisioning engine", "automated decisioning"),
    "anti_fraud": ("反欺诈", "反欺诈模型", "欺诈检测", "反欺诈引擎", "反欺诈规则引擎", "反欺诈规则", "反欺诈决策引擎", "反欺诈系统", "设备指纹", "黑名单", "anti-fraud", "anti fraud", "antifraud", "anti-fraud rules engine", "anti-fraud rule engine", "fraud rules engine", "fraud rule engine",
                   "fraud detection", "fraud prevention"),
    "enterprise_credit": ("企业征信对接", "企业征信模块", "企业征信接口", "企业征信", "企业信用", "企业征信查询", "企业信用报告", "企业工商信息", "工商信息查询", "工商信息",
                          "企业信息查询", "企业画像", "企业征信报告", "enterprise credit", "business credit report",
                          "company credit report", "corporate credit", "business registration lookup"),
    "cashflow_analysis": ("流水分析", "银行流水分析", "银行流水", "流水数据分析", "流水解析", "银行流水解析", "流水识别",
                          "经营流水分析", "账户流水分析", "流水核验", "cashflow analysis", "cash flow analysis",
                          "bank statement analysis", "bank statement parsing", "bank statement parser", "statement parser",
                          "statement analysis", "cashflow"),
    "contract_management": ("合同管理", "电子合同", "电子签章", "电子签约", "在线签约", "合同签署", "电子签名", "合同模板",
                            "合同生成", "线上签约", "contract management", "e-contract", "electronic contract", "e-signature",
                            "esignature", "online signing", "contract templates", "digital contract"),
    "product_management": ("商品管理", "商品库", "商品中心", "商品上架", "sku管理", "商品sku", "商品目录", "商品信息管理",
                           "商城商品管理", "商品", "产品管理", "产品库", "product management", "product catalogue", "product catalog",
                           "goods management", "goods catalogue", "goods catalog", "sku management", "merchandise management", "item catalogue"),
    "installment_calculator": ("分期计算器", "instalment calculator", "instalment calc", "installment calc", "instalment calculation", "分期计算", "分期试算", "分期还款试算", "费率计算器", "费率计算", "月供计算",
                               "分期测算", "利息计算器", "还款试算", "installment calculator", "instalment calculator",
                               "installment simulator", "installment trial", "trial calculation", "emi calculator", "rate calculator", "payment calculator"),
    "order_tracking": ("订单跟踪", "订单管理", "订单状态跟踪", "订单状态", "订单查询", "订单中心", "物流跟踪", "物流查询",
                       "订单追踪", "订单流程", "订单进度", "订单进度查询", "order tracking", "order management", "order status", "order status tracking",
                       "shipment tracking", "logistics tracking", "order lookup"),
    "marketing_plugins": ("营销插件", "营销工具", "营销", "优惠券", "拉新", "marketing plugins", "marketing tools", "marketing",
                          "coupons"),
    "membership": ("会员体系", "会员管理", "会员", "会员等级", "membership", "loyalty", "member tiers"),
    "bi_dashboard": ("数据分析大屏", "数据大屏", "数据分析", "bi大屏", "可视化大屏", "经营驾驶舱", "驾驶舱", "报表中心",
                     "analytics dashboard", "bi dashboard", "data dashboard", "reporting dashboard", "management dashboard"),
    "open_api": ("api开放平台", "开放接口", "开放平台", "开放api", "open api", "api platform", "open platform", "public api"),
    "social_sharing": ("社交分享", "分享到微信", "微信分享", "分享裂变", "裂变分享", "社交裂变", "social sharing", "share to wechat"),
    "points_mall": ("积分商城", "积分", "积分兑换", "points mall", "points store", "loyalty points"),
    "blockchain_evidence": ("区块链存证", "区块链", "blockchain evidence", "blockchain"),
    "metaverse_marketing": ("元宇宙营销", "元宇宙", "数字人营销", "虚拟人营销", "metaverse marketing", "metaverse"),
    "overseas_payment": ("海外支付通道", "跨境支付", "海外支付", "overseas payment", "cross-border payment"),
    "ai_customer_service": ("智能客服机器人", "智能客服", "客服机器人", "ai客服", "ai customer service bot",
                            "ai customer service", "chatbot", "数字人客服", "ai数字人客服", "虚拟客服", "ai数字人", "数字人"),
}
# Names that contain a feature's word but mean something else: a credit *product* is no goods catalogue, a
# statement's data analysis is no dashboard. Matched first; None = no feature.
FEATURE_NOT: dict[str, str | None] = {
    "贷款产品管理": None, "贷款产品": None, "信贷产品管理": None, "信贷产品": None, "金融产品管理": None, "产品配置": None,
    "贷款产品配置": None, "产品参数配置": None, "产品利率配置": None, "利率配置": None, "loan product management": None,
    "loan products": None, "loan product": None, "credit product": None, "product configuration": None,
    "流水数据分析": "cashflow_analysis", "风控审批流": "risk_approval", "分期还款试算": "installment_calculator",
    "会员管理": "membership", "征信审批": "risk_approval", "商品分期": "product_management",
}

CORE_MODULES = ("user_management", "repayment_management", "risk_approval")
# Edition names a vendor writes beside a price ('基础版18万/标准版24万'): one price cell listing several is
# several quotes (core.load), and a list of edition prices offers the first as the base (core.reading).
EDITION_NAMES = ("基础版", "标准版", "专业版", "高级版", "旗舰版", "企业版", "豪华版", "尊享版", "入门版", "定制版", "基础套餐",
                 "标准套餐", "basic", "standard", "professional", "pro", "premium", "enterprise", "starter", "lite",
                 "advanced", "ultimate")
# Taiwan and Hong Kong wording (after the Traditional characters are made Simplified) -> the mainland words the
# readers know: '載入合約' is 写入合同, '原始碼' 源码, '技術支援' 技术支持, '回應時間' 响应时间, '週一至週五' 工作日.
REGIONAL_TERMS = {"载入合约": "写入合同", "载入合同": "写入合同", "纳入合约": "写入合同", "载明于合约": "写入合同",
                  "载明于合同": "写入合同", "原始码": "源码", "合约": "合同", "技术支援": "技术支持", "回应": "响应",
                  "周一至周五": "工作日", "控管": "管理", "介接": "对接", "异动": "变化", "调适": "适配", "客服时段": "技术支持时间",
                  "软体": "软件", "模组": "模块", "选购": "选配", "演算法": "算法", "网域": "域名", "隔日": "次日",
                  "上班时间": "工作时间", "资安": "信息安全", "个资": "个人信息", "使用者": "用户", "社群": "社交",
                  "教育训练": "培训", "错误修正": "bug修复", "导入费": "实施费", "保固期满": "维保期满", "保固期": "免费维保期"}
# A bidder who declined this round ('报价状态: 已放弃', '本轮放弃报价'): no quote at all, not a quote with an unknown price.
DECLINED_WORDS = ("无法参与报价", "无法参加报价", "不能参与报价", "无法参与本次报价", "已放弃", "书面放弃", "邮件放弃", "电话放弃", "放弃报价", "放弃投标", "放弃本轮", "放弃本次", "放弃此次", "弃标", "弃权", "已弃权", "不参与", "不参加", "谢绝报价", "婉拒",
                  "declined", "withdrawn", "withdrew", "no bid", "did not bid", "not bidding", "letter of regret",
                  "regret letter", "未投标", "未参与投标", "未回复询价", "未回复询价函", "未回应询价", "未响应询价",
                  "did not respond to the rfq", "no response to the rfq", "did not reply to the rfq", "撤回报价", "撤回本次报价",
                  "退出本次比价", "退出比价", "退出本次报价", "退出此次报价", "退出本轮报价", "退出本次采购", "未提交应答", "未提交报价", "未提交响应", "未提交投标",
                  "did not submit", "no submission", "will not submit", "won't submit", "not be submitting", "will not participate",
                  "not participating", "decline to quote", "declines to quote", "unable to quote", "will not bid", "won't bid", "not bid this", "不做了", "不接了", "来函退出", "函告退出", "发函退出", "来函放弃", "回函放弃", "函告放弃", "未回传", "未交回", "未返回自评表", "form not returned", "书面退出", "已退出", "退出报价", "退出比选", "退出本次比选", "不报价", "不报了", "不予报价", "暂不报价", "书面撤回", "撤回投标", "未递交投标文件", "未递交响应文件", "未递交报价", "退出本项目磋商", "退出本次磋商", "退出磋商", "原响应文件作废", "不直接报价", "不直接对客户报价",
                  # a bid void or not qualified (资格审查未通过): no valid quote either (core.declined says which)
                  "投标无效", "资格审查未通过", "未通过资格审查", "资格性审查未通过", "无效投标", "否决投标", "被否决", "废标", "disqualified",
                  "failed the qualification")
# A quote's notes saying the price is not given yet ('未报价 待演示后商务谈判'): an amount of 0 beside them is an empty
# amount (an ERP writes 0.00 for nothing), not a free system (core.load).
NOT_QUOTED_WORDS = ("未报价", "暂未报价", "尚未报价", "待报价", "暂不报价", "价格待定", "报价待定", "金额待定", "商务谈判",
                    "价格待商务谈判", "待商务谈判后确定", "谈判后确定",
                    "not quoted", "no quote yet", "quote to follow", "price to follow", "price tbd", "pricing tbd")
# A price cell saying the vendor gave no quote at all ('（未到场，无报价）', 'No quote'): with nothing else in its row,
# the row is no quote (core.declined), never a quote with an unknown price.
NO_QUOTE_WORDS = ("无报价", "没有报价", "没报价", "未报价", "未提供报价", "未给报价", "未出报价", "未到场", "未出席", "缺席",
                  "no quote", "no quotation", "not quoted", "did not quote", "did not attend", "absent")
# ... or that the quote it stood for is void ('（作废：报价单未盖章，已退回）'): no valid quote either (skip.withdrawn).
VOIDED_QUOTE_WORDS = ("作废", "已退回", "退回", "已撤销", "无效", "void", "voided", "cancelled", "canceled", "rejected")
# How a tender's 偏离表 or an RFP's compliance matrix answers a requirement (docs/analyst-reading.md): met, not met,
# or met in part. '无偏离' is never the word '无'.
REQUIREMENT_ANSWERS = {"无偏离": "meets", "正偏离": "meets", "完全响应": "meets", "完全满足": "meets",
                       "fully compliant": "meets", "compliant": "meets", "complies": "meets", "负偏离": "fails",
                       "不响应": "fails", "不满足": "fails", "non-compliant": "fails", "noncompliant": "fails",
                       "not compliant": "fails", "部分响应": "partly", "部分满足": "partly", "partially compliant": "partly",
                       "partly compliant": "partly"}
# A label saying its amounts are not for this purchase: another product (SaaS rental, subscription) or for reference
# only ('SaaS租用（仅参考，非本次采购）', 'Cloud subscription (reference only)'): kept, never a price or a fee (core.mapping).
NOT_THIS_PURCHASE = ("仅参考", "仅供参考", "供参考", "参考用", "非本次采购", "不在本次采购", "不属于本次采购", "本次不采购", "不在采购范围",
                     "不在报价范围", "saas", "租用", "订阅", "reference only", "for reference", "not in scope", "out of scope",
                     "not part of this", "subscription", "rental")
# A column the buyer's table computes or files, in a bracket after its label ('含税总价（公式）', '必备模块检查（公式）',
# '报价单（附件）' holding a file name): kept beside the quote, never read as the vendor's words (core.mapping).
COMPUTED_MARKS = ("公式", "自动计算", "系统计算", "计算值", "计算结果", "formula", "calculated", "computed")
FILED_MARKS = ("附件", "attachment", "attachments", "attached file")  # (a module list '功能清单（附件）' is still read)
# The buyer's own side in a label ('采购部备注', '评审组意见', "Buyer's notes"): a row or column of their remarks on a quote
# is kept beside it, never read as the vendor's statements (core.load).
BUYER_SIDE = ("采购部", "采购中心", "采购方", "采购人", "采购", "招采部", "招标方", "招标人", "评审组", "评审小组", "评审",
              "评标委员会", "评委", "专家组", "我方", "我司", "本公司", "甲方", "买方", "内部", "业务部", "风控部", "科技部",
              "信息部", "信息技术部", "财务部", "财务处", "成本组", "成本部", "法务部", "监事", "监事会", "审计部", "领导", "buyer", "buyers", "procurement", "purchasing",
              "internal", "our", "evaluator", "evaluators", "reviewer", "reviewers", "committee", "hq", "headquarters",
              "总部", "谈判", "议价", "整理", "整理人", "录入", "录入人", "记录人", "编制人", "制表", "制表人", "汇总人", "我的",
              # an AI assistant the buyer asked to tabulate the quotes ('豆包点评'): its remarks are the buyer's side
              "豆包", "kimi", "chatgpt", "deepseek", "文心一言", "通义千问", "元宝", "ai助手", "人工智能")
# Footnote signs ('Free‡', '† Certificate copy sighted'): never part of a value; a note below the table says more.
FOOTNOTE_SIGNS = "†‡§¶※"
BLOAT_FEATURES = ("blockchain_evidence", "metaverse_marketing", "overseas_payment", "ai_customer_service")


# ---------------------------------------------------------------------------------------------
# Business types
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BusinessType:
    id: str
    must_have: tuple[str, ...]
    deferrable: tuple[str, ...]
    budget_cny: tuple[int, int]
    recommended: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


BUSINESS_TYPES: dict[str, BusinessType] = {b.id: b for b in (
    BusinessType("personal_credit", ("personal_credit_report", "risk_model", "repayment_management"),
                 ("marketing_plugins", "membership"), (18 * WAN, 25 * WAN), recommended=("anti_fraud",),
                 synonyms=("个人信用贷", "信用贷", "个人贷", "个贷", "personal credit", "personal loan", "personal_credit")),
    BusinessType("merchant_loan", ("enterprise_credit", "cashflow_analysis", "contract_management"),
                 ("bi_dashboard", "open_api"), (25 * WAN, 35 * WAN),
                 synonyms=("商户经营性贷", "商户经营贷", "经营贷", "商户贷", "merchant loan", "merchant",
                           "business loan", "merchant_loan")),
    BusinessType("consumer_installment", ("product_management", "installment_calculator", "order_tracking"),
                 ("social_sharing", "points_mall"), (20 * WAN, 30 * WAN),
                 synonyms=("消费分期", "分期", "消费贷", "consumer installment", "consumer instalment", "installment",
                           "consumer_installment")),
)}
# What a title is about, beside a business type's name (core.purpose): '消费分期系统采购', 'Loan System … (Consumer Instalment)'
TITLE_PURPOSE_WORDS = ("系统", "平台", "源码", "采购", "招标", "投标", "比价", "询价", "选型", "评审", "评标", "项目", "报价",
                       "system", "platform", "source code", "procurement", "tender", "rfp", "rfq", "auction", "selection",
                       "evaluation", "quotation", "quote", "bid")


def feature_criteria(bt: BusinessType) -> dict[str, tuple[str, ...]]:
    """Feature criterion id -> the features it looks at, for one business type."""
    return {"must_have_features": bt.must_have, "core_modules": CORE_MODULES,
            "recommended_features": bt.recommended, "no_bloat": BLOAT_FEATURES}


# Price thresholds (section 5).
PRICE_DO_NOT_BUY_CNY = 10 * WAN
PRICE_CAREFUL_CNY = 15 * WAN

# After-sales and compliance thresholds (sections 3 and 4).
AUDIT_LOG_MIN_MONTHS = 6
FREE_MAINTENANCE_MIN_MONTHS = 12
RESPONSE_MAX_HOURS = 2
DEFAULT_HORIZON_YEARS = 3
MAX_HORIZON_YEARS = 20  # the longest total-cost horizon a profile may ask for
# What a profile from outside (a JSON file, a scored workbook) may hold: Profile.from_dict refuses the rest.
MAX_WEIGHT = 100  # a group or criterion weight
MAX_BUDGET_CNY = 1e10  # 100 亿元, the largest amount the price parser accepts
METHODS = ("weighted_sum", "topsis")  # aggregation methods
MAX_VAT_RATE = 0.3  # a VAT rate is a share: 0.13, never 13
# Policy-driven changes happen about every two years (a system needs an upgrade every 1-2 years).
POLICY_CHANGE_EVERY_YEARS = 2
# When the yearly fee after the free period is unknown, TCO assumes this share of the price per year.
ASSUMED_ANNUAL_FEE_SHARE = 0.2
# Policy adaptation charged but no amount given: this share of the price per adaptation.
ASSUMED_POLICY_FEE_SHARE = 0.3
# TCO is judged against the budget band grown by this share per extra year of use.
TCO_UPKEEP_PER_YEAR = 0.15


# ---------------------------------------------------------------------------------------------
# Criteria: what is scored, in which group, with which default weight inside its group
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Criterion:
    id: str
    group: str
    weight: float  # default weight inside the group (relative)
    fields: tuple[str, ...]  # quote fields it reads


CRITERIA: tuple[Criterion, ...] = (
    Criterion("mlps_level3", "compliance", 3.0, ("mlps_level3",)),
    Criterion("sm4_encryption", "compliance", 2.0, ("sm4_encryption",)),
    Criterion("tls", "compliance", 1.5, ("tls",)),
    Criterion("access_control", "compliance", 1.0, ("access_control",)),
    Criterion("audit_log_months", "compliance", 1.0, ("audit_log_months",)),
    Criterion("licensed_credit_bureau", "compliance", 1.5, ("licensed_credit_bureau",)),
    Criterion("source_code_delivery", "compliance", 1.5, ("source_code_delivery",)),
    Criterion("must_have_features", "features", 3.0, ("features",)),
    Criterion("core_modules", "features", 2.0, ("features",)),
    Criterion("recommended_features", "features", 1.0, ("features",)),
    Criterion("no_bloat", "features", 1.0, ("features",)),
    Criterion("free_maintenance_months", "after_sales", 2.0, ("free_maintenance_months",)),
    Criterion("maintenance_includes_upgrades", "after_sales", 1.5, ("maintenance_includes_upgrades",)),
    Criterion("policy_adaptation_free", "after_sales", 1.5, ("policy_adaptation_free",)),
    Criterion("support_7x24", "after_sales", 1.5, ("support_7x24",)),
    Criterion("response_hours", "after_sales", 1.0, ("response_hours",)),
    Criterion("lifetime_consulting", "after_sales", 0.5, ("lifetime_consulting",)),
    Criterion("commitments_in_contract", "after_sales", 1.0, ("commitments_in_contract",)),
    Criterion("price_vs_budget", "price", 1.0, ("price_cny",)),
    Criterion("tco", "price", 1.0, ("price_cny", "annual_fee_after_warranty_cny", "policy_adaptation_fee_cny",
                                     "free_maintenance_months", "policy_adaptation_free")),
)
CRITERION_IDS = tuple(c.id for c in CRITERIA)

# Compliance is the floor and after-sales matters more than price (domain.md sections 3-5).
DEFAULT_GROUP_WEIGHTS = {"compliance": 35.0, "features": 20.0, "after_sales": 30.0, "price": 15.0}


# ---------------------------------------------------------------------------------------------
# Flags
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FlagSpec:
    code: str
    severity: str  # red | amber | info
    gate: bool  # knock-out by default
    field: str | None
    clause: bool = False  # has a contract clause to insist on


FLAGS: dict[str, FlagSpec] = {f.code: f for f in (
    FlagSpec("price_below_10w", "red", True, "price_cny"),
    FlagSpec("price_below_15w", "amber", False, "price_cny"),
    FlagSpec("price_over_budget", "amber", False, "price_cny"),
    FlagSpec("price_missing", "amber", False, "price_cny"),
    FlagSpec("no_mlps_level3", "red", True, "mlps_level3", clause=True),
    FlagSpec("no_sm4", "amber", False, "sm4_encryption", clause=True),
    FlagSpec("no_tls", "red", False, "tls", clause=True),
    FlagSpec("audit_log_under_6m", "amber", False, "audit_log_months", clause=True),
    FlagSpec("no_licensed_credit_bureau", "amber", False, "licensed_credit_bureau", clause=True),
    FlagSpec("missing_must_have", "red", True, "features"),
    FlagSpec("bloat_features", "info", False, "features"),
    FlagSpec("maintenance_under_12m", "amber", False, "free_maintenance_months", clause=True),
    FlagSpec("maintenance_excludes_upgrades", "amber", False, "maintenance_includes_upgrades", clause=True),
    FlagSpec("policy_adaptation_charged", "amber", False, "policy_adaptation_free", clause=True),
    FlagSpec("no_7x24", "amber", False, "support_7x24", clause=True),
    FlagSpec("response_over_2h", "amber", False, "response_hours", clause=True),
    FlagSpec("no_lifetime_consulting", "info", False, "lifetime_consulting"),
    FlagSpec("not_in_contract", "amber", False, "commitments_in_contract", clause=True),
    FlagSpec("unconfirmed", "info", False, None),
    # docs/analyst-reading.md: standing of values, gates that need proof, the three locks, source delivery
    FlagSpec("unverified", "amber", False, None),  # a gate criterion only claimed, in progress or unknown
    FlagSpec("claimed", "amber", False, None),  # asserted without proof: ask for it
    FlagSpec("conditional", "amber", False, None),  # only with a condition or at extra cost: ask what the price buys
    FlagSpec("no_access_control", "red", False, "access_control", clause=True),
    FlagSpec("no_anti_fraud", "amber", False, "features"),
    FlagSpec("deferrable_features", "info", False, "features"),
    FlagSpec("source_partial", "amber", False, "source_code_delivery", clause=True),
    FlagSpec("source_licence_only", "red", False, "source_code_delivery", clause=True),
    FlagSpec("tax_added", "info", False, "price_cny"),
    FlagSpec("options_added", "info", False, "price_cny"),
    FlagSpec("hardware_excluded", "info", False, "price_cny"),  # servers in a 合计, not the software's price
    FlagSpec("disagreement", "info", False, None),  # evaluators' scores spread apart (issue 13: core.evaluation)
    FlagSpec("price_rose", "amber", False, "price_cny"),  # a revised quote's price above its first round's (issue 12)
)}
# Fields whose value decides a gate: proof needed to pass (docs/analyst-reading.md section 2).
GATE_FIELDS = {"price_below_10w": "price_cny", "no_mlps_level3": "mlps_level3", "missing_must_have": "features"}
GATE_CODES = tuple(c for c, f in FLAGS.items() if f.gate)
# A gate state at a glance, wherever quotes are listed (pages, charts, the workbook): passes, waits for proof, fails.
GATE_MARK = {"pass": "✓", "unverified": "?", "fail": "✗"}
SEVERITIES = ("red", "amber", "info")


# ---------------------------------------------------------------------------------------------
# The evaluation team (issue 13): judgement criteria that evaluators score 1-5 on returned score sheets
# ---------------------------------------------------------------------------------------------
# A fifth group beside the four read from the quotes. It exists only once score sheets are loaded (before that,
# every result is exactly what the quotes alone give); its weight is relative like the others.
EVAL_GROUP = "evaluation"
EVAL_SCALE = (1, 2, 3, 4, 5)  # every step is described in i18n (eval.scale.<kind>.<step>)
# Relative to the 100 of the other four, i.e. a fifth of the total (docs/analyst-reading.md section 10, "The
# evaluation team", says why).
EVAL_GROUP_WEIGHT = 25.0
EVAL_DISAGREEMENT = 2.0  # a spread (highest - lowest score) of this many points or more is a disagreement
EVAL_MAX_QUOTES = 60  # a score sheet is for a shortlist: more quotes than this are refused


@dataclass(frozen=True)
class Judgement:
    id: str
    scale: str  # which described 1-5 scale it is scored on: demo | references | implementation | stability
    weight: float  # default weight inside the evaluation group (relative)
    features: tuple[str, ...] = ()  # the features a scripted demo scenario shows


EVAL_SCALES = ("demo", "references", "implementation", "stability")
_REPORTS = Judgement("demo_regulatory_reports", "demo", 1.0)
_REMINDERS = Judgement("demo_reminders_overdue", "demo", 1.0, ("repayment_management",))
# Scripted demo scenarios drawn from each business type's must-have features (and the reports every lender files).
DEMO_SCENARIOS: dict[str, tuple[Judgement, ...]] = {
    "personal_credit": (
        Judgement("demo_credit_consent", "demo", 1.0, ("personal_credit_report",)),
        Judgement("demo_risk_approval", "demo", 1.0, ("risk_model", "risk_approval")),
        Judgement("demo_disbursement_schedule", "demo", 1.0, ("repayment_management",)),
        _REMINDERS, _REPORTS),
    "merchant_loan": (
        Judgement("demo_enterprise_credit", "demo", 1.0, ("enterprise_credit",)),
        Judgement("demo_cashflow_review", "demo", 1.0, ("cashflow_analysis",)),
        Judgement("demo_contract_signing", "demo", 1.0, ("contract_management",)),
        Judgement("demo_post_loan", "demo", 1.0, ("repayment_management",)),
        _REPORTS),
    "consumer_installment": (
        Judgement("demo_product_setup", "demo", 1.0, ("product_management",)),
        Judgement("demo_installment_quote", "demo", 1.0, ("installment_calculator",)),
        Judgement("demo_order_tracking", "demo", 1.0, ("order_tracking",)),
        _REMINDERS, _REPORTS),
}
# What no quote sheet can prove, for every business type: who else uses it, who will build it, who will be there.
TEAM_JUDGEMENTS = (Judgement("references", "references", 1.5), Judgement("implementation_team", "implementation", 2.0),
                   Judgement("vendor_stability", "stability", 1.5))
JUDGEMENTS: dict[str, Judgement] = {j.id: j for js in DEMO_SCENARIOS.values() for j in js + TEAM_JUDGEMENTS}
EVAL_CRITERION_IDS = tuple(JUDGEMENTS)


def judgements(business_type: str) -> tuple[Judgement, ...]:
    """The judgement criteria of one business type, in the order a score sheet lists them."""
    return DEMO_SCENARIOS[business_type] + TEAM_JUDGEMENTS


def eval_criteria(business_type: str) -> tuple[Criterion, ...]:
    """The evaluation group's criteria for one business type (scored from the team's 1-5 scores, read no field)."""
    return tuple(Criterion(j.id, EVAL_GROUP, j.weight, ()) for j in judgements(business_type))
