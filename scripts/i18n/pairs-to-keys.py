"""One-time migration, kept for merging branches written before the catalogues: turns
`tr!("fr {}", "en {}", args...)` pairs into catalogue messages, `tr!("key", name = format!("{}", arg))`,
with output unchanged (each argument is formatted by Rust as before and passed to Fluent as text).
usage (in the repository): python3 scripts/i18n/pairs-to-keys.py AREA PREFIX FILE...
appends the messages to assets/i18n/{fr,en}/AREA.ftl (a new area must be added to src/i18n.rs FILES);
review the generated key and placeholder names, then `cargo fmt` and the tests of src/i18n.rs."""
import re, sys, os, unicodedata

area, prefix, files = sys.argv[1], sys.argv[2], sys.argv[3:]

def all_keys():
    ks = set()
    for lang in ('fr', 'en'):
        d = f'assets/i18n/{lang}'
        for f in os.listdir(d):
            for line in open(os.path.join(d, f)):
                m = re.match(r'^([a-z][a-z0-9-]*) =', line)
                if m: ks.add(m.group(1))
    return ks
keys = all_keys()

def skip_str(s, i):
    # s[i] == '"'; returns index after closing quote
    i += 1
    while s[i] != '"':
        i += 2 if s[i] == '\\' else 1
    return i + 1

def parse_args(s, i):
    """s[i] is just after '('; returns (list of arg texts, index after ')')."""
    args, depth, start = [], 0, i
    while True:
        c = s[i]
        if c == '"':
            i = skip_str(s, i); continue
        if c == "'" and re.match(r"'(\\.|[^\\'])'", s[i:i+4]):
            m = re.match(r"'(\\.|[^\\'])'", s[i:]); i += m.end(); continue
        if c in '([{': depth += 1
        elif c in ')]}':
            if depth == 0:
                a = s[start:i].strip()
                if a: args.append(a)
                return args, i + 1
            depth -= 1
        elif c == ',' and depth == 0:
            args.append(s[start:i].strip()); start = i + 1
        i += 1

def unescape(lit):
    assert lit.startswith('"') and lit.endswith('"'), lit
    body = lit[1:-1]
    out, i = '', 0
    while i < len(body):
        if body[i] == '\\':
            n = body[i+1]
            if n == 'n': out += '\n'; i += 2
            elif n == 't': out += '\t'; i += 2
            elif n in '"\\\'': out += n; i += 2
            elif n == 'u':
                m = re.match(r'\\u\{([0-9a-fA-F]+)\}', body[i:]); out += chr(int(m.group(1), 16)); i += m.end()
            elif n == '\n':
                i += 2
                while i < len(body) and body[i] in ' \t\n': i += 1
            else: raise ValueError(lit)
        else:
            out += body[i]; i += 1
    return out

PH = re.compile(r'\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+)?(:[^}]*)?\}')

def placeholders(fmt):
    """[(kind, name_or_index, spec)] in order, and the text split into pieces."""
    out = []
    pos = 0
    for m in PH.finditer(fmt):
        if m.group(0) in ('{{', '}}'): continue
        name, spec = m.group(1), m.group(2) or ''
        if name is None: out.append(('pos', pos, spec)); pos += 1
        elif name.isdigit(): out.append(('pos', int(name), spec))
        else: out.append(('named', name, spec))
    return out

SKIP = {'display', 'get', 'lang', 'to_string', 'as_str', 'unwrap_or', 'unwrap_or_default', 'clone', 'cur', 'money', 'format',
        'iter', 'map', 'collect', 'join', 'as_ref', 'text', 'self', 'for_terminal', 'true', 'false', 'unwrap', 'into',
        'as', 'u64', 'usize', 'u8', 'u16', 'u32', 'u128', 'i32', 'f64', 'from', 'Lang', 'Fr', 'En', 'max', 'min', 'abs'}

def name_of(expr, used):
    ids = re.findall(r'[A-Za-z_][A-Za-z0-9_]*', re.sub(r'"(?:[^"\\]|\\.)*"', '', expr))
    cand = [i for i in ids if i not in SKIP]
    base = (cand[-1] if cand else (ids[-1] if ids else 'value')).lower()
    if base in ('len',): base = 'count'
    n, k = base, 2
    while n in used: n = f'{base}{k}'; k += 1
    used.add(n); return n

