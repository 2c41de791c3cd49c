"""Deterministic messy quote files for the benchmarks: N quotes x 40 columns, as xlsx and csv.

Values look like what vendors really write ("22.8万", "19.8w", "面议", "✓", "一年", "7×24", "2小时内",
feature lists joined with 、) and repeat the way real quotes do: every column draws from a pool of
texts, so the number of distinct cell texts grows far slower than the number of cells. Vendor /
package pairs are unique, phone numbers are unique (as in real sheets); both are cheap to parse.

The xlsx is written by hand (shared strings, one sheet + an instructions sheet, a merged title row,
numbers as numbers): openpyxl would take minutes for 50,000 rows and we only need a faithful file.
"""
from __future__ import annotations

import csv
import io
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from core.ingest import col_letter

SEED = 20261102

TITLE = "某小贷公司 系统源码报价汇总（2026年11月，采购部整理）"
HEADER = [
    "序号", "供应商名称", "套餐", "业务类型", "报价", "维保期后年费", "政策适配费", "等保三级", "国密SM4", "HTTPS",
    "权限管理", "日志保存", "征信接口", "免费维保", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询",
    "承诺写入合同", "核心功能", "反欺诈", "风控模型", "区块链存证", "智能客服",
    # kept, not scored (reported as unmapped columns)
    "联系人", "联系电话", "填报日期", "有效期", "交付周期", "部署方式", "源码交付", "培训服务", "成功案例", "公司规模",
    "成立时间", "所在城市", "开发语言", "数据库", "备注",
]
assert len(HEADER) == 40
FOOTNOTES = ["注：以上报价均为含税价，有效期以各家报价单为准。", "制表：采购部 王某"]

_PREFIX = ["信达", "安信", "融科", "云贷", "金信", "汇通", "中创", "银河", "鼎盛", "华软", "恒生", "联易", "富民", "普惠",
           "智贷", "数金", "天元", "宏图", "博远", "瑞达", "卓越", "同创", "新峰", "易贷", "速融", "聚信", "众安", "明德",
           "睿智", "开元"]
_MID = ["", "金融", "数科", "信息", "网络", "软件", "智能", "云", "数据", "微贷", "科技", "互联", "系统", "信科",
        "创新", "通达", "嘉禾", "优品", "华夏", "星辰", "蓝海", "鸿运", "立信", "安达", "明珠", "德信", "合众", "长城",
        "东方", "南方"]
