# Public types of one project that no other production project or benchmark names (candidates for `internal`):
#   python3 scripts/public-surface.py functions/OfficeReview.OpenXml [--apply] [--keep Name,Name]
# --apply rewrites their declarations; then build the project and --keep each type the compiler says a public member
# exposes (CS0050-CS0053), and any extension class used only through its methods. Tests reach internals by
# InternalsVisibleTo.
import re,subprocess,sys,collections
import os
root=os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
files=subprocess.run(['git','ls-files','*.cs'],capture_output=True,text=True,cwd=root).stdout.split()
def proj(f): p=f.split('/'); return p[0]+'/'+p[1]
target=sys.argv[1]; apply='--apply' in sys.argv
keep=set()
if '--keep' in sys.argv: keep=set(sys.argv[sys.argv.index('--keep')+1].split(','))
decl=re.compile(r'^public ((?:[a-z]+ )*(?:class|record|struct|interface|enum|delegate) (?:[\w<>\[\]?, .]+ )?)([A-Z]\w*)',re.M)
text={f:open(f'{root}/{f}',encoding='utf-8').read() for f in files}
types=collections.defaultdict(list)
for f in files:
    if proj(f)==target:
        for m in decl.finditer(text[f]): types[m.group(2)].append(f)
prod_other=[f for f in files if proj(f)!=target and not proj(f).startswith('tests/')]
tests=[f for f in files if proj(f).startswith('tests/')]
cands=[]; needivt=collections.Counter()
for name in types:
    if name in keep: continue
    r=re.compile(r'\b'+re.escape(name)+r'\b')
    if any(r.search(text[f]) for f in prod_other): continue
    cands.append(name)
    for f in tests:
        if r.search(text[f]): needivt[proj(f)]+=1
print(f"{target}: {len(types)} public top-level types, {len(cands)} candidates for internal; test projects using them: {dict(needivt)}")
if apply:
    for name in cands:
        for f in set(types[name]):
            s=open(f'{root}/{f}',encoding='utf-8').read()
            s=re.sub(r'^public ((?:[a-z]+ )*(?:class|record|struct|interface|enum|delegate) (?:[\w<>\[\]?, .]+ )?)'+re.escape(name)+r'\b', r'internal \g<1>'+name, s, flags=re.M)
            open(f'{root}/{f}','w',encoding='utf-8').write(s)
    print("applied")
