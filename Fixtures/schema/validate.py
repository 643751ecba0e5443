#!/usr/bin/env python3
"""Validates YAML files with the JSON Schemas `stationlint schema --output-dir` wrote, as an editor's
YAML language server would: the YAML loaded as YAML 1.2 (its core schema: only true/false are
booleans, no dates, `0o`/`0x` integers), the schema by jsonschema's Draft202012Validator and, since
the YAML language server validates as draft-07, by Draft7Validator too (both must agree).

    python3 Fixtures/schema/validate.py SCHEMA_DIR SCHEMA_FILE=YAML_FILE...

prints one JSON object: each file's errors (the instance path, whether the error is about the key
at that path rather than its value, the failing keyword and those under it) and any schema that
is not valid against the 2020-12 or the draft-07 meta-schema. Needs PyYAML and jsonschema.
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class YAML12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.1's implicit types replaced by YAML 1.2's core schema."""


YAML12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    YAML12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)  # YAML 1.2: 012 is twelve, not octal


def construct_float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def construct_mapping(loader, node):
    # Keys as written: a JSON object's keys are text, and `4.3:` names the clause 4.3.
    return {(k.value if isinstance(k, yaml.ScalarNode) else loader.construct_object(k, deep=True)):
            loader.construct_object(v, deep=True) for k, v in node.value}


YAML12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
YAML12Loader.add_constructor("tag:yaml.org,2002:float", construct_float)
YAML12Loader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node) in ("true", "True", "TRUE"))
YAML12Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)


def leaves(error):
    """The keywords that failed, down to the last alternative of every anyOf."""
    if not error.context:
        return [str(error.validator)]
    return sorted({leaf for sub in error.context for leaf in leaves(sub)})


def depth(error):
    """How deep below the document's root an error, or any error inside it, stands."""
    return max([len(error.absolute_path)] + [depth(sub) for sub in error.context or []])


def expand(error):
    """An anyOf whose matching alternative failed deeper down (an item of a list, a field of a
    record) stands for the errors inside that alternative; one that fails at its own place (no
    alternative fits the value) stays one error."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        alternatives = {}
        for sub in error.context:
            alternatives.setdefault(sub.relative_schema_path[0], []).append(sub)
        best = max(alternatives.values(), key=lambda subs: max(depth(e) for e in subs))
        if max(depth(e) for e in best) > len(error.absolute_path):
            return [leaf for sub in best for leaf in expand(sub)]
    return [error]


def describe(error, schema, document):
    """What an error says, for the test: where (the instance path; `key` when it is about the
    key at that path, not its value), the keyword that failed and those under it."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        # The keys that were not expected: the error is about each of them, at its key.
        known = error.schema.get("properties", {})
        return [{"path": path + [k], "key": True, "keyword": "additionalProperties", "leaves": [], "message": error.message}
                for k in error.instance if k not in known]
    if error.schema is False:
        # A `false` schema under `properties` refuses a key given under its second name;
        # jsonschema leaves that key out of the error's path, so it is found again here.
        refused = schema_at(schema, list(error.absolute_schema_path))
        return [{"path": path + [k], "key": True, "keyword": "false", "leaves": [], "message": f"{k!r} is not allowed here"}
                for k in instance_at(document, path) if refused.get(k) is False]
    return [{"path": path, "key": False, "keyword": str(error.validator), "leaves": leaves(error), "message": error.message}]


def schema_at(root, steps):
    """The part of `root` a schema path names, through the `$ref`s the path passes silently."""
    node = root
    for step in steps:
        while isinstance(node, dict) and step not in node and "$ref" in node:
            node = schema_at(root, node["$ref"].lstrip("#/").split("/"))
        node = node[step]
    return node


def instance_at(document, path):
    for step in path:
        document = document[step]
    return document


def main():
    schema_dir, pairs = sys.argv[1], sys.argv[2:]
    schemas, report = {}, {"schemaProblems": [], "files": {}}
    for name in sorted(os.listdir(schema_dir)):
        if not name.endswith(".schema.json"):
            continue
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        for validator in (jsonschema.Draft202012Validator, jsonschema.Draft7Validator):
            try:
                validator.check_schema(schema)
            except jsonschema.SchemaError as e:
                report["schemaProblems"].append(f"{name} ({validator.__name__}): {e.message}")
        schemas[name] = (schema, jsonschema.Draft202012Validator(schema), jsonschema.Draft7Validator(schema))
    for pair in pairs:
        schema_name, path = pair.split("=", 1)
        with open(path, encoding="utf-8-sig") as f:
            document = yaml.load(f, Loader=YAML12Loader)
        schema, v2020, v7 = schemas[schema_name]
        errors = [d for e in v2020.iter_errors(document) for x in expand(e) for d in describe(x, schema, document)]
        errors.sort(key=lambda d: json.dumps(d["path"], ensure_ascii=False))
        draft7 = sorted(json.dumps(list(e.absolute_path), ensure_ascii=False) for e in v7.iter_errors(document))
        report["files"][path] = {
            "errors": errors,
            "draft7Agrees": draft7 == sorted(json.dumps(list(e.absolute_path), ensure_ascii=False) for e in v2020.iter_errors(document)),
        }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
