#!/usr/bin/env python3
"""Helper for maps/regenerate.sh (Python 3 standard library only).

Sub-commands (all paths are given by regenerate.sh, nothing is hard-wired):
  countries    RAW.geojson OUT.geojson      add English/Arabic names to the clipped NE countries
  governorates RAW.geojson OUT.geojson      keep/rename NE admin-1 units, add Arabic names
  frontier     BORDERS.txt OUT.geojson      Iraq-Syria boundary from `gmt coast -N1 -M` output
  rivers       RIVERS.txt OUT.geojson       Euphrates/Tigris/Khabur from `gmt coast -Ir -M` output
  places       places.csv OUT.geojson
  crossings    crossings.csv FRONTIER.geojson OUT.geojson
  report       DIR                          print measured facts of the final files in DIR

Geodesic distances use Vincenty's inverse formula on the WGS84 ellipsoid.
"""
import csv
import heapq
import json
import math
import sys

BOX = (34.0, 28.0, 50.0, 39.0)  # lon_min, lat_min, lon_max, lat_max

# Published tripoints (Wikipedia "Iraq-Syria border", from US State Dept.
# International Boundary Study No. 100 "Iraq-Syria Boundary", 1970).
TRIPOINT_JORDAN = (38.7936, 33.3747)   # 33°22'29"N 38°47'37"E
TRIPOINT_TURKEY = (42.3572, 37.1060)   # 37°06'22"N 42°21'26"E, Tigris/Khabur confluence

# ---------------------------------------------------------------- geodesy
A = 6378137.0
F = 1 / 298.257223563
B = A * (1 - F)
E2 = F * (2 - F)


def geodesic(lon1, lat1, lon2, lat2):
    """Vincenty inverse: distance in metres on WGS84."""
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    L = math.radians(lon2 - lon1)
    U1 = math.atan((1 - F) * math.tan(math.radians(lat1)))
    U2 = math.atan((1 - F) * math.tan(math.radians(lat2)))
    sU1, cU1, sU2, cU2 = math.sin(U1), math.cos(U1), math.sin(U2), math.cos(U2)
    lam = L
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        ss = math.hypot(cU2 * sl, cU1 * sU2 - sU1 * cU2 * cl)
        if ss == 0:
            return 0.0
        cs = sU1 * sU2 + cU1 * cU2 * cl
        sig = math.atan2(ss, cs)
        sa = cU1 * cU2 * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * sU1 * sU2 / c2a if c2a else 0.0
        C = F / 16 * c2a * (4 + F * (4 - 3 * c2a))
        prev = lam
        lam = L + (1 - C) * F * sa * (sig + C * ss * (c2sm + C * cs * (-1 + 2 * c2sm * c2sm)))
        if abs(lam - prev) < 1e-12:
            break
    u2 = c2a * (A * A - B * B) / (B * B)
    AA = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    BB = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    ds = BB * ss * (c2sm + BB / 4 * (cs * (-1 + 2 * c2sm * c2sm)
                                     - BB / 6 * c2sm * (-3 + 4 * ss * ss) * (-3 + 4 * c2sm * c2sm)))
    return B * AA * (sig - ds)


def line_length(pts):
    return sum(geodesic(*pts[i], *pts[i + 1]) for i in range(len(pts) - 1))


def local_scale(lat):
    """metres per degree (lon, lat) at latitude lat."""
    p = math.radians(lat)
    w = math.sqrt(1 - E2 * math.sin(p) ** 2)
    return math.radians(1) * A / w * math.cos(p), math.radians(1) * A * (1 - E2) / w ** 3


def nearest_on_line(pt, line):
    """(geodesic distance m, nearest point, segment index) of pt to a polyline."""
    lon0, lat0 = pt
    kx, ky = local_scale(lat0)
    best = None
    for i in range(len(line) - 1):
        x1, y1 = (line[i][0] - lon0) * kx, (line[i][1] - lat0) * ky
        x2, y2 = (line[i + 1][0] - lon0) * kx, (line[i + 1][1] - lat0) * ky
        dx, dy = x2 - x1, y2 - y1
        dd = dx * dx + dy * dy
        t = 0.0 if dd == 0 else max(0.0, min(1.0, -(x1 * dx + y1 * dy) / dd))
        d = math.hypot(x1 + t * dx, y1 + t * dy)
        if best is None or d < best[0]:
            q = (line[i][0] + t * (line[i + 1][0] - line[i][0]),
                 line[i][1] + t * (line[i + 1][1] - line[i][1]))
            best = (d, q, i)
    _, q, i = best
    return geodesic(lon0, lat0, q[0], q[1]), q, i


