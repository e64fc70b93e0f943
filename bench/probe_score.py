"""Score the extractor on a probe of short snippets written independently of the rules
(bench/probe, or bench/probe2 with --probe probe2; development probes — unlike bench/heldout*,
fine to look at):

    .venv/bin/python bench/probe_score.py [--probe probe2] [RELATION_TYPE|all]   # + misses / FPs
"""
import sys, json, collections
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'src'))
from kgraph.extract import Extractor
from kgraph.records import Article
ex = Extractor()
tp=collections.Counter(); fp=collections.Counter(); fn=collections.Counter()
miss=[]; extra=[]
def norm(s): return s.casefold().strip()
args=sys.argv[1:]
probe='probe'
if args[:1]==['--probe']:
    probe, args = args[1], args[2:]
for line in open(__import__('pathlib').Path(__file__).resolve().parent / probe / 'snippets.jsonl'):
    d=json.loads(line)
    r=ex.extract(Article(id=d['id'], text=d['text']))
    ents={e.key:e for e in r.entities}
    def names(e): return {norm(n) for n in [e.canonical, e.text, *e.aliases, *(m.text for m in e.mentions)] if n}
    gold={(t,norm(s),norm(o)) for t,s,o in d['relations']}
    got=set(); pred_sets=[]
    for rel in r.relations:
        sn, on = names(ents[rel.subject]), names(ents[rel.object])
        hit=None
        for g in gold:
            if g[0]!=rel.type: continue
            if (g[1] in sn and g[2] in on) or (rel.type=='partnersWith' and g[2] in sn and g[1] in on):
                hit=g; break
        if hit: got.add(hit); tp[rel.type]+=1
        else: fp[rel.type]+=1; extra.append((d['id'], rel.type, ents[rel.subject].canonical, ents[rel.object].canonical, rel.evidence.pattern))
    for g in gold-got:
        fn[g[0]]+=1; miss.append((d['id'],)+g)
T=sum(tp.values()); P=T/max(T+sum(fp.values()),1); R=T/max(T+sum(fn.values()),1)
for t in sorted(set(tp)|set(fn)|set(fp)):
    print(f"{t:15} tp={tp[t]:3} fp={fp[t]:3} fn={fn[t]:3}")
print(f"P={P:.3f} R={R:.3f} F1={2*P*R/max(P+R,1e-9):.3f}")
if args:
    for m in miss:
        if m[1]==args[0] or args[0]=='all': print("MISS", m)
    for e in extra:
        if e[1]==args[0] or args[0]=='all': print("FP  ", e)
