"""Every user-facing string, in Chinese and English.

One table of ``key: (zh, en)`` so the two languages can never drift apart; ``ZH`` and ``EN`` are the
two dicts built from it. ``t(key, lang, **params)`` formats; a missing parameter shows as ``{name}``
instead of raising.
"""
from __future__ import annotations

from . import schema

LANGS = ("zh", "en")

_T: dict[str, tuple[str, str]] = {
    # --- errors (unusable input) ---------------------------------------------------------------
    "err.empty_file": ("文件“{file}”是空的，没有可读的内容。", "File '{file}' is empty: there is nothing to read."),
    "err.wrong_type": ("文件“{file}”的类型 .{ext} 不支持，请上传 xlsx、xlsm、xls、ods、csv 或 tsv 文件。",
                       "File '{file}' has type .{ext}, which is not supported: upload xlsx, xlsm, xls, ods, csv or tsv."),
    "err.not_spreadsheet": ("文件“{file}”不是表格文件（扩展名与内容不符）。",
                            "File '{file}' is not a spreadsheet (its content does not match its name)."),
    "err.corrupt": ("文件“{file}”已损坏或不完整，无法打开。请重新导出后再上传。",
                    "File '{file}' is damaged or incomplete and cannot be opened. Export it again and re-upload."),
    "err.encrypted": ("文件“{file}”设置了密码或已加密。请在 Excel 中取消密码后再上传。",
                      "File '{file}' is password-protected or encrypted. Remove the password in Excel and upload it again."),
    "err.encoding": ("文件“{file}”的文字编码无法识别。请另存为 UTF-8 或 Excel 格式。",
                     "The text encoding of '{file}' could not be recognised. Save it as UTF-8 or as an Excel file."),
    "err.file_too_large": ("文件“{file}”超过 {mb} MB，已拒绝。", "File '{file}' is larger than {mb} MB and was refused."),
    "err.zip_bomb": ("文件“{file}”解压后超过 {mb} MB，已拒绝（可能是恶意文件）。",
                     "File '{file}' expands to more than {mb} MB and was refused (it may be hostile)."),
    "err.zip_members": ("文件“{file}”内部包含 {n} 个部件，数量异常，已拒绝。",
                        "File '{file}' contains {n} parts, which is abnormal; it was refused."),
    "err.xml_entities": ("文件“{file}”包含不允许的 XML 实体声明，已拒绝。",
                         "File '{file}' contains XML entity declarations, which are not allowed; it was refused."),
    "err.too_many_rows": ("文件“{file}”的工作表“{sheet}”有 {n} 行，超过上限 {max} 行。",
                          "Sheet '{sheet}' of '{file}' has {n} rows, more than the limit of {max}."),
    "err.too_many_cols": ("文件“{file}”的工作表“{sheet}”有 {n} 列，超过上限 {max} 列。",
                          "Sheet '{sheet}' of '{file}' has {n} columns, more than the limit of {max}."),
    "err.too_many_cells": ("文件“{file}”的工作表“{sheet}”的数据区域有 {rows} 行 × {cols} 列（{n} 个单元格），"
                           "超过上限 {max} 个，已拒绝。请删掉远处的空白或无关单元格后再上传。",
                           "Sheet '{sheet}' of '{file}' spans {rows} rows × {cols} columns ({n} cells), more than the "
                           "limit of {max}; it was refused. Delete stray cells far from the table and upload again."),
    "err.too_many_merges": ("文件“{file}”的工作表“{sheet}”有 {n} 个合并单元格区域，超过上限 {max} 个，已拒绝。",
                            "Sheet '{sheet}' of '{file}' has {n} merged cell areas, more than the limit of {max}; it "
                            "was refused."),
    "err.too_many_strings": ("文件“{file}”里有 {n} 段不同的文字，却只有 {cells} 个单元格，正常的表格文件不会这样，已拒绝。"
                             "请用 Excel 打开后另存为 .xlsx 再上传。",
                             "File '{file}' holds {n} distinct texts for only {cells} cells, which no normal "
                             "spreadsheet does; it was refused. Open it in Excel, save it as .xlsx and upload it "
                             "again."),
    "err.html_table": ("文件“{file}”其实是网页（HTML），只是扩展名是表格，不是真正的 Excel 文件。"
                       "请用 Excel 打开后“另存为” .xlsx，或在原系统中导出 Excel/CSV 格式后再上传。",
                       "File '{file}' is a web page (HTML) with a spreadsheet name, not a real Excel file. Open it "
                       "in Excel and use Save As .xlsx, or export Excel/CSV from the source system, then upload."),
    "err.xml_2003": ("文件“{file}”是旧版“XML 电子表格 2003”格式，无法直接读取。请用 Excel 打开后另存为 .xlsx 再上传。",
                     "File '{file}' is in the old 'XML Spreadsheet 2003' format, which cannot be read. Open it in "
                     "Excel, save it as .xlsx and upload it again."),
    "err.all_declined": ("文件“{file}”列出的 {n} 家投标人都已放弃报价（如“{text}”），没有可以评分的报价。",
                         "Every bidder listed in '{file}' declined to quote ({n}, e.g. '{text}'): there is no quote "
                         "to score."),
    "err.no_table": ("文件“{file}”中没有找到报价表：没有一行或一列像“供应商、报价、等保三级……”这样的表头。",
                     "No quote table found in '{file}': no row or column of labels such as 'vendor, price, MLPS "
                     "level 3…'."),
    "err.no_vendor": ("文件“{file}”的工作表“{sheet}”找不到供应商列（或供应商行），无法区分各家报价。",
                      "Sheet '{sheet}' of '{file}' has no vendor column (or row), so the quotes cannot be told apart."),
    "err.headers_only": ("文件“{file}”的工作表“{sheet}”只有表头，没有报价数据。",
                         "Sheet '{sheet}' of '{file}' has headers but no quotes."),
    "err.others_words_only": ("文件“{file}”的工作表“{sheet}”没有供应商自己的报价：每一行都是别人说的话（已逐条列出，未计入）。",
                              "Sheet '{sheet}' of '{file}' holds no vendor's own quote: every row is someone else's words "
                              "(each listed, none counted)."),
    "err.no_quotes": ("没有读到任何报价。", "No quote could be read."),
    "err.bad_type": ("未知的业务类型“{type}”。", "Unknown business type '{type}'."),
    "err.bad_profile": ("评分设置文件无法读取（格式不对或数值无效）。",
                        "The scoring profile could not be read (wrong format or invalid numbers)."),
    "err.cannot_read": ("无法读取文件“{file}”：{reason}", "Cannot read file '{file}': {reason}"),
    "err.cannot_write": ("无法写入“{file}”：{reason}", "Cannot write '{file}': {reason}"),
    # issue 16: untrusted files (reading sandbox, workbook-wide budget, declared maximum)
    "err.reader_crashed": ("读取文件“{file}”时读取程序异常退出，文件可能已损坏或是恶意构造的，已拒绝。其他文件不受影响。",
                           "Reading '{file}' made the reader stop abnormally; the file may be damaged or hostile and "
                           "was refused. Other files are not affected."),
    "err.reader_limit": ("读取文件“{file}”需要超过 {mb} MB 内存或 {s} 秒计算时间，已拒绝。请删掉无关的工作表或远处的单元格后再上传。",
                         "Reading '{file}' needed more than {mb} MB of memory or {s} s of computing time; it was "
                         "refused. Delete unrelated sheets or stray cells far from the table and upload again."),
    "err.too_many_sheets": ("文件“{file}”有 {n} 个工作表，超过上限 {max} 个，已拒绝。",
                            "File '{file}' has {n} sheets, more than the limit of {max}; it was refused."),
    "err.book_too_large": ("文件“{file}”所有工作表的数据区域合计 {n} 个单元格，超过上限 {max} 个，已拒绝。",
                           "The sheets of '{file}' span {n} cells in all, more than the limit of {max}; it was "
                           "refused."),
    "err.too_many_quotes": ("文件“{file}”使本次上传的报价达到 {n} 条，超过上限 {max} 条，已拒绝。请分批比较。",
                            "File '{file}' brings this upload to {n} quotes, more than the limit of {max}; it was "
                            "refused. Compare them in batches."),
    "err.too_much_quote_data": ("文件“{file}”使本次上传的报价数据达到 {n} 个单元格（报价数 × 列数），超过上限 {max} 个，已拒绝。"
                                "请删掉无关的列或分批比较。",
                                "File '{file}' brings this upload to {n} cells of quote data (quotes × columns), more "
                                "than the limit of {max}; it was refused. Delete unrelated columns or compare the "
                                "quotes in batches."),
    # --- issue 16 (output): untrusted files, restored settings, literal text ------------------------
    "err.profile_not_finite": ("评分设置无效：{field} 的值 {value} 不是有限的数字，设置未应用。",
                               "Invalid scoring settings: {field} is {value}, not a finite number; nothing was "
                               "applied."),
    "err.profile_range": ("评分设置无效：{field} 的值 {value} 不在 {lo}–{hi} 之间，设置未应用。",
                          "Invalid scoring settings: {field} is {value}, outside {lo}–{hi}; nothing was applied."),
    "err.profile_unknown": ("评分设置无效：未知的项目 {field}，设置未应用。",
                            "Invalid scoring settings: unknown item {field}; nothing was applied."),
    "err.profile_budget": ("评分设置无效：预算下限 {lo} 高于上限 {hi}，设置未应用。",
                           "Invalid scoring settings: the budget's lower bound {lo} is above its upper bound {hi}; "
                           "nothing was applied."),
    "err.override_unknown": ("评分表中保存的映射修正无效：“{label}”映射到未知的字段 {code}，映射修正未应用。",
                             "Invalid mapping corrections in the workbook: '{label}' maps to an unknown field "
                             "{code}; no correction was applied."),
    "cli.type_declared": ("未指定 --type：多数报价写明的业务类型是“{type}”，按它评分（可用 --type 改）。",
                          "No --type given: most quotes say they are for '{type}', so they are scored as that "
                          "(change it with --type)."),
    "cli.type_titled": ("未指定 --type：文件标题写的业务类型是“{type}”，按它评分（可用 --type 改）。",
                        "No --type given: the file's title names '{type}', so the quotes are scored as that "
                        "(change it with --type)."),
    "cli.restore_skipped": ("注意：“{file}”中保存了评分设置或映射修正，未应用（本次按默认/指定设置评分）；"
                            "如需恢复请加 --restore-settings。",
                            "Note: '{file}' carries saved scoring settings or mapping corrections; they were not "
                            "applied (scored with the default or given settings). Add --restore-settings to "
                            "restore them."),
    "warn.xml_char": ("“{text}”含有 Excel 无法保存的字符（控制字符等），导出的评分表中以 � 代替。",
                      "'{text}' holds characters Excel cannot store (control characters and the like); the "
                      "scored workbook shows them as �."),
    "warn.absurd_duration": ("“{text}”时长大得不合理，按未知处理。",
                             "'{text}' is an absurdly long duration; treated as unknown."),
    "warn.absurd_hours": ("“{text}”响应时间大得不合理，按未知处理。",
                          "'{text}' is an absurdly long response time; treated as unknown."),
    "warn.cell_unreadable": ("工作表“{sheet}”第 {row} 行有单元格的值超出范围，无法读取，按空白处理。",
                             "Row {row} of sheet '{sheet}' holds a value out of range that cannot be read; "
                             "treated as blank."),
    "ui.restore.title": ("这个评分表里保存了评分设置，尚未应用", "This workbook carries saved scoring settings, not applied"),
    "ui.restore.help": ("来自文件“{file}”。上传的文件可能被他人改过：请核对下表，确认后再应用。当前排名仍按你自己的设置计算。",
                        "From '{file}'. An uploaded file may have been changed by someone else: check the list "
                        "below before applying it. The ranking still uses your own settings."),
    "ui.restore.col.setting": ("设置", "Setting"),
    "ui.restore.col.current": ("当前", "Current"),
    "ui.restore.col.restored": ("评分表中", "In the workbook"),
    "ui.restore.same": ("评分表中的设置与当前设置相同。", "The workbook's settings are the same as the current ones."),
    "ui.restore.apply": ("应用这些设置", "Apply these settings"),
    "ui.restore.dismiss": ("不应用", "Dismiss"),
    "ui.restore.invalid": ("评分表中的评分设置无效，不能应用：{reason}",
                           "The workbook's scoring settings are invalid and cannot be applied: {reason}"),
    "restore.mapping": ("映射修正：{label}", "Mapping correction: {label}"),
    "restore.business_type": ("业务类型", "Business type"),
    "restore.budget": ("预算", "Budget"),
    "restore.horizon": ("总成本年限", "Cost horizon (years)"),
    "restore.group": ("维度权重：{name}", "Group weight: {name}"),
    "restore.criterion": ("指标权重：{name}", "Criterion weight: {name}"),
    "restore.gate": ("门槛：{name}", "Gate: {name}"),
    "restore.method": ("汇总方法", "Aggregation method"),
    "restore.vat": ("增值税税率（不含税报价换算用）", "VAT rate (for tax-exclusive prices)"),
    "restore.on": ("开", "on"),
    "restore.off": ("关", "off"),
    # --- warnings (a cell that could not be read; a guess that was made) ----------------------
    "warn.foreign_currency": ("“{text}”是外币金额，文件中没有给出换算汇率，按未知处理（请在表头写明如“汇率：1港元=0.93人民币”）。",
                              "'{text}' is in another currency and the file states no rate; treated as unknown (state one in "
                              "the title rows, e.g. 'FX: HKD 1 = RMB 0.93')."),
    "warn.not_money": ("“{text}”不是可识别的金额，按未知处理。", "'{text}' is not a recognisable amount; treated as unknown."),
    "warn.range_upper": ("“{text}”是价格区间，按上限计算。", "'{text}' is a price range; the upper bound is used."),
    "warn.unit_ignored": ("“{text}”比表头的单位（万元）大得多，按元理解。",
                          "'{text}' is far too large for the header's unit (万); read as CNY."),
    "warn.assumed_wan": ("“{text}”没有单位，按“万元”理解。", "'{text}' has no unit; read as 万 (10,000 CNY)."),
    "warn.negative": ("“{text}”是负数，不合理，按未知处理。", "'{text}' is negative, which makes no sense; treated as unknown."),
    "warn.absurd_money": ("“{text}”金额大得不合理，按未知处理。", "'{text}' is an absurdly large amount; treated as unknown."),
    "warn.per_incident_fee": ("“{text}”是按次收费，没有年费金额，按未知处理。",
                              "'{text}' is a per-incident charge with no yearly amount; treated as unknown."),
    "warn.not_yes_no": ("“{text}”不是“是/否”，按未知处理。", "'{text}' is not a yes/no answer; treated as unknown."),
    "warn.not_duration": ("“{text}”不是可识别的时长，按未知处理。", "'{text}' is not a recognisable duration; treated as unknown."),
    "warn.not_hours": ("“{text}”不是可识别的响应时间，按未知处理。", "'{text}' is not a recognisable response time; treated as unknown."),
    "warn.vague_response": ("“{text}”没有给出具体响应时间，按未知处理。",
                            "'{text}' gives no concrete response time; treated as unknown."),
    "warn.capital_disagrees": ("“{text}”的大写与小写金额不一致：按大写金额计算（以大写金额为准），请向服务商核实。",
                               "'{text}' gives the amount in words (大写) and in figures, and they differ: the amount in "
                               "words is used (it governs), ask the vendor."),
    "warn.not_understood": ("“{text}”无法理解，按未知处理。", "'{text}' could not be understood; treated as unknown."),
    "warn.no_features_recognised": ("功能清单“{text}”中没有识别出任何已知功能。",
                                    "No known feature was recognised in the list '{text}'."),
    "warn.zero_not_quoted": ("报价金额写的是“{text}”，而备注说尚未报价：按未报价处理（价格未知，待核实），不当作免费。",
                             "The price reads '{text}' while the notes say it is not quoted yet: read as no price "
                             "(unknown, to be verified), not as free."),
    "warn.editions_split": ("{cell} 一格列出了 {n} 个版本（{editions}），已按版本拆成 {n} 份报价分别评分；只写给某个版本的内容只算在该版本上。",
                            "{cell} lists {n} editions in one cell ({editions}): scored as {n} quotes, one per edition; what is written for one edition counts for that edition only."),
    "warn.duplicate_quote": ("“{vendor}”出现了不止一次（首次出现在 {first}），两条都保留并评分。",
                             "'{vendor}' appears more than once (first at {first}); both are kept and scored."),
    "warn.cell_truncated": ("文件“{file}”工作表“{sheet}”的单元格 {cell} 有 {n} 个字符，过长，只保留了前 {max} 个字符。",
                            "Cell {cell} of sheet '{sheet}' in '{file}' holds {n} characters, too many: only the "
                            "first {max} were kept."),
    "warn.decimal_comma": ("文件“{file}”按欧洲区域格式保存（分号分隔、小数点写作逗号、千位用点）：已按“22,8 = 22.8”“26.000 = 26000”读取 {n} 个数字，请核对。",
                           "File '{file}' was saved with a continental locale (';' between fields, a comma for the decimal "
                           "point, a point between thousands): {n} figures were read as '22,8 = 22.8', '26.000 = 26000'. "
                           "Check them."),
    "warn.nul_removed": ("文件“{file}”中有 {n} 个空字符（NUL），已删除后读取，请核对内容。",
                         "File '{file}' contained {n} NUL bytes; they were removed before reading. Check the content."),
    "warn.mixed_encoding": ("文件“{file}”混用了两种文字编码（{n} 行是 GBK，其余是 UTF-8），已逐行识别，请核对文字是否正确。",
                            "File '{file}' mixes two text encodings ({n} lines in GBK, the rest in UTF-8); each line "
                            "was decoded on its own. Check that the text reads correctly."),
    "warn.date_not_number": ("文件“{file}”工作表“{sheet}”的单元格 {cell} 是日期（{text}），这里应填数字，按未知处理。"
                             "如果本来是数字，请把单元格格式改为“数值”。",
                             "Cell {cell} of sheet '{sheet}' in '{file}' holds a date ({text}) where a number belongs; "
                             "treated as unknown. If it is meant as a number, format the cell as Number."),
    "warn.where": ("{file} › {sheet} › {cell}", "{file} › {sheet} › {cell}"),
    "skip.no_vendor": ("这一行/列有数据但没有供应商名称，未评分。", "This row/column has data but no vendor name; not scored."),
    "skip.summary_row": ("这一行是对其他报价的统计（最低、平均、合计等），不是一份报价，未评分。",
                         "This row summarises the other quotes (lowest, average, total...): it is not a quote and was not scored."),
    "skip.example_row": ("模板中的示例行，未评分。", "Example row of the template; not scored."),
    "skip.instructions_row": ("模板里的填写说明行（告诉供应商每栏怎么填），不是报价，未评分。",
                              "The template's instructions row (how to fill in each column): no quote, not scored."),
    "skip.above_header": ("表头上方的一行数据（见右侧文字）：不在所读的报价表内，未评分。请核对是否有漏读的报价（如另一张表）。",
                          "A row of data above the header of the table read (see the text beside): outside that table, not "
                          "scored. Check whether a quote is missed (another table on the sheet, for instance)."),
    "note.split_row": ("这一行没有序号，供应商名称接着上一行（见右侧）：是 PDF 转换时拆成两行的同一家报价，已逐格接上后读取。",
                       "This row has no number and its vendor name continues the row above (see beside): one quote split "
                       "over two rows by a PDF conversion, read with each cell joined to the one above."),
    "skip.note_row": ("备注行，未评分。", "Note row; not scored."),
    "skip.other_buyer_sheet": ("另一家公司（如一同询价的兄弟公司）的报价页，标明仅供核对或参考：不是本公司的报价，也不是后一轮报价，未评分。",
                               "Another company's prices (a sister company asking the same vendors), marked for checking "
                               "or reference only: not this buyer's quotes nor a later round; not scored."),
    "skip.other_tier": ("价目表中的另一档（见右侧文字）：贵司的规模不在这一档，不是给贵司的价格，未计入。",
                        "Another tier of the price book (see beside): the buyer's size is not in it, so it is not this "
                        "buyer's price; not read."),
    "note.tier_chosen": ("这家按规模或方案分档报价：已按贵司的规模和采购方式（源码买断）取这一档（见右侧文字：所取的档位或方案及所依据的规模），其价格即对贵司的报价；其他档位和方案未计入。",
                         "This vendor prices by size or by option: the tier or option for the buyer's size and purchase "
                         "(a buy-out with the source) was taken (see beside: what was taken and the size it was chosen "
                         "by); its price is the price for this buyer, the other tiers and options are not read."),
    "note.no_purchase_option": ("这家只给了订阅（SaaS）等方案，没有源码买断的报价（见右侧文字）：报价按未知处理，订阅费不当作买断价。",
                                "This vendor offers only a subscription (SaaS) or the like, no buy-out with the source "
                                "(see beside): its price is unknown; a subscription fee is never taken for a buy-out "
                                "price."),
    "skip.subscription_option": ("订阅（SaaS、租用）方案（见右侧文字）：是另一种产品，不是源码买断的价格，未计入。",
                                 "A subscription (SaaS, rental) option (see beside): another product, not the price of "
                                 "a buy-out with the source; not read."),
    "skip.usage_charge": ("按次或按量收取的使用费（征信机构的查询费、供应商的数据服务费等，见右侧文字）：是使用时的费用，不计入系统价格，也不是维保年费。",
                          "A charge per use (the credit bureaus' query fees, a vendor's data-service fee; see beside): "
                          "paid for use, never part of the system's price nor the yearly maintenance fee."),
    "note.tier_unknown": ("这家按规模分档报价，但无法确定贵司所在的档位（见右侧文字）：报价按未知处理。请在表格上方写明贵司规模（如年放款额、账号数），或请供应商给出固定报价。",
                          "This vendor prices by size, but the buyer's tier could not be told (see beside): its price "
                          "is unknown. State the buyer's size above the table (yearly lending, accounts) or ask the "
                          "vendor for a fixed price."),
    "skip.other_party_row": ("这一行只适用于联合采购中的另一家公司（见右侧文字，如牵头方自己的部署），不是对本公司的承诺，未计入。",
                             "This row applies only to another company of the joint purchase (see beside; e.g. the "
                             "lead's own deployment), not to this buyer; not read."),
    "skip.void_sheet": ("这张工作表标明已作废（名称或标题写着“废弃”“已作废，勿用”），由另一张表取代，未读取其中的报价。",
                        "This sheet is marked void (its name or title says 废弃 / 已作废，勿用), replaced by another sheet; its "
                        "quotes were not read."),
    "skip.hearsay": ("别人（其他供应商的人、我方人员）说的关于这家供应商的话，不是这家自己的表述，未计入。",
                     "Said about this vendor by someone else (another vendor's people, the buyer's own staff): not the vendor's words; not read."),
    "skip.rival_claims": ("一家供应商对比表里写别家的内容：是它对别人的说法，不是那家的报价，未计入。",
                          "A vendor's comparison column about another company: its words about a rival, no quote of that rival's; not read."),
    "skip.staff_edit": ("我方人员后来改过供应商自己填的这一格：改后的内容是我方的，不是供应商的表述，未计入；按供应商最后一次自己填写的内容读取（右侧依次为：改后内容、修改人、读取的供应商原填内容）。",
                        "The buyer's own staff changed what the vendor had written in this cell: the changed text is theirs, not the vendor's words, and is not read; the vendor's own last entry is read (on the right: the changed text, who changed it, the vendor's entry read)."),
    "skip.unconfirmed_change": ("报价变更单上这一项尚未书面确认（变更单自己注明这类事项不构成报价变更），未计入；这一项仍按原报价读取。",
                                "This change on the vendor's change order is not confirmed in writing yet (the order itself says such rows change nothing): not read; the original quote stands on this item."),
    "skip.oral_round": ("这一轮只是口头表述（电话、当面），没有书面依据，未计入；书面确认后再读。",
                        "This round was only said (by telephone, in person), with nothing in writing; not read until it comes in writing."),
    "skip.earlier_round": ("同一供应商较早一轮的报价，已被后一轮取代，未计入。", "An earlier round of the same vendor's quote, replaced by a later round; not read."),
    "skip.other_line": ("另一条业务线的报价（工作表见右侧）：封面写明本次只采购另一条业务线，这张表是参考价，未作为报价。",
                        "A quote for another business line (sheet on the right): the cover says only one line is bought this "
                        "time; this sheet is a reference price, not read as a quote."),
    "skip.deleted": ("系统里标记为已删除的记录（如 is_deleted = 1），未作为报价。", "A record the system marks deleted (e.g. is_deleted = 1); not read as a quote."),
    "skip.archived": ("已归档（被新版本取代）的记录，未作为报价。", "An archived record (superseded by a newer one); not read as a quote."),
    # --- issue 16 (layout): nothing lost, everything said -------------------------------------------
    "skip.no_values": ("只有供应商名称，没有任何报价内容，未评分。", "A vendor name with no value at all; not scored."),
    "skip.no_criterion": ("这一行有供应商和内容，但“项目”一栏为空，不知道是哪一项，未读取。",
                          "This row has a vendor and a value but no criterion, so what the value is for is not known; "
                          "not read."),
    "skip.quoted_mail": ("邮件里引用的旧邮件内容（以“>”开头，或“在……写道：”之后）：是此前的邮件，不是对方这次的回复，未计入。",
                         "A line the mail quotes from an earlier one (starting with '>', or after 'On … wrote:'): not "
                         "this reply's words; not read."),
    "skip.compliance_mark": ("供应商自评的“符合/满足”标记：每行以旁边供应商自己的说明为准，说明为空的行才读标记。",
                             "The vendor's own compliance marks: each row is read from the vendor's words beside them; a "
                             "mark is read only where the words are blank."),
    "skip.repeated_header": ("表头在表格中间又出现了一次（如打印时第二页的表头），不是报价，已跳过。",
                             "The header row repeated inside the table (as printed on page 2); not a quote, skipped."),
    "note.notes_sheet_unread": ("工作表名称表明这是说明、备注或封面页，其中像表格的内容没有作为报价读取（见右侧文字）。"
                                "如果这是报价，请修改工作表名称后重新上传。",
                                "The sheet's name says it holds notes, instructions or a cover; what looks like a table "
                                "in it was not read as quotes (see the text). If it holds quotes, rename the sheet and "
                                "upload again."),
    "warn.rejoined_row": ("文件“{file}”第 {rows} 行的记录被单元格里的换行截成了两行（导出时换行没有加引号）：已拼回一行读取，"
                          "下一行留空。请核对这几行。",
                          "In '{file}', the record on row(s) {rows} was broken in two by a line break inside a cell (written "
                          "without quotes on export): it was joined back into one row and the next row left blank. Please "
                          "check these rows."),
    "skip.summary_of_sheets": ("汇总表里这一家的行：照抄该家自己的应答表（右侧写明是哪张表），已按该家自己的表读取（含其补充说明），汇总行不另算一份报价。",
                               "A summary sheet's row for a vendor with a sheet of its own (named on the right): the vendor "
                               "is read from its own sheet, remarks included; the summary's copy is not a second quote."),
    "skip.buyer_note": ("采购方自己填的备注（内部使用），不是服务商的说法：已保留，未评分。",
                        "The buyer's own note (internal use): not a vendor's statement; kept, not scored."),
    "note.attribute_codes": ("这份导出每行一个属性编码，编码的含义取自表下方的编码表：已换成属性名称读取，只写了数字的值按编码表的单位读取"
                             "（右侧为编码对照）。",
                             "This export has one row per attribute code, explained in the code table under it: each code "
                             "was read as its name, and a bare number in the code's unit (codes on the right)."),
    "skip.notes_column": ("备注列的内容：已保留，不作为一家报价评分。", "Text of a notes column: kept, not scored as a quote."),
    "warn.sheet_renamed": ("文件“{file}”中有不止一个工作表叫“{sheet}”，这一个改称“{new}”，分开读取。",
                           "File '{file}' has more than one sheet named '{sheet}'; this one is read separately as "
                           "'{new}'."),
    "warn.sheet_same_name_unread": ("文件“{file}”中有 {n} 个工作表都叫“{sheet}”，这种格式（.xls）无法分开读取，只读取了其中一个。"
                                    "请给工作表改名后重新上传。",
                                    "File '{file}' has {n} sheets named '{sheet}'; in this format (.xls) they cannot be "
                                    "told apart, so only one of them was read. Rename the sheets and upload again."),
    "warn.hidden_sheet": ("文件“{file}”的工作表“{sheet}”是隐藏的，打开文件时看不到；其中的报价已读取并评分，请核对。",
                          "Sheet '{sheet}' of '{file}' is hidden: it is not seen when the file is opened. Its quotes "
                          "were read and scored; check them."),
    "warn.very_hidden_sheet": ("文件“{file}”的工作表“{sheet}”被深度隐藏（在 Excel 中无法直接取消隐藏），打开文件时看不到；"
                               "其中的报价已读取并评分，请核对。",
                               "Sheet '{sheet}' of '{file}' is very hidden (Excel offers no way to unhide it): it is "
                               "not seen when the file is opened. Its quotes were read and scored; check them."),
    "warn.hidden_rows": ("文件“{file}”工作表“{sheet}”的第 {rows} 行是隐藏的（共 {n} 行），打开文件时看不到；已照常读取，请核对。",
                         "Row(s) {rows} of sheet '{sheet}' in '{file}' are hidden ({n} in all): they are not seen "
                         "when the file is opened. They were read as usual; check them."),
    "warn.hidden_cols": ("文件“{file}”工作表“{sheet}”的第 {cols} 列是隐藏的（共 {n} 列），打开文件时看不到；已照常读取，请核对。",
                         "Column(s) {cols} of sheet '{sheet}' in '{file}' are hidden ({n} in all): they are not seen "
                         "when the file is opened. They were read as usual; check them."),
    "warn.time_not_number": ("文件“{file}”工作表“{sheet}”的单元格 {cell} 是时间或时长（{text}），这里应填数字，按未知处理。"
                             "如果本来是数字，请把单元格格式改为“数值”。",
                             "Cell {cell} of sheet '{sheet}' in '{file}' holds a time or duration ({text}) where a "
                             "number belongs; treated as unknown. If it is meant as a number, format the cell as "
                             "Number."),
    "warn.time_as_hours": ("文件“{file}”工作表“{sheet}”的单元格 {cell} 是时间格式（{text}），按 {text} 小时:分钟 的时长读取，请核对。",
                           "Cell {cell} of sheet '{sheet}' in '{file}' is time-formatted ({text}); read as a duration "
                           "of {text} hours:minutes. Check it."),
    "note.empty_sheet": ("空工作表。", "Empty sheet."),
    "note.excel_errors": ("这些单元格里只有公式留下的错误值（#REF!、#N/A、#DIV/0! 等），按空白处理（什么也没说），不当作报价内容；"
                          "右侧为个数和位置。",
                          "These cells hold only an error a formula left (#REF!, #N/A, #DIV/0! …): read as blank (nothing said), "
                          "never as a quote term; the count and addresses are on the right."),
    "note.review_sheet": ("这张工作表是评标委员会（或采购方）的符合性/资格审查（✓、× 与审查结论），是对投标的判断，不是投标人的应答，"
                          "其中的勾选未作为报价内容读取；审查结论判为不通过、废标的投标人，在其他工作表上也不作为报价。",
                          "This sheet is the committee's (or the buyer's) conformity review (✓, × and its conclusion): a judgement "
                          "of the bids, not the bidders' answers, so its ticks were not read as quote terms; a bidder it rejects "
                          "(不通过, 废标) is no quote on any other sheet either."),
    "note.outline_other": ("提纲中不属于任何供应商的节点（背景、待办等，是整理人自己的内容），未作为报价读取（见右侧文字）。",
                           "An outline node under no vendor (background, to-dos: the writer's own notes); not read as a quote "
                           "(text on the right)."),
    "note.references": ("表中“同XX”“同上”“比XX多…”“只有XX的一半”这类单元格指向别家（或上一行）的同一格：已按所指的那一格写全后读取（右侧为原文 → 读取结果）。",
                        "Cells such as '同XX' (same as XX), '同上' (as above), '比XX多…' (XX's figure plus …) point to another "
                        "vendor's (or the row above's) cell in the same column: they were written out from it and read "
                        "(original → as read, on the right)."),
    "note.numbered_answers": ("问卷题目按题号列在表内，各家答复按同样的题号写在一格里：已按题号逐题拆开读取（没有答的题按未说明处理，不当作“没有”），每个答复仍指向原单元格（右侧为题目数）。",
                              "The questions are listed by number and each vendor's answers are numbered alike in one cell: read "
                              "question by question (a question left out counts as not said, never as a no), each answer at the "
                              "cell it was copied into (number of questions on the right)."),
    "note.vendor_lines": ("每个比较项目一行、各家答复写在同一格里（每行以简称开头）：已按表内的简称对照逐家拆开读取，每个值仍指向原单元格（右侧为简称对照）。",
                          "One row per criterion, every vendor's answer a line of one cell opened by its short name: read "
                          "vendor by vendor with the sheet's key of short names, each value at the cell it was written in "
                          "(the key on the right)."),
    "note.column_shifted": ("有一家的这一列按它自己的备注（右侧原文）从所说的那一行起下移一格读取（在线表格里删格子后内容上移了），每个格子仍指向原单元格。",
                            "One vendor's column was read one row down from the row its own note names (a cell deleted in the "
                            "shared sheet moved its answers up; the note is on the right); each cell still points to where it was."),
    "note.edit_log": ("这张工作表是在线表格的单元格修改记录：用来分清哪些内容是供应商自己填的、哪些是我方人员改的，它本身不作为报价。",
                      "This sheet is the online sheet's cell-edit log: used to tell what the vendors wrote themselves from what the buyer's staff changed; it is no quote itself."),
    "note.code_catalogue": ("这张工作表是各家的产品编号对照：比价表里的编号已按它换成对应的模块、价格和说明读取，它本身不作为报价（右侧为换过的单元格数）。",
                            "This sheet is the vendors' product-code list: the codes in the comparison were read as the modules, "
                            "prices and words it gives; it is no quote itself (cells rewritten on the right)."),
    "note.verdict_buckets": ("这张表按结论分栏（满足 / 有条件 / 不满足 / 待确认）列出各家：已按表上方的简称拆回每家一行读取，括号里的原话为各家的答复；"
                             "“待确认”栏的原话按仅声称处理，表头里的要求（如“≥6个月”）不当作任何一家的数值（右侧为简称对照）。",
                             "This table sorts the vendors into verdict columns (met / conditional / not met / to confirm): each "
                             "vendor was read back into a row of its own by the short names in the key above the table, the words "
                             "in brackets as its answers; words under 'to confirm' count as claims only, and the header's "
                             "requirement (e.g. '≥6个月') is no vendor's value (short names on the right)."),
    "note.same_as_requirement": ("表中“同要求”“偏离：…；其余同要求”这类答复已按同一行“我方要求”的原话写全后读取（偏离的内容优先）；只写“满足”的仍按仅声称处理（右侧为原文）。",
                                 "Answers such as '同要求' (as required) and '偏离：…；其余同要求' (deviation: …; the rest as "
                                 "required) were written out from the same row's requirement before reading (the deviation "
                                 "governs); a bare '满足' stays a claim (original text on the right)."),
    "note.html_text": ("这张工作表的单元格带有网页格式（HTML，多见于采购平台导出的富文本）：已按显示的文字读取，删除线（<s>、<del>）里的旧内容不计，其余标记去掉（右侧为改过的单元格数）。",
                       "Cells of this sheet hold web formatting (HTML, as a procurement platform exports rich text): read as the text they show — struck-through words (<s>, <del>) left out, the other tags removed (the number of cells on the right)."),
    "note.void_marks": ("表中改过的单元格在旧内容后标了“（作废）”：作废的内容未读取，按标记后面的内容读取；只写了作废内容的单元格按空白处理（右侧为原文）。",
                        "Corrected cells mark their old content '（作废）' (void): the void content was not read, what "
                        "follows the mark was; a cell holding only void content counts as blank (original text on the right)."),
    "note.unit_column": ("“单位”列给出每一行数字的单位（如 万元、天、月、小时），各家的数字已按该行的单位读取。",
                         "The 'unit' column gives each row's unit (万元, days, months, hours); every vendor's figure was read "
                         "in its row's unit."),
    "note.bid_not_counted": ("这次出价没有被平台接受（被撤回或被拒绝，见右侧文字），不作为报价；该供应商的报价取其最后一次有效出价。",
                             "This bid was not accepted (retracted or rejected: text on the right) and is no price; the "
                             "participant's price is its last accepted bid."),
    "note.no_table": ("没有报价表（说明或封面页），已跳过。", "No quote table (notes or cover sheet); skipped."),
    # --- CLI --------------------------------------------------------------------------------------
    "cli.scored": ("已评分 {n} 家报价，首选：{top}（{total:.1f} 分）。", "Scored {n} quotes; top pick: {top} ({total:.1f} points)."),
    "cli.gate_fail": ("未通过门槛", "fails a gate"),
    "cli.warnings": ("{n} 条提示（无法读取或做了推断的单元格）。", "{n} warnings (cells not read or read with a guess)."),
    "cli.unmapped": ("未识别的列/行（已保留，未评分）：{labels}", "Unrecognised columns/rows (kept, not scored): {labels}"),
    "cli.more": ("……另有 {n} 家报价（完整排名见 --json 或 --xlsx）", "… and {n} more quotes (the full ranking is in --json or --xlsx)"),
    "cli.interrupted": ("已中断。", "Interrupted."),
    "cli.internal": ("内部错误：{reason}（请把输入文件发给开发者）", "Internal error: {reason} (please send the input file to the developers)"),
    # --- robustness ------------------------------------------------------------------------------
    "robust.explain.sentence": ("{vendor} 与 {ref} 相差 {gap} 分：领先在 {gains}；落后在 {losses}。",
                                "{vendor} is {gap} points from {ref}: ahead on {gains}; behind on {losses}."),
    "robust.explain.same": ("{vendor} 与 {ref} 各项得分相同。", "{vendor} and {ref} score the same on every criterion."),
    "robust.explain.nothing": ("无", "nothing"),
    # --- groups, severities, gate -----------------------------------------------------------------
    "group.compliance": ("合规与安全", "Compliance & security"),
    "group.features": ("功能匹配", "Feature fit"),
    "group.after_sales": ("售后服务", "After-sales"),
    "group.price": ("价格", "Price"),
    "severity.red": ("红色", "Red"),
    "severity.amber": ("黄色", "Amber"),
    "severity.info": ("提示", "Info"),
    "money.unknown": ("金额未说明", "amount not stated"),
    "gate.pass": ("通过", "pass"),
    "gate.fail": ("未通过", "fail"),
    "gate.unverified": ("待核实", "unverified"),
    # --- the analyst's reading (docs/analyst-reading.md): standing, gates needing proof, price build -----------
    "status.stated": ("已说明", "stated"),
    "status.claimed": ("仅声称", "claimed"),
    "status.conditional": ("有条件", "conditional"),
    "status.unknown": ("未说明", "not stated"),
    "cli.gate_unverified": ("待核实", "unverified"),
    "cli.settle": ("待核实：{items}", "to verify: {items}"),
    "field.source_code_delivery": ("源码交付", "Source-code delivery"),
    "val.source.full": ("完整源码", "full source"),
    "val.source.partial": ("部分或加密源码", "partial or encrypted source"),
    "val.source.licence_only": ("仅授权使用", "licence only"),
    "crit.source_code_delivery": ("源码交付", "Source-code delivery"),
    "warn.items_total_mismatch": ("“{text}”：分项金额相加为 {sum} 元，与合计 {total} 元不一致，按合计计算，请向服务商核实。",
                                  "'{text}': the line items add up to CNY {sum}, not the total of CNY {total}; the total is "
                                  "used — ask the vendor."),
    "warn.prices_disagree": ("“{text}”与 {cell} 的“{kept}”是同一报价写了两次，金额却不一致；按 {cell} 的金额计算，请向服务商核实。",
                             "'{text}' and '{kept}' at {cell} state the same price twice, with different amounts; the "
                             "amount at {cell} is used — ask the vendor."),
    "warn.answer_replaces": ("{cell} 的澄清答复“{kept}”取代了投标文件中的“{text}”，按澄清答复计算。",
                             "The answer at {cell} ('{kept}') replaces '{text}' of the bid; the answer is used."),
    "warn.notes_govern": ("表格写明以补充说明为准：{cell} 的“{kept}”取代了所选的“{text}”，按补充说明计算。",
                          "The form says its remarks govern: '{kept}' at {cell} replaces the option chosen, '{text}'."),
    "warn.part_payment": ("{cell} 说明报价金额“{text}”只是其中一期付款，按说明中的总价“{kept}”计算；请以书面报价核实。",
                          "{cell} says the amount '{text}' is one payment of several; the whole price it gives ('{kept}') "
                          "is used — confirm it in writing."),
    "warn.other_party_part": ("{cell} 的报价含由其他单位另行签约的部分“{part}”，不计入本公司的可比价格；请确认本公司签约的总价。",
                              "The price at {cell} includes a part another company signs for itself ('{part}'); it is "
                              "left out of this buyer's comparable price — confirm the total this buyer signs for."),
    "warn.later_word": ("{cell} 转述的服务商原话“{kept}”晚于“{text}”，按其计算；请以书面报价核实。",
                        "The vendor's own words quoted at {cell} ('{kept}') came after '{text}'; they are used — "
                        "confirm them in writing."),
    "warn.conflict": ("“{text}”与 {cell} 的“{kept}”对同一项说法不一致，采用后者（专门的一行/列）。",
                      "'{text}' disagrees with '{kept}' at {cell} on the same item; the latter (its own row or column) "
                      "is used."),
    "flag.unverified.msg": ("“{field_name}”未经证实（“{text}”）：门槛按待核实处理，拿到证明前排在已通过的报价之后。",
                            "'{field_name}' is not proven ('{text}'): its gate is unverified, and the quote ranks below "
                            "every quote that passes until proof arrives."),
    "flag.unverified.ask": ("关于“{field_name}”，贵方报价写的是“{text}”。请提供可核实的证明：{proof}。",
                            "On {field_name}, your quote says '{text}'. Please send proof we can check: {proof}."),
    "flag.claimed.msg": ("“{field_name}”只是声称（“{text}”），没有具体内容或证明；评分只计一小部分。",
                         "'{field_name}' is only claimed ('{text}'), with no specifics or proof; it earns a small part of "
                         "the points."),
    "flag.claimed.ask": ("关于“{field_name}”，贵方报价写的是“{text}”。请给出具体、可写入合同的内容：{proof}。",
                         "On {field_name}, your quote says '{text}'. Please give specifics we can put in the contract: "
                         "{proof}."),
    "flag.conditional.msg": ("“{field_name}”有附加条件或需另付费（“{text}”）：按基础报价不包含计算。",
                             "'{field_name}' comes with a condition or an extra cost ('{text}'): counted as not included in "
                             "the base price."),
    "flag.conditional.ask": ("关于“{field_name}”，贵方报价写的是“{text}”。基础报价具体包含什么、不包含什么？额外部分怎么收费？",
                             "On {field_name}, your quote says '{text}'. What exactly does the base price include and "
                             "exclude, and what does the extra cost?"),
    "flag.no_access_control.msg": ("没有权限管理（访问控制）：它与数据加密、日志审计同为监管要求的三道防线。",
                                   "No access control: with encryption and log audit it is one of the three locks the "
                                   "regulation requires."),
    "flag.no_access_control.ask": ("系统能否提供基于角色的权限管理，按岗位分配最小权限？",
                                   "Can the system provide role-based access control with least privilege per role?"),
    "flag.no_access_control.clause": ("系统须提供基于角色的访问控制，按岗位分配最小必要权限，并记录权限变更。",
                                      "The system provides role-based access control with least privilege per role, and "
                                      "logs every change of rights."),
    "flag.no_anti_fraud.msg": ("功能清单里没有反欺诈：个人信用贷实际离不开反欺诈模型。",
                               "No anti-fraud in the feature list: personal credit lending cannot do without it."),
    "flag.no_anti_fraud.ask": ("是否提供反欺诈模型？如需加购，费用是多少？", "Do you provide anti-fraud? If it is extra, "
                               "what does it cost?"),
    "flag.deferrable_features.msg": ("{feature_names} 可以暂缓：起步阶段用得少，业务增长后再加购即可。",
                                     "{feature_names} can wait: rarely needed at the start, added when the business grows."),
    "flag.deferrable_features.ask": ("能否先不含 {feature_names}，并相应降低报价？",
                                     "Can {feature_names} be left out for now, with the price lowered accordingly?"),
    "flag.source_partial.msg": ("源码交付不完整或加密（“{text}”）：买方无法自行修复、审计或迁移系统。",
                                "Source delivery is partial or encrypted ('{text}'): the buyer cannot fix, audit or move "
                                "the system."),
    "flag.source_partial.ask": ("能否交付全部源代码（含核心引擎），不加密、不混淆、可二次开发？",
                                "Can you deliver all the source code, core engine included, unencrypted, unobfuscated "
                                "and open to further development?"),
    "flag.source_partial.clause": ("乙方交付系统全部源代码（含核心引擎及全部模块），不加密、不混淆，甲方可自行修改和二次开发。",
                                   "The vendor delivers all source code (core engine and every module) unencrypted and "
                                   "unobfuscated; the buyer may modify and develop it further."),
    "flag.source_licence_only.msg": ("只授权使用、不交付可修改的源码（“{text}”）：买到的不是源码。",
                                     "Licence only, no source the buyer can change ('{text}'): this is not a source-code "
                                     "purchase."),
    "flag.source_licence_only.ask": ("能否交付全部源代码，不绑定域名或服务器？", "Can you deliver all the source code, "
                                     "not bound to a domain or server?"),
    "flag.source_licence_only.clause": ("乙方交付系统全部源代码，不绑定域名、服务器或授权文件，甲方可自行部署、修改和迁移。",
                                        "The vendor delivers all source code, bound to no domain, server or licence file; "
                                        "the buyer may deploy, modify and move it."),
    "flag.tax_added.msg": ("报价不含税（{base_txt}），按 {vat}% 增值税折算为含税价 {price_txt} 再比较。",
                           "The price is tax-exclusive ({base_txt}); compared at {price_txt} with {vat}% VAT added."),
    "flag.tax_added.ask": ("请确认含税总价和发票税率。", "Please confirm the tax-inclusive total and the VAT rate invoiced."),
    "flag.hardware_excluded.msg": ("报价合计含硬件（服务器等）{fee_txt}，不属于软件本身：可比价格按去掉硬件后的 {price_txt} 计。",
                                   "The quoted total includes hardware (servers) of {fee_txt}, which is not the software: "
                                   "compared at {price_txt} without it."),
    "flag.hardware_excluded.ask": ("请单列软件（源码授权、实施、培训）的含税总价，并确认硬件可以不买。",
                                   "Please state the software's tax-inclusive total on its own (licence, implementation, "
                                   "training) and confirm the hardware is optional."),
    "flag.options_added.msg": ("必备功能 {feature_names} 需另购，已把 {fee_txt} 计入可比价格。",
                               "Must-have {feature_names} is extra: {fee_txt} was added to the comparable price."),
    "flag.options_added.ask": ("请确认 {feature_names} 的费用，并把它写入合同总价。",
                               "Please confirm the cost of {feature_names} and include it in the contract total."),
    "proof.mlps_level3": ("等保三级备案证明或测评报告（编号、发证机关、有效期）", "the MLPS level 3 filing certificate or "
                          "assessment report (number, issuer, validity)"),
    "proof.features": ("报价包含的全部功能模块清单；选配模块的价格", "the full list of modules the price includes; the price of "
                       "any optional module"),
    "proof.price_cny": ("书面报价（含税总价及所含模块）", "a written price (tax-inclusive total and the modules it covers)"),
    "proof.sm4_encryption": ("加密算法名称（是否 SM4）和加密的字段", "the algorithm (is it SM4?) and which fields are encrypted"),
    "proof.licensed_credit_bureau": ("对接的持牌征信机构名称（央行征信中心、百行或朴道）", "the licensed bureau connected "
                                     "(PBoC Credit Reference Center, Baihang or Pudao)"),
    "proof.free_maintenance_months": ("免费维护期的具体月数，写入合同", "the free maintenance period in months, in the "
                                      "contract"),
    "proof.maintenance_includes_upgrades": ("维护是否包含小版本升级", "whether maintenance includes minor upgrades"),
    "proof.policy_adaptation_free": ("监管政策适配是否免费、有无例外", "whether regulatory adaptation is free, and any "
                                     "exceptions"),
    "proof.commitments_in_contract": ("以上承诺写入合同的条款", "the contract clauses holding these promises"),
    "proof.default": ("具体数值、证书或合同条款", "a figure, a certificate or a contract clause"),
    # --- fields -----------------------------------------------------------------------------------
    "field.vendor": ("供应商", "Vendor"),
    "field.package": ("套餐", "Package"),
    "field.business_types": ("适用业务", "Business types"),
    "field.price_cny": ("报价", "Price"),
    "field.annual_fee_after_warranty_cny": ("维保期后年费", "Annual fee after warranty"),
    "field.policy_adaptation_fee_cny": ("政策适配费", "Policy adaptation fee"),
    "field.mlps_level3": ("等保三级", "MLPS level 3"),
    "field.sm4_encryption": ("国密SM4加密", "SM4 encryption"),
    "field.tls": ("SSL/TLS 传输加密", "SSL/TLS in transit"),
    "field.access_control": ("访问控制", "Access control"),
    "field.audit_log_months": ("日志审计保存期", "Audit log retention"),
    "field.licensed_credit_bureau": ("持牌征信接口", "Licensed credit bureau"),
    "field.free_maintenance_months": ("免费维护期", "Free maintenance period"),
    "field.maintenance_includes_upgrades": ("维护含版本升级", "Maintenance includes upgrades"),
    "field.policy_adaptation_free": ("监管政策免费适配", "Free regulatory adaptation"),
    "field.support_7x24": ("7×24 技术支持", "24/7 support"),
    "field.response_hours": ("响应时间", "Response time"),
    "field.lifetime_consulting": ("终身技术咨询", "Lifetime consulting"),
    "field.commitments_in_contract": ("承诺写入合同", "Commitments in contract"),
    "field.features": ("功能清单", "Features"),
    # --- criteria ---------------------------------------------------------------------------------
    "crit.mlps_level3": ("等保三级", "MLPS level 3"),
    "crit.sm4_encryption": ("国密SM4", "SM4 encryption"),
    "crit.tls": ("传输加密", "TLS"),
    "crit.access_control": ("访问控制", "Access control"),
    "crit.audit_log_months": ("日志保存期", "Audit log retention"),
    "crit.licensed_credit_bureau": ("持牌征信", "Licensed bureau"),
    "crit.must_have_features": ("必备功能", "Must-have features"),
    "crit.core_modules": ("核心模块", "Core modules"),
    "crit.recommended_features": ("推荐功能", "Recommended features"),
    "crit.no_bloat": ("无冗余功能", "No bloat"),
    "crit.free_maintenance_months": ("免费维护期", "Free maintenance"),
    "crit.maintenance_includes_upgrades": ("维护含升级", "Upgrades included"),
    "crit.policy_adaptation_free": ("政策适配免费", "Free policy adaptation"),
    "crit.support_7x24": ("7×24支持", "24/7 support"),
    "crit.response_hours": ("响应时间", "Response time"),
    "crit.lifetime_consulting": ("终身咨询", "Lifetime consulting"),
    "crit.commitments_in_contract": ("写入合同", "In contract"),
    "crit.price_vs_budget": ("价格与预算", "Price vs budget"),
    "crit.tco": ("总拥有成本", "Total cost of ownership"),
    # --- flags: message / question for the vendor / contract clause -------------------------------
    "flag.price_below_10w.msg": ("报价 {price_txt}低于 10 万元：这个价位的源码几乎不可能合规，不建议购买。",
                                 "The price of {price_txt} is below CNY 100,000: at this price the code is almost "
                                 "never compliant. Do not buy."),
    "flag.price_below_15w.msg": ("报价 {price_txt}低于 15 万元：合规或售后通常有缺失，请逐项核实。",
                                 "The price of {price_txt} is below CNY 150,000: compliance or after-sales is usually "
                                 "missing. Check each item."),
    "flag.price_over_budget.msg": ("报价 {price_txt}高于预算 {budget_txt}。",
                                   "The price of {price_txt} is above the budget of {budget_txt}."),
    "flag.price_missing.msg": ("没有可用的报价（面议、待定或空白），无法比较价格。",
                               "No usable price (on request, to be decided or blank): the price cannot be compared."),
    "flag.no_mlps_level3.msg": ("没有等保三级认证（只有二级、已过期或明确没有）。这是监管的基本要求。",
                                "No MLPS level 3 certificate (level 2 only, expired, or none). Regulators expect it."),
    "flag.no_sm4.msg": ("敏感字段没有使用国密SM4加密（AES 不是国密）。", "Sensitive fields are not encrypted with SM4 (AES is "
                        "encryption, but not the national standard)."),
    "flag.no_tls.msg": ("数据传输没有 SSL/TLS 加密，客户数据在网络上明文传输。",
                        "No SSL/TLS: customer data travels the network unencrypted."),
    "flag.audit_log_under_6m.msg": ("操作日志只保存 {months} 个月，监管要求至少 6 个月。",
                                    "Operation logs are kept for {months} months; regulators require at least 6."),
    "flag.no_licensed_credit_bureau.msg": ("征信接口不是持牌征信机构（央行征信中心、百行、朴道等）。",
                                           "The credit interface is not a licensed bureau (PBoC, Baihang, Pudao…)."),
    "flag.missing_must_have.msg": ("缺少本业务类型的必备功能：{feature_names}。",
                                   "Missing must-have features for this business type: {feature_names}."),
    "flag.bloat_features.msg": ("包含小贷公司很少用到的功能：{feature_names}。它们抬高价格和培训成本。",
                                "Includes features small lenders rarely use: {feature_names}. They add price and "
                                "training time."),
    "flag.maintenance_under_12m.msg": ("免费维护期只有 {months} 个月，少于 12 个月。",
                                       "Free maintenance is only {months} months, less than 12."),
    "flag.maintenance_excludes_upgrades.msg": ("“维护”只包括修复故障，不含版本升级。",
                                               "'Maintenance' covers fixes only, not version upgrades."),
    "flag.policy_adaptation_charged.msg": ("监管政策变化后的系统适配要另外收费（{fee_txt}）。",
                                           "Adapting the system to new regulation is charged extra ({fee_txt})."),
    "flag.no_7x24.msg": ("技术支持不是 7×24 小时，夜间和节假日出故障时没人处理。",
                         "Support is not 24/7: an outage at night or on a holiday waits for office hours."),
    "flag.response_over_2h.msg": ("故障响应时间为 {hours} 小时，超过 2 小时。", "Response time is {hours} hours, more than 2."),
    "flag.no_lifetime_consulting.msg": ("不提供终身技术咨询。", "No lifetime technical consulting."),
    "flag.not_in_contract.msg": ("售后承诺没有写入合同，只是口头承诺。", "After-sales promises are not written into the contract."),
    "flag.unconfirmed.msg": ("“{field_name}”未说明，评分按最差情况计算。", "'{field_name}' is not stated; scored as the worst case."),
    "flag.price_below_10w.ask": ("这个价格包含哪些合规能力？请提供等保三级证书和数据加密方案。",
                                 "What compliance does this price include? Please send the MLPS level 3 certificate "
                                 "and the encryption design."),
    "flag.price_below_15w.ask": ("请逐项说明报价包含的合规认证、维护期和售后服务。",
                                 "Please list the certificates, maintenance period and after-sales service this price "
                                 "includes."),
    "flag.price_over_budget.ask": ("能否只买基础版，其余模块等业务需要时再加购？",
                                   "Can we buy the base edition and add modules later when the business needs them?"),
    "flag.price_missing.ask": ("请给出书面的固定报价（含税），并说明包含哪些模块和服务。",
                               "Please give a fixed written price (tax included) and what modules and services it "
                               "covers."),
    "flag.no_mlps_level3.ask": ("系统是否已取得等保三级认证？请提供证书编号和测评机构。",
                                "Is the system certified MLPS level 3? Please give the certificate number and the "
                                "assessor."),
    "flag.no_sm4.ask": ("手机号、身份证号等敏感字段能否改用国密SM4加密？费用多少？",
                        "Can phone and ID numbers be encrypted with SM4? At what cost?"),
    "flag.no_tls.ask": ("能否为全部访问启用 HTTPS（SSL/TLS 证书）？请写明证书类型和启用时间。",
                        "Can all traffic use HTTPS (an SSL/TLS certificate)? Please state the certificate type and "
                        "from when."),
    "flag.audit_log_under_6m.ask": ("能否把操作日志保存期延长到至少 6 个月，并支持异常行为追踪？",
                                    "Can operation logs be kept for at least 6 months, with tracing of abnormal "
                                    "behaviour?"),
    "flag.no_licensed_credit_bureau.ask": ("征信接口对接的是哪家机构？是否持牌（央行征信、百行、朴道）？",
                                           "Which bureau does the credit interface use, and is it licensed (PBoC, "
                                           "Baihang, Pudao)?"),
    "flag.missing_must_have.ask": ("是否提供 {feature_names}？如果要加购，费用和工期是多少？",
                                   "Do you provide {feature_names}? If it is extra, what does it cost and how long "
                                   "does it take?"),
    "flag.bloat_features.ask": ("能否去掉 {feature_names}，只买基础版并相应降价？",
                                "Can {feature_names} be left out, with the price reduced accordingly?"),
    "flag.maintenance_under_12m.ask": ("免费维护期能否延长到 12 个月并写入合同？如需加价，请给出金额。",
                                       "Can the free maintenance period be 12 months, written into the contract? If "
                                       "that costs more, please give the amount."),
    "flag.maintenance_excludes_upgrades.ask": ("免费维护能否包括小版本升级？请在维护范围条款中写明；如需加价，请给出金额。",
                                               "Can free maintenance include minor version upgrades? Please state it "
                                               "in the maintenance-scope clause; if that costs more, give the amount."),
    "flag.policy_adaptation_charged.ask": ("监管政策调整引起的系统修改能否免费并写入合同？如仍收费，请给出每次的金额或封顶金额。",
                                           "Can changes forced by new regulation be made free, in the contract? If "
                                           "they stay charged, please give the amount per change or a cap."),
    "flag.no_7x24.ask": ("能否提供 7×24 小时技术支持？请写明夜间和节假日的联系电话或值班安排，以及是否另收费。",
                         "Can you provide 24/7 support? Please give the phone number or rota for nights and holidays, "
                         "and whether it costs extra."),
    "flag.response_over_2h.ask": ("能否承诺 2 小时内由指定工程师响应并写入合同？请写明工程师姓名或岗位。",
                                  "Can a named engineer respond within 2 hours, written into the contract? Please "
                                  "give the engineer's name or role."),
    "flag.no_lifetime_consulting.ask": ("维护期结束后技术咨询如何收费？请给出金额或计费方式。",
                                        "How is technical consulting charged after the maintenance period? Please "
                                        "give the amount or the rate."),
    "flag.not_in_contract.ask": ("以上售后承诺能否全部写入合同？请提供对应的合同条款草稿。",
                                 "Can all these after-sales promises be written into the contract? Please send the "
                                 "draft clauses."),
    "flag.unconfirmed.ask": ("请书面写明“{field_name}”的具体内容：数值、合同条款或证明文件。",
                             "Please state {field_name} in writing: a figure, a contract clause or a certificate."),
    "flag.no_mlps_level3.clause": ("乙方保证交付系统已取得网络安全等级保护三级认证，并在合同期内保持有效。",
                                   "The vendor warrants that the delivered system holds MLPS level 3 certification "
                                   "and keeps it valid for the term of the contract."),
    "flag.no_sm4.clause": ("用户手机号、身份证号等敏感字段须使用国密SM4算法加密存储。",
                           "Sensitive fields such as phone and ID numbers are stored encrypted with the SM4 "
                           "algorithm."),
    "flag.no_tls.clause": ("系统全部访问须通过 SSL/TLS 加密传输。", "All access to the system is encrypted with SSL/TLS."),
    "flag.audit_log_under_6m.clause": ("系统操作日志保存不少于 6 个月，并支持异常行为追踪。",
                                       "Operation logs are kept for at least 6 months, with tracing of abnormal "
                                       "behaviour."),
    "flag.no_licensed_credit_bureau.clause": ("征信接口仅对接持牌征信机构。",
                                              "The credit interface connects only to licensed credit bureaus."),
    "flag.maintenance_under_12m.clause": ("自验收之日起提供 12 个月免费维护，涵盖故障修复和监管政策适配。",
                                          "12 months of free maintenance from acceptance, covering bug fixes and "
                                          "adaptation to regulatory changes."),
    "flag.maintenance_excludes_upgrades.clause": ("免费维护期内的维护范围包括故障修复和小版本升级。",
                                                  "During free maintenance, the scope covers bug fixes and minor "
                                                  "version upgrades."),
    "flag.policy_adaptation_charged.clause": ("因监管政策变化所需的系统修改，乙方不另行收费。",
                                              "Changes required by new regulation are made at no extra charge."),
    "flag.no_7x24.clause": ("乙方提供 7×24 小时技术支持。", "The vendor provides technical support 24 hours a day, 7 days a week."),
    "flag.response_over_2h.clause": ("故障发生后 2 小时内由指定工程师响应。",
                                     "A named engineer responds within 2 hours of a reported fault."),
    "flag.not_in_contract.clause": ("报价单中的全部售后承诺作为合同附件，与合同具有同等效力。",
                                    "Every after-sales promise in the quote is an annex to the contract, with the same "
                                    "force."),
}

