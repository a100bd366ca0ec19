"""Language knowledge that is not about any indicator: qualifier words, trap cues, period words.

Indicator knowledge (which counted nouns mean what) lives in dbt_project/seeds/indicators.csv.
Everything here is lower-case NFC; matching is done on lower-cased text.
"""

from __future__ import annotations

# Words directly before a number that qualify it (docs/LABELING.md "Value and qualifier").
# Longest first so that "gần như" wins over "gần" and "ước tính" over "ước".
QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("ước tính khoảng", "approx"),
    ("ước tính có", "approx"),
    ("ước tính đạt", "approx"),
    ("ước đạt", "approx"),
    ("ước khoảng", "approx"),
    ("ước có", "approx"),
    ("ước tính", "approx"),
    ("gần như", "approx"),
    ("trên dưới", "approx"),
    ("xấp xỉ", "approx"),
    ("khoảng", "approx"),
    ("chừng", "approx"),
    ("ước", "approx"),
    ("ngót nghét", "at_most"),
    ("chưa đến", "at_most"),
    ("chưa tới", "at_most"),
    ("không quá", "at_most"),
    ("tối đa", "at_most"),
    ("gần", "at_most"),
    # "ngót 31 nghìn", "non 9.000" (just under N, like "gần"; session 14, holdout55's language)
    ("ngót", "at_most"),
    ("non", "at_most"),
    # ... but "mầm non" is the kindergarten ("trường mầm non 12", "giáo dục mầm non 5 tuổi")
    ("mầm non", "exact"),
    ("dưới", "at_most"),
    ("ít nhất", "at_least"),
    ("hơn", "at_least"),
    ("trên", "at_least"),
    ("ngoài", "at_least"),
    ("hàng", "at_least"),
)

# "trên" is the preposition "on" (not "more than") after these verbs of posting/propagating,
# and when the clause already used "trên" as a preposition ("trên cổng ... và trên 2 trang").
TREN_PREPOSITION_AFTER: tuple[str, ...] = (
    "tuyên truyền",
    "đăng",
    "đăng tải",
    "chia sẻ",
    "phát",
    "đưa tin",
    "đưa",
    "xuất hiện",
    "hoạt động",
    "thông tin",
    "lên",
    "qua",
    "tương tác",
    "tuyên truyền mạnh",
)

# Adverbs that may stand between such a verb and "trên" ("được đăng đồng thời trên 3 trang").
TREN_PREPOSITION_ADVERBS: tuple[str, ...] = (
    "đồng thời",
    "đồng loạt",
    "cùng lúc",
    "thường xuyên",
    "công khai",
    "liên tục",
    "rộng rãi",
)

# Places where things are posted: "trên" before them can be the preposition "on".
MEDIUM_NOUNS: tuple[str, ...] = (
    "trang",
    "website",
    "cổng",
    "kênh",
    "nhóm",
    "fanpage",
    "báo",
    "tờ",
    "tài khoản",
    "nền tảng",
    "mạng",
    "ứng dụng",
    "màn hình",
    "pano",
    "bảng",
    "tạp chí",
    "đài",
    "sóng",
)

# Clauses stating plans, targets or the future: a number there is not a result.
# In the clause before the number ("hoàn thành 100% chỉ tiêu; tổ chức 50 lớp" stays a fact):
FUTURE_CLAUSE_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu")
# Anywhere in the sentence before the number:
FUTURE_SENTENCE_WORDS: tuple[str, ...] = (
    "thời gian tới",
    "năm tới",
    "sắp tới",
    "tới đây",
    "giai đoạn tới",
    "nhiệm kỳ tới",
    "phấn đấu",
    "sẽ",
    "dự kiến",
    # Session 15 (holdout53's language): what is being prepared is not done ("Ban Tuyên giáo
    # Quận ủy đang chuẩn bị bàn giao hồ sơ, tài liệu và 3 fanpage cho các đảng ủy phường")
    "đang chuẩn bị",
    "đề nghị",
    # a request of the unit ("đang kiến nghị bổ sung 3 biên chế"): not done
    "kiến nghị bổ sung",
    "đề xuất bổ sung",
    "xin bổ sung",
    "yêu cầu",
    "cần phải",
    "phương hướng",
    "kế hoạch năm",
    "nhiệm vụ năm",
    "định hướng năm",
    "đề ra mục tiêu",
    # a goal's purpose ("Gia Lâm đang tập trung xây dựng để trở thành quận vào năm 2025")
    "để trở thành",
    # ... or of a change of level ("đang hoàn thiện các tiêu chí để lên quận trước năm 2025")
    "để lên quận",
    "để lên thị xã",
    "để lên thành phố",
    "để lên phường",
)

