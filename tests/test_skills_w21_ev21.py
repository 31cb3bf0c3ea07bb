"""Peak-season ids where the guide and the extractor drew their boundaries apart (twenty-first session, helper
ev21).

R85: `peak_season_campaigns` is a named mega sale or shopping season the hire plans, runs or registers for; a 旺季
named as a busy season the hire must endure (能接受 / 能适应 / 能应对旺季…, 旺季连续带团, 旺季爆仓) is a working
condition, not the campaign work, as 大促期间加班 already is. In a warehouse or logistics job a named sale (双十一,
Prime Day, Black Friday) is the busy season that staff, stock and throughput are planned around, not a campaign the
hire runs: the sale's names count only in the role families that run campaigns (generic terms).

R84: `complaint_handling` is a buyer's 纠纷 / 投诉 / A-to-Z handled; a complaint the hire files against infringers
(对跟卖和仿冒发起投诉) or an intellectual-property complaint answered ("handle infringement complaints", "IP
complaints") is brand-protection work, as 侵权投诉 already is.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

PSC = "skill:peak_season_campaigns"
CH = "skill:complaint_handling"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A busy season endured: no peak-season id (R85).
        ("海外仓仓管员", "负责入库上架和出库复核；责任心强，能应对旺季爆仓等突发状况。", None, PSC),
        ("入境游英语导游", "负责外国游客的景点讲解；身体好，能适应旺季连续带团。", None, PSC),
        ("日语地接导游", "热爱旅游行业，能接受旺季连续出团，有带团经验优先。", None, PSC),
        ("跨境电商打包员", "按单拣货打包，旺季爆仓时协助其他组分拣。", None, PSC),
        # A warehouse's or logistics team's peak: no peak-season id (R85, R29).
        ("仓储主管", "负责仓库日常管理，双十一、618期间统筹拣货人员和包材。", None, PSC),
        ("Warehouse Shift Lead", "Plan labour and dock slots against order forecasts and peak events (Prime Day, "
         "Black Friday).", None, PSC),
        ("3PL Warehouse Supervisor", "Capacity and throughput planning for peak seasons (Prime Day, Cyber Monday).",
         None, PSC),
        # Guards: the season planned or run as the hire's work keeps the id.
        ("亚马逊运营", "负责旺季备战，提前规划黑五网一的促销节奏和广告预算。", PSC, None),
        ("Shopee运营", "负责店铺旺季大促活动的策划与执行，完成销售目标。", PSC, None),
        ("速卖通运营", "制定旺季营销方案，统筹双11活动报名和站内推广。", PSC, None),
        ("Amazon Account Manager", "Plan and run Prime Day and Black Friday deals for our US store.", PSC, None),
        # Complaints filed against infringers or IP complaints answered: no complaint-handling id (R84).
        ("品牌保护专员", "每天巡查跟卖和仿冒链接，向平台发起投诉并跟进下架结果。", None, CH),
        ("知识产权专员", "用品牌备案工具保护自有商标，对跟卖和假货卖家提交投诉。", None, CH),
        ("Brand Protection Specialist", "Handle infringement complaints filed against our listings and prepare "
         "counter-notices.", None, CH),
        ("Amazon Account Manager", "Resolve IP complaints and listing suppressions with Seller Support.", None, CH),
        # Guards: buyers' complaints and disputes keep the id.
        ("亚马逊客服", "回复买家邮件，处理客户投诉和退换货申请。", CH, None),
        ("Customer Service Specialist", "Handle customer complaints and A-to-Z claims by email.", CH, None),
    ],
)
def test_ev21_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Each case: the id that must be found, the one that must not."""
    assert_skill_case(title, text, present, absent)
