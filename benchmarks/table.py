"""The benchmark's results as a plain-text table: measure, with row seals verified, without
verification, and the docs/design.md §7 target."""

from __future__ import annotations

from typing import Any


def _ms(seconds: float, digits: int = 1) -> str:
    return f"{seconds * 1000:.{digits}f} ms"


def _rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    k, unlock, opened = r["kdf"], r["unlock_to_client_list"], r["open_client"]
    work = r["workload"]
    rows = [
        (f"demo generation ({work['clients']} x {work['sessions_per_client']})",
         f"{r['demo_generation_s']:.1f} s", "", "< 30 s"),
        ("vault size", f"{r['vault_size_mb']:.1f} MB", "", ""),
        (f"unlock, Argon2id {k['memory_kib'] // 1024} MiB t={k['iterations']} p={k['lanes']}",
         f"{r['unlock_calibrated_s']:.2f} s", "", "0.5-1 s"),
        ("unlock to client list, excluding the KDF", _ms(unlock["sealed"], 0),
         _ms(unlock["unsealed"], 0), "< 200 ms"),
        (f"open a client, {opened['sessions']} sessions (every tab's load, no widgets)",
         _ms(opened["record"]["sealed"]), _ms(opened["record"]["unsealed"]), "< 50 ms"),
        ("  then choose a session (note + private note)",
         _ms(opened["choose_session"]["sealed"]), _ms(opened["choose_session"]["unsealed"]),
         ""),
    ]
    for label, what in (("note_text", "note + shared summary"), ("all_fields", "all 6 fields")):
        n = r["load_all_notes"][label]
        rows += [
            (f"load + decrypt {n['notes']} notes ({what})", f"{n['sealed']:.3f} s",
             f"{n['unsealed']:.3f} s", ""),
            ("  same ORM load, plaintext copy", f"{n['plaintext']:.3f} s", "", ""),
            ("  ratio to plaintext", f"{n['ratio_sealed']:.2f}x", f"{n['ratio_unsealed']:.2f}x",
             "<= 1.3x"),
        ]
    w = r["save_note"]
    rows += [
        (f"save one session note (median of {w['saves']}), record list kept",
         _ms(w["with_list"]), "", ""),
        ("  same save, record list maintenance off", _ms(w["without_list"]), "", ""),
        ("  cost of keeping the record list, per write", _ms(w["list_cost_s"]), "", ""),
    ]
    targets = {"session": "< 50 ms", "record": "< 250 ms"}
    made = r["handouts"]
    for name, h in made["kinds"].items():
        label = f"handout: {name}" + (f", {made['sessions']} sessions" if name == "record" else "")
        if "error" in h:
            rows.append((label, "none", "", ""))
        else:
            rows.append((f"{label} ({h['pages']} p.)", _ms(h["median_s"], 0), "",
                         targets.get(name, "")))
    rk = r["rotate_keys"]
    if rk.get("error"):
        rows.append(("rotate keys, whole practice", "error", "", "< 3 s"))
    elif not rk["available"]:
        rows.append(("rotate keys, whole practice", "not yet", "", "< 3 s"))
    else:
        rows.append((f"rotate keys, whole practice (KDF {rk['kdf']}, median of "
                     f"{len(rk['times_s'])})", f"{rk['median_s']:.2f} s", "", "< 3 s"))
    return rows


def table(r: dict[str, Any]) -> str:
    rows = _rows(r)
    header = ("measure", "seals checked", "not checked", "target")
    width = max(len(row[0]) for row in (*rows, header))
    out = [f"{header[0].ljust(width)}  {header[1]:>13}  {header[2]:>11}  {header[3]}",
           "-" * (width + 38)]
    out += [f"{name.ljust(width)}  {a:>13}  {b:>11}  {target}" for name, a, b, target in rows]
    rk = r["rotate_keys"]
    if rk.get("error"):
        out.append(f"\nrotate keys failed: {rk['error']}")
    elif rk.get("after"):
        a = rk["after"]
        out.append(f"\nafter rotating: {a['records_checked']} records checked, "
                   f"{a['damaged']} damaged, {a['clients']} clients listed")
    load = r["machine"]["load_average_at_start"]
    out.append(f"\n{r['machine']['cpus']} CPUs, load average {load[0]:.2f} at the start "
               "(shared machine: compare within a run).")
    out.append("seals checked: rows open as the app opens them (rows_sealed=True); not checked: "
               "rows_sealed=False, the stand-in for before row seals.")
    return "\n".join(out)
