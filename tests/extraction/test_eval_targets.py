"""The extractor against the labeled evaluation set (tests/eval/), scored like `dwh eval`.

`dev/` is what the rules were developed on: it must meet the issue's targets. `holdout/` was
kept unseen until the end of the first build and scored once (see tests/eval/README.md); its
floors are that measurement, so the test guards against regressions on text the rules were
not written for. They are below the targets on purpose: raising them means better rules, not
rules for those ten documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.extraction import Extractor
from orchestration.extraction.evaluate import evaluate

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.default()


def test_dev_set_meets_the_targets(extractor: Extractor) -> None:
    report = evaluate(EVAL_DIR / "dev" / "gold.jsonl", extractor).as_dict()
    assert report["documents"] >= 27
    assert report["detection"]["f1"] >= 0.95, report["detection"]
    assert report["typed"]["f1"] >= 0.92, report["typed"]
    assert report["qualifier_accuracy"] >= 0.95
    assert report["trap_hits"] == 0


def test_holdout_set_does_not_regress(extractor: Extractor) -> None:
    report = evaluate(EVAL_DIR / "holdout" / "gold.jsonl", extractor).as_dict()
    # first unseen measurement (2026-11-22, session 1): detection 0.944, typed 0.907,
    # qualifiers 0.986, 3 trap hits of 81. Seen since (session 2 fixed the language rules its
    # misses showed): detection 0.987, typed 0.937, qualifiers 1.000, 0 trap hits.
    assert report["detection"]["f1"] >= 0.98, report["detection"]
    assert report["typed"]["f1"] >= 0.93, report["typed"]
    assert report["qualifier_accuracy"] >= 0.95
    assert report["trap_hits"] == 0


def test_holdout2_does_not_regress(extractor: Extractor) -> None:
    """holdout2: 12 reports written without seeing the extractor, scored once unseen at the end
    of session 2 (2026-11-22): detection 0.885, typed 0.841, qualifiers 1.000, 5 trap hits of 180.
    holdout2 became a tuning set in session 3: rules for the language its misses showed (units of
    several sections, territory and population, attendees of an activity, plan and theme periods,
    hostile content ...). After tuning: detection 1.000, typed 1.000, qualifiers 1.000, 0 trap
    hits. These floors guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout2" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 1.00, report["detection"]
    assert report["typed"]["f1"] >= 1.00, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] == 0


def test_holdout3_does_not_regress(extractor: Extractor) -> None:
    """holdout3: 14 reports written in session 3 by a labeler who never saw the extractor, scored
    once at the end of session 3 (2026-11-22), after every rule of that session: detection 0.964,
    typed 0.948, qualifiers 1.000, 7 trap hits of 215 (money amounts, a population share, a road
    name, counts of communes and residents), doc dates 13 of 14. holdout3 became a tuning set in
    session 4 (holdout4 is the unseen set now): rules for the language its misses showed (money,
    shares of a population, road names, territory and residents, plan sections, bare counted
    nouns, as-of dates, inferred dates; tests in tests/extraction/test_language_cases_4.py).
    After tuning: detection 1.000, typed 1.000, qualifiers 1.000, 0 trap hits, doc dates 14 of 14.
    These floors guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout3" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 1.00, report["detection"]
    assert report["typed"]["f1"] >= 1.00, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] == 0


def test_holdout4_does_not_regress(extractor: Extractor) -> None:
    """holdout4: 14 reports by a labeler who never saw the extractor, scored once unseen:
    detection 0.861, typed 0.847, qualifiers 0.996, 20 trap hits of 376, doc dates 14 of 14.
    holdout4 became a tuning set in session 5: rules for the language its misses showed (a term
    opening a paragraph, concessive clauses, a section's period, landmarks and document names
    naming a unit, scores, visitors, survey findings, buildings, per-item norms, purposes shared
    over a list, names and times ending in a number, "tổng số", "tỷ lệ"; tests in
    tests/extraction/test_language_cases_5.py). After tuning: detection 0.989, typed 0.989,
    qualifiers 1.000, 1 trap hit. These floors guard those rules against regressions; they say
    nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout4" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.98, report["detection"]
    assert report["typed"]["f1"] >= 0.98, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 1


