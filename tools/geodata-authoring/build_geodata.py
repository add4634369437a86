"""Authoring script for ParkPlanner geodata (needs shapely + pyproj). Writes /work/main/geodata/*.geojson."""
import json, unicodedata, math
from common import *
from shapely.geometry import Point, LineString, Polygon, MultiPolygon, mapping, shape
from shapely.geometry.polygon import orient
import parks_build, districts_build, communes_build
from parks_def import PARKS, DVCH
from districts_def import DISTRICTS
from communes_def import COMMUNES
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'geodata') + '/'
ILL = 'illustrative outline, not a surveyed boundary'

def rnd(g):
    """orient (CCW exterior, CW holes) and round to 7 decimals"""
    def ring(coords):
        return [[round(x, 7), round(y, 7)] for x, y in coords]
    if g.geom_type == 'Polygon':
        g = orient(g, 1.0)
        return {'type': 'Polygon', 'coordinates': [ring(g.exterior.coords)] + [ring(r.coords) for r in g.interiors]}
    if g.geom_type == 'MultiPolygon':
        return {'type': 'MultiPolygon', 'coordinates': [rnd(p)['coordinates'] for p in g.geoms]}
    if g.geom_type == 'LineString':
        return {'type': 'LineString', 'coordinates': ring(g.coords)}
    if g.geom_type == 'Point':
        return {'type': 'Point', 'coordinates': [round(g.x, 7), round(g.y, 7)]}
    raise ValueError(g.geom_type)

def nfc(s): return unicodedata.normalize('NFC', s)
def feat(fid, geom, props):
    props = {k: (nfc(v) if isinstance(v, str) else v) for k, v in props.items()}
    props = {'id': fid, **{k: v for k, v in props.items() if k != 'id'}}
    return {'type': 'Feature', 'id': fid, 'geometry': rnd(geom), 'properties': props}
def write(name, feats):
    # one feature per line
    with open(OUT + name, 'w', encoding='utf-8') as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(',\n'.join(json.dumps(x, ensure_ascii=False, separators=(',', ':')) for x in feats))
        f.write('\n]}\n')

# ---------------- parks
FIG = {  # leased_area_ha, industrial_land_ha, registered_investment_usd, reserved_clean_land_ha (illustrative)
 'an-hoa': (0, 210, 0, 0),
 'xuan-cau': (48, 369, 350_000_000, 120),
 'nam-trang-cat': (62, 140, 450_000_000, 35),
 'tien-thanh': (21, 290, 120_000_000, 60),
 'nam-cau-kien': (152, 180, 1_100_000_000, 12),
 'deep-c-1': (342, 380, 3_200_000_000, 15),
 'deep-c-2': (305, 455, 2_000_000_000, 58),
 'nomura': (122, 122, 1_300_000_000, 0),
 'trang-due': (281, 300, 4_500_000_000, 6),
}
SRC = {
 'an-hoa': 'Kế hoạch 278/KH-UBND (06/12/2022), Phụ lục mục 3.1 lists "khu công nghiệp An Hòa"; no public location or area found',
 'xuan-cau': 'Investment policy approved by the Prime Minister 01/4/2021 (Kế hoạch 278/KH-UBND Phụ lục mục 2.2; named in Kế hoạch 656/KH-BQL); 752 ha (369 ha industrial, 173 ha logistics)',
 'nam-trang-cat': 'Kế hoạch 278/KH-UBND Phụ lục mục 2.2 (investment dossier); 200.39 ha (public sources, high confidence)',
 'tien-thanh': 'Investment policy approved by the Prime Minister 27/5/2022 (Kế hoạch 278/KH-UBND Phụ lục mục 2.2); 410 ha',
 'kkt-ven-bien-phia-nam': 'Quyết định 1511/QĐ-TTg (04/12/2024) establishing the zone; about 20,000 ha incl. about 2,909 ha reclaimed from the sea',
 'nam-cau-kien': 'Kế hoạch 278/KH-UBND Phụ lục mục 3.1 and 8.1; 263 ha (phase 1)',
 'deep-c-1': 'Kế hoạch 278/KH-UBND Phụ lục mục 8.1 (DEEP C eco-industrial park); 541 ha (medium confidence)',
 'deep-c-2': 'Kế hoạch 278/KH-UBND Phụ lục mục 8.1 (DEEP C eco-industrial park); 645 ha (medium confidence)',
 'nomura': 'Kế hoạch 278/KH-UBND Phụ lục mục 10.1 (110 kV lines to KCN Nomura – Hải Phòng); about 153 ha (medium confidence)',
 'trang-due': 'Kế hoạch 278/KH-UBND Phụ lục mục 2.2 (Tràng Duệ extension) and 2.4; about 400 ha (medium confidence)',
 'dinh-vu-cat-hai': 'Public facts: about 22,540 ha across Thủy Nguyên, Hải An, Cát Hải, An Dương, An Lão; Quyết định 02/2022/QĐ-UBND (Kế hoạch 278 Phụ lục mục 2.3) on its management',
}
DIST = {'kkt-ven-bien-phia-nam': 'Tiên Lãng, Kiến Thụy, Vĩnh Bảo, Đồ Sơn, An Lão',
        'dinh-vu-cat-hai': 'Hải An, Cát Hải, Thủy Nguyên'}
