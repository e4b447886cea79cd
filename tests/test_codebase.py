"""How the code is laid out (issue 15): one owner per concept, data flowing one way, short
functions, modules of a size a newcomer can read.

- SQL lives in ``pipeline/store/`` only: every other module calls its named functions.
- No ``except ImportError`` fallback around the project's own modules: a missing module is a bug.
- Data flows one way: ``read -> normalize -> structure -> segment -> extract -> index -> store``
  and on to what reads the store; no module imports a later stage; ``flows/`` may import
  ``pipeline/``, ``vanban/`` both, ``pipeline/`` neither.
- No function over 100 lines of its own code, no module over 700 lines.
- The examples in docstrings run and say what the code does.

The allow-lists below name what part B of issue 15 has still to split; each entry is checked
to be still needed, so the lists only shrink.
"""
from __future__ import annotations

import ast
import doctest
import importlib
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "flows", "vanban")     # folders; installed as vanban.pipeline, vanban.flows, vanban


def _modules(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _dotted(path: Path) -> str:
    """pipeline/store/__init__.py -> pipeline.store"""
    return _file_module(path).removesuffix(".__init__")


def _file_module(path: Path) -> str:
    """pipeline/store/__init__.py -> vanban.pipeline.store.__init__ (what relative imports start
    from), the name the package installs it under."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(("vanban", *parts) if parts[0] in ("pipeline", "flows") else parts)


def package_of(module: str) -> str:
    """vanban.pipeline.store -> pipeline, vanban.flows.ingest -> flows, vanban.cli -> vanban."""
    parts = module.split(".")
    return parts[1] if parts[0] == "vanban" and len(parts) > 1 and parts[1] in ("pipeline", "flows") else parts[0]


# --- SQL only in the store -----------------------------------------------------------------

SQL = re.compile(r"\.(?:execute|executemany|executescript)\(|\b(?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|"
                 r"CREATE TABLE|CREATE INDEX|ALTER TABLE|DROP TABLE)\b")
SQL_ALLOWED = ("pipeline/store/",)


@pytest.mark.parametrize(("text", "is_sql"), [
    ('conn.execute("SELECT value FROM meta")', True),
    ("conn.executemany(q, rows)", True),
    ('f"DELETE FROM {table} WHERE id = ?"', True),
    ('"INSERT OR REPLACE INTO meta"', True),
    ('"PRAGMA table_info(citations)"', True),
    ("conn.send(outcome)", False),
    ("selected = [h for h in hits]", False),
    ('"Chọn (select) văn bản"', False),
])
def test_the_sql_detector_tells_sql_from_code(text, is_sql):
    assert bool(SQL.search(text)) is is_sql


def test_sql_lives_in_the_store_only():
    offenders = []
    for path in _modules(*PACKAGES):
        rel = _rel(path)
        if rel.startswith(SQL_ALLOWED):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                offenders.append(f"{rel}:{n}: {line.strip()[:100]}")
    assert not offenders, "SQL outside pipeline/store/ (add a named query there):\n" + "\n".join(offenders)


def test_the_store_is_a_package_that_speaks_sql():
    store = ROOT / "pipeline" / "store"
    assert (store / "__init__.py").is_file() and not (ROOT / "pipeline" / "store.py").exists()
    assert any(SQL.search(p.read_text(encoding="utf-8")) for p in store.glob("*.py"))


# --- imports: no fallbacks, one direction --------------------------------------------------

def _imported(node: ast.AST, file_module: str) -> list[str]:
    """What an import statement may name of the project: ``from vanban.pipeline import store``
    names ``vanban.pipeline`` and ``vanban.pipeline.store``; ``from . import x`` in
    ``pipeline/a.py`` names ``vanban.pipeline`` and ``vanban.pipeline.x``."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] in PACKAGES]
    # (a bare "pipeline" or "flows" is the name before the install; tools/namespace_imports.py
    # rewrites it, and tests/test_namespace_imports.py checks that nothing is left)
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = file_module.split(".")[: -node.level]
        base = ".".join([*package, base] if base else package)
    if base.split(".")[0] not in PACKAGES:
        return []
    return [base, *(f"{base}.{a.name}" for a in node.names)]


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = [handler.type] if not isinstance(handler.type, ast.Tuple) else handler.type.elts
    return handler.type is None or any(
        isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError", "Exception",
                                             "BaseException") for n in names)


