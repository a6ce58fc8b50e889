# Writes the corpus passages (invented units and numbers) and their planted defects.
import json, os
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
OUT = '/work/wt/checker/tests/OfficeReview.Domain.Tests/ReportChecking/corpus'
def pct(a, b, d=2, trunc=False, sign=True):
    v = Decimal(a) * 100 / Decimal(b)
    q = Decimal(1).scaleb(-d)
    v = v.quantize(q, rounding=ROUND_DOWN if trunc else ROUND_HALF_UP)
    s = format(v, 'f').replace('.', ',')
    return s + ('%' if sign else '')
def n(x):
    s = f"{x:,}".replace(',', '.')
    return s if x >= 10 or x == 0 else '0' + s
P = []
def add(name, title, paras, defects=(), year_line=True, note=""):
    P.append((name, title, paras, list(defects), note))
E = lambda code, para, sev='error': {"code": code, "paragraph": para, "severity": sev}
PM, WD, SUM, TOT, Q, FR, TR, INC = ("REPORT_PERCENT_MISMATCH", "REPORT_PERCENT_WRONG_DENOMINATOR", "REPORT_SUM_MISMATCH",
    "REPORT_TOTAL_MISMATCH", "REPORT_QUOTA_EXCEEDED", "REPORT_FRACTION_INVALID", "REPORT_PERCENT_TRUNCATED", "REPORT_PERCENT_INCONSISTENT")
T25 = "BÁO CÁO Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025"
T23 = "BÁO CÁO kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên năm 2023"

# ---- 1. level first, count after, breakdown in brackets ----------------------------------------------------------
r, e, g, c, k = 82, 12, 61, 7, 2
add("level-first-breakdown", T25, [
    f"Tổng số tổ chức cơ sở đảng: {r}, đã đánh giá, xếp loại {r}/{r} tổ chức.",
    f"Hoàn thành xuất sắc nhiệm vụ {n(e)} (gồm 02 đảng bộ và 10 chi bộ), chiếm tỷ lệ {pct(e,r)}; Hoàn thành tốt nhiệm vụ {n(g)} (gồm 05 đảng bộ và 56 chi bộ), chiếm tỷ lệ {pct(g,r)}; Hoàn thành nhiệm vụ {n(c)}, chiếm tỷ lệ {pct(c,r)}; Không hoàn thành nhiệm vụ {n(k)}, chiếm tỷ lệ {pct(k,r)}."])
add("level-first-breakdown-wrong", T25, [
    f"Tổng số tổ chức cơ sở đảng: {r}, đã đánh giá, xếp loại {r}/{r} tổ chức.",
    f"Hoàn thành xuất sắc nhiệm vụ {n(e)} (gồm 03 đảng bộ và 10 chi bộ), chiếm tỷ lệ {pct(e,r)}; Hoàn thành tốt nhiệm vụ {n(g)}, chiếm tỷ lệ {pct(g,r)}; Hoàn thành nhiệm vụ {n(c)}, chiếm tỷ lệ {pct(c,r)}; Không hoàn thành nhiệm vụ {n(k)}, chiếm tỷ lệ {pct(k,r)}."],
    [E(SUM, 2)])
add("level-first-percent-wrong", T25, [
    f"Tổ chức cơ sở đảng được đánh giá, xếp loại: {r}.",
    f"Hoàn thành xuất sắc nhiệm vụ: {n(e)} tổ chức, chiếm {pct(e,r)}; hoàn thành tốt nhiệm vụ: {n(g)} tổ chức, chiếm 75,39%; hoàn thành nhiệm vụ: {n(c)} tổ chức, chiếm {pct(c,r)}; không hoàn thành nhiệm vụ: {n(k)} tổ chức, chiếm {pct(k,r)}."],
    [E(PM, 2)])

# ---- 2. "có 08 chi, đảng bộ cơ sở được xếp loại …" ----------------------------------------------------------------
add("count-before-chi-dang-bo", T25, [
    "Đảng bộ huyện có 46 chi, đảng bộ cơ sở; đã đánh giá, xếp loại 46 tổ chức.",
    f"Kết quả: có 06 chi, đảng bộ cơ sở được xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm {pct(6,46)}; có 35 chi, đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ, chiếm {pct(35,46)}; có 04 chi, đảng bộ cơ sở được xếp loại hoàn thành nhiệm vụ, chiếm {pct(4,46)}; 01 chi, đảng bộ cơ sở không hoàn thành nhiệm vụ, chiếm {pct(1,46)}."])