_SUFFIX = ["科技", "系统", "软件", "科技有限公司", "信息技术有限公司", "网络科技", "软件有限公司", "数科", "技术", "集团"]
_PACKAGES = ["基础版", "标准版", "专业版", "旗舰版", "企业版", "定制版"]
_CITIES = ["深圳", "北京", "上海", "杭州", "广州", "成都", "南京", "武汉", "西安", "苏州", "长沙", "重庆"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"


def _w(rng: random.Random, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def _price_text(rng: random.Random) -> str | float:
    wan = round(rng.triangular(9.0, 39.0, 21.0), 1)
    style = rng.random()
    if style < 0.06:
        return rng.choice(["面议", "待定", "询价", "另议"])
    if style < 0.30:
        return f"{wan:g}万"
    if style < 0.45:
        return f"{wan:g}万元"
    if style < 0.58:
        return f"{wan:g}w"
    if style < 0.68:
        return f"¥{int(wan * 10000):,}"
    if style < 0.76:
        return f"{int(wan * 10000)}元"
    if style < 0.80:
        return f"约{wan:g}万（含税）"
    if style < 0.83:
        return rng.choice(["十八万", "二十二万八千", "二十五万", "十九万八", "三十万"])
    if style < 0.86:
        return f"{int(wan)}-{int(wan) + 3}万"
    return float(int(wan * 10000))  # a number cell


def _fee_text(rng: random.Random) -> str | float:
    wan = rng.choice([1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6])
    return _w(rng, [(f"{wan:g}万/年", 30), (f"{wan:g}万", 20), (f"每年{int(wan * 10000)}元", 10), ("待定", 8),
                    ("按次收费，5000元/次", 5), ("免费", 4), ("面议", 6), ("", 10), (float(wan * 10000), 7)])


_FEATS_CORE = ["用户管理", "还款管理", "风控审批"]
_FEATS_PC = ["个人征信", "用户征信", "征信查询", "风控模型", "智能风控", "反欺诈", "还款提醒"]
_FEATS_EXTRA = ["营销插件", "会员体系", "数据分析大屏", "开放接口", "积分商城", "区块链存证", "元宇宙营销",
                "智能客服机器人", "电子合同", "商品管理", "海外支付通道"]


def _row(rng: random.Random, i: int, vendor: str, package: str) -> list:
    return [
        i,
        vendor,
        package,
        _w(rng, [("个人信用贷", 60), ("信用贷", 15), ("个人信用贷、消费分期", 10), ("通用", 10), ("", 5)]),
        _price_text(rng),
        _fee_text(rng),
        _w(rng, [("", 60), ("免费", 10), ("5万/次", 8), ("8万", 6), ("3万元/次", 6), ("面议", 10)]),
        _w(rng, [("等保三级", 35), ("是", 15), ("已取得", 10), ("三级", 10), ("等保三级(2023年取得)", 8), ("申请中", 7),
                 ("二级", 5), ("否", 5), ("✓", 5)]),
        _w(rng, [("SM4", 30), ("国密SM4", 25), ("是", 10), ("AES", 12), ("AES加密", 5), ("计划支持", 3), ("否", 5),
                 ("✓", 5), ("", 5)]),
        _w(rng, [("是", 45), ("✓", 15), ("HTTPS", 15), ("支持", 10), ("否", 3), ("全站HTTPS", 7), ("", 5)]),
        _w(rng, [("是", 35), ("有", 15), ("RBAC角色权限", 15), ("支持", 15), ("✓", 10), ("无", 3), ("", 7)]),
        _w(rng, [("6个月", 25), ("12个月", 25), ("一年", 15), ("3个月", 10), ("半年", 10), ("180天", 5), ("两年", 5),
                 ("", 5)]),
        _w(rng, [("央行征信", 20), ("百行征信", 20), ("央行征信、百行征信", 15), ("朴道征信", 10), ("第三方数据源", 15),
                 ("持牌机构", 5), ("无", 5), ("面议", 5), ("", 5)]),
        _w(rng, [("12个月", 30), ("一年", 20), ("6个月", 12), ("3个月", 8), ("两年", 10), ("1年", 10), ("24个月", 5),
                 ("", 5)]),
        _w(rng, [("bug修复+小版本升级", 30), ("bug修复", 20), ("仅修复系统崩溃", 8), ("bug修复及版本升级", 15),
                 ("含升级", 10), ("不含升级", 7), ("", 10)]),
        _w(rng, [("免费", 40), ("收费", 15), ("收费(8万)", 10), ("小调整免费，重大变化收费", 8), ("包含", 10),
                 ("面议", 7), ("", 10)]),
        _w(rng, [("7×24", 30), ("7×24小时", 15), ("5×8", 20), ("工作日 9:00-18:00", 10), ("7*24", 10),
                 ("24小时", 5), ("", 10)]),
        _w(rng, [("2小时内", 25), ("1小时", 15), ("4小时", 15), ("次日", 10), ("30分钟", 10), ("2h", 10),
                 ("24小时内", 5), ("", 10)]),
        _w(rng, [("是", 35), ("有", 15), ("✓", 10), ("否", 15), ("无", 10), ("维保期内", 5), ("", 10)]),
        _w(rng, [("是", 45), ("✓", 10), ("口头承诺", 10), ("否", 10), ("写入合同", 15), ("", 10)]),
        None,  # features: filled from a pool below
        _w(rng, [("✓", 40), ("✗", 20), ("是", 15), ("否", 10), ("", 15)]),
        _w(rng, [("✓", 50), ("✗", 15), ("是", 15), ("否", 5), ("", 15)]),
        _w(rng, [("✗", 50), ("✓", 10), ("否", 20), ("", 20)]),
        _w(rng, [("✗", 40), ("✓", 20), ("否", 20), ("", 20)]),
        f"{rng.choice(_SURNAMES)}{rng.choice(['经理', '总', '工', '先生', '女士'])}",
        f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
        f"2026-{rng.randint(8, 11):02d}-{rng.randint(1, 28):02d}",
        _w(rng, [("30天", 40), ("90天", 30), ("60天", 20), ("", 10)]),
        _w(rng, [("45个工作日", 20), ("2个月", 25), ("3个月", 25), ("60天", 15), ("", 15)]),
        _w(rng, [("私有化部署", 50), ("云部署", 25), ("私有化/云均可", 15), ("", 10)]),
        _w(rng, [("是", 60), ("全部源码", 20), ("部分源码", 10), ("", 10)]),
        _w(rng, [("3天现场培训", 30), ("远程培训", 30), ("免费培训", 20), ("", 20)]),
        _w(rng, [("20+家小贷公司", 20), ("50余家", 20), ("10家", 20), ("百余家金融机构", 10), ("", 30)]),
        _w(rng, [("50-100人", 35), ("100-300人", 30), ("300人以上", 15), ("50人以下", 20)]),
        f"{rng.randint(2005, 2022)}年",
        rng.choice(_CITIES),
        _w(rng, [("Java", 55), ("Java/Spring Cloud", 20), ("Go", 10), ("PHP", 10), ("Python", 5)]),
        _w(rng, [("MySQL", 55), ("Oracle", 15), ("达梦", 10), ("PostgreSQL", 10), ("OceanBase", 10)]),
        _w(rng, [("", 70), ("含一年维保", 8), ("价格待演示后确定", 6), ("维护期签约后告知", 5), ("可分期付款", 6),
                 ("报价含首年服务器", 5)]),
    ]


def _feature_pool(rng: random.Random, n: int = 400) -> list[str]:
    """Feature lists as vendors paste them: a few hundred distinct lists, each reused many times."""
    out = []
    for _ in range(n):
        items = [f for f in _FEATS_CORE if rng.random() < 0.92]
        items += rng.sample(_FEATS_PC, rng.randint(1, 4))
        items += rng.sample(_FEATS_EXTRA, rng.choice([0, 0, 1, 1, 2, 3]))
        sep = _w(rng, [("、", 60), ("，", 15), ("\n", 10), (",", 10), (" ", 5)])
        out.append(sep.join(items))
    return out


def rows(n: int, seed: int = SEED) -> list[list]:
    """Title, blank, header, n quote rows (a blank row every 500 quotes), blank, two footnotes."""
    rng = random.Random(seed)
    pairs = [(p + m + s, pk) for p in _PREFIX for m in _MID for s in _SUFFIX for pk in _PACKAGES]
    if n > len(pairs):
        raise ValueError(f"at most {len(pairs)} distinct vendor/package pairs")
    chosen = rng.sample(pairs, n)
    feats = _feature_pool(rng)
    out: list[list] = [[TITLE], [], list(HEADER)]
    for i, (vendor, package) in enumerate(chosen, 1):
        r = _row(rng, i, vendor, package)
        r[20] = rng.choice(feats) if rng.random() > 0.03 else rng.choice(["", "详见附件", "面议"])
        out.append(r)
        if i % 500 == 0 and i < n:
            out.append([])
    out += [[], [FOOTNOTES[0]], [FOOTNOTES[1]]]
    return out


# ------------------------------------------------------------------------------------------------ writers
_col = col_letter  # the engine's own column letters


def csv_bytes(table: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in table:
        w.writerow(["" if v is None else (f"{v:g}" if isinstance(v, float) else v) for v in r])
    return buf.getvalue().encode("utf-8-sig")  # Excel's "CSV UTF-8" export


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/worksheets/sheet2.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
       '<Override PartName="/xl/styles.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
       '<sheet name="报价汇总" sheetId="1" r:id="rId1"/><sheet name="填写说明" sheetId="2" r:id="rId2"/>'
       '</sheets></workbook>')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}worksheet" Target="worksheets/sheet2.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId4" Type="{_REL}styles" Target="styles.xml"/></Relationships>')
_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
           '</styleSheet>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>')


