"""The language of holdout61 and holdout63 (session 15, t61): an administrative header whose
two columns share a line, a speech introduced by a paragraph ending in a colon, the reports of
the opinion collaborators a paragraph named before them, and "Ban Xây dựng Đảng" before a
count.

Sentences and pages of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

# --- a dateline in the second column of the document number's line ------------------------


def test_dateline_in_the_second_column_of_the_number_line(ex: Extractor) -> None:
    text = (
        "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "HUYỆN ỦY BÌNH CHÁNH\n"
        "BAN TUYÊN GIÁO\n"
        "*\n"
        "Số 57-BC/BTGHU                    Bình Chánh, ngày 12 tháng 7 năm 2018\n\n"
        "BÁO CÁO\nKết quả công tác tuyên giáo 6 tháng đầu năm 2018\n\n"
        "Các chi bộ đã mở 96 lớp học tập nghị quyết.\n"
    )
    for page in (text, text.replace("                    Bình", "\tBình")):  # (or a TAB between)
        result = ex.extract(page, doc_id="t")
        assert result.doc_date is not None and result.doc_date.isoformat() == "2018-07-12"
        assert result.doc_date_source == "text"


# --- a speech introduced by a paragraph ending in a colon ---------------------------------


SPEECH_HEAD = (
    "Mê Linh: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
    "Cập nhật 21/6/2024 09:40\n\n"
    "Sáng 20/6, Huyện ủy Mê Linh tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024.\n\n"
)


def test_speech_under_an_introduction_ending_in_a_colon_is_the_officials(ex: Extractor) -> None:
    text = SPEECH_HEAD + (
        "Trình bày báo cáo tại hội nghị, đồng chí Lê Văn Sơn, Phó Trưởng ban Thường trực Ban "
        "Tuyên giáo Huyện ủy Mê Linh cho biết:\n\n"
        "“Sáu tháng đầu năm, Huyện ủy đã tổ chức 3 hội nghị cấp huyện quán triệt nghị quyết; các "
        "chi bộ mở 148 lớp với 9.210 lượt cán bộ, đảng viên.\n\n"
        "“Ban đã tham mưu ban hành 12 văn bản chỉ đạo công tác tư tưởng. Các trang thông tin đăng "
        "640 tin, bài.”\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert {("study_sessions", 3.0), ("study_sessions", 148.0), ("documents_issued", 12.0)} <= got


def test_speech_under_a_residents_introduction_stays_an_anecdote(ex: Extractor) -> None:
    text = SPEECH_HEAD + (
        "Bà Nguyễn Thị Hoa, một người dân ở thôn Đông, kể:\n\n"
        "“Nhà tôi có 5 người, tuần nào cũng đi nghe 2 buổi nói chuyện.\n\n"
        "“Cả xóm có 40 hộ đều vào nhóm Zalo.”\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 2.0 not in values and 40.0 not in values


# --- reports of the opinion collaborators named earlier in the paragraph ------------------


REPORTS_HEAD = (
    "HUYỆN ỦY HÓC MÔN\nBAN TUYÊN GIÁO\n\nHóc Môn, ngày 05 tháng 7 năm 2018\n\n"
    "BÁO CÁO\nCông tác tuyên giáo 6 tháng đầu năm 2018\n\n"
)


def test_reports_of_collaborators_named_two_sentences_before(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Đội ngũ cộng tác viên dư luận xã hội của huyện hiện có 96 người. Đa số là trưởng ấp, cán "
        "bộ hưu trí. Trong 6 tháng, đội ngũ này đã gửi về Ban 204 báo cáo, phản ánh nhiều ý kiến.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 204.0) in got


def test_reports_of_a_kind_after_the_collaborators_sentence(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Huyện có 52 cộng tác viên dư luận xã hội ở 10 xã. Trong 6 tháng, anh em gửi về Ban "
        "Tuyên giáo 41 báo cáo định kỳ và 9 báo cáo nhanh.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 41.0) in got and ("opinion_reports", 9.0) in got


def test_reports_with_no_collaborators_before_stay_unread(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Huyện có 45 báo cáo viên. Trong 6 tháng, các xã gửi về Ban 31 báo cáo định kỳ.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 31.0) not in got


# --- a count right after "Ban Xây dựng Đảng" ----------------------------------------------


def test_count_after_the_party_building_board_is_no_name(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY XÃ BÌNH MỸ\n\nBình Mỹ, ngày 02 tháng 10 năm 2025\n\n"
        "BÁO CÁO\nCông tác tư tưởng quý III năm 2025\n\n"
        "Trong quý, cộng tác viên dư luận xã hội gửi về Ban Xây dựng Đảng 27 báo cáo định kỳ.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 27.0) in got


# --- the staff a body "only has" ------------------------------------------------------------


def test_staff_a_body_only_has_is_no_count_of_work(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Ban Tuyên giáo Huyện ủy hiện chỉ có 6 cán bộ, nhưng trong 6 tháng đã tham mưu tổ chức 4 "
        "hội nghị báo cáo viên. Dù Trung tâm chỉ có 3 giảng viên chuyên trách, Trung tâm vẫn mở "
        "11 lớp bồi dưỡng lý luận chính trị.\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 4.0 in values and 11.0 in values
    assert 6.0 not in values and 3.0 not in values


def test_an_audience_of_only_so_many_stays_a_fact(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Buổi nói chuyện chuyên đề tại xã chỉ có 60 người dự nghe.\n"
    assert 60.0 in [f[4] for f in facts(ex, text)]


# --- party organisations joined by "cùng" as the subject of work --------------------------


def test_party_organisations_after_cung_are_the_subject(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Ở cơ sở, 21 đảng bộ xã cùng 37 chi, đảng bộ cơ sở đã mở 264 lớp học tập nghị quyết, thu "
        "hút 15.230 lượt cán bộ, đảng viên.\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 264.0 in values and 15230.0 in values
    assert 37.0 not in values and 21.0 not in values


# --- a page counter on the text's last line ----------------------------------------------


def test_counter_on_the_last_line_under_a_byline_is_page_furniture(ex: Extractor) -> None:
    text = (
        "Thứ Ba, ngày 14 tháng 7 năm 2020\n\n"
        "Công tác tuyên giáo quận Cầu Giấy nhiệm kỳ 2015 – 2020\n\n"
        "Năm 2019, các chi bộ của quận Cầu Giấy mở 58 lớp học tập nghị quyết.\n\n"
        "Minh Hà (thực hiện)\n"
        "Lượt xem: 3.406\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 58.0 in values and 3406.0 not in values


# --- an interview's answer without quotation marks, opening with a span to now -----------


INTERVIEW_HEAD = (
    "Thứ Năm, ngày 16 tháng 7 năm 2020\n\n"
    "Công tác tuyên giáo quận Hoàng Mai nhiệm kỳ 2015 – 2020\n\n"
    "Phóng viên trao đổi với đồng chí Nguyễn Thị Lan, Trưởng ban Tuyên giáo Quận ủy Hoàng Mai, về "
    "kết quả công tác tuyên giáo nhiệm kỳ 2015 – 2020.\n\n"
)


def test_answer_after_a_label_opening_with_a_span_to_now_dates_its_paragraph(ex: Extractor) -> None:
    text = INTERVIEW_HEAD + (
        "- Phóng viên: Năm 2020 quận đã làm được gì?\n\n"
        "- Đồng chí Nguyễn Thị Lan: Từ đầu năm 2020 đến nay, quận tổ chức 3 hội nghị trực tuyến "
        "quán triệt chỉ thị. Các chi bộ đã tổ chức 1.146 buổi sinh hoạt thảo luận dự thảo văn kiện.\n"
    )
    got = {(f[3], f[4]): (f[1], f[2]) for f in facts(ex, text)}
    assert got[("party_cell_discussions", 1146.0)] == ("2020-01-01", "2020-07-16")


# --- an answer going on in a paragraph opening with “ -------------------------------------


def test_answer_goes_on_in_the_next_paragraph_opening_with_a_quote(ex: Extractor) -> None:
    text = (
        "Cập nhật 27/12/2022 10:00\n\n"
        "Quận Gò Vấp: Bảo vệ nền tảng tư tưởng của Đảng năm 2022\n\n"
        "Phóng viên trao đổi với đồng chí Võ Thị Mai, Phó Bí thư Quận ủy Gò Vấp.\n\n"
        "PV: Xin đồng chí cho biết kết quả nổi bật?\n\n"
        "Đồng chí Võ Thị Mai: “Năm nay, Ban Thường vụ Quận ủy ban hành 11 văn bản chỉ đạo.\n\n"
        "“Chúng tôi cũng chú trọng đội ngũ cộng tác viên dư luận xã hội. Hiện quận có 52 cộng tác "
        "viên; trong năm, đội ngũ này gửi 44 báo cáo định kỳ.”\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("documents_issued", 11.0) in got
    assert ("opinion_collaborators", 52.0) in got and ("opinion_reports", 44.0) in got


# --- the report's span opening a clause against a period after a comma -------------------


def test_report_span_opening_a_clause_beats_a_later_period_after_a_comma(ex: Extractor) -> None:
    text = REPORTS_HEAD.replace("6 tháng đầu năm 2018", "năm 2018").replace("05 tháng 7", "26 tháng 12") + (
        "Quận có 38 cộng tác viên dư luận xã hội; trong năm, đội ngũ này gửi 29 báo cáo định kỳ về "
        "dư luận, phản ánh kịp thời việc giá điện tăng trong quý III.\n"
    )
    got = {(f[3], f[4]): (f[1], f[2]) for f in facts(ex, text)}
    assert got[("opinion_reports", 29.0)] == ("2018-01-01", "2018-12-31")


# --- a numbered heading right above a table -----------------------------------------------


def test_numbered_heading_above_a_table_is_the_lead_in_of_its_rows(ex: Extractor) -> None:
    text = (
        "QUẬN ỦY TÂN PHÚ\nBAN TUYÊN GIÁO\n\nTân Phú, ngày 05 tháng 10 năm 2021\n\n"
        "BÁO CÁO\nTình hình dư luận xã hội quý III năm 2021\n\n"
        "2. Số liệu báo cáo dư luận xã hội\n\n"
        "Chỉ tiêu | Quý II/2021 | Quý III/2021\n"
        "Báo cáo định kỳ | 64 | 71\n"
        "Báo cáo đột xuất | 9 | 26\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert {("opinion_reports", 71.0), ("opinion_reports", 26.0), ("opinion_reports", 64.0)} <= got


# --- a list's earlier item excludes nothing of the next -----------------------------------


def test_an_earlier_items_words_exclude_nothing_of_the_next_item(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Sáu tháng đầu năm 2018, Ban Tuyên giáo Huyện ủy tổ chức 3 hội nghị báo cáo viên và 2 hội "
        "nghị cấp huyện học tập, quán triệt Nghị quyết Trung ương 6.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("reporter_conferences", 3.0) in got and ("study_sessions", 2.0) in got


# --- a numbered heading made long by a quoted title ---------------------------------------


def test_numbered_heading_with_a_long_quoted_title_leads_in_its_list(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "2. Học tập chuyên đề năm 2018 “Xây dựng phong cách, tác phong công tác của người đứng "
        "đầu, của cán bộ, đảng viên trong học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh”\n"
        "- Hội nghị cấp huyện: 02; số lớp ở cơ sở: 187\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("study_sessions", 2.0) in got and ("study_sessions", 187.0) in got


# --- vocabulary ---------------------------------------------------------------------------


def test_posts_with_hostile_content_refuted_are_no_news_items(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Lực lượng nòng cốt đăng 3.200 tin, bài tích cực và bình luận phản bác 1.180 bài viết có "
        "nội dung xuyên tạc.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("news_items", 3200.0) in got and ("news_items", 1180.0) not in got


def test_information_pages_are_websites(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Đến nay, huyện có 1 cổng thông tin điện tử và 12 trang thông tin của các xã.\n"
    assert ("websites", 12.0) in {(f[3], f[4]) for f in facts(ex, text)}


def test_administrators_trained_are_trainees(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Huyện mở 2 lớp tập huấn kỹ năng quản trị nhóm Zalo cho 164 quản trị viên.\n"
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("training_classes", 2.0) in got and ("trainees", 164.0) in got


# --- people commended after the collectives commended with them --------------------------


def test_people_commended_after_collectives_are_commended_individuals(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Nhân dịp sơ kết, Ban Thường vụ Huyện ủy tặng giấy khen cho 4 tập thể và 9 cộng tác viên "
        "có thành tích tốt.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("commended_collectives", 4.0) in got and ("commended_individuals", 9.0) in got


# --- the unit as the subject of a clause after a comma in an official's quotation ---------


def test_unit_subject_after_a_comma_in_an_officials_quotation(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "“Nhiều việc nếu không nắm kịp sẽ thành điểm nóng. Sáu tháng qua, nhờ cộng tác viên báo "
        "sớm, huyện đã giải quyết dứt điểm 23 vụ việc khiếu nại ngay từ cơ sở”, đồng chí Lê Thị "
        "Bích, Trưởng ban Tuyên giáo Huyện ủy Hóc Môn cho biết.\n"
    )
    assert 23.0 in [f[4] for f in facts(ex, text)]


# --- residential areas as the place of the work -------------------------------------------


def test_residential_areas_the_work_is_in_are_geography(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Ở 14 khu dân cư, huyện duy trì 63 nhóm Zalo với khoảng 8.100 thành viên.\n"
    values = [f[4] for f in facts(ex, text)]
    assert 63.0 in values and 14.0 not in values


# --- a qualifier is not shared from people to things -------------------------------------


def test_qualifier_of_people_is_not_shared_with_the_groups_after_them(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Huyện duy trì fanpage “Hóc Môn ngày mới” với hơn 9.400 người theo dõi và 41 nhóm Zalo ấp.\n"
    got = {(f[3], f[4]): f[5] for f in facts(ex, text)}
    assert got[("propaganda_audience", 9400.0)] == "at_least"
    assert got[("chat_groups", 41.0)] == "exact"


def test_qualifier_is_shared_between_things_of_one_kind(ex: Extractor) -> None:
    text = REPORTS_HEAD + "Toàn huyện hiện có khoảng 30 trang thông tin điện tử và 45 fanpage.\n"
    got = {(f[3], f[4]): f[5] for f in facts(ex, text)}
    assert got[("social_pages", 45.0)] == "approx"


# --- a list label naming things and that they were registered ----------------------------


def test_list_label_of_things_registered_counts_them(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "3. Xây dựng, nhân rộng điển hình\n"
        "- Công trình, phần việc thanh niên mới đăng ký thực hiện: 58\n"
    )
    assert ("other", 58.0) in {(f[3], f[4]) for f in facts(ex, text)}


# --- items newly set up before the total stated after them --------------------------------


def test_new_groups_before_a_total_now_are_a_change(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Trong 6 tháng, huyện đã lập mới 46 nhóm Zalo ấp, khu phố; đến nay toàn huyện có 318 nhóm "
        "với khoảng 27.000 thành viên.\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 318.0 in values and 46.0 not in values
