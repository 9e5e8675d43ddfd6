"""The benchmark's results as a plain-text (and Markdown) table: each measure at 1x (and 2x and
4x the practice where it was measured there), its docs/design.md §7 target, and whether the
median meets it."""

from __future__ import annotations

from typing import Any

LABELS = {
    "cold_start": "cold start to the painted unlock window",
    "unlock_excluding_kdf": "unlock to the client list, excluding the KDF",
    "unlock_calibrated": "unlock with the calibrated KDF",
    "open_client": "open a client (50 sessions), every tab shown in the GUI",
    "open_client_services": "  the same, services' loads only (no widgets)",
    "decrypt_all_ratio": "load + decrypt all notes, all fields / plaintext",
    "decrypt_notes_ratio": "load + decrypt all notes, note text / plaintext",
    "search_word": "search every note for a word",
    "search_phrase": "search every note for a phrase",
    "search_first_build": "  the first search (builds the index)",
    "search_ready_after_unlock": "from unlock until search answers (GUI)",
    "handout_": "",  # every kind, here
    "backup": "backup, whole practice",
    "verify_backup": "verify the backup",
    "restore": "restore through to an opened vault",
    "rotate_keys": "rotate keys, whole practice",
    "demo_generation": "demo generation",
    "gui_held_rss": "GUI memory held, a client's every tab visited",
    "gui_peak_rss": "GUI peak memory",
    "save_note": "save one session note",
    "scaling_2x_ratio": "time at 2x / time at 1x",
    "scaling_4x_ratio": "time at 4x / time at 1x",
    "scaled_unlock_excluding_kdf": "scaling: unlock excluding the KDF",
    "scaled_client_list": "scaling: the client list",
    "scaled_load_all_notes": "scaling: load + decrypt every note",
    "scaled_total": "scaling: unlock + client list + load everything",
}


def figure(value: float | None, unit: str) -> str:
    if value is None:
        return "error"
    if unit == "ratio":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def _label(entry: dict[str, Any]) -> str:
    name = entry["name"]
    if name.startswith("handout_"):
        kind = name[len("handout_"):].replace("_large_print", " (large print)")
        pages = f", {entry['pages']} p." if "pages" in entry else ""
        return f"handout: {kind}{pages}"
    label = LABELS.get(name, name)
    if name.startswith("open_client") and "sessions" in entry:
        label = label.replace("50 sessions", f"{entry['sessions']} sessions")
    if name == "unlock_calibrated" and "kdf" in entry:
        label += f" ({entry['kdf']})"
    return label


def _met(entry: dict[str, Any]) -> str:
    value, target = entry["median"], entry.get("target")
    if value is None or target is None:
        return ""
    if value < entry.get("target_min", 0):
        return "below"
    return "yes" if value <= target else "MISSED"


def _order(entry: dict[str, Any]) -> int:
    order = list(LABELS)
    name = "handout_" if entry["name"].startswith("handout_") else entry["name"]
    return order.index(name) if name in order else len(order)


def rows(data: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    out = []
    for entry in sorted(data["results"], key=_order):
        unit = entry["unit"]
        scales = entry.get("scales", {})
        out.append((_label(entry), figure(entry["median"], unit),
                    figure(scales["2x"], unit) if "2x" in scales else "",
                    figure(scales["4x"], unit) if "4x" in scales else "",
                    entry.get("target_text", ""), _met(entry)))
    return out


def table(data: dict[str, Any]) -> str:
    header = ("measure", "1x", "2x", "4x", "target", "met")
    body = rows(data)
    widths = [max(len(r[i]) for r in (header, *body)) for i in range(len(header))]
    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) if i in (0, 4) else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    out = [line(header), "-" * (sum(widths) + 2 * (len(widths) - 1))]
    out += [line(r) for r in body]
    errors = [e for e in data["results"] if e.get("error")]
    out += [f"\n{e['name']} failed: {e['error']}" for e in errors]
    out.append(f"\nworkload {data.get('workload', '')}; machine: {data['machine']}")
    out.append("Shared machine: compare within a run. 1x/2x/4x: the practice, twice and four "
               "times the practice.")
    return "\n".join(out)


def markdown(data: dict[str, Any]) -> str:
    """The same table in Markdown, for docs/performance.md."""
    out = ["| measure | 1× | 2× | 4× | target | met |", "| --- | --- | --- | --- | --- | --- |"]
    out += ["| " + " | ".join(cell.strip() for cell in r) + " |" for r in rows(data)]
    return "\n".join(out)


if __name__ == "__main__":  # python -m benchmarks.table [results.json]: the Markdown table
    import json
    import sys
    from pathlib import Path

    source = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "results.json")
    print(markdown(json.loads(source.read_text(encoding="utf-8"))))
