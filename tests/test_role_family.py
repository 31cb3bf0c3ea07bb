"""Role family by duties, title first, description breaking ties."""

from __future__ import annotations

import pytest

from nlp.role_family import classify_role


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("亚马逊运营专员", None, "operations"),
        ("资深运营经理", None, "operations"),
        ("跨境电商选品专员", None, "procurement"),
        ("产品开发专员", None, "procurement"),
        ("采购主管", None, "procurement"),
        ("海外市场推广", None, "marketing"),
        ("SEO优化师", None, "marketing"),
        ("外贸业务员", None, "sales"),
        ("广告销售", None, "sales"),
        ("BD经理", None, "sales"),
        ("英语客服", None, "customer_service"),
        ("仓库管理员", None, "logistics"),
        ("货代操作", None, "logistics"),
        ("电商美工", None, "design_content"),
        ("日语翻译", None, "design_content"),
        ("数据分析师", None, "data_analytics"),
        ("Java开发工程师（跨境电商）", None, "engineering"),
        ("产品经理", None, "other"),
        ("App产品经理", None, "other"),
        ("总经理助理", None, "other"),
        ("财务会计", None, "other"),
        ("总经理", None, "management"),
        ("运营商平台经理", None, "management"),
        ("部门经理", "负责亚马逊店铺运营，listing上架与站内广告", "operations"),
        ("主管", None, "management"),
        ("储备干部", None, "other"),
        # 研发 / 开发 of a course or of content is no engineering: the object decides.
        ("医学在线课程研发", None, "other"),
        ("少儿编程课程开发", None, "other"),
        ("教育产品研发", None, "other"),
        ("教育内容研发", None, "design_content"),
        ("大数据产品研发工程师", None, "engineering"),
        (None, None, "other"),
    ],
)
def test_classify_role(title: str | None, description: str | None, expected: str) -> None:
    assert classify_role(title, description) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Procurement Specialist", "procurement"),
        ("Supply Chain Coordinator", "procurement"),
        ("Category Manager", "procurement"),
        ("Design Associate", "design_content"),
        ("Visual Merchandiser", "design_content"),  # the longer term wins over merchandiser
        ("Photographer", "design_content"),
        ("E-commerce Specialist", "operations"),
        ("Store Manager", "operations"),  # a function word outranks the rank word manager
        ("Customer Experience Associate", "customer_service"),
        ("Freight Forwarding Specialist", "logistics"),
        ("Customs Broker", "logistics"),
        ("Account Executive", "sales"),
        ("Foreign Trade Specialist", "sales"),
        ("Finance Manager", "other"),
        ("Legal Counsel", "other"),
        ("QA Tester", "engineering"),
        ("Managing Director", "management"),
    ],
)
def test_english_titles(title: str, expected: str) -> None:
    assert classify_role(title, None) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("新媒体运营（公众号运营）", "marketing"),  # 运营 of a marketing channel (guide G1)
        ("抖音店铺运营", "operations"),
        ("带货主播（淘宝直播）", "sales"),  # a host who sells goods (G13)
        ("海外仓运营主管", "logistics"),  # warehouse work titled 运营 (G14)
        ("跨境电商合规专员", "other"),  # compliance (G15)
        ("LLM应用架构设计师", "engineering"),  # the architect, not a designer
        ("售前项目经理", "sales"),  # presales (G17)
        ("BI商务智能专家", "data_analytics"),
        ("Paid Social Media Buyer", "marketing"),  # a media buyer buys ads, not goods
        ("Japan E-commerce Account Manager", "operations"),  # a marketplace account (G2)
        ("Supplier Quality Engineer", "procurement"),  # the longer term wins over engineer
        ("亚马逊产品经理", "procurement"),  # a marketplace seller's goods (G12)
        ("产品经理（SaaS）", "other"),  # without a marketplace, product managers stay other (G3)
        ("UI/产品设计师", "design_content"),
        ("产品数据分析工程师", "data_analytics"),  # analysing is the job (G5)
        ("知识产权运营专员", "other"),  # IP work titled 运营 (G15)
        ("User Acquisition Manager", "marketing"),
        ("解决方案架构师（上海）", "sales"),  # presales (G22)
        ("AWS Solutions Architect", "engineering"),  # in English mostly designs the build: the head noun decides
        ("广告审核专员", "operations"),  # platform-side checking (G16), not advertising
        ("内容审核专员", "operations"),
        ("DMS系统项目经理", "engineering"),  # a system's projects (G23)
        ("对日项目PM", "engineering"),  # offshore software projects for Japan
        ("项目经理", "other"),  # projects naming no function (G23)
        ("漫画脚本师", "design_content"),
    ],
)
def test_titles_by_the_role_guide(title: str, expected: str) -> None:
    assert classify_role(title, None) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sourcing Specialist, Cross-border E-commerce", "procurement"),  # the setting after the comma
        ("Buyer - Home & Garden", "procurement"),
        ("Mercado Libre Account Manager", "operations"),  # a marketplace's account: the seller's store (G2)
        ("Temu & SHEIN Supplier Account Manager", "operations"),
        ("亚马逊客户经理", "operations"),
        ("阿里国际站客户经理", "sales"),  # a B2B site's account manager finds and serves buyers
        ("Key Account Manager", "sales"),
        ("数据运营", "data_analytics"),  # G5
        ("IBU—销售工程师", "sales"),
        ("ERP实施顾问", "engineering"),  # G17
    ],
)
def test_title_settings_and_marketplace_accounts(title: str, expected: str) -> None:
    assert classify_role(title, None) == expected
