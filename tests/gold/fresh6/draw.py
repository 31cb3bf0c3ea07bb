"""Draw fresh6: neitui rows in no labelled set, text repeating no labelled or drawn row (6-char shingles < 0.5)."""
import glob, json, random
G = "/work/main/tests/gold"
listed = set()
for f in glob.glob(G + "/*.jsonl") + glob.glob(G + "/*/*.jsonl"):
    for l in open(f):
        try: g = json.loads(l)
        except Exception: continue
        if isinstance(g, dict) and str(g.get("file", "")).startswith("neitui"): listed.add(g["row"])
data = [json.loads(l) for l in open("/work/shared/realdata/neitui_2018_dev.jsonl")]
def sh(t): return {t[i:i+6] for i in range(max(len(t) - 5, 1))}
taken = [sh(data[i].get("summary") or "") for i in sorted(listed)]
def repeats(s, pool): return any(s and len(s & p) / min(len(s), len(p) or 1) >= 0.5 for p in pool)
quota = {"运营": 40, "产品": 10, "销售": 12, "市场": 5, "设计": 4, "职能": 4, "技术": 22}
rng = random.Random(20261127)
order = [i for i in range(len(data)) if i not in listed]
rng.shuffle(order)
drawn, got = [], {k: 0 for k in quota}
for i in order:
    d = data[i]; cat = d.get("category"); text = d.get("summary") or ""
    if cat not in quota or got[cat] >= quota[cat] or len(text) < 100: continue
    s = sh(text)
    if repeats(s, taken): continue
    taken.append(s); drawn.append(i); got[cat] += 1
print(len(drawn), got)
json.dump(sorted(drawn), open("/tmp/s11/fresh6_rows.json", "w"))
