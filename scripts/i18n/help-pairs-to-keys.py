"""One-time migration, kept for merging branches written before the catalogues: turns the
command line's `h(lang, "fr", "en")` and `l("fr", "en")` help pairs into `h(lang, "cli-…")` keys
and appends the messages to assets/i18n/{fr,en}/cli.ftl. `fn h` must then be
`crate::i18n::tr_static(lang, key)`. Pairs holding braces or line breaks are reported and left
for a hand conversion. usage (in the repository): python3 scripts/i18n/help-pairs-to-keys.py FILE..."""
import re, sys

LIT = r'"((?:[^"\\]|\\.)*)"'
PAT = re.compile(r'\b(?:h\(\s*lang\s*,|l\()\s*' + LIT + r'\s*,\s*' + LIT + r'\s*,?\s*\)', re.S)

def unescape(s):
    return s.replace('\\"', '"').replace("\\'", "'").replace('\\\\', '\\')

def slug(en):
    import unicodedata
    t = unicodedata.normalize('NFKD', en).encode('ascii', 'ignore').decode().lower().replace("'", '')
    words = re.findall(r'[a-z0-9]+', t)
    return 'cli-' + '-'.join(words[:6]) if words else 'cli-x'

existing = {}
for lang in ('fr', 'en'):
    for line in open(f'assets/i18n/{lang}/cli.ftl'):
        m = re.match(r'^([a-z][a-z0-9-]*) = ', line)
        if m:
            existing.setdefault(m.group(1), {})[lang] = line
pairs = {}   # (fr, en) -> key
keys = set(existing)
new = []
for path in sys.argv[1:]:
    src = open(path).read()
    def repl(m):
        fr, en = unescape(m.group(1)), unescape(m.group(2))
        if '{' in fr or '}' in fr or '\\n' in fr:
            print('SKIPPED (braces or newline):', path, repr(fr), file=sys.stderr)
            return m.group(0)
        if (fr, en) not in pairs:
            k = slug(en); base = k; i = 2
            while k in keys:
                k = f'{base}-{i}'; i += 1
            keys.add(k); pairs[(fr, en)] = k; new.append((k, fr, en, path))
        return f'h(lang, "{pairs[(fr, en)]}")'
    src = PAT.sub(repl, src)
    src = re.sub(r'\n\s*let l = \|fr, en\| h\(lang, fr, en\);', '', src)
    open(path, 'w').write(src)

def ftl(v):
    # Fluent trims a value's outer blanks: keep them as string literals.
    lead = len(v) - len(v.lstrip(' ')); trail = len(v) - len(v.rstrip(' '))
    core = v.strip(' ')
    pass
    return ('{"' + ' ' * lead + '"}' if lead else '') + core + ('{"' + ' ' * trail + '"}' if trail else '')

for lang, idx in (('fr', 1), ('en', 2)):
    with open(f'assets/i18n/{lang}/cli.ftl', 'a') as f:
        last = None
        for item in new:
            if item[3] != last:
                f.write(f'\n# {item[3]}\n'); last = item[3]
            f.write(f'{item[0]} = {ftl(item[idx])}\n')
print(len(new), 'keys added')