def park_feats():
    gs = parks_build.build()
    gs['dinh-vu-cat-hai'] = MultiPolygon([Polygon(p) for p in DVCH])
    meta = {p['id']: p for p in PARKS}
    meta['dinh-vu-cat-hai'] = dict(id='dinh-vu-cat-hai', name='Khu kinh tế Đình Vũ – Cát Hải', name_en='Dinh Vu - Cat Hai Economic Zone',
                                   kind='economic_zone', approved=22540, district=None)
    order = ['an-hoa','xuan-cau','nam-trang-cat','tien-thanh','kkt-ven-bien-phia-nam','nam-cau-kien','deep-c-1','deep-c-2','nomura','trang-due','dinh-vu-cat-hai']
    feats = []
    for pid in order:
        m = meta[pid]; g = gs[pid]
        acc = ILL
        if pid == 'an-hoa': acc = 'location unconfirmed, illustrative; ' + ILL + '; area 300 ha assumed (no approved figure found)'
        elif pid == 'kkt-ven-bien-phia-nam':
            sea = area_ha(g) - area_ha(g.intersection(REFU))
            acc = f'{ILL}; generalised coastal strip; about {round(sea, -1):.0f} ha lies seaward of the 2019 coastline (stands for the reclaimed part)'
        elif pid == 'dinh-vu-cat-hai':
            acc = f'{ILL}; illustrative multipolygon of three parts (Đình Vũ–Tràng Cát, Cát Hải island with Lạch Huyện port, south-east Thủy Nguyên) covering about {round(area_ha(g), -1):.0f} ha, much smaller than the approved ~22,540 ha'
        elif pid in ('deep-c-1', 'deep-c-2'):
            acc = ILL + '; area at the published figure (medium confidence)'
        elif pid == 'xuan-cau':
            acc = ILL + '; drawn on Cát Hải island behind Lạch Huyện port'
        props = dict(id=pid, name=m['name'], name_en=m['name_en'], kind=m['kind'], approved_area_ha=m['approved'],
                     district=DIST.get(pid, m['district']), source=SRC[pid], accuracy=acc)
        if pid in FIG:
            l, i, inv, r = FIG[pid]
            props.update(leased_area_ha=l, industrial_land_ha=i, registered_investment_usd=inv, reserved_clean_land_ha=r)
            props['figures_accuracy'] = 'leased/industrial/investment/reserved figures are illustrative, not official'
        feats.append(feat(pid, g, props))
    return feats, gs

# ---------------- units
def district_feats():
    d = districts_build.build()
    feats = []
    for code, name, _ in DISTRICTS:
        feats.append(feat(code, d[code], dict(name=name, level='district', gso_code=code,
            source='Authored for ParkPlanner by eye from public maps of the pre-2025 districts (GSO codes); not derived from any licensed boundary file',
            accuracy='simplified illustrative outline (pre-1 July 2025 district); extends over rivers and coastal water so that the units tile; not a legal boundary')))
    return feats, d
