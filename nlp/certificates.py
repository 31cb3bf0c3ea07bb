"""Certificates a posting names: 1+X cross-border certificates, CET/TEM/JLPT/TOPIK, qualifications.

Ids are stable (nlp/data/certificates.jsonl): "cet4", "tem8", "jlpt_n2", "topik_4",
"1x_cross_border_ecommerce_data_analysis", "customs_declarer", ... A 1+X title that also reads as a duty
("跨境电商数据分析") counts only next to certificate wording (证书, 1+X, 职业技能等级).
"""

from __future__ import annotations

from nlp.matcher import as_text, scan


def extract_certificates(description: object) -> list[str]:
    """Sorted certificate ids named in the description."""
    return sorted({h.id for h in scan(as_text(description)).of("cert")})
