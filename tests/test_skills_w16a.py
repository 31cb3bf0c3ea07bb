"""Skills on ordinary internet-company ads (seventeenth session, sk17c, from written16's tune half's errors):
platform operations, content and social, advertising.

General lines for each rule, written the way 运营 / 市场 / 设计 ads of internet and e-commerce companies phrase them,
with what the guide (tests/gold/README.md) says they give and the nearby phrasing each rule must leave alone:
- a sale's name in a designer's duties is what the pages are for (R85: pages, posters or materials designed for it);
  ad images a designer makes (直通车图, 钻展图, 站内广告图) are no ads work of the designer's;
- a campaign's or event's ROI is no ad metric (R61 is the ads' ACoS / ROAS / ROI);
- 熟练操作阿里国际站后台 is the seller back office (R96: seller_central), not the store's operations;
- an exceptional order handled is order_exceptions, not order_processing too (one phrase, one id);
- 618 is a named mega sale (R85), not a house number;
- 舆情 monitored or handled is PR work (R55: 舆情监测), ad creatives written are copy (R10), 满减 set up is a shop's
  deal (R85/R26), 账号绩效 upkeep is account health, 社区内容 is 社区 wording (R54);
- a feed-ads buyer's CTR and cost per conversion analysed are ad metrics, not conversion optimisation (R81).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

from nlp.skills import skill_ids

# (title, text, present, absent); both None: the line gives no skill at all.
CASES = [
    # R85: a sale in a designer's duties is what the design is for.
    (
        "电商美工",
        "配合运营完成双11、年货节等大促活动页面设计",
        "skill:ecommerce_art_design",
        "skill:peak_season_campaigns",
    ),
    ("电商视觉设计师", "参与大促（如周年庆、年货节）主视觉创意及延展", None, "skill:peak_season_campaigns"),
    ("平面设计师", "负责618、黑五等节点的海报和banner设计", None, "skill:peak_season_campaigns"),
    ("天猫运营", "策划并执行618、双11、年货节等大促活动", "skill:peak_season_campaigns", None),
    ("京东运营", "对接采销争取资源，参与秒杀、京东618等活动", "skill:peak_season_campaigns", None),
    ("活动运营", "负责年货节期间的平台活动报名和执行", "skill:peak_season_campaigns", None),
    ("运营专员", "办公地址：科技园中路618号", None, "skill:peak_season_campaigns"),
    # Ad images made by a designer.
    ("电商美工", "负责天猫店铺主图、钻展图的制作", None, "skill:ad_campaign_management"),
    ("跨境电商美工", "负责亚马逊主图和A+设计，配合运营做站内广告图", None, "skill:onsite_ppc"),
    ("亚马逊运营", "负责站内广告的投放和优化", "skill:onsite_ppc", None),
    ("天猫运营", "负责钻展、直通车的投放，控制推广预算", "skill:ad_campaign_management", None),
    # An event's ROI is no ad metric.
    ("活动运营经理", "建立活动效果评估体系，分析活动ROI，不断优化活动策略", None, "skill:ad_metrics_optimization"),
    ("活动运营", "负责营销活动的ROI评估与复盘", None, "skill:ad_metrics_optimization"),
    ("天猫运营", "负责直通车的投放与优化，控制ROI", "skill:ad_metrics_optimization", None),
    ("信息流优化师", "负责巨量引擎投放，分析ROI并优化出价", "skill:ad_metrics_optimization", None),
    # The Alibaba.com back office operated is seller_central (R96).
    ("外贸业务员", "熟练操作阿里国际站后台及P4P推广者优先", None, "skill:alibaba_com_operations"),
    ("外贸业务员", "会操作阿里巴巴国际站后台，发布产品", None, "skill:alibaba_com_operations"),
    ("阿里国际站运营", "负责阿里巴巴国际站的日常维护和产品发布", "skill:alibaba_com_operations", None),
    # Exceptional orders.
    ("京东运营", "做好商品上下架、库存管理和订单异常处理", "skill:order_exceptions", "skill:order_processing"),
    ("天猫客服", "负责处理异常订单，跟进物流问题", None, "skill:order_processing"),
    ("淘宝运营", "负责店铺订单的处理和发货跟进", "skill:order_processing", None),
    # 舆情 monitored or handled is PR work; a PM designing an opinion-monitoring system is not.
    ("品牌经理", "监测品牌声量与舆情，评估传播效果", "skill:public_relations", None),
    ("公关专员", "负责网络舆情的监控和处理，及时应对负面", "skill:public_relations", None),
    ("数据产品经理", "负责舆情监测系统的产品设计", None, "skill:public_relations"),
    # Ad creatives written are copy (R10); a creative proposal written is not.
    ("SEM专员", "拓展关键词，撰写创意，调整出价", "skill:copywriting", None),
    ("SEM专员", "负责推广计划维护、关键词提炼、创意撰写等工作", "skill:copywriting", None),
    ("市场策划", "撰写创意方案并向客户提案", None, "skill:copywriting"),
    # 满减 set up is a shop's deal.
    ("城市BD经理", "指导商户进行菜单优化、满减活动设置和评价管理", "skill:platform_promotions", None),
    ("淘宝运营", "设置店铺优惠券、满减等营销工具", "skill:platform_promotions", None),
    ("天猫客服", "耐心解答顾客关于活动规则的咨询", None, "skill:platform_promotions"),
    # 账号绩效 upkeep is account health.
    ("亚马逊运营", "处理客户邮件和Review，维护账号绩效健康", "skill:account_health", None),
    ("亚马逊运营", "关注账号绩效指标，及时处理绩效通知", "skill:account_health", None),
    ("亚马逊运营", "有绩效奖金，年底双薪", None, "skill:account_health"),
    # 社区内容 is 社区 wording (R54).
    ("内容运营", "负责社区内容生态建设，提升优质内容产出", "skill:community_operations", None),
    ("社区内容运营", "负责医生社区内容的审核与推荐", "skill:community_operations", None),
    ("运营专员", "我们是国内领先的社区内容平台，月活过千万", None, "skill:community_operations"),
    # A feed-ads buyer's CTR analysed: the ads' metric (R81), not conversion optimisation.
    (
        "信息流优化师",
        "负责巨量引擎信息流广告投放；每日监测账户数据，分析点击率、转化成本，及时调整定向和出价",
        "skill:ad_metrics_optimization",
        "skill:conversion_rate_optimization",
    ),
    ("电商运营", "对流量、点击率、转化率等数据负责，提升店铺转化", "skill:conversion_rate_optimization", None),
    ("电商美工", "根据点击率数据优化主图及推广图", None, "skill:ad_metrics_optimization"),
    # A social network's rules are no marketplace's (R96); 抖音电商 and 淘宝 are marketplaces.
    ("小红书运营", "关注小红书平台规则和热门话题，制定内容策略", None, "skill:marketplace_rules"),
    ("新媒体运营", "熟悉微博、知乎等平台规则，能独立运营账号", None, "skill:marketplace_rules"),
    ("抖音小店运营", "熟悉抖音电商平台规则和流量机制", "skill:marketplace_rules", None),
    ("天猫运营", "熟悉淘宝天猫平台规则", "skill:marketplace_rules", None),
    # Rival products named as examples are research, not the hire's forum or store work.
    ("内容运营", "能够跟进海外同类产品（如Quora、Medium）的动态", "skill:competitor_analysis", "skill:reddit_forums"),
    ("产品经理", "定期分析竞品（如Reddit、Quora）的功能迭代", None, "skill:reddit_forums"),
    ("海外社媒运营", "负责品牌在Reddit、Quora上的话题运营和回复", "skill:reddit_forums", None),
    # A title's 电商运营 over a body running a marketplace with an id of its own: that id alone (R88).
    (
        "外贸电商运营（阿里国际站）",
        "负责阿里巴巴国际站店铺的运营，产品发布、关键词优化、橱窗管理",
        "skill:alibaba_com_operations",
        "skill:ecommerce_operations",
    ),
    ("电商运营", "负责天猫旗舰店的日常运营", "skill:ecommerce_operations", None),
    # A sales or signing quota is a sales target (R43 with sales wording).
    ("城市BD经理", "开展地推活动，完成每月新签及动销指标", "skill:sales_target_management", None),
    ("销售代表", "完成公司下达的销售指标", "skill:sales_target_management", None),
    ("招商专员", "完成每月招商指标", None, "skill:sales_target_management"),
    # Listing copy read in a language clause is the language asked, not listing work.
    ("跨境电商美工", "英语基础，能看懂listing文案", None, "skill:product_listing"),
    ("亚马逊运营", "英语四级以上，能熟练阅读和撰写英文listing", "skill:product_listing", None),
]


@pytest.mark.parametrize(("title", "text", "present", "absent"), CASES)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    if present is None and absent is None:
        assert skill_ids(title, text) == []
    else:
        assert_skill_case(title, text, present, absent)
