"""Issue 15: the dashboard as a buyer meets it (AppTest): pages that never depend on vendor and package names being
unique, the sample kept apart from real quotes, quotes left out and restored, weights that obey."""
from __future__ import annotations

from core.i18n import t

# Two quotes with the same vendor and package (a revised quote in the same table, or a file uploaded twice under
# another name): every page must still draw, each table keyed by the quote's own id.
TWINS = ("供应商,套餐,报价,等保三级,免费维护期\n"
         "甲科技,标准版,20万,是,12个月\n"
         "甲科技,标准版,30万,否,6个月\n"
         "乙软件,专业版,25万,是,12个月\n").encode()
PAGES = ("upload", "settings", "ranking", "compare", "risks", "robustness", "export")


def _twins(app_test, lang: str = "zh"):
    at = app_test()
    at.run()
    if lang != "zh":
        at.radio(key="lang").set_value(lang).run()
    at.file_uploader[0].set_value(("twins.csv", TWINS, "text/csv")).run()
    assert not at.exception
    return at


def test_quotes_sharing_vendor_and_package_draw_every_page(app_test):
    for lang in ("zh", "en"):
        at = _twins(app_test, lang)
        for page in PAGES:
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception, (lang, page, at.exception)
        # the robustness tables list both twins, each under its own id
        ids = [q.id for q in at.session_state["_ctx"].qs.quotes]
        assert len(set(ids)) == 3
        for table in at.table:
            if len(table.value) == 3:
                assert sorted(table.value.index) == sorted(ids), (lang, table.value)