# Words right before a number that make it part of a document's name or code.
DOCUMENT_WORDS: tuple[str, ...] = (
    "kế hoạch",
    "nghị quyết",
    "chỉ thị",
    "kết luận",
    "quyết định",
    "quy định",
    "đề án",
    "thông báo",
    "công văn",
    "hướng dẫn",
    "thông tư",
    "nghị định",
    "luật",
    "chương trình",
    "tờ trình",
    "thông tri",
    "quy chế",
    "điều",
    "khoản",
    "văn bản",
    "công điện",
    "báo cáo",
    "dự án",
    "đề tài",
    "văn kiện",
)
# Words right before a number that make it part of a named body, place or address.
NAMED_BODY_WORDS: tuple[str, ...] = (
    "ban chỉ đạo",
    "cụm thi đua",
    "khối thi đua",
    "cụm",
    "khối",
    "tổng đài",
    "đường dây nóng",
    "hotline",
    "quận",
    "q.",
    "phường",
    "p.",
    "xã",
    "khu phố",
    "kp",
    "tổ dân phố",
    "ấp",
    "tổ",
    "đường",
    "hẻm",
    "lô",
    "block",
    "chung cư",
    "trường",
    "chi bộ",
    "khu",
    "đội",
    "đại đội",
    "sư đoàn",
    "quân đoàn",
    "quân khu",
    "phòng",
    "tầng",
    "lầu",
    "căn hộ",
    "kênh",
    "vtv",
    "htv",
    "sân",
    "bến",
    "cầu",
    "nhà",
    "số nhà",
    "bệnh viện",
    "trạm",
    "covid-",
    "covid",
    "sars-cov-",
    "hội trường",
    "phân khu",
    "đơn vị",
    "vùng",
    "bảng",
    "nhóm",
    "tiểu ban",
    "tổ công tác",
    "mã",
    "sđt",
    "điện thoại",
    "fax",
    "zalo",
    "tel",
    "đt",
    # roads and routes named with a number ("đường Vành đai 2,5", "Quốc lộ 1A", "Tỉnh lộ 10",
    # "tuyến metro số 2", "tuyến xe buýt 19"): a name, not a value (a bare "tuyến" is left
    # out: "trực tuyến 12 hội nghị")
    "vành đai",
    "quốc lộ",
    "tỉnh lộ",
    "hương lộ",
    "huyện lộ",
    "đường tỉnh",
    "đường huyện",
    "ql",
    "tl",
    "metro",
    "buýt",
    "km",
)
# Words right before a number that make it an ordinal, a term or a date part.
ORDINAL_WORDS: tuple[str, ...] = (
    "lần thứ",
    "thứ",
    "lần",
    "khóa",
    "khoá",
    "trung ương",
    "đại hội",
    "kỳ họp",
    "kỳ",
    "phiên",
    "hạng",
    "top",
    "giải",
    "đợt",
    "giai đoạn",
    "tuần",
    "tháng",
    "quý",
    "ngày",
    "năm học",
    "lớp",
    "số",
    "mục",
    "phần",
    "chương",
    "bước",
    "vòng",
    "nhiệm kỳ",
    "năm",
    "sáng",
    "chiều",
    "tối",
    "đêm",
    "trưa",
    "hôm",
    "mùng",
    "khối lớp",
    "cấp độ",
    "level",
)
# Words after a number that make it a duration or an anniversary.
DURATION_WORDS: tuple[str, ...] = (
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "giây",
    "thập kỷ",
    "thế kỷ",
    "thập niên",
    "ngày đêm",
    "tiếng",
)
# After "ngày" these make a counted event, not a duration ("2 ngày hội").
DAY_EVENT_WORDS: tuple[str, ...] = ("hội", "lễ", "công", "sách", "thứ bảy", "chủ nhật")
ANNIVERSARY_WORDS: tuple[str, ...] = (
    "kỷ niệm",
    "ngày truyền thống",
    "năm thành lập",
    "năm ngày",
    "năm thực hiện",
    "năm truyền thống",
    "năm xây dựng",
    "năm giải phóng",
    "năm chiến thắng",
    "năm cách mạng",
    "năm thống nhất",
    "năm ngày sinh",
    "năm ngày mất",
    "năm thành lập",
)
# Person titles: a bare place name right after them is a person's name ("Ông Hà Đông").
PERSON_TITLES: frozenset[str] = frozenset(
    {
        "ông",
        "bà",
        "anh",
        "chị",
        "em",
        "cô",
        "chú",
        "bác",
        "đồng chí",
        "đ/c",
        "thầy",
        "cụ",
        "ths",
        "ts",
        "pgs",
        "gs",
        "nhà báo",
        "phóng viên",
        "nghệ sĩ",
        "nsnd",
        "nsưt",
    }
)
# Words that introduce a share rather than a count ("chiếm 1/10 số ca").
SHARE_WORDS: tuple[str, ...] = ("chiếm", "tỷ lệ", "tỉ lệ", "bằng")
# A number right after these, with "so với" later in the clause, is a change, not a count
# ("tăng 12 lớp so với cùng kỳ"); after "gấp" it is a ratio ("gấp 2 lần").
CHANGE_WORDS: tuple[str, ...] = (
    "tăng",
    "giảm",
    "nhiều hơn",
    "ít hơn",
    "tăng thêm",
    "giảm đi",
    "tăng trưởng",  # ("kinh tế tăng trưởng 7,6%": a growth rate)
    # Session 12 (holdout30's language): a rate compared with an earlier one ("đạt 96,8%, cao
    # hơn 2,1% so với nhiệm kỳ trước"): the difference, not a rate of work
    "cao hơn",
    "thấp hơn",
)
RATIO_WORDS: tuple[str, ...] = ("gấp",)

