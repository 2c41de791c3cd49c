"""How the product reads quote files it was never tuned on: the analyst's top pick and the full reading.

    .venv/bin/python -m tests.holdout.measure          # every case here
    .venv/bin/python -m tests.holdout.measure e_       # the cases whose file names start with e_

The cases here were written blind (from shared/domain.md and docs/analyst-reading.md, without the code) after the
reading code existed. They are a measurement, not a test: once the code is changed to read one of them, it moves
to tests/cases/ (and a fresh holdout is written), so that this number keeps meaning something.
"""
import sys
import tempfile
import tomllib
from pathlib import Path

import tests.test_cases as T

T.CASES = Path(__file__).parent
ARGS = [a for a in sys.argv[1:] if not a.startswith('-')]
PREFIX = ARGS[0] if ARGS else ''                     # -v: every difference, not the first seven
tops = 0; full = 0; n = 0
for p in sorted(T.CASES.glob(PREFIX + '*.toml')):
    case = tomllib.loads(p.read_text(encoding='utf-8'))
    n += 1
    try:
        res = T._run(case, Path(tempfile.mkdtemp()))
    except AssertionError as e:
        print(p.stem, 'REFUSED', e); continue
    top = res['vendors'][0]
    ok_top = T._name(case['top']) in (T._name(top['vendor']), T._name(T._key(top)))
    tops += ok_top
    try:
        T.test_case_reads_as_the_analyst_did(p, Path(tempfile.mkdtemp()))
        full += 1
        print(p.stem, 'PASS')
    except AssertionError as e:
        lines = str(e).split('\n')
        print(p.stem, 'top ok' if ok_top else 'TOP WRONG', len(lines) - 1, 'differences')
        print('   ' + '\n   '.join(lines[1:None if '-v' in sys.argv else 8]))
print(f'top pick {tops}/{n}, fully as the analyst {full}/{n}')