def import_fallbacks(source: str, file_module: str = "vanban.pipeline.m") -> list[int]:
    """Lines of ``try:`` blocks that import one of the project's modules and catch its
    ImportError: a fallback for code that should simply be there."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
            if any(_imported(n, file_module) for stmt in node.body for n in ast.walk(stmt)):
                out.append(node.lineno)
    return out


@pytest.mark.parametrize(("source", "is_fallback"), [
    ("try:\n    from vanban.pipeline.extract.citations import find_citations\nexcept ImportError:\n    pass", True),
    ("try:\n    import pipeline.normalize as n\nexcept (ModuleNotFoundError, ValueError):\n    n = None", True),
    ("def f():\n    try:\n        from vanban.flows.ingest import ingest\n    except Exception:\n        return", True),
    ("try:\n    from sentence_transformers import SentenceTransformer\nexcept ImportError as e:\n"
     "    raise EncoderUnavailable('pip install vanban[st]') from e", False),
    ("try:\n    from vanban.pipeline.read import read_document\nexcept OSError:\n    pass", False),
    ("from vanban.pipeline.model import Document", False),
    ("try:\n    from . import summarize\nexcept ImportError:\n    summarize = None", True),
    ("try:\n    from vanban.web import create_app\nexcept ModuleNotFoundError:\n    create_app = None", True),
])
def test_the_fallback_detector_tells_fallbacks_from_imports(source, is_fallback):
    assert bool(import_fallbacks(source)) is is_fallback


def test_no_import_error_fallback_for_the_projects_own_modules():
    offenders = [f"{_rel(p)}:{n}" for p in _modules(*PACKAGES, "tests")
                 for n in import_fallbacks(p.read_text(encoding="utf-8"), _file_module(p))]
    assert not offenders, "a try/except ImportError around the project's own code:\n" + "\n".join(offenders)


# The order data travels in. A module may import from its own stage and the stages before it,
# never from a later one. A module belongs to the stage with the longest matching prefix.
STAGES = (
    ("vanban.pipeline.model", "vanban.pipeline.errors", "vanban.pipeline.spans",  # what every step shares,
     "vanban.pipeline.text",                                                  # the text keys,
     "vanban.pipeline.resources", "vanban.pipeline.messages"),        # models/ and the message catalogue
    ("vanban.pipeline.read",),
    ("vanban.pipeline.normalize",),
    ("vanban.pipeline.structure",),
    ("vanban.pipeline.segment",),
    ("vanban.pipeline.extract",),
    ("vanban.pipeline.analyze", "vanban.pipeline.summarize"),  # one document through every step; its summary
    ("vanban.pipeline.index.passages",),      # passages: the last step on one document
    ("vanban.pipeline.store",),
    ("vanban.pipeline.index",),               # embeddings and indexes built from the store; search
    ("vanban.pipeline.registry",),            # what reads the store: the registry of known
    ("vanban.pipeline.graph",),               # documents, the citation graph, the audit and
    ("vanban.pipeline.audit",),               # its reports, the lineage, the spreadsheets
    ("vanban.pipeline.audit_report",),
    ("vanban.pipeline.lineage",),
    ("vanban.pipeline.export",),
    ("vanban.pipeline.evaluate", "vanban.pipeline.evaluate_corpus"),
    ("vanban.pipeline.workers",),             # running the steps on many files
    ("vanban.pipeline.ingest",),
    ("vanban.pipeline",),                     # the package itself
)
# Imports against the flow that part B of issue 15 removes, each with what replaces it (none left).
LATER_STAGE_ALLOWED: set[tuple[str, str]] = set()


def stage_of(module: str) -> int | None:
    best, length = None, -1
    for i, prefixes in enumerate(STAGES):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > length:
                best, length = i, len(p)
    return best


def _project_imports(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` of every project module ``path`` imports, at the top or inside a
    function."""
    known = {_dotted(p) for p in _modules(*PACKAGES)}
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = _imported(node, _file_module(path))
        out += [(node.lineno, n) for n in dict.fromkeys(names) if n in known]
    return out