add("count-before-chi-dang-bo-sum", T25, [
    "Đảng bộ huyện có 46 chi, đảng bộ cơ sở; đã đánh giá, xếp loại 46 tổ chức.",
    f"Kết quả: có 06 chi, đảng bộ cơ sở được xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm {pct(6,46)}; có 35 chi, đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ, chiếm {pct(35,46)}; có 06 chi, đảng bộ cơ sở được xếp loại hoàn thành nhiệm vụ, chiếm {pct(6,46)}; 01 chi, đảng bộ cơ sở không hoàn thành nhiệm vụ, chiếm {pct(1,46)}."],
    [E(SUM, 2)])
add("dang-bo-chi-bo-co-so", T23, [
    "Toàn Đảng bộ có 57 đảng bộ, chi bộ cơ sở, được đánh giá, xếp loại 55 (chưa đánh giá 02 chi bộ mới thành lập).",
    f"Có 08 đảng bộ, chi bộ cơ sở hoàn thành xuất sắc nhiệm vụ, chiếm {pct(8,55,1)}; 43 đảng bộ, chi bộ cơ sở hoàn thành tốt nhiệm vụ, chiếm {pct(43,55,1)}; 04 đảng bộ, chi bộ cơ sở hoàn thành nhiệm vụ, chiếm {pct(4,55,1)}."])

# ---- 3. "Có 68 chi bộ trực thuộc đảng bộ cơ sở …" and a members' fraction after it ----------------------------------
add("subordinate-cells-then-members-fraction", T25, [
    f"Chi bộ trực thuộc đảng bộ cơ sở: tổng số 81, được đánh giá 81. Có 68 chi bộ trực thuộc đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm {pct(68,81)}.",
    f"Có 4.336/4.371 đảng viên được đánh giá, xếp loại, chiếm {pct(4336,4371)}."])
add("subordinate-cells-then-members-fraction-wrong", T25, [
    f"Chi bộ trực thuộc đảng bộ cơ sở: tổng số 81, được đánh giá 81. Có 68 chi bộ trực thuộc đảng bộ cơ sở được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm {pct(68,81)}; 4.336/4.371 đồng chí được đánh giá, xếp loại, chiếm 98,2%."],
    [E(PM, 1, 'error')])
add("chi-bo-truc-thuoc-dang-uy", T25, [
    "b) Chi bộ trực thuộc đảng ủy cơ sở",
    f"Tổng số 124 chi bộ; được đánh giá, xếp loại 124 chi bộ. Trong đó: HTXSNV 19 chi bộ ({pct(19,124,1)}); HTTNV 96 chi bộ ({pct(96,124,1)}); HTNV 08 chi bộ ({pct(8,124,1)}); KHTNV 01 chi bộ ({pct(1,124,1)})."])
add("chi-bo-truc-thuoc-quota", T25, [
    "b) Chi bộ trực thuộc đảng ủy cơ sở",
    f"Tổng số 124 chi bộ; được đánh giá, xếp loại 124 chi bộ. Trong đó: HTXSNV 24 chi bộ ({pct(24,124,1)}); HTTNV 91 chi bộ ({pct(91,124,1)}); HTNV 08 chi bộ ({pct(8,124,1)}); KHTNV 01 chi bộ ({pct(1,124,1)})."],
    [E(Q, 2, 'error')])

# ---- 4. subject words ----------------------------------------------------------------------------------------------
add("tccs-abbreviation", T25, [
    f"Tổng số TCCS: 38; số TCCS được đánh giá, xếp loại: 38. Kết quả: HTXSNV 06 TCCS ({pct(6,38)}), HTTNV 30 TCCS ({pct(30,38)}), HTNV 02 TCCS ({pct(2,38)})."])
add("tccsd-abbreviation", T25, [
    f"Tổng số TCCSĐ: 38; được đánh giá 38. HTXSNV 06 TCCSĐ, chiếm {pct(6,38)}; HTTNV 30 TCCSĐ, chiếm {pct(30,38)}; HTNV 02 TCCSĐ, chiếm {pct(2,38)}."])
