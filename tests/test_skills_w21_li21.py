"""High-volume listing, content and store skills: concept boundaries drawn as the guide draws them (twenty-first
session, helper li21).

- product_listing (R83): English store postings list the duties as bare items ("Daily: listings, RMS, coupons",
  "Manage 3 accounts on Amazon.co.jp: listings, pricing, sponsored ads"): listings beside the store's other duties
  (pricing, coupons, vouchers, promotions, ads, reviews, stock) are listings made and kept. Not listings suppressed,
  stranded or hijacked, promoted listings (an ads product), nor listings synced by an engineer.
- product_listing (R83): 上新品 / 上新款 (putting new products up) where jieba reads 上 / 新品 and the bare 上新 is
  not found; not 马上新品, 线上新品, 新品上市 (a launch). 发产品 on a marketplace's back office (国际站, 后台).
- platform_promotions (R85, R26): registering the shop for a mega sale (报名 / 提报 / 参加 / 报…大促, 大促提报,
  参加平台…活动); not 大促期间 (a busy season), nor 大促 planned (策划) or its materials designed.
- platform_promotions (R26): "promotions" in English marketplace postings beside the marketplaces the context list
  lacked (Allegro, Mercado Libre, Rakuten ...) and the named sales (Prime Day, Black Friday, Hot Sale), also a little
  farther away; not a career's promotions.
- amazon_operations (R68, R88): an Amazon site named among other marketplaces of the store run or of the 运营
  experience asked ("负责亚马逊日本站及乐天店铺的运营管理", "1年以上亚马逊欧洲站、eBay或Allegro运营经验"), a little
  farther from the 运营 than the bare rule reaches; not a company blurb (我司, 专注) nor a colleague's store operations.
- listing_optimization (R83): joins only where optimising is written: a bare 五点描述 or "listing content" names
  listing parts, not their optimisation (written listing content is product_listing; translated is neither); a
  listing revised or iterated (修改 / 改写 / 迭代 listing, 标题, 五点描述) and a listing audit (listing体检) are.
- inventory_planning (R82, R29): 备货 naming the shipments whose documents or clearance papers the hire handles
  (备货的单证, 备货出口业务的清关资料) is no stock planned.
- copywriting (R66, R83): copy translated or reviewed (文案翻译, 审核文案, 翻译审核) is others' copy checked, not copy
  written; copy written beside a translation stays ("辅助翻译和写文案", R83).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R83: listings as one item of a store's duty list.
        (
            "Rakuten Shop Operator",
            "Rakuten Ichiba shop operator, kitchenware. Daily work: listings, RMS, coupons and reviews.",
            "skill:product_listing",
            None,
        ),
        (
            "Shopee Operations Executive",
            "- Run daily store operations: listings, vouchers, flash sales and 9.9 / 11.11 campaigns",
            "skill:product_listing",
            None,
        ),
        (
            "Amazon JP Account Manager",
            "- Manage 2-3 brand accounts on Amazon.co.jp: listings, pricing, sponsored ads and deals",
            "skill:product_listing",
            None,
        ),
        (
            "Country Lead, Vietnam",
            "- Run the store P&L in your country: listings, Lazada Ads and the livestream schedule",
            "skill:product_listing",
            None,
        ),
        # ... not listings suppressed or hijacked, promoted listings, nor an engineer's sync.
        (
            "Amazon Account Health Specialist",
            "- Check Account Health daily: stranded and suppressed listings, pricing alerts, buyer messages",
            None,
            "skill:product_listing",
        ),
        (
            "Backend Engineer (Go)",
            "- Build services that sync orders, listings, inventory and ad reports for millions of SKUs",
            None,
            "skill:product_listing",
        ),
        # R83: 上新品 / 上新款, 发产品 on a marketplace's back office.
        ("Temu全托管运营", "每天的工作：1.上新品，填写属性和尺码；2.跟进备货单", "skill:product_listing", None),
        ("拼多多运营", "主要是在商家后台上新款、核价、报活动", "skill:product_listing", None),
        ("外贸业务员", "会操作阿里国际站后台，发产品、回复询盘，做过P4P优先", "skill:product_listing", None),
        # ... not 马上 / 线上 before 新品, nor a launch (新品上市), nor products shipped to a buyer.
        ("电商客服", "马上新品就要到货，需要熟悉产品卖点", None, "skill:product_listing"),
        ("海外红人营销", "配合新品上市和黑五档期策划红人合作", None, "skill:product_listing"),
        ("跟单员", "按时发产品给海外客户，跟进物流", None, "skill:product_listing"),
        # R85: the shop registered for a mega sale.
        ("速卖通运营", "上品、做联盟营销、直通车，报平台大促（双11、黑五）", "skill:platform_promotions", None),
        ("德国站运营", "负责德语listing优化、站内广告、Vine计划、大促提报", "skill:platform_promotions", None),
        ("Ozon运营", "协助店铺运营：商品卡片创建、价格调整、参加平台大促", "skill:platform_promotions", None),
        ("日本站运营", "- 报名Prime Day、黑五、日本本地的年末大促等活动", "skill:platform_promotions", None),
        ("速卖通运营", "参加平台Choice、超级品牌日、双11等活动，设置联盟佣金", "skill:platform_promotions", None),
        # ... not a busy season, nor a planned or designed 大促.
        ("亚马逊客服", "能配合大促期间加班，态度认真", None, "skill:platform_promotions"),
        ("美工", "参加大促的主图和海报设计，每周出图", None, "skill:platform_promotions"),
        ("运营专员", "参加平台组织的线下培训活动", None, "skill:platform_promotions"),
        # R26: promotions beside more marketplaces and named sales.
        (
            "Allegro Marketplace Manager",
            "- Manage 5 Allegro accounts: listings, Allegro Ads, Smart! delivery and promotions",
            "skill:platform_promotions",
            None,
        ),
        (
            "Marketplace Manager - Mercado Libre",
            "- Grow GMV through Mercado Ads, promotions and Full inventory planning",
            "skill:platform_promotions",
            None,
        ),
        (
            "Amazon Account Manager DE",
            "- Plan Prime Day, Black Friday and autumn-season promotions for our garden tools",
            "skill:platform_promotions",
            None,
        ),
        # ... not a career's promotions.
        (
            "Operations Assistant",
            "We sell on Mercado Libre. Clear career path with internal promotions every year.",
            None,
            "skill:platform_promotions",
        ),
        # R68 / R88: Amazon among the marketplaces of the store run or of the experience asked.
        ("日本站运营", "① 负责亚马逊日本站及乐天（Rakuten）店铺的运营管理，厨房类目", "skill:amazon_operations", None),
        ("法国站运营", "1、负责Cdiscount、亚马逊法国站及Zalando法国区的服装店铺运营", "skill:amazon_operations", None),
        ("Allegro运营", "要求：1年以上亚马逊欧洲站、eBay或Allegro运营经验", "skill:amazon_operations", None),
        # ... not a blurb, nor a colleague's store.
        ("Allegro运营", "公司专注亚马逊欧洲站，在Allegro也有店铺，店铺运营由团队负责", None, "skill:amazon_operations"),
        ("Walmart运营", "我司在亚马逊、沃尔玛均有店铺，现招Walmart店铺运营", None, "skill:amazon_operations"),
        # R66 / R83: copy translated or reviewed is not copy written.
        ("欧洲站负责人", "2. 推动listing本地化：组织多语种文案翻译与审核，保证关键词准确", None, "skill:copywriting"),
        ("中东站负责人", "3、负责双语listing的优化，协调翻译审核文案", None, "skill:copywriting"),
        # ... copy written beside a translation stays.
        ("运营助理", "辅助翻译和写文案，整理运营数据", "skill:copywriting", None),
        ("海外社媒运营", "负责品牌社媒文案撰写与翻译", "skill:copywriting", None),
        # R83: listing parts named are not optimisation; revising and auditing listings is.
        (
            "Amazon Account Manager",
            "- Write and check German listing content with our freelance copywriters",
            "skill:product_listing",
            "skill:listing_optimization",
        ),
        (
            "Seller Success Manager",
            "- Translate and localise listing content into Turkish with our content team",
            None,
            "skill:listing_optimization",
        ),
        ("Listing翻译专员", "1.负责产品标题、五点描述、A+页面的中译日及润色", None, "skill:listing_optimization"),
        ("AIGC内容运营", "用大模型批量生成英文listing标题、五点描述，并人工校对", None, "skill:listing_optimization"),
        ("亚马逊运营", "2、新品上架：商品标题、卖点和A+页面的撰写与迭代", "skill:listing_optimization", None),
        ("Listing专员", "4. 根据Review反馈修改listing，定期做listing体检", "skill:listing_optimization", None),
        # ... not a hijacker's edits.
        ("亚马逊运营", "listing被跟卖恶意修改时及时投诉", None, "skill:listing_optimization"),
        # R82 / R29: the documents of stock shipments are no stock planned.
        ("物流单证专员", "3. 处理FBA头程及海外仓备货的单证业务", None, "skill:inventory_planning"),
        ("关务专员", "5. 跟进海外仓备货出口业务的清关资料", None, "skill:inventory_planning"),
        ("亚马逊运营", "负责FBA备货计划，避免断货", "skill:inventory_planning", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
