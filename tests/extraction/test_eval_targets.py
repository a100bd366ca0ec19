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
    tests/eval/README.md that counted them as `other`; 0 since session 12 switched that decision
    to the labelers' reading), doc dates 11 of 11. These floors guard those rules against
    regressions; they say nothing about unseen text."""
    report = evaluate(EVAL_DIR / "holdout8" / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= 0.99, report["detection"]
    assert report["typed"]["f1"] >= 0.99, report["typed"]
    assert report["qualifier_accuracy"] >= 1.00
    assert report["trap_hits"] <= 0
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


# Sets written by labelers who never saw the extractor, each scored once unseen and then tuned
# on (sessions 9 to 14). Their unseen scores, the rules each set taught and the gold labels not
# followed are in tests/eval/README.md. The floors sit just below each set's score after its
# tuning: they guard those rules against regressions and say nothing about unseen text. (The
# "điểm cầu" trap hits noted until session 11 are gone: session 12 made "N điểm cầu" a trap, as
# the labelers of these sets read it; their trap floors went down with them.)
#   split: (detection F1, typed F1, qualifier accuracy, trap hits at most); documents' dates all right
TUNED_FLOORS = {
    "holdout10": (0.99, 0.99, 1.00, 0),  # unseen 0.834 / 0.824 (1.0.7)
    "holdout11": (0.99, 0.99, 1.00, 0),  # unseen 0.869 / 0.857 (1.0.8)
    "holdout12": (0.985, 0.985, 1.00, 0),  # unseen 0.890 / 0.861 (1.0.9)
    "holdout13": (0.99, 0.99, 1.00, 1),  # unseen 0.826 / 0.821 (1.0.10)
    "holdout14": (0.98, 0.965, 1.00, 3),  # unseen 0.835 / 0.795 (1.0.11)
    "holdout15": (0.97, 0.95, 1.00, 3),  # unseen 0.857 / 0.831 (1.0.12)
    "holdout16": (0.99, 0.99, 1.00, 0),  # unseen 0.933 / 0.915 (1.0.13)
    "holdout17": (0.99, 0.99, 1.00, 0),  # unseen 0.884 / 0.829 (1.0.14)
    "holdout18": (0.99, 0.99, 1.00, 0),  # unseen 0.963 / 0.944 (1.0.15)
    "holdout19": (0.985, 0.985, 1.00, 0),  # unseen 0.966 / 0.945 (1.0.16)
    "holdout20": (0.99, 0.99, 1.00, 0),  # unseen 0.964 / 0.926 (1.0.17)
    "holdout21": (0.97, 0.96, 0.99, 2),  # unseen 0.967 / 0.874 (1.0.18)
    "holdout22": (0.995, 0.995, 1.00, 0),  # unseen 0.965 / 0.965 (1.0.19)
    # holdout23: its 3 trap hits until session 12 were the gold's bare heading-number traps "2", "3"
    # standing also as the numbers of facts it counts ("3 báo cáo", "2 báo cáo"): not hits since
    # session 12's trap matching
    "holdout23": (0.995, 0.995, 1.00, 0),  # unseen 0.973 / 0.961 (1.0.20)
    "holdout24": (0.995, 0.995, 1.00, 0),  # unseen 0.962 / 0.923 (1.0.21)
    "holdout25": (0.98, 0.98, 1.00, 0),  # unseen 0.949 / 0.945 (1.0.22)
    # holdout26: 2 trap hits left (a project's households, a section's staff)
    "holdout26": (0.99, 0.99, 1.00, 2),  # unseen 0.957 / 0.946 (1.0.23)
    # holdout27: 1 trap hit left ("100% đảng viên viết bài thu hoạch", a trap in the gold)
    "holdout27": (0.995, 0.995, 1.00, 1),  # unseen 0.985 / 0.980 (1.0.24); tuned 0.998 / 0.998 (1.0.25)
    # holdout28: its 6 trap hits of 1.0.25 were the gold's bare heading-number traps ("2", "3" ...)
    # standing also as the numbers of facts the same gold counts ("2 trang fanpage"): not hits
    # since session 12's trap matching (a trap's text inside a same-value fact's evidence)
    "holdout28": (0.995, 0.995, 1.00, 0),  # unseen 0.984 / 0.943 (1.0.24); tuned 1.000 / 1.000 (1.0.25)
    # holdout29: 2 trap hits left (a clip's views given as an example, a team's size in a quotation)
    # tables (session 14): 0.957 / 0.957 (floors raised)
    "holdout29": (0.955, 0.955, 1.00, 2),  # unseen 0.932 / 0.932 (1.0.25); tuned 0.952 / 0.952 (1.0.26)
    "holdout30": (0.985, 0.985, 1.00, 0),  # unseen 0.954 / 0.954 (1.0.25); tuned 0.987 / 0.987 (1.0.26)
    "holdout31": (0.99, 0.99, 1.00, 0),  # unseen 0.984 / 0.984 (1.0.26); tuned 0.993 / 0.993 (1.0.27)
    "holdout32": (0.99, 0.985, 1.00, 0),  # unseen 0.958 / 0.954 (1.0.26); tuned 0.991 / 0.987 (1.0.27)
    # tables (session 14): 0.989 / 0.979 (floors raised)
    "holdout33": (0.985, 0.975, 1.00, 0),  # unseen 0.954 / 0.943 (1.0.27); tuned 0.967 / 0.957 (1.0.28)
    # holdout35: typed 0.94511 (tp 198, fp 11, fn 12 of 210 facts): one fact lost is 0.9426, under
    # 0.945, so the typed floor sits at 0.94, a margin of one fact (session 14's review)
    "holdout35": (0.95, 0.94, 1.00, 0),  # unseen 0.933 / 0.924 (1.0.27); tuned 0.955 / 0.945 (1.0.28)
    "holdout36": (0.985, 0.94, 1.00, 0),  # unseen 0.921 / 0.866 (1.0.28); tuned 0.989 / 0.943 (1.0.29)
    "holdout37": (0.995, 0.99, 1.00, 0),  # unseen 0.902 / 0.880 (1.0.28); tuned 1.000 / 0.991 (1.0.29)
    # tables (session 14): 0.984 / 0.975 (floors raised)
    "holdout38": (0.98, 0.97, 1.00, 0),  # unseen 0.966 / 0.956 (1.0.29); tuned 0.970 / 0.961 (1.0.30)
    # tables (session 14): 0.994 / 0.967 (floors raised); tables, second round: 1.000 / 0.972
    "holdout39": (1.00, 0.97, 1.00, 0),  # unseen 0.961 / 0.917 (1.0.29); tuned 0.989 / 0.961 (1.0.30)
    # tables (session 14): 0.980 / 0.975 (floors raised); the tables and 1.0.33's rules merged:
    # 0.980 / 0.980 (and so with 1.0.40)
    "holdout40": (0.975, 0.975, 1.00, 2),  # unseen 0.970 / 0.966 (1.0.30); tuned 0.970 / 0.966, 2 of 250 traps (1.0.31); 0.970 / 0.970 (1.0.33)
    "holdout41": (0.985, 0.96, 1.00, 3),  # unseen 0.888 / 0.874 (1.0.30); tuned 0.987 / 0.965, 3 of 249 traps (1.0.31)
    "holdout42": (0.98, 0.98, 1.00, 0),  # unseen 0.967 / 0.925, 2 of 190 traps (1.0.31); tuned 0.981 / 0.981, 0 (1.0.33)
    "holdout43": (0.965, 0.965, 1.00, 0),  # unseen 0.966 / 0.961, 0 of 228 traps (1.0.31); tuned 0.966 / 0.966 (1.0.33)
    "holdout44": (0.985, 0.985, 1.00, 0),  # unseen 0.976 / 0.976, 1 of 266 traps (1.0.33, session 14); tuned 0.986 / 0.986, 0 (1.0.34)
    "holdout45": (0.995, 0.965, 1.00, 0),  # unseen 0.964 / 0.937, 3 of 255 traps (1.0.33, session 14); tuned 0.996 / 0.969, 0 (1.0.34)
    "holdout48": (0.99, 0.975, 1.00, 1),  # unseen 0.981 / 0.958, 5 of 229 traps (1.0.33/1.0.34, session 14); tuned 0.991 / 0.976, 1 (1.0.35)
    "holdout49": (0.95, 0.93, 1.00, 2),  # unseen 0.819 / 0.783, 3 of 231 traps (1.0.33/1.0.34, session 14); tuned 0.954 / 0.924, 2 (1.0.35); 0.954 / 0.932 (1.0.37: the fourth round and the recurring decisions); 0.959 / 0.937 (1.0.38)
    "holdout50": (1.00, 0.99, 1.00, 0),  # unseen 0.995 / 0.989, 2 of 249 traps (1.0.35, session 14); tuned 1.000 / 0.995, 0 (1.0.36)
    "holdout51": (0.99, 0.975, 1.00, 0),  # unseen 0.793 / 0.722, 0 of 202 traps (1.0.35, session 14); tuned 0.992 / 0.979, 0 (1.0.36)
    "holdout46": (0.975, 0.97, 1.00, 0),  # unseen 0.970 / 0.965, 1 of 216 traps (1.0.36, session 14); tuned 0.980 / 0.975, 0 (1.0.37)
    "holdout47": (0.97, 0.95, 1.00, 0),  # unseen 0.910 / 0.890, 12 of 259 traps (1.0.36, session 14); tuned 0.972 / 0.951, 0 (1.0.37)
    "holdout54": (0.98, 0.975, 1.00, 0),  # unseen 0.950 / 0.942 (1.0.37/1.0.38, session 14), 3 of 257 traps; tuned 0.984 / 0.976, 0 (1.0.39)
    "holdout55": (0.975, 0.965, 1.00, 0),  # unseen 0.951 / 0.940 (1.0.37) and 0.953 / 0.943 (1.0.38, session 14), 2 of 247 traps; tuned 0.979 / 0.969, 0 (1.0.39)
    # holdout56: typed 0.95503 (tp 223, fp 7, fn 14 of 237 facts): a floor of 0.955 failed on any
    # one fact lost (0.9528); 0.95 leaves a margin of one fact (session 14's review)
    "holdout56": (0.97, 0.95, 1.00, 1),  # unseen 0.783 / 0.769 (1.0.39, session 14), 1 of 266 traps; tuned 0.972 / 0.955, 1 (1.0.40)
    "holdout57": (0.965, 0.945, 1.00, 1),  # unseen 0.916 / 0.896 (1.0.39, session 14), 17 of 256 traps, 10 of 12 dates; tuned 0.970 / 0.950, 1, 12 of 12 (1.0.40)
    "holdout52": (1.00, 1.00, 1.00, 0),  # unseen 0.954 / 0.949, 1 of 217 traps (1.0.41, 1.0.42; session 14); tuned 1.000 / 1.000, 0 (1.0.44, session 15)
    # holdout53: 1 trap hit left ("hơn 1.000 cán bộ, công chức thuộc diện sắp xếp", a one-off wording)
    "holdout53": (0.995, 0.995, 1.00, 1),  # unseen 0.949 / 0.935, 2 of 225 traps (1.0.41, 1.0.42; session 14); tuned 0.998 / 0.998, 1 (1.0.44, session 15)
    # holdout58: 0.99522 / 0.99522 (tp 208, fp 1, fn 1 of 209 facts): one fact lost is 0.9928,
    # under the floor (left: "Đầu tháng 3, phường tổ chức 1 buổi đối thoại", see tests/eval/README.md)
    "holdout58": (0.995, 0.995, 1.00, 0),  # unseen 0.897 / 0.893, 2 of 224 traps (1.0.42, end of session 14); tuned 0.995 / 0.995, 0 (1.0.43)
    "holdout59": (1.00, 1.00, 1.00, 0),  # unseen 0.972 / 0.959, 4 of 263 traps (1.0.42, end of session 14); tuned 1.000 / 1.000, 0 (1.0.43)
    "holdout61": (0.99, 0.99, 1.00, 2),  # unseen 0.957 / 0.952, 5 of 177 traps (1.0.42, session 15); tuned 0.991 / 0.991, 2 (1.0.45)
    "holdout63": (0.95, 0.94, 1.00, 2),  # unseen 0.925 / 0.859, 5 of 252 traps, 10 of 12 dates, qualifiers 0.994 (1.0.42, session 15); tuned 0.952 / 0.942, 2, 12 of 12, 1.000 (1.0.45)
    # holdout62: 1 trap hit left ("Toàn xã hiện có hơn 4.100 đò", a place's boats: other sets label
    # "toàn quận có N <thing>" a fact), and "cho 540 chủ đò" typed `other` (a one-off wording)
    "holdout62": (0.995, 0.99, 1.00, 1),  # unseen 0.907 / 0.873, 1 of 214 traps (1.0.42); 0.903 / 0.869 (1.0.46); tuned 0.998 / 0.993, 1 (1.0.47)
}

# Sets scored once, unseen, with the final extractor of a session and not tuned on (yet): their
# floors are that measurement, so later rules may not lose what the rules got right unseen.
UNSEEN_FLOORS: dict[str, tuple[float, float, float, int]] = {
    "holdout60": (0.945, 0.935, 1.00, 6),  # unseen 0.949 / 0.937, 6 of 263 traps (1.0.51, session 15)
    "holdout64": (0.98, 0.92, 1.00, 4),  # unseen 0.984 / 0.924, 4 of 236 traps (1.0.51, session 15)
    "holdout34": (0.99, 0.955, 1.00, 1),  # unseen 0.991 / 0.946 (1.0.27), 0.991 / 0.955 (1.0.29 to 1.0.31; 1.0.41, 1.0.42), 1 of 234 traps (sessions 13, 14)
}


HOLDOUT_FLOORS = TUNED_FLOORS | UNSEEN_FLOORS
# document dates: every tuned set has all right; an unseen set keeps what it got unseen
DOC_DATE_FLOORS: dict[str, float] = {}  # (holdout63's 2 wrong dates, unseen, are right since 1.0.45; holdout30's one wrong date, unseen, is right since 1.0.26)


@pytest.mark.parametrize("split", sorted(HOLDOUT_FLOORS, key=lambda s: int(s.removeprefix("holdout"))))
def test_tuned_holdout_does_not_regress(extractor: Extractor, split: str) -> None:
    detection, typed, qualifiers, traps = HOLDOUT_FLOORS[split]
    report = evaluate(EVAL_DIR / split / "gold.jsonl", extractor).as_dict()
    assert report["detection"]["f1"] >= detection, report["detection"]
    assert report["typed"]["f1"] >= typed, report["typed"]
    assert report["qualifier_accuracy"] >= qualifiers
    assert report["trap_hits"] <= traps
    assert report["doc_date_accuracy"] >= DOC_DATE_FLOORS.get(split, 1.0)
