"""Skills of engineering postings by the twenty-fourth session's rules (helper fx24b: R152, R153, R158 and the
errors of the read set fresh13).

R152: a developer's bare 数据库 is relational databases, but a clause that names SQL with the database is SQL
programming only.

R153: mobile development for a front-end hire needs native or hybrid client work (Native App, Hybrid 应用,
Native 与 Web 技术融合, 客户端能力); the mobile platforms' browsers (iOS / Android 浏览器) are web front-end work.
The platforms a tester tests apps on (Android端及iOS应用测试) are testing work, not mobile development (the guide
is silent; 0 of 18 read rows with a test title carry mobile development).

R158: hot topics the hire plans from (根据热点、事件…策划) are trend and hashtag work; seasonal marketing 热点 feeding a
calendar are not.

fresh13's general mechanisms: 计算机算法 / 常用算法 are algorithms, 数据结构设计 (a schema) is not; work based on user
data (基于…用户数据) is user behaviour analysis; 操作系统管理 is systems administration (devops, R142); a REST API's
integration tests are testing, not API integration; ASP.NET's WebAPI is API work; a front-end colleague named with
研发 / 开发 before the suffix (前端研发工程师) in a clause of working together is not the hire's front-end work;
container virtualisation (Container虚拟化, 容器虚拟化) is container technology; acceptance testing is testing; a kind of
language (服务端或者客户端编程语言) asked of a support engineer is no back-end work (R129).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

BE = "skill:backend_dev"
DB = "skill:relational_db"
SQL = "skill:sql_programming"
MOB = "skill:mobile_dev"
FE = "skill:frontend_dev"
HT = "skill:hashtag_trends"
ALG = "skill:algorithms"
UBA = "skill:user_behavior_analysis"
OPS = "skill:devops"
API = "skill:api_integration"
DOCKER = "skill:docker"
TEST = "skill:software_testing"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # SQL named in the clause with the database: SQL programming only (R152).
        (".NET开发工程师", "熟悉至少一种数据库的开发和优化，熟练掌握SQL；", SQL, DB),
        # Unchanged: a bare 数据库 of a developer is relational databases.
        ("后端开发工程师", "熟悉数据库设计，有高并发系统经验。", DB, None),
    ],
)
def test_database_with_sql_is_sql_only(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Native or hybrid client work asked of a front-end hire (R153).
        ("前端开发工程师", "在Web/Node.js/Native App方向上至少精通一个方向。", MOB, None),
        ("Web前端", "具备客户端能力者更佳，鼓励在Native和Web技术融合上的探索。", MOB, None),
        ("前端工程师", "熟悉Hybrid App的实现原理。", MOB, None),
        # The mobile platforms' browsers: web front-end work, not mobile development (R153).
        ("前端工程师", "熟悉iOS/Android等移动平台浏览器的特性和兼容性。", FE, MOB),
        # Unchanged: iOS or Android development.
        ("移动开发工程师", "熟悉iOS和Android开发，有上架应用。", MOB, None),
        # The platforms a tester tests apps on: testing, not mobile development (tune2 600, fresh3 545, 909).
        ("测试工程师", "负责公司App在Android端及iOS端的功能测试。", None, MOB),
        ("APP测试", "2年以上APP测试经验，熟悉Android和iOS系统。", None, MOB),
        # Unchanged: a mobile developer who writes unit tests too.
        ("iOS开发工程师", "负责iOS客户端开发，编写单元测试。", MOB, None),
    ],
)
def test_front_end_native_client_work(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Hot topics the hire plans from (R158).
        ("新媒体运营", "能根据热点、事件和资讯策划推文。", HT, None),
        ("内容策划", "依据热点快速策划专题内容。", HT, None),
        # Unchanged: seasonal marketing 热点 feeding a calendar (R158's exclusion).
        ("市场专员", "根据各时段营销热点，制定营销计划。", None, HT),
    ],
)
def test_hot_topics_in_planning(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Computer-science algorithms asked (fresh13, tune3).
        ("算法工程师", "计算机基础扎实，对计算机算法有较深理解。", ALG, None),
        ("后台开发工程师", "熟练掌握网络编程、常用算法和操作系统知识。", ALG, None),
        # A schema's data structure design is no algorithms work.
        ("DBA", "熟悉MySQL表结构和数据结构设计、性能调优。", None, ALG),
        # Unchanged: data structures asked.
        ("C++工程师", "熟悉常见数据结构。", ALG, None),
        # Work based on user data is user behaviour analysis (fresh13 489, 495, 502, tune3 496).
        ("数据挖掘工程师", "基于海量用户数据，建立对用户兴趣的理解。", UBA, None),
        # Systems administration asked of a technical support engineer (R142).
        ("技术支持工程师", "熟悉操作系统管理方法（Linux/Windows），熟悉基础网络知识。", OPS, None),
        # A REST API's integration tests are testing, not API integration (fresh13 512, 514).
        ("Node.js工程师", "能编写单元测试与REST API的集成测试。", None, API),
        # Unchanged: REST APIs built.
        ("Node.js工程师", "负责RESTful API的设计与开发。", API, None),
        # ASP.NET's WebAPI.
        (".NET工程师", "熟悉ASP.NET MVC、WebAPI、Entity Framework。", API, None),
        # A front-end colleague named with 研发 before the suffix is not the hire's front-end work.
        ("后台研发工程师", "协同UI设计师和前端研发工程师进行联调。", None, FE),
        # Unchanged: the hire's own front-end work.
        ("全栈工程师", "负责前端研发和后台接口开发。", FE, None),
        # Container virtualisation named beside Xen / KVM is container technology (fresh13 555, 773, held-out 780).
        ("内核开发工程师", "熟悉Xen/KVM/Container虚拟化技术者优先。", DOCKER, None),
        ("云平台工程师", "了解容器虚拟化原理。", DOCKER, None),
        # Acceptance testing, as its Chinese 验收测试 is (fresh13 368).
        ("Front-end Engineer", "Unit and acceptance testing experience.", TEST, None),
        # A language of a kind asked of a support engineer is no back-end work (R129; fresh13 392, 523).
        ("技术支持工程师", "至少熟悉一门服务端或者客户端编程语言，如Python。", None, BE),
        # Unchanged: back-end development asked as the job.
        ("后端工程师", "负责服务端开发，保障接口稳定。", BE, None),
    ],
)
def test_fresh13_mechanisms(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