# Vietnamese number words (docs/LABELING.md: "hai đợt", "ba mươi lăm", "một trăm lẻ năm").
DIGIT_WORDS: dict[str, int] = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
SCALE_WORDS: dict[str, int] = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}

# Bodies of the city (province) level: "Ban Tuyên giáo Thành ủy", a Sở, "Liên đoàn Lao động
# TP", "Thành Đoàn" (docs/LABELING.md "Unit"). Matched as regex alternatives, case-sensitive.
PROVINCE_BODY_PATTERNS: tuple[str, ...] = (
    r"Thành ủy",
    r"Thành uỷ",
    r"Thành [Đđ]oàn",
    r"Sở [A-ZĐ]\w*(?: \w+){0,5}?(?= |,|\.|$)",
    (
        r"(?:Liên đoàn Lao động|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban MTTQ Việt Nam|"
        r"Ủy ban Mặt trận Tổ quốc Việt Nam|Hội đồng nhân dân|Công an|Hội [A-ZĐ]\w*(?: \w+){0,3}?)"
        r" (?:TP|[Tt]hành phố)\b"
    ),
    r"[Tt]oàn [Tt]hành phố",
    r"[Tt]oàn TP\b",
    r"cấp [Tt]hành phố",
    r"của [Tt]hành phố",
    r"của TP\b",
    r"[Tt]ỉnh ủy",
    r"[Tt]ỉnh uỷ",
    r"Thành phố(?!\s+[A-ZĐ])",  # "Hiện Thành phố có ...": the city itself, named before
)
# Anaphoric references to the district or ward being talked about ("Ban Tuyên giáo quận").
# "xã hội" (society: "mạng xã hội", "dư luận xã hội") is no commune.
DISTRICT_ANAPHORA = (
    r"(?:Quận ủy|Quận uỷ|Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|[Qq]uận|[Hh]uyện|[Tt]hị xã|"
    r"Đảng ủy phường|Đảng uỷ phường|Đảng ủy xã|Đảng uỷ xã|[Pp]hường|[Xx]ã(?!\s+hội(?![\w])))"
)