def side_of_line(pt, line):
    """+1 if pt is left of the line direction, -1 if right."""
    _, _, i = nearest_on_line(pt, line)
    a, b = line[i], line[i + 1]
    cr = (b[0] - a[0]) * (pt[1] - a[1]) - (b[1] - a[1]) * (pt[0] - a[0])
    return 1 if cr > 0 else -1


def segment_intersection(p1, p2, line):
    """First intersection of segment p1-p2 with polyline (planar in lon/lat)."""
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        d = (p2[0] - p1[0]) * (b[1] - a[1]) - (p2[1] - p1[1]) * (b[0] - a[0])
        if d == 0:
            continue
        t = ((a[0] - p1[0]) * (b[1] - a[1]) - (a[1] - p1[1]) * (b[0] - a[0])) / d
        u = ((a[0] - p1[0]) * (p2[1] - p1[1]) - (a[1] - p1[1]) * (p2[0] - p1[0])) / d
        if 0 <= t <= 1 and 0 <= u <= 1:
            return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


def point_south_on_line(ref, line, metres):
    """The point of the line `metres` (geodesic, straight) from ref, walking from ref's nearest
    line point towards the start of the line (the Jordan tripoint): for a post known only as
    "N km south of" another point on the line."""
    _, prev, i = nearest_on_line(ref, line)
    for j in range(i, -1, -1):
        a = line[j]
        if geodesic(*ref, *a) >= metres:
            lo, hi = 0.0, 1.0
            for _ in range(60):  # bisection on the segment prev-a
                m = (lo + hi) / 2
                q = (prev[0] + m * (a[0] - prev[0]), prev[1] + m * (a[1] - prev[1]))
                lo, hi = (m, hi) if geodesic(*ref, *q) < metres else (lo, m)
            return q
        prev = a
    return None


def point_in_ring(pt, ring):
    x, y = pt
    inside = False
    for i in range(len(ring)):
        x1, y1 = ring[i]
        x2, y2 = ring[i - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def point_in_geom(pt, geom):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        if point_in_ring(pt, poly[0]) and not any(point_in_ring(pt, h) for h in poly[1:]):
            return True
    return False


# ---------------------------------------------------------------- I/O
def read_gmt_segments(path):
    """Multi-segment GMT ASCII -> list of (header, [(lon, lat), ...])."""
    segs, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(">"):
                cur = []
                segs.append((line[1:].strip(), cur))
            elif line.strip() and not line.startswith("#"):
                x, y = line.split()[:2]
                if cur is None:
                    cur = []
                    segs.append(("", cur))
                cur.append((float(x), float(y)))
    return [(h, s) for h, s in segs if len(s) >= 2]


PRECISION = 5  # decimals (~1 m)


def _round_line(pts):
    out = []
    for p in pts:
        q = [round(p[0], PRECISION), round(p[1], PRECISION)]
        if not out or q != out[-1]:
            out.append(q)
    return out


def _ring_area2(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))


def _round_polygon(poly):
    rings = []
    for i, ring in enumerate(poly):
        r = _round_line(ring)
        if r[0] != r[-1]:
            r.append(r[0])
        if len(r) < 4 or _ring_area2(r) == 0:
            continue
        # RFC 7946: exterior rings counter-clockwise, holes clockwise
        if (_ring_area2(r) > 0) != (i == 0):
            r.reverse()
        if i == 0 or rings:
            rings.append(r)
    return rings


def rfc7946_geometry(g):
    """Round to PRECISION decimals, drop repeated vertices, orient rings, promote
    Polygon/LineString to Multi* where the layer is multi."""
    t, c = g["type"], g["coordinates"]
    if t == "Point":
        return {"type": t, "coordinates": [round(c[0], PRECISION), round(c[1], PRECISION)]}
    if t == "LineString":
        return {"type": t, "coordinates": _round_line(c)}
    if t == "MultiLineString":
        return {"type": t, "coordinates": [l for l in (_round_line(x) for x in c) if len(l) > 1]}
    if t in ("Polygon", "MultiPolygon"):
        polys = [c] if t == "Polygon" else c
        return {"type": "MultiPolygon",
                "coordinates": [p for p in (_round_polygon(x) for x in polys) if p]}
    die("unsupported geometry type " + t)


