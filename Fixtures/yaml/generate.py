#!/usr/bin/env python3
"""Writes the expected tree of every valid fixture: valid/NNN-name.yaml -> valid/NNN-name.json.

The reference is PyYAML's BaseLoader (every scalar a string) with one addition: the plain
scalars `~`, `null`, `Null`, `NULL` and the empty plain scalar load as None. That is the tree
SPEC §3 promises for any document the subset accepts. The output is
`json.dumps(tree, ensure_ascii=False, indent=2) + "\n"`, what `stationlint parse` prints.

    python3 Fixtures/yaml/generate.py           # (re)write every .json
    python3 Fixtures/yaml/generate.py --check   # only compare, write nothing

Refuses (prints the file and exits 1) when PyYAML cannot load a "valid" document, or when the
document holds something the subset refuses and PyYAML would load silently (a key given twice,
a null key), so a mistaken fixture cannot slip into the corpus.
"""
import json
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent


class StringsLoader(yaml.BaseLoader):
    """BaseLoader (all scalars are strings) that reads the plain null words as None."""

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(None, None, "expected a mapping", node.start_mark)
        mapping = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    "key is not a string (null or a collection)", key_node.start_mark)
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    "key %r is given twice" % key, key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


StringsLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
StringsLoader.add_constructor("tag:yaml.org,2002:null", lambda loader, node: None)
StringsLoader.add_constructor(
    "tag:yaml.org,2002:map", lambda loader, node: loader.construct_mapping(node, deep=True))
StringsLoader.add_constructor(
    "tag:yaml.org,2002:seq", lambda loader, node: loader.construct_sequence(node, deep=True))
StringsLoader.add_constructor(
    "tag:yaml.org,2002:str", lambda loader, node: loader.construct_scalar(node))


def expected_json(data: bytes) -> str:
    """The tree PyYAML reads from `data`, as `stationlint parse` must print it."""
    tree = yaml.load(data, Loader=StringsLoader)
    return json.dumps(tree, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    changed = 0
    for source in sorted((HERE / "valid").glob("*.yaml")):
        try:
            text = expected_json(source.read_bytes())
        except Exception as error:  # any PyYAML error: the fixture is not valid YAML
            print(f"{source.relative_to(HERE)}: PyYAML cannot load it:\n{error}", file=sys.stderr)
            return 1
        target = source.with_suffix(".json")
        old = target.read_bytes() if target.exists() else None
        if old != text.encode("utf-8"):
            changed += 1
            if check:
                print(f"{target.relative_to(HERE)}: differs from PyYAML", file=sys.stderr)
            else:
                target.write_bytes(text.encode("utf-8"))
    if check and changed:
        return 1
    print(("checked" if check else "wrote") + f" {len(list((HERE / 'valid').glob('*.yaml')))} files, {changed} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
