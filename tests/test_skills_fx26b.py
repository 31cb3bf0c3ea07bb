"""Skills rules of the twenty-sixth session's recall round (fx26b): the guide's R160-R167 inferences and the duty
wordings other boards' ads use for the ids most often missed.

Each case is written for the rule, not copied from a labelled row: the phrasing the rule catches, and beside it the
near phrasing it must leave alone (guards).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

from nlp.taxonomy import Alias, Concept, TaxonomyError, check_references


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R160: researching a market's 消费习惯 as a duty is market research; knowing it is knowledge, acting on it
        # gives neither.
        ("Shopee运营", "研究东南亚各国消费习惯，策划节日大促。", "skill:market_research", None),
        ("乐天运营", "负责调研日本买家的购物习惯，提出上新建议。", "skill:market_research", None),
        ("Coupang运营", "熟悉韩国电商消费习惯，了解大促节点。", None, "skill:market_research"),
        ("Coupang运营", "熟悉韩国电商消费习惯，了解大促节点。", None, "skill:user_behavior_analysis"),
        ("亚马逊欧洲站运营", "根据各国节日和消费习惯制定促销节奏。", None, "skill:market_research"),
        # R162: a product's own funnel run by the hire (new users, activity, retention) is user operations; activity
        # raised as an aim alone is not.
        ("平台运营总监", "制定运营标准，拉动新用户、提升活跃度、促进付费转化。", "skill:user_operations", None),
        ("产品运营", "通过内容和活动获取新用户，提升活跃与留存。", "skill:user_operations", None),
        ("新媒体运营", "负责公众号日常更新，提升粉丝活跃度。", None, "skill:user_operations"),
        # R164: 公关活动 the hire plans or runs is event operations and PR; a PR answer to bad news is PR only.
        ("品牌公关专员", "负责公关活动的策划与落地执行。", "skill:public_relations", None),
        ("品牌公关专员", "负责公关活动的策划与落地执行。", "skill:event_operations", None),
        ("媒介经理", "针对负面报道及时展开公关活动，降低影响。", "skill:public_relations", None),
        ("媒介经理", "针对负面报道及时展开公关活动，降低影响。", None, "skill:event_operations"),
        # R165: an export deal negotiated to signing is a trade contract (with export ids in the posting); a
        # domestic sale negotiated and signed is negotiation only.
        (
            "外贸业务员",
            "负责海外客户的询盘跟进，从报价、谈判到签约全程跟进，熟悉FOB、CIF条款和信用证。",
            "skill:trade_contract",
            None,
        ),
        ("SaaS销售", "负责演示产品，推进报价、谈判到签约，完成季度业绩。", None, "skill:trade_contract"),
        ("1688运营", "回复买家旺旺询价，从报价、谈判到签约全程跟进。", None, "skill:trade_contract"),
        # An export order's contract listed among its steps (报价、合同、收款; "quotations, PIs and contracts") is a
        # trade contract where the posting is export trade; a domestic quote and contract is not.
        (
            "俄语外贸业务员",
            "开发哈萨克斯坦批发客户；跟进订单：报价、合同、收款，安排报关和铁路发货。",
            "skill:trade_contract",
            None,
        ),
        (
            "Export Sales Executive",
            "Reply to RFQs from Alibaba.com; prepare quotations, PIs and contracts; follow L/C payments.",
            "skill:trade_contract",
            None,
        ),
        ("内销业务员", "负责经销商的报价、合同、回款和对账。", None, "skill:trade_contract"),
        # 洽谈 alone (订单洽谈, 资源洽谈) is business negotiation; an offer talk in recruiting is not.
        ("内销业务员", "负责经销商订单洽谈、合同签订和回款。", "skill:business_negotiation", None),
        ("海外推广专员", "负责联盟资源洽谈与合作，拓展推广渠道。", "skill:business_negotiation", None),
        ("招聘专员", "完成候选人面试和offer洽谈。", None, "skill:business_negotiation"),
        # R166: inquiries answered are inquiry handling also in domestic wholesale (回复旺旺询价, buyers' questions);
        # inquiries raised by promotion as an aim are not; asking suppliers for prices is buying.
        ("1688运营", "回复买家旺旺询价，协助销售跟进大客户。", "skill:inquiry_handling", None),
        ("1688运营专员", "及时回复采购商的旺旺咨询，促成批发订单。", "skill:inquiry_handling", None),
        ("外贸业务经理", "负责从询价、报价、打样到下单的全过程。", "skill:inquiry_handling", None),
        ("国际站运营", "优化P4P直通车出价，提高有效询盘数。", None, "skill:inquiry_handling"),
        ("外贸网站SEO", "优化官网关键词排名，提升自然流量和询盘量。", None, "skill:inquiry_handling"),
        ("采购专员", "向工厂询价、比价、议价，控制采购成本。", None, "skill:inquiry_handling"),
        ("外贸业务员", "及时回复客户询盘，给客户报价。", "skill:inquiry_handling", None),
        # R167: writing ability asked in general is copywriting where the title names text work for an audience
        # (editors, content, new media, PR, marketing); not for translators, legal, assistants, designers,
        # engineers, community roles or creator outreach, nor government document writing (公文, 行文).
        ("财经频道编辑", "有一定的写作能力和新闻敏感度。", "skill:copywriting", None),
        ("内容运营/新媒体运营", "具备较强的文字表达能力。", "skill:copywriting", None),
        ("品牌公关经理", "英文写作能力强，熟悉海外媒体。", "skill:copywriting", None),
        ("后端开发工程师", "能编写技术文档，有一定的写作能力。", None, "skill:copywriting"),
        ("技术支持工程师", "良好的文字表达能力和沟通能力。", None, "skill:copywriting"),
        ("社区运营", "良好的文字表达能力，熟悉论坛规则。", None, "skill:copywriting"),
        ("海外红人营销专员", "英文邮件写作能力好，能长期跟进达人。", None, "skill:copywriting"),
        ("英语翻译（法律方向）", "中文写作功底扎实，熟悉法律术语。", None, "skill:copywriting"),
        ("项目申报专员", "扎实的文字功底，熟悉政府申报文件。", None, "skill:copywriting"),
        ("政府事务经理", "熟悉政府行文，具备公文等文案写作能力。", None, "skill:copywriting"),
        ("新媒体运营", "文字功底扎实，网感好。", "skill:copywriting", None),
        # R19 / R84: a store's score kept or raised (好评率, 服务分, a Temu or SHEIN 品质分, 平台绩效 handled) is
        # account health in an operator's job; a BD raising merchants' 好评率 and an employee's 绩效 are not.
        ("速卖通运营", "处理纠纷和差评，维护店铺服务分。", "skill:account_health", None),
        ("Temu全托管运营", "分析店铺退货率和品质分，及时整改。", "skill:account_health", None),
        ("Noon运营专员", "处理平台绩效和买家反馈。", "skill:account_health", None),
        ("跨境电商运营专员", "负责店铺日常维护，处理客户投诉，提高好评率。", "skill:account_health", None),
        ("本地生活BD经理", "负责商家入驻后的运营辅导，提升订单量和好评率。", None, "skill:account_health"),
        ("运营主管", "制定平台绩效考核方案，核算员工奖金。", None, "skill:account_health"),
    ],
)
def test_fx26b_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    "rule",
    [
        {"terms": ["写作"], "titles": ["编辑"]},  # not an alias of the concept
        {"terms": ["写作能力"]},  # neither titles nor not_titles
    ],
)
def test_title_gates_must_name_own_aliases_and_titles(rule: dict) -> None:
    ok = Concept(
        "skill:a", "甲", "A", "content_social", (Alias("写作能力"),),
        extra={"aliases": ["写作能力"], "title_gates": [{"terms": ["写作能力"], "not_titles": ["翻译"]}]},
    )  # fmt: skip
    check_references([ok], "toy")
    bad = Concept(
        "skill:a", "甲", "A", "content_social", (Alias("写作能力"),),
        extra={"aliases": ["写作能力"], "title_gates": [rule]},
    )  # fmt: skip
    with pytest.raises(TaxonomyError, match="title_gates"):
        check_references([bad], "toy")
