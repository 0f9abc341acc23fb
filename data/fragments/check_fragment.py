#!/usr/bin/env python3
"""Temporary self-check for an extraction fragment: python3 data/fragments/check_fragment.py data/fragments/<name>"""
import csv, re, sys, os
frag = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
seeds = os.path.join(root, '..', '..', 'shared', 'seeds')
ws = re.compile(r'\s+')
def norm(s): return ws.sub('', s)
src = {'S%s' % f[:3]: norm(open(os.path.join(seeds, f), encoding='utf-8').read()) for f in os.listdir(seeds)}
def rows(name):
    p = os.path.join(frag, name)
    if not os.path.exists(p): return []
    return list(csv.DictReader(open(p, encoding='utf-8', newline='')))
regions = {r['code'] for r in rows('../../regions.csv')} | {r['code'] for r in rows('regions_new.csv')}
inds = {r['id']: r for r in rows('../../indicators.csv')}
inds.update({r['id']: r for r in rows('indicators_new.csv')})
tiers = {r['id'] for r in rows('../../cluster_tiers.csv')} | {r['id'] for r in rows('tiers_new.csv')}
errs = []
def chk_quote(f, i, r, key='quote'):
    q = r.get(key, '')
    if key == 'quote' and not q: errs.append(f'{f} row {i}: empty quote')
    if q and norm(q) not in src.get(r['source_id'], ''): errs.append(f'{f} row {i}: {key} not found in {r["source_id"]}: {q}')
ids = set()
for i, r in enumerate(rows('observations.csv'), 2):
    if r['id'] in ids: errs.append(f'observations row {i}: duplicate id')
    ids.add(r['id'])
    if r['region_code'] not in regions: errs.append(f'observations row {i}: unknown region {r["region_code"]}')
    ind = inds.get(r['indicator_id'])
    if not ind: errs.append(f'observations row {i}: unknown indicator {r["indicator_id"]}')
    elif ind['unit'] != r['unit']: errs.append(f'observations row {i}: unit {r["unit"]} != indicator unit {ind["unit"]}')
    try: float(r['value'])
    except ValueError: errs.append(f'observations row {i}: value not a number {r["value"]}')
    if not re.fullmatch(r'\d{4}(Q[1-4]|H[12]|-\d{2}|-\d{2}/\d{4}-\d{2})?', r['period']): errs.append(f'observations row {i}: bad period {r["period"]}')
    if r['qualifier'] not in ('', 'approx', 'more_than', 'at_least', 'less_than', 'at_most'): errs.append(f'observations row {i}: bad qualifier')
    if r['flag'] not in ('', 'conflict'): errs.append(f'observations row {i}: bad flag')
    chk_quote('observations', i, r)
for i, r in enumerate(rows('clusters.csv'), 2):
    for c in r['region_codes'].split(';'):
        if c not in regions: errs.append(f'clusters row {i}: unknown region {c}')
    if r['tier'] not in tiers: errs.append(f'clusters row {i}: unknown tier {r["tier"]}')
    chk_quote('clusters', i, r)
pol = {r['id'] for r in rows('policies.csv')}
for i, r in enumerate(rows('policies.csv'), 2):
    if r['region_code'] not in regions: errs.append(f'policies row {i}: unknown region {r["region_code"]}')
    chk_quote('policies', i, r)
for i, r in enumerate(rows('targets.csv'), 2):
    if r['region_code'] not in regions: errs.append(f'targets row {i}: unknown region {r["region_code"]}')
    ind = inds.get(r['indicator_id'])
    if not ind: errs.append(f'targets row {i}: unknown indicator {r["indicator_id"]}')
    elif ind['unit'] != r['unit']: errs.append(f'targets row {i}: unit mismatch')
    if r['comparator'] not in ('>=', '<=', '=', '>', '<'): errs.append(f'targets row {i}: bad comparator')
    for k in ('target_value', 'baseline_value'):
        if r[k]:
            try: float(r[k])
            except ValueError: errs.append(f'targets row {i}: {k} not a number')
    if r['policy_id'] and r['policy_id'] not in pol and not r['policy_id'].startswith('p'): errs.append(f'targets row {i}: policy_id')
    chk_quote('targets', i, r); chk_quote('targets', i, r, 'baseline_quote')
for i, r in enumerate(rows('regions_new.csv'), 2):
    if r['level'] not in ('city', 'county', 'district', 'group', 'province'): errs.append(f'regions_new row {i}: bad level')
    if r['level'] == 'city' and r['parent_code'][:2] != r['code'][:2]: errs.append(f'regions_new row {i}: parent mismatch')
print('\n'.join(errs) or 'OK')
for f in ('observations', 'clusters', 'targets', 'policies'):
    print(f, len(rows(f + '.csv')))
sys.exit(1 if errs else 0)
