"""Platform slugs from real-looking posting sentences, positives and negatives."""

from __future__ import annotations

import pytest

from nlp.platforms import extract_platforms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("负责亚马逊美国站店铺运营", ["amazon"]),
        ("熟悉amz平台规则", ["amazon"]),
        ("有亚马孙运营经验优先", ["amazon"]),
        ("负责Shopee、Lazada东南亚站点运营", ["lazada", "shopee"]),
        ("虾皮台湾站运营", ["shopee"]),
        ("负责速卖通店铺日常运营", ["aliexpress"]),
        ("负责AE平台店铺运营及推广", ["aliexpress"]),
        ("负责阿里巴巴国际站询盘回复", ["alibaba_com"]),
        ("熟悉国际站RFQ报价", ["alibaba_com"]),
        ("中国制造网、环球资源平台运营", ["global_sources", "made_in_china"]),
        ("负责敦煌网店铺", ["dhgate"]),
        ("负责TikTok Shop美区小店运营", ["tiktok_shop"]),
        ("TK小店达人建联", ["tiktok_shop"]),
        # Bare TikTok listed beside marketplaces is a sales channel; beside social media or videos it is not.
        ("团队有SHEIN、Temu、TikTok三条线", ["shein", "temu", "tiktok_shop"]),
        ("公司也在准备做Temu和TikTok", ["temu", "tiktok_shop"]),
        ("亚马逊站外推广：TikTok、Facebook引流", ["amazon"]),
        ("剪辑视频，适配亚马逊、TikTok等平台规格", ["amazon"]),
        ("Temu全托管运营，拼多多跨境经验优先", ["temu"]),
        ("SHEIN/希音平台供货", ["shein"]),
        ("熟悉eBay、Wish、Etsy平台", ["ebay", "etsy", "wish"]),
        ("沃尔玛平台运营", ["walmart"]),
        ("负责美客多墨西哥站", ["mercado_libre"]),
        ("负责Ozon、WB俄罗斯平台运营", ["ozon", "wildberries"]),
        ("负责Allegro和Cdiscount店铺", ["allegro", "cdiscount"]),
        ("负责乐天日本站店铺运营", ["rakuten"]),
        ("负责Coupang韩国站运营", ["coupang"]),
        ("负责Noon中东平台店铺", ["noon"]),
        ("负责Shopify独立站搭建", ["independent_site", "shopify"]),
        ("DTC独立站运营", ["independent_site"]),
        ("經營Amazon美國站及自建網站", ["amazon", "independent_site"]),
        # English: the employer's own site is its DTC channel; DTC beside a channel word or a marketplace is one.
        ("We sell through our own sites in the US and EU", ["independent_site"]),
        ("Sold on Walmart and our own online store", ["independent_site", "walmart"]),
        ("Product Manager (Amazon & DTC)", ["amazon", "independent_site"]),
        ("Sells mainly through its own site", ["independent_site"]),
        ("You will own site-wide SEO for the blog", []),
        ("DTC-curious designers welcome", []),
        # Marketplaces watched for copies of the employer's goods are not its channels; its own channel is.
        ("• Take down infringing Amazon listings\n• Monitor Temu and eBay for copies and file takedowns", ["amazon"]),
        ("- Monitor our eBay and Walmart listings for pricing errors", ["ebay", "walmart"]),
        # Amazon.ae is Amazon's UAE store, not AliExpress (AE).
        ("Run our store on Amazon.ae and noon", ["amazon", "noon"]),
        ("We sell on Amazon (US, AE, SA) and eBay", ["amazon", "ebay"]),  # a country code among Amazon's sites
        ("负责亚马逊、AE、eBay平台运营", ["aliexpress", "amazon", "ebay"]),
        # Guide P1: a Shopify store called the employer's own is also an independent site; "our Shopify store" is not.
        ("We sell on Amazon and through our own Shopify store", ["amazon", "independent_site", "shopify"]),
        ("產品於Amazon及自家Shopify網店銷售", ["amazon", "independent_site", "shopify"]),
        ("We sell on Etsy and our Shopify shop", ["etsy", "shopify"]),
        ("You will own Shopify store operations end to end", ["shopify"]),
        ("Sold through our webshop, Amazon EU and 400 retail partners", ["amazon", "independent_site"]),
        ("經營HKTVmall、Shopee及自家網店", ["independent_site", "shopee"]),
        ("负责拼多多店铺运营", []),
        ("本岗位为国内拼多多店铺运营，非Temu/跨境岗位", []),
        ("熟悉AWS和亚马逊云科技服务", []),
        ("有Google、Amazon等云计算系统开发背景者优先", []),
        ("部署在Amazon Web Services上", []),
        ("We wish you a great career", []),
        ("午休时间noon到14点", []),
        ("臭氧ozone检测", []),
        ("乐天派，性格开朗", []),
        ("参观敦煌莫高窟", []),
        ("", []),
    ],
)
def test_platforms_in_description(text: str, expected: list[str]) -> None:
    assert extract_platforms(None, text, None) == expected


def test_title_and_tags_count() -> None:
    out = extract_platforms("亚马逊运营", None, ["Shopee", "独立站"])
    assert out == ["amazon", "independent_site", "shopee"]


@pytest.mark.parametrize("bad", [None, 42, ["x"], {"a": 1}])
def test_garbage_input_never_raises(bad: object) -> None:
    assert extract_platforms(bad, bad, bad) == []  # type: ignore[arg-type]