_T.update({
    "bt.personal_credit": ("个人信用贷", "Personal credit"),
    "bt.merchant_loan": ("商户经营性贷", "Merchant business loans"),
    "bt.consumer_installment": ("消费分期", "Consumer installments"),
    "feature.user_management": ("用户管理", "User management"),
    "feature.repayment_management": ("还款管理", "Repayment management"),
    "feature.risk_approval": ("风控审批", "Risk approval"),
    "feature.personal_credit_report": ("个人征信", "Personal credit report"),
    "feature.risk_model": ("风控模型", "Risk model"),
    "feature.anti_fraud": ("反欺诈", "Anti-fraud"),
    "feature.enterprise_credit": ("企业征信", "Enterprise credit report"),
    "feature.cashflow_analysis": ("流水分析", "Bank statement analysis"),
    "feature.contract_management": ("合同管理", "Contract management"),
    "feature.product_management": ("商品管理", "Product catalogue"),
    "feature.installment_calculator": ("分期计算器", "Installment calculator"),
    "feature.order_tracking": ("订单跟踪", "Order tracking"),
    "feature.marketing_plugins": ("营销插件", "Marketing plugins"),
    "feature.membership": ("会员体系", "Membership"),
    "feature.bi_dashboard": ("数据大屏", "Analytics dashboard"),
    "feature.open_api": ("开放接口", "Open API"),
    "feature.social_sharing": ("社交分享", "Social sharing"),
    "feature.points_mall": ("积分商城", "Points mall"),
    "feature.blockchain_evidence": ("区块链存证", "Blockchain evidence"),
    "feature.metaverse_marketing": ("元宇宙营销", "Metaverse marketing"),
    "feature.overseas_payment": ("海外支付", "Overseas payment"),
    "feature.ai_customer_service": ("智能客服机器人", "AI customer-service bot"),
})

