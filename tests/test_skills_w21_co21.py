"""High-volume skills of cross-border ads where the extractor counted a counterpart's work or missed a common name
(twenty-first session, helper co21).

product_certification: a destination market's mandatory product mark (Russia's EAC, Saudi SABER / SASO, the UAE's
ECAS, Brazil's ANATEL) is a product certification as CE or PSE is, and a testing laboratory dealt with (检测机构) is
certification and testing work (R77: "PSE、食品卫生法等合规要求" → product_certification). tiktok_ads: Spark Ads or
GMV Max run by an ads colleague the hire supplies ("配合投放同事做GMV Max") are that colleague's ads (R61's note: a
colleague's or ads team's ads). factory_audit: a client's audit of the employer's premises, arranged, received or
interpreted for (客户验厂, 接待来华验厂的客户), is a visit the hire hosts, not an audit the hire carries out.
product_photography / video_shooting: a team or outside party named by the shooting words ("拍摄和剪辑团队",
"拍摄外包团队"), a shoot handed to a photographer ("产品拍摄由公司专职摄影师负责"), helping the photographer
("配合摄影"), asking for a shoot ("对接产品图、视频的拍摄需求") and a designer's retouched 白底图 among designed images
are not the hire's shooting (guide: the hire's own shooting; colleagues). supplier_development: an English rule's
words are whole words ("a supplier to Temu (full-managed model)" manages no supplier). Each rule has beside it the
phrasings that keep their ids. cost_control (a procurement concept): cost cut or controlled in a marketing, sales,
design, data or engineering job is that job's aside, and a bonus for cost savings is pay. sourcing: 找货源 is
finding goods (R73). tiktok_content: a live host's videos for the shop's account are not (R71).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

CERT = "skill:product_certification"
TTA = "skill:tiktok_ads"
AUDIT = "skill:factory_audit"
PHOTO = "skill:product_photography"
VIDEO = "skill:video_shooting"
SUP = "skill:supplier_development"
COST = "skill:cost_control"
SRC = "skill:sourcing"
S1688 = "skill:sourcing_1688"
TTC = "skill:tiktok_content"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Destination markets' product marks and testing laboratories: product certification.
        ("俄语外贸专员", "负责Ozon店铺上新，了解俄罗斯EAC认证流程者优先", CERT, None),
        ("沙特站运营", "负责产品上架，准备沙特SABER认证所需资料", CERT, None),
        ("Noon Specialist", "Experience with SASO product registration in Saudi Arabia is a plus.", CERT, None),
        ("Noon Account Executive", "Prepare SABER certification files for kitchen appliances.", CERT, None),
        ("中东站运营", "跟进阿联酋ECAS认证和沙特的产品注册", CERT, None),
        ("Mercado Libre Specialist", "Coordinate ANATEL approval for wireless products sold in Brazil.", CERT, None),
        ("欧盟合规专员", "对接欧洲合作检测机构，跟进样品送测进度", CERT, None),
        # Unchanged: the marks already known, and a bare "saber" that is no mark.
        ("亚马逊日本站运营", "负责产品的PSE认证办理", CERT, None),
        ("Spanish Customer Service", "Queremos saber tu opinión sobre el pedido.", None, CERT),
        # An ads colleague's Spark Ads or GMV Max the hire supplies: not the hire's TikTok ads.
        ("TikTok Shop运营", "负责店铺活动报名，配合投放同事做GMV Max推广并跟进ROI", None, TTA),
        ("TikTok达人运营", "和广告投放同事配合，把高转化的达人视频做成Spark Ads投流", None, TTA),
        # Unchanged: the hire's own Spark Ads and GMV Max.
        ("TikTok广告优化师", "负责搭建GMV Max和Spark Ads广告计划，控制ROI", TTA, None),
        ("TikTok投放专员", "把达人视频授权做成Spark Ads并自己投放测试", TTA, None),
        # A client's audit of the employer's premises: hosted, not carried out.
        ("外贸业务员", "负责报价和订单跟进，安排客户验厂与来访接待", None, AUDIT),
        ("海外仓主管", "管理仓库日常作业，配合客户验厂", None, AUDIT),
        ("日语业务员", "接待来华验厂的日本客户并做好翻译", None, AUDIT),
        # Unchanged: audits the hire carries out.
        ("采购专员", "负责供应商验厂，评估工厂产能和品质", AUDIT, None),
        ("Sourcing QC", "Carry out factory audits and write reports in English.", AUDIT, None),
        # A team or party named by the shooting words, a shoot handed over or asked for: not the hire's shooting.
        ("TikTok达人运营", "公司内部有专门的拍摄和剪辑团队，你需要看懂什么视频能卖货", None, VIDEO),
        ("内容营销经理", "会用剪映做简单剪辑者优先，团队有专职剪辑师和海外拍摄外包团队", None, VIDEO),
        ("阿里国际站运营", "负责旺铺装修，和设计对接产品图、视频的拍摄需求", None, VIDEO),
        ("阿里国际站运营", "负责旺铺装修，和设计对接产品图、视频的拍摄需求", None, PHOTO),
        ("亚马逊美工", "负责主图和A+设计。说明：产品拍摄由公司专职摄影师负责，本岗位无需拍摄", None, PHOTO),
        ("新媒体运营", "负责账号选题、文案和拍摄脚本，配合摄影和剪辑产出内容", None, PHOTO),
        ("亚马逊美工", "负责主图设计，简单产品修图、白底图、场景图合成", None, PHOTO),
        # Unchanged: the hire's own shooting.
        ("短视频编导", "负责拍摄短视频并用剪映完成剪辑", VIDEO, None),
        ("电商摄影师", "负责产品白底图拍摄和静物摄影", PHOTO, None),
        ("电商美工", "负责拍摄产品图片并完成后期精修", PHOTO, None),
        ("淘宝美工", "负责商品摄影和主图设计", PHOTO, None),
        # English verb-object words are whole words: "full-managed" and "manager" are no "manage" (R73: the employer
        # as a platform's supplier is no supplier development).
        ("Temu Supplier Manager", "We are a dress factory, a supplier to Temu (full-managed model).", None, SUP),
        ("Supplier Account Manager", "Grow our business with SHEIN and answer platform notices.", None, SUP),
        # Unchanged: suppliers the hire finds, evaluates or audits; and now "managing" too, which the substring "manage"
        # missed.
        ("Sourcing Specialist", "Find and evaluate reliable suppliers in Guangdong for our Amazon store.", SUP, None),
        ("Sourcing Manager", "You will audit suppliers before the first order.", SUP, None),
        ("Sourcing Manager", "Managing suppliers across three provinces.", SUP, None),
        # Costs cut as a marketer's or salesperson's aside, and a bonus named after cost savings: no cost control.
        ("市场营销", "组织几个公众号联合做加粉活动，可以降低成本，提高利润", None, COST),
        ("渠道销售（电商）", "能快速熟悉公司产品知识；控制成本，做好销售跟踪", None, COST),
        ("跨境电商采购", "会用1688找源头工厂，有驾照优先，底薪+采购降本奖励", None, COST),
        # Unchanged: buying, operations and supply-chain roles that control or cut costs.
        ("采购专员", "询价、比价、议价，降低采购成本", COST, None),
        ("采购主管", "负责年度降本项目推进", COST, None),
        ("供应链经理", "优化生产排期，控制成本和交期", COST, None),
        ("亚马逊运营经理", "控制运营成本，提升店铺利润", COST, None),
        # 找货源, the commonest way to write finding goods (R73), jieba splits as 找 / 货源 so neither alias counted;
        # goods found on 1688 alone stay sourcing_1688 only, 1688 a few words before 货源 too.
        ("采购跟单", "在1688、义乌市场找货源，比价、砍价", SRC, None),
        ("跨境电商采购", "根据运营的选品需求去产业带找货源、拿样", SRC, None),
        ("亚马逊运营助理", "帮忙找找1688上的同款货源，记下价格和起订量", S1688, SRC),
        # Unchanged: the other wordings, and 1688 alone.
        ("采购专员", "负责寻找货源和开发新品", SRC, None),
        ("采购专员", "熟悉1688找货", S1688, SRC),
        ("选品专员", "公司货源稳定，工厂直供", None, SRC),
        # A live host's videos for the shop's TikTok account: short video and livestreaming, not TikTok content (R71).
        ("Live Host (TikTok Shop US)", "Shoot short product videos for our TikTok account when not live.", None, TTC),
        ("越南语TikTok主播", "下播后拍摄15-60秒短视频，发布到店铺TikTok账号", None, TTC),
        # Unchanged: the account run by a content, marketing or operations hire.
        ("海外社媒运营", "负责品牌TikTok账号的日常内容策划和发布", TTC, None),
        ("UGC Video Editor", "Edit short videos for our TikTok account and Reels.", TTC, None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