def write_fc(path, features):
    """Write an RFC 7946 FeatureCollection (WGS84 lon/lat), one feature per line."""
    lines = []
    for f in features:
        g = rfc7946_geometry(f["geometry"])
        lines.append(json.dumps({"type": "Feature", "properties": f["properties"], "geometry": g},
                                ensure_ascii=False, separators=(",", ":")))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n")


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


def die(msg):
    sys.exit("build_basemap.py: ERROR: " + msg)


# ---------------------------------------------------------------- countries
COUNTRY_NAMES = {
    # iso_a2: (English, Arabic)   -- Natural Earth v4.1 has no Arabic field; names filled in by hand.
    "IQ": ("Iraq", "العراق"),
    "SY": ("Syria", "سوريا"),
    "TR": ("Turkey", "تركيا"),
    "JO": ("Jordan", "الأردن"),
    "SA": ("Saudi Arabia", "السعودية"),
    "IR": ("Iran", "إيران"),
    "LB": ("Lebanon", "لبنان"),
    "IL": ("Israel", "إسرائيل"),
    "PS": ("Palestine", "فلسطين"),
    "KW": ("Kuwait", "الكويت"),
    "CY": ("Cyprus", "قبرص"),
    "EG": ("Egypt", "مصر"),
    "AM": ("Armenia", "أرمينيا"),
    "AZ": ("Azerbaijan", "أذربيجان"),
}


def cmd_countries(raw, out):
    fc = json.load(open(raw, encoding="utf-8"))
    feats = []
    for f in fc["features"]:
        iso = f["properties"]["iso_a2"]
        if iso not in COUNTRY_NAMES:
            die("no name table entry for country iso_a2=%r" % iso)
        if not f["geometry"]:
            continue
        en, ar = COUNTRY_NAMES[iso]
        feats.append(feature({"iso_a2": iso, "name": en, "name_ar": ar}, f["geometry"]))
    feats.sort(key=lambda f: f["properties"]["iso_a2"])
    for need in ("IQ", "SY", "TR", "JO", "SA", "IR", "LB", "IL", "PS", "KW", "CY", "EG"):
        if need not in {f["properties"]["iso_a2"] for f in feats}:
            die("country %s missing" % need)
    write_fc(out, feats)