add("to-chuc-co-so-dang-capital", T25, [
    f"Tổ chức cơ sở Đảng: tổng số 38, được đánh giá, xếp loại 38. Hoàn thành xuất sắc nhiệm vụ 06, chiếm {pct(6,38,1)}; hoàn thành tốt nhiệm vụ 30, chiếm {pct(30,38,1)}; hoàn thành nhiệm vụ 02, chiếm {pct(2,38,1)}."])
add("tccs-wrong-total-base", T25, [
    f"Tổng số TCCS: 40; số TCCS được đánh giá, xếp loại: 38 (chưa đánh giá 02). Kết quả: HTXSNV 06 TCCS ({pct(6,40)}), HTTNV 30 TCCS ({pct(30,38)}), HTNV 02 TCCS ({pct(2,38)})."],
    [E(WD, 1)])
add("collectives-leadership", T25, [
    "2. Tập thể lãnh đạo, quản lý",
    f"Tập thể lãnh đạo, quản lý các cơ quan, đơn vị: tổng số 27, được đánh giá, xếp loại 27; Hoàn thành xuất sắc nhiệm vụ 04 tập thể ({pct(4,27,1)}), Hoàn thành tốt nhiệm vụ 21 tập thể ({pct(21,27,1)}), Hoàn thành nhiệm vụ 02 tập thể ({pct(2,27,1)})."])
add("collectives-sum-wrong", T25, [
    "2. Tập thể lãnh đạo, quản lý",
    f"Tập thể lãnh đạo, quản lý các cơ quan, đơn vị: tổng số 27, được đánh giá, xếp loại 27; Hoàn thành xuất sắc nhiệm vụ 04 tập thể ({pct(4,27,1)}), Hoàn thành tốt nhiệm vụ 22 tập thể ({pct(22,27,1)}), Hoàn thành nhiệm vụ 02 tập thể ({pct(2,27,1)})."],
    [E(SUM, 2)])
add("leaders-dong-chi", T25, [
    f"Cán bộ lãnh đạo, quản lý diện Ban Thường vụ Huyện ủy quản lý: 64 đồng chí; HTXSNV 10 đồng chí, chiếm {pct(10,64)}; HTTNV 50 đồng chí, chiếm {pct(50,64)}; HTNV 04 đồng chí, chiếm {pct(4,64)}; KHTNV 0."])
add("leaders-dc-abbrev", T25, [
    "Cán bộ lãnh đạo, quản lý",
    f"Tổng số 64 đ/c được đánh giá. HTXSNV 10 đ/c ({pct(10,64,1)}); HTTNV 50 đ/c ({pct(50,64,1)}); HTNV 04 đ/c ({pct(4,64,1)})."])
add("leaders-dc-wrong", T25, [
    "Cán bộ lãnh đạo, quản lý",
    f"Tổng số 64 đ/c được đánh giá. HTXSNV 10 đ/c ({pct(10,64,1)}); HTTNV 50 đ/c (76,1%); HTNV 04 đ/c ({pct(4,64,1)})."],
    [E(PM, 2)])

# ---- 5. members -----------------------------------------------------------------------------------------------------
R, X, G, C, K = 2950, 412, 2289, 231, 18
add("members-full", T25, [
    f"Tổng số đảng viên: 3.012; số đảng viên thuộc diện không đánh giá: 62 (miễn công tác và sinh hoạt đảng 50, đình chỉ sinh hoạt đảng 02, mới kết nạp chưa đủ 6 tháng 10); số đảng viên tham gia đánh giá, xếp loại: {n(R)}.",
    f"Kết quả: Hoàn thành xuất sắc nhiệm vụ {n(X)} đồng chí, chiếm {pct(X,R)}; Hoàn thành tốt nhiệm vụ {n(G)} đồng chí, chiếm {pct(G,R)}; Hoàn thành nhiệm vụ {n(C)} đồng chí, chiếm {pct(C,R)}; Không hoàn thành nhiệm vụ {n(K)} đồng chí, chiếm {pct(K,R)}."])
