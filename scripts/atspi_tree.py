#!/usr/bin/env python3
"""Reads the Kraljic Workshop window's accessibility tree as a screen reader gets it on Linux
(AT-SPI, through AccessKit) and checks what issue 35 asks. Run by scripts/accessibility.sh,
which starts the window under Xvfb with the AT-SPI bus switched on.

Usage: atspi_tree.py check | listen EXPECTED_WORD KEY...
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
    # The rows (or chips, in a narrow window) of the lot list: each says its place of 29.
    rows = [n for n in nodes if "checklist" in (n.name or "") and attributes(n).get("posinset")]
    sizes = {attributes(n).get("setsize") for n in rows}
    places = sorted(int(attributes(n)["posinset"]) for n in rows)
    if not rows or sizes != {"29"}:
        problems.append(f"lot rows say set sizes {sizes!r}, 29 expected")
    if places[:1] != [1]:
        problems.append(f"the first row in view is not place 1: {places[:3]}")
    print(f"lot rows in the tree: {len(rows)}, places {places[:1]}..{places[-1:]}")
    print(f"{len(nodes)} nodes, {len(focusable)} focusable, {len(in_matrix)} lots in the matrix")
    return problems


def listen(word, keys):
    """Presses `keys` in the window (xdotool) and listens for the announcements its live
    regions make (AT-SPI's object:announcement, what Orca speaks)."""
    import subprocess

    from gi.repository import GLib

    heard = []

    def on_event(event):
        text = str(event.any_data or "")
        heard.append(text)

    def press():
        # The window may still be starting (a debug build on a busy machine): wait for it.
        window = []
        deadline = time.time() + 30
        while not window and time.time() < deadline:
            window = subprocess.run(
                ["xdotool", "search", "--name", "Kraljic"], capture_output=True, text=True
            ).stdout.split()
            if not window:
                time.sleep(0.5)
        if window:
            subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], check=False)
            time.sleep(1.0)
        for key in keys:
            subprocess.run(["xdotool", "key", key], check=False)
            time.sleep(0.5)
        return False

    started = time.time()

    def stop():
        # Until the word is heard, or 30 seconds.
        if any(word in text for text in heard) or time.time() - started > 30:
            pyatspi.Registry.stop()
            return False
        return True

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    GLib.timeout_add(500, press)
    GLib.timeout_add(500, stop)
    pyatspi.Registry.start()
    for text in heard:
        print(f"announced: {text}")
    if any(word in text for text in heard):
        return []
    return [f"no announcement says {word!r} (heard {len(heard)})"]


def main():
    app = find_app()
    if sys.argv[1:2] == ["check"]:
        problems = check(app)
    elif sys.argv[1:2] == ["listen"]:
        problems = listen(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
    for problem in problems:
        print("FAIL:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
