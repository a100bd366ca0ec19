"""Every user-facing string, in Vietnamese (default) and English.

Users are city-level staff reading Vietnamese first; English is a switch. Indicator names are
not here: they come from the snapshot's dim_indicator (name_vi / name_en) so the lexicon has one
home (dbt_project/seeds/indicators.csv).
"""

from __future__ import annotations

import string

LANGS: tuple[str, ...] = ("vi", "en")
DEFAULT_LANG = "vi"

STRINGS: dict[str, dict[str, str]] = {
    # app shell
    "app_title": {"vi": "Công tác tuyên giáo — so sánh các đơn vị", "en": "Propaganda & education work — unit comparison"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "page_compare": {"vi": "So sánh đơn vị", "en": "Compare units"},
    "page_trend": {"vi": "Xu hướng", "en": "Trend"},
    "page_evidence": {"vi": "Nguồn số liệu", "en": "Evidence"},
    "page_coverage": {"vi": "Độ bao phủ", "en": "Coverage"},
    "page_quality": {"vi": "Chất lượng dữ liệu", "en": "Data quality"},
    "published_at": {"vi": "Dữ liệu công bố lúc {time}", "en": "Data published {time}"},
    "published_unknown": {"vi": "Chưa rõ thời điểm công bố dữ liệu", "en": "Publication time unknown"},
    # snapshot problems
    "snapshot_missing": {
        "vi": "Chưa có bản dữ liệu cho bảng điều khiển tại {path}. Hãy chạy `make pipeline` (hoặc `dwh run`) để tạo.",
        "en": "No dashboard data snapshot at {path}. Run `make pipeline` (or `dwh run`) to publish one.",
    },
    "snapshot_unreadable": {
        "vi": "Không đọc được bản dữ liệu {path}: {error}",
        "en": "Cannot read the data snapshot {path}: {error}",
    },
    "snapshot_outdated": {
        "vi": "Bản dữ liệu {path} được tạo bởi phiên bản quy trình cũ hơn dự kiến; thiếu: {missing}. Hãy chạy lại quy trình.",
        "en": "The snapshot {path} comes from an older pipeline than this dashboard expects; missing: {missing}. Re-run the pipeline.",
    },
    "snapshot_behind_status": {
        "vi": "Bản dữ liệu đang hiển thị (công bố {shown}) cũ hơn lần công bố thành công gần nhất ({latest}). Hãy tải lại trang.",
        "en": "The data shown (published {shown}) is older than the latest good publish ({latest}). Reload the page.",
    },
    "serving_last_good": {
        "vi": "Lần chạy quy trình gần nhất ({attempt}) không thành công; đang hiển thị bản dữ liệu tốt gần nhất từ {time}.",
        "en": "The latest pipeline run ({attempt}) failed; serving the last good snapshot from {time}.",
    },
    "failing_checks": {"vi": "Kiểm tra không đạt: {checks}", "en": "Failing checks: {checks}"},
    "no_data": {"vi": "Bản dữ liệu chưa có số liệu nào.", "en": "The snapshot holds no values yet."},
    # shared widgets
    "indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "period": {"vi": "Kỳ số liệu", "en": "Period"},
    "audience": {"vi": "Đối tượng", "en": "Audience"},
    "unit_level": {"vi": "Cấp đơn vị", "en": "Unit level"},
    "units": {"vi": "Đơn vị", "en": "Units"},
    "unit": {"vi": "Đơn vị", "en": "Unit"},
    "measure": {"vi": "Thước đo", "en": "Measure"},
    "value": {"vi": "Giá trị", "en": "Value"},
    "qualifier": {"vi": "Mức độ chính xác", "en": "Qualifier"},
    "period_option": {"vi": "{label} ({count} đơn vị)", "en": "{label} ({count} units)"},
    "period_covered": {"vi": "Kỳ của số liệu", "en": "Period covered"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "evidence_count": {"vi": "Số câu nguồn", "en": "Evidence sentences"},
    "previous_year": {"vi": "Cùng kỳ năm trước", "en": "Same period last year"},
    "population_note": {
        "vi": "Trên 10.000 dân: dân số năm {years} (năm gần nhất có số liệu dân số).",
        "en": "Per 10,000 residents: population of {years} (nearest year with population data).",
    },
    "no_value": {"vi": "chưa có số liệu", "en": "no data"},
    "see_evidence": {"vi": "Xem nguồn số liệu", "en": "See evidence"},
    # measures
    "measure_value": {"vi": "Số báo cáo", "en": "Reported value"},
    "measure_annualized": {"vi": "Quy đổi theo năm", "en": "Annualized"},
    "measure_per_10k": {"vi": "Trên 10.000 dân", "en": "Per 10,000 residents"},
    "measure_unavailable": {
        "vi": "Bản dữ liệu này chưa có thước đo “{measure}”; đang hiển thị số báo cáo.",
        "en": "This snapshot has no “{measure}” measure yet; showing reported values.",
    },
    # compare page
    "compare_title": {"vi": "So sánh các đơn vị", "en": "Compare units"},
    "compare_caption": {
        "vi": "{indicator} — {period}. Mỗi giá trị ghi rõ kỳ số liệu; đơn vị không có số liệu được liệt kê riêng, không tính là 0.",
        "en": "{indicator} — {period}. Each value states the period it covers; units without a value are listed separately, never drawn as 0.",
    },
    "missing_units": {"vi": "Chưa có số liệu: {units}", "en": "No data: {units}"},
    "note_other_period": {"vi": "Kỳ khác kỳ đã chọn", "en": "Different period from the one selected"},
    "note_estimate": {"vi": "Số ước tính", "en": "Estimate"},
    "note_lower_bound": {"vi": "Tối thiểu (hơn)", "en": "Lower bound (more than)"},
    "note_upper_bound": {"vi": "Tối đa (gần, dưới)", "en": "Upper bound (nearly, under)"},
    "note_components": {
        "vi": "Báo cáo nêu {count} giá trị ({values}), không cộng dồn; số hiển thị là giá trị nêu trước",
        "en": "The report gives {count} values ({values}), not summed; the first one mentioned is shown",
    },
    "note_rolled_up": {
        "vi": "Ước tính cộng từ {wards} phường, xã mới (phủ {share} địa bàn quận cũ)",
        "en": "Estimated from {wards} new wards (covering {share} of the former district)",
    },
    "unit_view": {"vi": "Bản đồ đơn vị", "en": "Unit map"},
    "unit_view_as_reported": {"vi": "Như báo cáo", "en": "As reported"},
    "unit_view_pre2025_district": {"vi": "Quận, huyện trước 7/2025", "en": "Districts before July 2025"},
    "unit_view_caption": {
        "vi": "Số liệu phường, xã sau 1/7/2025 được phân bổ về quận, huyện cũ theo bảng chuyển đổi đơn vị; giá trị phân bổ là ước tính.",
        "en": "Ward figures after 1 July 2025 are allocated to the former districts through the unit crosswalk; allocated values are estimates.",
    },
    "periods_differ_warning": {
        "vi": "Lưu ý: một số đơn vị có số liệu cho kỳ khác với kỳ đã chọn ({units}); so sánh cần thận trọng.",
        "en": "Note: some units report a different period from the one selected ({units}); compare with care.",
    },
    "estimates_warning": {
        "vi": "Lưu ý: có giá trị ước tính hoặc chỉ là cận (≈ khoảng, > hơn, < gần/dưới).",
        "en": "Note: some values are estimates or bounds (≈ about, > more than, < nearly/under).",
    },
    "qualifier_legend": {
        "vi": "Ký hiệu: ≈ khoảng, ước tính; > hơn, ít nhất; < gần, dưới.",
        "en": "Symbols: ≈ about, estimated; > more than, at least; < nearly, under.",
    },
    "no_indicator_data": {"vi": "Chưa có số liệu cho chỉ tiêu này.", "en": "No values for this indicator yet."},
    # trend page
    "trend_title": {"vi": "Xu hướng theo thời gian", "en": "Trend over time"},
    "trend_mode": {"vi": "Cách so sánh các kỳ", "en": "How periods are compared"},
    "trend_mode_same_type": {"vi": "Cùng loại kỳ", "en": "Same period type"},
    "trend_mode_annualized": {"vi": "Quy đổi theo năm", "en": "Annualized"},
    "period_type": {"vi": "Loại kỳ", "en": "Period type"},
    "trend_caption_same_type": {
        "vi": "{indicator}: chỉ các kỳ loại “{period_type}”; các loại kỳ khác không được trộn lẫn.",
        "en": "{indicator}: only “{period_type}” periods; other period types are not mixed in.",
    },
    "trend_caption_annualized": {
        "vi": "{indicator}: giá trị quy đổi về 12 tháng (do quy trình tính) để so được các kỳ dài ngắn khác nhau; mọi loại kỳ được hiển thị.",
        "en": "{indicator}: values annualized to 12 months (computed by the pipeline) so periods of different length compare; all period types shown.",
    },
    "trend_caption_not_annualizable": {
        "vi": "{indicator} là {kind}: không quy đổi theo năm; hiển thị giá trị báo cáo tại từng kỳ.",
        "en": "{indicator} is a {kind}: not annualized; reported values per period are shown.",
    },
    "annualized_unavailable": {
        "vi": "Bản dữ liệu chưa có giá trị quy đổi theo năm; chọn “Cùng loại kỳ”.",
        "en": "The snapshot has no annualized values yet; choose “Same period type”.",
    },
    "no_trend_data": {"vi": "Không có số liệu cho lựa chọn này.", "en": "No values for this selection."},
    "period_end": {"vi": "Cuối kỳ", "en": "Period end"},
    # evidence page
    "evidence_title": {"vi": "Nguồn của từng số liệu", "en": "Evidence behind each value"},
    "evidence_caption": {
        "vi": "Mỗi giá trị dẫn về các câu trong báo cáo gốc; số được tô sáng là số đã trích xuất.",
        "en": "Each value leads back to the report sentences it came from; the highlighted number is the one extracted.",
    },
    "all_option": {"vi": "(Tất cả)", "en": "(All)"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "sentence": {"vi": "Câu nguồn", "en": "Sentence"},
    "char_range": {"vi": "Vị trí ký tự {start}–{end}", "en": "Characters {start}–{end}"},
    "override_corrected": {
        "vi": "Hiệu chỉnh thủ công: số trích xuất {extracted} được sửa thành {corrected} ({by}). {reason}",
        "en": "Manual override: extracted {extracted} corrected to {corrected} ({by}). {reason}",
    },
    "override_rejected": {
        "vi": "Hiệu chỉnh thủ công: số {extracted} bị loại ({by}). {reason}",
        "en": "Manual override: {extracted} rejected ({by}). {reason}",
    },
    "note_corrected": {
        "vi": "Giá trị này đã được hiệu chỉnh thủ công.",
        "en": "This value was corrected manually.",
    },
    "note_disagreement": {
        "vi": "Các văn bản ghi số khác nhau cho cùng số liệu này; giá trị hiển thị lấy từ văn bản được chọn.",
        "en": "Documents disagree on this value; the one shown comes from the selected document.",
    },
    "evidence_selected": {"vi": "được chọn", "en": "selected"},
    "evidence_not_selected": {"vi": "không được chọn: {reason}", "en": "not selected: {reason}"},
    "evidence_rejected": {"vi": "Bị loại", "en": "Rejected"},
    "no_evidence": {
        "vi": "Không tìm thấy câu nguồn cho giá trị này.",
        "en": "No evidence sentence found for this value.",
    },
    "number_not_located": {
        "vi": "(không xác định được vị trí con số trong câu)",
        "en": "(could not locate the number in the sentence)",
    },
    "no_values_selected": {"vi": "Không có giá trị nào khớp lựa chọn.", "en": "No values match the selection."},
    "value_heading": {"vi": "{unit} — {period}: {value}", "en": "{unit} — {period}: {value}"},
    # coverage page
    "coverage_title": {"vi": "Độ bao phủ số liệu", "en": "Data coverage"},
    "coverage_caption": {
        "vi": "Số kỳ có số liệu của mỗi đơn vị cho từng chỉ tiêu (ô trống: chưa có số liệu).",
        "en": "Number of periods with a value per unit and indicator (empty cell: no data).",
    },
    "coverage_caption_mart": {
        "vi": "Số số liệu mỗi đơn vị báo cáo cho từng chỉ tiêu trong kỳ; mọi đơn vị tồn tại trong kỳ đều được liệt kê, ô trống là chưa có số liệu.",
        "en": "Values each unit reported per indicator in the period; every unit that existed then is listed, an empty cell means no data.",
    },
    "year": {"vi": "Năm", "en": "Year"},
    "all_years": {"vi": "(Mọi năm)", "en": "(All years)"},
    "coverage_summary": {
        "vi": "{filled}/{total} ô có số liệu ({share}).",
        "en": "{filled}/{total} cells have data ({share}).",
    },
    # data quality page
    "quality_title": {"vi": "Chất lượng dữ liệu", "en": "Data quality"},
    "pipeline_status": {"vi": "Trạng thái quy trình", "en": "Pipeline status"},
    "last_attempt": {"vi": "Lần chạy gần nhất", "en": "Latest run"},
    "last_outcome": {"vi": "Kết quả", "en": "Outcome"},
    "last_good_publish": {"vi": "Lần công bố tốt gần nhất", "en": "Latest good publish"},
    "status_missing": {
        "vi": "Chưa có tệp trạng thái {path}.",
        "en": "No status file at {path}.",
    },
    "status_unreadable": {"vi": "Không đọc được tệp trạng thái {path}: {error}", "en": "Cannot read status file {path}: {error}"},
    "checks": {"vi": "Kết quả kiểm tra", "en": "Check results"},
    "checks_missing": {
        "vi": "Bản dữ liệu không có bảng kết quả kiểm tra.",
        "en": "The snapshot has no check results table.",
    },
    "checks_summary": {
        "vi": "{passed} đạt, {failed} không đạt, {warned} cảnh báo, {other} khác.",
        "en": "{passed} passed, {failed} failed, {warned} warnings, {other} other.",
    },
    "check_name": {"vi": "Kiểm tra", "en": "Check"},
    "table_name": {"vi": "Bảng", "en": "Table"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "failing_rows": {"vi": "Số dòng lỗi", "en": "Failing rows"},
    "details": {"vi": "Chi tiết", "en": "Details"},
    "checked_at": {"vi": "Thời điểm kiểm tra", "en": "Checked at"},
    "only_failures": {"vi": "Chỉ hiện kiểm tra không đạt hoặc cảnh báo", "en": "Show failures and warnings only"},
    "outcome_success": {"vi": "thành công", "en": "success"},
    "outcome_failure": {"vi": "không thành công", "en": "failed"},
    "outcome_unknown": {"vi": "chưa rõ", "en": "unknown"},
}

# Code values from the marts, translated for display (the codes themselves stay in the URL).
LABELS: dict[str, dict[str, dict[str, str]]] = {
    "audience": {
        "all": {"vi": "Tất cả", "en": "Everyone"},
        "party_members": {"vi": "Cán bộ, đảng viên", "en": "Party members and officials"},
        "masses": {"vi": "Quần chúng, nhân dân", "en": "The public"},
    },
    "qualifier": {
        "exact": {"vi": "chính xác", "en": "exact"},
        "approx": {"vi": "khoảng (≈)", "en": "about (≈)"},
        "at_least": {"vi": "hơn (>)", "en": "more than (>)"},
        "at_most": {"vi": "gần, dưới (<)", "en": "nearly, under (<)"},
    },
    "unit_level": {
        "province": {"vi": "Tỉnh, thành phố", "en": "Province / city"},
        "district": {"vi": "Quận, huyện", "en": "District"},
        "ward": {"vi": "Phường, xã", "en": "Ward / commune"},
    },
    "kind": {
        "flow": {"vi": "số phát sinh trong kỳ", "en": "flow (counted over the period)"},
        "stock": {"vi": "số hiện có tại một thời điểm", "en": "stock (held at a date)"},
        "rate": {"vi": "tỷ lệ", "en": "rate"},
    },
    "period_type": {
        "coverage_caption_mart": {
        "vi": "Số số liệu mỗi đơn vị báo cáo cho từng chỉ tiêu trong kỳ; mọi đơn vị tồn tại trong kỳ đều được liệt kê, ô trống là chưa có số liệu.",
        "en": "Values each unit reported per indicator in the period; every unit that existed then is listed, an empty cell means no data.",
    },
    "year": {"vi": "Năm", "en": "Year"},
        "half": {"vi": "6 tháng", "en": "Half-year"},
        "half_year": {"vi": "6 tháng", "en": "Half-year"},
        "quarter": {"vi": "Quý", "en": "Quarter"},
        "month": {"vi": "Tháng", "en": "Month"},
        "ytd": {"vi": "Lũy kế từ đầu năm", "en": "Year to date"},
        "year_to_date": {"vi": "Từ đầu năm", "en": "Year to date"},
        "instant": {"vi": "Thời điểm", "en": "Point in time"},
        "term": {"vi": "Nhiệm kỳ", "en": "Term"},
        "custom": {"vi": "Khoảng thời gian khác", "en": "Other span"},
        "other": {"vi": "Khoảng thời gian khác", "en": "Other span"},
    },
    "check_status": {
        "pass": {"vi": "đạt", "en": "pass"},
        "passed": {"vi": "đạt", "en": "passed"},
        "success": {"vi": "đạt", "en": "success"},
        "fail": {"vi": "không đạt", "en": "fail"},
        "failed": {"vi": "không đạt", "en": "failed"},
        "failure": {"vi": "không đạt", "en": "failure"},
        "error": {"vi": "lỗi", "en": "error"},
        "warn": {"vi": "cảnh báo", "en": "warning"},
        "warning": {"vi": "cảnh báo", "en": "warning"},
        "skipped": {"vi": "bỏ qua", "en": "skipped"},
    },
}


def normalize_lang(value: str | None) -> str:
    """Anything but a known language code (e.g. a hand-edited URL) falls back to Vietnamese."""
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, lang: str, **kwargs: object) -> str:
    """The string `key` in `lang`, formatted with kwargs. Unknown keys raise: a typo must fail tests."""
    text = STRINGS[key][normalize_lang(lang)]
    return text.format(**kwargs) if kwargs else text


def label(group: str, code: str | None, lang: str) -> str:
    """Display label of a code from the marts; an unknown code is shown as is rather than hidden."""
    if code is None:
        return ""
    entry = LABELS.get(group, {}).get(str(code))
    return entry[normalize_lang(lang)] if entry else str(code)


def placeholders(text: str) -> set[str]:
    """Names of the {placeholders} in a template (used to check both languages take the same ones)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
