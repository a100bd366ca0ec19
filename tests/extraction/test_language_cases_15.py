"""Session 13: the language behind holdout14's misses (a letterhead whose first line names the
superior party organisation, "Toàn thành phố" opening a sentence, "N giải tập thể", a list
line's bare "lượt" under a lead-in naming "số lượt dự thi", "chương trình phát thanh" on a list
line, a long list of things as a label, a report's topic in its label, "bài thu hoạch", "N định
kỳ, M đột xuất" after a label, a long contest name before "– lượt dự thi", an interview tag of
a TV transcript, "đội ngũ N báo cáo viên", people commended by "tặng giấy khen cho"; traps: a
limit "theo quy định", "bình quân mỗi năm N", where residents come from, "trong 6 tháng)",
party organisations an activity was held for, "một ... kể:", a workplace's workers in a "nơi
có" clause, a rate "mức N đồng/người", people "cả nước").

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from extraction_helpers import facts, headed, values

from orchestration.extraction import Extractor

HEAD = "Ngày 12/1/2023\n\nHuyện Đông Anh tổng kết công tác tuyên giáo năm 2022\n\n"
_facts, _iv = headed(HEAD)


# ---- (1) a letterhead under the superior party organisation ----------------------------------
def test_the_committee_line_under_the_superior_organisation_is_the_issuer(ex: Extractor) -> None:
    text = (
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nHUYỆN ỦY SÓC SƠN\nBAN TUYÊN GIÁO\n\n"
        "Sóc Sơn, ngày 15 tháng 12 năm 2022\n\nBÁO CÁO\nCông tác tuyên giáo năm 2022\n\n"
        "1. Học tập nghị quyết\n"
        "- Báo cáo chuyên đề gửi Thường trực Thành ủy: 20;\n"
        "- Số lớp ở cơ sở: 120;\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got == [("Huyện Sóc Sơn", "other", 20.0), ("Huyện Sóc Sơn", "study_sessions", 120.0)]


# ---- (2) "Toàn thành phố" opening a sentence -------------------------------------------------
def test_toan_thanh_pho_opening_a_sentence_is_the_city(ex: Extractor) -> None:
    text = (
        "Ngày 20/4/2024\n\nThành ủy TP.HCM tổng kết cuộc thi tìm hiểu lịch sử Đảng bộ Thành phố\n\n"
        "Tại Quận 5, Ban Tuyên giáo Quận ủy tổ chức 8 buổi tuyên truyền. "
        "Toàn thành phố có 40.500 lượt người dự thi.\n"
    )
    got = [(f[0], f[3], f[4]) for f in facts(ex, text)]
    assert got[-1] == ("Thành phố Hồ Chí Minh", "contest_entries", 40500.0)


# ---- (3) prizes named by whom they go to ------------------------------------------------------
def test_prizes_for_collectives_or_individuals_are_prizes(ex: Extractor) -> None:
    body = "Ban tổ chức trao 3 giải Nhất, 20 giải cá nhân và 4 giải tập thể cho các đơn vị."
    assert _iv(ex, body) == []


# ---- (4) a bare "lượt" under a lead-in naming what is counted ---------------------------------
def test_a_bare_luot_on_a_list_line_is_what_the_lead_in_counts(ex: Extractor) -> None:
    body = (
        "Sau 4 tuần, các xã có số lượt dự thi nhiều nhất gồm:\n"
        "- Xã Uy Nỗ: 2.310 lượt;\n"
        "- Xã Kim Chung: 1.985 lượt.\n"
    )
    assert _iv(ex, body) == [("contest_entries", 2310.0), ("contest_entries", 1985.0)]


# ---- (5) programmes aired named on a list line -------------------------------------------------
def test_broadcast_programmes_named_by_a_label_are_news_items(ex: Extractor) -> None:
    body = "2. Tuyên truyền\n- Chương trình phát sóng trên Đài Truyền thanh các xã: 96;\n"
    assert _iv(ex, body) == [("news_items", 96.0)]


# ---- (6) a long list of things, or a report's topic, as a label ------------------------------
def test_a_long_list_of_things_or_a_topic_in_a_label_is_counted_as_other(ex: Extractor) -> None:
    body = (
        "3. Tuyên truyền trực quan\n"
        "- Pano, áp phích, băng rôn, cờ phướn: 860;\n"
        "- Báo cáo chuyên đề về công tác giáo dục chính trị gửi Thường trực Huyện ủy: 14.\n"
    )
    assert _iv(ex, body) == [("other", 860.0), ("other", 14.0)]


# ---- (7) essays written after a study ----------------------------------------------------------
def test_bai_thu_hoach_are_no_news_items(ex: Extractor) -> None:
    body = (
        "2. Học tập nghị quyết\n- Bài thu hoạch của cán bộ, đảng viên: 3.120;\n\n"
        "Sau học tập, đảng viên các chi bộ nộp 2.450 bài thu hoạch. Trang tin huyện đăng 95 bài."
    )
    assert _iv(ex, body) == [("other", 3120.0), ("other", 2450.0), ("news_items", 95.0)]


# ---- (8) the kind of the label's things after the number --------------------------------------
def test_dinh_ky_and_dot_xuat_after_a_label_count_the_labels_things(ex: Extractor) -> None:
    body = "4. Dư luận xã hội\n- Báo cáo dư luận xã hội: 24 định kỳ, 6 đột xuất.\n"
    assert _iv(ex, body) == [("opinion_reports", 24.0), ("opinion_reports", 6.0)]


# ---- (9) a long contest name before the dash --------------------------------------------------
def test_a_long_contest_name_before_luot_du_thi(ex: Extractor) -> None:
    body = (
        "5. Hưởng ứng\n"
        "- Cuộc thi viết “Đông Anh – quê hương tôi đổi mới” do Huyện đoàn phát động trên các nền "
        "tảng mạng xã hội – lượt dự thi: 2.318;\n"
    )
    assert _iv(ex, body) == [("contest_entries", 2318.0)]


# ---- (10) a limit set by a rule -----------------------------------------------------------------
def test_a_limit_set_by_a_rule_is_no_count(ex: Extractor) -> None:
    body = "Có buổi sinh hoạt chỉ được tổ chức với không quá 50 người theo quy định phòng dịch."
    assert _iv(ex, body) == []


# ---- (11) an interview tag in a TV transcript ---------------------------------------------------
def test_an_interview_tag_naming_an_official_makes_the_quote_the_units(ex: Extractor) -> None:
    body = (
        "[Phỏng vấn – Đồng chí Lê Văn Tâm, Trưởng ban Tuyên giáo Huyện ủy Đông Anh]\n"
        "“Năm qua, Ban đã tham mưu tổ chức 5 hội nghị báo cáo viên cấp huyện.”\n\n"
        "[Phỏng vấn – Bà Nguyễn Thị Hòa, người dân thôn Đông]\n"
        "“Thôn tôi tháng nào cũng có 3 buổi nói chuyện.”\n"
    )
    assert _iv(ex, body) == [("reporter_conferences", 5.0)]


# ---- (12) "đội ngũ N báo cáo viên" -----------------------------------------------------------
def test_doi_ngu_names_the_corps_after_its_meetings(ex: Extractor) -> None:
    body = "Ban tổ chức 9 hội nghị báo cáo viên, cung cấp tài liệu cho đội ngũ 31 báo cáo viên của huyện."
    got = [(f[2], f[3], f[4]) for f in _facts(ex, body)]
    assert got == [("2022-12-31", "reporter_conferences", 9.0), ("2022-12-31", "reporters", 31.0)]


# ---- (13) an average worked out from a total ---------------------------------------------------
def test_an_average_per_period_after_a_total_is_no_count(ex: Extractor) -> None:
    body = "Trong nhiệm kỳ, huyện tổ chức 30 hội nghị, bình quân mỗi quý gần 8 hội nghị."
    assert values(ex, HEAD + body) == [30.0]
    # an average rate stays a fact
    body = "Huyện tổ chức 4 đợt học tập nghị quyết, bình quân mỗi đợt có 96% đảng viên tham gia học tập."
    assert 96.0 in values(ex, HEAD + body)


# ---- (14) where residents come from ------------------------------------------------------------
def test_a_share_of_residents_from_other_provinces_is_population(ex: Extractor) -> None:
    body = "Huyện có 40 nghìn dân, trong đó khoảng 40% là người từ các tỉnh khác đến làm ăn."
    assert _iv(ex, body) == []


# ---- (15) a span of time before a closing bracket --------------------------------------------
def test_a_span_of_months_before_a_bracket_is_a_duration(ex: Extractor) -> None:
    body = "Lực lượng báo cáo viên huyện gồm 33 đồng chí (bổ sung 3 đồng chí trong 6 tháng)."
    assert values(ex, HEAD + body) == [33.0]


# ---- (16) organisations an activity was held for ----------------------------------------------
def test_party_organisations_listed_with_an_audience_are_no_count(ex: Extractor) -> None:
    body = "Huyện tổ chức 2 hội nghị học tập nghị quyết cho cán bộ chủ chốt của huyện và 12 đảng bộ xã."
    assert _iv(ex, body) == [("study_sessions", 2.0)]


# ---- (17) people commended ---------------------------------------------------------------------
def test_people_given_a_certificate_are_commended_individuals(ex: Extractor) -> None:
    body = "Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tuyên truyền viên có nhiều đóng góp."
    assert _iv(ex, body) == [("commended_individuals", 6.0)]


# ---- (18) "một" introducing a speaker ----------------------------------------------------------
def test_mot_introducing_a_speaker_counts_nothing(ex: Extractor) -> None:
    body = "Trao đổi bên lề hội nghị, một báo cáo viên của Đảng ủy xã Xuân Nộn cho biết: “Tôi đi từng nhà.”"
    assert _iv(ex, body) == []
    # (one that is counted stays a fact)
    body = "Huyện có thêm một báo cáo viên được công nhận báo cáo viên giỏi cấp thành phố."
    assert values(ex, HEAD + body) == values(ex, HEAD + body.replace("một", "1"))


# ---- (19) a workplace's workers in a relative clause --------------------------------------------
def test_workers_of_a_place_in_a_noi_co_clause_are_population(ex: Extractor) -> None:
    body = (
        "Cụm công nghiệp Nguyên Khê, nơi có gần 8.000 công nhân đang làm việc, là nơi được chọn "
        "tổ chức 6 buổi tuyên truyền pháp luật."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 6.0)]


# ---- (20) a rate per person and the country's people --------------------------------------------
def test_a_rate_per_person_and_the_countrys_workers_are_no_facts(ex: Extractor) -> None:
    body = (
        "Chính sách hỗ trợ tiền thuê nhà với mức 300.000 đồng/người đã đến với hơn 2 triệu người "
        "lao động cả nước."
    )
    assert _iv(ex, body) == []
