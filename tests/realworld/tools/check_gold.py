"""Check a blind sample's gold by hand-made rules only (no project code): every surface stands at its
offset, ends agree, values parse, relations and roles are known, every drawn document has its gold
file, and every query quote stands in its file (whitespace collapsed). Offsets index the text as the
annotators read it: the file decoded as UTF-8, then NFC (as the pipeline reads it).
Run: python3 tests/realworld/tools/check_gold.py N   (N = 2, 3, 4 ...: blind_sampleN.json, goldN/,
queriesN.json); goldN/check_gold.py runs it for its own sample, tests/heldout4/gold/check_gold.py
runs ``check`` for that batch."""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / 'docs'
DATE = re.compile(r'^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|\d{4}-Q[1-4]|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$')
RELATIONS = {'basis', 'implements', 'reports_on', 'guides', 'amends', 'replaces', 'repeals', 'proposes', 'mentions'}
ZONES = {'banner', 'footer', 'signature', 'page_header'}
FIELDS = ('citations', 'dates', 'quantities', 'optional_quantities', 'directives', 'optional_directives')


def collapse(text):
    return re.sub(r'\s+', ' ', text).strip()


def check_item(field, item, text):
    problems = []
    surface = item['text']
    if text[item['start']:item['start'] + len(surface)] != surface:
        problems.append('surface not at its offset')
    if item.get('end', item['start'] + len(surface)) != item['start'] + len(surface):
        problems.append('end is not start + len(text)')
    if item.get('zone') is not None and item['zone'] not in ZONES:
        problems.append('unknown zone')
    if field == 'dates' and not DATE.match(item['value']):
        problems.append('bad date value')
    if field == 'citations':
        if item['relation'] not in RELATIONS:
            problems.append('unknown relation')
        if item['date'] is not None and not DATE.match(item['date']):
            problems.append('bad citation date')
        if item['pinpoint'] is not None and set(item['pinpoint']) != {'article', 'clause', 'point'}:
            problems.append('bad pinpoint')
    if 'quantities' in field:
        for key in ('value', 'value_max'):
            if key in item and not isinstance(item[key], (int, float)):
                problems.append(f'{key} is not a number')
        if not item.get('unit'):
            problems.append('no unit')
    if 'directives' in field:
        if item['role'] not in ('task', 'target', 'instruction', 'obligation'):
            problems.append('unknown role')
        if item['status'] not in ('open', 'done'):
            problems.append('unknown status')
    return problems


def check(gold_dir: Path, docs: Path, queries_path: Path, drawn: set[str] | None = None, sample: int | None = None) -> int:
    """Check every gold file of ``gold_dir`` against its text in ``docs`` and every query of
    ``queries_path`` (absent: none); print one line per problem and a count per file. ``drawn``:
    the files blind sample ``sample`` drew, each of which must have its gold (None: a batch with no
    draw)."""
    failures = 0
    seen = set()
    for path in sorted(gold_dir.glob('*.json')):
        gold = json.loads(path.read_text(encoding='utf-8'))
        seen.add(gold['file'])
        if path.stem != Path(gold['file']).stem:
            failures += 1
            print(f'{path.name}: file name does not match {gold["file"]}')
        source = docs.parent / gold['annotated_text_file'] if gold.get('annotated_text_file') else docs / gold['file']
        text = unicodedata.normalize('NFC', source.read_text(encoding='utf-8'))
        counts = []
        for field in FIELDS:
            for item in gold.get(field, []):
                for problem in check_item(field, item, text):
                    failures += 1
                    print(f'{path.name}: {field} @{item["start"]} {item["text"][:40]!r}: {problem}')
            counts.append(f'{field}={len(gold.get(field, []))}')
        for key in ('issued_date', 'effective_date'):
            if gold.get(key) is not None and not DATE.match(gold[key]):
                failures += 1
                print(f'{path.name}: bad {key}')
        print(path.name, ' '.join(counts))
    for missing in sorted((drawn or set()) - seen):
        print(f'no gold yet for {missing}')
    queries = json.loads(queries_path.read_text(encoding='utf-8')) if queries_path.exists() else []
    for query in queries:
        for rel in query['relevant']:
            quote = collapse(rel['quote'])
            if drawn is not None and rel['file'] not in drawn:
                failures += 1
                print(f'query {query["query"]!r}: {rel["file"]} is not in sample {sample}')
            elif len(quote) < 30 or quote not in collapse(unicodedata.normalize('NFC', (docs / rel['file']).read_text(encoding='utf-8'))):
                failures += 1
                print(f'query {query["query"]!r}: quote not in {rel["file"]}: {quote[:50]!r}')
    print(f'{len(seen)} gold files, {len(queries)} queries; {failures} problem(s)')
    return 1 if failures else 0


def main(sample: int) -> int:
    """Blind sample ``sample``: gold in goldN/, texts in docs/, queries in queriesN.json."""
    drawn = {entry['file'] for entry in json.loads((ROOT / f'blind_sample{sample}.json').read_text(encoding='utf-8'))}
    return check(ROOT / f'gold{sample}', DOCS, ROOT / f'queries{sample}.json', drawn, sample)


if __name__ == '__main__':
    sys.exit(main(int(sys.argv[1])))