def commune_feats():
    c = communes_build.build()
    dn = {code: n for code, n, _ in DISTRICTS}
    feats = []
    for cid, name, typ, dcode, _ in COMMUNES:
        feats.append(feat(cid, c[cid], dict(name=name, level='commune', unit_type=typ, former_district=dn[dcode],
            source='Illustrative post-1 July 2025 commune/ward/special zone; name as recalled from the 2025 reorganisation of Hải Phòng (unverified)',
            accuracy='illustrative boundary drawn inside the authored pre-2025 district; name may not match the official unit; not a legal boundary')))
    return feats, c

# ---------------- zones
def corridor(pts, width_m):
    lat0 = pts[0][1]; kx = math.cos(math.radians(lat0)) * 111320; ky = 110540
    ls = LineString([((x - pts[0][0]) * kx, (y - lat0) * ky) for x, y in pts])
    b = ls.buffer(width_m / 2, cap_style='flat', join_style='mitre')
    return Polygon([(pts[0][0] + x / kx, lat0 + y / ky) for x, y in b.exterior.coords])
ZONES = [
 # id, land_use, name, geometry
 ('z-ah-luc-1','LUC','Đất chuyên trồng lúa nước cánh đồng An Hòa (phía Bắc)', Polygon([(106.5600,20.8725),(106.5680,20.8712),(106.5750,20.8718),(106.5850,20.8760),(106.5855,20.8880),(106.5700,20.8895),(106.5620,20.8880),(106.5580,20.8820)])),
 ('z-ah-ont-1','ONT','Đất ở nông thôn thôn Hòa Bình, xã An Hòa', Polygon([(106.5480,20.8560),(106.5560,20.8552),(106.5600,20.8590),(106.5610,20.8645),(106.5540,20.8665),(106.5485,20.8630)])),
 ('z-ah-luc-2','LUC','Đất chuyên trồng lúa nước cánh đồng An Hòa (phía Nam)', Polygon([(106.5640,20.8500),(106.5850,20.8502),(106.5900,20.8560),(106.5860,20.8605),(106.5750,20.8612),(106.5650,20.8590)])),
 ('z-tt-luc-1','LUC','Đất chuyên trồng lúa nước xã Tiên Thanh', Polygon([(106.6120,20.6720),(106.6250,20.6735),(106.6380,20.6750),(106.6400,20.6860),(106.6300,20.6890),(106.6150,20.6900),(106.6110,20.6820)])),
 ('z-tt-ont-1','ONT','Đất ở nông thôn thôn Kính Trực, xã Tiên Thanh', Polygon([(106.6440,20.6780),(106.6520,20.6770),(106.6545,20.6860),(106.6470,20.6875),(106.6435,20.6830)])),
 ('z-tt-luc-2','LUC','Đất chuyên trồng lúa nước xã Cấp Tiến', Polygon([(106.6250,20.6600),(106.6500,20.6600),(106.6510,20.6695),(106.6400,20.6712),(106.6280,20.6705)])),
 ('z-tt-dtl-1','DTL','Hành lang đê tả sông Văn Úc (đê cấp III)', corridor([(106.6010,20.7150),(106.6160,20.7060),(106.6290,20.7040),(106.6420,20.7115),(106.6560,20.7085),(106.6630,20.6930),(106.6800,20.6965)], 60)),
 ('z-tl-rph-1','RPH','Rừng ngập mặn phòng hộ ven biển Tiên Lãng', Polygon([(106.6150,20.6230),(106.6400,20.6260),(106.6650,20.6400),(106.6900,20.6600),(106.7010,20.6730),(106.6950,20.6760),(106.6820,20.6660),(106.6600,20.6480),(106.6380,20.6340),(106.6180,20.6290)])),
 ('z-ds-rph-1','RPH','Rừng ngập mặn phòng hộ Bàng La', Polygon([(106.7300,20.6920),(106.7450,20.6960),(106.7600,20.7010),(106.7590,20.7060),(106.7440,20.7020),(106.7310,20.6975)])),
 ('z-kt-nts-1','NTS','Đất nuôi trồng thủy sản ven biển Kiến Thụy', Polygon([(106.6990,20.6880),(106.7150,20.6900),(106.7290,20.6990),(106.7270,20.7100),(106.7100,20.7120),(106.6990,20.7010)])),
 ('z-tl-nts-1','NTS','Đất nuôi trồng thủy sản ven biển Tiên Lãng', Polygon([(106.6620,20.6560),(106.6800,20.6680),(106.6880,20.6760),(106.6760,20.6800),(106.6640,20.6720),(106.6580,20.6640)])),
 ('z-kt-luc-1','LUC','Đất chuyên trồng lúa nước Kiến Thụy (ven biển)', Polygon([(106.6620,20.7140),(106.6800,20.7150),(106.6920,20.7180),(106.6900,20.7260),(106.6720,20.7280),(106.6610,20.7230)])),
 ('z-kt-ont-1','ONT','Đất ở nông thôn thôn Đồng Hòa, Kiến Thụy', Polygon([(106.6760,20.7330),(106.6880,20.7320),(106.6900,20.7400),(106.6790,20.7420),(106.6740,20.7380)])),
 ('z-vb-nts-1','NTS','Đất nuôi trồng thủy sản Vĩnh Bảo (ven sông Thái Bình)', Polygon([(106.5700,20.6400),(106.5860,20.6390),(106.5920,20.6470),(106.5860,20.6560),(106.5720,20.6540)])),
 ('z-vb-luc-1','LUC','Đất chuyên trồng lúa nước Vĩnh Bảo', Polygon([(106.5520,20.6720),(106.5650,20.6700),(106.5760,20.6780),(106.5740,20.6900),(106.5600,20.6920),(106.5500,20.6830)])),
 ('z-ds-odt-1','ODT','Đất ở đô thị trung tâm Đồ Sơn', Polygon([(106.7700,20.7080),(106.7820,20.7100),(106.7900,20.7200),(106.7820,20.7270),(106.7720,20.7220)])),
 ('z-ntc-dtl-1','DTL','Hành lang đê biển Tràng Cát (đê biển I)', corridor([(106.7330,20.7955),(106.7420,20.7975),(106.7500,20.7990),(106.7580,20.7975),(106.7660,20.7990)], 50)),
 ('z-ntc-nts-1','NTS','Đất nuôi trồng thủy sản Tràng Cát', Polygon([(106.7380,20.7820),(106.7460,20.7830),(106.7490,20.7900),(106.7445,20.7945),(106.7390,20.7920),(106.7370,20.7870)])),
 ('z-ha-odt-1','ODT','Đất ở đô thị phường Đằng Lâm', Polygon([(106.7150,20.8350),(106.7300,20.8340),(106.7340,20.8450),(106.7280,20.8550),(106.7170,20.8530)])),
 ('z-ha-odt-2','ODT','Đất ở đô thị phường Đông Hải 2', Polygon([(106.7350,20.8520),(106.7440,20.8515),(106.7470,20.8600),(106.7400,20.8650),(106.7340,20.8610)])),
 ('z-dv-rph-1','RPH','Rừng ngập mặn phòng hộ mũi Đình Vũ', Polygon([(106.8065,20.8140),(106.8120,20.8150),(106.8160,20.8200),(106.8110,20.8230),(106.8060,20.8190)])),
 ('z-cb-rdd-1','RDD','Vườn quốc gia Cát Bà (rừng đặc dụng, phần lõi minh họa)', Polygon([(107.0000,20.7700),(107.0300,20.7600),(107.0700,20.7700),(107.0850,20.8000),(107.0600,20.8250),(107.0200,20.8250),(107.0000,20.8000)])),
 ('z-ch-rph-1','RPH','Rừng ngập mặn phòng hộ phía Nam đảo Cát Hải', Polygon([(106.8500,20.7890),(106.8620,20.7900),(106.8700,20.7935),(106.8650,20.7975),(106.8560,20.7955),(106.8500,20.7930)])),
 ('z-ch-ont-1','ONT','Đất ở nông thôn thị trấn Cát Hải (cũ)', Polygon([(106.8450,20.8050),(106.8540,20.8040),(106.8580,20.8120),(106.8510,20.8160),(106.8455,20.8120)])),
 ('z-ch-nts-1','NTS','Đất nuôi trồng thủy sản Hoàng Châu', Polygon([(106.8850,20.7920),(106.8980,20.7930),(106.9010,20.7970),(106.8920,20.7985),(106.8860,20.7965)])),
 ('z-nm-luc-1','LUC','Đất chuyên trồng lúa nước xã Tân Tiến', Polygon([(106.5990,20.8440),(106.6110,20.8450),(106.6130,20.8520),(106.6040,20.8535),(106.5980,20.8500)])),
 ('z-td-ont-1','ONT','Đất ở nông thôn xã Lê Lợi', Polygon([(106.5720,20.9040),(106.5800,20.9035),(106.5815,20.9150),(106.5740,20.9160),(106.5715,20.9100)])),
 ('z-nck-luc-1','LUC','Đất chuyên trồng lúa nước xã Kiền Bái', Polygon([(106.6460,20.9250),(106.6600,20.9240),(106.6640,20.9380),(106.6520,20.9420),(106.6450,20.9350)])),
 ('z-kt-rph-2','RPH','Rừng phòng hộ chắn sóng cửa sông Văn Úc', Polygon([(106.6980,20.6780),(106.7060,20.6800),(106.7100,20.6860),(106.7030,20.6870),(106.6975,20.6830)])),
]
ZNOTE = {'LUC':'đất chuyên trồng lúa nước','RPH':'đất rừng phòng hộ','RDD':'đất rừng đặc dụng','ONT':'đất ở tại nông thôn','ODT':'đất ở tại đô thị','DTL':'đất thủy lợi / hành lang đê','NTS':'đất nuôi trồng thủy sản'}
def zone_feats():
    feats = []
    for zid, lu, name, g in ZONES:
        feats.append(feat(zid, g, dict(land_use=lu, land_use_label=ZNOTE[lu], name=name,
            source='Authored for ParkPlanner as an illustrative land-use layer (codes per Thông tư 08/2024/TT-BTNMT style land-use codes)',
            accuracy='illustrative zone, not taken from an approved land-use plan')))
    return feats, {z[0]: z[3] for z in ZONES}