# --- issue 12: clarification letters out, answers and revised quotes back (core/clarify.py, letters.py, rounds.py)
_T.update({
    "clar.title": ("澄清函", "Clarification letter"),
    "clar.title_for": ("关于“{vendor}”报价的澄清函", "Clarification letter on the quote of {vendor}"),
    "clar.intro": ("我方在比较各家报价时，贵司报价中的以下内容需要书面澄清。请在“答复”栏逐条作答（金额、期限请按“单位”栏填写），"
                   "必要时在“证明材料”栏写明证书编号、合同条款或附件名称，并在答复截止日前回传本文件。书面答复将作为报价的一部分。",
                   "Comparing the quotes we received, we need a written clarification of the points below. Please "
                   "answer each one in the Answer column (amounts and durations in the unit given), name the proof in "
                   "the Evidence column where there is one (certificate number, contract clause, attachment), and "
                   "return this file by the reply date. Written answers become part of your quote."),
    "clar.cover.vendor": ("供应商", "Vendor"),
    "clar.cover.package": ("套餐", "Package"),
    "clar.cover.quote": ("所依据的报价", "Quote referred to"),
    "clar.cover.date": ("发函日期", "Date"),
    "clar.cover.reply_by": ("请于此日期前答复", "Reply by"),
    "clar.cover.fingerprint": ("报价指纹", "Quote fingerprint"),
    "clar.cover.file_type": ("文件类型", "File type"),
    "clar.sheet.questions": ("澄清问题", "Questions"),
    "clar.sheet.instructions": ("填写说明", "Instructions"),
    "clar.h.no": ("序号", "No."),
    "clar.h.field": ("字段代码", "Field code"),
    "clar.h.features": ("功能代码", "Feature codes"),
    "clar.h.item": ("事项", "Item"),
    "clar.h.question": ("问题", "Question"),
    "clar.h.read": ("我方读到的内容", "What we read"),
    "clar.h.unit": ("单位", "Unit"),
    "clar.h.answer": ("答复", "Answer"),
    "clar.h.evidence": ("证明材料", "Evidence"),
    "clar.unit.money": ("万元（含税）", "万 CNY = 10,000 CNY (tax included)"),
    "clar.unit.months": ("个月", "months"),
    "clar.unit.hours": ("小时", "hours"),
    "clar.unit.yes_no": ("是 / 否（可加说明）", "yes / no (a note may follow)"),
    "clar.unit.features": ("功能名称", "module names"),
    "clar.unit.source": ("完整源码 / 部分源码 / 仅授权", "full source / partial / licence only"),
    "clar.unit.text": ("文字", "text"),
    "clar.item_features": ("{field}：{features}", "{field}: {features}"),
    "clar.read_nothing": ("报价中没有写明。", "Not stated in the quote."),
    "clar.read_as": ("“{text}”（{where}），我方理解为：{value}", "'{text}' ({where}); we read it as: {value}"),
    "clar.read_value": ("报价中没有对应原文，我方理解为：{value}", "No words of the quote; we read it as: {value}"),
    "clar.dv_title": ("是 / 否", "Yes / no"),
    "clar.dv_prompt": ("请选择“是”或“否”，也可以直接写明情况（如“是，证书编号…”）。",
                       "Pick yes or no, or write the facts (e.g. 'yes, certificate no. …')."),
    "clar.help.title": ("如何填写这份澄清函", "How to answer this letter"),
    "clar.help.body": ("1. 只需填写“澄清问题”表中的“答复”和“证明材料”两栏（浅黄色），其他单元格已锁定，无需密码。\n"
                       "2. 每行一个问题。“单位”栏写明金额或期限的单位：金额按万元（含税）填写，期限按个月，响应时间按小时。\n"
                       "3. 是/否问题可从下拉列表选择，也可以直接写明情况，例如“已取得，证书编号 …”。\n"
                       "4. 有证书、合同条款或附件的，请写在“证明材料”栏（证书编号、条款编号、附件名称）。\n"
                       "5. 不清楚或暂不答复的问题请留空，我们会按原报价处理；请不要填写公式。\n"
                       "6. 请勿修改“字段代码”和封面的“报价指纹”，直接把本文件回传即可，文件名可以修改。",
                       "1. Fill in only the Answer and Evidence columns of the Questions sheet (light yellow); every "
                       "other cell is locked, no password is needed.\n"
                       "2. One question per row. The Unit column gives the unit of amounts and durations: amounts in "
                       "万 CNY (10,000 CNY, tax included), periods in months, response times in hours.\n"
                       "3. Yes/no questions have a drop-down list; you may also write the facts, e.g. 'certified, "
                       "certificate no. …'.\n"
                       "4. Where there is a certificate, a contract clause or an attachment, name it in the Evidence "
                       "column.\n"
                       "5. Leave a row blank if you cannot answer it: the quote then stands as written. Please do not "
                       "enter formulas.\n"
                       "6. Do not change the field codes or the quote fingerprint on the cover; send this file back "
                       "as it is (its name may change)."),
    "clar.file": ("澄清函_{name}.xlsx", "clarification_{name}.xlsx"),
    "clar.zip_file": ("澄清函.zip", "clarification_letters.zip"),
    "clar.warn_unreadable": ("澄清函的答复“{text}”不是这一项可用的值（类型不对或无法读懂），未采用。",
                             "The letter's answer '{text}' is no usable value for this item (wrong kind or not "
                             "understood); not applied."),
    "clar.warn_claim": ("澄清函的答复“{text}”仍然只是声称，没有证书编号、机构名称等可核实的内容，未采用。",
                        "The letter's answer '{text}' is still a claim with nothing checkable (certificate number, "
                        "named body); not applied."),
    "clar.warn_formula": ("澄清函的答复是公式（{text}），公式不会被执行，未采用；请直接填写内容。",
                          "The letter's answer is a formula ({text}); formulas are never run, so it was not applied. "
                          "Ask for the answer as plain text."),
    "clar.warn_twice": ("澄清函对同一项答复了两次：“{text}”未采用，采用的是 {cell} 的答复。",
                        "The letter answers the same item twice: '{text}' was not applied; the answer in {cell} was."),
    "clar.warn_field": ("澄清函中有一行的字段代码“{code}”无法识别，这一行未采用。",
                        "A row of the letter has the field code '{code}', which is not known; the row was not applied."),
    "clar.warn_no_quote": ("澄清函“{file}”所针对的报价（{vendor}）没有上传，{n} 条答复未采用。请同时上传该供应商的报价。",
                           "The quote that letter '{file}' refers to ({vendor}) is not loaded; its {n} answers were "
                           "not applied. Upload that vendor's quote with it."),
    "clar.warn_fingerprint": ("澄清函“{file}”的报价指纹（{letter}）与已上传的“{vendor}”报价（{quote}）不符：它针对的是另一份报价，"
                              "{n} 条答复未采用。",
                              "The quote fingerprint of letter '{file}' ({letter}) does not match the loaded quote of "
                              "{vendor} ({quote}): it was written for another quote; its {n} answers were not applied."),
    "clar.warn_superseded": ("澄清函“{file}”针对的是“{vendor}”的上一轮报价，其中 {n} 条答复的内容已由新报价写明，以新报价为准。",
                             "Letter '{file}' answers the earlier quote of {vendor}; for {n} of its answers the revised "
                             "quote states the item itself, and the revised quote stands."),
    "clar.warn_broken": ("文件“{file}”像是澄清函，但找不到它的封面或问题表（可能被改动过），未采用。",
                         "File '{file}' looks like a clarification letter, but its cover or its question table is "
                         "missing (it may have been altered); nothing was applied."),
    "clar.warn_version": ("文件“{file}”是其他版本的澄清函（{marker}），无法读取，未采用。",
                          "File '{file}' is a clarification letter of another version ({marker}) and cannot be read; "
                          "nothing was applied."),
    "clar.cli.written": ("已写出：{path}（{n} 个问题）", "Written: {path} ({n} questions)"),
    "clar.cli.nothing": ("{vendor}：没有需要澄清的问题，未写澄清函。", "{vendor}: nothing to clarify, no letter written."),
    "clar.cli.done": ("共写出 {n} 份澄清函到 {dir}。", "{n} clarification letters written to {dir}."),
    "clar.cli.applied": ("澄清函“{file}”：{n} 条答复已采用。", "Clarification letter '{file}': {n} answers applied."),
    "clar.cli.revised": ("{vendor}：按第 {n} 版报价评分（{where}），前 {k} 版保留对照。",
                         "{vendor}: version {n} is scored ({where}); the {k} earlier kept for comparison."),
    "clar.ui.applied": ("澄清函：{n} 条答复已采用", "Clarification letter: {n} answers applied"),
    "clar.ui.unanswered": ("；{n} 条未答复", "; {n} unanswered"),
    "clar.ui.not_applied": ("；{n} 条未采用（见下方“无法读取的单元格”）",
                            "; {n} not applied (see 'Cells that could not be read' below)"),
    "clar.ui.letters": ("澄清函", "Clarification letters"),
    "clar.ui.letters_help": ("每家一份 Excel 澄清函：未说明、仅声称或有条件的内容和红黄风险各一问，供应商只需填写答复栏。"
                             "收回后与报价一起上传，答复会自动采用。",
                             "One Excel letter per quote: one question per value not stated, only claimed or "
                             "conditional and per red or amber flag; the vendor fills in the answer column only. "
                             "Upload the returned letter with the quotes and its answers are applied."),
    "clar.ui.dl_one": ("下载澄清函（本供应商）", "Download letter (this vendor)"),
    "clar.ui.dl_zip": ("下载全部澄清函（.zip）", "Download all letters (.zip)"),
    "clar.ui.no_letter": ("这家报价没有需要澄清的问题。", "Nothing to clarify in this quote."),
    "clar.ui.changes": ("二次报价与澄清答复带来的变化", "What revised quotes and answered letters changed"),
    "clar.ui.changes_help": ("原名次：只按第一轮报价（不含澄清答复）评分时的名次；现名次：按最新报价和已采用的答复评分。",
                             "Rank before: scored on the first-round quotes alone (no answers); rank now: on the "
                             "latest quotes with the answers applied."),
    "clar.ui.history_of": ("{vendor}：{n} 处变化", "{vendor}: {n} changes"),
    "clar.ui.earlier": ("第 {n} 版（保留对照，不计分）：{where}", "Version {n} (kept for comparison, not scored): {where}"),
    "clar.ui.scored": ("第 {n} 版（计分）：{where}", "Version {n} (scored): {where}"),
    "clar.col.vendor": ("供应商", "Vendor"),
    "clar.col.before": ("原名次", "Rank before"),
    "clar.col.after": ("现名次", "Rank now"),
    "clar.col.move": ("名次变化", "Move"),
    "clar.col.total_before": ("原总分", "Total before"),
    "clar.col.total_after": ("现总分", "Total now"),
    "clar.col.changes": ("变化数", "Changes"),
    "clar.col.versions": ("报价版本", "Versions"),
    "clar.col.field": ("项目", "Item"),
    "clar.col.from": ("原来", "From"),
    "clar.col.to": ("现在", "To"),
    "clar.col.source": ("来源", "Source"),
    "clar.xl.sheet": ("变化", "Changes"),
    "clar.xl.ranks": ("名次变化", "How the ranks moved"),
    "clar.xl.history": ("逐项变化", "Every change"),
    "rep.kind.clarification_letter": ("澄清函（供应商回复）", "clarification letter (vendor's reply)"),
    "flag.price_rose.msg": ("二次报价 {price_txt}高于第一轮的 {base_txt}：报价在比价之后上涨了。",
                            "The revised price of {price_txt} is above the first round's {base_txt}: the price rose "
                            "after the comparison started."),
    "flag.price_rose.ask": ("报价比第一轮上涨的原因是什么？新增了哪些模块或服务？能否维持第一轮的价格？",
                            "Why is the price above the first round's? Which modules or services were added? Can the "
                            "first-round price stand?"),
})

