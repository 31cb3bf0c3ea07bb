"""Skills on ordinary ads (seventeenth session, helper sk17d): the errors of written16's tune half in the data,
design, service, procurement, tools, trade, engineering, logistics and compliance categories, as general lines:
Excel with a proficiency word only (R80), a poster as a growth tactic or poster copy (no design), in-app messages a
user-operations job pushes (no customer-service email), a user-research report (R59: the research id only), and
data analysis written as Excel put to analysis, post-launch or design figures tracked to optimise (R47), or content
figures analysed after a bracketed list of metrics (R78).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R80: Excel with a proficiency word ending its clause is an office skill, though a trait before it names
        # data; a use, a function or SQL beside it still gives `excel`.
        ("电商运营", "对数据敏感，会用Excel；细心，有责任心", None, "skill:excel"),
        ("信息流优化师", "数据分析能力强，熟练使用Excel；抗压能力强", None, "skill:excel"),
        ("淘宝运营", "2. 熟练使用Excel；\n3. 对数据敏感，执行力强；", None, "skill:excel"),
        ("电商运营", "数据分析能力强，熟练使用Excel（函数、透视表）；", "skill:excel", None),
        ("用户运营", "数据敏感，熟练使用Excel，会写简单SQL者优先；", "skill:excel", None),
        ("运营助理", "对数据敏感，会用Excel做基础分析；", "skill:excel", None),
        ("运营助理", "对数据敏感，会用excle做表格，执行力强", "skill:excel", None),
        ("运营助理", "喜欢excle，细心", None, "skill:excel"),
        # Excel put to analysis or statistics is also data analysis (R78, R23); table-making alone is not.
        ("客户成功经理", "对数据敏感，会用Excel做基础分析；", "skill:data_analysis", None),
        ("社群运营", "熟练使用微信，会用Excel统计数据；", "skill:data_analysis", None),
        ("运营助理", "会用Excel做基础表格，做事细心", None, "skill:data_analysis"),
        # R47: figures tracked after launch, or a design's figures watched, to optimise are data analysis; usage
        # figures a customer-success manager tracks too. Reading a store's data is its own id (R78).
        ("产品经理", "跟踪功能上线后的数据表现，持续优化。", "skill:data_analysis", None),
        ("视觉设计师", "关注设计数据反馈（点击率、转化率），持续优化视觉方案。", "skill:data_analysis", None),
        ("客户成功经理", "跟踪产品使用数据（活跃度、功能使用率），识别流失风险", "skill:data_analysis", None),
        ("产品经理", "熟练使用数据分析工具，有良好的沟通能力", None, "skill:user_behavior_analysis"),
        # R78: content figures analysed, the metrics listed in brackets between the data and the verb.
        ("内容运营", "对内容数据（阅读量、互动率、收藏转化）进行分析，调整内容方向。", "skill:data_analysis", None),
        ("直播运营", "对直播数据（停留时长、转化率、UV价值）进行复盘，优化话术", "skill:data_analysis", None),
        # A poster as a growth tactic (裂变海报) or poster copy (海报文案) is no graphic design; designing posters is.
        ("社群运营", "利用裂变海报、邀请有礼等方式拉新，提升个人号好友数", None, "skill:graphic_design"),
        ("市场策划", "撰写活动策划方案、宣传文案、海报文案、H5脚本", None, "skill:graphic_design"),
        ("视觉设计师", "负责公司产品banner、海报、H5等线上线下平面视觉设计", "skill:graphic_design", None),
        ("电商美工", "配合运营做节日活动海报和站外推广图", "skill:graphic_design", None),
        # In-app messages a user-operations job pushes beside SMS or announcements are no customer-service email
        # (R27); answering buyers' messages is.
        ("用户运营", "通过push、短信、站内信等触达手段做精细化运营", None, "skill:cs_email"),
        ("用户运营", "负责网站用户通知，包括公告（中英）、站内信（中英）等", None, "skill:cs_email"),
        ("速卖通客服", "回复买家站内信与评价，处理纠纷", "skill:cs_email", None),
        ("日语客服", "以邮件和站内信为主，不需要接打电话", "skill:cs_email", None),
        # R59: a user-behaviour or user-research report is that research id only; a data report stays reporting.
        ("用户运营", "定期输出用户行为分析报告，挖掘用户需求", None, "skill:reporting"),
        ("用户运营", "定期输出用户行为分析报告，挖掘用户需求", "skill:user_behavior_analysis", None),
        ("用户运营", "定期输出运营数据分析报告，跟踪核心指标", "skill:reporting", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
