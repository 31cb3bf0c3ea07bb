"""Skills the fresh9 adjudication showed missing or wrong (twenty-third session, helper fresh9r).

Taxonomy gaps, each seen in two or more read rows or an alias any annotator expects: a cloud company's 云产品 built
or run is `cloud_platforms` (R131; selling them is not, R103); 后端语言 asked of a front-end hire is the language's id,
not `backend_dev` (R129); Jenkins's common misspelling "jekins"; "CC++", the C/C++ of neitui's text with its slash
lost; 分词 in an engineering or data job (word segmentation, `nlp_engineering`); 概率统计 (`statistics`); 美学基础
(`aesthetics`); 网络流行趋势 (`hashtag_trends`, R3); 用户维系 as 用户维护 (R134), neither for a community's
users (R5, R46); GitHub named as a profile (an active user, stars, open-source contributions) is no `git`.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R131: the employer's cloud products built or run by an engineer.
        ("全栈工程师", "负责公司云产品的开发与运营，参与云产品API的设计", "skill:cloud_platforms", None),
        ("运维工程师", "负责UCloud产品的日常运维和监控，保障业务稳定", "skill:cloud_platforms", None),
        ("存储研发工程师", "参与云产品存储模块的研发和性能优化", "skill:cloud_platforms", None),
        # ... selling them is not (R103).
        ("销售经理", "负责公司云产品（云主机、CDN）的销售，完成季度业绩", None, "skill:cloud_platforms"),
        # R129: a back-end language asked of a front-end hire.
        ("前端开发工程师", "熟悉一门后端语言，如Node或Python者优先", None, "skill:backend_dev"),
        ("Web前端工程师", "有PHP开发经验或其他后端语言开发经验者优先", None, "skill:backend_dev"),
        ("Web前端工程师", "有PHP开发经验或其他后端语言开发经验者优先", "skill:php", None),
        # ... back-end work itself keeps it.
        ("Java工程师", "负责后端开发，熟悉高并发系统设计", "skill:backend_dev", None),
        ("全栈工程师", "熟练掌握任意一种后台开发语言，愿意往全栈发展", "skill:backend_dev", None),
        # Jenkins misspelt.
        ("Android开发工程师", "熟练使用git、jekins、gradle等开发工具", "skill:devops", None),
        # C/C++ with its slash lost.
        ("软件开发工程师", "熟悉Linux下的CC++开发，了解网络编程", "skill:cpp", None),
        ("后台开发工程师", "熟悉LinuxUnix平台上的CC++开发", "skill:cpp", None),
        # 分词 in engineering and data jobs.
        ("搜索算法工程师", "有中文检索、分词或排序经验者优先", "skill:nlp_engineering", None),
        ("数据挖掘工程师", "负责文本分词、关键词提取等算法的开发", "skill:nlp_engineering", None),
        # ... not in a teacher's grammar (a participle).
        ("英语老师", "讲解语法知识，如现在分词和过去分词的用法", None, "skill:nlp_engineering"),
        # 概率统计.
        ("算法工程师", "扎实的数学基础，熟悉概率统计、线性代数和最优化方法", "skill:statistics", None),
        # 美学基础.
        ("新媒体运营", "会用常用的作图工具，有一定的美学基础", "skill:aesthetics", None),
        ("视觉设计师", "美学功底扎实，对色彩和排版敏感", "skill:aesthetics", None),
        # R134: users' relations kept (用户维护 / 用户维系) ...
        ("新媒体运营", "负责官方账号的日常运营（内容输出、用户维系）", "skill:customer_maintenance", None),
        ("用户运营", "负责会员用户维系和回访，提升复购", "skill:customer_maintenance", None),
        ("游戏运营", "负责玩家的用户维护，组织线上活动", "skill:customer_maintenance", None),
        # ... a community's users kept are community work (R5, R46 by analogy).
        ("社区运营", "负责社区用户维护，提升社区活跃和留存", None, "skill:customer_maintenance"),
        ("社群运营", "参与社群用户维系，及时解答群内问题", None, "skill:customer_maintenance"),
        # R3: internet trends used in the hire's work are trending topics, not product trends (R79).
        ("电商文案", "善于捕捉网络流行趋势并运用到文案中", "skill:hashtag_trends", None),
        ("新媒体编辑", "善于捕捉网络流行趋势并运用到文案中", None, "skill:trend_research"),
        # ... a feel for them is a disposition; fashion trends for products stay trend_research.
        ("新媒体编辑", "对网络流行趋势敏感", None, "skill:hashtag_trends"),
        ("买手", "关注服装流行趋势，参与选款", "skill:trend_research", None),
        # GitHub as a profile is no git.
        ("前端工程师", "GitHub活跃用户，或在GitHub上有star较多的项目者优先", None, "skill:git"),
        ("后端工程师", "在GitHub上给知名开源项目贡献过代码者优先", None, "skill:git"),
        # ... git itself keeps it.
        ("后端工程师", "熟练使用Git进行代码版本管理", "skill:git", None),
        ("前端工程师", "熟悉GitHub的分支和合并流程", "skill:git", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