# --- the scored Excel workbook and the blank template (core/excel.py) -----------------------------
_XL: dict[str, tuple[str, str]] = {
    "xl.title": ("小贷系统供应商报价评分", "Loan-system vendor quote scoring"),
    "xl.sheet.summary": ("摘要", "Summary"),
    "xl.sheet.ranking": ("排名", "Ranking"),
    "xl.sheet.criteria": ("评分明细", "Criteria"),
    "xl.sheet.flags": ("风险提示", "Flags"),
    "xl.sheet.charts": ("图表", "Charts"),
    "xl.sheet.original": ("原始{n}", "Original {n}"),
    "xl.sheet.profile": ("评分设置", "Profile"),
    "xl.sheet.template": ("报价填写 Quotes", "Quotes 报价填写"),
    "xl.sheet.instructions": ("填写说明 Instructions", "Instructions 填写说明"),
    # Summary
    "xl.sum.business_type": ("业务类型", "Business type"),
    "xl.sum.date": ("日期", "Date"),
    "xl.sum.quotes": ("报价数量", "Quotes scored"),
    "xl.sum.quotes_line": ("{n} 份报价，来自 {companies} 家公司；{pass} 份通过全部门槛，{unverified} 份待核实，{fail} 份未通过",
                           "{n} quotes from {companies} companies: {pass} pass every gate, {unverified} unverified, "
                           "{fail} fail"),
    "xl.sum.top": ("首选", "Top pick"),
    "xl.sum.top_line": ("{vendor}，总分 {total:.1f}（满分 100），门槛：{gate}",
                        "{vendor}, {total:.1f} points out of 100, gate: {gate}"),
    "xl.sum.why": ("理由", "Why"),
    "xl.sum.why_line": ("最强的一组是“{best}”（{best_score:.0f} 分），最弱的一组是“{worst}”（{worst_score:.0f} 分）。",
                        "Its strongest group is {best} ({best_score:.0f}), its weakest {worst} ({worst_score:.0f})."),
    "xl.sum.top_flags": ("共有 {red} 条红色、{amber} 条黄色提示，详见“风险提示”表。",
                         "It has {red} red and {amber} amber flags: see the Flags sheet."),
    "xl.sum.all_fail": ("注意：没有一家报价通过全部门槛，首选只是未通过者中得分最高的一家。",
                        "Note: no quote passes every gate; the top pick is only the best of those that fail."),
    "xl.sum.method": ("方法说明", "Method"),
    "xl.sum.method_note": ("每个指标按 0–1 打分，未说明的按最差情况计；按权重加权后得到 0–100 的总分。"
                           "触发门槛（一票否决）的报价排在所有通过的报价之后。"
                           "总成本 = 报价 + 免费维护期结束后的年费 + 收费的政策适配，按 {years} 年计算。",
                           "Each criterion scores 0 to 1, an unstated one as the worst case; the weighted sum gives "
                           "the total out of 100. Quotes that trip a knock-out gate rank below every quote that "
                           "passes. Total cost = price + yearly fees after the free maintenance period + paid policy "
                           "adaptations, over {years} years."),
    "xl.sum.warnings": ("读取提示", "Reading notes"),
    "xl.sum.warnings_line": ("{n} 个单元格无法读取或做了推断，请在应用中查看。",
                             "Cells not read, or read with a guess: {n} (details in the app)."),
    "xl.sum.profile": ("评分设置", "Scoring profile"),
    "xl.sum.budget": ("预算（万元）", "Budget (10k CNY)"),
    "xl.sum.horizon": ("总成本计算年限", "TCO horizon"),
    "xl.sum.horizon_line": ("{n} 年", "{n} years"),
    "xl.sum.gates": ("门槛（一票否决）", "Knock-out gates"),
    "xl.sum.method_name": ("评分方法", "Scoring method"),
    "xl.sum.sources": ("原始数据来源", "Source data"),
    "xl.method.weighted_sum": ("加权求和", "Weighted sum"),
    "xl.method.topsis": ("TOPSIS（逼近理想解）", "TOPSIS (closeness to the ideal)"),
    "xl.sum.method_topsis": ("本次按 TOPSIS 汇总：总分表示与理想报价的接近程度；“评分明细”中的贡献分按加权求和计算，仅供参考。",
                             "This ranking uses TOPSIS: the total measures closeness to the ideal quote; the points "
                             "in the Criteria sheet are the weighted-sum contributions, for reference."),
    "xl.unverified_reason": ("待核实：{fields}", "To verify: {fields}"),
    "xl.gatename.price_below_10w": ("报价低于 10 万元", "Price below 100,000 CNY"),
    "xl.gatename.no_mlps_level3": ("没有等保三级", "No MLPS level 3"),
    "xl.gatename.missing_must_have": ("缺少必备功能", "Missing must-have features"),
    # headers
    "xl.h.rank": ("排名", "Rank"),
    "xl.h.total": ("总分", "Total"),
    "xl.h.gate": ("门槛", "Gate"),
    "xl.h.knockout_reasons": ("未通过原因", "Knocked out by"),
    "xl.h.flags_red": ("红色提示", "Red flags"),
    "xl.h.flags_amber": ("黄色提示", "Amber flags"),
    "xl.h.flags_info": ("一般提示", "Info flags"),
    "xl.h.price_wan": ("报价（万元）", "Price (10k CNY)"),
    "xl.h.tco_wan": ("{n} 年总成本（万元）", "{n}-year TCO (10k CNY)"),
    "xl.h.tco_note": ("总成本说明", "TCO note"),
    "xl.tco_estimated": ("含估算", "partly estimated"),
    "xl.h.file": ("来源文件", "Source file"),
    "xl.h.sheet": ("来源工作表", "Source sheet"),
    "xl.h.origin": ("位置（行/列）", "Position (row/column)"),
    "xl.h.orig_sheet": ("本文件中的工作表", "Sheet in this file"),
    "xl.h.group": ("分组", "Group"),
    "xl.h.weight_set": ("设定权重", "Weight set"),
    "xl.h.share": ("占总分比例", "Share of total"),
    "xl.h.criterion": ("指标", "Criterion"),
    "xl.h.original": ("报价原文", "Original text"),
    "xl.h.value": ("识别结果", "Understood as"),
    "xl.h.utility": ("得分（0–1）", "Score (0–1)"),
    "xl.h.weight": ("权重", "Weight"),
    "xl.h.points": ("贡献分", "Points"),
    "xl.h.severity": ("级别", "Severity"),
    "xl.h.knockout": ("一票否决", "Knock-out"),
    "xl.h.code": ("代码", "Code"),
    "xl.h.field": ("字段", "Field"),
    "xl.h.message": ("问题", "Issue"),
    "xl.h.question": ("向供应商提问", "Question for the vendor"),
    "xl.h.clause": ("建议合同条款", "Contract clause to insist on"),
    "xl.h.json": ("值（JSON）", "Value (JSON)"),
    "xl.h.desc": ("说明", "Meaning"),
    "xl.h.target": ("映射到字段", "Mapped to field"),
    "xl.h.label_note": ("（手动映射：表头或行标签 → 字段代码）", "(manual mapping: header or row label → field code)"),
    # values in the Criteria sheet
    "val.yes": ("是", "yes"),
    "val.no": ("否", "no"),
    "val.unknown": ("未说明", "not stated"),
    "val.none": ("无", "none"),
    "val.months": ("{n} 个月", "{n} months"),
    "val.hours": ("{n} 小时", "{n} hours"),
    "val.month": ("{n} 个月", "{n} month"),  # one: 'one month', not 'one months'
    "val.hour": ("{n} 小时", "{n} hour"),
    "val.has_missing": ("有：{has}；缺：{missing}", "has: {has}; missing: {missing}"),
    "val.bloat": ("冗余功能：{list}", "bloat: {list}"),
    "val.price": ("{price}（预算 {budget}）", "{price} (budget {budget})"),
    "val.tco": ("{years} 年总成本 {tco}", "{years}-year TCO {tco}"),
    "val.with_status": ("{value}（{status}）", "{value} ({status})"),
    "val.estimated": ("（含估算）", " (partly estimated)"),
    "val.fee": ("（收费 {fee}）", " (charged {fee})"),
    # charts
    "xl.chart.radar": ("前 {n} 家报价的分组得分", "Group scores of the top {n} quotes"),
    "xl.chart.bar": ("各家报价总分", "Total score per quote"),
    # Profile sheet (read back by the app)
    "xl.prof.note": ("本表供程序读回评分设置和原始数据，请勿修改。", "The app reads this sheet back: please do not edit it."),
    "xl.prof.business_type": ("业务类型", "Business type"),
    "xl.prof.budget_cny": ("预算区间（元）", "Budget band (CNY)"),
    "xl.prof.horizon_years": ("总成本计算年限", "TCO horizon (years)"),
    "xl.prof.vat_rate": ("不含税报价折算税率", "VAT rate added to tax-exclusive prices"),
    "xl.prof.group_weights": ("分组权重", "Group weights"),
    "xl.prof.criterion_weights": ("组内指标权重", "Criterion weights inside each group"),
    "xl.prof.gates": ("启用的门槛（一票否决）", "Knock-out gates switched on"),
    "xl.prof.method": ("评分方法", "Scoring method"),
    # the blank template
    "xl.tpl.yes": ("是", "yes"),
    "xl.tpl.no": ("否", "no"),
    "xl.tpl.yn_title": ("请选择 是/否", "Pick yes or no"),
    "xl.tpl.yn_error": ("请从下拉列表中选择；不知道就留空。", "Pick from the drop-down list; leave it blank if unknown."),
    "xl.tpl.num_title": ("请填写数字", "Enter a number"),
    "xl.tpl.num_error": ("只填数字，单位见表头。", "Digits only; the unit is in the header."),
    "xl.tpl.col": ("列 Column", "Column 列"),
    "xl.tpl.explain": ("怎么填", "How to fill it in"),
    "xl.tpl.general_title": ("通用规则", "General rules"),
    "xl.tpl.general": ("每家报价占一行，同一家的不同套餐分行填写。第 2 行是示例（供应商名称含“示例”），不会被评分，可删除。"
                       "是/否列请用下拉选择；不清楚的项留空，不要填“否”——留空会被标记为“待确认”。",
                       "One row per quote; each package of a vendor on its own row. Row 2 is an example (its vendor "
                       "name contains 示例): it is not scored and may be deleted. Use the drop-downs in yes/no "
                       "columns; leave anything you do not know blank rather than answering no — blanks are flagged "
                       "as 'to confirm'."),
    "xl.tpl.h.vendor": ("供应商", "Vendor"),
    "xl.tpl.h.package": ("套餐", "Package"),
    "xl.tpl.h.business_types": ("适用业务", "Business type"),
    "xl.tpl.h.price_cny": ("报价(万元)", "Price (万 CNY)"),
    "xl.tpl.h.annual_fee_after_warranty_cny": ("维保期后年费(万元)", "Annual fee after warranty (万 CNY)"),
    "xl.tpl.h.policy_adaptation_fee_cny": ("政策适配费(万元)", "Policy adaptation fee (万 CNY)"),
    "xl.tpl.h.mlps_level3": ("等保三级", "MLPS level 3"),
    "xl.tpl.h.sm4_encryption": ("国密SM4", "SM4 encryption"),
    "xl.tpl.h.tls": ("传输加密", "HTTPS/TLS"),
    "xl.tpl.h.access_control": ("权限管理", "Access control"),
    "xl.tpl.h.audit_log_months": ("日志保存(月)", "Audit log (months)"),
    "xl.tpl.h.licensed_credit_bureau": ("持牌征信接口", "Licensed credit bureau"),
    "xl.tpl.h.free_maintenance_months": ("免费维保(月)", "Free maintenance (months)"),
    "xl.tpl.h.maintenance_includes_upgrades": ("维护含版本升级", "Maintenance includes upgrades"),
    "xl.tpl.h.policy_adaptation_free": ("政策适配免费", "Free policy adaptation"),
    "xl.tpl.h.support_7x24": ("7×24支持", "24/7 support"),
    "xl.tpl.h.response_hours": ("响应时间(小时)", "Response (hours)"),
    "xl.tpl.h.lifetime_consulting": ("终身技术咨询", "Lifetime consulting"),
    "xl.tpl.h.commitments_in_contract": ("承诺写入合同", "In contract"),
    "xl.tpl.h.features": ("功能清单", "Features"),
    "xl.tpl.h.source_code_delivery": ("源码交付", "Source code delivery"),
    "xl.tpl.ex.source_code_delivery": ("完整源码，可二次开发，无加密", "Full source code, no obfuscation"),
    "xl.tpl.ex.vendor": ("示例科技(示例)", "Example Tech (示例)"),
    "xl.tpl.ex.package": ("标准版", "Standard"),
    "xl.tpl.ex.business_types": ("个人信用贷", "personal credit"),
    "xl.tpl.ex.features": ("用户管理、还款管理、风控审批、个人征信、风控模型、反欺诈",
                           "user management, repayment management, risk approval, personal credit report, risk model, "
                           "anti-fraud"),
    "xl.tpl.help.source_code_delivery": ("是否交付完整源码：完整源码（可二次开发、无加密）、部分或加密源码、仅授权使用。",
                                         "Whether the full source is delivered: full (no obfuscation, open to further "
                                         "development), partial or encrypted, or licence only."),
    "xl.tpl.help.vendor": ("供应商全称。每个报价一行。", "Full vendor name. One row per quote."),
    "xl.tpl.help.package": ("报价对应的版本，如基础版、标准版。", "The edition the price is for, e.g. Basic or Standard."),
    "xl.tpl.help.business_types": ("个人信用贷、商户经营性贷或消费分期；多个用顿号分隔。",
                                   "Personal credit, merchant loan or consumer installment; separate several with commas."),
    "xl.tpl.help.price_cny": ("源码一次性价格，单位万元，只填数字；没报价就留空。",
                              "One-off price of the source code in 万 (10,000 CNY), digits only; blank if not quoted."),
    "xl.tpl.help.annual_fee_after_warranty_cny": ("免费维护期结束后每年的费用（万元）；按次收费的请留空，并在“备注”列写明收费标准。",
                                                  "Yearly fee once free maintenance ends (万); if charged per incident, "
                                                  "leave it blank and state the rate in the Notes column."),
    "xl.tpl.help.policy_adaptation_fee_cny": ("监管新规要求改系统时每次的费用（万元）；免费填 0。",
                                              "Fee per change forced by new regulation (万); 0 if free."),
    "xl.tpl.help.mlps_level3": ("是否已取得等保三级证书；“申请中”或二级选“否”。",
                                "Certified MLPS level 3? 'In progress' or level 2 means no."),
    "xl.tpl.help.sm4_encryption": ("手机号、身份证号等是否用国密SM4加密存储；只用 AES 选“否”。",
                                   "Are phone and ID numbers stored encrypted with SM4? AES only means no."),
    "xl.tpl.help.tls": ("全部访问是否走 HTTPS（SSL/TLS）。", "Does all traffic use HTTPS (SSL/TLS)?"),
    "xl.tpl.help.access_control": ("是否按角色分配操作权限。", "Are permissions assigned by role?"),
    "xl.tpl.help.audit_log_months": ("操作日志保存几个月；监管要求至少 6 个月。",
                                     "Months the operation logs are kept; regulators require at least 6."),
    "xl.tpl.help.licensed_credit_bureau": ("征信接口是否只对接持牌机构（央行征信中心、百行、朴道等）。",
                                           "Does the credit interface use licensed bureaus only (PBoC, Baihang, Pudao…)?"),
    "xl.tpl.help.free_maintenance_months": ("验收后免费维护几个月；建议不少于 12 个月。",
                                            "Months of free maintenance after acceptance; 12 or more is advisable."),
    "xl.tpl.help.maintenance_includes_upgrades": ("免费维护是否包含小版本升级，而不只是修故障。",
                                                  "Does free maintenance include minor upgrades, not only fixes?"),
    "xl.tpl.help.policy_adaptation_free": ("监管政策变化引起的修改是否免费。",
                                           "Are changes forced by new regulation free of charge?"),
    "xl.tpl.help.support_7x24": ("是否 7×24 小时技术支持；只在工作时间选“否”。",
                                 "Support around the clock? Office hours only means no."),
    "xl.tpl.help.response_hours": ("报故障后几小时内有工程师响应；半小时填 0.5。",
                                   "Hours until an engineer responds to a fault; half an hour is 0.5."),
    "xl.tpl.help.lifetime_consulting": ("维护期结束后是否仍免费提供技术咨询。",
                                        "Is technical advice still free after the maintenance period?"),
    "xl.tpl.help.commitments_in_contract": ("以上售后承诺是否都写进合同；口头承诺选“否”。",
                                            "Are all these after-sales promises written into the contract? Oral "
                                            "promises mean no."),
    "xl.tpl.help.features": ("报价包含的功能模块，用顿号、逗号或换行分隔。",
                             "Modules included in the price, separated by commas or new lines."),
}
_XL.update({
    "xl.sum.lead": ("与第二名相比", "Against the runner-up"),
    "xl.sum.stability": ("稳健性", "Robustness"),
    "xl.sum.stability_line": ("在以当前权重为中心随机抽取的 {draws} 组权重中，{vendor} 有 {p} 排第一。"
                              "单独调整某一维度的权重（其余按比例缩放）时，首选保持不变的区间：{ranges}。",
                              "In {draws} weight sets drawn at random around the current weights, {vendor} ranks "
                              "first in {p}. The top pick stays the same while one group's weight share moves "
                              "(the others rescaled) within: {ranges}."),
    "xl.sum.topsis": ("换用 TOPSIS 算法", "With TOPSIS instead"),
    "xl.sum.topsis_agree": ("名次与加权求和完全一致。", "The ranks are the same as with the weighted sum."),
    "xl.sum.topsis_differ": ("有 {n} 家报价的名次与加权求和不同，值得再核对。",
                             "{n} quotes rank differently than with the weighted sum: worth a second look."),
})
_T.update(_XL)