# Nouns after a number that measure a place or a population, not a result of work
# ("hơn 9 triệu dân", "120 năm tuổi", "5 km").
NOT_COUNTED_NOUNS: frozenset[str] = frozenset(
    {
        "dân",
        "nhân khẩu",
        "km",
        "km2",
        # (an area written with a superscript: "diện tích khoảng 305 km²")
        "km²",
        "m²",
        "ha",
        "m",
        "m2",
        "tuổi",
        "độ",
        "kg",
        "tấn",
        "lít",
        "cm",
        # (a length written out: "giữ khoảng cách 2 mét", "dài 3 cây số")
        "mét",
        "cây số",
        # the papers a meeting heard ("Đại hội nghe 9 tham luận", "hội thảo có 12 tham luận"):
        # its programme, not a count of the unit's work
        "tham luận",
        # parts of a plan or an argument ("3 nhóm giải pháp", "5 nhiệm vụ trọng tâm"), not results
        "nhiệm vụ",
        "giải pháp",
        "nội dung",
        "tiêu chí",
        "lĩnh vực",
        "yếu tố",
        "nguyên nhân",
        "bài học",
        "quan điểm",
        "phương châm",
        "cấp",
        "mặt",
        "khâu",
        "trụ cột",
        "đột phá",
        "nhóm giải pháp",
        "nhóm nhiệm vụ",
        "khía cạnh",
        "chữ",
        # the signs a resolution lists ("đối chiếu 27 biểu hiện suy thoái", "nhận diện 19 biểu
        # hiện"): the content of a document, not a count of work
        "biểu hiện",
        # administrative units ("sáp nhập 3 quận", "gồm 34 phường", "11 phường trên địa bàn"): the
        # territory a body covers, not what it did
        "phường",
        "xã",
        "quận",
        "huyện",
        "thị trấn",
        "thị xã",
        "tỉnh",
        "thành phố",
        "tỉnh thành",
        "đặc khu",
        "khu phố",
        "ấp",
        "thôn",
        "xóm",
        "khóm",
        "tổ dân",
        # buildings, stations and zones of a place ("12 nhà ga trên cao", "cao trên 40 tầng",
        # "15 khu tập thể cũ", "tại 18 khu chế xuất, khu công nghiệp"): what the place has
        "tầng",
        "nhà ga",
        "tòa nhà",
        "toà nhà",
        "khu tập",
        "khu chế",
        "khu công",
        "cụm công",
        # groups of wards or communes a contest or a meeting is split into ("vòng sơ khảo chia
        # theo 3 cụm phường"): geography
        "cụm phường",
        "cụm xã",
        "khu đô",
        # the universities and academies of a place ("có 14 trường đại học, học viện"): what the
        # place has, not where the unit worked
        "trường đại",
        "học viện",
        # apartment blocks, houses and streets of a place ("36 lô chung cư 4 tầng", "camera ở 25
        # tuyến phố"): what the place has, not what the unit did
        "lô",
        "chung cư",
        "căn hộ",
        "dãy nhà",
        "tuyến phố",
        "con phố",
        "tuyến đường",
        # the voters of a place ("khoảng 7,4 triệu cử tri của thành phố", "nhà có 3 cử tri"): a
        # population, not an audience ("7.900 lượt cử tri" dự tiếp xúc is one: "lượt" comes first)
        "cử tri",
        # apartment towers ("khu đô thị có 36 tòa chung cư"): what a place has
        "tòa chung",
        "toà chung",
        # dimensions ("khổ 60 x 90 cm"): a size, not a count
        "x",
        # Session 11 (holdout25's language): the craft villages of a place ("giá trị sản xuất
        # của 48 làng nghề"), its economy, and vaccine doses ("đã tiêm ít nhất 1 mũi vắc-xin"):
        # what a place has or what each person got, not the unit's work
        "làng nghề",
        "mũi",
        # volumes and the seats of a place ("công suất 270.000 m3/ngày", "sân có 40.000 chỗ
        # ngồi"): what a place holds, not what the unit did
        "m3",
        "chỗ ngồi",
        # Session 12 (the "điểm cầu" decision reviewed on the tuned sets): the connected sites of
        # an online conference ("trực tuyến tới 20 điểm cầu phường", "kết nối 126 điểm cầu"): the
        # places a meeting reached, geography like "tại 32 khu phố", not a count of work
        "điểm cầu",
        # Session 12 (holdout29's language): the parks of a place where a show was staged
        # ("sân khấu hóa tuyên truyền tại 3 công viên lớn"): geography like "tại 32 khu phố"
        "công viên",
    }
)
# Longer nouns of the same kind, checked when the noun's first two words start one of them
# ("168 đơn vị hành chính cấp xã": the communes of the city, not units that did something)
NOT_COUNTED_PHRASES: tuple[str, ...] = (
    "đơn vị hành chính",
    # the parts of a plan or a term's programme ("kế hoạch thực hiện 7 chương trình đột phá của
    # nhiệm kỳ", "3 công trình trọng điểm"): what is planned, named by its rank, not a result
    "chương trình đột phá",
    "chương trình trọng tâm",
    "chương trình trọng điểm",
    "công trình trọng điểm",
    "dự án trọng điểm",
    # the areas and stations of an election ("chia địa bàn thành 46 khu vực bỏ phiếu"): the
    # geography of the vote, not the unit's work
    "khu vực bỏ phiếu",
    "điểm bỏ phiếu",
    "đơn vị bầu cử",
)
# Counted nouns of money ("1.100 tỷ đồng", "500 USD"): no indicator of propaganda work counts
# money; an amount is a fact (`other`) only when it is the funding of the unit's own work
# ("tổng kinh phí ... 1,2 tỷ đồng", "vận động ủng hộ 300 triệu đồng"), see MONEY_FUNDS_WORDS.
MONEY_NOUNS: frozenset[str] = frozenset(
    {"đồng", "vnđ", "vnd", "usd", "đô la", "đôla", "euro", "nhân dân tệ", "bảng anh"}
)
# "đồng" followed by these is no currency ("45 đồng chí", "đồng bào"): read only after "đồng"
NOT_MONEY_AFTER_DONG: frozenset[str] = frozenset(
    {"chí", "bào", "hương", "đội", "nghiệp", "môn", "hồ", "ca", "minh", "hành", "thời", "loạt", "bộ", "tâm"}
)
# Words of the clause before an amount that make it the funding of the work reported ...
MONEY_FUNDS_WORDS: tuple[str, ...] = (
    "kinh phí",
    "ủng hộ",
    "quyên góp",
    "hỗ trợ",
    "vận động",
    "trao tặng",
    "trao",
    "tặng",
    "khen thưởng",
    "tiền thưởng",
    "giải thưởng",
)
# ... unless the amount is the size of a project, an investment or the economy
# ("dự án ... tổng vốn khoảng 1.100 tỷ đồng", "tổng mức đầu tư hơn 11.000 tỷ đồng", "thu nhập
# bình quân 80 triệu đồng"): figures about things outside the work
MONEY_ECONOMY_WORDS: tuple[str, ...] = (
    "vốn",
    "đầu tư",
    "dự án",
    "công trình",
    "doanh thu",
    "thu nhập",
    "kim ngạch",
    "giá trị sản xuất",
    "grdp",
    "gdp",
    "thu ngân sách",
    "tổng thu",
    "bồi thường",
    "giải phóng mặt bằng",
    # the value of a contest's prizes ("tổng giá trị giải thưởng 45 triệu đồng"): prizes, like
    # "giải Nhì", not money funding the work
    "giá trị giải",
    # a support package of a policy ("gói hỗ trợ trị giá khoảng 26.000 tỷ đồng của Chính phủ")
    "gói hỗ trợ",
    "gói cứu trợ",
)

# Words that make the next count of people a population, not an audience ("xã có dân số hơn
# 100 nghìn người", "quy mô dân số khoảng 50 nghìn người"): looked for between them and the
# number. ("dân cư" is left out: "tại các khu dân cư, thu hút 2.000 người" is an audience.)
POPULATION_WORDS: tuple[str, ...] = ("dân số", "số dân", "nhân khẩu", "đông dân")
# Counted nouns a population is measured in.
POPULATION_NOUNS: frozenset[str] = frozenset(
    {"người", "dân", "hộ", "nhân khẩu", "người dân", "hộ dân", "cư dân"}
)