add("members-exempt-sum-wrong", T25, [
    f"Tổng số đảng viên: 3.012; số đảng viên thuộc diện không đánh giá: 62 (miễn công tác và sinh hoạt đảng 50, đình chỉ sinh hoạt đảng 02, mới kết nạp chưa đủ 6 tháng 12); số đảng viên tham gia đánh giá, xepsloại: {n(R)}.".replace("xepsloại","xếp loại"),
    f"Kết quả: Hoàn thành xuất sắc nhiệm vụ {n(X)} đồng chí, chiếm {pct(X,R)}; Hoàn thành tốt nhiệm vụ {n(G)} đồng chí, chiếm {pct(G,R)}; Hoàn thành nhiệm vụ {n(C)} đồng chí, chiếm {pct(C,R)}; Không hoàn thành nhiệm vụ {n(K)} đồng chí, chiếm {pct(K,R)}."],
    [E(SUM, 1)])
add("members-fraction-rated", T25, [
    f"Về đảng viên: có 2.950/3.012 đồng chí được đánh giá, xếp loại, chiếm tỷ lệ {pct(2950,3012)}.",
    f"Trong đó: hoàn thành xuất sắc nhiệm vụ {n(X)} đồng chí, chiếm {pct(X,R)}; hoàn thành tốt nhiệm vụ {n(G)} đồng chí, chiếm {pct(G,R)}; hoàn thành nhiệm vụ {n(C)} đồng chí, chiếm {pct(C,R)}; không hoàn thành nhiệm vụ {n(K)} đồng chí, chiếm {pct(K,R)}."])
add("members-fraction-percent-wrong", T25, [
    f"Về đảng viên: có 2.701/2.950 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 91,65%."],
    [E(PM, 1)])
add("members-fraction-invalid", T25, [
    f"Về đảng viên: có 2.970/2.950 đồng chí được đánh giá, xếp loại."],
    [E(FR, 1)])

# ---- 6. fractions with and without percentages ---------------------------------------------------------------------
add("fraction-tccs-bracket-rate", T25, [
    f"Có 52/55 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên (tỷ lệ {pct(52,55,1)})."])
add("fraction-tccs-bracket-rate-wrong", T25, [
    f"Có 52/55 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên (tỷ lệ 95,5%)."],
    [E(PM, 1)])
add("fraction-147-then-levels", T25, [
    f"Tổ chức cơ sở đảng: có 147/147 tổ chức được đánh giá, xếp loại, đạt 100%; trong đó: Hoàn thành xuất sắc nhiệm vụ 22, chiếm {pct(22,147)}; Hoàn thành tốt nhiệm vụ 116, chiếm {pct(116,147)}; Hoàn thành nhiệm vụ 08, chiếm {pct(8,147)}; Không hoàn thành nhiệm vụ 01, chiếm {pct(1,147)}."])
add("fraction-147-then-levels-wrong", T25, [
    f"Tổ chức cơ sở đảng: có 147/147 tổ chức được đánh giá, xếp loại, đạt 100%; trong đó: Hoàn thành xuất sắc nhiệm vụ 22, chiếm {pct(22,147)}; Hoàn thành tốt nhiệm vụ 116, chiếm {pct(116,147)}; Hoàn thành nhiệm vụ 08, chiếm 6,54%; Không hoàn thành nhiệm vụ 01, chiếm {pct(1,147)}."],
    [E(PM, 1)])
add("fraction-level-first", T25, [
    f"Tổ chức cơ sở đảng: Hoàn thành xuất sắc nhiệm vụ: 07/44 tổ chức ({pct(7,44,1)}); Hoàn thành tốt nhiệm vụ trở lên: 42/44 tổ chức ({pct(42,44,1)})."])

# ---- 7. nesting: "hoàn thành tốt nhiệm vụ" meaning HTT and above -------------------------------------------------
add("nesting-share-of-rated", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 232.",
    f"Có 210 TCCS hoàn thành tốt nhiệm vụ, đạt {pct(210,232,1)}, trong đó có {pct(40,232,1)} xếp loại hoàn thành xuất sắc nhiệm vụ."])
add("nesting-share-of-parent", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 232.",
    f"Có 210 TCCS hoàn thành tốt nhiệm vụ, đạt {pct(210,232,1)}; trong đó có {pct(40,210,1)} xếp loại hoàn thành xuất sắc nhiệm vụ."])
add("nesting-wrong", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 232.",
    f"Có 210 TCCS hoàn thành tốt nhiệm vụ, đạt {pct(210,232,1)}, trong đó có 30 TCCS xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm 21,4%."],
    [E(PM, 2)])