_UI: dict[str, tuple[str, str]] = {
    # --- dashboard: app, sidebar, navigation -------------------------------------------------------
    "ui.app.title": ("小贷系统报价评分", "Loan-system quote scoring"),
    "ui.lang.zh": ("中文", "中文"),
    "ui.lang.en": ("English", "English"),
    "ui.sidebar.language": ("语言 / Language", "Language / 语言"),
    "ui.sidebar.business_type": ("业务类型", "Business type"),
    "ui.sidebar.status": ("已评分 {n} 份报价（{files} 个文件）。首选：{top}，{total} 分。",
                          "{n} quotes scored (files: {files}). Top pick: {top}, {total} points."),
    "ui.sidebar.status_fail": ("已评分 {n} 份报价（{files} 个文件），都未通过门槛。最高分：{top}，{total} 分。",
                               "{n} quotes scored (files: {files}), none passes every gate. Highest: {top}, {total} "
                               "points."),
    "ui.sidebar.status_error": ("已上传 {files} 个文件，但没有读到报价。", "{files} files uploaded, but no quote was read."),
    "ui.sidebar.status_empty": ("还没有报价：先上传文件或试用示例。", "No quotes yet: upload files or try the sample."),
    "ui.sidebar.privacy": ("上传的文件只保存在本次会话的内存中，不写入磁盘，也不发送到任何地方。",
                           "Uploaded files stay in this session's memory: nothing is written to disk or sent anywhere."),
    "ui.nav.upload": ("上传与核对", "Upload & review"),
    "ui.nav.settings": ("评分设置", "Scoring settings"),
    "ui.nav.ranking": ("排名", "Ranking"),
    "ui.nav.compare": ("对比", "Compare"),
    "ui.nav.risks": ("风险与合同", "Risks & contract"),
    "ui.nav.export": ("导出", "Export"),
    "ui.empty.title": ("还没有可评分的报价", "No quotes to score yet"),
    "ui.empty.body": ("请在「上传与核对」页上传供应商的报价文件（Excel、WPS 或 CSV），或者先用示例报价看看效果。",
                      "Upload your vendors' quote files (Excel, ODS or CSV) on the Upload & review page, or try the "
                      "sample quotes first."),
    "ui.notice.profile_restored": ("已从上传的评分表恢复评分设置。", "Scoring settings restored from the uploaded workbook."),
    "ui.top.pick": ("首选：**{vendor}**，{total} 分，通过全部门槛（{red} 个红色、{amber} 个黄色风险）。",
                    "Top pick: **{vendor}**, {total} points, passes every gate ({red} red, {amber} amber flags)."),
    "ui.top.none_pass": ("没有一家报价通过全部门槛。得分最高的是 **{vendor}**（{total} 分，{red} 个红色风险），请先看“风险与合同”。",
                         "No quote passes every gate. The highest score is **{vendor}** ({total} points; red flags: "
                         "{red}): see Risks & contract first."),
    # --- common table columns ------------------------------------------------------------------------
    "ui.col.file": ("文件", "File"),
    "ui.col.sheet": ("工作表", "Sheet"),
    "ui.col.cell": ("单元格", "Cell"),
    "ui.col.field": ("字段", "Field"),
    "ui.col.text": ("原文", "As written"),
    "ui.col.problem": ("原因", "Reason"),
    "ui.col.value": ("读为", "Read as"),
    "ui.col.standing": ("依据", "Standing"),
    "ui.standing.title": ("读到的数值与依据", "Values read and their standing"),
    "ui.standing.help": ("每个评分项读成了什么、依据是什么：已说明（有具体内容）、仅声称（没有证明，只计一小部分分数）、有条件（另计/选配/除外，"
                         "按基础报价不包含）、未说明（按最差情况计）。仅声称和有条件的项目会列为要问服务商的问题。",
                         "What each scored item was read as, and on what standing: stated (specific), claimed (no proof: "
                         "a small part of the points), conditional (extra cost, optional, exceptions: not in the base "
                         "price), not stated (worst case). Claimed and conditional items become questions for the "
                         "vendor."),
    "ui.standing.pick": ("查看哪份报价", "Quote to show"),
    "ui.standing.summary": ("所有报价合计：仅声称 {claimed} 项，有条件 {conditional} 项，未说明 {unknown} 项。",
                            "All quotes: {claimed} claimed, {conditional} conditional, {unknown} not stated."),
    "ui.col.where": ("位置", "Where"),
    "ui.col.rank": ("名次", "Rank"),
    "ui.col.vendor": ("供应商", "Vendor"),
    "ui.col.package": ("套餐", "Package"),
    "ui.col.total": ("总分", "Total"),
    "ui.col.gate": ("门槛", "Gate"),
    "ui.col.red": ("红色", "Red"),
    "ui.col.amber": ("黄色", "Amber"),
    "ui.col.tco": ("{years} 年总成本", "{years}-year TCO"),
    "ui.col.group": ("类别", "Group"),
    "ui.col.criterion": ("评分项", "Criterion"),
    # --- upload & review -----------------------------------------------------------------------------
    "ui.upload.title": ("上传与核对", "Upload & review"),
    "ui.upload.intro": ("上传各家供应商的报价文件，可以一次上传多个。系统会识别每一列（或每一行）对应的评分字段；识别错了可以在下面的表格里改。",
                        "Upload your vendors' quote files, several at once if you like. Each column (or row) is "
                        "matched to a scoring field; fix any wrong match in the table below."),
    "ui.upload.uploader": ("报价文件", "Quote files"),
    "ui.upload.uploader_help": ("支持 xlsx、xlsm、xls、ods、csv、tsv；每个文件不超过 25 MB。",
                                "xlsx, xlsm, xls, ods, csv or tsv; up to 25 MB each."),
    "ui.upload.sample": ("试用示例报价", "Try the sample quotes"),
    "ui.upload.sample_help": ("载入与当前业务类型对应的示例报价（会替换已上传的文件）。",
                              "Load the sample quotes for the chosen business type (replaces the uploaded files)."),
    "ui.upload.template": ("下载空白报价模板 Excel", "Download blank quote template (Excel)"),
    "ui.upload.template_file": ("报价模板.xlsx", "quote_template.xlsx"),
    "ui.upload.files": ("已载入的文件", "Loaded files"),
    "ui.upload.file_quotes": ("读到 {n} 份报价", "{n} quotes read"),
    "ui.upload.remove": ("移除", "Remove"),
    "ui.upload.remove_help": ("不再使用文件“{file}”", "Stop using '{file}'"),
    "ui.upload.clear": ("清空全部文件", "Remove all files"),
    "ui.upload.m_quotes": ("报价份数", "Quotes read"),
    "ui.upload.m_files": ("可用文件", "Usable files"),
    "ui.upload.m_cells": ("无法读取的单元格", "Cells not read"),
    "ui.upload.m_unmapped": ("保留未评分的列", "Columns kept, not scored"),
    "ui.upload.type_hint": ("这些报价标注的业务类型是“{declared}”，当前按“{current}”评分。",
                            "These quotes say they are for '{declared}', but they are scored as '{current}'."),
    "ui.upload.type_hint_title": ("文件标题写的业务类型是“{declared}”，当前按“{current}”评分（必备功能和预算区间随业务类型而变）。",
                                  "The file's title names '{declared}', but the quotes are scored as '{current}' "
                                  "(the must-have features and the budget band depend on the business type)."),
    "ui.upload.type_switch": ("改为按“{type}”评分", "Score as '{type}' instead"),
    "ui.map.title": ("字段识别", "Field mapping"),
    "ui.map.help": ("每个表头（或行名）被识别成哪个评分字段。识别错了或没识别出来，就在“识别为”一列里选正确的字段，评分会立即更新；同名表头在所有文件中一起修改。",
                    "Which scoring field each header (or row label) was matched to. If a match is wrong or missing, "
                    "pick the right field in the 'Matched to' column and the scores update at once; a correction "
                    "applies to that label in every file."),
    "ui.map.label": ("表头 / 行名（原文）", "Header / row label (as written)"),
    "ui.map.target": ("识别为", "Matched to"),
    "ui.map.target_help": ("选“不评分（保留）”则这一列只保留、不参与评分；选“是否提供功能：…”则这一列每格写的是/否，表示是否提供该功能。",
                           "Choose 'Not scored (kept)' to keep the column without scoring it; choose 'Offers feature: …' "
                           "when each cell of the column says yes or no for that feature."),
    "ui.map.example": ("示例内容", "Example values"),
    "ui.map.manual": ("手动修改", "Corrected"),
    "ui.map.none": ("不评分（保留）", "Not scored (kept)"),
    "ui.map.notes": ("说明/多项承诺（逐项读取）", "Notes / several facts (each read)"),
    "ui.map.price.total": ("价格：合计", "Price: total"),
    "ui.map.price.discount": ("价格：优惠价", "Price: price offered after discount"),
    "ui.map.price.cny": ("价格：折合人民币（我方折算）", "Price: the amount converted to CNY"),
    "ui.map.price.rebate": ("价格：优惠减让（从分项合计中扣除）", "Price: a rebate (taken off the sum of the items)"),
    "ui.map.price.list": ("价格：原价（保留，不评分）", "Price: list price (kept, not scored)"),
    "ui.map.price.item": ("价格：分项（相加）", "Price: line item (summed)"),
    "ui.map.price.hardware": ("价格：硬件（不计入软件价格）", "Price: hardware (not part of the software's price)"),
    "ui.map.price.tax": ("价格：含税/不含税", "Price: tax included or not"),
    "ui.map.feature": ("是否提供功能：{name}（是/否列）", "Offers feature: {name} (yes/no column)"),
    "ui.map.reset": ("撤销全部 {n} 处手动修改", "Undo all {n} corrections"),
    "ui.cells.title": ("无法读取的单元格（{n}）", "Cells that could not be read ({n})"),
    "ui.cells.help": ("这些单元格按“未知”处理，评分按最差情况计算；请核对原文件，或向供应商确认。",
                      "These cells count as unknown and score as the worst case: check the file or ask the vendor."),
    "ui.cells.none": ("所有单元格都读懂了。", "Every cell was understood."),
    "ui.kept.title": ("保留但未评分的列（{n}）", "Columns kept but not scored ({n})"),
    "ui.kept.help": ("这些列没有对应的评分字段，内容保留在评分表中供参考。需要评分的话，请在上面的字段识别表里指定字段。",
                     "These columns match no scoring field; their content is kept in the workbook for reference. "
                     "To score one, pick its field in the mapping table above."),
    "ui.kept.none": ("没有未识别的列。", "No unrecognised columns."),
    "ui.skipped.title": ("跳过的行、列和工作表（{n}）", "Skipped rows, columns and sheets ({n})"),
    # --- scoring settings ----------------------------------------------------------------------------
    "ui.settings.title": ("评分设置", "Scoring settings"),
    "ui.settings.intro": ("这里的设置对所有页面立即生效。默认值来自行业常见做法：合规是底线，售后比价格更重要。",
                          "These settings apply to every page at once. The defaults follow common practice: "
                          "compliance is the floor, after-sales matters more than price."),
    "ui.settings.must_have": ("必备功能：{features}", "Must-have features: {features}"),
    "ui.settings.budget": ("预算区间（万元）", "Budget band (10,000 CNY)"),
    "ui.settings.budget_help": ("{type}的常见价位：{budget}。", "Typical price for {type}: {budget}."),
    "ui.settings.horizon": ("使用年限（年）", "Years of use"),
    "ui.settings.vat": ("增值税率（%）", "VAT rate (%)"),
    "ui.settings.vat_help": ("报价写明“不含税”时，按这个税率折算成含税价再比较。默认 13%（软件产品销售）；按技术服务签约可改为 6%。",
                             "A price marked tax-exclusive is compared with this rate added. Default 13 % (sale of a "
                             "software product); 6 % for a technical-service contract."),
    "ui.settings.horizon_help": ("计算总拥有成本的年数：报价 + 维保期后年费 + 政策适配费。",
                                 "Years the total cost of ownership covers: price + yearly fees after the free "
                                 "period + policy adaptation fees."),
    "ui.settings.groups": ("四大类权重", "Group weights"),
    "ui.settings.groups_help": ("拖动滑块或直接输入数字。你设定过的类别保持不变，由其余类别按比例补足，合计始终为 100%；"
                                "也可以锁定某一类。",
                                "Drag a slider or type a number. The groups you have set stay where you put them and the "
                                "others make up the difference in proportion, so the total stays 100 %; you can also lock "
                                "a group."),
    "ui.settings.groups_sum": ("合计：{total}%", "Total: {total} %"),
    "ui.settings.criteria": ("评分项权重", "Criterion weights"),
    "ui.settings.criteria_help": ("同一类别内各评分项的相对权重（0 表示不计分）；“占总分”是它在总分中的实际比重。",
                                  "Relative weight of each criterion inside its group (0 = not scored); 'Share of "
                                  "total' is its actual share of the total score."),
    "ui.settings.weight": ("类内权重", "Weight in group"),
    "ui.settings.weight_help": ("0–10，可用小数。", "0–10, decimals allowed."),
    "ui.settings.share": ("占总分", "Share of total"),
    "ui.settings.share_help": ("类别权重 × 类内权重占比。", "Group weight × share within the group."),
    "ui.settings.gates": ("淘汰门槛", "Knock-out gates"),
    "ui.settings.gates_help": ("开启的门槛一旦触发，该报价排在所有通过门槛的报价之后。",
                               "A quote that trips an active gate ranks below every quote that passes."),
    "ui.settings.file": ("恢复默认、保存与载入", "Reset, save and load"),
    "ui.settings.reset": ("恢复默认设置", "Reset to defaults"),
    "ui.settings.reset_done": ("已恢复默认设置。", "Settings reset to defaults."),
    "ui.settings.load": ("载入评分设置 JSON", "Load settings (JSON)"),
    "ui.settings.loaded": ("已载入评分设置“{file}”。", "Settings loaded from '{file}'."),
    "ui.gate.price_below_10w": ("报价低于 10 万元即淘汰", "Knock out prices below 100,000 CNY"),
    "ui.gate.no_mlps_level3": ("没有等保三级即淘汰", "Knock out quotes without MLPS level 3"),
    "ui.gate.missing_must_have": ("缺少必备功能即淘汰", "Knock out quotes missing a must-have feature"),
    # --- ranking -------------------------------------------------------------------------------------
    "ui.ranking.title": ("排名", "Ranking"),
    "ui.ranking.basis": ("按“{type}”评分；预算 {budget}；总成本按 {years} 年计算。",
                         "Scored as '{type}'; budget {budget}; total cost over {years} years."),
    "ui.ranking.total_help": ("0–100 分，四大类得分按权重加总。", "0–100: the four group scores, weighted."),
    "ui.ranking.gate_help": ("门槛有三种状态：通过（有具体说明）、待核实（只是声称、申请中或未说明，需服务商提供证明）、未通过。"
                             "通过的排在待核实之前，待核实的排在未通过之前。",
                             "A gate is passed (stated), unverified (only claimed, in progress or not stated: the vendor "
                             "must prove it) or failed. Every pass ranks above every unverified quote, every unverified "
                             "above every failure."),
    "ui.ranking.unverified_line": (":material/help: **{vendor}** 待核实：{items}",
                                   ":material/help: **{vendor}** unverified: {items}"),
    "ui.top.unverified": ("没有一家报价的门槛都有证据。得分最高的是 **{vendor}**（{total} 分），门槛待核实：{items}",
                          "No quote proves every gate. The highest is **{vendor}** ({total} points), unverified: "
                          "{items}"),
    "ui.sidebar.status_unverified": ("已评分 {n} 份报价（{files} 个文件），没有一家的门槛都有证据。最高分（待核实）：{top}，"
                                     "{total} 分。", "{n} quotes scored (files: {files}), none proves every gate. "
                                     "Highest (unverified): {top}, {total} points."),
    "ui.ranking.tco_help": ("报价 + 维保期后年费 + 政策适配费；“≈”表示其中有估算部分（金额未知）。",
                            "Price + yearly fees after the free period + policy adaptation; '≈' means part of it "
                            "was estimated (an amount was unknown)."),
    "ui.ranking.gate_line": (":material/block: **{vendor}** 未通过门槛：{reasons}",
                             ":material/block: **{vendor}** fails a gate: {reasons}"),
    "ui.ranking.gate_more": ("……另有 {n} 份报价未通过门槛，原因见“{page}”页或评分工作簿的“{sheet}”表。",
                             "…and {n} more quotes fail a gate: the reasons are on the {page} page and in the "
                             "{sheet} sheet of the scored workbook."),
    "ui.ranking.chart": ("各类得分构成", "Where the points come from"),
    "ui.chart.top_of": ("图中显示排名前 {shown} 的报价（共 {n} 份）；上面的表格和评分工作簿包含全部报价。",
                        "The chart shows the top {shown} of {n} quotes; the table above and the scored workbook "
                        "hold every quote."),
    "ui.ranking.chart_help": ("每一段是一个类别贡献的分数，合计即总分。", "Each segment is the points one group adds; together they make the total."),
    # --- compare -------------------------------------------------------------------------------------
    "ui.compare.title": ("对比", "Compare"),
    "ui.compare.pick": ("选择要对比的报价（2–{max} 份）", "Quotes to compare (2–{max})"),
    "ui.compare.pick_help": ("默认是排名前 {n} 的报价。", "The top {n} by default."),
    "ui.compare.level": ("按评分项展开", "Show every criterion"),
    "ui.compare.level_help": ("关闭时按四大类显示，打开后显示每个评分项。", "Off: the four groups. On: every criterion."),
    "ui.compare.need_two": ("请至少选择两份报价。", "Pick at least two quotes."),
    "ui.compare.table": ("逐项对比", "Criterion by criterion"),
    "ui.compare.table_help": ("每份报价一列，写的是系统理解后的值；绿色为该项最好，红色为最差。",
                              "One column per quote, with the value as understood; green is the best on that row, red "
                              "the worst."),
    "ui.compare.original": ("原文", "As written"),
    "ui.chart.original": ("原文", "As written"),
    "ui.chart.points": ("分数", "Points"),
    "ui.chart.group_score": ("类别得分", "group score"),
    "ui.chart.total": ("总分", "Total"),
    # --- risks & contract ----------------------------------------------------------------------------
    "ui.risks.title": ("风险与合同", "Risks & contract"),
    "ui.risks.pick": ("供应商", "Vendor"),
    "ui.risks.flags": ("风险提示", "Flags"),
    "ui.risks.red": ("红色风险", "Red flags"),
    "ui.risks.amber": ("黄色风险", "Amber flags"),
    "ui.risks.gate": ("触发淘汰门槛", "knock-out gate"),
    "ui.risks.no_flags": ("没有发现风险。", "No flags."),
    "ui.risks.unconfirmed": ("**{n} 项未说明**（按最差情况计分）：{fields}",
                             "**{n} items not stated** (scored as the worst case): {fields}"),
    "ui.risks.questions": ("要请供应商书面回答的问题", "Questions to send the vendor"),
    "ui.risks.questions_help": ("每个风险和每个未说明的项目各一个问题。", "One question per flag and per item the quote leaves out."),
    "ui.risks.no_questions": ("没有需要追问的问题。", "Nothing to ask."),
    "ui.risks.clauses": ("必须写入合同的条款", "Contract clauses to insist on"),
    "ui.risks.clauses_also": ("建议一并写入合同（锁定已承诺的内容）", "Also write in (locks in what was promised)"),
    "ui.risks.no_clauses": ("没有额外条款。", "No extra clauses."),
    "ui.risks.copy": ("复制或下载", "Copy or download"),
    "ui.risks.md_title": ("{vendor}：风险、问题与合同条款", "{vendor}: flags, questions and contract clauses"),
    "ui.risks.md_summary": ("第 {rank} 名，{total} 分，门槛：{gate}；{red} 个红色、{amber} 个黄色风险。",
                            "Rank {rank}, {total} points, gate: {gate}; {red} red and {amber} amber flags."),
    "ui.risks.file": ("问题与合同条款", "questions_and_clauses"),
    # --- export and download buttons -----------------------------------------------------------------
    "ui.export.title": ("导出", "Export"),
    "ui.export.workbook": ("评分表（Excel）", "Scored workbook (Excel)"),
    "ui.export.workbook_help": ("排名、各项得分、风险、原始数据和评分设置都在里面；以后重新上传它即可接着比较。",
                                "Ranking, scores, flags, the original data and the settings; upload it again "
                                "later to continue where you stopped."),
    "ui.export.json": ("评分结果（JSON）", "Result (JSON)"),
    "ui.export.json_help": ("完整的评分结果，供其他系统使用。", "The full result, for other systems."),
    "ui.export.profile": ("评分设置（JSON）", "Settings (JSON)"),
    "ui.export.profile_help": ("权重、预算、门槛和年限；可在“评分设置”页载入。",
                               "Weights, budget, gates and years; load it on the Scoring settings page."),
    "ui.dl.workbook": ("下载评分 Excel", "Download scored Excel"),
    "ui.dl.workbook_file": ("报价评分_{type}_{date}.xlsx", "quote_scores_{type}_{date}.xlsx"),
    "ui.dl.json": ("下载评分结果 JSON", "Download result JSON"),
    "ui.dl.json_file": ("报价评分_{type}_{date}.json", "quote_scores_{type}_{date}.json"),
    "ui.dl.profile": ("下载评分设置 JSON", "Download settings JSON"),
    "ui.dl.profile_file": ("评分设置.json", "profile.json"),
    "ui.dl.risks_md": ("下载 Markdown（本供应商）", "Download Markdown (this vendor)"),
    "ui.dl.risks_all": ("下载 Markdown（全部供应商）", "Download Markdown (all vendors)"),
}
_UI.update({
    "ui.nav.robustness": ("稳健性", "Robustness"),
    "ui.auth.title": ("请登录", "Please sign in"),
    "ui.auth.help": ("这个看板设置了访问密码。登录前不会显示任何报价数据。",
                     "This dashboard is protected by a password. No quote data is shown before you sign in."),
    "ui.auth.password": ("访问密码", "Password"),
    "ui.auth.submit": ("登录", "Sign in"),
    "ui.auth.wrong": ("密码不正确。", "Wrong password."),
    "ui.auth.sso": ("使用公司账号登录", "Sign in with your company account"),
    "ui.robust.intro": ("看清首选为什么胜出、权重改变多少会换人、在合理的意见分歧下它有多大把握排第一。",
                        "See why the top pick wins, how far a weight can move before the winner changes, and how "
                        "likely it stays first when people disagree about the weights."),
    "ui.robust.explain": ("为什么是这个排名", "Why this ranking"),
    "ui.robust.explain_pick": ("查看哪一家", "Quote to explain"),
    "ui.robust.explain_help": ("柱子是与参照报价相比，每个指标多得（绿）或少得（红）的分数；最后一根是总分差。",
                               "Each bar is the points won (green) or lost (red) on one criterion against the "
                               "reference quote; the last bar is the total gap."),
    "ui.robust.other_criteria": ("其他 {n} 项", "{n} other criteria"),
    "ui.robust.gap": ("总分差", "Total gap"),
    "ui.robust.points_vs": ("相对“{ref}”的得分差", "Points vs {ref}"),
    "ui.robust.sensitivity": ("权重敏感性", "Weight sensitivity"),
    "ui.robust.curves_of": ("图中画出 {shown} 份报价的曲线（共 {n} 份）：在某个权重下排第一的，以及排名靠前的。",
                            "Curves for {shown} of {n} quotes: every quote that comes first at some share, then "
                            "the best ranked."),
    "ui.robust.sensitivity_help": ("把一个维度的权重从 0% 调到 100%（其他维度按原比例缩放）时，各家总分的变化。"
                                   "绿色区间内首选不变。",
                                   "How each total moves when one group's weight goes from 0% to 100% (the others "
                                   "rescaled in proportion). Inside the green band the top pick does not change."),
    "ui.robust.group": ("调整哪个维度", "Group to move"),
    "ui.robust.stays": ("首选仍是 {vendor}", "{vendor} stays first"),
    "ui.robust.current": ("当前权重", "current weight"),
    "ui.robust.share_of": ("“{group}”所占权重", "Weight share of {group}"),
    "ui.robust.col.group": ("维度", "Group"),
    "ui.robust.col.current": ("当前权重", "Current share"),
    "ui.robust.col.interval": ("首选不变的区间", "Top pick unchanged for"),
    "ui.robust.col.top": ("首选", "Top pick"),
    "ui.robust.stability": ("排名稳定性", "Rank stability"),
    "ui.robust.stability_help": ("按当前权重为中心随机抽取 {draws} 组权重（固定随机种子），统计每家排第一的概率。"
                                 "集中度越低，代表对权重的分歧越大。未通过门槛的报价不会排第一。",
                                 "{draws} weight sets drawn at random around the current weights (fixed seed); the "
                                 "share of draws in which each quote ranks first. Lower concentration means more "
                                 "disagreement about the weights. A quote failing a gate never ranks first."),
    "ui.robust.concentration": ("集中度（越大越接近当前权重）", "Concentration (higher = closer to the current weights)"),
    "ui.robust.draws": ("抽样次数", "Draws"),
    "ui.robust.p_first": ("排第一的概率", "Probability of ranking first"),
    "ui.robust.verdict_sure": ("首选 {vendor} 在 {p} 的抽样中排第一：结论稳健。",
                               "{vendor} ranks first in {p} of the draws: the choice is robust."),
    "ui.robust.verdict_close": ("首选 {vendor} 只在 {p} 的抽样中排第一：权重稍有不同，结论就可能改变。",
                                "{vendor} ranks first in only {p} of the draws: a modest change of weights could "
                                "change the choice."),
    "ui.robust.rank_table": ("名次分布（每家获得各名次的概率）", "Rank distribution (probability of each rank)"),
    "ui.robust.rank_n": ("第{n}名", "Rank {n}"),
    "ui.robust.whatif": ("假设分析", "What if"),
    "ui.robust.whatif_help": ("假设某家报价的一项内容不同（例如“取得了等保三级”），看排名如何变化。不会修改已上传的数据。",
                              "Change one value of one quote (e.g. 'obtains MLPS level 3') and see how the ranks "
                              "move. The uploaded data is not touched."),
    "ui.robust.whatif_quote": ("报价", "Quote"),
    "ui.robust.whatif_field": ("内容", "Item"),
    "ui.robust.whatif_value": ("假设的值", "Assumed value"),
    "ui.robust.unit_wan": ("（万元）", "(10,000 CNY)"),
    "ui.robust.yes": ("是", "yes"),
    "ui.robust.no": ("否", "no"),
    "ui.robust.unknown": ("未知", "unknown"),
    "ui.robust.col.before": ("原名次", "Rank before"),
    "ui.robust.col.after": ("新名次", "Rank after"),
    "ui.robust.col.total": ("新总分", "New total"),
    "ui.robust.whatif_same": ("这一改变不影响名次。", "This change does not move any rank."),
    "ui.robust.topsis": ("换一种算法：TOPSIS", "Another method: TOPSIS"),
    "ui.robust.topsis_help": ("TOPSIS 按各家离“理想报价”和“最差报价”的距离排序（向量归一化，同样的指标权重）。"
                              "两种算法名次不同的报价值得再看一眼。",
                              "TOPSIS ranks quotes by their distance to an ideal and a worst quote (vector "
                              "normalisation, the same criterion weights). Quotes whose rank differs between the "
                              "two methods deserve a second look."),
    "ui.robust.col.ws": ("加权总分", "Weighted sum"),
    "ui.robust.col.ws_rank": ("加权名次", "Rank (weighted)"),
    "ui.robust.col.topsis": ("TOPSIS 得分", "TOPSIS score"),
    "ui.robust.col.topsis_rank": ("TOPSIS 名次", "Rank (TOPSIS)"),
    "ui.robust.col.change": ("名次差", "Rank difference"),
    "ui.robust.methods_agree": ("两种算法的名次完全一致。", "Both methods give the same ranks."),
    "ui.robust.methods_differ": ("{n} 家报价在两种算法下名次不同（已标出）。",
                                 "{n} quotes rank differently under the two methods (highlighted)."),
})
_T.update(_UI)

