"""The item every spider yields: a raw posting (DESIGN.md "Raw posting") plus when and where it was
scraped."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawPosting:
    """One raw posting as landed; None fields are left out of the landed record."""

    source: str
    title: str | None = None
    source_id: str | None = None
    url: str | None = None
    company: str | None = None
    company_size_raw: str | None = None
    company_type_raw: str | None = None
    industry_raw: str | None = None
    location_raw: str | None = None
    address_raw: str | None = None
    salary_raw: str | None = None
    education_raw: str | None = None
    experience_raw: str | None = None
    employment_type_raw: str | None = None
    language_raw: str | None = None
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    posted_at_raw: str | None = None
    scraped_at: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The landed JSON object: fields in DESIGN.md order, None left out."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_raw(cls, raw: dict[str, Any], **extra: Any) -> RawPosting:
        """Build from a parser dict (unknown keys ignored) plus ``extra`` fields such as source and
        scraped_at."""
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in {**raw, **extra}.items() if k in names})