add("nesting-quota-derived", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 1.200.",
    f"Có 1.100 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm {pct(1100,1200,1)}; trong đó 240 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm {pct(240,1200,1)}."],
    [E(Q, 2, 'warning')])
add("nesting-within-quota", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 1.200.",
    f"Có 1.100 đồng chí hoàn thành tốt nhiệm vụ trở lên, chiếm {pct(1100,1200,1)}; trong đó 150 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm {pct(150,1200,1)}."])

# ---- 8. two bases in one sentence ---------------------------------------------------------------------------------
add("two-bases", T25, [
    f"Số đảng viên được đánh giá, xếp loại: {n(R)}; hoàn thành tốt nhiệm vụ: {n(G)} đồng chí; hoàn thành nhiệm vụ: {n(C)} đồng chí; không hoàn thành nhiệm vụ: {n(K)} đồng chí.",
    f"Số đảng viên hoàn thành xuất sắc nhiệm vụ là {n(X)} đồng chí, chiếm {pct(X,R)} tổng số đảng viên được đánh giá và chiếm {pct(X,X+G)} so với tổng số đảng viên hoàn thành tốt nhiệm vụ trở lên."])
add("two-bases-htt-plus-instead-of-rated", T25, [
    f"Số đảng viên được đánh giá, xếp loại: {n(R)}; hoàn thành tốt nhiệm vụ: {n(G)} đồng chí; hoàn thành nhiệm vụ: {n(C)} đồng chí; không hoàn thành nhiệm vụ: {n(K)} đồng chí.",
    f"Số đảng viên hoàn thành xuất sắc nhiệm vụ là {n(X)} đồng chí, chiếm {pct(X,X+G)} tổng số đảng viên được đánh giá và chiếm {pct(X,X+G)} so với tổng số đảng viên hoàn thành tốt nhiệm vụ trở lên."],
    [E(WD, 2)])
add("mixed-bases-total", T25, [
    "Tổng số đảng viên: 640; được đánh giá, xếp loại 600.",
    f"Đảng viên hoàn thành xuất sắc nhiệm vụ 90 đồng chí, chiếm {pct(90,640)} so với tổng số đảng viên; hoàn thành tốt nhiệm vụ 480 đồng chí, chiếm {pct(480,600)}; hoàn thành nhiệm vụ 28 đồng chí, chiếm {pct(28,600)}; không hoàn thành nhiệm vụ 02 đồng chí, chiếm {pct(2,600)}."])

# ---- 9. qualifiers and missing signs ------------------------------------------------------------------------------
add("qualifier-above", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 60.",
    f"Có trên 80% TCCS hoàn thành tốt nhiệm vụ trở lên (50 tổ chức); HTXS 08 tổ chức."])
add("qualifier-above-wrong", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 60.",
    "Hoàn thành tốt nhiệm vụ trở lên 45 tổ chức, đạt trên 80%; HTXS 07 tổ chức."],
    [E(PM, 2)])
add("qualifier-nearly", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 300.",
    "Đảng viên hoàn thành tốt nhiệm vụ 178 đồng chí, gần 60%; hoàn thành xuất sắc nhiệm vụ 30 đồng chí, chiếm 10%."])
add("ti-le-spelling", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 300.",
    f"Hoàn thành xuất sắc nhiệm vụ 30 đồng chí, tỉ lệ {pct(30,300)}; hoàn thành tốt nhiệm vụ 240 đồng chí, tỉ lệ {pct(240,300)}; hoàn thành nhiệm vụ 28 đồng chí, tỉ lệ 9,66%; không hoàn thành nhiệm vụ 02 đồng chí, tỉ lệ {pct(2,300)}."],
    [E(PM, 2)])
add("missing-percent-sign", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 500.",
    f"Hoàn thành xuất sắc nhiệm vụ 66 đồng chí, đạt {pct(66,500,1,sign=False)}; hoàn thành tốt nhiệm vụ 400 đồng chí, đạt {pct(400,500,1,sign=False)}; hoàn thành nhiệm vụ 30 đồng chí, đạt {pct(30,500,1,sign=False)}; không hoàn thành nhiệm vụ 04 đồng chí, đạt {pct(4,500,1,sign=False)}."])