@pytest.mark.parametrize(("module", "stage"), [
    ("vanban.pipeline.model", 0),
    ("vanban.pipeline.read.pdf", 1),
    ("vanban.pipeline.extract.citations", 5),
    ("vanban.pipeline.index.passages", 7),
    ("vanban.pipeline.store.queries", 8),
    ("vanban.pipeline.index.search", 9),
    ("vanban.pipeline.ingest", 18),
])
def test_a_module_belongs_to_the_stage_of_its_longest_prefix(module, stage):
    assert stage_of(module) == stage


def test_every_pipeline_module_has_a_stage():
    assert _dotted(ROOT / "pipeline" / "store" / "__init__.py") == "vanban.pipeline.store"
    assert [m for m in map(_dotted, _modules("pipeline")) if stage_of(m) is None] == []


def test_no_pipeline_module_imports_a_later_stage():
    offenders, allowed_seen = [], set()
    for path in _modules("pipeline"):
        me = _dotted(path)
        for line, other in _project_imports(path):
            if package_of(other) != "pipeline" or other == "vanban.pipeline":
                continue
            if stage_of(other) > stage_of(me):
                pair = next(((a, b) for a, b in LATER_STAGE_ALLOWED
                             if me == a and (other == b or other.startswith(b + "."))), None)
                if pair:
                    allowed_seen.add(pair)
                else:
                    offenders.append(f"{_rel(path)}:{line}: {me} imports {other}, a later stage")
    assert not offenders, "\n".join(offenders)
    assert allowed_seen == LATER_STAGE_ALLOWED, (
        f"no longer needed, remove from LATER_STAGE_ALLOWED: {LATER_STAGE_ALLOWED - allowed_seen}")


@pytest.mark.parametrize(("package", "may_not_import"), [
    ("pipeline", ("flows", "vanban")),
    ("flows", ("vanban",)),
])
def test_the_library_never_imports_its_orchestration_or_interfaces(package, may_not_import):
    offenders = [f"{_rel(p)}:{line}: {other}" for p in _modules(package)
                 for line, other in _project_imports(p) if package_of(other) in may_not_import]
    assert not offenders, "\n".join(offenders)


# --- sizes ---------------------------------------------------------------------------------

MAX_FUNCTION_LINES = 100
MAX_MODULE_LINES = 700
# What is still to be broken into named steps or split by concept (issue 15, part B: none left);
# remove an entry when it lands, never add one.
LONG_FUNCTIONS_PENDING: set[str] = set()
LONG_MODULES_PENDING: set[str] = set()


def _code_lines(source: str) -> set[int]:
    """Lines holding code: not blank, not only a comment."""
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
            tokenize.ENDMARKER}
    lines: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type not in skip:
            lines.update(range(tok.start[0], tok.end[0] + 1))
    return lines


def function_lengths(source: str) -> dict[str, int]:
    """Per function (``Class.method``, ``outer.inner``), its lines of code: the body and its
    nested functions, without the docstring, blank lines and comments."""
    code = _code_lines(source)
    out: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    own = set(range(child.lineno, child.end_lineno + 1))
                    first = child.body[0]
                    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                            and isinstance(first.value.value, str):
                        own -= set(range(first.lineno, first.end_lineno + 1))
                    out[name] = len(own & code)
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return out


def test_function_length_counts_code_with_its_closures_but_not_its_docstring():
    source = ('def f(x):\n    """Doc.\n\n    More doc.\n    """\n    # why\n\n    y = x + 1\n'
              '    def g():\n        return y\n    return g()\n')
    assert function_lengths(source) == {"f": 5, "f.g": 2}   # def line, y =, def g, return y, return


def test_no_function_over_100_lines_of_code():
    found = {f"{_rel(p)}:{name}": n for p in _modules(*PACKAGES)
             for name, n in function_lengths(p.read_text(encoding="utf-8")).items()
             if n > MAX_FUNCTION_LINES}
    offenders = sorted(f"{k} ({n} lines)" for k, n in found.items() if k not in LONG_FUNCTIONS_PENDING)
    assert not offenders, "break these into named steps:\n" + "\n".join(offenders)
    assert set(found) >= LONG_FUNCTIONS_PENDING, (
        f"short now (or gone), remove from LONG_FUNCTIONS_PENDING: {LONG_FUNCTIONS_PENDING - set(found)}")