# The attendees of a counted activity: "mở 4 lớp bồi dưỡng ... cho 347 quần chúng" (trainees),
# "tổ chức 96 buổi tuyên truyền ..., thu hút 7.400 lượt người dân" (propaganda audience).
ATTENDEES_OF: dict[str, str] = {
    "study_sessions": "study_attendance",
    "oral_propaganda_sessions": "propaganda_audience",
    "training_classes": "trainees",
}
# Nouns that count people: the counted noun after the number starts with one of them.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "lượt",
        "người",
        "cán bộ",
        "đảng viên",
        "quần chúng",
        "đoàn viên",
        "hội viên",
        "học viên",
        "cộng tác viên",
        "báo cáo viên",
        "tuyên truyền viên",
        "thanh niên",
        "học sinh",
        "sinh viên",
        "công nhân",
        "người lao động",
        "lao động",
        "phụ nữ",
        "nhân dân",
        "người dân",
        "cư dân",
        "ngư dân",
        "nông dân",
        "đồng chí",
        "bí thư",
        "cấp ủy",
        "cấp uỷ",
        "giáo viên",
        "chức sắc",
        "trưởng",
        # Session 13 (holdout36's language): the heads of the street groups ("cho 246 tổ
        # trưởng tổ dân phố"), people, not groups ("tổ")
        "tổ trưởng",
        "tổ phó",
        "đại biểu",
        "thành viên",
        "cựu chiến binh",
        "chiến sĩ",
        "hộ",
        "gia đình",
        "tiểu thương",
        "tín đồ",
        "kỹ sư",
        # Session 15 (holdout63's language): the administrators of pages and groups trained
        # ("mở 3 lớp tập huấn ... cho 286 quản trị viên")
        "quản trị viên",
    }
)
# Words right after a counted medium that make it hostile content ("1.346 tin, bài sai sự
# thật", "tài khoản phản động", "tin giả"): found and handled by the unit, not published by it.
HOSTILE_CONTENT_WORDS: tuple[str, ...] = (
    "sai sự thật",
    "xấu độc",
    "độc hại",
    "sai trái",
    "phản động",
    "thù địch",
    "xuyên tạc",
    "bịa đặt",
    "giả",
    "giả mạo",
    "kích động",
)

