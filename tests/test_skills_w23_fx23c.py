"""Mechanisms the fresh12 adjudication showed (twenty-third session, helper fx23c).

- Bare Mongo named among databases (MySQL、Mongo等数据库) is MongoDB, `nosql` (fresh12 788, 676).
- 了解并分析消费者需求 asked of a salesperson is knowing the buyer, not `user_behavior_analysis` (R44 / R92;
  fresh12 984, fresh9 1522, tune2 1559): the verb-object rule counts outside sales jobs only.
- 后台 and 开发 / 研发 apart in an engineering hire's duty (后台相关业务的系统设计开发, 后台产品研发,
  后台系统的需求分析) are back-end work, `backend_dev` (fresh12 300, 674, fresh9 557); working with 后台
  colleagues (配合后台开发) or a front-end page stays without it (guards).
- The cloud market analysed (云计算市场分析, 云计算市场调研) is market work, no `cloud_platforms` (R39 / R103;
  fresh12 1345); the cloud market known (熟悉云计算市场) is the cloud industry known and keeps it (R103, a guard).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
The first table failed before these changes; the guards held before and must hold after.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

BE = "skill:backend_dev"
UBA = "skill:user_behavior_analysis"
NOSQL = "skill:nosql"
CLOUD = "skill:cloud_platforms"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("Python开发工程师", "熟悉PostgreSQL、Mongo等数据库的使用者优先。", NOSQL, None),
        ("数据工程师", "掌握MySQL、Mongo等常用存储。", NOSQL, None),
        ("销售代表", "负责区域客户开发，了解并分析消费者需求，完成销售指标。", None, UBA),
        ("电话销售", "主动联系客户，了解并分析客户及消费者的需求，促成签单。", None, UBA),
        ("Java开发工程师", "负责后台相关业务模块的设计与开发。", BE, None),
        ("软件工程师", "负责电商平台后台产品研发与维护。", BE, None),
        ("开发工程师", "参与平台后台系统的需求分析与技术方案评审。", BE, None),
        ("经营分析师", "1.行业数据分析；2.云计算市场分析；3.输出月度报告。", None, CLOUD),
        ("市场专员", "负责云计算市场调研与竞品分析。", None, CLOUD),
    ],
)
def test_fixed(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Cases that failed before this branch's changes."""
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("运维工程师", "熟悉Mongoose框架者优先。", None, NOSQL),
        ("产品运营", "了解并分析用户需求，推动功能迭代。", UBA, None),
        ("前端开发工程师", "负责官网页面开发，配合后台开发人员完成接口联调。", None, BE),
        ("前端工程师", "与后台同事对接，完成页面开发。", None, BE),
        ("亚马逊运营", "熟悉亚马逊后台操作，开发新品。", None, BE),
        ("大客户销售", "熟悉云计算市场，有政企客户资源。", CLOUD, None),
        ("运维工程师", "负责云计算平台的日常运维。", CLOUD, None),
    ],
)
def test_guards(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Cases that held before and must hold after."""
    assert_skill_case(title, text, present, absent)
