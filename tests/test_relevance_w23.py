"""Title-and-tags postings (the shape 51job's search API gives: a title, a keyword list mixing skills, majors and
perks, the company; no description) of the twenty-third session: relevance and platforms as the guide decides them
(tests/gold/README.md, Relevance: held-out 51job rows; Platforms), and the skills a tag list yields. Every title and
tag list is written by hand in the board's style, not copied from the real rows.

Skills fixed here (each seen in two or more real rows):
- "DSP" in an engineer's posting is a digital signal processor (DSP软件工程师, DSP/ARM/FPGA), not programmatic ads:
  the alias counts only outside the engineering family (the ad jobs that ask it are marketing or operations).
- 数字前端 / 数字IC前端 / IC前端 is chip design's front end, not web front-end development.
- 数据质量管理 / 数据质量控制 is data quality, not the goods' quality control (品质管控).
- 自动化脚本 / automation scripts in an engineer's posting are scripting (shell, Python), not RPA; RPA, 影刀 and UiPath
  named stay RPA everywhere.
- An engineer's AI软件 / AI应用 / AI视频 / 数字人 is the AI product built (AI软件开发工程师, AI应用研发, AI视频平台开发,
  a digital-human backend), not the use of AI tools; 视觉识别 in an engineer's title or tags is machine vision, not
  brand identity design. Outside engineering they keep their ids.
- 摄像 in an engineer's posting is a camera (CMOS摄像 hardware, 摄像机 selection), not video shooting.
"""

from __future__ import annotations

import pytest

from nlp.extract import extract_posting
from nlp.platforms import extract_platforms
from nlp.relevance import classify_relevance
from nlp.skills import skill_ids

F, T = False, True

# (title, tags, company, is_cross_border, platforms)
_TAGGED: list[tuple[str, str, str, bool, list[str]]] = [
    # A marketplace in the title: the job runs it.
    ("亚马逊站内广告投放专员", "1年,本科,五险一金,年终奖金,带薪年假", "深圳某某电子商务有限公司", T, ["amazon"]),
    # An analyst whose tags name the marketplace beside SQL: the store's data (held-out 564's kind).
    ("数据分析专员", "2年,本科,亚马逊,sql,excel,五险一金,周末双休", "杭州某某贸易有限公司", T, ["amazon"]),
    # Order handling at an import-export firm whose tags say it works in English with the buyers (held-out 3018).
    ("订单专员", "2年,大专,订单跟进,英文邮件,订单系统,五险一金", "宁波某某进出口有限公司", T, []),
    # Engineers stay false whatever the employer sells; a marketplace in their tags is still labelled.
    ("Python后端开发工程师", "3-4年,本科,python,django,跨境电商,亚马逊平台", "深圳某某网络科技有限公司", F, ["amazon"]),
    ("爬虫工程师", "2年,本科,scrapy,亚马逊,数据采集,六险一金", "广州某某科技有限公司", F, ["amazon"]),
    # Amazon's cloud is no marketplace.
    ("云平台运维工程师", "3-4年,大专,aws,亚马逊云,阿里云,linux,五险一金", "大连某某信息技术有限公司", F, []),
    # Overseas wording in an engineer's title or a language in the tags: no trade.
    ("2025届海外软件开发工程师", "在校生/应届生,本科,java", "南京某某软件技术有限公司", F, []),
    ("对日Java开发工程师", "3-4年,本科,java,日语,出国机会,五险一金", "大连某某软件有限公司", F, []),
    ("数据分析师", "1年,本科,数据分析,运营数据,sql,excel,五险一金", "宁波某某国际贸易有限公司", F, []),
    # A company that is itself a marketplace names no channel of the hire's.
    ("测试开发工程师", "3-4年,本科,selenium,python,英语", "乐天某某（北京）科技有限公司", F, []),
]


@pytest.mark.parametrize(("title", "tags", "company", "cross_border", "platforms"), _TAGGED)
def test_tagged_relevance_and_platforms(
    title: str, tags: str, company: str, cross_border: bool, platforms: list[str]
) -> None:
    """A title-and-tags posting's relevance and platforms, as the guide's held-out 51job rows decide them."""
    tag_list = tags.split(",")
    got, evidence = classify_relevance(title, None, tag_list, company)
    assert got is cross_border, evidence
    assert extract_platforms(title, None, tag_list) == platforms


def test_tagged_posting_through_extract() -> None:
    """The whole extractor on a raw posting of the 51job shape (tags as a list, no description)."""
    out = extract_posting(
        {
            "source": "51job",
            "title": "亚马逊广告优化师",
            "company": "某某创新科技股份有限公司",
            "tags": ["2年", "本科", "五险一金", "专业培训", "定期体检"],
        }
    )
    assert out["is_cross_border"] is True
    assert out["platforms"] == ["amazon"]
    # Perks (专业培训, 五险一金) and the board's experience and degree tags yield no skill: the tags add nothing.
    assert [s["id"] for s in out["skills"]] == skill_ids("亚马逊广告优化师", None, None)