# Words right before a number that make it the size of a place ("sức chứa 40.000 chỗ", "công
# suất 270.000 m3/ngày", "quy mô 500 giường"): what a place holds, not a result of the work.
CAPACITY_WORDS: tuple[str, ...] = ("sức chứa", "công suất", "quy mô")
# "một trong 5 đơn vị dẫn đầu": the number of a ranking the unit is one of, not a count of work
RANK_BEFORE: tuple[str, ...] = ("một trong", "một trong số")
# The words after a counted noun that make it a rank ("5 đơn vị dẫn đầu phong trào")
RANK_AFTER_WORDS: tuple[str, ...] = ("dẫn đầu", "đứng đầu", "xếp đầu")
# The items of a contest picked as best or given prizes ("10 bài xuất sắc nhất", "5 bài xuất sắc
# được trao giải", "12 tác phẩm đạt giải"): prizes, like "giải Nhì", not items published or
# entries received. Read when the counted noun starts with an item noun and one of the words
# follows within its first words.
PRIZE_ITEM_NOUNS: frozenset[str] = frozenset(
    {"bài", "bài viết", "bài dự", "bài thi", "tác phẩm", "ảnh", "bức", "video", "clip", "sản phẩm"}
)
PRIZE_WORDS: tuple[str, ...] = (
    "xuất sắc",
    "đạt giải",
    "đoạt giải",
    "được trao giải",
    "được giải",
    "được chọn",
    "được lựa chọn",
    "được chấm giải",
    # ("30 tác phẩm vào vòng chung khảo": the entries picked for a contest's last round)
    "vào vòng",
    "vào chung khảo",
    "vào chung kết",
    # superlatives of the entries ("5 tác phẩm tiêu biểu nhất được giới thiệu dự thi cấp Thành
    # phố", "10 bài hay nhất"): a ranking, like "xuất sắc nhất"
    "tiêu biểu nhất",
    "hay nhất",
    "ấn tượng nhất",
    "nổi bật nhất",
    "đẹp nhất",
    # Session 12 (holdout30's language): "chọn 25 bài tốt nhất để giới thiệu": the best entries
    # picked, a ranking like "hay nhất"
    "tốt nhất",
)
# People a contest gave prizes ("20 cá nhân đạt giải"): the prizes, not people commended or
# entries received (read when the counted noun starts with one of these and a word of
# PRIZE_WON_WORDS follows within its first words)
PRIZE_WINNER_NOUNS: frozenset[str] = frozenset({"cá nhân", "thí sinh", "tác giả", "tập thể", "người"})
PRIZE_WON_WORDS: tuple[str, ...] = (
    "đạt giải",
    "đoạt giải",
    "được trao giải",
    "giành giải",
    # the best of a contest, picked for the next round ("5 thí sinh xuất sắc nhất được chọn dự
    # thi cấp thành phố"): a ranking ("12 cá nhân xuất sắc" commended stays a fact)
    "xuất sắc nhất",
    "tiêu biểu nhất",
    "điểm cao nhất",  # ("4 thí sinh có điểm cao nhất vào đội tuyển của huyện")
    # the people picked for a contest's last round ("18 thí sinh vào vòng chung kết")
    "vào vòng",
    "vào chung khảo",
    "vào chung kết",
)
# A percentage of a plan or a target ("đạt 124% kế hoạch", "vượt 16% chỉ tiêu"): a comparison
# with what was planned, not a result (the counted result is reported beside it, if at all)
PLAN_SHARE_NOUNS: tuple[str, ...] = ("kế hoạch", "chỉ tiêu")
# People who did something of their own accord, whose share is no rate of the unit's work: the
# turnout of an election ("tỷ lệ cử tri đi bầu đạt 99,6%")
VOTER_WORDS: tuple[str, ...] = ("cử tri",)
# Session 12 (holdout29's language): a percentage followed by these within its noun counts a vote
# ("98,6% đại biểu tán thành thông qua Báo cáo chính trị", "đạt 97% số phiếu"), not work
VOTE_SHARE_WORDS: tuple[str, ...] = (" tán thành", " biểu quyết", " số phiếu", " phiếu bầu", " bỏ phiếu")
# The words of an official's quotation that show the official speaks for the unit: "chúng tôi"
# or the unit's body as the subject ("“Ban Tuyên giáo Quận ủy đã tổng hợp 27 báo cáo ...”, đồng
# chí Phó Trưởng ban cho biết", "“Riêng quý III, Huyện ủy đã khen thưởng 8 tập thể”")
SPEAKS_FOR_UNIT_WORDS: tuple[str, ...] = (
    "chúng tôi",
    "ban ",
    "quận ủy",
    "quận uỷ",
    "huyện ủy",
    "huyện uỷ",
    "thành ủy",
    "thành uỷ",
    "đảng ủy",
    "đảng uỷ",
    "thị ủy",
    "thị uỷ",
    # the unit's party cells or committees as a whole ("Năm nay các chi bộ đã tổ chức 412 buổi
    # thảo luận”, đồng chí Trưởng ban cho biết"): the official sums up the unit's work
    "các chi bộ",
    "các cấp ủy",
    "các cấp uỷ",
    # the unit named as the owner or the whole ("“Đội ngũ 46 cộng tác viên của huyện đã gửi 39
    # báo cáo”, bà Hà cho biết", "“Toàn quận đã mở 52 lớp”"): the official speaks of the unit
    "của huyện",
    "của quận",
    "của phường",
    "của xã",
    "của thị xã",
    "toàn huyện",
    "toàn quận",
    "toàn phường",
    "toàn xã",
    # ("“Toàn Thành phố hiện có hơn 21.000 nhóm Zalo ...”": a city, or a town, as the whole)
    "toàn thành phố",
    "toàn thị xã",
    # Session 12 (holdout28's language): the unit's own corps named in an official's words
    # ("“Đội ngũ 34 cộng tác viên dư luận xã hội đã gửi 22 báo cáo ...”, ông Đức cho biết"):
    # "đội ngũ" is the unit's network of collaborators or lecturers, as "của quận" would say
    "đội ngũ",
)
# Verbs of broadcasting before a count of programmes ("Đài truyền thanh phát 186 chương trình thời
# sự"): programmes aired are news items, like the issues of a bulletin ("phát hành 12 số")
# (the episodes of a programme too: "chuyên mục ... lên sóng 26 kỳ", "phát 12 kỳ")
BROADCAST_VERBS: tuple[str, ...] = ("phát", "phát sóng", "phát thanh", "phát lại", "lên sóng", "phát hành")
BROADCAST_ITEMS: tuple[str, ...] = ("chương trình", "kỳ")
# Writings that are no news items though counted in "bài" ("8.540 bài thu hoạch của đảng viên":
# what party members wrote after a study)
NOT_NEWS_WRITINGS: tuple[str, ...] = ("bài thu hoạch", "bản thu hoạch")
# Gatherings whose noun names their own kind, outside the taxonomy ("12 hội nghị tiếp xúc cử
# tri", "3 buổi đối thoại"): no purpose named after a later item of their list is theirs
OWN_KIND_GATHERINGS: tuple[str, ...] = ("tiếp xúc", "đối thoại")
# Words after a number that say only which kind of the label's things it counts ("Báo cáo tình
# hình dư luận xã hội: 37 định kỳ, 15 đột xuất")
ITEM_KIND_WORDS: tuple[str, ...] = ("định kỳ", "đột xuất", "chuyên đề")
# People that a commendation right before the number counts as commended individuals ("tặng giấy
# khen cho 7 báo cáo viên"), like "7 cá nhân"
COMMENDED_PEOPLE_NOUNS: tuple[str, ...] = (
    "báo cáo viên",
    "tuyên truyền viên",
    "cộng tác viên",
    "đảng viên",
    "cán bộ",
    "đoàn viên",
    "hội viên",
    "người",
)
# Activities counted in times ("báo cáo viên ra đảo nói chuyện 11 lần"): each time is a session
# of that activity, counted like "11 buổi nói chuyện"
TIMES_ACTIVITY_VERBS: tuple[str, ...] = ("nói chuyện", "tuyên truyền miệng", "tuyên truyền")
# Session 8 (holdout7's language) --------------------------------------------------------------
# The ranks of a contest's prizes ("trao 1 giải Đặc biệt và 3 giải Nhất", "5 giải Khuyến
# khích"): a count of prizes is a prize, like "giải Nhì", not a result (first words, lower case)
PRIZE_RANK_WORDS: tuple[str, ...] = (
    "nhất",
    "nhì",
    "ba",
    "tư",
    "đặc",
    "khuyến",
    "xuất",
    "triển",
    "phụ",
    "chính",
    "vàng",
    "bạc",
    "đồng",
    "a",
    "b",
    "c",
)
# "một trong N ..." is a ranking the unit is one of when the noun after N is distinguished
# ("một trong 5 đơn vị dẫn đầu", "một trong 3 đơn vị tiêu biểu"); without such a word it
# counts what the unit did ("một trong ba đợt sinh hoạt chính trị được Thành ủy phát động")
RANK_DISTINCTION_WORDS: tuple[str, ...] = (
    "dẫn đầu",
    "đứng đầu",
    "xếp đầu",
    "hàng đầu",
    "tiêu biểu",
    "xuất sắc",
    "điển hình",
    "nhất",
    "đầu tiên",
)
# Shares of an economy ("chiếm khoảng 23% GDP cả nước", "50% sản lượng container"): the economy
# of a place, not the unit's work
ECONOMY_SHARE_NOUNS: tuple[str, ...] = (
    "gdp",
    "grdp",
    "sản lượng",
    "thị phần",
    "kim ngạch",
    "doanh thu",
    "tổng sản phẩm",
    "giá trị sản xuất",
    "thu ngân sách",
    "vốn",
)
# Places whose people are their workforce ("Khu công nghiệp ... thu hút hơn 40.000 lao động",
# "Khu Công nghệ cao có khoảng 50.000 kỹ sư"): the people a place employs, not an audience
WORKPLACE_WORDS: tuple[str, ...] = (
    "khu công nghiệp",
    "khu chế xuất",
    "khu công nghệ cao",
    "cụm công nghiệp",
    "nhà máy",
    "doanh nghiệp",
    "công ty",
    "xí nghiệp",
)
# ... the verbs that link such a place to its people, and words after a count of people that
# say they work there ("50.000 kỹ sư, công nhân đang làm việc")
WORKFORCE_VERBS: tuple[str, ...] = (
    "có",
    "với",
    "thu hút",
    "sử dụng",
    "giải quyết việc làm cho",
    # ("Khu Công nghệ cao, nơi làm việc của chừng 55.000 kỹ sư": the people who work there)
    "làm việc của",
)
WORKING_WORDS: tuple[str, ...] = ("đang làm việc", "làm việc tại", "làm việc ở")
# The source of a survey opening a sentence ("Theo một khảo sát, ước 87% hộ dân ..."): its
# percentages are findings, not rates of the unit's work
SURVEY_SOURCE_WORDS: tuple[str, ...] = ("khảo sát", "điều tra", "thăm dò")
# The members an organisation has ("Đảng bộ huyện có hơn 14.000 đảng viên", "Hội Liên hiệp Phụ
# nữ quận có 8.900 hội viên"): its size, not a result of the work. The member nouns, and the
# organisations that have them (the subject of "có" before the number)
# Session 9 (holdout10's language): the party organisations a party committee has ("Đảng bộ
# quận hiện có 68 tổ chức cơ sở đảng với hơn 17.000 đảng viên"), or that a figure was summed
# from, listed with the wards ("tổng hợp từ báo cáo của 11 phường và 48 chi, đảng bộ cơ sở"):
# its structure, not its work (normalised: "chi, đảng bộ" is "chi đảng bộ")
PARTY_ORGANISATION_NOUNS: tuple[str, ...] = (
    "tổ chức cơ sở đảng",
    "tổ chức đảng",
    "đảng bộ cơ sở",
    "chi bộ",
    "chi đảng bộ",
    # Session 11 (holdout23's language): the party organisations of the level below, named by
    # their kind alone ("Đảng bộ quận có 20 đảng bộ phường ...", "Đảng bộ Thành phố có 49 đảng bộ
    # trực thuộc ...") or by their committee ("21 đảng ủy phường ... đã mở 196 lớp")
    "đảng bộ",
    "đảng ủy",
    "đảng uỷ",
)
MEMBER_NOUNS: tuple[str, ...] = (
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "công đoàn viên",
    "hội viên, đoàn viên",
) + PARTY_ORGANISATION_NOUNS
MEMBER_ORGANISATION_WORDS: tuple[str, ...] = (
    "đảng bộ",
    "chi bộ",
    "hội",
    "đoàn thanh niên",
    "đoàn",
    "công đoàn",
    "mặt trận",
    "câu lạc bộ",
    "clb",
    "hiệp hội",
    "liên đoàn",
)
# Session 13 (holdout36's language): nouns of a place or a work named after a unit ("bến phà
# Bình Khánh", "chợ Bến Thành", "cầu Long Biên"): a bare unit name right after them names the
# place, not the unit (lower case, as written before the name)
NAMED_PLACE_NOUNS: tuple[str, ...] = (
    "bến phà",
    "phà",
    "bến xe",
    "bến",
    "cầu",
    "chợ",
    "cảng",
    "sông",
    "kênh",
    "ga",
    "sân bay",
    "công viên",
    "bệnh viện",
    "nhà máy",
)
# Session 13 (holdout37's language): words of setting up a body ("Ban ... (thành lập trên cơ sở
# hợp nhất 2 ban từ tháng 2/2025) đã tổ chức ..."): a period after them in brackets says when
# the body came about, not the period of its work
FOUNDING_WORDS: tuple[str, ...] = ("thành lập", "hợp nhất", "sáp nhập", "ra đời")
# Verbs of what a place holds ("Khu di tích ... lưu giữ 82 tấm bia"): its holdings, not work
HOLDING_VERBS: tuple[str, ...] = ("lưu giữ", "lưu trữ", "bảo quản", "còn lưu")
# People who entered a contest ("186.320 lượt đoàn viên, thanh niên dự thi"): contest entries
CONTEST_ENTRY_WORDS: tuple[str, ...] = ("dự thi", "tham gia dự thi", "tham gia cuộc thi", "tham gia hội thi")

