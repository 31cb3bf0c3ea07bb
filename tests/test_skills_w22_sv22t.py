"""Engineering postings' skills the guide would not label, found on unlabelled real postings (twenty-second session,
helper sv22t, silver precision audit of the 技术 rows).

- A programmer's taste for elegant code (代码美感, 对代码有美感) is no `aesthetics`, which is visual taste (R48); 审美
  asked of a front-end engineer stays, as the read rows label it.
- React Native is a mobile framework: no `frontend_frameworks` (the read rows leave it out); React beside it stays.
- 助力…数据化运营 is the business a data engineer's platform serves, not the hire's `data_analysis` (R53, R29).
- Hardware tested (硬件的测试流程, 硬件性能测试) is no `software_testing`, as 产品测试 beside 硬件 already was not;
  nor is a client's trial of the product (协助客户进行产品测试) or a certification lab's testing (检测机构, 认证).
- A bare 前端 / 后端 named with 同学, 同事, 人员, 一起 or 联调 is a colleague (guide: colleagues), as with 配合 / 协作.
- 分析 / 监控 naming a system or platform (可视化分析系统, 日志监控系统) is what an engineer builds (R53), not
  data analysed; an engineer's data systems (数据可视化平台) give no `data_visualization` / `reporting` either.
- API测试 is software testing (beside 接口测试), not `api_integration`.
- The cloud industry known by the hire (了解云计算行业的主流技术, 对云计算行业有了解) is `cloud_platforms` (R103),
  though the alias 云计算 does not count beside 云计算行业 (industry experience wanted, R45).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
The first table failed before these changes; the guards held before and must hold after.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

AES = "skill:aesthetics"
FF = "skill:frontend_frameworks"
FE = "skill:frontend_dev"
BE = "skill:backend_dev"
DA = "skill:data_analysis"
DV = "skill:data_visualization"
ST = "skill:software_testing"
API = "skill:api_integration"
CLOUD = "skill:cloud_platforms"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Code written elegantly: no aesthetics.
        ("后端开发工程师", "编码规范，追求代码美感，乐于参与代码评审。", None, AES),
        ("Go开发工程师", "有良好的编程素养，对代码有美感。", None, AES),
        # React Native: no front-end framework.
        ("Android开发工程师", "有React Native混合开发经验者优先。", None, FF),
        ("iOS开发工程师", "了解react-native等跨端方案。", None, FF),
        # The data-driven business a data platform serves: no data_analysis.
        ("数据仓库工程师", "搭建公共数据平台，助力业务数据化运营。", None, DA),
        ("大数据开发工程师", "建设数据服务系统，助力数据化运营业务。", None, DA),
        # Hardware tested: no software_testing.
        ("硬件测试工程师", "熟悉服务器各类硬件的测试流程。", None, ST),
        ("硬件工程师", "负责电路板调试、硬件性能测试和可靠性验证。", None, ST),
        # A client's trial of the product, a certification lab's tests: no software_testing.
        ("解决方案架构师", "协助重点客户进行产品测试和部署。", None, ST),
        ("合规专员", "对接第三方检测机构，推进产品测试与认证。", None, ST),
        ("线上架构师", "协助重点客户进行产品测试与上线部署。", None, ST),
        # A colleague named by a bare 前端 / 后端.
        ("Node.js开发工程师", "与其他服务的开发人员、前端完成功能上线。", None, FE),
        ("Java开发工程师", "与前端同学一起评审交互方案。", None, FE),
        ("前端开发工程师", "和产品、设计、后端一起讨论需求方案。", None, BE),
        ("iOS开发工程师", "和后端联调接口，保证版本按时交付。", None, BE),
        # Systems an engineer builds: no data_analysis, data_visualization.
        ("大数据开发工程师", "负责流式数据实时处理、通用可视化分析系统开发。", None, DA),
        ("Java开发工程师", "负责数据决策系统、日志监控系统等开发。", None, DA),
        ("数据开发工程师", "负责数据可视化平台的架构设计与搭建维护。", None, DV),
        ("大数据平台工程师", "参与数据可视化平台与报表系统的开发。", None, DV),
        # API tests: software_testing, not api_integration.
        ("测试开发工程师", "开发单元测试、API测试等测试工具。", None, API),
        ("Python开发工程师", "会使用Postman做API测试。", ST, None),
        # The cloud industry known (R103): cloud_platforms, for any hire.
        ("售前解决方案架构师", "了解云计算行业的主流技术和产品特性。", CLOUD, None),
        ("大客户销售经理", "熟悉互联网行业，对云计算行业有了解。", CLOUD, None),
    ],
)
def test_sv22t_engineering_boundaries(title: str, text: str, present: str | None, absent: str | None) -> None:
    """What engineering postings ask of the hire, apart from code style, mobile frameworks, colleagues and systems."""
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("UI设计师", "有良好的审美和设计感，熟练使用Figma。", AES, None),
        ("前端开发工程师", "有一定的审美能力，能快速还原设计稿。", AES, None),
        ("前端开发工程师", "熟悉React和Vue，了解React Native者优先。", FF, None),
        ("数据分析师", "推动公司的数据化运营，定期输出分析报告。", DA, None),
        ("软件测试工程师", "熟悉软件测试流程，编写测试用例。", ST, None),
        ("测试工程师", "负责App的性能测试和兼容性测试。", ST, None),
        ("App测试工程师", "组织并进行产品测试，提交测试报告。", ST, None),
        ("测试工程师", "负责客户端产品测试。", ST, None),
        ("后端开发工程师", "负责后端服务的设计与开发。", BE, None),
        ("Web前端开发工程师", "负责前端页面开发与性能优化。", FE, None),
        ("数据运营专员", "每周分析运营数据并提出改进建议。", DA, None),
        ("算法工程师", "以数据挖掘和数据分析为基础，发现产品的改进点。", DA, None),
        ("数据可视化开发工程师", "负责可视化大屏的开发。", DV, None),
        ("数据分析师", "使用Tableau制作数据可视化看板，跟踪核心指标。", DV, None),
        ("后端开发工程师", "负责开放平台API开发与第三方对接。", API, None),
        ("售前解决方案架构师", "有云计算行业解决方案经验者优先。", None, CLOUD),
        ("销售代表", "有IT或云计算销售经验者优先。", None, CLOUD),
    ],
)
def test_sv22t_guards(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Cases these changes must leave as they were."""
    assert_skill_case(title, text, present, absent)