def test_holdout5_does_not_regress(extractor: Extractor) -> None:
    """holdout5: 14 reports by a fifth labeler who never saw the extractor, scored once unseen with
    extractor 1.0.2: detection 0.865, typed 0.852, qualifiers 1.000, 14 trap hits of 339.
    holdout5 became a tuning set in session 6: rules for the language its misses showed (an
    official's quoted figures, "từ năm N đến nay", the report's own span, comparisons, concessive
    openers, captions, pages, buildings, age groups, survey shares, followers, units named as a
    model, an address, a link, a passive agent or a superlative's scope; tests in
    tests/extraction/test_language_cases_6.py). After tuning (extractor 1.0.3): detection 0.997,
    typed 0.997, qualifiers 1.000, 0 trap hits. These floors guard those rules against
    regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout5" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] == 0


def test_holdout6_does_not_regress(extractor: Extractor) -> None:
    """holdout6: 12 reports by a sixth labeler who never saw the extractor, scored once unseen with
    extractor 1.0.3 (after the holdout5 rules): detection 0.858, typed 0.840, qualifiers 1.000,
    11 trap hits of 259, doc dates 11 of 12. holdout6 became a tuning set in session 7: rules for
    the language its misses showed (a dateline after "Quận 4,", month counts in words, "cả năm",
    "Trong 6 tháng," and a concession's month, "hiện có" after a comma, list lines under a
    lead-in, an official's quotation naming the unit, prizes, rankings, capacities, ranges
    without "từ", shares of a plan, turnout, dashes inside names, comparison bases, a document's
    term, a theme's year, talks counted in times, programmes aired; tests in
    tests/extraction/test_language_cases_7.py). After tuning (extractor 1.0.4): detection 0.998, typed 0.998,
    qualifiers 1.000, 0 trap hits, doc dates 12 of 12. These floors guard those rules against
    regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout6" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] == 0


def test_holdout7_does_not_regress(extractor: Extractor) -> None:
    """holdout7: 14 reports by a seventh labeler who never saw the extractor, scored once unseen
    with extractor 1.0.4 (after the holdout6 rules): detection 0.857, typed 0.836, qualifiers
    1.000, 15 trap hits of 259, doc dates 14 of 14. holdout7 became a tuning set in session 8:
    rules for the language its misses showed ("Label: N" list lines and "số ... đã lên N", a
    report sent to a city body, names in quotes and brackets, "Cả nhiệm kỳ," and "trong 9
    tháng" as the report's span, a goal's year, "mỗi tháng", "từ đầu tháng 7", a resident's
    quotation inside a paragraph, workforces, populations listed with wards, survey and
    age-group shares, doses per person, prizes by rank, a plan's programmes, shares of an
    economy, holdings of a place, "một trong N" of the unit's own activities, a province as the
    topic, predecessor wards, dashed ward names, "dự học", episodes aired, "hội nghị cấp huyện",
    contest entrants; tests in tests/extraction/test_language_cases_8.py). After tuning
    (extractor 1.0.5): detection 1.000, typed 1.000, qualifiers 1.000, 0 trap hits, doc dates
    14 of 14. These floors guard those rules against regressions; they say nothing about
    unseen text."""
    report = evaluate(EVAL_DIR / "holdout7" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] == 0