# --- issue 14: the evaluation report (评审报告, core/word_report.py, core/report_charts.py) ----------------
_T.update({
    "rep.title_default": ("小额贷系统供应商评审报告", "Loan-system vendor evaluation report"),
    "rep.file": ("评审报告_{type}.docx", "evaluation_report_{type}.docx"),
    "rep.subtitle": ("{type} · 供应商比选", "{type} · vendor selection"),
    "rep.cover.business_type": ("业务类型", "Business type"),
    "rep.cover.date": ("评审日期", "Date"),
    "rep.cover.number": ("报告编号", "Report number"),
    "rep.cover.quotes": ("参评报价", "Quotes evaluated"),
    "rep.cover.quotes_line": ("{n} 份报价，来自 {files} 个文件；{passed} 份通过全部门槛",
                              "{n} quotes, {passed} of which pass every gate (input files: {files})"),
    "rep.cover.top": ("推荐", "Recommended"),
    "rep.cover.top_line": ("{vendor}（{gate}）", "{vendor} ({gate})"),
    "rep.cover.prepared": ("编制方式", "Prepared with"),
    "rep.cover.prepared_line": ("小额贷系统报价比选工具，在本机运行，数据未上传",
                                "the loan-system quote comparison tool, run on this computer; no data was uploaded"),
    "rep.cover.note": ("本报告由评分结果生成，可在 Word 中修改后打印、签字、归档。第一部分列出每个输入文件的 SHA-256 校验值，"
                       "日后可据此核对本报告对应的正是这些文件；签字页在最后。",
                       "This report was generated from the scored result; it can be edited in Word, printed, signed "
                       "and filed. Part 1 lists the SHA-256 checksum of every input file, so anyone can check later "
                       "that the report belongs to exactly those files; the signature page is last."),
    "rep.footer": ("报告编号 {number}", "Report {number}"),
    "rep.footer.page": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    # headings
    "rep.h.basis": ("一、评审依据", "1. Basis of the evaluation"),
    "rep.h.recommendation": ("二、推荐结论", "2. Recommendation"),
    "rep.h.ranking": ("三、排名与图表", "3. Ranking and charts"),
    "rep.h.quotes": ("四、逐家报价：风险、待证实事项与合同条款", "4. Each quote: risks, open points and contract clauses"),
    "rep.h.robustness": ("五、结论的稳健性", "5. How robust the conclusion is"),
    "rep.h.team": ("六、评审小组", "6. The evaluation team"),
    "rep.h.signatures": ("七、签字页", "7. Signatures"),
    # 1. basis
    "rep.basis.settings": ("评分设置", "Scoring settings"),
    "rep.basis.settings_line": ("按“{type}”的要求评分：预算 {budget}；总成本按 {years} 年计算；汇总方法：{method}。",
                                "Scored for {type}: budget {budget}; total cost over {years} years; method: "
                                "{method}."),
    "rep.basis.vat": ("报价未含税的，按 {vat}% 增值税折算为含税价，所有报价按同一口径比较；缺少必备功能而以选配报价的，"
                      "选配费用计入价格。",
                      "Prices quoted without VAT are grossed up at {vat}%, so every quote is compared tax-inclusive; "
                      "where a must-have feature is only an option, its price is added."),
    "rep.basis.tco": ("总成本 = 价格 + 免费维护期后的年费 + 监管政策适配费用（假设每 {every} 年调整一次）。年费未说明的，"
                      "按价格的 {fee}%/年估算；政策适配收费而未报价的，按价格的 {pol}%/次估算。含估算的总成本在表中标“≈”。",
                      "Total cost = price + yearly fees after the free maintenance period + regulatory adaptations "
                      "(assumed every {every} years). An unstated yearly fee is taken as {fee}% of the price a year; "
                      "an adaptation charged without a price as {pol}% of the price each time. Totals with an "
                      "estimate are marked ≈."),
    "rep.basis.weights": ("指标与权重", "Criteria and weights"),
    "rep.basis.weights_help": ("“设定权重”是指标在本组内的相对权重，“占总分比例”是它在 100 分中的份额。未说明的内容按最差情况计分，"
                               "仅声称而无证据的只得部分分。",
                               "'Weight set' is a criterion's weight within its group; 'share of total' is its "
                               "share of the 100 points. What a quote does not state scores as the worst case; "
                               "what it only claims, without proof, earns part of the credit."),
    "rep.basis.group_line": ("{group}：设定权重 {weight}，占总分 {share}", "{group}: weight {weight}, {share} of the total"),
    "rep.basis.gates": ("一票否决门槛", "Knock-out gates"),
    "rep.basis.gates_on": ("启用：{list}。门槛要有证据才算通过：仅声称、申请中或未说明的记为“待核实”，排在通过者之后。",
                           "In force: {list}. A gate passes only on proof: claimed, in progress or not stated is "
                           "'unverified' and ranks after every quote that passes."),
    "rep.basis.gates_none": ("没有启用任何一票否决门槛。", "No knock-out gate is in force."),
    "rep.basis.gates_off": ("已关闭：{list}。", "Switched off: {list}."),
    "rep.basis.inputs": ("输入文件与校验值", "Input files and checksums"),
    "rep.basis.file_kind": ("{name}\n（{kind}）", "{name}\n({kind})"),
    "rep.basis.quotes_read": ("{n} 份报价", "{n} quotes"),
    "rep.basis.unread": ("未能读取：{reason}", "not read: {reason}"),
    "rep.basis.no_inputs": ("评分结果没有记录输入文件。", "The result records no input file."),
    "rep.basis.profile_hash": ("评分设置的 SHA-256（按 JSON 计算，与“导出”页下载的评分设置文件逐字节相同）：",
                               "SHA-256 of the scoring profile (as JSON, byte for byte the settings file the Export "
                               "page downloads):"),
    "rep.basis.verify": ("核对方法：Linux 或 macOS 上运行 sha256sum 文件名，Windows 上运行 certutil -hashfile 文件名 SHA256，"
                         "结果应与上面的值一致。",
                         "To check: run sha256sum FILE (Linux, macOS) or certutil -hashfile FILE SHA256 (Windows); "
                         "the result must equal the value above."),
    "rep.basis.letters": ("澄清答复：已应用 {n} 条答复或修订，来自 {files} 个文件，逐家列在第四部分。",
                          "Clarifications: {n} answers or revisions applied, from {files} files; listed per quote in "
                          "part 4."),
    "rep.basis.no_letters": ("澄清答复：本次评审没有应用澄清函或修订报价。",
                             "Clarifications: no clarification letter or revised quote was applied."),
    "rep.basis.team": ("评审小组：已合并 {n} 位评审人的评分表，见第六部分。",
                       "Evaluation team: the score sheets of {n} evaluators were merged; see part 6."),
    "rep.basis.no_team": ("评审小组：没有合并评审人的评分表。", "Evaluation team: no evaluator's score sheet was merged."),
    "rep.kind.quotes": ("报价文件", "quote file"),
    "rep.kind.scored_workbook": ("评分表（重新上传）", "scored workbook (uploaded again)"),
    "rep.kind.unread": ("未读取", "not read"),
    "rep.kind.profile": ("评分设置文件", "profile file"),
    "rep.col.file": ("文件", "File"),
    "rep.col.read": ("读取结果", "Read"),
    "rep.col.sha256": ("SHA-256 校验值", "SHA-256 checksum"),
    # 2. recommendation
    "rep.rec.pick": ("推荐 {vendor}：总分 {total}（满分 100），排名第一。", "Recommended: {vendor}, {total} points out of "
                     "100, ranked first."),
    "rep.rec.pass": ("它通过全部一票否决门槛，有 {red} 条红色、{amber} 条黄色风险提示，签约前逐条落实（见第四部分）。",
                     "It passes every knock-out gate; it has {red} red and {amber} amber flags, each to settle before "
                     "signing (part 4)."),
    "rep.rec.pass_clean": ("它通过全部一票否决门槛，没有红色或黄色风险提示。",
                           "It passes every knock-out gate and has no red or amber flag."),
    "rep.rec.unverified": ("它的门槛尚待核实：{items} 取得书面证明之前，不宜直接授标。",
                           "Its gates are not proven yet: {items} Until the proof is in writing it should not be "
                           "awarded the contract."),
    "rep.rec.fail": ("注意：没有一份报价通过全部门槛，它只是未通过者中得分最高的一份（{reasons}）。不建议在现有报价中授标。",
                     "Note: no quote passes every gate; this is only the best scored of the quotes that fail "
                     "({reasons}). Awarding the contract on these quotes is not advised."),
    "rep.rec.shape": ("它最强的是“{best}”（{best_score} 分），最弱的是“{worst}”（{worst_score} 分）。",
                      "Its strongest group is {best} ({best_score}), its weakest {worst} ({worst_score})."),
    "rep.rec.why": ("与第二名 {ref} 相比，决定胜负的差别：", "Against the runner-up, {ref}, the differences that decide:"),
    "rep.rec.diff": ("{criterion}：{vendor} {a}；{ref} {b}。{points}", "{criterion}: {vendor} {a}; {ref} {b}. {points}"),
    "rep.rec.gain": ("领先 {d} 分。", "{d} points ahead."),
    "rep.rec.loss": ("落后 {d} 分。", "{d} points behind."),
    "rep.rec.only_one": ("只有一份报价，没有可比较的对象。", "There is only one quote: nothing to compare it with."),
    # 3. ranking and charts
    "rep.rank.legend": ("门槛：✓ 通过，? 待核实，✗ 未通过。总成本前的“≈”表示含估算。",
                        "Gate: ✓ pass, ? unverified, ✗ fail. ≈ before a total cost: it includes an estimate."),
    "rep.rank.more": ("表中列出前 {shown} 名；另有 {more} 份报价未列出，完整排名见评分表（Excel）的“{sheet}”工作表。",
                      "The table lists the first {shown}; {more} more quotes are in the scored workbook (Excel), "
                      "sheet '{sheet}'."),
    "rep.chart.radar": ("图 1　前 {n} 名的各组得分（0–100）", "Figure 1. Group scores of the leading {n} quotes (0–100)"),
    "rep.chart.points": ("图 2　各组对总分的贡献（前 {n} 名）", "Figure 2. Points each group adds to the total (first {n})"),
    "rep.chart.points_axis": ("对总分的贡献（分）", "Points of the total"),
    "rep.chart.no_font": ("本机没有中文字体：图中以名次代替供应商名称，维度名称用英文。",
                          "No Chinese font on this computer: the charts show ranks instead of vendor names, and group "
                          "names in English."),
    "rep.chart.none": ("图表未能生成（{reason}），排名表不受影响。", "The charts could not be drawn ({reason}); the ranking "
                       "table is complete."),
    # 4. each quote
    "rep.q.title": ("第 {rank} 名　{vendor}", "No. {rank}: {vendor}"),
    "rep.q.summary": ("总分 {total}；门槛：{gate}；价格 {price}；{years} 年总成本 {tco}。",
                      "Total {total}; gate: {gate}; price {price}; {years}-year total cost {tco}."),
    "rep.q.red": ("红色风险", "Red flags"),
    "rep.q.amber": ("黄色风险", "Amber flags"),
    "rep.q.no_flags": ("没有红色或黄色风险。", "No red or amber flag."),
    "rep.q.open": ("尚未证实", "Not proven yet"),
    "rep.q.unknown_fields": ("报价未说明：{fields}。", "Not stated in the quote: {fields}."),
    "rep.q.all_proven": ("每项评分内容都有明确说明。", "Every scored value is stated."),
    "rep.q.questions": ("待向供应商提出的问题", "Questions to put to the vendor"),
    "rep.q.answers": ("澄清答复与修订", "Clarification answers and revisions"),
    "rep.q.answer_line": ("{field}：{before} → {after}（来源：{source}）", "{field}: {before} → {after} (source: {source})"),
    "rep.q.asked": ("问：{question}", "Asked: {question}"),
    "rep.q.evidence": ("证明材料：{evidence}", "Evidence: {evidence}"),
    "rep.q.no_answers": ("该报价没有收到澄清答复或修订。", "No clarification answer or revision was received for this "
                         "quote."),
    "rep.q.no_letters": ("本次评审没有应用澄清函：以上问题尚无书面答复。",
                         "No clarification letter was applied: the questions above have no written answer yet."),
    "rep.q.clauses": ("签约时应写入合同的条款", "Clauses to insist on in the contract"),
    "rep.q.no_clauses": ("没有需要特别写入合同的条款。", "No clause beyond the usual ones."),
    "rep.q.more": ("其余 {n} 份报价的风险、问题和条款见评分表（Excel）的“{sheet}”工作表。",
                   "The flags, questions and clauses of the other {n} quotes are in the scored workbook (Excel), "
                   "sheet '{sheet}'."),
    # 5. robustness
    "rep.rob.one": ("只有一份报价，无需检验稳健性。", "There is only one quote: robustness does not apply."),
    "rep.rob.intervals": ("权重变化时：", "When the weights move:"),
    "rep.rob.interval": ("“{group}”的权重（现为 {cur}%）在 {lo}%–{hi}% 之间变化时，首选仍是 {vendor}。",
                         "While the weight of {group} (now {cur}%) stays between {lo}% and {hi}%, {vendor} stays "
                         "first."),
    "rep.rob.interval_all": ("无论“{group}”的权重（现为 {cur}%）取多少，首选都是 {vendor}。",
                             "Whatever the weight of {group} (now {cur}%), {vendor} stays first."),
    "rep.rob.sure": ("在以当前权重为中心随机抽取的 {draws} 组权重中，{vendor} 有 {p} 排第一：结论稳健。",
                     "In {draws} weight sets drawn at random around the current weights, {vendor} ranks first in {p}: "
                     "the conclusion is robust."),
    "rep.rob.close": ("在以当前权重为中心随机抽取的 {draws} 组权重中，{vendor} 只有 {p} 排第一：权重稍有不同，结论就可能改变，"
                      "评审时应讨论权重。",
                      "In {draws} weight sets drawn at random around the current weights, {vendor} ranks first in "
                      "only {p}: a modest change of weights could change the conclusion, so the weights deserve "
                      "discussion."),
    "rep.rob.runner": ("其次是 {vendor}（{p}）。", "Next comes {vendor} ({p})."),
    "rep.rob.topsis_agree": ("换用另一种算法 TOPSIS（按与理想报价的距离排序），名次完全一致。",
                             "With another method, TOPSIS (ranking by distance to an ideal quote), every rank is the "
                             "same."),
    "rep.rob.topsis_differ": ("换用另一种算法 TOPSIS（按与理想报价的距离排序），有 {n} 份报价的名次不同，例如：{list}。",
                              "With another method, TOPSIS (ranking by distance to an ideal quote), {n} quotes rank "
                              "differently, for example: {list}."),
    "rep.rob.topsis_top": ("首选不变。", "The top pick is the same."),
    "rep.rob.topsis_new_top": ("按 TOPSIS 排第一的是 {vendor}。", "Under TOPSIS, {vendor} comes first."),
    "rep.rob.move": ("{vendor}（{a} → {b}）", "{vendor} ({a} → {b})"),
    # 6. evaluation team
    "rep.team.none": ("本次评审没有合并评审小组的评分表，本部分无内容。",
                      "No evaluator's score sheet was merged: nothing to report here."),
    "rep.team.evaluators": ("评审人：{names}。", "Evaluators: {names}."),
    "rep.team.summary": ("打分汇总", "Scores in summary"),
    "rep.team.scores": ("各评审人的打分", "Each evaluator's scores"),
    "rep.team.no_scores": ("评分表中没有逐项打分。", "The score sheets hold no individual score."),
    "rep.team.disagreements": ("意见分歧（如实记录，不以平均分代替）", "Disagreements (recorded, not averaged away)"),
    "rep.team.no_disagreements": ("没有意见分歧。", "No disagreement."),
    "rep.team.disagreement": ("{quote} · {criterion}：相差 {spread} 分。", "{quote} · {criterion}: {spread} points "
                              "apart."),
    "rep.team.opinion": ("{evaluator} 打 {score} 分，理由：{reason}", "{evaluator} gave {score}, because: {reason}"),
    "rep.team.consensus": ("共识决定", "Consensus decisions"),
    "rep.team.no_consensus": ("没有共识决定。", "No consensus decision."),
    "rep.team.consensus_line": ("{quote} · {criterion}：共识 {score} 分。说明：{comment}",
                                "{quote} · {criterion}: agreed {score}. Comment: {comment}"),
    "rep.team.more": ("表中列出前 {shown} 名报价的打分；其余见评分表（Excel）。",
                      "The tables show the scores of the first {shown} quotes; the rest are in the scored workbook "
                      "(Excel)."),
    "rep.col.evaluator": ("评审人", "Evaluator"),
    "rep.col.quote": ("报价", "Quote"),
    "rep.col.score": ("分数", "Score"),
    "rep.col.reason": ("理由", "Reason"),
    "rep.col.mean": ("平均", "Mean"),
    "rep.col.min": ("最低", "Min"),
    "rep.col.max": ("最高", "Max"),
    "rep.col.n": ("人数", "n"),
    # 7. signatures
    "rep.sig.intro": ("评审小组确认本报告如实反映了评审过程和结论。对结论有不同意见的，请在“意见”栏写明，不同意见与结论一并存档。",
                      "The committee confirms that this report truly reflects the evaluation and its conclusion. "
                      "Anyone who disagrees writes it in the Opinion column; dissent is filed with the conclusion."),
    "rep.sig.decision": ("评审结论：□ 同意推荐 {vendor}　□ 另行决定（理由写在“意见”栏）",
                         "Decision: □ award to {vendor}　□ decide otherwise (reasons in the Opinion column)"),
    "rep.sig.role": ("角色", "Role"),
    "rep.sig.name": ("姓名", "Name"),
    "rep.sig.opinion": ("意见", "Opinion"),
    "rep.sig.signature": ("签字", "Signature"),
    "rep.sig.date": ("日期", "Date"),
    "rep.sig.lead": ("评审组长", "Lead evaluator"),
    "rep.sig.member": ("评审成员", "Evaluator"),
    "rep.sig.finance": ("财务", "Finance"),
    "rep.sig.compliance": ("合规", "Compliance"),
    "rep.sig.approver": ("审批人", "Approver"),
    # the dashboard: Settings (the title) and Export (the download)
    "rep.ui.section": ("评审报告", "Evaluation report"),
    "rep.ui.title": ("报告标题", "Report title"),
    "rep.ui.title_help": ("打印在评审报告（Word）封面上；留空则用默认标题。只保存在本次会话中，不写入评分设置。",
                          "Printed on the cover of the evaluation report (Word); leave empty for the default title. "
                          "Kept for this session only, not in the scoring profile."),
    "rep.ui.export": ("评审报告（Word）", "Evaluation report (Word)"),
    "rep.ui.export_help": ("给评审委员会的报告：评审依据与文件校验值、推荐结论、排名与图表、逐家风险、稳健性和签字页。可在 Word 中修改。",
                           "The committee's report: basis and file checksums, recommendation, ranking and charts, "
                           "each quote's risks, robustness and a signature page. Editable in Word."),
    "rep.ui.download": ("下载评审报告 Word", "Download report (Word)"),
})