add("missing-percent-sign-wrong", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 500.",
    f"Hoàn thành xuất sắc nhiệm vụ 66 đồng chí, đạt 14,2; hoàn thành tốt nhiệm vụ 400 đồng chí, đạt {pct(400,500,1,sign=False)}."],
    [E(WD, 2)])
add("percent-slash-total", T25, [
    "Tổng số đảng viên: 4.371; số đảng viên được đánh giá, xếp loại: 4.336.",
    f"Đảng viên hoàn thành tốt nhiệm vụ trở lên 3.656 đồng chí, chiếm {pct(3656,4336)}/tổng số; hoàn thành xuất sắc nhiệm vụ 560 đồng chí, chiếm {pct(560,4336)}/tổng số."])

# ---- 10. letter grades --------------------------------------------------------------------------------------------
add("letter-grades", T25, [
    "Đối với đảng viên là cán bộ, công chức",
    f"Số đảng viên được đánh giá, xếp loại: 180 đồng chí; xếp loại A (hoàn thành xuất sắc nhiệm vụ) 25 đồng chí, chiếm {pct(25,180,1)}; loại B 145 đồng chí, chiếm {pct(145,180,1)}; loại C 10 đồng chí, chiếm {pct(10,180,1)}."])
add("letter-grades-sum-wrong", T25, [
    "Đối với đảng viên là cán bộ, công chức",
    "Tổng số đảng viên được đánh giá: 180 đồng chí; xếp loại A 25 đồng chí; loại B 145 đồng chí; loại C 12 đồng chí; loại D 0."],
    [E(SUM, 2)])

# ---- 11. older scheme (before 2018) -------------------------------------------------------------------------------
T16 = "BÁO CÁO kết quả đánh giá, xếp loại tổ chức cơ sở đảng và đảng viên năm 2016"
add("old-scheme-tsvm", T16, [
    f"Tổng số TCCS được đánh giá, xếp loại: 50; trong đó có 40 TCCS đạt trong sạch vững mạnh, chiếm {pct(40,50,0)}, trong đó 08 trong sạch vững mạnh (tiêu biểu), chiếm {pct(8,40,0)}; 08 TCCS hoàn thành tốt nhiệm vụ, chiếm {pct(8,50,0)}; 02 TCCS yếu kém, chiếm {pct(2,50,0)}.",
    "Tiếp tục xây dựng tổ chức đảng trong sạch, vững mạnh; khắc phục những hạn chế, yếu kém đã chỉ ra."])
add("old-scheme-tsvm-wrong", T16, [
    f"Tổng số TCCS được đánh giá, xếp loại: 50; trong đó có 40 TCCS đạt trong sạch vững mạnh, chiếm {pct(40,50,0)}; 08 TCCS hoàn thành tốt nhiệm vụ, chiếm {pct(8,50,0)}; 03 TCCS yếu kém, chiếm {pct(3,50,0)}."],
    [E(SUM, 1)])

# ---- 12. non-results ----------------------------------------------------------------------------------------------
add("targets-and-estimates", T25, [
    "Tổng số TCCS được đánh giá, xếp loại: 60; HTXS 09 tổ chức, chiếm 15%; HTT 46 tổ chức, chiếm 76,67%; HTNV 05 tổ chức, chiếm 8,33%.",
    "Phấn đấu năm 2026 có trên 90% TCCS hoàn thành tốt nhiệm vụ trở lên. Chỉ tiêu Nghị quyết đề ra: 85% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
    "Dự ước 12 tổ chức cơ sở đảng đạt hoàn thành xuất sắc nhiệm vụ năm 2026."])
add("year-on-year-change", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 800.",
    f"Đảng viên hoàn thành xuất sắc nhiệm vụ 120 đồng chí, chiếm {pct(120,800)}, tăng 1,71% so với năm 2024; hoàn thành tốt nhiệm vụ 650 đồng chí, chiếm {pct(650,800)}, giảm 12 đồng chí so với năm 2024.",
    "So với Nghị quyết, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên vượt 2,25%."])
add("other-year-aside", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 800.",
    f"Đảng viên hoàn thành xuất sắc nhiệm vụ 120 đồng chí, chiếm {pct(120,800)} (năm 2024: 13,5%).",
    "Năm 2024 có 108 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 13,5%."])

