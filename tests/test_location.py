"""Location extractor: hard cases from real postings, conventions, robustness, cache."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.geography import load_geography
from nlp.location import FIELDS, _abbreviations, parse_location

# (raw location string, expected province, expected city, expected district). Real strings from job boards.
CASES = [
    ("深圳-龙华新区", "广东省", "深圳市", "龙华区"),
    ("浙江省宁波", "浙江省", "宁波市", None),
    ("上海上海浦东新区", "上海市", "上海市", "浦东新区"),
    ("深圳深圳宝安区宝安", "广东省", "深圳市", "宝安区"),
    ("四川省成都红星路", "四川省", "成都市", None),
    ("山东省青岛市南区", "山东省", "青岛市", "市南区"),
    ("山东省青岛市北区", "山东省", "青岛市", "市北区"),
    ("山东省济南市中区", "山东省", "济南市", "市中区"),
    ("广州·天河区", "广东省", "广州市", "天河区"),
    ("杭州市余杭区", "浙江省", "杭州市", "余杭区"),
    ("北京", "北京市", "北京市", None),
    ("北京北京", "北京市", "北京市", None),
    ("北京市海淀区北西环西路66号中国技术交易大厦B座1728", "北京市", "北京市", "海淀区"),
    ("义乌", "浙江省", "金华市", "义乌市"),
    ("昆山", "江苏省", "苏州市", "昆山市"),
    ("江苏省昆山", "江苏省", "苏州市", "昆山市"),
    ("江苏省常熟", "江苏省", "苏州市", "常熟市"),
    ("徐汇区虹漕路461号58号楼5楼", "上海市", "上海市", "徐汇区"),
    ("东湖高新区光谷智慧园1502栋", "湖北省", "武汉市", None),
    ("湖北省武汉东湖新技术产业开发区", "湖北省", "武汉市", None),
    ("湖北省武汉洪山区", "湖北省", "武汉市", "洪山区"),
    ("湖北省武汉洪山区石碑岭街道口", "湖北省", "武汉市", "洪山区"),
    ("湖北省武汉武汉经济开发区", "湖北省", "武汉市", None),
    ("湖南省长沙岳麓区", "湖南省", "长沙市", "岳麓区"),
    ("湖南省长沙长沙县", "湖南省", "长沙市", "长沙县"),
    ("湖南省长沙宁乡市", "湖南省", "长沙市", "宁乡市"),
    ("陕西省西安", "陕西省", "西安市", None),
    ("陕西省西安西咸新区", "陕西省", "西安市", None),
    ("安徽省合肥高新区", "安徽省", "合肥市", None),
    ("安徽省合肥经开区", "安徽省", "合肥市", None),
    ("江苏省南京鼓楼区", "江苏省", "南京市", "鼓楼区"),
    ("福建省福州鼓楼区", "福建省", "福州市", "鼓楼区"),
    ("辽宁省大连高新园区", "辽宁省", "大连市", None),
    ("辽宁省大连中山区", "辽宁省", "大连市", "中山区"),
    ("江苏省苏州苏州工业园区", "江苏省", "苏州市", None),
    ("广西南宁", "广西壮族自治区", "南宁市", None),
    ("广西南宁青秀区", "广西壮族自治区", "南宁市", "青秀区"),
    ("内蒙古呼和浩特", "内蒙古自治区", "呼和浩特市", None),
    ("新疆乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", None),
    ("河北省雄安新区", "河北省", "保定市", None),
    ("河北省石家庄河北省博物馆", "河北省", "石家庄市", None),
    ("广东省东莞松山湖区", "广东省", "东莞市", None),
    ("广东省东莞长安镇", "广东省", "东莞市", None),
    ("广东省佛山顺德区", "广东省", "佛山市", "顺德区"),
    ("广东省佛山南海区桂城", "广东省", "佛山市", "南海区"),
    ("上海上海浦东新区张江", "上海市", "上海市", "浦东新区"),
    ("上海上海徐汇区漕河泾", "上海市", "上海市", "徐汇区"),
    ("上海上海老闵行", "上海市", "上海市", "闵行区"),
    ("深圳深圳南山区科技园", "广东省", "深圳市", "南山区"),
    ("北京北京海淀区中关村", "北京市", "北京市", "海淀区"),
    ("重庆重庆渝北区", "重庆市", "重庆市", "渝北区"),
    ("天津天津南开区", "天津市", "天津市", "南开区"),
    ("江西省南昌红谷滩新区", "江西省", "南昌市", "红谷滩区"),
    ("黑龙江省哈尔滨松北区高新技术开发区", "黑龙江省", "哈尔滨市", "松北区"),
    ("浙江省湖州德清县", "浙江省", "湖州市", "德清县"),
    ("海南省陵水", "海南省", "陵水黎族自治县", None),
    ("湖北省仙桃", "湖北省", "仙桃市", None),
    ("河南省济源", "河南省", "济源市", None),
    ("新疆石河子", "新疆维吾尔自治区", "石河子市", None),
    ("吉林省吉林", "吉林省", "吉林市", None),
    ("贵州省黔南", "贵州省", "黔南布依族苗族自治州", None),
    ("黔东南", "贵州省", "黔东南苗族侗族自治州", None),
    ("凉山", "四川省", "凉山彝族自治州", None),
    ("巴音郭楞", "新疆维吾尔自治区", "巴音郭楞蒙古自治州", None),
    ("延边", "吉林省", "延边朝鲜族自治州", None),
    ("恩施", "湖北省", "恩施土家族苗族自治州", None),
    ("湘西", "湖南省", "湘西土家族苗族自治州", None),
    ("大理", "云南省", "大理白族自治州", None),
    ("西双版纳", "云南省", "西双版纳傣族自治州", None),
    ("甘孜", "四川省", "甘孜藏族自治州", None),
    ("阿坝", "四川省", "阿坝藏族羌族自治州", None),
    ("襄樊", "湖北省", "襄阳市", None),
    ("思茅", "云南省", "普洱市", None),
    ("莱芜", "山东省", "济南市", "莱芜区"),
    ("武汉市东湖高新技术开发区光谷软件园C6-408/411", "湖北省", "武汉市", None),
    ("北京市大兴区亦庄开发区地盛南街", "北京市", "北京市", "大兴区"),
    ("北京望京科技园E座510A", "北京市", "北京市", "朝阳区"),
    ("四川省绵阳市游仙区民泰路8号", "四川省", "绵阳市", "游仙区"),
    ("浙江省诸暨市暨阳街道市南路85号", "浙江省", "绍兴市", "诸暨市"),
    ("上海市沪松公路1136弄1号楼10楼", "上海市", "上海市", None),
    ("广州国际采购中心1401", "广东省", "广州市", None),
    ("宁波杭州湾新区滨海大道298号", "浙江省", "宁波市", None),
    ("西湖区西溪街道文二路188号浙江省团校", "浙江省", "杭州市", "西湖区"),
    ("南山区科兴科学园A2-1102", "广东省", "深圳市", "南山区"),
    ("宝山区卓越时代广场", "上海市", "上海市", "宝山区"),
    ("闸北区广中西路555号", "上海市", "上海市", "静安区"),
    ("无锡新区金城东路290号东方汽车新城总部大楼", "江苏省", "无锡市", None),
    ("Shenzhen, China", "广东省", "深圳市", None),
    ("Hangzhou", "浙江省", "杭州市", None),
    ("廣州", "广东省", "广州市", None),
    ("臺北", "台湾省", "台北市", None),
    ("香港", "香港特别行政区", "香港特别行政区", None),
    ("中国香港", "香港特别行政区", "香港特别行政区", None),
    ("ｓｈａｎｇｈａｉ", "上海市", "上海市", None),
]


@pytest.mark.parametrize(("raw", "province", "city", "district"), CASES)
def test_real_strings(raw: str, province: str, city: str, district: str | None) -> None:
    loc = parse_location(raw)
    assert (loc["province"], loc["city"], loc["district"]) == (province, city, district)
    assert loc["country"] == "CN"


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("美国洛杉矶", "US"),
        ("日本东京", "JP"),
        ("新加坡", "SG"),
        ("韩国首尔", "KR"),
        ("英国伦敦", "GB"),
        ("马来西亚吉隆坡", "MY"),
        ("Singapore", "SG"),
        ("Los Angeles, USA", "US"),
        ("越南胡志明市", "VN"),
    ],
)
def test_foreign(raw: str, country: str) -> None:
    loc = parse_location(raw)
    assert loc["country"] == country
    assert loc["province"] is None and loc["region"] is None and loc["is_pilot_zone"] is False


@pytest.mark.parametrize(
    ("raw", "country"),
    [("异地招聘", None), ("远程", None), ("金隅国际", None), ("", None), ("全国", "CN"), ("中国", "CN")],
)
def test_nowhere(raw: str, country: str | None) -> None:
    loc = parse_location(raw)
    assert loc["country"] == country
    assert all(
        loc[f] is None for f in ("province", "city", "district", "adcode", "region", "industrial_belt")
    )
    assert loc["is_pilot_zone"] is False


@pytest.mark.parametrize("raw", ["朝阳区建外SOHO", "鼓楼区中山路", "西湖区教工路619号", "白云区江高镇"])
def test_ambiguous_district_alone_stays_unknown(raw: str) -> None:
    loc = parse_location(raw)
    assert loc["city"] is None and loc["district"] is None


@pytest.mark.parametrize(
    ("raw", "city"),
    [
        ("北京市朝阳区建外SOHO", "北京市"),
        ("吉林省长春朝阳区", "长春市"),
        ("黑龙江省鹤岗南山区", "鹤岗市"),
        ("浙江省舟山普陀区", "舟山市"),
    ],
)
def test_ambiguous_district_with_clue(raw: str, city: str) -> None:
    assert parse_location(raw)["city"] == city


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("深圳", "east"),
        ("海南省海口", "east"),
        ("武汉", "central"),
        ("山西省太原", "central"),
        ("重庆", "west"),
        ("内蒙古包头", "west"),
        ("沈阳", "northeast"),
        ("黑龙江省哈尔滨", "northeast"),
        ("香港", None),
        ("臺北", None),
        ("澳门", None),
    ],
)
def test_region(raw: str, region: str | None) -> None:
    assert parse_location(raw)["region"] == region


@pytest.mark.parametrize(
    ("raw", "pilot"),
    [
        ("杭州", True),
        ("义乌", True),
        ("昆山", True),
        ("金华", True),
        ("浙江省金华东阳", True),
        ("呼伦贝尔", False),
        ("内蒙古满洲里", True),
        ("延边", False),
        ("延吉", True),
        ("吉林省吉林", True),
        ("海南省陵水", True),
        ("三沙", False),
        ("河北省雄安新区", True),
        ("福建省泉州", False),
        ("黔南", False),
        ("美国洛杉矶", False),
    ],
)
def test_pilot_zone(raw: str, pilot: bool) -> None:
    assert parse_location(raw)["is_pilot_zone"] is pilot


@pytest.mark.parametrize(
    ("raw", "belt"),
    [
        ("深圳-龙华新区", "深圳"),
        ("义乌", "义乌"),
        ("广东省东莞虎门镇", "虎门"),
        ("广东省东莞", "东莞"),
        ("福建省泉州晋江", "晋江"),
        ("石狮", "石狮"),
        ("福建省泉州丰泽区", "泉州"),
        ("四川省成都武侯区", "成都武侯"),
        ("四川省成都", None),
        ("广东省佛山顺德区", "顺德"),
        ("广东省佛山南海区", None),
        ("汕头澄海", "澄海"),
        ("浙江省诸暨市大唐街道", "诸暨大唐"),
        ("浙江省诸暨", "绍兴"),
        ("嵊州", "嵊州"),
        ("河北省保定高阳", "高阳"),
        ("邢台平乡", "平乡"),
        ("山东省菏泽曹县", "曹县"),
        ("丹阳", "丹阳"),
        ("河南省许昌", "许昌"),
        ("天津天津", "天津"),
        ("揭阳普宁", "普宁"),
        ("南通", "南通"),
        ("北京", None),
    ],
)
def test_industrial_belt(raw: str, belt: str | None) -> None:
    assert parse_location(raw)["industrial_belt"] == belt


def test_adcode_most_specific() -> None:
    assert parse_location("广东省")["adcode"] == "440000"
    assert parse_location("广东省深圳")["adcode"] == "440300"
    assert parse_location("深圳南山区")["adcode"] == "440305"
    assert parse_location("上海")["adcode"] == "310000"
    assert parse_location("上海徐汇区")["adcode"] == "310104"


def test_province_only() -> None:
    loc = parse_location("陕西省陕西省")
    assert (loc["province"], loc["city"], loc["adcode"]) == ("陕西省", None, "610000")


def test_address_fallback_and_refinement() -> None:
    assert parse_location(None, "徐汇区虹漕路461号")["city"] == "上海市"
    assert parse_location("异地招聘", "杭州市西湖区古翠路80号")["city"] == "杭州市"
    refined = parse_location("深圳", "南山区科技中三路国人通信大厦13楼")
    assert (refined["city"], refined["district"]) == ("深圳市", "南山区")
    # The address never overrides a different city named in the location field.
    assert parse_location("广州", "北京市海淀区苏州街33号")["city"] == "广州市"


def test_result_has_exact_keys_and_is_a_fresh_dict() -> None:
    first = parse_location("深圳")
    assert tuple(first) == FIELDS
    first["city"] = "changed"
    assert parse_location("深圳")["city"] == "深圳市"


def test_non_string_input_does_not_raise() -> None:
    assert parse_location(123)["city"] is None  # type: ignore[arg-type]
    assert parse_location(None, None)["country"] is None


# Characters that occur in no place name, alias or country: garbage made of them must never yield a place.
_PLACE_CHARS = frozenset(
    "".join(d.name + "".join(d.aliases) for d in load_geography().divisions.values())
    + "".join(load_geography().area_aliases)
    + "".join(load_geography().countries)
    + "".join(load_geography().foreign_cities)
    + "".join(_abbreviations()[0])  # 沪, 粤, 深 alone name their place (place_abbreviations.json)
    + "全国中"
)
_GARBAGE = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_characters="".join(_PLACE_CHARS), exclude_categories=("Lu", "Ll", "Lt", "Cs")
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=80)))
def test_arbitrary_text_never_raises(location: str, address: str | None) -> None:
    loc = parse_location(location, address)
    assert tuple(loc) == FIELDS
    assert isinstance(loc["is_pilot_zone"], bool)
    if loc["city"] is not None:
        assert loc["province"] is not None and loc["country"] == "CN"


@settings(max_examples=300, deadline=None)
@given(_GARBAGE)
def test_garbage_gives_all_null(text: str) -> None:
    loc = parse_location(text)
    assert all(loc[f] is None for f in FIELDS if f != "is_pilot_zone")
    assert loc["is_pilot_zone"] is False