# ---------------------------------------------------------------- governorates
# (iso_a2, Natural Earth `name`) -> (English common spelling, Arabic)
GOVERNORATE_NAMES = {
    ("IQ", "Al-Anbar"): ("Anbar", "الأنبار"),
    ("IQ", "Ninawa"): ("Nineveh", "نينوى"),
    ("IQ", "Dihok"): ("Dohuk", "دهوك"),
    ("IQ", "Arbil"): ("Erbil", "أربيل"),
    ("IQ", "Sala ad-Din"): ("Salah ad-Din", "صلاح الدين"),
    ("IQ", "Baghdad"): ("Baghdad", "بغداد"),
    ("IQ", "At-Ta'mim"): ("Kirkuk", "كركوك"),
    ("IQ", "As-Sulaymaniyah"): ("Sulaymaniyah", "السليمانية"),
    ("IQ", "Diyala"): ("Diyala", "ديالى"),
    ("IQ", "Babil"): ("Babil", "بابل"),
    ("IQ", "Karbala'"): ("Karbala", "كربلاء"),
    ("IQ", "An-Najaf"): ("Najaf", "النجف"),
    ("IQ", "Al-Qādisiyyah"): ("Al-Qadisiyyah", "القادسية"),
    ("IQ", "Wasit"): ("Wasit", "واسط"),
    ("IQ", "Maysan"): ("Maysan", "ميسان"),
    ("IQ", "Dhi-Qar"): ("Dhi Qar", "ذي قار"),
    ("IQ", "Al-Muthannia"): ("Muthanna", "المثنى"),
    ("IQ", "Al-Basrah"): ("Basra", "البصرة"),
    ("SY", "Dayr Az Zawr"): ("Deir ez-Zor", "دير الزور"),
    ("SY", "Hasaka (Al Haksa)"): ("Hasakah", "الحسكة"),
    ("SY", "Homs (Hims)"): ("Homs", "حمص"),
    ("SY", "Ar Raqqah"): ("Raqqa", "الرقة"),
    ("SY", "Damascus"): ("Damascus", "دمشق"),
    ("SY", "Rif Dimashq"): ("Rif Dimashq", "ريف دمشق"),
    ("SY", "Aleppo"): ("Aleppo", "حلب"),
    ("SY", "Hamah"): ("Hama", "حماة"),
    ("SY", "Idlib"): ("Idlib", "إدلب"),
    ("SY", "Lattakia"): ("Latakia", "اللاذقية"),
    ("SY", "Tartus"): ("Tartus", "طرطوس"),
    ("SY", "Dar`a"): ("Daraa", "درعا"),
    ("SY", "As Suwayda'"): ("As-Suwayda", "السويداء"),
    ("SY", "Quneitra"): ("Quneitra", "القنيطرة"),
    ("SY", "UNDOF"): ("UNDOF zone (Golan area of separation)", "منطقة الفصل (أندوف)"),
    ("JO", "Amman"): ("Amman", "عمّان"),
    ("JO", "Irbid"): ("Irbid", "إربد"),
    ("JO", "Zarqa"): ("Zarqa", "الزرقاء"),
    ("JO", "Mafraq"): ("Mafraq", "المفرق"),
    ("JO", "Balqa"): ("Balqa", "البلقاء"),
    ("JO", "Madaba"): ("Madaba", "مادبا"),
    ("JO", "Karak"): ("Karak", "الكرك"),
    ("JO", "Tafilah"): ("Tafilah", "الطفيلة"),
    ("JO", "Ma`an"): ("Ma'an", "معان"),
    ("JO", "Aqaba"): ("Aqaba", "العقبة"),
    ("JO", "Ajlun"): ("Ajloun", "عجلون"),
    ("JO", "Jarash"): ("Jerash", "جرش"),
    ("LB", "Beirut"): ("Beirut", "بيروت"),
    ("LB", "Mount Lebanon"): ("Mount Lebanon", "جبل لبنان"),
    ("LB", "North Lebanon"): ("North Lebanon", "الشمال"),
    ("LB", "South Lebanon"): ("South Lebanon", "الجنوب"),
    ("LB", "An Nabatiyah"): ("Nabatieh", "النبطية"),
    ("LB", "Beqaa"): ("Beqaa", "البقاع"),
    ("KW", "Al Asimah"): ("Capital (Al Asimah)", "العاصمة"),
    ("KW", "Hawalli"): ("Hawalli", "حولي"),
    ("KW", "Al Farwaniyah"): ("Farwaniya", "الفروانية"),
    ("KW", "Mubarak Al-Kabeer"): ("Mubarak Al-Kabeer", "مبارك الكبير"),
    ("KW", "Al Ahmadi"): ("Ahmadi", "الأحمدي"),
    ("KW", "Al Jahrah"): ("Jahra", "الجهراء"),
    ("SA", "Tabuk"): ("Tabuk", "تبوك"),
    ("SA", "Al Jawf"): ("Al Jawf", "الجوف"),
    ("SA", "Al Hudud ash Shamaliyah"): ("Northern Borders", "الحدود الشمالية"),
    ("SA", "Ha'il"): ("Ha'il", "حائل"),
    ("SA", "Ash Sharqiyah"): ("Eastern Province", "المنطقة الشرقية"),
}


def cmd_governorates(raw, out):
    fc = json.load(open(raw, encoding="utf-8"))
    feats = []
    for f in fc["features"]:
        key = (f["properties"]["iso_a2"], f["properties"]["name"])
        if key not in GOVERNORATE_NAMES:
            die("no name table entry for admin-1 unit %r" % (key,))
        if not f["geometry"]:
            continue
        en, ar = GOVERNORATE_NAMES[key]
        feats.append(feature({"iso_a2": key[0], "name": en, "name_ar": ar}, f["geometry"]))
    feats.sort(key=lambda f: (f["properties"]["iso_a2"], f["properties"]["name"]))
    names = {(f["properties"]["iso_a2"], f["properties"]["name"]) for f in feats}
    for iso, n in (("IQ", "Anbar"), ("IQ", "Nineveh"), ("IQ", "Dohuk"), ("SY", "Deir ez-Zor"),
                   ("SY", "Hasakah"), ("SY", "Homs")):
        if (iso, n) not in names:
            die("governorate %s/%s missing" % (iso, n))
    write_fc(out, feats)