# ---- 13. truncation and the same count with two percentages -------------------------------------------------------
add("truncated-percent", T25, [
    "Tổng số chi bộ trực thuộc: 51, được đánh giá 51.",
    f"Chi bộ trực thuộc hoàn thành tốt nhiệm vụ 35 chi bộ, chiếm {pct(35,51,2,trunc=True)}; hoàn thành xuất sắc nhiệm vụ 07 chi bộ, chiếm {pct(7,51)}; hoàn thành nhiệm vụ 09 chi bộ, chiếm {pct(9,51)}."],
    [E(TR, 2, 'warning')])
add("same-count-two-percents", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 820.",
    f"Đảng viên hoàn thành xuất sắc nhiệm vụ 120 đồng chí, chiếm {pct(120,820)}; hoàn thành tốt nhiệm vụ 650 đồng chí, chiếm {pct(650,820)}.",
    f"Đánh giá chung: 120 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 14,36%."],
    [E(PM, 3), E(INC, 3, 'warning')])
add("same-count-same-percent-rounded", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 820.",
    f"Đảng viên hoàn thành xuất sắc nhiệm vụ 120 đồng chí, chiếm {pct(120,820)}; hoàn thành tốt nhiệm vụ 650 đồng chí, chiếm {pct(650,820)}.",
    f"Đánh giá chung: 120 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm {pct(120,820,1)}."])

# ---- 14. counts by listing names ----------------------------------------------------------------------------------
add("listed-names", T25, [
    "Tập thể lãnh đạo, quản lý: tổng số 19 tập thể được đánh giá, xếp loại.",
    "Ban Tuyên giáo, Ban Tổ chức và Văn phòng Huyện ủy được xếp loại hoàn thành xuất sắc nhiệm vụ; hoàn thành tốt nhiệm vụ 16 tập thể."])
add("listed-names-sum-wrong", T25, [
    "Tập thể lãnh đạo, quản lý: tổng số 19 tập thể được đánh giá, xếp loại; hoàn thành tốt nhiệm vụ 17 tập thể.",
    "Ban Tuyên giáo, Ban Tổ chức và Văn phòng Huyện ủy được xếp loại hoàn thành xuất sắc nhiệm vụ."],
    [E(SUM, 2)])

# ---- 15. the HTXS cap ---------------------------------------------------------------------------------------------
add("quota-strict-error", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 1.000.",
    f"Hoàn thành xuất sắc nhiệm vụ 200 đồng chí, chiếm {pct(200,1000)}; hoàn thành tốt nhiệm vụ 700 đồng chí, chiếm {pct(700,1000)}; hoàn thành nhiệm vụ 100 đồng chí, chiếm {pct(100,1000)}."],
    [E(Q, 2, 'error')])
add("quota-exception-band", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 1.000.",
    f"Hoàn thành xuất sắc nhiệm vụ 170 đồng chí, chiếm {pct(170,1000)}; hoàn thành tốt nhiệm vụ 730 đồng chí, chiếm {pct(730,1000)}; hoàn thành nhiệm vụ 100 đồng chí, chiếm {pct(100,1000)}."],
    [E(Q, 2, 'warning')])
add("quota-small-chi-bo", T25, [
    "Chi bộ có 12 đảng viên; được đánh giá 12 đồng chí.",
    f"Kết quả: HTXS 03 đồng chí ({pct(3,12,1)}), HTT 08 đồng chí ({pct(8,12,1)}), HTNV 01 đồng chí ({pct(1,12,1)})."])

# ---- 16. totals ---------------------------------------------------------------------------------------------------
add("total-mismatch", T25, [
    "Tổng số tổ chức cơ sở đảng: 42; số được đánh giá, xếp loại: 40; chưa đánh giá 03 tổ chức mới thành lập.",
    f"Hoàn thành xuất sắc nhiệm vụ 06 tổ chức, chiếm {pct(6,40,1)}; hoàn thành tốt nhiệm vụ 33 tổ chức, chiếm {pct(33,40,1)}; hoàn thành nhiệm vụ 01 tổ chức, chiếm {pct(1,40,1)}."],
    [E(TOT, 1)])
add("good-or-better-sum-wrong", T25, [
    "Tổng số đảng viên được đánh giá, xếp loại: 500.",
    f"Hoàn thành xuất sắc nhiệm vụ 66 đồng chí, chiếm {pct(66,500,1)}; hoàn thành tốt nhiệm vụ 400 đồng chí, chiếm {pct(400,500,1)}; hoàn thành nhiệm vụ 30 đồng chí; không hoàn thành nhiệm vụ 04 đồng chí.",
    f"Đảng viên hoàn thành tốt nhiệm vụ trở lên: 468 đồng chí."],
    [E(SUM, 3)])

