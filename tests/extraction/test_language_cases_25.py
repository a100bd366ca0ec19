"""Session 11, holdout24: the language behind its misses (a plan heading marked with a symbol;
the signs a resolution lists; voters who came to meet candidates; masses who "dự nghe" after a
study; what someone does each day; a comparative with the period compared with; "lượt xem" and
"lượt tiếp cận" named before a qualifier or after ", với"; an official's quotation opening with
the whole unit; a list line "Tỷ lệ" under a study's attendances; a long list of things as a
label; a section's title marked with a symbol over its list; people of many schools in
apposition; a committee named with its place's name before a count; the parts after ", gồm";
"trên" before boats; "Ở cơ sở" going on from the paragraph before; a second group "có N lượt
tham dự" after a study's attendances).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 05/10/2022\n\nHuyện Đông Anh: kết quả công tác tuyên giáo quý III năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a plan heading marked with a symbol -----------------------------------------------------
def test_a_plan_heading_marked_with_a_symbol_opens_a_plan(ex: Extractor) -> None:
    body = (
        "📌 TUYÊN TRUYỀN MIỆNG\n"
        "✅ 41 buổi nói chuyện thời sự ở các thôn\n\n"
        "📌 PHƯƠNG HƯỚNG QUÝ IV NĂM 2022\n"
        "✅ Mở 02 lớp bồi dưỡng lý luận chính trị cho đảng viên mới\n"
        "✅ Quán triệt nghị quyết cho 100% cán bộ, đảng viên\n"
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 41.0)]


def test_a_results_heading_marked_with_a_symbol_opens_no_plan(ex: Extractor) -> None:
    body = "📌 KẾT QUẢ NỔI BẬT\n✅ Mở 02 lớp bồi dưỡng lý luận chính trị cho đảng viên mới\n"
    assert _iv(ex, body) == [("training_classes", 2.0)]


# ---- (2) the signs a resolution lists ------------------------------------------------------------
def test_the_signs_a_resolution_lists_are_no_count(ex: Extractor) -> None:
    body = (
        "Sau học tập, các chi bộ tổ chức 205 buổi sinh hoạt, nhận diện 19 biểu hiện suy thoái "
        "về tư tưởng chính trị để mỗi đảng viên tự soi, tự sửa."
    )
    assert _iv(ex, body) == [("party_cell_discussions", 205.0)]


# ---- (3) voters who came to meet candidates --------------------------------------------------------
def test_voters_at_meetings_with_candidates_are_reached_by_the_campaign(ex: Extractor) -> None:
    body = "Các hội nghị tiếp xúc cử tri của huyện trong tháng 4 đã thu hút 5.120 lượt cử tri."
    assert _iv(ex, body) == [("propaganda_audience", 5120.0)]


def test_party_members_at_a_study_meeting_stay_its_attendance(ex: Extractor) -> None:
    body = "Các hội nghị học tập nghị quyết trong quý thu hút 5.120 lượt đảng viên."
    assert _iv(ex, body) == [("study_attendance", 5120.0)]


# ---- (4) masses who "dự nghe" after a study ---------------------------------------------------------
def test_masses_who_attended_and_listened_after_a_rate_attended_the_study(ex: Extractor) -> None:
    body = (
        "Các đảng bộ xã mở 96 lớp học tập nghị quyết, thu hút 6.210 lượt đảng viên, đạt 95,8%; "
        "quần chúng dự nghe khoảng 1.400 lượt."
    )
    assert _iv(ex, body)[-1] == ("study_attendance", 1400.0)


def test_masses_listening_named_after_the_number_attended_the_study(ex: Extractor) -> None:
    body = (
        "Huyện ủy tổ chức 2 hội nghị học tập nghị quyết; tại cơ sở, các chi bộ mở 88 lớp với 5.730 "
        "lượt cán bộ, đảng viên, tỷ lệ 96,2%, cùng 1.160 lượt quần chúng dự nghe."
    )
    assert _iv(ex, body)[-1] == ("study_attendance", 1160.0)


def test_a_list_line_of_listeners_under_a_study_line_attended_the_study(ex: Extractor) -> None:
    body = (
        "📌 HỌC TẬP NGHỊ QUYẾT\n"
        "✅ 01 hội nghị cấp huyện quán triệt nghị quyết của Huyện ủy\n"
        "✅ 57 lớp ở các chi bộ thôn, với 4.020 lượt đảng viên, đạt 96,9%\n"
        "✅ Quần chúng dự nghe: gần 900 lượt\n"
    )
    assert _iv(ex, body)[-1] == ("study_attendance", 900.0)


def test_listeners_of_talks_stay_the_audience_of_the_talks(ex: Extractor) -> None:
    body = "Báo cáo viên tổ chức 34 buổi nói chuyện thời sự, với 2.700 lượt người dự nghe."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 34.0), ("propaganda_audience", 2700.0)]


# ---- (5) what someone does each day ------------------------------------------------------------------
def test_what_someone_does_each_day_is_a_habit_not_a_count(ex: Extractor) -> None:
    body = (
        "Trang thông tin điện tử của huyện đăng 1.320 tin, bài trong quý; mỗi ngày các biên tập "
        "viên đưa lên ít nhất 12 tin."
    )
    assert _iv(ex, body) == [("news_items", 1320.0)]


def test_a_range_done_each_year_is_a_habit_both_bounds(ex: Extractor) -> None:
    body = "Mỗi năm huyện tổ chức từ 8 đến 10 hội nghị báo cáo viên."
    assert _iv(ex, body) == []


def test_each_week_inside_a_programmes_title_is_no_habit(ex: Extractor) -> None:
    body = "Chuyên mục truyền thanh “Mỗi tuần một câu chuyện đẹp” lên sóng 12 kỳ trong quý."
    assert _iv(ex, body) == [("news_items", 12.0)]


def test_each_month_after_a_comma_and_a_total_is_still_counted(ex: Extractor) -> None:
    body = "Hội nghị báo cáo viên họp vào tuần đầu mỗi tháng, tổng cộng 3 hội nghị báo cáo viên trong quý."
    assert _iv(ex, body) == [("reporter_conferences", 3.0)]


# ---- (6) a comparative with the period compared with -------------------------------------------------
def test_more_than_last_year_by_n_is_a_change(ex: Extractor) -> None:
    body = "Các chi bộ tổ chức 264 buổi sinh hoạt chuyên đề, nhiều hơn cùng kỳ năm trước 31 buổi."
    assert _iv(ex, body) == [("party_cell_discussions", 264.0)]


# ---- (7) "lượt xem", "lượt tiếp cận" named before the number -------------------------------------------
def test_views_named_before_a_qualifier_are_the_audience(ex: Extractor) -> None:
    body = "Huyện đăng 86 video ngắn trên fanpage. Lượt xem các video về làng nghề ước tính khoảng 640 nghìn."
    assert _iv(ex, body) == [("news_items", 86.0), ("propaganda_audience", 640000.0)]


def test_reach_after_a_comma_and_with_is_the_audience(ex: Extractor) -> None:
    body = "Huyện thực hiện 214 video clip, phóng sự về bầu cử, với lượt tiếp cận ước đạt 1,3 triệu."
    assert _iv(ex, body) == [("news_items", 214.0), ("propaganda_audience", 1300000.0)]


# ---- (8) an official's quotation opening with the whole unit ------------------------------------------
CITY_HEAD = "Ngày 20/12/2021\n\nThành phố Hà Nội: kết quả công tác tuyên giáo năm 2021\n\n"


def test_an_officials_words_about_the_whole_city_are_its_figures(ex: Extractor) -> None:
    body = (
        "Phát biểu tại hội nghị, đồng chí Phó Trưởng ban Tuyên giáo Thành ủy cho biết: “Toàn thành "
        "phố hiện có hơn 9.800 nhóm Zalo tổ dân phố, thôn với khoảng 1,2 triệu thành viên.”"
    )
    assert _iv(ex, body, CITY_HEAD) == [("chat_groups", 9800.0), ("chat_group_members", 1200000.0)]


def test_a_residents_words_about_the_whole_city_stay_an_anecdote(ex: Extractor) -> None:
    body = "Anh Lê Văn Toàn, một cư dân, kể: “Toàn thành phố hiện có 9.800 nhóm Zalo, nhóm nào cũng đông.”"
    assert _iv(ex, body, CITY_HEAD) == []


# ---- (9) "Tỷ lệ" under a study's attendances ----------------------------------------------------------
def test_a_bare_rate_line_under_study_attendances_is_their_rate(ex: Extractor) -> None:
    body = (
        "3. Học tập, quán triệt nghị quyết\n"
        "- Lớp ở các chi bộ: 64\n"
        "- Đảng viên dự học: 3.905/4.080 đồng chí\n"
        "- Tỷ lệ: 95,71%\n"
    )
    assert _iv(ex, body)[-1] == ("study_participation_rate", 95.71)


def test_a_bare_rate_line_under_another_line_is_no_study_rate(ex: Extractor) -> None:
    body = "3. Tuyên truyền miệng\n- Buổi nói chuyện ở thôn: 64\n- Tỷ lệ: 95,71%\n"
    assert ("study_participation_rate", 95.71) not in _iv(ex, body)


# ---- (10) a long list of things as a label --------------------------------------------------------------
def test_a_long_label_listing_short_things_is_counted(ex: Extractor) -> None:
    body = "1. Tuyên truyền trực quan\n- Băng rôn, pano, áp phích, cờ phướn, cờ Đảng, cờ Tổ quốc: 1.260\n"
    assert _iv(ex, body) == [("other", 1260.0)]


def test_a_long_label_of_long_items_stays_unread(ex: Extractor) -> None:
    body = (
        "1. Tuyên truyền trực quan\n"
        "- Băng rôn treo dọc các tuyến đường chính của huyện, pano đặt tại các cửa ngõ: 1.260\n"
    )
    assert _iv(ex, body) == []


# ---- (11) a section's title marked with a symbol over its list --------------------------------------------
def test_a_section_title_marked_with_a_symbol_heads_its_list(ex: Extractor) -> None:
    body = (
        "Huyện đẩy mạnh tuyên truyền bầu cử.\n\n"
        "▪ Xã Uy Nỗ: một số kết quả\n\n"
        "- Khẩu hiệu, áp phích khổ lớn: 215\n"
    )
    assert [v for _, v in _iv(ex, body)] == [215.0]


# ---- (12) people of many schools in apposition ---------------------------------------------------------------
def test_students_of_the_schools_around_an_area_are_its_people(ex: Extractor) -> None:
    body = (
        "Huyện tổ chức 28 buổi nói chuyện về bầu cử; khu vực quanh các trường cao đẳng, với gần 30 "
        "nghìn sinh viên, được chọn làm địa bàn trọng điểm."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 28.0)]


def test_students_who_attended_talks_stay_the_audience(ex: Extractor) -> None:
    body = (
        "Huyện tổ chức 28 buổi nói chuyện về bầu cử tại các trường cao đẳng, với gần 3.000 sinh viên tham dự."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 28.0), ("propaganda_audience", 3000.0)]


# ---- (13) a committee named with its place's name before a count ----------------------------------------------
def test_a_count_after_a_committee_and_its_place_name_is_counted(ex: Extractor) -> None:
    body = "Trong quý, Ban đã gửi Thường trực Huyện ủy Đông Anh 12 báo cáo nhanh về dư luận xã hội."
    assert _iv(ex, body) == [("opinion_reports", 12.0)]


def test_a_numbered_ward_after_a_committee_keeps_its_number(ex: Extractor) -> None:
    body = "Ban phối hợp Đảng ủy Phường 12 tổ chức 3 buổi nói chuyện thời sự."
    assert [v for _, v in _iv(ex, body)] == [3.0]


# ---- (14) the parts after ", gồm" --------------------------------------------------------------------------------
def test_the_same_noun_after_gom_counts_a_part(ex: Extractor) -> None:
    body = (
        "Toàn huyện hiện có 25 trang thông tin điện tử, gồm trang của Huyện ủy, của Ủy ban nhân dân "
        "và 23 trang của các xã."
    )
    assert _iv(ex, body) == [("websites", 25.0)]


def test_another_noun_after_gom_is_counted(ex: Extractor) -> None:
    body = "Ban tổ chức 4 hội nghị báo cáo viên, gồm cả hội nghị trực tuyến, và 52 buổi nói chuyện thời sự."
    assert [v for _, v in _iv(ex, body)] == [4.0, 52.0]


# ---- (15) "trên" before boats ------------------------------------------------------------------------------------
def test_people_on_boats_the_boats_are_where(ex: Extractor) -> None:
    body = "Đồn Biên phòng cùng huyện tổ chức 6 buổi tuyên truyền cho hơn 700 ngư dân trên 40 tàu cá."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 6.0), ("propaganda_audience", 700.0)]


# ---- (16) "Ở cơ sở" going on from the paragraph before ---------------------------------------------------------
def test_at_the_grassroots_goes_on_from_the_study_of_the_paragraph_before(ex: Extractor) -> None:
    body = (
        "Huyện ủy tổ chức 2 hội nghị cấp huyện học tập, quán triệt nghị quyết của Trung ương.\n\n"
        "Đông Anh có 23 xã và 1 thị trấn. Ở cơ sở, các đảng bộ xã đã mở 180 lớp, thu hút 12.400 lượt "
        "cán bộ, đảng viên; riêng quần chúng có 3.100 lượt tham dự."
    )
    assert _iv(ex, body) == [
        ("study_sessions", 2.0),
        ("study_sessions", 180.0),
        ("study_attendance", 12400.0),
        ("study_attendance", 3100.0),
    ]


def test_a_bare_class_with_nothing_before_names_no_study(ex: Extractor) -> None:
    body = "Đông Anh có 23 xã và 1 thị trấn. Các đảng bộ xã đã mở 180 lớp."
    assert _iv(ex, body) == [("other", 180.0)]