def test_no_module_over_700_lines():
    found = {_rel(p): n for p in _modules(*PACKAGES)
             if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    offenders = sorted(f"{k} ({n} lines)" for k, n in found.items() if k not in LONG_MODULES_PENDING)
    assert not offenders, "split these by concept:\n" + "\n".join(offenders)
    assert set(found) >= LONG_MODULES_PENDING, (
        f"short now (or gone), remove from LONG_MODULES_PENDING: {LONG_MODULES_PENDING - set(found)}")


# --- one owner per text key ----------------------------------------------------------------

# A helper that folds text for comparison (case, tones, marks, Đ/D) is a text key: it lives in
# pipeline/text/ and every step imports it, so two steps cannot fold the same text differently.
FOLD_HELPER = re.compile(r"^_?(?:fold|fold_\w+|strip_(?:marks|tones|accents|diacritics)"
                         r"|\w*(?:accent|diacritic)s?_key)$")
# Decomposing letters (NFD) is how a fold starts; read/legacy.py decomposes to re-encode a legacy
# font, which is no comparison.
DECOMPOSES = re.compile(r"""normalize\(\s*["']NF[K]?D["']""")
DECOMPOSE_ALLOWED = {"pipeline/text/__init__.py", "pipeline/read/legacy.py"}
# none left: remove an entry when it lands, never add one
FOLD_HELPERS_PENDING: set[str] = set()


@pytest.mark.parametrize(("name", "is_fold"), [
    ("fold", True), ("_fold", True), ("fold_tones", True), ("_fold_phrase", True),
    ("strip_tones", True), ("strip_marks", True), ("_strip_accents", True), ("no_accent_key", True),
    ("_strip_markup", False), ("_type_by_fold", False), ("_folded_verbs", False), ("_rstrip_at", False),
])
def test_the_fold_detector_tells_text_keys_from_other_helpers(name, is_fold):
    assert bool(FOLD_HELPER.match(name)) is is_fold


def test_text_keys_live_in_pipeline_text_only():
    found = {f"{_rel(p)}:{node.name}" for p in _modules(*PACKAGES) if not _rel(p).startswith("pipeline/text/")
             for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
             if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and FOLD_HELPER.match(node.name)}
    offenders = sorted(found - FOLD_HELPERS_PENDING)
    assert not offenders, "a text key outside pipeline/text/ (import one from there):\n" + "\n".join(offenders)
    assert found >= FOLD_HELPERS_PENDING, f"gone, remove from FOLD_HELPERS_PENDING: {FOLD_HELPERS_PENDING - found}"
    decomposing = sorted(_rel(p) for p in _modules(*PACKAGES)
                         if _rel(p) not in DECOMPOSE_ALLOWED and DECOMPOSES.search(p.read_text(encoding="utf-8")))
    assert not decomposing, "letters decomposed outside pipeline/text/ (a fold of its own?):\n" + "\n".join(decomposing)


# --- docstring examples --------------------------------------------------------------------

# Examples that no longer say what the code does; their modules are being edited on other
# branches. index/passages.py: the example runs past a +SKIP on its first line only (throughput
# work).
STALE_EXAMPLES = {"vanban.pipeline.index.passages"}


def _modules_with_examples() -> list[str]:
    return [_dotted(p) for p in _modules(*PACKAGES) if ">>>" in p.read_text(encoding="utf-8")]


def run_examples(module: str) -> tuple[int, int, str]:
    """``(failed, attempted, what failed)`` for the docstring examples of ``module``, run from
    the project root (the examples name files of ``corpora/``)."""
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder().find(importlib.import_module(module)):
        runner.run(test, out=report.append)
    return runner.failures, runner.tries, "".join(report)


@pytest.mark.parametrize("module", _modules_with_examples())
def test_docstring_examples_run(module, monkeypatch):
    if module in STALE_EXAMPLES:
        pytest.xfail(f"{module}: a stale example, fixed on another branch")
    monkeypatch.chdir(ROOT)
    failed, attempted, report = run_examples(module)
    assert failed == 0, f"{module}: {failed} of {attempted} examples fail\n{report}"


def test_the_stale_examples_still_fail(monkeypatch):
    """An example fixed elsewhere comes off ``STALE_EXAMPLES``."""
    monkeypatch.chdir(ROOT)
    fixed = [m for m in sorted(STALE_EXAMPLES) if run_examples(m)[0] == 0]
    assert not fixed, f"passing now, remove from STALE_EXAMPLES: {fixed}"
