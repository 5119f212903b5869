"""Add the addresses of gathered page folders to bench/gathering/used_addresses.txt (one address a line,
sorted, no duplicates), so that later gathering rounds skip pages already annotated even when the
git-ignored folders are gone:

    python bench/gathering/used_addresses.py .gl

Reads every manifest.tsv under the given folders; writes only used_addresses.txt."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "used_addresses.txt"


def addresses(root: Path) -> set[str]:
    found = set()
    for manifest in sorted(root.rglob("manifest.tsv")):
        for i, line in enumerate(manifest.read_text(encoding="utf-8").splitlines()):
            parts = line.split("\t")
            if i and len(parts) == 3 and parts[1].strip():
                found.add(parts[1].strip())
    return found


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit("usage: python bench/gathering/used_addresses.py FOLDER...")
    known = set(OUT.read_text(encoding="utf-8").split()) if OUT.exists() else set()
    new = set()
    for folder in map(Path, argv):
        if not folder.is_dir():
            print(f"{folder}: not a folder, skipped")
            continue
        new |= addresses(folder)
    OUT.write_text("".join(f"{a}\n" for a in sorted(known | new)), encoding="utf-8")
    print(f"{OUT}: {len(known | new)} addresses ({len(new - known)} new)")


if __name__ == "__main__":
    main(sys.argv[1:])