def slug(en):
    t = unicodedata.normalize('NFKD', en).encode('ascii', 'ignore').decode().lower().replace("'", '')
    t = PH.sub(' ', t)
    words = re.findall(r'[a-z0-9]+', t)
    return prefix + ('-'.join(words[:6]) or 'message')

def fluent(fmt, names_pos, names_named):
    """The Fluent text of a Rust format string."""
    out, last = '', 0
    pos = 0
    pieces = []
    for m in PH.finditer(fmt):
        pieces.append(('text', fmt[last:m.start()])); last = m.end()
        g = m.group(0)
        if g == '{{': pieces.append(('lit', '{'))
        elif g == '}}': pieces.append(('lit', '}'))
        else:
            name = m.group(1)
            if name is None: pieces.append(('var', names_pos[pos])); pos += 1
            elif name.isdigit(): pieces.append(('var', names_pos[int(name)]))
            else: pieces.append(('var', names_named[name]))
    pieces.append(('text', fmt[last:]))
    # text pieces: escape what Fluent would read differently
    res = ''
    for kind, v in pieces:
        if kind == 'var': res += '{ $' + v + ' }'
        elif kind == 'lit': res += '{"' + v + '"}'
        else:
            v = v.replace('\n', '{"\\u000A"}').replace('\t', '{"\\u0009"}')
            res += v
    # outer blanks are trimmed by Fluent
    lead = len(res) - len(res.lstrip(' ')); trail = len(res) - len(res.rstrip(' '))
    core = res.strip(' ')
    return ('{"' + ' ' * lead + '"}' if lead else '') + core + ('{"' + ' ' * trail + '"}' if trail else '')

new = []
pairs = {}
for path in files:
    s = open(path).read()
    out, i = '', 0
    count = 0
    while True:
        m = re.search(r'(?<![A-Za-z0-9_])tr!\(', s[i:])
        if not m: out += s[i:]; break
        at = i + m.start(); out += s[i:at]
        args, end = parse_args(s, at + m.end() - m.start())
        if not (args[0].startswith('"') and len(args) >= 2 and args[1].startswith('"')):
            out += s[at:end]; i = end; continue  # already a key
        fr, en, rest = unescape(args[0]), unescape(args[1]), args[2:]
        pf, pe = placeholders(fr), placeholders(en)
        used = set()
        names_pos = [name_of(a, used) for a in rest]
        specs = {}
        for kind, n, spec in pf + pe:
            k = (kind, n)
            if k in specs and specs[k] != spec: raise SystemExit(f'{path}: spec differs for {n} in {fr!r}')
            specs[k] = spec
        named = sorted({n for kind, n, _ in pf + pe if kind == 'named'})
        names_named = {}
        for n in named:
            nn = n.lower(); k = 2
            while nn in used: nn = f'{n.lower()}{k}'; k += 1
            used.add(nn); names_named[n] = nn
        ftl_fr = fluent(fr, names_pos, names_named); ftl_en = fluent(en, names_pos, names_named)
        if (ftl_fr, ftl_en) in pairs:
            key = pairs[(ftl_fr, ftl_en)]
        else:
            key = slug(en); base, k = key, 2
            while key in keys: key = f'{base}-{k}'; k += 1
            keys.add(key); pairs[(ftl_fr, ftl_en)] = key; new.append((key, ftl_fr, ftl_en, path))
        call_args = [f'"{key}"']
        for idx, a in enumerate(rest):
            spec = specs.get(('pos', idx))
            if spec is None: raise SystemExit(f'{path}: argument {a} unused in {fr!r}')
            call_args.append(f'{names_pos[idx]} = format!("{{{spec}}}", {a})')
        for n in named:
            call_args.append(f'{names_named[n]} = format!("{{{n}{specs[("named", n)]}}}")')
        out += 'tr!(' + ', '.join(call_args) + ')'
        i = end; count += 1
    open(path, 'w').write(out)
    print(path, count, 'converted', file=sys.stderr)

for lang, idx in (('fr', 1), ('en', 2)):
    p = f'assets/i18n/{lang}/{area}.ftl'
    exists = os.path.exists(p)
    with open(p, 'a') as f:
        if not exists:
            f.write(f'# Un été en coop — messages of {area} ({"French" if lang == "fr" else "English"}). Read by src/i18n.rs.\n')
        last = None
        for key, a, b, path in new:
            if path != last: f.write(f'\n# {path}\n'); last = path
            f.write(f'{key} = {(a, b)[idx - 1]}\n')
print(len(new), 'messages added to', area, file=sys.stderr)