# --- the evaluation team (issue 13: core/evaluation.py, views/evaluation.py) ------------------------
# One block: the evaluation group's name, its criteria and flag (looked up as group.*, crit.*, flag.* like the
# others), then every eval.* string.
_EVAL: dict[str, tuple[str, str]] = {
    "group.evaluation": ("评审打分", "Evaluation"),
    "crit.demo_credit_consent": ("演示：征信查询与授权", "Demo: credit report query and consent"),
    "crit.demo_risk_approval": ("演示：风控审批流程", "Demo: risk approval workflow"),
    "crit.demo_disbursement_schedule": ("演示：放款与还款计划", "Demo: disbursement and repayment schedule"),
    "crit.demo_reminders_overdue": ("演示：还款提醒与逾期处理", "Demo: reminders and overdue handling"),
    "crit.demo_regulatory_reports": ("演示：监管报表", "Demo: regulatory reports"),
    "crit.demo_enterprise_credit": ("演示：企业征信与工商信息查询", "Demo: enterprise credit and registry lookup"),
    "crit.demo_cashflow_review": ("演示：银行流水分析", "Demo: bank statement analysis"),
    "crit.demo_contract_signing": ("演示：电子合同签署", "Demo: electronic contract signing"),
    "crit.demo_post_loan": ("演示：贷后监控与还款", "Demo: post-loan monitoring and repayment"),
    "crit.demo_product_setup": ("演示：商品与分期方案配置", "Demo: products and installment plans set-up"),
    "crit.demo_installment_quote": ("演示：分期试算", "Demo: installment calculation"),
    "crit.demo_order_tracking": ("演示：订单跟踪", "Demo: order tracking"),
    "crit.references": ("同规模客户口碑", "Reference customers of similar size"),
    "crit.implementation_team": ("实施团队与计划", "Implementation team and plan"),
    "crit.vendor_stability": ("供应商稳定性", "Vendor stability"),
    "flag.disagreement.msg": ("评审小组对“{criterion_name}”意见分歧：{n} 人打分从 {low} 到 {high} 分，请讨论后记录共识分。",
                              "The evaluators disagree on '{criterion_name}': {n} scores from {low} to {high}; discuss "
                              "and record a consensus score."),
    "flag.disagreement.ask": ("评审小组对“{criterion_name}”看法不一，请就此补充说明，必要时再演示一次。",
                              "The evaluators disagree on '{criterion_name}': please explain further and, if needed, "
                              "show it again."),
    # what each scripted demo scenario and each judgement looks at
    "eval.look.demo_credit_consent": ("用样例客户走一遍：线上授权书签署、向持牌征信机构查询、报告入档，授权过期后不能再查。",
                                      "Walk a sample customer through online consent, a query to a licensed bureau, "
                                      "the report filed; no query once the consent has expired."),
    "eval.look.demo_risk_approval": ("一笔申请从进件到自动评分、规则拦截、人工复核、审批通过或拒绝，每一步留痕。",
                                     "One application from intake through automatic scoring, rule checks, manual "
                                     "review to approval or rejection, every step logged."),
    "eval.look.demo_disbursement_schedule": ("审批通过后放款，按等额本息和先息后本各生成一份还款计划，提前还款后重算。",
                                             "Disburse an approved loan, produce an amortising and an interest-only "
                                             "schedule, recalculate after an early repayment."),
    "eval.look.demo_reminders_overdue": ("到期前短信提醒、代扣失败、逾期罚息计算、催收分配和结清，整个流程当场跑通。",
                                         "Reminder before the due date, a failed auto-debit, overdue interest, "
                                         "collection assignment and settlement, run live."),
    "eval.look.demo_regulatory_reports": ("导出监管要求的报表（放款、余额、逾期、客户信息报送），数字能与业务数据对上。",
                                          "Export the reports the regulator asks for (loans, balances, overdue, "
                                          "customer filings) and reconcile them with the data."),
    "eval.look.demo_enterprise_credit": ("输入企业名称查询企业征信和工商信息，结果自动带入授信申请。",
                                         "Look up a company's credit report and registry data by name; the results "
                                         "fill the credit application."),
    "eval.look.demo_cashflow_review": ("上传一份真实格式的银行流水，自动识别收入、支出和异常交易，并给出经营流水指标。",
                                       "Upload a bank statement in a real format: income, spending and unusual "
                                       "transactions recognised, turnover figures produced."),
    "eval.look.demo_contract_signing": ("由申请数据生成合同，客户在线签署（电子签章），合同存档可查。",
                                        "Generate the contract from the application, signed online with an "
                                        "e-signature, archived and retrievable."),
    "eval.look.demo_post_loan": ("放款后监控企业经营和流水变化，出现预警时通知客户经理，还款与展期处理。",
                                 "After disbursement, watch the business and its cash flow, alert the account manager "
                                 "on a warning sign, handle repayment and extension."),
    "eval.look.demo_product_setup": ("上架一件商品，配置 3/6/12 期分期方案和费率，前台立即可见。",
                                     "List a product, set 3/6/12-month plans and rates, visible to customers at "
                                     "once."),
    "eval.look.demo_installment_quote": ("客户选择期数后，月供、总利息和费用当场算出，与合同金额一致。",
                                         "A customer picks a term: the monthly payment, total interest and fees are "
                                         "shown and match the contract."),
    "eval.look.demo_order_tracking": ("一笔分期订单从下单、审核、发货到签收的状态全程可查，退货时分期同步取消。",
                                      "One installment order tracked from order, approval and shipping to delivery; "
                                      "a return cancels the plan."),
    "eval.look.references": ("向供应商要 2–3 家规模相近、业务相同的客户并亲自联系：用了多久、上线是否顺利、售后是否兑现。",
                             "Ask for 2–3 customers of your size and business and call them: how long in use, how "
                             "the launch went, whether after-sales promises were kept."),
    "eval.look.implementation_team": ("看实施计划（里程碑、数据迁移、验收标准）和实际参与的人：项目经理和关键工程师是谁、做过什么。",
                                      "Read the implementation plan (milestones, data migration, acceptance) and "
                                      "meet the people: who the project manager and key engineers are, what they "
                                      "have done."),
    "eval.look.vendor_stability": ("查工商信息、成立年限、团队规模、诉讼记录、产品更新频率，问清源码托管或退出安排。",
                                   "Check registry data, years in business, team size, lawsuits, how often the "
                                   "product is updated; ask about source-code escrow or an exit arrangement."),
    # the 1-5 scales: every step described
    "eval.scale.demo.1": ("没有演示，或只放了幻灯片、截图", "Not shown, or slides and screenshots only"),
    "eval.scale.demo.2": ("只演示了一部分，关键步骤缺失或出错", "Partly shown: key steps missing or failing"),
    "eval.scale.demo.3": ("能走通，但要变通操作、后台改数据或人工补步骤", "Completed, but with workarounds, back-end "
                                                                 "edits or manual steps"),
    "eval.scale.demo.4": ("用我方样例数据顺畅走通，只有小问题", "Ran smoothly on our sample data, minor issues only"),
    "eval.scale.demo.5": ("用我方数据当场顺畅走通，追问改规则、改参数也能当场做到",
                          "Ran smoothly on our data, and follow-up changes (a rule, a parameter) were made on the spot"),
    "eval.scale.references.1": ("给不出可以联系的客户", "No customer we could contact"),
    "eval.scale.references.2": ("只有名单：联系不上，或规模、业务与我们相差很大",
                                "Names only: not reachable, or far from our size and business"),
    "eval.scale.references.3": ("联系上一家规模相近的客户，评价一般", "One reachable customer of similar size, mixed "
                                                               "feedback"),
    "eval.scale.references.4": ("两家以上规模相近的客户，评价良好", "Two or more similar customers, good feedback"),
    "eval.scale.references.5": ("多家同规模同业务客户用了两年以上，回访都说好，售后兑现",
                                "Several customers of our size and business, over two years in use, all positive, "
                                "after-sales promises kept"),
    "eval.scale.implementation.1": ("没有实施计划，不知道谁来做", "No implementation plan; nobody named"),
    "eval.scale.implementation.2": ("只有笼统的计划，人员未定", "A vague plan; people not named"),
    "eval.scale.implementation.3": ("有计划和里程碑，项目经理已定，关键人员未见面",
                                    "A plan with milestones and a named project manager; key people not met"),
    "eval.scale.implementation.4": ("计划详细，团队名单已定并见过面，做过同类项目",
                                    "A detailed plan; the named team met and has done similar projects"),
    "eval.scale.implementation.5": ("计划含验收标准和数据迁移方案，团队做过同类小贷项目，人员写入合同",
                                    "A plan with acceptance criteria and data migration; the team has done similar "
                                    "micro-loan projects and is named in the contract"),
    "eval.scale.stability.1": ("新成立或情况不明，有明显风险（诉讼、欠薪、核心人员流失）",
                               "New or opaque, with clear warning signs (lawsuits, unpaid wages, key people leaving)"),
    "eval.scale.stability.2": ("规模很小，依赖个别人，信息有限", "Very small, depends on a few people, little known"),
    "eval.scale.stability.3": ("正常经营三年以上，未见明显风险", "Three or more years in business, no visible warning "
                                                          "sign"),
    "eval.scale.stability.4": ("经营稳定，客户较多，产品持续更新", "Stable, many customers, the product keeps being "
                                                          "updated"),
    "eval.scale.stability.5": ("多年稳定经营、财务健康，并提供源码托管或退出保障",
                               "Many years stable and financially sound, with source-code escrow or an exit "
                               "arrangement"),
    # the score sheet an evaluator fills in
    "eval.sheet.title": ("评审打分表", "Evaluation score sheet"),
    "eval.sheet.main_sheet": ("评分表", "Score sheet"),
    "eval.sheet.scale_sheet": ("评分标准", "Scale"),
    "eval.sheet.evaluator": ("评审人", "Evaluator"),
    "eval.sheet.business_type": ("业务类型", "Business type"),
    "eval.sheet.sheet_id": ("表格编号", "Sheet ID"),
    "eval.sheet.blind": ("盲评", "Blind"),
    "eval.sheet.how": ("请独立完成：每一行是一家报价在一个指标上的表现，在“分数”列下拉选择 1–5 分，并在“理由”列写明依据（必填）。"
                       "每一分代表什么，见“评分标准”工作表。请不要改动指标代码、供应商和表头。",
                       "Score on your own: each row is one quote on one criterion. Pick 1–5 in the Score column and "
                       "write your reason (required). The Scale sheet says what every step means. Please do not "
                       "change the criterion codes, the vendors or the headers."),
    "eval.sheet.declaration": ("利益冲突声明", "Declaration"),
    "eval.sheet.declaration_text": ("本人与以上各供应商均无利益关系（无亲属、持股、任职或业务往来），评分由本人独立完成，"
                                    "未与其他评审人商量。",
                                    "I have no interest in any of these vendors (no relatives, shares, employment or "
                                    "business ties), and I scored on my own without consulting the other "
                                    "evaluators."),
    "eval.sheet.declaration_pick": ("← 请选择“是”", "← choose Yes"),
    "eval.sheet.weights": ("我的维度权重（可选）", "My group weights (optional)"),
    "eval.sheet.weights_help": ("按你认为各维度的重要程度填 0–100 的数，只看相对大小；留空的维度按 0 计。全部留空则不使用。",
                                "How much each group matters to you, 0–100; only the proportions count, a blank "
                                "group counts as 0. Leave all blank to skip."),
    "eval.sheet.step": ("{n} 分", "{n}"),
    "eval.sheet.yn_title": ("请选择", "Please choose"),
    "eval.sheet.yn_error": ("请从下拉列表中选择“是”或“否”。", "Choose Yes or No from the list."),
    "eval.sheet.score_title": ("分数", "Score"),
    "eval.sheet.score_error": ("分数只能是 1、2、3、4、5。", "The score must be 1, 2, 3, 4 or 5."),
    "eval.sheet.weight_title": ("权重", "Weight"),
    "eval.sheet.weight_error": ("权重是 0–{max} 之间的数。", "A weight is a number from 0 to {max}."),
    "eval.col.code": ("指标代码", "Criterion code"),
    "eval.col.criterion": ("指标", "Criterion"),
    "eval.col.look": ("看什么", "What to check"),
    "eval.col.vendor": ("供应商", "Vendor"),
    "eval.col.score": ("分数", "Score"),
    "eval.col.reason": ("理由", "Reason"),
    "eval.col.price": ("报价（万元，参考）", "Price (万 CNY, for reference)"),
    "eval.col.group": ("维度", "Group"),
    "eval.col.weight": ("权重", "Weight"),
    "eval.col.group_code": ("代码", "Code"),
    "eval.yes": ("是", "Yes"),
    "eval.no": ("否", "No"),
    "eval.blind_code": ("供应商{code}", "Vendor {code}"),
    # the buyer's key to a blind sheet
    "eval.key.sheet": ("盲评密钥", "Blind key"),
    "eval.key.title": ("盲评密钥：由采购方保管，不要发给评审人", "Blind key: kept by the buyer, never sent to the "
                                                           "evaluator"),
    "eval.key.col.code": ("代码", "Code"),
    "eval.key.col.quote": ("报价", "Quote"),
    "eval.key.col.vendor": ("供应商名称", "Vendor name"),
    "eval.key.col.package": ("套餐", "Package"),
    # merging: each warning names the cell (file › sheet › cell: message)
    "eval.warn.no_evaluator": ("评分表没有填写评审人姓名，暂以文件名代替。", "The score sheet names no evaluator: its file "
                                                                 "name stands in."),
    "eval.warn.same_evaluator": ("评审人“{evaluator}”的评分表出现了两次（第一份：{first}），这一份未计入。",
                                 "Evaluator '{evaluator}' sent two score sheets (the first: {first}); this one was "
                                 "left out."),
    "eval.warn.unsigned": ("{evaluator} 没有确认无利益冲突声明（写的是“{text}”），打分已计入，请核实后再定。",
                           "{evaluator} did not confirm the no-conflict-of-interest declaration (it says '{text}'); "
                           "the scores count, check before deciding."),
    "eval.warn.no_key": ("{evaluator} 的盲评表（编号 {id}）缺少对应的密钥，无法知道各代码是哪家报价，{n} 个分数未计入。"
                         "请把这份评分表的密钥文件一起上传。",
                         "{evaluator}'s blind sheet (ID {id}) has no key loaded, so its codes cannot be matched to "
                         "quotes: {n} scores left out. Upload the sheet's key file with it."),
    "eval.warn.unknown_criterion": ("{evaluator}：指标代码“{text}”不是评审指标，这一行未计入。",
                                    "{evaluator}: criterion code '{text}' is not an evaluation criterion; the row was "
                                    "left out."),
    "eval.warn.unknown_vendor": ("{evaluator}：“{text}”不是已加载的报价，这一行未计入。",
                                 "{evaluator}: '{text}' is not a loaded quote; the row was left out."),
    "eval.warn.bad_score": ("{evaluator} 给“{vendor}”的“{criterion_zh}”打了“{text}”，不是 1–5 分，未计入平均分。",
                            "{evaluator} gave '{vendor}' '{text}' on '{criterion_en}', which is not 1–5: left out of "
                            "the mean."),
    "eval.warn.twice_in_sheet": ("{evaluator} 对“{vendor}”的“{criterion_zh}”打了两次分，只计第一次。",
                                 "{evaluator} scored '{vendor}' on '{criterion_en}' twice; only the first counts."),
    "eval.warn.no_reason": ("{evaluator} 给“{vendor}”的“{criterion_zh}”打了 {score} 分，但没有写理由（理由必填）。",
                            "{evaluator} gave '{vendor}' {score} on '{criterion_en}' without a reason (a reason is "
                            "required)."),
    "eval.warn.bad_weight": ("{evaluator} 的维度权重“{text}”不是 0–{max} 的数，这位评审人的权重未使用。",
                             "{evaluator}'s group weight '{text}' is not a number from 0 to {max}: their weights are "
                             "not used."),
    "eval.err.no_evaluator": ("请填写评审人姓名。", "Enter the evaluator's name."),
    "eval.err.too_many_quotes": ("评分表最多容纳 {max} 家报价（现在有 {n} 家）：请先筛选出候选名单。",
                                 "A score sheet holds at most {max} quotes (there are {n}): make a shortlist first."),
    "eval.err.consensus_comment": ("共识分必须附说明：“{vendor}”的“{criterion}”没有写说明，设置未应用。",
                                   "A consensus score needs its comment: '{criterion}' of '{vendor}' has none; the "
                                   "settings were not applied."),
    "eval.err.consensus_twice": ("“{vendor}”的“{criterion}”记录了两个共识分，设置未应用。",
                                 "Two consensus scores for '{criterion}' of '{vendor}'; the settings were not "
                                 "applied."),
    "eval.file.sheet": ("评审打分表：{evaluator}，{n} 个分数", "Score sheet: {evaluator}, {n} scores"),
    "eval.file.key": ("盲评密钥：{evaluator}，{n} 个代码", "Blind key: {evaluator}, {n} codes"),
    # the command line
    "eval.cli.sheet_written": ("评分表已写入 {file}（评审人 {evaluator}，{quotes} 家报价 × {criteria} 项指标）。",
                               "Score sheet written to {file} (evaluator {evaluator}, {quotes} quotes × {criteria} "
                               "criteria)."),
    "eval.cli.key_written": ("盲评密钥已写入 {file}：请自己保管，不要发给评审人；收回评分表后与它一起交给 score。",
                             "Blind key written to {file}: keep it, never send it to the evaluator; give it to score "
                             "together with the returned sheet."),
    "eval.cli.merged": ("已合并 {n} 位评审人的 {scores} 个分数（评审打分占总分 {weight}），{split} 处意见分歧待记录共识。",
                        "Merged {scores} scores from {n} evaluators (evaluation is {weight} of the total); {split} "
                        "disagreements wait for a consensus."),
    "eval.cli.weights": ("按团队平均权重首选 {top}；在 {m} 位评审人各自的权重下，有 {k} 位也排它第一。",
                         "Under the team's mean weights the top pick is {top}; {k} of the {m} evaluators' own "
                         "weights put it first too."),
    # the scored workbook's Evaluation sheet
    "eval.xl.sheet": ("评审打分", "Evaluation"),
    "eval.xl.title": ("评审小组打分", "The evaluation team's scores"),
    "eval.xl.note": ("{evaluators} 位评审人独立打分（1–5 分）。平均分换算为 0–100 计入“评审打分”维度；有共识分的以共识分为准。"
                     "最高分与最低分相差 {spread} 分及以上记为意见分歧。",
                     "{evaluators} evaluators scored on their own (1–5). The mean, scaled to 0–100, makes the "
                     "Evaluation group; a consensus score replaces it where recorded. A gap of {spread} points or more "
                     "between the highest and the lowest score is a disagreement."),
    "eval.xl.mean": ("平均分", "Mean"),
    "eval.xl.min": ("最低", "Lowest"),
    "eval.xl.max": ("最高", "Highest"),
    "eval.xl.n": ("人数", "n"),
    "eval.xl.disagreement": ("意见分歧", "Disagreement"),
    "eval.xl.consensus": ("共识分（说明）", "Consensus (comment)"),
    "eval.xl.every": ("每一个分数与理由", "Every score and reason"),
    "eval.xl.evaluator": ("评审人", "Evaluator"),
    "eval.xl.blind": ("盲评", "Blind"),
    "eval.xl.signed": ("已声明无利益冲突", "Declared no conflict"),
    "eval.xl.cell": ("单元格", "Cell"),
    "eval.restore.spread": ("意见分歧的分差", "Disagreement spread"),
    "eval.restore.consensus": ("共识分：{vendor} · {criterion}", "Consensus: {vendor} · {criterion}"),
    "eval.consensus_value": ("{score} 分（{comment}）", "{score} ({comment})"),
    "xl.prof.evaluation": ("评审小组的设置：意见分歧的分差、共识分及其说明（只在设置过时写出）",
                           "The evaluation team's settings: the disagreement spread, consensus scores and their "
                           "comments (written only once set)"),
    # the dashboard: navigation, the Evaluation team page, its parts on Settings and Robustness
    "ui.nav.evaluation": ("评审小组", "Evaluation team"),
    "eval.ui.intro": ("报价单说明不了的部分——演示效果、同规模客户口碑、实施团队、供应商能否长期存在——由评审小组各自打分。"
                      "给每位评审人发一份 Excel 评分表，收回后和报价一起上传：这里显示每个人的打分、意见分歧和共识分。"
                      "所有数据只在本机处理。",
                      "What a quote cannot show — the scripted demo, reference customers, the implementation team, "
                      "whether the vendor will last — is scored by each evaluator on their own. Send each evaluator "
                      "an Excel score sheet, upload the returned sheets with the quotes: here are everyone's scores, "
                      "where they disagree and the consensus. Everything stays on this machine."),
    "eval.ui.out": ("发评分表", "Score sheets out"),
    "eval.ui.out_help": ("每位评审人一份：{n} 项“{type}”评审指标 × 已加载的每家报价，1–5 分下拉选择，理由必填。",
                         "One per evaluator: {n} {type} criteria × every loaded quote, 1–5 from a drop-down, a reason "
                         "required."),
    "eval.ui.evaluator": ("评审人姓名", "Evaluator's name"),
    "eval.ui.blind": ("盲评", "Blind"),
    "eval.ui.blind_help": ("评分表里用“供应商A/B/…”代替名称，也不写报价；对照表（密钥）留在这里，不发给评审人。",
                           "The sheet shows 'Vendor A/B/…' instead of names and no price; the key stays here and is "
                           "never sent to the evaluator."),
    "eval.ui.sheet_lang": ("表格语言", "Sheet language"),
    "eval.ui.make": ("生成评分表", "Make the sheet"),
    "eval.ui.sheet_file": ("评分表_{evaluator}", "score_sheet_{evaluator}"),
    "eval.ui.dl_sheet": ("下载 {evaluator} 的评分表", "Download {evaluator}'s score sheet"),
    "eval.ui.dl_key": ("下载盲评密钥（自己保管）", "Download the blind key (keep it)"),
    "eval.ui.key_kept": ("盲评密钥 {file}（表格编号 {id}）已加入已加载的文件，收回的评分表会自动对上；也可以下载留存，下次和评分表一起上传。",
                         "The blind key {file} (sheet ID {id}) was added to the loaded files, so the returned sheet "
                         "will match; download it too, to upload it with the sheet another time."),
    "eval.ui.upload": ("上传收回的评分表（也可以在“上传与核对”页和报价一起上传）",
                       "Upload returned score sheets (or with the quotes on Upload & review)"),
    "eval.ui.upload_help": ("按内容识别，不看文件名；盲评表需要它的密钥。", "Recognised by content, not by name; a blind "
                                                                 "sheet needs its key."),
    "eval.ui.none": ("还没有收回的评分表。评审打分维度的权重在合并评分表之前为 0，排名只看报价本身。",
                     "No returned score sheet yet. Until sheets are merged the Evaluation group weighs 0 and the "
                     "ranking rests on the quotes alone."),
    "eval.ui.no_scores": ("已加载评分表，但其中还没有可用的分数（见下面的提示），评审打分维度暂不计入。",
                          "Score sheets are loaded but hold no usable score yet (see the warnings below): the "
                          "Evaluation group does not count yet."),
    "eval.ui.m_evaluators": ("评审人", "Evaluators"),
    "eval.ui.m_scores": ("有效分数", "Valid scores"),
    "eval.ui.m_split": ("待定的意见分歧", "Open disagreements"),
    "eval.ui.m_warnings": ("提示", "Warnings"),
    "eval.ui.weight": ("评审打分现占总分的 {share}（在“{page}”页调整）。", "Evaluation now makes {share} of the total "
                                                                 "(change it on {page})."),
    "eval.ui.other_type": ("有评分表是按“{types}”做的，当前按“{type}”评分：只有两者共有的指标计入。",
                           "Some sheets were made for {types} while scoring as {type}: only the criteria both share "
                           "count."),
    "eval.ui.warnings": ("合并评分表时的提示（{n} 条，每条指明单元格）", "Warnings from merging the sheets ({n}, each "
                                                                 "names its cell)"),
    "eval.ui.heatmap": ("评审人 × 报价", "Evaluators × quotes"),
    "eval.ui.heatmap_help": ("每格是这位评审人给这家报价的平均分（1 红 – 5 绿），空白表示没有打分。选一个指标可以在悬停中看到理由。",
                             "Each cell is the evaluator's mean score for the quote (1 red – 5 green); blank means "
                             "no score. Pick one criterion to see the reasons on hover."),
    "eval.ui.heat_pick": ("指标", "Criterion"),
    "eval.ui.heat_all": ("全部评审指标（平均）", "All evaluation criteria (mean)"),
    "eval.ui.heat_none": ("未打分", "no score"),
    "eval.ui.heat_n": ("{n} 项指标的平均", "mean of {n} criteria"),
    "eval.ui.split": ("意见分歧（{n} 处待定）", "Disagreements ({n} open)"),
    "eval.ui.spread": ("最高分与最低分相差几分算分歧", "Points between highest and lowest that make a disagreement"),
    "eval.ui.spread_help": ("默认 2 分：例如一人打 2 分、另一人打 4 分。", "2 by default: e.g. one evaluator gives 2, "
                                                                "another 4."),
    "eval.ui.split_none": ("评审人的打分没有明显分歧。", "The evaluators do not disagree much."),
    "eval.ui.split_line": ("**{vendor}** — {criterion}：{low}–{high} 分（平均 {mean}，{n} 人）",
                           "**{vendor}** — {criterion}: {low}–{high} (mean {mean}, {n} evaluators)"),
    "eval.ui.split_agreed": ("已记录共识分 {score}：{comment}", "Consensus recorded, {score}: {comment}"),
    "eval.ui.no_reason": ("*（没有写理由）*", "*(no reason given)*"),
    "eval.ui.consensus": ("共识分", "Consensus score"),
    "eval.ui.consensus_help": ("讨论后由小组给出一个分数并写明说明（必填），它代替这一项的平均分，保存在评分设置里（随设置 JSON 和评分 Excel 一起保存）。",
                               "After discussion the team agrees one score with a comment (required): it replaces the "
                               "mean for that item and is kept in the scoring settings (saved with the settings JSON "
                               "and the scored workbook)."),
    "eval.ui.con_cell": ("报价与指标（意见分歧在前）", "Quote and criterion (disagreements first)"),
    "eval.ui.con_score": ("共识分", "Consensus score"),
    "eval.ui.con_comment": ("说明（必填）", "Comment (required)"),
    "eval.ui.con_placeholder": ("例如：复核演示录像后，审批流程只在后台改数据才走通，按 2 分计。",
                                "e.g. After reviewing the recording, the approval flow only worked with back-end "
                                "edits: 2."),
    "eval.ui.con_save": ("记录共识分", "Record the consensus"),
    "eval.ui.con_saved": ("已记录“{vendor}”的“{criterion}”共识分。", "Consensus recorded for {criterion} of {vendor}."),
    "eval.ui.con_pick": ("已记录的共识分", "Recorded consensus"),
    "eval.ui.con_remove": ("删除这个共识分", "Remove this consensus"),
    "eval.ui.con_removed": ("已删除“{vendor}”的“{criterion}”共识分。", "Consensus removed for {criterion} of {vendor}."),
    "eval.set.title": ("评审打分（评审小组）", "Evaluation (the evaluation team)"),
    "eval.set.none": ("合并评分表之前，评审打分维度的权重为 0：排名只看报价本身。合并后默认权重为 {w}（与上面四项合计 100 相比，约占总分 {share}），可在这里调整。",
                      "Until score sheets are merged the Evaluation group weighs 0: the ranking rests on the quotes "
                      "alone. Once merged it weighs {w} by default (against the 100 of the four groups above, about "
                      "{share} of the total), adjustable here."),
    "eval.set.weight_help": ("与上面四个维度一样是相对权重：它占总分的比例 = 它 ÷（四项之和 + 它）。",
                             "Relative like the four groups above: its share of the total = it ÷ (the four + it)."),
    "eval.set.share": ("评审打分权重 {w}，四项合计 {four}：约占总分 {share}。", "Evaluation weighs {w} against {four} for "
                                                                     "the four groups: about {share} of the total."),
    "eval.set.criteria_help": ("评审指标（当前业务类型）和 1–5 分每一档的含义；权重是维度内的相对权重。",
                               "The evaluation criteria of this business type and what every step from 1 to 5 means; "
                               "weights are relative within the group."),
    "eval.set.look": ("看什么", "What to check"),
    "eval.set.scale_col": ("评分标准", "Scale"),
    "eval.set.scales": ("评分标准：1–5 分每一档的含义", "The scales: what every step from 1 to 5 means"),
    "eval.set.scale.demo": ("演示", "Demo"),
    "eval.set.scale.references": ("客户口碑", "References"),
    "eval.set.scale.implementation": ("实施团队", "Implementation"),
    "eval.set.scale.stability": ("稳定性", "Stability"),
    "eval.set.step": ("{n} 分", "{n} points"),
    "eval.rob.title": ("各评审人自己的权重下的排名", "The ranking under each evaluator's own weights"),
    "eval.rob.none": ("评审人没有在评分表里填写自己的维度权重。", "No evaluator gave their own group weights on the sheet."),
    "eval.rob.help": ("每一列是按一位评审人在评分表里填写的维度权重重新计算的名次，最后一列是团队平均权重（各人权重换算成比例后取平均）。",
                      "Each column ranks the quotes under the group weights one evaluator wrote on the sheet; the "
                      "last uses the team's mean (each evaluator's weights as shares, averaged)."),
    "eval.rob.team_mean": ("团队平均", "Team mean"),
    "eval.rob.best": ("最好名次", "Best rank"),
    "eval.rob.worst": ("最差名次", "Worst rank"),
    "eval.rob.firsts": ("排第一", "First under"),
    "eval.rob.verdict_all": ("按团队平均权重首选 {top}，{m} 位评审人各自的权重下也都排它第一：结论稳定。",
                             "Under the team's mean weights {top} is first, and under each of the {m} evaluators' own "
                             "weights too: a stable choice."),
    "eval.rob.verdict_some": ("按团队平均权重首选 {top}，但只有 {k} / {m} 位评审人的权重下它排第一：值得讨论权重。",
                              "Under the team's mean weights {top} is first, but only {k} of the {m} evaluators' own "
                              "weights put it first: the weights are worth discussing."),
    "eval.rob.shares": ("各评审人的维度权重（占比）", "Each evaluator's group weights (shares)"),
}
_T.update(_EVAL)