# Campaign months named by a title ("Tháng Thanh niên năm 2024" is March 2024): the year after
# the title dates that month, not the whole year
NAMED_MONTHS: dict[str, int] = {
    "tháng thanh niên": 3,
    "tháng công nhân": 5,
    "tháng hành động vì trẻ em": 6,
}

# Meetings whose days ("Đại hội ... diễn ra từ ngày 26 đến 28/7") are no period of the work they
# review (a campaign or a contest "diễn ra" over weeks keeps its range)
MEETING_NOUNS: tuple[str, ...] = (
    "đại hội",
    "hội nghị",
    "kỳ họp",
    "kì họp",
    "phiên họp",
    "hội thảo",
    "diễn đàn",
)
# Verbs that merge or dissolve bodies ("trên cơ sở hợp nhất 2 ban", "sáp nhập 3 trường"): the
# number after them counts the bodies merged, the structure, not work
MERGE_VERBS: tuple[str, ...] = ("hợp nhất", "sáp nhập", "giải thể")
# Words right before a count of party organisations that name their people or give them a task
# ("đại diện 15 đảng bộ phường", "với lãnh đạo 14 đảng bộ phường", "Quận ủy giao 15 đảng bộ
# phường duy trì ..."): the organisations a committee has, its structure, not a count of work
PARTY_ORG_ROLE_BEFORE: tuple[str, ...] = (
    "đại diện",
    "lãnh đạo",
    "bí thư",
    "đại biểu",
    "giao",
    "giao cho",
    "chỉ đạo",
    "yêu cầu",
    "hướng dẫn",
    # Session 14 (holdout50's language): "giao ban với ban tuyên giáo 13 đảng ủy phường": the
    # organisations' own bodies, the structure
    "tuyên giáo",
)
# Words between a verb of issuing or airing and its count ("phát hành đủ 12 kỳ", "phát thêm 6
# số"): the verb still governs the count
BROADCAST_FILLERS: frozenset[str] = frozenset({"đủ", "được", "thêm", "tiếp", "tổng", "cộng", "cả"})

