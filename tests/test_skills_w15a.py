"""Skills rules from the fifteenth written set's tune half (operations, ads, content, data, AI, design): families of
phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # An AI tool named in a list of translation tools the hire may lean on is the tool (and translation aid,
        # R66), not AI writing; an AI tool that drafts or polishes the copy is.
        ("Wildberries运营", "不懂俄语可以用翻译软件、ChatGPT等完成标题和描述。", "skill:chatgpt", "skill:ai_writing"),
        ("美客多运营", "西语不要求，会用翻译工具(谷歌翻译、DeepSeek)就行。", "skill:deepseek", "skill:ai_writing"),
        ("亚马逊运营", "会用ChatGPT撰写listing文案和回复邮件。", "skill:ai_writing", None),
        ("内容运营", "能用豆包辅助翻译和润色英文文案。", "skill:ai_writing", None),
        # Excel beside an online sheet tool or a list of data tools is a tool list (R80), not Excel for analysis;
        # Excel with functions or pivot tables is.
        ("达人BD", "熟练使用Excel、飞书表格。", None, "skill:excel"),
        ("Ozon运营", "熟练使用Excel，会用MPStats等数据工具者优先。", None, "skill:excel"),
        ("运营助理", "熟练使用Excel，会用数据透视表和VLOOKUP。", "skill:excel", None),
        # Listing copy written in an operations job is listing work, not copywriting (R83); copy as the job's own
        # output is.
        ("Walmart运营", "负责商品上架、listing文案撰写与优化。", "skill:product_listing", "skill:copywriting"),
        ("品牌文案", "负责品牌公众号与社媒的文案撰写。", "skill:copywriting", None),
        # WhatsApp as the channel a creator BD reaches influencers on is creator outreach, not WhatsApp marketing;
        # WhatsApp with buyers in foreign trade is.
        ("TikTok达人BD", "通过邮件、WhatsApp与红人建联，谈寄样和佣金。", None, "skill:whatsapp_marketing"),
        ("外贸业务员", "通过邮件、WhatsApp跟进客户询盘并报价。", "skill:whatsapp_marketing", None),
        # Analysing the data of two named sources is data analysis (the gap takes in both names); an ad platform's
        # data is the ads' figures (R78), not generic data analysis.
        ("独立站运营", "分析GA4与Shopify数据，优化转化率。", "skill:data_analysis", None),
        ("小红书运营", "分析聚光数据，优化投放效果。", None, "skill:data_analysis"),
        ("抖音投手", "每天分析千川数据，调整计划。", None, "skill:data_analysis"),
        # Reading a profit report in a seller tool is profit analysis, not making reports; making weekly reports
        # is reporting.
        ("亚马逊运营主管", "会用领星看利润报表。", "skill:profit_analysis", "skill:reporting"),
        ("亚马逊运营", "每周整理销售报表，向主管汇报。", "skill:reporting", None),
        # English asked "for reports" is a language ability, not report writing; preparing weekly reports is.
        ("Data Analyst", "English reading and writing for reports.", None, "skill:reporting"),
        ("Marketplace Analyst", "Prepare weekly reports on sales and traffic.", "skill:reporting", None),
        # Meta named as an ad channel is Facebook / Meta ads; Meta tags in SEO or a Meta business suite for posting
        # are not.
        ("Performance Marketer", "Own paid acquisition across Meta, Google and TikTok.", "skill:facebook_ads", None),
        ("广告投手", "熟悉Meta和Google广告后台。", "skill:facebook_ads", None),
        ("SEO专员", "负责站内SEO优化（meta、内链、关键词布局）。", None, "skill:facebook_ads"),
        ("Social Media Executive", "Schedule posts in Meta Business Suite.", None, "skill:facebook_ads"),
        # "Paid social/search" names search ads.
        ("Growth Manager", "3+ years running paid social/search for a DTC brand.", "skill:sem", None),
        # An appeal against an infringement complaint or an A-to-Z claim is IP or claim work, not an account appeal;
        # appealing a suspended account is.
        ("亚马逊运营", "熟悉品牌备案，处理侵权申诉。", None, "skill:account_appeal"),
        ("亚马逊运营", "处理A-to-Z申诉和买家纠纷。", None, "skill:account_appeal"),
        ("亚马逊运营", "负责店铺被封后的账号申诉与解封。", "skill:account_appeal", None),
        # Taiwan's 樞紐分析(表) is a pivot table.
        ("電商營運專員", "熟悉Excel樞紐分析、函數運用。", "skill:pivot_table", None),
        # A live host reviewing a live session's figures (viewers, watch time) is data analysis (R78); hosting is not.
        ("Live Host", "Review GMV, viewers and conversion after each stream.", "skill:data_analysis", None),
        ("Live Host", "Host three live sessions a week for our viewers.", None, "skill:data_analysis"),
    ],
)
def test_w15a_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