def test_holdout8_does_not_regress(extractor: Extractor) -> None:
    """holdout8: 11 reports by an eighth labeler who never saw the extractor, scored once unseen
    with extractor 1.0.5 (after the holdout7 rules): detection 0.766, typed 0.746, qualifiers
    1.000, 7 trap hits of 163, doc dates 9 of 11. holdout8 became a tuning set in session 8:
    rules for the language its misses showed (a web page's "Cập nhật ngày ..." dateline, a
    headline's period taking the year the next sentence states, a unit after a bullet heading
    its section, a headline's last plan word, a concession's quarter near the top, people who
    did not take part, members of an organisation, voting areas, parts of a printed item, "số
    thành viên hiện nay N người", issues of a programme, contestants, a list line's second
    label, a day and month before "và"; tests in tests/extraction/test_language_cases_9.py).
    After tuning (extractor 1.0.6): detection 0.993, typed 0.993, qualifiers 1.000, 2 trap hits
    (two "điểm cầu" that the gold labels as traps, against the earlier decision in
    tests/eval/README.md that counts them as `other`), doc dates 11 of 11. These floors guard
    those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout8" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 2
    assert report["doc_date_accuracy"] == 1.0


def test_holdout9_does_not_regress(extractor: Extractor) -> None:
    """holdout9: 12 reports by a ninth labeler who never saw the extractor, scored once unseen
    with extractor 1.0.6 (after the holdout8 rules): detection 0.872, typed 0.831, qualifiers
    1.000, 7 trap hits of 243, doc dates 12 of 12. holdout9 became a tuning set in session 8:
    rules for the language its misses showed (a table written as text lines with one unit a
    column, a numbered heading as the lead-in of its list lines, a list line's label naming only
    a level or who took part, a paragraph run in after a plan label, prizes won by people,
    entries picked for a last round, growth rates, a request for staff, "chưa tính", an area
    divided into parts, a congress's number in a document's name, a unit in brackets after a
    place, a campaign month named by its title, "phát hành đủ N số"; tests in
    tests/extraction/test_language_cases_10.py). After tuning (extractor 1.0.7): detection 0.972,
    typed 0.966, qualifiers 1.000, 0 trap hits, doc dates 12 of 12. These floors guard those
    rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout9" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.97, report["detection"]
    assert report["typed"]["f1"] >= 0.96, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 0
    assert report["doc_date_accuracy"] == 1.0