# (title, tags, id, present): the tag list's skills.
_TAG_SKILLS: list[tuple[str, str, str, bool]] = [
    # DSP: a signal processor in engineering postings.
    ("DSP嵌入式软件工程师", "3-4年,本科,DSP,C语言,五险一金", "skill:programmatic_ads", F),
    ("音频算法工程师", "3-4年,硕士,matlab,DSP,回声消除,c++,五险一金", "skill:programmatic_ads", F),
    ("雷达信号处理工程师", "2年,本科,dsp,fpga,卡尔曼滤波,五险一金", "skill:programmatic_ads", F),
    # ... the ad platform in advertising jobs (guards).
    ("广告投放优化师", "2年,本科,DSP,信息流,竞价推广,五险一金", "skill:programmatic_ads", T),
    ("亚马逊广告专员", "2年,本科,SP广告,DSP,ACOS优化", "skill:programmatic_ads", T),
    # 数字前端: chip design.
    ("数字IC验证工程师", "3-4年,本科,数字前端,UVM,SystemVerilog,五险一金", "skill:frontend_dev", F),
    ("数字前端设计工程师", "3-4年,硕士,verilog,综合,时序分析", "skill:frontend_dev", F),
    ("IC前端设计工程师", "在校生/应届生,硕士,芯片,verilog", "skill:frontend_dev", F),
    # ... web front end stays (guards).
    ("Web前端开发工程师", "3-4年,本科,vue,前端,javascript,五险一金", "skill:frontend_dev", T),
    ("全栈工程师", "2年,本科,前端开发,node.js,mysql", "skill:frontend_dev", T),
    # 数据质量: data, not goods.
    ("数据统计员", "1年,大专,excel,数据收集,数据质量管理,数据报告,五险一金", "skill:quality_control", F),
    ("数据治理专员", "2年,本科,sql,数据质量控制,元数据", "skill:quality_control", F),
    # ... goods' quality control stays (guards).
    ("QE品质工程师", "5-7年,本科,质量管理,质量管理体系,可靠性测试", "skill:quality_control", T),
    ("外贸跟单员", "2年,大专,验货,质量控制,英语,订单跟进", "skill:quality_control", T),
    # 自动化脚本: an engineer's scripting.
    ("网络安全运维工程师", "2年,本科,防火墙,自动化脚本,linux,等级保护", "skill:rpa", F),
    ("Java开发工程师", "3-4年,本科,java,shell,自动化脚本,maven", "skill:rpa", F),
    # ... RPA named stays in engineering, and automation scripts stay RPA in an operations job (guards).
    ("RPA开发工程师", "3-4年,本科,rpa,uipath,python,五险一金", "skill:rpa", T),
    ("电商运营助理", "1年,大专,影刀,自动化脚本,店铺数据,excel", "skill:rpa", T),
    ("电商运营专员", "1年,大专,自动化脚本,店铺运营,数据报表", "skill:rpa", T),
    # An engineer's AI product: no AI-tool use.
    ("AI软件开发工程师（视觉方向）", "3-4年,本科,c++,深度学习", "skill:ai_tools_general", F),
    ("AI应用研发工程师", "2年,本科,python,大模型,langchain", "skill:ai_tools_general", F),
    ("AI视频分析平台开发工程师", "3-4年,本科,c++,gpu,五险一金", "skill:ai_video", F),
    ("算法后端开发工程师", "1年,本科,虚拟人,数字人,深度学习", "skill:ai_video", F),
    ("AI视觉识别算法工程师", "2年,硕士,c++,python", "skill:brand_visual", F),
    ("AR开发工程师", "3-4年,硕士,unity,xr,视觉识别,算法模型", "skill:brand_visual", F),
    # ... the same words in content and design jobs (guards).
    ("跨境电商美工", "2年,大专,ps,ai应用,主图设计", "skill:ai_tools_general", T),
    ("AI视频剪辑师", "1年,大专,剪映,短视频,tiktok", "skill:ai_video", T),
    ("短视频编导", "2年,大专,数字人,脚本策划,剪辑", "skill:ai_video", T),
    ("品牌设计师", "3-4年,本科,视觉识别,logo设计,illustrator", "skill:brand_visual", T),
    # 摄像: a camera in engineering, filming in content jobs (guards).
    ("CMOS摄像模组硬件工程师", "3-4年,本科,电路设计,五险一金", "skill:video_shooting", F),
    ("机器人视觉系统工程师", "2年,本科,传感器,摄像机,标定,python", "skill:video_shooting", F),
    ("视频拍摄剪辑师", "2年,大专,摄像,剪辑,pr", "skill:video_shooting", T),
    ("新媒体运营专员", "1年,大专,摄像,短视频,文案", "skill:video_shooting", T),
]


@pytest.mark.parametrize(("title", "tags", "skill", "present"), _TAG_SKILLS)
def test_tag_list_skills(title: str, tags: str, skill: str, present: bool) -> None:
    """A skill a title-and-tags posting yields (or does not) from its tag list."""
    ids = skill_ids(title, None, tags.split(","))
    assert (skill in ids) is present, ids


def test_description_dsp_in_engineering() -> None:
    """An engineer's description naming DSP chips is no ad buying; an ad specialist's is."""
    eng = skill_ids("嵌入式软件工程师", "岗位职责：\n1、负责DSP和ARM平台的音频算法移植；\n2、编写驱动程序。", None)
    ads = skill_ids("广告优化师", "岗位职责：\n1、负责DSP和信息流广告投放，根据数据优化出价；\n2、撰写周报。", None)
    assert "skill:programmatic_ads" not in eng
    assert "skill:programmatic_ads" in ads