# ---------------------------------------------------------------- frontier
def key(p):
    return (round(p[0], 6), round(p[1], 6))


def cmd_frontier(borders, out):
    """Chain the GSHHG border pieces (split at 1-degree bins) from the Jordan
    tripoint to the point where the boundary meets the Tigris, then follow the
    Tigris (stored by GSHHG as part of the Syria-Turkey line) upstream to the
    Turkey tripoint at the Khabur confluence."""
    segs = [s for _, s in read_gmt_segments(borders)]
    # 1. start: segment end nearest the published Jordan tripoint
    best = None
    for i, s in enumerate(segs):
        for end in (0, -1):
            d = geodesic(*s[end], *TRIPOINT_JORDAN)
            if best is None or d < best[0]:
                best = (d, i, end)
    d0, i, end = best
    if d0 > 1000:
        die("no GSHHG border end within 1 km of the Jordan tripoint (%.0f m)" % d0)
    line = list(segs[i] if end == 0 else segs[i][::-1])
    used = {i}
    # 2. follow end-to-end continuations (pieces split at bin edges)
    while True:
        nxt = None
        for j, s in enumerate(segs):
            if j in used:
                continue
            if key(s[0]) == key(line[-1]):
                nxt = (j, s)
            elif key(s[-1]) == key(line[-1]):
                nxt = (j, s[::-1])
            if nxt:
                break
        if not nxt:
            break
        used.add(nxt[0])
        line.extend(nxt[1][1:])
    # 3. the chain ends where the boundary reaches the Tigris; that end point is an
    #    interior vertex of the GSHHG Syria-Turkey Tigris line: follow it upstream.
    tail = None
    for j, s in enumerate(segs):
        if j in used:
            continue
        for k, p in enumerate(s):
            if key(p) == key(line[-1]):
                tail = (j, k)
                break
        if tail:
            break
    if tail is None:
        die("could not find the Tigris piece continuing the boundary")
    s = segs[tail[0]]
    dt, q, m = nearest_on_line(TRIPOINT_TURKEY, s)
    k = tail[1]
    if m < k:            # walk towards smaller indices, then stop at projected tripoint
        extra = [s[t] for t in range(k - 1, m, -1)] + [q]
    else:
        extra = [s[t] for t in range(k + 1, m + 1)] + [q]
    line.extend(extra)
    if geodesic(*line[-1], *TRIPOINT_TURKEY) > 1000:
        die("boundary does not end near the Turkey tripoint")
    km = line_length(line) / 1000
    if not 590 <= km <= 610:
        die("frontier length %.1f km outside 590..610" % km)
    write_fc(out, [feature({"name": "Iraq–Syria boundary",
                            "source": "GSHHG 2.3.7 full-resolution political boundaries "
                                      "(WDBII-derived, via gmt coast -N1 -Df), pieces merged SW->NE"},
                           {"type": "LineString", "coordinates": [list(p) for p in line]})])
    print("frontier: %d vertices, %.2f km (WGS84 geodesic), start %.0f m from the Jordan "
          "tripoint, end %.0f m from the Turkey tripoint" % (len(line), km, d0, dt))


