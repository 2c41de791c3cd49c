"""AppTest: the Upload & review page (upload, sample, bad files, mapping corrections, language)."""
from __future__ import annotations

import csv
import io

from core.i18n import t

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PERSONAL = "报价对比表_个人信用贷.xlsx"


def _csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


# A small wide table whose "维保时长" header matches no field (so it is kept, not scored).
ODD_HEADER = _csv([
    ["供应商", "套餐", "报价", "等保三级", "国密SM4", "维保时长", "技术支持", "响应时间", "功能清单"],
    ["甲科技", "标准版", "22万", "是", "是", "12个月", "7×24", "2小时", "用户管理、还款管理、风控审批、个人征信、风控模型"],
    ["乙软件", "基础版", "19万", "是", "否", "6个月", "5×8", "8小时", "用户管理、还款管理、风控审批"],
])


def _ctx(at):
    return at.session_state["_ctx"]


def _table(at, column: str):
    """The first table on the page with this column (read-only tables carry no key in AppTest)."""
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with column {column!r}")


def _texts(at) -> str:
    parts = [x.value for x in at.markdown] + [x.value for x in at.caption] + [x.value for x in at.success]
    parts += [x.value for x in at.warning] + [x.value for x in at.error] + [x.value for x in at.info]
    parts += [x.value for x in at.title] + [x.value for x in at.subheader]
    return "\n".join(str(p) for p in parts)


def test_empty_state_is_a_pointer_not_an_error(app_test):
    at = app_test()
    at.run()
    assert not at.exception
    assert not at.error
    assert t("ui.empty.title", "zh") in _texts(at)
    assert at.button(key="up_sample").label == t("ui.upload.sample", "zh")
    assert at.download_button(key="up_template").label == t("ui.upload.template", "zh")


def test_sample_button_loads_and_shows_top_pick(app_test):
    at = app_test()
    at.run()
    at.button(key="up_sample").click().run()
    assert not at.exception
    assert list(at.session_state["files"]) == [PERSONAL]
    assert any("安信科技" in s.value and "首选" in s.value for s in at.success)
    assert at.metric[0].value == "4"  # quotes read
    mapping = at.data_editor[0].value
    assert {"供应商", "报价", "等保三级认证"} <= set(mapping["label"])
    # the unreadable cell is listed with its sheet and cell address
    cells = _table(at, t("ui.col.cell", "zh"))
    assert "C6" in set(cells[t("ui.col.cell", "zh")])
    assert "报价对比" in set(cells[t("ui.col.sheet", "zh")])


def test_upload_through_the_file_uploader(app_test, sample_dir):
    at = app_test()
    at.run()
    data = (sample_dir / "商户经营贷_报价汇总.xlsx").read_bytes()
    at.file_uploader[0].set_value(("商户经营贷_报价汇总.xlsx", data, XLSX)).run()
    assert not at.exception
    assert list(at.session_state["files"]) == ["商户经营贷_报价汇总.xlsx"]
    assert len(_ctx(at).res.vendors) == 4
    # the uploader is fresh again, the file is listed below it
    assert at.file_uploader[0].value in (None, [])
    assert "商户经营贷_报价汇总.xlsx" in _texts(at)
    # "备注" is a notes column: read for any fact it states, mapped (and editable) as such, not "kept, not scored"
    assert {m.label: m.code for m in _ctx(at).qs.mapping}["备注"] == "notes"
    assert not _ctx(at).qs.unmapped_columns
    # these quotes say merchant loans: the page offers to switch the business type
    at.button(key="up_switch_type").click().run()
    assert not at.exception
    assert at.session_state["bt"] == "merchant_loan"
    assert _ctx(at).res.profile.business_type == "merchant_loan"


def test_several_files_and_a_bad_one(app_test, sample_dir):
    at = app_test()
    at.run()
    files = [
        (PERSONAL, (sample_dir / PERSONAL).read_bytes(), XLSX),
        ("坏文件.xlsx", b"this is not a spreadsheet at all", XLSX),
        ("报价汇总_GBK.csv", (sample_dir / "报价汇总_GBK.csv").read_bytes(), "text/csv"),
    ]
    at.file_uploader[0].set_value(files).run()
    assert not at.exception
    ctx = _ctx(at)
    assert len(ctx.res.vendors) == 8  # the two good files still load
    assert [f.file for f in ctx.failures] == ["坏文件.xlsx"]
    errors = [e.value for e in at.error]
    assert any("坏文件.xlsx" in e for e in errors), errors
    assert at.metric[1].value == "2 / 3"
    # removing the bad file clears its error
    names = list(at.session_state["files"])
    at.button(key=f"up_rm_{names.index('坏文件.xlsx')}").click().run()
    assert not at.exception
    assert not at.error
    assert len(_ctx(at).res.vendors) == 8