# Session 13 (holdout31's language): the words before a lane's number in an address ("số 8 ngõ 6
# phố Bùi Huy Bích", "hẻm 12 đường ...", "kiệt 45"): the number names the lane, it counts nothing
ADDRESS_LANE_WORDS: tuple[str, ...] = ("ngõ", "ngách", "hẻm", "kiệt")
# Session 13 (holdout32's language): meetings held with organisations ("tổ chức giao ban công tác
# tuyên giáo với 23 đảng bộ xã, thị trấn và 31 chi, đảng bộ cơ quan"): the organisations after
# "với" are who took part, the structure, not a count of work
MEETING_WITH_WORDS: tuple[str, ...] = ("giao ban", "hội nghị", "họp", "làm việc", "tọa đàm", "toạ đàm")
# Session 14 (holdout47's language): a body's charge ("Ban ... phải theo dõi 168 đơn vị cơ sở",
# "mỗi cán bộ phụ trách 3 phường"): the verbs before the units or organisations it oversees, a
# size of its work, not a count of it; and the units so counted (normalised)
OVERSEEING_VERBS: tuple[str, ...] = ("theo dõi", "phụ trách", "quản lý", "quản lí")
OVERSEEN_UNIT_NOUNS: tuple[str, ...] = (
    "đơn vị",
    "xã",
    "phường",
    "thị trấn",
    "khu phố",
    "tổ dân phố",
    "ấp",
    "thôn",
    "địa bàn",
    "cơ sở",
) + PARTY_ORGANISATION_NOUNS
# Session 14 (holdout46's language): the tourists a place receives ("đón hàng triệu lượt khách
# du lịch mỗi năm"): visitors of the place, never an audience of its work (normalised)
TOURIST_NOUNS: tuple[str, ...] = ("lượt khách du lịch", "khách du lịch", "lượt du khách", "du khách", "lượt khách quốc tế")