# ---------------------------------------------------------------- rivers
RIVERS = [
    # name, Arabic, waypoints upstream -> downstream (lon, lat). Each consecutive pair is
    # joined by the cheapest path through the GSHHG river network (main classes preferred).
    ("Euphrates", "الفرات", [
        (38.7775, 39.0),     # enters the clip box (Karasu, north of Keban)
        (38.01, 36.82),      # Jarablus (Syrian border)
        (39.01, 35.95),      # Raqqa
        (40.14, 35.33),      # Deir ez-Zor
        (40.43, 35.15),      # Busayrah (Khabur confluence)
        (40.94, 34.45),      # Albu Kamal
        (42.37, 34.13),      # Haditha
        (42.83, 33.64),      # Hit
        (43.31, 33.42),      # Ramadi
        (43.78, 33.35),      # Fallujah
        (45.28, 31.31),      # Samawah
        (46.26, 31.05),      # Nasiriyah
        (47.43, 31.00),      # Qurna (Tigris confluence)
    ]),
    ("Tigris", "دجلة", [
        (40.0075, 38.0639),  # upstream end of the GSHHG main-class line, west of Diyarbakir
        (40.24, 37.91),      # Diyarbakir
        (42.19, 37.33),      # Cizre
        (42.357, 37.106),    # IQ-SY-TR tripoint (Khabur confluence)
        (42.378, 37.068),    # Faysh Khabur
        (43.13, 36.34),      # Mosul
        (43.68, 34.60),      # Tikrit
        (44.37, 33.32),      # Baghdad
        (45.82, 32.50),      # Kut
        (47.15, 31.84),      # Amarah
        (47.43, 31.00),      # Qurna
    ]),
    ("Khabur", "الخابور", [
        (40.07, 36.85),      # Ras al-Ayn (springs)
        (40.74, 36.51),      # Hasakah
        (40.73, 36.05),      # Shaddadi
        (40.43, 35.15),      # Busayrah (mouth)
    ]),
]
CLASS_COST = {0: 1.0, 1: 1.0, 2: 1.3, 3: 1.6, 4: 2.5}


def ring_centerline(ring):
    """Centre line of a closed double-lined river outline (GSHHG river level 0)."""
    lat0 = sum(p[1] for p in ring) / len(ring)
    kx, ky = local_scale(lat0)

    def far(i):
        xi, yi = ring[i]
        return max(range(len(ring)), key=lambda j: ((ring[j][0] - xi) * kx) ** 2 + ((ring[j][1] - yi) * ky) ** 2)

    i1 = far(0)
    i2 = far(i1)
    if i1 > i2:
        i1, i2 = i2, i1
    bank_a = ring[i1:i2 + 1]
    bank_b = ring[i2:] + ring[1:i1 + 1]  # ring[0] == ring[-1]
    centre = []
    for p in bank_a:
        _, q, _ = nearest_on_line(p, bank_b)
        centre.append(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2))
    return centre


def assemble_rings(segs):
    rings, pool = [], [list(s) for s in segs if key(s[0]) != key(s[-1]) or len(s) > 2]
    while pool:
        cur = pool.pop(0)
        changed = True
        while key(cur[0]) != key(cur[-1]) and changed:
            changed = False
            for j, s in enumerate(pool):
                if key(s[0]) == key(cur[-1]):
                    cur += s[1:]
                elif key(s[-1]) == key(cur[-1]):
                    cur += s[::-1][1:]
                else:
                    continue
                pool.pop(j)
                changed = True
                break
        if key(cur[0]) == key(cur[-1]) and len(cur) > 3:
            rings.append(cur)
    return rings