# ---- 17. whole district reports, correct ---------------------------------------------------------------------------
def district(unit, tc, tr, te, tg, tcpl, tk, mt, mr, me, mg, mc, mk, year_title=T25):
    return [
        f"ĐẢNG BỘ {unit}",
        year_title,
        "I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",
        "1. Tổ chức cơ sở đảng",
        f"Tổng số tổ chức cơ sở đảng: {n(tc)}; số được đánh giá, xếp loại: {n(tr)}/{n(tc)}" + (f" (chưa đánh giá {n(tc-tr)}, do mới thành lập)." if tc != tr else "."),
        f"Trong đó: Hoàn thành xuất sắc nhiệm vụ {n(te)} tổ chức, chiếm {pct(te,tr,1)}; Hoàn thành tốt nhiệm vụ {n(tg)} tổ chức, chiếm {pct(tg,tr,1)}; Hoàn thành nhiệm vụ {n(tcpl)} tổ chức, chiếm {pct(tcpl,tr,1)}; Không hoàn thành nhiệm vụ {n(tk)}" + (f", chiếm {pct(tk,tr,1)}." if tk else "."),
        "2. Đảng viên",
        f"Tổng số đảng viên: {n(mt)}; số đảng viên tham gia đánh giá, xếp loại: {n(mr)}.",
        f"Kết quả: Hoàn thành xuất sắc nhiệm vụ {n(me)} đồng chí, chiếm {pct(me,mr)}; Hoàn thành tốt nhiệm vụ {n(mg)} đồng chí, chiếm {pct(mg,mr)}; Hoàn thành nhiệm vụ {n(mc)} đồng chí, chiếm {pct(mc,mr)}; Không hoàn thành nhiệm vụ {n(mk)} đồng chí, chiếm {pct(mk,mr)}.",
        f"Số đảng viên hoàn thành tốt nhiệm vụ trở lên {n(me+mg)} đồng chí, đạt tỷ lệ {pct(me+mg,mr,1)}.",
    ]
add("district-a", T25, district("HUYỆN ĐÔNG SƠN LÂM", 64, 62, 9, 49, 3, 1, 5210, 5102, 790, 4010, 290, 12)[2:])
add("district-b", T25, district("THỊ XÃ BẮC HÀ MỘC", 38, 38, 6, 30, 2, 0, 2410, 2388, 360, 1880, 140, 8)[2:])
add("district-c", T23, district("HUYỆN NAM TRƯỜNG AN", 91, 90, 13, 73, 3, 1, 7320, 7211, 1100, 5602, 480, 29, T23)[2:])
d = district("HUYỆN TÂY ĐỒNG LẠC", 50, 50, 7, 40, 2, 1, 3300, 3250, 480, 2520, 230, 20)[2:]
d[3] = d[3].replace(pct(7,50,1), "17,8%")
add("district-d-wrong-tccs-percent", T25, d, [E(PM, 4)])
d = district("HUYỆN TÂY ĐỒNG LẠC", 50, 50, 7, 40, 2, 1, 3300, 3250, 480, 2520, 230, 20)[2:]
d[7] = d[7].replace(pct(3000,3250,1), pct(3000,3300,1))
add("district-e-wrong-base-total", T25, d, [E(WD, 8)])
d = district("HUYỆN TÂY ĐỒNG LẠC", 50, 50, 7, 40, 2, 1, 3300, 3250, 480, 2520, 230, 20)[2:]
d[6] = d[6].replace("2.520 đồng chí", "2.530 đồng chí")
add("district-f-level-sum", T25, d, [E(SUM, 7), E(PM, 7), E(SUM, 8)])

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
for i, (name, title, paras, defects, note) in enumerate(P, 1):
    base = f"{i:02d}-{name}"
    text = [title] + paras
    open(os.path.join(OUT, base + ".txt"), "w").write("\n".join(text) + "\n")
    json.dump({"defects": defects}, open(os.path.join(OUT, base + ".json"), "w"), ensure_ascii=False, indent=2)
print(len(P))
