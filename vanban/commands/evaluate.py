"""CLI: ``vanban eval GOLD_DIR [--docs DIR] [--json]`` - score the pipeline against gold annotations."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from vanban.commands._common import console, err_console, fail_line, print_json


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files (shared/corpus/gold), or with "
                                        "--metadata a manifest.jsonl of silver labels."),
        docs: Path = typer.Option(None, "--docs", help="Folder of the documents (default: GOLD_DIR/../docs)."),
        as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
        show: int = typer.Option(50, "--show", help="At most this many misses / false positives per field."),
        metadata: bool = typer.Option(False, "--metadata",
                                      help="Score header metadata (number, date, type, issuer) against the "
                                           "silver labels of a manifest (tests/realworld/manifest.jsonl)."),
        labels: Path = typer.Option(None, "--labels",
                                    help="Relation/pinpoint labels kept apart from the gold, by citation start "
                                         "(tests/relations/shared_overlay.json); with --metadata, fixes to "
                                         "silver labels the documents contradict (tests/realworld/label_fixes.json)."),
    ) -> None:
        """Precision, recall and F1 per field (citations, dates, quantities, directives),
        citation-date and directive-actor accuracy, and every miss and false positive.

        Example: vanban eval ../shared/corpus/gold
        """
        from vanban.pipeline.evaluate import evaluate

        if metadata:
            _eval_metadata(gold_dir, docs, as_json, show, labels)
            return
        if not gold_dir.is_dir():
            fail_line(gold_dir, "not a folder of gold files")
            raise typer.Exit(2)
        overlay = None
        if labels is not None:
            import json
            overlay = json.loads(labels.read_text(encoding="utf-8"))
        report = evaluate(gold_dir, docs, labels=overlay)
        if not report.documents and not report.errors:
            fail_line(gold_dir, "no gold files (*.json with a 'file')")
            raise typer.Exit(2)
        if as_json:
            print_json(report.to_dict())
            return
        table = Table(title=f"vanban eval: {len(report.documents)} documents")
        for col in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="left" if col == "field" else "right")
        for name, f in report.fields.items():
            table.add_row(name, f"{f.precision:.3f}", f"{f.recall:.3f}", f"{f.f1:.3f}",
                          str(f.tp), str(f.fp), str(f.fn))
        cda, act = report.citation_date_accuracy, report.directive_actor_accuracy
        table.add_row("citation dates (accuracy)", f"{cda.value:.3f}", "", "", str(cda.correct), "",
                      str(cda.total - cda.correct))
        table.add_row("directive actors (accuracy)", f"{act.value:.3f}", "", "", str(act.correct), "",
                      str(act.total - act.correct))
        console.print(table)
        _print_relations(report, show)
        for name, f in report.fields.items():
            for label, items in (("miss", f.misses), ("false positive", f.false_positives)):
                for it in items[:show]:
                    console.print(f"[yellow]{name} {label}[/yellow] {it.doc} @{it.start}: "
                                  f"{it.value} | {' '.join(it.text.split())[:100]}", highlight=False,
                                  soft_wrap=True)
                if len(items) > show:
                    console.print(f"[yellow]{name} {label}[/yellow] ... {len(items) - show} more", highlight=False)
        for label, r in (("citation date", cda), ("directive actor", act)):
            for it in r.wrong[:show]:
                console.print(f"[yellow]{label} wrong[/yellow] {it.doc} @{it.start}: {it.value} | "
                              f"{' '.join(it.text.split())[:80]}", highlight=False, soft_wrap=True)
        for it in report.errors:
            fail_line(it.doc, f"{it.value}: {it.text}")
        if report.errors:
            raise typer.Exit(1)


def _eval_metadata(manifest: Path, docs: Path | None, as_json: bool, show: int, labels: Path | None) -> None:
    """Header metadata of every document of a manifest against its silver labels (with the fixes
    of a ``label_fixes.json`` overlay, if given)."""
    import json

    from rich.progress import track

    from vanban.pipeline.errors import VanbanError
    from vanban.pipeline.evaluate_corpus import METADATA_FIELDS, apply_label_fixes, score_metadata
    from vanban.pipeline.normalize import normalize
    from vanban.pipeline.read import read_document
    from vanban.pipeline.structure import structure

    if not manifest.is_file():
        fail_line(manifest, "not a manifest (one JSON object per line)")
        raise typer.Exit(2)
    folder = docs or manifest.parent / "docs"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    if labels is not None:
        entries = apply_label_fixes(entries, json.loads(labels.read_text(encoding="utf-8")))
    right = {f: 0 for f in METADATA_FIELDS}
    total = {f: 0 for f in METADATA_FIELDS}
    wrong, errors = [], []
    for e in track(entries, description="metadata", console=err_console, disable=as_json):
        try:
            meta = structure(normalize(read_document(folder / e["file"]))).metadata   # no segmentation needed
        except (VanbanError, OSError) as err:
            errors.append((e["file"], str(err)))
            continue
        found = {"number": meta.number, "date": meta.date, "type": meta.doc_type, "issuer": meta.issuer}
        for field, ok in score_metadata(meta, e).items():
            total[field] += 1
            right[field] += ok
            if not ok:
                wrong.append({"file": e["file"], "field": field, "silver": e.get(field), "found": found[field]})
    scores = {f: {"accuracy": right[f] / total[f] if total[f] else None, "right": right[f], "labelled": total[f]}
              for f in METADATA_FIELDS}
    if as_json:
        print_json({"documents": len(entries), "fields": scores, "wrong": wrong,
                    "errors": [{"file": f, "reason": r} for f, r in errors]})
        return
    table = Table(title=f"vanban eval --metadata: {len(entries)} documents")
    for col in ("field", "accuracy", "right", "labelled"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for f, s in scores.items():
        table.add_row(f, "" if s["accuracy"] is None else f"{s['accuracy']:.3f}", str(s["right"]), str(s["labelled"]))
    console.print(table)
    for w in wrong[:show]:
        console.print(f"[yellow]{w['field']} wrong[/yellow] {w['file']}: silver {w['silver']!r}, found {w['found']!r}",
                      highlight=False, soft_wrap=True)
    for f, r in errors:
        fail_line(f, r)
def _print_relations(report, show: int) -> None:
    """Relation accuracy per label, pinpoints and effective dates, when the gold carries them."""
    rel = report.relation_accuracy
    pin, pres, eff = report.pinpoint_accuracy, report.pinpoint_present, report.effective_date_accuracy
    if not (rel or pin.total or eff.total):
        return
    table = Table(title="relations, pinpoints, effective dates")
    for col in ("label", "accuracy", "correct", "total"):
        table.add_column(col, justify="left" if col == "label" else "right")
    if rel:
        overall = report.relation_overall
        table.add_row("relation (all)", f"{overall.value:.3f}", str(overall.correct), str(overall.total))
        for label, r in sorted(rel.items()):
            table.add_row(f"  {label}", f"{r.value:.3f}", str(r.correct), str(r.total))
    if pin.total:
        table.add_row("pinpoint", f"{pin.value:.3f}", str(pin.correct), str(pin.total))
        table.add_row("  where the gold has one", f"{pres.value:.3f}", str(pres.correct), str(pres.total))
    if eff.total:
        table.add_row("effective date", f"{eff.value:.3f}", str(eff.correct), str(eff.total))
    console.print(table)
    wrong = [("relation", it) for r in rel.values() for it in r.wrong] + \
            [("pinpoint", it) for it in pin.wrong] + [("effective date", it) for it in eff.wrong]
    for label, it in wrong[:show]:
        console.print(f"[yellow]{label} wrong[/yellow] {it.doc} @{it.start}: {it.value} | "
                      f"{' '.join(it.text.split())[:80]}", highlight=False, soft_wrap=True)
    if len(wrong) > show:
        console.print(f"[yellow]wrong[/yellow] ... {len(wrong) - show} more", highlight=False)