def test_holdout10_does_not_regress(extractor: Extractor) -> None:
    """holdout10: 12 reports by a tenth labeler who never saw the extractor, scored once unseen
    with extractor 1.0.7 (after the holdout9 rules): detection 0.834, typed 0.824, qualifiers
    1.000, 12 trap hits of 239, doc dates 12 of 12. holdout10 became a tuning set in session 9:
    rules for the language its misses showed (a letterhead in capitals naming the unit's party
    committee, "Tính đến ngày ..." opening a section, "số <noun> ... là N đồng chí", a rate after
    an attendance, a quotation attributed by a short name to an official introduced before it or
    summing up "các chi bộ", a goal's "để trở thành", a list line's label outside the taxonomy;
    traps for a turnout in a list line, a bare prize count, a committee's party organisations and
    members, party organisations listed with wards, a comparison whose base opens the sentence, a
    contest's best, a workforce in a "nơi có" clause, an area in km², "2/9 do ..."; tests in
    tests/extraction/test_language_cases_11.py). After tuning (extractor 1.0.8): detection 1.000,
    typed 1.000, qualifiers 1.000, 2 trap hits (the gold's traps "3" and "5", meant for the
    numbers of two headings, overlap the facts "Hội nghị báo cáo viên: 03" and "Lớp bồi dưỡng:
    05" that the same gold counts), doc dates 12 of 12. These floors guard those rules against
    regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout10" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 2
    assert report["doc_date_accuracy"] == 1.0


def test_holdout11_does_not_regress(extractor: Extractor) -> None:
    """holdout11: 12 reports by an eleventh labeler who never saw the extractor, scored once
    unseen with extractor 1.0.8 (after the holdout10 rules): detection 0.869, typed 0.857,
    qualifiers 1.000, 10 trap hits of 283, doc dates 9 of 12 (three administrative datelines
    under a letterhead or a bulletin's number, below the first three lines, were not read).
    holdout11 became a tuning set in session 9: rules for the language its misses showed (an
    administrative "<place>, ngày ..." dateline on a line of its own under a letterhead, "Từ ngày
    D/M/Y, ..." opening a sentence with no end, a goal "để lên quận", a speech introduced as an
    official's, a ward's heading in capitals with a title after the colon, ", số thành viên hiện
    nay" ending the clause before it, "lượt ... ước đạt N", a rate in the clause after an
    attendance, reports sharing the purpose named after the last one; traps for words in
    single quotes after a colon, the people and households of places a unit has, universities,
    party organisations members "sinh hoạt ở", a policy's support package, "trao N giải cho
    ...", people "bổ sung" to a stock, a vehicle's runs; tests in
    tests/extraction/test_language_cases_12.py). After tuning (extractor 1.0.9): detection
    0.998, typed 0.998, qualifiers 1.000, 1 trap hit, doc dates 12 of 12. The trap hit is "mỗi
    năm quận tổ chức từ 10 đến 12 hội nghị báo cáo viên", which the gold makes a trap while an
    earlier decision (test_language_cases_7: "Mỗi quý, trung tâm mở 3 đến 5 lớp" → a fact)
    counts a per-period range, so no rule was written for it. These floors guard those rules
    against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout11" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 1
    assert report["doc_date_accuracy"] == 1.0


def test_holdout12_does_not_regress(extractor: Extractor) -> None:
    """holdout12: 12 reports by a twelfth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.9 (after the holdout11 rules): detection 0.890, typed 0.861,
    qualifiers 1.000, 12 trap hits of 266, doc dates 11 of 12 (a broadcast's header with its
    airing time was not read as a dateline).
    holdout12 became a tuning set in session 9: rules for the language its misses showed (a
    broadcast header's airing time before the date, an official's speaker label in a
    transcript, a lettered heading in capitals over list lines, a list label's words after a
    dash, a bulletin's issue month giving way to the article's own period, a superlative's
    scope, "lượt ... ước đạt N" after a long phrase, "riêng <people> có N lượt tham dự", a
    clause opener after a section's colon, "số ... chưa tham gia ... N người", "phát hành đủ N
    số dù"; traps for a meeting's "Thành phần:" line and the copies of its minutes, party
    organisations a study was held "tại", party organisations with their members as the subject
    of the work, "có khu phố nhóm dưới N thành viên", a unit's staffing; tests in
    tests/extraction/test_language_cases_13.py). After tuning (extractor 1.0.10): detection
    0.992, typed 0.992, qualifiers 1.000, 4 trap hits, doc dates 12 of 12. The four trap hits are
    "N điểm cầu" (21, 96, 126, 312), which the gold makes traps while LABELING.md and four facts
    of dev, holdout2 and holdout5 count connection points as `other`, so no rule was written for
    them. These floors guard those rules against regressions; they say nothing about unseen
    text."""
    report = evaluate(EVAL_DIR / "holdout12" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.985, report["detection"]
    assert report["typed"]["f1"] >= 0.985, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 4
    assert report["doc_date_accuracy"] == 1.0


def test_holdout13_does_not_regress(extractor: Extractor) -> None:
    """holdout13: 12 reports by a thirteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.10 (after the holdout12 rules): detection 0.826, typed 0.821,
    qualifiers 1.000, 11 trap hits of 268, doc dates 11 of 12 (a social page's post stamp "02
    tháng 10, 2020 lúc 20:15" was not read as a dateline, and its "tháng 10" dated every fact).
    holdout13 became a tuning set in session 9: rules for the language its misses showed (a
    post stamp as the dateline, a sapo in capitals, a speech of several paragraphs each opening
    with “, a theme of the year without quotes, "số người theo dõi ... hiện nay khoảng N", ";
    tỷ lệ: N%" after an attendance on a list line, "dự học" in a table row, a list label naming
    its things before their purpose, an age of some people after a comma; traps for voters of a
    place, "tăng N lần", "trong đó ... chiếm N%", the value of a contest's prizes, groups of
    wards, finalists on a list line, awards proposed after their receivers, "kế hoạch ... sẽ"
    after the number, an institution's people, apartment towers, "N giải khác"; tests in
    tests/extraction/test_language_cases_14.py). After tuning (extractor 1.0.11): detection
    1.000, typed 1.000, qualifiers 1.000, 0 trap hits, doc dates 12 of 12. These floors guard
    those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout13" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 1
    assert report["doc_date_accuracy"] == 1.0


def test_holdout14_does_not_regress(extractor: Extractor) -> None:
    """holdout14: 12 reports by a fourteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.11 (after the holdout13 rules): detection 0.835, typed 0.795,
    qualifiers 1.000, 11 trap hits of 252, doc dates 12 of 12 (a letterhead "ĐẢNG BỘ THÀNH PHỐ
    HÀ NỘI" over "HUYỆN ỦY THẠCH THẤT" gave a whole report's facts to the city).
    holdout14 became a tuning set in session 9: rules for the language its misses showed (the
    committee line under the superior organisation as the issuer, "Toàn thành phố" opening a
    sentence, a bare "lượt" under a lead-in naming "số lượt dự thi", "chương trình phát thanh"
    on a list line, long labels listing things or naming a topic or recipient, "bài thu hoạch",
    "N định kỳ, M đột xuất" after a label, a long contest name before "– lượt dự thi", a TV
    transcript's interview tag, "đội ngũ N báo cáo viên", "tặng giấy khen cho N báo cáo viên";
    traps for "N giải tập thể", a limit "theo quy định", "bình quân mỗi năm N", where residents
    come from, "trong 6 tháng)", organisations an activity was held for, "một ... kể:", workers
    in a "nơi có" clause, "mức N đồng/người", people "cả nước"; tests in
    tests/extraction/test_language_cases_15.py). After tuning (extractor 1.0.12): detection
    0.986, typed 0.973, qualifiers 1.000, 2 trap hits, doc dates 12 of 12. These floors guard
    those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout14" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.98, report["detection"]
    assert report["typed"]["f1"] >= 0.965, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 3
    assert report["doc_date_accuracy"] == 1.0


def test_holdout15_does_not_regress(extractor: Extractor) -> None:
    """holdout15: 12 reports by a fifteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.12 (after the holdout14 rules): detection 0.857, typed 0.831,
    qualifiers 1.000, 12 trap hits of 326, doc dates 12 of 12.
    holdout15 became a tuning set in session 9: rules for the language its misses showed (a
    speech a news portal introduces, "cổng thông tin" being no "thôn"; "ĐẢNG ỦY PHƯỜNG ..."
    under the superior organisation as the issuer; a sub-heading "a)" under a numbered heading as
    the lead-in; "Đảng viên dự học: N/M đồng chí"; a city body after "phối hợp" as a partner;
    traps for a post's reactions, parts of a count after "trong đó", a list line of picked
    entries repeating its noun, "nơi làm việc của", "tăng thêm ..., nâng tổng số lên", "có điểm
    cao nhất"; tests in tests/extraction/test_language_cases_16.py). After tuning (extractor
    1.0.13): detection 0.979, typed 0.958, qualifiers 1.000, 4 trap hits, doc dates 12 of 12.
    These floors guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout15" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.97, report["detection"]
    assert report["typed"]["f1"] >= 0.95, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 5
    assert report["doc_date_accuracy"] == 1.0


def test_holdout16_does_not_regress(extractor: Extractor) -> None:
    """holdout16: 12 reports by a sixteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.13 (after the holdout15 rules): detection 0.933, typed 0.915,
    qualifiers 1.000, 11 trap hits of 210, doc dates 12 of 12.
    holdout16 became a tuning set in session 10: rules for the language its misses showed (the
    days a congress sat are no period of the work it reviews; a speech introduced by a paragraph
    ending in a colon; words in single quotes inside an official's speech; an activity named by
    its level before a comma; a dash after a list line's first number opening its next label; a
    table's rate row under its attendance row; "số thành viên khoảng N người"; bullets and emoji
    before a line's first word; a grouped number after a capitalised word; "phát hành đủ N kỳ";
    traps for apartment towers and their residents, people in apposition to an institution,
    bodies merged, the count before "nâng tổng số lên", entries named by a superlative, party
    organisations named for their people or a task; tests in
    tests/extraction/test_language_cases_17.py). After tuning (extractor 1.0.14): detection
    0.993, typed 0.993, qualifiers 1.000, 3 trap hits (three "N điểm cầu" the gold makes traps,
    against the earlier decision that counts them as `other`), doc dates 12 of 12. These floors
    guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout16" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 3
    assert report["doc_date_accuracy"] == 1.0


def test_holdout17_does_not_regress(extractor: Extractor) -> None:
    """holdout17: 12 reports by a seventeenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.14 (after the holdout16 rules): detection 0.884, typed 0.829,
    qualifiers 1.000, 5 trap hits of 226, doc dates 12 of 12.
    holdout17 became a tuning set in session 10: rules for the language its misses showed (a
    dateline under a letterhead is no section heading; a broadcaster's letterhead names no
    subject; months in brackets after a count are no period; a line ending in ":" above a table
    leads in its rows; a list line ending in ":" leads in the lines under it; a list line goes on
    from the one above it, and a section's title right above a paragraph describes its bare
    nouns; a label naming its own things keeps "N đợt"; "số thành viên của N nhóm ... khoảng M
    người"; an official speaking of "của huyện"; a speaker introduced after another sentence;
    money a list label says funds the work; "đạt N%" after an attendance; "riêng quần chúng có N
    lượt dự nghe" after a study's rate; "40 – 45 buổi"; a vehicle's runs in a label; "Bài thu
    hoạch: N bài"; traps for the size a gathering was held to and party organisations as the
    subject of the work; tests in tests/extraction/test_language_cases_18.py). After tuning
    (extractor 1.0.15): detection 0.996, typed 0.996, qualifiers 1.000, 2 trap hits (two "N điểm
    cầu" the gold makes traps, against the earlier decision that counts them as `other`), doc
    dates 12 of 12. These floors guard those rules against regressions; they say nothing about
    unseen text."""
    report = evaluate(EVAL_DIR / "holdout17" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 2
    assert report["doc_date_accuracy"] == 1.0


def test_holdout18_does_not_regress(extractor: Extractor) -> None:
    """holdout18: 12 reports by an eighteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.15 (after the holdout17 rules): detection 0.963, typed 0.944,
    qualifiers 1.000, 7 trap hits of 213, doc dates 12 of 12.
    holdout18 became a tuning set in session 10: rules for the language its misses showed (a
    range does not run over a line break; a stock's "(tính đến ...)" in brackets dates it; a
    bracket opening with "hiện có" dates only its own stock; a paragraph of a speech goes on
    past a quoted title; "Ban", "Huyện ủy" take no number as a name; a paragraph opening with a
    bare noun goes on from the paragraph before; a later label naming only where keeps the first
    label's noun; the parts in brackets "(gồm ...)" of a count; a second item of what a verb
    aired; the people of schools or workplaces counted before "với"/"có"; tests in
    tests/extraction/test_language_cases_19.py). After tuning (extractor 1.0.16): detection
    0.992, typed 0.992, qualifiers 1.000, 4 trap hits (four "N điểm cầu" the gold makes traps,
    against the earlier decision that counts them as `other`), doc dates 12 of 12. These floors
    guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout18" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 4
    assert report["doc_date_accuracy"] == 1.0


def test_holdout19_does_not_regress(extractor: Extractor) -> None:
    """holdout19: 12 reports by a nineteenth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.16 (after the holdout18 rules): detection 0.966, typed 0.945,
    qualifiers 1.000, 8 trap hits of 201, doc dates 12 of 12.
    holdout19 became a tuning set in session 10: rules for the language its misses showed (a
    sentence may open with a figure after ". "; numbers in brackets adding up to the count
    before them are its parts; "(đạt N%)" after an attendance; a bare noun followed by its year;
    a year after a theme's quoted title names the theme; "một" listed with other counts in a
    quotation; a unit's section title describes every sentence of its paragraph; "có lượt ...
    ước đạt N"; traps for members in apposition to an organisation and the people of a place in
    a "nơi làm việc của" clause; tests in tests/extraction/test_language_cases_20.py). After
    tuning (extractor 1.0.17): detection 0.989, typed 0.989, qualifiers 1.000, 2 trap hits (two
    "N điểm cầu" the gold makes traps, against the earlier decision that counts them as
    `other`), doc dates 12 of 12; the one miss left is "từ 38 buổi nói chuyện chuyên đề năm 2021
    lên 146 buổi năm 2022", whose "chuyên đề năm 2021" reads as the year's study theme. These
    floors guard those rules against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout19" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.985, report["detection"]
    assert report["typed"]["f1"] >= 0.985, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 2
    assert report["doc_date_accuracy"] == 1.0


def test_holdout20_does_not_regress(extractor: Extractor) -> None:
    """holdout20: 12 reports by a twentieth labeler who never saw the extractor, scored once
    unseen with extractor 1.0.17 (after the holdout19 rules): detection 0.964, typed 0.926,
    qualifiers 1.000, 7 trap hits of 218, doc dates 12 of 12.
    holdout20 became a tuning set in session 10: rules for the language its misses showed ("chi,
    đảng bộ" is one noun over its comma; "Label: N người" counts the people its label names; a
    name with a number before a dash leaves the noun after it; a table row of those who did not
    take part is `other`; "dự nghe" in a label leaves the activity to the lead-in; an official
    speaking for the unit anywhere in a quotation, or naming the unit as its opening subject,
    speaks for it in all of it; a year after a law's name names the law; "chạy", "treo", "phát
    sóng" after "hiện có" are work; a quotation right after another one closed its sentence is
    a new sentence; tests in tests/extraction/test_language_cases_21.py). After tuning
    (extractor 1.0.18): detection 0.993, typed 0.993, qualifiers 1.000, 3 trap hits (three "N
    điểm cầu" the gold makes traps, against the earlier decision that counts them as `other`),
    doc dates 12 of 12, no miss left. These floors guard those rules against regressions; they
    say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout20" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 3
    assert report["doc_date_accuracy"] == 1.0


def test_holdout21_does_not_regress(extractor: Extractor) -> None:
    """holdout21: 12 reports by a twenty-first labeler who never saw the extractor, scored once
    unseen with extractor 1.0.18 (after the holdout20 rules): detection 0.967, typed 0.874,
    qualifiers 0.994, 4 trap hits of 186, doc dates 12 of 12.
    holdout21 became a tuning set in session 10: an article about several units' study names it
    in its headline or lead, and a bare "hội nghị" / "lớp" in a unit's section under it counts
    that study (tests in tests/extraction/test_language_cases_22.py). After tuning (extractor
    1.0.19): detection 0.970, typed 0.959, qualifiers 0.994, 4 trap hits, doc dates 12 of 12.
    These floors guard that rule against regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout21" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.965, report["detection"]
    assert report["typed"]["f1"] >= 0.955, report["typed"]
    assert report["qualifier_accuracy"] >= 0.99
    assert report["trap_hits"] <= 4
    assert report["doc_date_accuracy"] == 1.0