# --- issue 15: the dashboard and the workbook as a buyer meets them (one block, prefix ux.) ---------------------
_UX: dict[str, tuple[str, str]] = {
    # the sample quotes, never mixed with real ones
    "ux.sample.badge": ("示例数据", "Sample data"),
    "ux.sample.card": ("读到 {n} 份报价 · 虚构的示例供应商，上传你自己的报价文件后自动移除",
                       "{n} quotes read · fictional sample vendors, removed as soon as you upload your own quote files"),
    "ux.sample.sidebar": ("虚构的供应商，仅供试用", "fictional vendors, for trying the tool"),
    "ux.sample.replaced": ("示例报价已移除：现在只比较你上传的文件。",
                           "The sample quotes were removed: only your own files are compared now."),
    "ux.sample.workbook_label": ("数据", "Data"),
    "ux.sample.workbook": ("示例数据：虚构的供应商，仅供试用，不是真实报价。",
                           "Sample data: fictional vendors for trying the tool, not real quotes."),
    "ux.sep": ("；", "; "),
    # a file the project wrote, uploaded back beside the quote files it came from
    "ux.own.card": ("{kind}：{said}", "{kind}: {said}"),
    "ux.own.kind.scored_workbook": ("本工具导出的评分表", "A scored workbook from this tool"),
    "ux.own.quotes": ("带回 {n} 份报价", "{n} quotes brought back"),
    "ux.own.already": ("{files} 的报价已经载入，没有重复加入", "the quotes of {files} are already loaded, not added again"),
    "ux.own.what_settings": ("评分设置", "scoring settings"),
    "ux.own.what_corrections": ("{n} 处映射修正", "{n} mapping corrections"),
    "ux.own.what_both": ("评分设置和 {n} 处映射修正", "scoring settings and {n} mapping corrections"),
    "ux.own.settings.pending": ("保存的{what}待你确认（见下方）", "its {what} wait for you to confirm them (below)"),
    "ux.own.settings.applied": ("已恢复{what}", "{what} restored"),
    "ux.own.settings.dismissed": ("保存的{what}未采用", "its {what} were not used"),
    "ux.own.settings.invalid": ("保存的设置无效，未采用", "its saved settings are invalid and were not used"),
    # quotes left out of the comparison (core.exclude)
    "ux.err.exclusion": ("评分设置无效：排除项“{quote}”必须写明报价（quote），各项文字不超过 {max} 个字符，设置未应用。",
                         "Invalid scoring settings: the exclusion '{quote}' must name its quote (quote), each text "
                         "at most {max} characters; nothing was applied."),
    "ux.err.all_excluded": ("所有报价都被排除了，没有可以评分的报价。请恢复至少一份。",
                            "Every quote is excluded: there is nothing to score. Restore at least one."),
    "ux.exclude.title": ("排除或恢复报价", "Leave out or restore a quote"),
    "ux.exclude.help": ("不是报价的行、已撤回的报价可以排除：它不参与评分和排名，但保留在评分设置和评分表里，并写明原因。随时可以恢复。",
                        "A row that is not a quote, or a quote withdrawn, can be left out: it is neither scored nor "
                        "ranked, but it stays in the settings and the workbook with its reason. Restore it any "
                        "time."),
    "ux.exclude.pick": ("要排除的报价", "Quote to leave out"),
    "ux.exclude.reason": ("原因", "Reason"),
    "ux.exclude.reason_hint": ("例如：已撤回报价、这一行不是报价", "e.g. quote withdrawn, this row is not a quote"),
    "ux.exclude.button": ("排除这份报价", "Leave this quote out"),
    "ux.exclude.last": ("至少要保留一份报价参与评分。", "At least one quote must stay in the comparison."),
    "ux.exclude.done": ("已排除“{vendor}”。", "'{vendor}' is left out."),
    "ux.exclude.restored": ("已恢复“{vendor}”。", "'{vendor}' is back in the comparison."),
    "ux.exclude.list": ("已排除 {n} 份报价：", "Quotes left out ({n}):"),
    "ux.exclude.line": ("**{vendor}**（{where}）——{reason}", "**{vendor}** ({where}) — {reason}"),
    "ux.exclude.restore": ("恢复", "Restore"),
    "ux.exclude.restore_help": ("让“{vendor}”重新参与评分", "Put '{vendor}' back in the comparison"),
    "ux.exclude.no_reason": ("未写原因", "no reason given"),
    "ux.exclude.metric": ("另排除 {n} 份", "{n} left out"),
    "ux.exclude.card": ("，其中 {n} 份已排除", ", {n} of them left out"),
    "ux.exclude.workbook_label": ("已排除的报价", "Quotes left out"),
    "ux.exclude.workbook_line": ("{vendor}：{reason}（{where}）", "{vendor}: {reason} ({where})"),
    "ux.exclude.cli": ("已排除：{vendor}（{reason}）", "left out: {vendor} ({reason})"),
    "ux.exclude.cli_unmatched": ("注意：评分设置中的排除项“{quote}”没有对应的报价。",
                                 "Note: the profile's exclusion '{quote}' matches no quote."),
    "ux.restore.excluded": ("排除的报价", "Quotes left out"),
    "ux.prof.excluded": ("排除的报价（报价位置、名称、原因）", "Quotes left out (where, name, reason)"),
    # questions worth sending: the vendor's own words first, then something checkable, per field
    "ux.said.text": ("关于“{field_name}”，贵方报价写的是“{text}”。", "On {field_name}, your quote says '{text}'."),
    "ux.said.blank": ("贵方报价没有写明“{field_name}”。", "Your quote does not state {field_name}."),
    "ux.ask.price_cny": ("请给出书面的含税总价，并写明它包含哪些模块和服务。",
                         "Please give a written tax-inclusive total and the modules and services it covers."),
    "ux.ask.mlps_level3": ("系统是否已取得等保三级？请提供备案证明或测评报告（编号、发证机关、有效期）。",
                           "Is the system certified MLPS level 3? Please send the filing certificate or the "
                           "assessment report (number, issuer, validity)."),
    "ux.ask.sm4_encryption": ("手机号、身份证号等敏感字段用什么算法加密存储？请写明算法名称（是否国密SM4）和加密的字段清单。",
                              "Which algorithm encrypts sensitive fields such as phone and ID numbers at rest? Please "
                              "name it (is it SM4?) and list the fields it encrypts."),
    "ux.ask.tls": ("系统的全部访问是否都走 HTTPS（SSL/TLS）？请写明证书类型和启用范围。",
                   "Does all access to the system use HTTPS (SSL/TLS)? Please state the certificate type and where it "
                   "applies."),
    "ux.ask.access_control": ("系统是否按角色分配权限？请提供角色与权限清单（或截图），并说明权限变更是否留痕。",
                              "Are permissions assigned by role? Please send the list of roles and their rights (or a "
                              "screenshot) and say whether every change of rights is logged."),
    "ux.ask.audit_log_months": ("操作日志保存几个月？请给出具体月数（监管要求至少 6 个月），并说明能否追踪异常操作。",
                                "How many months are operation logs kept? Please give the number (regulators require "
                                "at least 6) and say whether abnormal actions can be traced."),
    "ux.ask.licensed_credit_bureau": ("征信接口对接的是哪家机构？请写明机构名称（央行征信中心、百行征信或朴道征信）和对接方式。",
                                      "Which bureau does the credit interface connect to? Please name it (PBoC Credit "
                                      "Reference Center, Baihang or Pudao) and how it connects."),
    "ux.ask.free_maintenance_months": ("验收后免费维护几个月？请写明月数和起算日，并同意写入合同。",
                                       "How many months of free maintenance follow acceptance? Please give the number "
                                       "and the start date, to be written into the contract."),
    "ux.ask.maintenance_includes_upgrades": ("免费维护是否包含小版本升级，还是只修复故障？请在维护范围条款中写明。",
                                             "Does free maintenance include minor version upgrades, or fixes only? "
                                             "Please state it in the maintenance-scope clause."),
    "ux.ask.policy_adaptation_free": ("监管政策变化要求修改系统时是否免费？如收费，请给出每次的金额或计费方式。",
                                      "Are changes forced by new regulation free? If not, please give the amount or "
                                      "the rate per change."),
    "ux.ask.support_7x24": ("技术支持的服务时间是什么？请写明是否 7×24 小时，以及夜间和节假日的联系电话或值班安排。",
                            "What are the support hours? Please state whether support is 24/7, and the phone number "
                            "or rota for nights and holidays."),
    "ux.ask.response_hours": ("报故障后多少小时内有工程师响应？请给出具体小时数，并同意写入合同。",
                              "Within how many hours of a reported fault does an engineer respond? Please give the "
                              "number, to be written into the contract."),
    "ux.ask.lifetime_consulting": ("免费维护期结束后，技术咨询是否仍然免费？请写明期限（例如终身）和方式。",
                                   "Is technical consulting still free after the maintenance period? Please state for "
                                   "how long (e.g. for life) and how it is given."),
    "ux.ask.commitments_in_contract": ("以上售后承诺（维护期、响应时间、政策适配）是否全部写入合同？请提供对应的合同条款草稿。",
                                       "Will all these after-sales promises (maintenance period, response time, policy "
                                       "adaptation) be written into the contract? Please send the draft clauses."),
    "ux.ask.features": ("报价包含哪些功能模块？请提供完整的模块清单，并写明哪些需要另购、各多少钱。",
                        "Which modules does the price include? Please send the full list, and which modules are "
                        "extra and at what price."),
    "ux.ask.source_code_delivery": ("交付的是不是完整源码？请写明是否包含核心引擎、有无加密或混淆、是否绑定域名或服务器。",
                                    "Is the full source code delivered? Please state whether it includes the core "
                                    "engine, whether any of it is encrypted or obfuscated, and whether it is bound to a "
                                    "domain or server."),
    "ux.ask.annual_fee_after_warranty_cny": ("免费维护期结束后每年的维护费是多少？请给出金额或占合同额的比例。",
                                             "What is the yearly fee once free maintenance ends? Please give the "
                                             "amount or the share of the contract value."),
    # the per-quote summary of the Risks page
    "ux.risks.open": ("未说明 / 待核实", "Not stated / to verify"),
    "ux.risks.open_help": ("未说明：报价没写的评分项（按最差情况计分）；待核实：只是声称或有附加条件的评分项。",
                           "Not stated: scored items the quote leaves out (scored as the worst case); to verify: items "
                           "only claimed or made conditional."),
    "ux.risks.not_clear": ("没有红色或黄色风险，但有 {unknown} 项未说明、{verify} 项待核实：问清楚之前不能当作没有风险。",
                           "No red or amber flags, but {unknown} items are not stated and {verify} are to verify: "
                           "until they are answered, this quote is not risk-free."),
    # Streamlit's uploader, in the user's language
    "ux.upload.button": ("上传文件", "Upload"),
    "ux.upload.limit": ("每个文件不超过 {mb} MB", "Up to {mb} MB per file"),
    # the item-by-item comparison, every picked quote in view
    "ux.compare.originals": ("同时显示报价原文", "Show the quotes' own words too"),
    "ux.compare.originals_help": ("打开后，每份报价多一列原文；报价多时表格可左右滚动。",
                                  "On: each quote gets a second column with its own words; with many quotes the table "
                                  "scrolls sideways."),
    # the workbook a board reads without help
    "ux.tpl.h.notes": ("备注", "Notes"),
    "ux.tpl.help.notes": ("其他列放不下的说明：按次收费的标准、附加条件、例外等，原样写下即可，系统会逐项读取。",
                          "Anything no other column holds: a fee per incident, a condition, an exception. Write it as "
                          "it is; each fact in it is read."),
    "ux.tpl.ex.notes": ("维保期后按次收费：5000元/次", "After warranty: CNY 5,000 per incident"),
    "ux.file.sample": ("示例", "sample"),
    "ux.xl.code": ("技术代码（供程序读取）", "Technical code (for programs)"),
    "ux.xl.marks": ("门槛：✓ 通过（蓝色柱）· ? 待核实（橙色柱）· ✗ 未通过（灰色柱）",
                    "Gates: ✓ pass (blue bars) · ? unverified (orange bars) · ✗ fail (grey bars)"),
    "ux.xl.set_note": ("本次评分使用的全部设置。供程序读回的同一份设置保存在隐藏的工作表中。",
                       "Every setting this scoring used. The same settings, for the app to read back, are kept in "
                       "a hidden sheet."),
    "ux.xl.set_general": ("基本设置", "General"),
    "ux.xl.set_item": ("项目", "Setting"),
    "ux.xl.set_value": ("设置", "Value"),
    "ux.xl.set_quote": ("报价", "Quote"),
    "ux.xl.set_mapping": ("手动修正的字段识别", "Mapping corrections"),
    "ux.xl.top_unverified": ("注意：首选的门槛尚待核实（{fields}），拿到证明之前不宜定标。",
                             "Note: the top pick's gates are not yet proven ({fields}); do not award before the "
                             "proof arrives."),
    # group weights that obey
    "ux.weights.number": ("{group}（%）", "{group} (%)"),
    "ux.weights.lock": ("锁定", "Lock"),
    "ux.weights.lock_help": ("锁定后，调整其他类别时这一类保持不变。", "Locked, this group stays put while you move the "
                             "others."),
    "ux.weights.reset": ("权重恢复默认", "Default weights"),
    "ux.weights.reset_done": ("四大类权重和评分项权重已恢复默认。", "Group and criterion weights are back to their "
                              "defaults."),
    "ux.risks.md_open": ("未说明 {unknown} 项，待核实 {verify} 项。", "Not stated: {unknown}; to verify: {verify}."),
}
# --- read-f12: comparison sheets in blocks (core/blocks.py) and quote documents pasted line by line (core/pasted.py)
_T.update({
    "skip.section_row": ("分节标题行（如“▌二、资质与安全”），不是一项内容，未评分。",
                         "Section heading row (such as '▌2. Qualifications and security'): not an item, not scored."),
    "skip.not_in_document": ("抽取工具在原文件里没有找到这一项，右侧是它从别处（如网上检索）补充的内容：不是报价里的话，未计入。",
                             "The extraction tool found nothing for this item in the document; on the right is what it filled in from elsewhere (a web search): not the quote's words; not read."),
    "skip.buyer_answer": ("这是采购方（或代理机构）对供应商提问的答复，是我方自己的话，不是供应商的表述，未计入。",
                          "The buyer's (or its agent's) answer to a bidder's question: the buyer's own words, not the vendor's; not read."),
    "skip.unanswered": ("澄清问题尚未答复，未计入。", "A clarification question not answered yet: nothing to read."),
    "skip.answer_no_quote": ("这条澄清答复对应的投标人在其他工作表里没有报价，未评分。",
                             "An answer from a bidder no other sheet quotes for: not scored."),
    "skip.auto_reply": ("自动答复邮件，不是报价，未评分。", "Automatic reply: no quote, not scored."),
    "skip.buyer_computation": ("我方（如财务部）自己的测算（付款节点金额、三年合计、现值、排名、意见），不是供应商的说法，未评分。",
                               "The buyer's own arithmetic (payment milestones, three-year totals, present values, a "
                               "ranking, a recommendation): not a vendor's statement, not scored."),
    "skip.buyer_task": ("我方自己的任务（没有关联供应商），不是供应商的说法，未评分。",
                        "The buyer's own task (linked to no vendor): not a vendor's statement, not scored."),
    "skip.buyer_message": ("采购方自己发出的邮件（询价、议价、内部转发），不是服务商的说法，未评分。",
                           "A message the buyer sent (the request for quotes, a request for a discount, an internal "
                           "forward): not a vendor's statement, not scored."),
    "skip.not_text": ("聊天记录里的文件、图片、语音或撤回提示，没有文字内容，未评分。",
                      "A file, picture, voice message or recall notice in the chat: no text, not scored."),
    "skip.mail_no_terms": ("这封邮件没有写报价、条款或功能，未评分。",
                           "This message states no price, term or module: not scored."),
    "skip.doc_line": ("文档的标题、抬头、称呼、落款、日期、电话或页码，不是报价内容，未评分。",
                      "Title, addressee, greeting, signature, date, phone number or page number of the document: not a "
                      "term of the quote, not scored."),
    "skip.item_header": ("报价明细表的表头行（序号、名称、数量、单价、金额），不是报价内容。",
                         "Header row of the line-item table (no., item, quantity, unit price, amount): not a term of the "
                         "quote."),
})
# --- read-g16: bidders who declined (core/declined.py) and one quote told on two sheets (core/joins.py)
_T.update({
    "skip.buyer_model": ("我方自己的范本或要求（见右侧文字），供比对，不是供应商的报价。",
                         "The buyer's own model clause or requirement (see the text beside), for comparison: no vendor's quote."),
    "skip.withdrawn": ("这条登记在流程中已撤销或作废（见右侧文字），不是有效报价，未评分；同一供应商的其他登记照常读取。",
                       "This registration was withdrawn or voided in the workflow (see the text beside): no valid quote, not "
                       "scored; the vendor's other registrations are read as usual."),
    "skip.other_lot": ("这是另一个包（硬件等）的投标，不是本系统的报价，未评分（见右侧文字）。",
                       "A bid for another lot (hardware and the like), not a quote for the system; not scored (see the text beside it)."),
    "skip.declined": ("这家供应商放弃了本轮报价（见右侧文字），没有报价，未评分。",
                      "This vendor declined to quote in this round (see the text beside): no quote, not scored."),
    "note.truncated_column": ("这一列的文字在网页上被截断（以“…”结尾），同表另有手工粘贴的全文列，已按全文读取（见右侧列名）。",
                              "This column's text was cut short by the web page (ending in '…'); the same sheet has the "
                              "full text pasted by hand, which was read instead (the column beside)."),
    "note.abbreviations": ("表内缩写对照：表格各格中的缩写已按此对照写成全称后读取（原文保留在原单元格）。",
                           "A key of abbreviations: every cell of the table was written out by it before it was read (the "
                           "cells keep their own words)."),
    "note.read_with_quote": ("服务商自己的承诺书（同一文件中另一页的报价所附），已与该报价一起读取，不是另一份报价。",
                             "The vendor's own letter of commitments, on a sheet beside its quote in the same file: read "
                             "with that quote, not a quote of its own."),
    "note.support_document": ("随报价附上的证明文件（授权书、营业执照等），不是一份报价，未评分；请与所附报价一起看。",
                              "A supporting document attached to a quote (a letter of authorisation, a licence): no quote "
                              "of its own, not scored; read it with the quote it supports."),
    "note.others_table": ("旁边这张表按其标题是别家（同行等）的比价：里面的价格和条款是报给他们的，不是报给贵司的，未读取，也未评分。",
                          "The table beside the quotes is, by its title, another buyer's comparison (a peer's): its prices "
                          "and terms were quoted to them, not to you — not read, not scored."),
    "note.linked_table": ("关联记录表：报价表里引用的各条记录已按此表的原文读入对应报价（每条记录一行），本表不单独作为报价。",
                          "Linked-record table: the records the quote table points to were read into those quotes from "
                          "this table's own words (one line per record); the table is no quote of its own."),
    "note.code_key": ("暗标编号对照表：各编号下的技术响应已按此表换成投标人名称，并与其报价合并（见右侧对照）。",
                      "A key of the anonymised bidder codes: each code's technical response is named by it and joined with "
                      "the bidder's price (the key beside)."),
    "skip.not_quoted_here": ("名录中的这家供应商本次没有报价（报价和功能模块都空着，见右侧文字）：不是一份报价，未评分。",
                             "A listed vendor with nothing quoted this time (no price and no modules; see the text beside): "
                             "not a quote, not scored."),
    "skip.no_quote": ("这一行只有供应商名称和“没有报价”的说明（见右侧文字），没有报价，未评分。",
                      "This row holds only the vendor's name and a note that no quote was given (see the text beside): no "
                      "quote, not scored."),
    "skip.disqualified": ("这家投标人资格审查未通过或投标无效（见右侧文字），没有有效报价，未评分。",
                          "This bidder failed the qualification check or its bid is void (see the text beside): no valid "
                          "quote, not scored."),
    "note.register_read": ("澄清记录：各投标人的答复已并入其报价，并优先于投标文件中的原说法。",
                           "Clarification register: each bidder's answers were added to its quote and used over what "
                           "its bid said."),
    "note.sheets_joined": ("这几张工作表列出同样的供应商、回答不同的问题（如资质在一张、报价在另一张）：每家供应商在各表中的内容已按名称合并为一份报价。",
                           "These sheets name the same vendors and answer different questions (answers on one, prices on "
                           "another): each vendor's cells on them were joined by name into one quote."),
})
_T.update(_UX)

ZH: dict[str, str] = {k: v[0] for k, v in _T.items()}
EN: dict[str, str] = {k: v[1] for k, v in _T.items()}
_BY_LANG = {"zh": ZH, "en": EN}


def join_list(items, lang: str = "zh") -> str:
    """Names in a sentence or a cell: 用户管理、风控模型 / User management, Risk model."""
    return ("、" if lang == "zh" else ", ").join(items)


def feature_names(ids, lang: str = "zh") -> str:
    return join_list([t(f"feature.{f}", lang) for f in ids], lang)


def money(cny: float | None, lang: str = "zh") -> str:
    """An amount as a buyer writes it: 22.8 万元 / CNY 228,000; unknown -> 'amount not stated'."""
    if cny is None:
        return t("money.unknown", lang)
    if lang == "zh":
        return f"{cny / schema.WAN:,.2f}".rstrip("0").rstrip(".") + " 万元"
    return f"CNY {cny:,.0f}"


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def money_range(lo: float, hi: float, lang: str = "zh") -> str:
    """A budget band as a buyer writes it: 18–25 万元 / CNY 180,000–250,000."""
    if lang == "zh":
        return f"{lo / schema.WAN:,.2f}".rstrip("0").rstrip(".") + "–" + money(hi, lang)
    return f"CNY {lo:,.0f}–{hi:,.0f}"


def has(key: str) -> bool:
    return key in ZH


def t(key: str, lang: str = "zh", **params) -> str:
    table = _BY_LANG.get(lang, ZH)
    text = table.get(key, key)
    if not params:
        return text
    try:
        return text.format_map(_Missing(params))
    except (ValueError, KeyError, IndexError):
        return text


def skipped_text(s, lang: str = "zh") -> str:
    """Why a row, column or sheet was left out (an ingest Skipped), its place and parameters filled in."""
    return t(s.reason, lang, **{"file": s.file, "sheet": s.sheet, **(s.params or {})})


def warning_text(w, lang: str = "zh") -> str:
    """A Warning_ as one line: where, then what."""
    where = " › ".join(x for x in (w.file, w.sheet, w.cell) if x)
    return f"{where}: {t(w.code, lang, **w.params)}" if where else t(w.code, lang, **w.params)
