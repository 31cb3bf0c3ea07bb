"""How fresh8's rows were drawn (run once, 2026-11-27, nineteenth session; kept to reproduce rows.json):

    python tests/gold/fresh8/draw.py ../shared/realdata/neitui_2018_dev.jsonl

fresh6's draw (tests/gold/fresh6/draw.py) with no quota but the pool and its own seed: every row of the neitui file in
no labelled set, with a description of 100 characters or more, whose text repeats no labelled row nor another drawn
row. All 150 rows that pass are 技术. fresh8's own files now list its rows: leave them out to reproduce.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

_FRESH6 = Path(__file__).resolve().parent.parent / "fresh6" / "draw.py"
_spec = importlib.util.spec_from_file_location("fresh6_draw", _FRESH6)
assert _spec is not None and _spec.loader is not None
fresh6_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh6_draw)
fresh6_draw.QUOTA = dict.fromkeys(["运营", "产品", "销售", "市场", "设计", "职能", "技术"], 1000)
fresh6_draw.SEED = 20261129

if __name__ == "__main__":
    print(json.dumps(fresh6_draw.draw(Path(sys.argv[1]))))