def cmd_rivers(path, out):
    lines = []  # (class, [pts])
    level0 = []
    for head, s in read_gmt_segments(path):
        lvl = int(head.split("Level")[-1]) if "Level" in head else 4
        if lvl == 0:
            level0.append(s)
        elif lvl in CLASS_COST:
            lines.append((lvl, s))
    for ring in assemble_rings(level0):
        lines.append((0, ring_centerline(ring)))

    # vertex graph
    node_id, coords, adj = {}, [], []

    def nid(p):
        k = key(p)
        if k not in node_id:
            node_id[k] = len(coords)
            coords.append(p)
            adj.append([])
        return node_id[k]

    def link(a, b, w):
        adj[a].append((b, w))
        adj[b].append((a, w))

    def planar(p, q):
        kx, ky = local_scale((p[1] + q[1]) / 2)
        return math.hypot((p[0] - q[0]) * kx, (p[1] - q[1]) * ky)

    line_nodes = []
    for lvl, s in lines:
        ids = [nid(p) for p in s]
        line_nodes.append(ids)
        for a, b in zip(ids, ids[1:]):
            if a != b:
                link(a, b, planar(coords[a], coords[b]) * CLASS_COST[lvl])
    # grid index
    cell = 0.05
    grid = {}
    for i, p in enumerate(coords):
        grid.setdefault((int(p[0] // cell), int(p[1] // cell)), []).append(i)

    def near_nodes(p, radius_deg):
        cx, cy = int(p[0] // cell), int(p[1] // cell)
        r = int(radius_deg // cell) + 1
        for gx in range(cx - r, cx + r + 1):
            for gy in range(cy - r, cy + r + 1):
                yield from grid.get((gx, gy), ())

    # snap line ends to other lines (junctions that GSHHG does not node exactly,
    # e.g. single-line river meeting the centre line of a double-lined reach)
    owner = {}
    for li, ids in enumerate(line_nodes):
        for n in ids:
            owner.setdefault(n, set()).add(li)
    for li, ids in enumerate(line_nodes):
        for end in (ids[0], ids[-1]):
            best = None
            for n in near_nodes(coords[end], 0.02):
                if owner[n] & {li} or n == end:
                    continue
                d = planar(coords[end], coords[n])
                if d < 1500 and (best is None or d < best[0]):
                    best = (d, n)
            if best:
                link(end, best[1], best[0] * 3.0)

    def closest_node(p):
        best = None
        for n in near_nodes(p, 0.1):
            d = planar(p, coords[n])
            if best is None or d < best[0]:
                best = (d, n)
        if best is None:
            die("no river vertex near waypoint %r" % (p,))
        return best

    def dijkstra(a, b):
        dist, prev = {a: 0.0}, {}
        pq = [(0.0, a)]
        while pq:
            d, u = heapq.heappop(pq)
            if u == b:
                break
            if d > dist[u]:
                continue
            for v, w in adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        if b not in dist:
            return None
        path = [b]
        while path[-1] != a:
            path.append(prev[path[-1]])
        return path[::-1]

    feats = []
    for name, name_ar, wps in RIVERS:
        parts, cur = [], []
        nodes = []
        for p in wps:
            d, n = closest_node(p)
            if d > 5000:
                die("%s waypoint %r is %.0f m from any river line" % (name, p, d))
            nodes.append(n)
        for a, b in zip(nodes, nodes[1:]):
            path = dijkstra(a, b)
            if path is None:  # disconnected network: start a new part
                if len(cur) > 1:
                    parts.append(cur)
                cur = [b]
                continue
            cur = cur + path[1:] if cur else path
        if len(cur) > 1:
            parts.append(cur)
        coords_parts = [[list(coords[n]) for n in part] for part in parts]
        km = sum(line_length([tuple(c) for c in part]) for part in coords_parts) / 1000
        print("river %s: %d part(s), %.0f km inside the box" % (name, len(parts), km))
        feats.append(feature({"name": name, "name_ar": name_ar},
                             {"type": "MultiLineString", "coordinates": coords_parts}))
    write_fc(out, feats)


# ---------------------------------------------------------------- points
def aliases(row):
    """{"aliases": [...]} from a CSV row's '|'-separated `aliases` column, or {} when it is empty."""
    names = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
    return {"aliases": names} if names else {}


def position(row):
    """{"position": "approximate"} for a point derived from a description, else {}."""
    return {"position": row["position"]} if row.get("position") else {}


def cmd_places(path, out):
    feats = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            lon, lat = float(r["lon"]), float(r["lat"])
            if not (BOX[0] <= lon <= BOX[2] and BOX[1] <= lat <= BOX[3]):
                die("place %s outside the clip box" % r["id"])
            props = {"id": r["id"], "name": r["name"], "name_ar": r["name_ar"]}
            if r.get("name_ku"):  # Kurmanji, where the sources give one
                props["name_ku"] = r["name_ku"]
            props.update(aliases(r))
            props.update({"kind": r["kind"], "iso_a2": r["iso_a2"], "rank": int(r["rank"])})
            props.update(position(r))
            feats.append(feature(props, {"type": "Point", "coordinates": [lon, lat]}))
    write_fc(out, feats)


def frontier_line(path):
    fc = json.load(open(path, encoding="utf-8"))
    return [tuple(c) for c in fc["features"][0]["geometry"]["coordinates"]]


def cmd_crossings(path, frontier_path, out):
    line = frontier_line(frontier_path)
    feats = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            ref = (float(r["ref_lon"]), float(r["ref_lat"]))
            if r.get("south_km"):
                pt = point_south_on_line(ref, line, float(r["south_km"]) * 1000)
                if pt is None:
                    die("%s: the line ends less than south_km from the reference" % r["id"])
                how = "%s km south of the reference, on the frontier" % r["south_km"]
            elif r["ref2_lon"]:
                ref2 = (float(r["ref2_lon"]), float(r["ref2_lat"]))
                pt = segment_intersection(ref, ref2, line)
                if pt is None:
                    die("%s: reference segment does not cross the frontier" % r["id"])
                how = "segment/frontier intersection"
            else:
                _, pt, _ = nearest_on_line(ref, line)
                how = "nearest point on frontier"
            dref = nearest_on_line(ref, line)[0]
            print("crossing %-20s %s -> %.5f, %.5f (reference post %.0f m from the line)"
                  % (r["id"], how, pt[0], pt[1], dref))
            kurmanji = {k: r[k] for k in ("name_iq_ku", "name_sy_ku") if r.get(k)}
            props = {"id": r["id"], "name_iq": r["name_iq"], "name_iq_ar": r["name_iq_ar"],
                     "name_sy": r["name_sy"], "name_sy_ar": r["name_sy_ar"], **kurmanji,
                     **aliases(r),
                     "governorate_iq": r["governorate_iq"], "governorate_sy": r["governorate_sy"],
                     "official": r["official"].strip().lower() == "true"}
            if r.get("highway"):
                props["highway"] = r["highway"]
            props.update(position(r))
            feats.append(feature(props, {"type": "Point", "coordinates": list(pt)}))
    write_fc(out, feats)


# ---------------------------------------------------------------- report
def parts_of(geom):
    return geom["coordinates"] if geom["type"].startswith("Multi") else [geom["coordinates"]]


def cmd_report(d):
    line = frontier_line(d + "/frontier.geojson")
    print("frontier.geojson: %d vertices, geodesic length %.2f km" % (len(line), line_length(line) / 1000))
    gov = json.load(open(d + "/governorates.geojson", encoding="utf-8"))["features"]
    cty = json.load(open(d + "/countries.geojson", encoding="utf-8"))["features"]
    riv = json.load(open(d + "/rivers.geojson", encoding="utf-8"))["features"]

    def where(pt, feats):
        return ",".join(f["properties"]["name"] for f in feats if point_in_geom(pt, f["geometry"])) or "-"

    for f in json.load(open(d + "/crossings.geojson", encoding="utf-8"))["features"]:
        pt = tuple(f["geometry"]["coordinates"])
        print("crossing %-20s %.5f %.5f  distance to frontier %.1f m"
              % (f["properties"]["id"], pt[0], pt[1], nearest_on_line(pt, line)[0]))
    print("%-14s %-10s %-9s %-3s %9s %9s %-11s %-26s %s" % ("id", "kind", "rank", "iso", "lon", "lat",
                                                           "side(GSHHG)", "NE country / governorate",
                                                           "frontier km / nearest river km"))
    for f in json.load(open(d + "/places.geojson", encoding="utf-8"))["features"]:
        p = f["properties"]
        pt = tuple(f["geometry"]["coordinates"])
        dl = nearest_on_line(pt, line)[0] / 1000
        sd = "SY" if side_of_line(pt, line) > 0 else "IQ"
        rv = min((min(nearest_on_line(pt, [tuple(c) for c in part])[0] for part in parts_of(r["geometry"])),
                  r["properties"]["name"]) for r in riv)
        print("%-14s %-10s %-9s %-3s %9.5f %9.5f %-11s %-26s %.1f / %s %.1f"
              % (p["id"], p["kind"], p["rank"], p["iso_a2"], pt[0], pt[1], sd if dl < 50 else "",
                 where(pt, cty) + "/" + where(pt, gov), dl, rv[1], rv[0] / 1000))


def main(argv):
    cmds = {"countries": cmd_countries, "governorates": cmd_governorates, "frontier": cmd_frontier,
            "rivers": cmd_rivers, "places": cmd_places, "crossings": cmd_crossings, "report": cmd_report}
    if len(argv) < 2 or argv[1] not in cmds:
        sys.exit(__doc__)
    cmds[argv[1]](*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