def test_only_unusable_files_show_the_core_message(app_test):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("empty.csv", b"", "text/csv")).run()
    assert not at.exception
    assert _ctx(at).res is None
    assert any("empty.csv" in e.value for e in at.error)
    # every other page shows the same message and the pointer, without an exception
    at.switch_page("views/ranking.py").run()
    assert not at.exception
    assert any("empty.csv" in e.value for e in at.error)
    assert t("ui.empty.title", "zh") in _texts(at)


def test_mapping_correction_changes_the_value(app_test):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("odd.csv", ODD_HEADER, "text/csv")).run()
    ctx = _ctx(at)
    assert ctx.qs.quotes[0].values["free_maintenance_months"] is None
    assert at.metric[3].value == "1"  # one column kept, not scored
    table = at.data_editor[0].value
    row = list(table["label"]).index("维保时长")
    assert table["target"][row] == "none"
    before = {vr.quote.vendor: vr.utilities["free_maintenance_months"] for vr in ctx.res.vendors}

    editor = at.data_editor[0].key
    at.session_state[editor] = {"edited_rows": {row: {"target": "free_maintenance_months"}},
                                "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert at.session_state["overrides"] == {"维保时长": "free_maintenance_months"}
    ctx = _ctx(at)
    values = {q.vendor: q.values["free_maintenance_months"] for q in ctx.qs.quotes}
    assert values == {"甲科技": 12, "乙软件": 6}
    after = {vr.quote.vendor: vr.utilities["free_maintenance_months"] for vr in ctx.res.vendors}
    assert after != before and after["甲科技"] > 0
    assert at.metric[3].value == "0"
    table = at.data_editor[0].value
    assert bool(table["manual"][list(table["label"]).index("维保时长")])

    # undo
    at.button(key="up_map_reset").click().run()
    assert not at.exception
    assert at.session_state["overrides"] == {}
    assert _ctx(at).qs.quotes[0].values["free_maintenance_months"] is None


def test_language_switch_keeps_data_and_choices(app_test):
    at = app_test()
    at.run()
    at.selectbox(key="bt").set_value("consumer_installment").run()
    at.button(key="up_sample").click().run()
    assert list(at.session_state["files"]) == ["报价汇总_GBK.csv"]
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == t("ui.upload.title", "en")
    assert at.session_state["bt"] == "consumer_installment"
    assert at.selectbox(key="bt").options == [t(f"bt.{b}", "en") for b in
                                              ("personal_credit", "merchant_loan", "consumer_installment")]
    assert at.button(key="up_sample").label == t("ui.upload.sample", "en")
    assert len(_ctx(at).res.vendors) == 4
    at.run()  # a second run in English keeps everything
    assert not at.exception and at.session_state["bt"] == "consumer_installment"
    at.radio(key="lang").set_value("zh").run()
    assert not at.exception
    assert at.title[0].value == t("ui.upload.title", "zh")
    assert at.session_state["bt"] == "consumer_installment"


def test_a_title_naming_another_business_type_offers_the_switch(app_test):
    """No quote says which business type it is for, but the file's title does ('消费分期系统采购比价表'): the page says
    so and offers to switch, and the switch scores the quotes as consumer instalments (their must-haves apply)."""
    rows = [["消费分期系统采购比价表（2025年9月）"], [],
            ["供应商", "报价", "等保三级", "功能清单"],
            ["丙科技（消费分期科技有限公司）", "22万", "是", "商品管理、分期计算器、订单跟踪、用户管理"],
            ["丁软件", "19万", "是", "用户管理、还款管理、分期试算"]]
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("比价.csv", _csv(rows), "text/csv")).run()
    assert not at.exception and at.session_state["bt"] == "personal_credit"
    hint = t("ui.upload.type_hint_title", "zh", declared=t("bt.consumer_installment", "zh"),
             current=t("bt.personal_credit", "zh"))
    assert hint in [x.value for x in at.info]
    at.button(key="up_switch_type").click().run()
    assert not at.exception
    assert _ctx(at).res.profile.business_type == "consumer_installment"
    assert hint not in [x.value for x in at.info]  # said once: the type is now the title's