def _sheet_xml(table: list[list], sst: dict[str, int], merge: str | None) -> str:
    parts = [_SHEET_HEAD]
    letters = [_col(c) for c in range(64)]
    for r, row in enumerate(table, 1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = f"{letters[c]}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                num = f"{v:g}" if isinstance(v, float) else str(v)
                cells.append(f'<c r="{ref}"><v>{num}</v></c>')
            else:
                idx = sst.setdefault(v, len(sst))
                cells.append(f'<c r="{ref}" t="s"><v>{idx}</v></c>')
        parts.append(f'<row r="{r}">{"".join(cells)}</row>' if cells else "")
    parts.append("</sheetData>")
    if merge:
        parts.append(f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>')
    parts.append("</worksheet>")
    return "".join(parts)


def xlsx_bytes(table: list[list]) -> bytes:
    sst: dict[str, int] = {}
    sheet1 = _sheet_xml(table, sst, f"A1:{_col(len(HEADER) - 1)}1")
    notes = [["填写说明"], ["1. 各家报价由销售人员口头或邮件提供。"], ["2. 面议/待定的项目需在合同谈判前确认。"]]
    sheet2 = _sheet_xml(notes, sst, None)
    si = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in sst)
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" '
               f'uniqueCount="{len(sst)}">{si}</sst>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, text in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", _WB_RELS), ("xl/styles.xml", _STYLES),
                           ("xl/sharedStrings.xml", sst_xml), ("xl/worksheets/sheet1.xml", sheet1),
                           ("xl/worksheets/sheet2.xml", sheet2)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def write_files(n: int, out_dir: Path, seed: int = SEED) -> dict[str, Path]:
    """Write quotes_<n>.xlsx and quotes_<n>.csv (skipped when already there: same seed, same bytes)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"xlsx": out_dir / f"quotes_{n}_{seed}.xlsx", "csv": out_dir / f"quotes_{n}_{seed}.csv"}
    if all(p.exists() for p in paths.values()):
        return paths
    table = rows(n, seed)
    paths["xlsx"].write_bytes(xlsx_bytes(table))
    paths["csv"].write_bytes(csv_bytes(table))
    return paths


if __name__ == "__main__":
    import sys
    import tempfile

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    d = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.gettempdir()) / "vqc_bench"
    for fmt, p in write_files(n, d).items():
        print(fmt, p, p.stat().st_size)