# ---------------- infrastructure
P = Point; Lg = LineString
INFRA = [
 # id, utility, status, operational_from, radius, name, park, task, geometry
 ('pw-nomura-tba110','power','operational','2020-06-30',1500,'Trạm biến áp 110kV Nomura','nomura','10.1',P(106.6120,20.8612)),
 ('pw-nomura-dz110-m2','power','operational','2023-12-15',800,'Đường dây 110kV mạch 2 cấp điện KCN Nomura – Hải Phòng','nomura','10.1',Lg([(106.5900,20.8800),(106.6000,20.8720),(106.6120,20.8612)])),
 ('pw-andg-nomura-dz110','power','under_construction','2026-06-30',600,'Đường dây 110kV từ KCN An Dương đến KCN Nomura – Hải Phòng','nomura','10.1',Lg([(106.6150,20.8950),(106.6140,20.8800),(106.6125,20.8660)])),
 ('pw-trangdue-tba110','power','operational','2021-03-31',2000,'Trạm biến áp 110kV Tràng Duệ','trang-due','10.1',P(106.5940,20.9140)),
 ('pw-dinhvu-tba110','power','operational','2020-09-30',2500,'Trạm biến áp 110kV Đình Vũ','deep-c-1','10.1',P(106.7570,20.8390)),
 ('pw-namdinhvu-tba110','power','operational','2021-12-31',2800,'Trạm biến áp 110kV Nam Đình Vũ','deep-c-2','10.1',P(106.7790,20.8195)),
 ('pw-ntc-dz22','power','operational','2024-03-31',1200,'Đường dây 22kV cấp điện KCN Nam Tràng Cát','nam-trang-cat','10.1',Lg([(106.7400,20.7890),(106.7470,20.7990),(106.7530,20.8090)])),
 ('pw-xuancau-tba110','power','under_construction','2026-03-31',2500,'Trạm biến áp 110kV Xuân Cầu','xuan-cau','10.1',P(106.8760,20.8090)),
 ('pw-lachhuyen-xuancau-dz110','power','operational','2022-09-30',700,'Đường dây 110kV Lạch Huyện – Xuân Cầu','xuan-cau','10.1',Lg([(106.9200,20.8280),(106.9000,20.8200),(106.8850,20.8120)])),
 ('pw-tienthanh-vung22','power','operational','2023-06-30',None,'Vùng cấp điện lưới 22kV hiện hữu phía Tây KCN Tiên Thanh','tien-thanh','10.1',Polygon([(106.6080,20.6620),(106.6362,20.6620),(106.6365,20.6780),(106.6362,20.7000),(106.6080,20.7000)])),
 ('pw-tienthanh-tba110','power','planned','2027-09-30',2000,'Trạm biến áp 110kV Tiên Thanh (quy hoạch)','tien-thanh','10.1',P(106.6375,20.6840)),
 ('pw-anhoa-tba110','power','planned','2028-06-30',1800,'Trạm biến áp 110kV An Hòa (quy hoạch)','an-hoa','10.1',P(106.5700,20.8700)),
 ('pw-kkt-dz110-gd1','power','planned','2027-12-31',1000,'Đường dây 110kV cấp điện KKT ven biển phía Nam (giai đoạn 1)','kkt-ven-bien-phia-nam','10.1',Lg([(106.7050,20.7450),(106.6800,20.7200),(106.6640,20.7040),(106.6560,20.6960)])),
 ('pw-doson-tba220','power','operational','2022-06-30',3000,'Trạm biến áp 220kV Đồ Sơn',None,'10.1',P(106.7600,20.7250)),
 ('pw-namcaukien-tba110','power','operational','2020-12-31',2000,'Trạm biến áp 110kV Nam Cầu Kiền','nam-cau-kien','10.1',P(106.6380,20.9315)),
 ('pw-deepc-solar','power','operational','2023-09-30',None,'Hệ thống điện mặt trời mái nhà xưởng KCN DEEP C I','deep-c-1','10.2',Polygon([(106.7480,20.8340),(106.7620,20.8335),(106.7640,20.8420),(106.7500,20.8440)])),
 ('pw-nomura-solar','power','operational','2024-06-30',None,'Điện mặt trời mái nhà xưởng KCN Nomura – Hải Phòng','nomura','10.2',Polygon([(106.6080,20.8580),(106.6150,20.8575),(106.6160,20.8630),(106.6090,20.8640)])),
 ('wt-tienthanh-d600','water','planned','2027-06-30',800,'Tuyến ống cấp nước D600 đến KCN Tiên Thanh','tien-thanh','11.1',Lg([(106.6050,20.7100),(106.6200,20.6950),(106.6330,20.6850),(106.6450,20.6800)])),
 ('wt-cathai-nmn','water','operational','2021-06-30',3000,'Nhà máy nước Cát Hải (mở rộng)','xuan-cau','11.1',P(106.8600,20.8120)),
 ('wt-ntc-d400','water','operational','2023-06-30',900,'Tuyến ống D400 cấp nước KCN Nam Tràng Cát','nam-trang-cat','11.1',Lg([(106.7300,20.8150),(106.7420,20.8060),(106.7480,20.7980),(106.7500,20.7920)])),
 ('wt-dinhvu-main','water','operational','2020-12-31',1500,'Tuyến ống cấp nước chính bán đảo Đình Vũ','deep-c-1','11.1',Lg([(106.7380,20.8420),(106.7600,20.8340),(106.7800,20.8220),(106.8000,20.8160)])),
 ('wt-nomura-xlnt','water','operational','2020-03-31',900,'Trạm xử lý nước thải tập trung KCN Nomura – Hải Phòng','nomura','11.2',P(106.6160,20.8570)),
 ('wt-trangdue-main','water','operational','2021-09-30',700,'Tuyến ống cấp nước sạch KCN Tràng Duệ','trang-due','11.1',Lg([(106.6100,20.9000),(106.6000,20.9080),(106.5900,20.9160)])),
 ('wt-namcaukien-tbtd','water','operational','2022-03-31',1500,'Trạm bơm tăng áp KCN Nam Cầu Kiền','nam-cau-kien','11.1',P(106.6350,20.9300)),
 ('wt-kkt-main-gd1','water','planned','2028-03-31',1000,'Tuyến ống cấp nước KKT ven biển phía Nam (giai đoạn 1)','kkt-ven-bien-phia-nam','11.1',Lg([(106.7100,20.7300),(106.6850,20.7150),(106.6650,20.7020)])),
 ('wt-deepc2-quantrac','water','operational','2024-12-31',500,'Trạm quan trắc nước thải tự động KCN DEEP C II','deep-c-2','11.2',P(106.7900,20.8170)),
 ('wt-doson-vung','water','operational','2022-12-31',None,'Vùng cấp nước Nhà máy nước Đồ Sơn',None,'11.1',Polygon([(106.7450,20.7050),(106.7700,20.7000),(106.7950,20.7150),(106.7900,20.7400),(106.7600,20.7450),(106.7450,20.7300)])),
 ('tc-lachhuyen-xuancau-cq','telecom','operational','2022-12-31',1500,'Tuyến cáp quang Lạch Huyện – Xuân Cầu','xuan-cau','12.1',Lg([(106.9150,20.8300),(106.8900,20.8150),(106.8750,20.8080),(106.8620,20.8020)])),
 ('tc-xuancau-bts5g','telecom','operational','2024-09-30',2500,'Trạm BTS 5G Xuân Cầu','xuan-cau','12.1',P(106.8770,20.8100)),
 ('tc-ntc-cq','telecom','operational','2023-09-30',1000,'Tuyến cáp quang KCN Nam Tràng Cát','nam-trang-cat','12.1',Lg([(106.7350,20.8100),(106.7450,20.8000),(106.7500,20.7930)])),
 ('tc-tienthanh-bts','telecom','under_construction','2026-06-30',2000,'Trạm BTS KCN Tiên Thanh','tien-thanh','12.1',P(106.6300,20.6850)),
 ('tc-anhoa-cq','telecom','planned','2027-06-30',800,'Tuyến cáp quang KCN An Hòa (quy hoạch)','an-hoa','12.1',Lg([(106.5550,20.8850),(106.5650,20.8760),(106.5720,20.8680)])),
 ('tc-dinhvu-5g','telecom','operational','2024-03-31',None,'Vùng phủ sóng 5G bán đảo Đình Vũ','deep-c-1','12.1',Polygon([(106.7350,20.8100),(106.7700,20.8040),(106.8100,20.8100),(106.8100,20.8250),(106.7800,20.8400),(106.7650,20.8560),(106.7350,20.8550)])),
 ('tc-nomura-cq','telecom','operational','2020-06-30',1000,'Tuyến cáp quang KCN Nomura – Hải Phòng','nomura','12.1',Lg([(106.6250,20.8700),(106.6170,20.8640),(106.6080,20.8600)])),
 ('tc-kkt-bts','telecom','planned','2027-03-31',3000,'Trạm BTS KKT ven biển phía Nam (khu thí điểm)','kkt-ven-bien-phia-nam','12.1',P(106.6640,20.7030)),
 ('tc-trangdue-cq','telecom','operational','2020-12-31',1000,'Tuyến cáp quang KCN Tràng Duệ','trang-due','12.1',Lg([(106.6100,20.9050),(106.6000,20.9120),(106.5880,20.9180)])),
]
def infra_feats():
    feats = []
    for iid, ut, st, date, rad, name, park, task, g in INFRA:
        props = dict(utility=ut, status=st, operational_from=date)
        if rad is not None: props['service_radius_m'] = rad
        props['name'] = name
        if park: props['park'] = park
        props['task'] = task
        props['source'] = f'Illustrative work for Kế hoạch 278/KH-UBND Phụ lục mục {task}' + (' (110 kV lines to KCN Nomura – Hải Phòng are named in that row)' if iid in ('pw-nomura-dz110-m2','pw-andg-nomura-dz110') else '')
        props['accuracy'] = 'illustrative location, date and service radius; not from a utility register'
        feats.append(feat(iid, g, props))
    return feats

if __name__ == '__main__':
    pf, _ = park_feats(); write('parks.geojson', pf)
    df, _ = district_feats(); write('units_districts.geojson', df)
    cf, _ = commune_feats(); write('units_communes.geojson', cf)
    zf, _ = zone_feats(); write('zones.geojson', zf)
    inf = infra_feats(); write('infrastructure.geojson', inf)
    print(len(pf), len(df), len(cf), len(zf), len(inf))
