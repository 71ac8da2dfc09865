#!/usr/bin/env python3
"""Reads the Kraljic Workshop window's accessibility tree as a screen reader gets it on Linux
(AT-SPI, through AccessKit) and checks what issue 35 asks. Run by scripts/accessibility.sh,
which starts the window under Xvfb with the AT-SPI bus switched on.

Usage: atspi_tree.py check | live EXPECTED_WORD
"""

import sys
import time

import pyatspi

ENGLISH_DEFAULTS = {"Resize panel", "Close window", "Color", "Toggle"}


def find_app(timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and "kraljic" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    sys.exit("no Kraljic Workshop on the AT-SPI bus")


def walk(node, depth=0):
    if depth > 60:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None:
            continue
        yield child
        yield from walk(child, depth + 1)


def attributes(node):
    out = {}
    try:
        for pair in node.getAttributes():
            key, _, value = pair.partition(":")
            out[key] = value
    except Exception:  # noqa: BLE001 - a node without attributes
        pass
    return out


def check(app):
    nodes = list(walk(app))
    focusable = [n for n in nodes if n.getState().contains(pyatspi.STATE_FOCUSABLE)]
    problems = []
    for node in focusable:
        name = (node.name or "").strip()
        if not name:
            problems.append(f"a focusable {node.getRoleName()} without a name")
        if name in ENGLISH_DEFAULTS:
            problems.append(f"egui's English name {name!r}")
    items = [n for n in nodes if n.getRoleName() == "list item"]
    in_matrix = [n.name for n in items if ": " in (n.name or "") and ", risico " in n.name]
    quadrants = ("Hefboom", "Strategisch", "Routine", "Knelpunt")
    if len(in_matrix) < 25:
        problems.append(f"{len(in_matrix)} lots of the matrix in the tree, 25 expected")
    for name in in_matrix:
        if not any(q in name for q in quadrants):
            problems.append(f"no quadrant in {name!r}")
    lists = [n for n in nodes if n.getRoleName() == "list" and n.name == "Percelen"]
    if not lists:
        problems.append("no list named Percelen")
    else:
        size = attributes(lists[0]).get("setsize")
        rows = [n for n in nodes if attributes(n).get("posinset") and ", nummer " in (n.name or "")]
        sizes = {attributes(n).get("setsize") for n in rows}
        if size != "29" and sizes != {"29"}:
            problems.append(f"the list's set size is {size!r}, rows say {sizes!r}")
        if not rows:
            problems.append("no row says its position")
    print(f"{len(nodes)} nodes, {len(focusable)} focusable, {len(in_matrix)} lots in the matrix")
    return problems


def live(app, word):
    for node in walk(app):
        if attributes(node).get("live") == "polite" and word in (node.name or ""):
            print(f"live region: {node.name}")
            return []
    return [f"no polite live region says {word!r}"]


def main():
    app = find_app()
    if sys.argv[1:2] == ["check"]:
        problems = check(app)
    elif sys.argv[1:2] == ["live"]:
        problems = live(app, sys.argv[2])
    else:
        sys.exit(__doc__)
    for problem in problems:
        print("FAIL:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
