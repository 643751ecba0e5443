#!/usr/bin/env python3
"""Differential check of `stationlint parse` against PyYAML (the reference of generate.py).

Generates random small documents from the subset's grammar, some mutated byte by byte or line
by line so they wander outside it, and runs both parsers on each. Whenever stationlint accepts
a document, PyYAML must load it to exactly the same tree; a disagreement is a parser bug (add
the document to the corpus). Refusals are counted by code, with a few samples each, so that a
refusal of something the subset means to accept stands out.

    swift build && python3 Fixtures/yaml/differential.py [COUNT] [SEED]

Not part of `swift test`: it needs the built binary and takes a while.
"""
import collections
import os
import pathlib
import random
import subprocess
import sys
import tempfile

from generate import expected_json

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "stationlint"

PLAIN = [
    "张三", "李四", "小店区退役军人服务中心", "太原市", "a", "b c", "8:30-12:00", "http://x.cn/a?b=1",
    "no", "on", "yes", "0012", "1e3", "2024-01-01", "~", "null", "Null", "NULL", "nULL", "a#b", "a-b",
    "-a", "?a", ":a", "a:b", "it's", 'a"b', "x  y", "周一至周五 8:30-12:00 14:30-17:30", "0351-7654321",
    "14010519900101123X", "---", "...", "a,b", "a[b]", "a{b}", "<<", "=", "a!b", "a&b", "a*b", "a|b",
    "a>b", "a%b", "a@b", "a`b", "名称：张三", "名称:　张三", "-", "a -b", "a :b", "a ?b", "true", "",
]
KEYS = ["名称", "层级", "name", "level", "区划代码", "记录", "records", "id_number", "身份证号", "a", "b",
        "c", "键 名", "a:b", "-k", "?k", ":k", "k#1", "1", "0012", "no", "5.1.7", "<<", "姓名", "电话"]
QUOTED = ["", "张三", "a: b", "a #b", "it's", 'say "hi"', "~", "null", "NULL", " lead", "trail ", "\\",
          "中\t文", "[a]", "{a}", "- a", "? a", "#", "'", '"']
ESCAPES = ["\\n", "\\t", "\\\\", "\\\"", "\\/", "\\0", "\\a", "\\b", "\\e", "\\f", "\\r", "\\v", "\\N",
           "\\_", "\\L", "\\P", "\\x41", "\\u4e2d", "\\U0001F600", "\\ ", "\\\t", "\\q", "\\x4", "\\ud800"]
NOISE = [" ", " ", "  ", "\t", ":", ": ", "-", "- ", "#", " #", "'", '"', "\n", "\n", "\r\n", "[", "]", "{",
         "}", ",", "|", ">", "?", "? ", "!", "&", "*", "%", "@", "`", "\\", "~", "---", "...", "中", "\u3000",
         "\u00a0", "\u0085", "\u2028", "\ufeff", "\x7f", "\x01", "\r"]


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def chance(self, p):
        return self.r.random() < p

    def plain(self):
        if self.chance(0.15):
            return "".join(self.r.choice("ab中 :#-?,[]{}'\"!&*%@`|>~.") for _ in range(self.r.randint(1, 6))).strip()
        return self.r.choice(PLAIN)

    def single(self):
        return "'" + self.r.choice(QUOTED).replace("'", "''") + "'"

    def double(self):
        parts = []
        for _ in range(self.r.randint(0, 3)):
            if self.chance(0.5):
                parts.append(self.r.choice(ESCAPES))
            else:
                parts.append(self.r.choice(QUOTED).replace("\\", "\\\\").replace('"', '\\"'))
        return '"' + "".join(parts) + '"'

    def scalar(self):
        k = self.r.random()
        if k < 0.6:
            return self.plain()
        if k < 0.8:
            return self.single()
        return self.double()

    def key(self):
        k = self.r.random()
        if k < 0.8:
            return self.r.choice(KEYS)
        if k < 0.9:
            return self.single()
        return self.double()

    def flow(self, depth=0):
        k = self.r.random()
        if depth > 2 or k < 0.4:
            s = self.scalar()
            return s if s else "''"
        sp = self.r.choice(["", " "])
        if k < 0.7:
            items = [self.flow(depth + 1) for _ in range(self.r.randint(0, 3))]
            body = ("," + self.r.choice([" ", "", "  "])).join(items)
            if items and self.chance(0.2):
                body += ","
            return "[" + sp + body + sp + "]"
        pairs = []
        for _ in range(self.r.randint(0, 3)):
            key = self.key() if self.chance(0.7) else '"' + self.r.choice(KEYS) + '"'
            colon = ":" if key.startswith('"') and self.chance(0.3) else ": "
            pairs.append(key + colon + self.flow(depth + 1))
        body = ", ".join(pairs)
        if pairs and self.chance(0.2):
            body += ","
        return "{" + sp + body + sp + "}"

    def block_scalar(self, indent):
        header = self.r.choice(["|", ">"]) + self.r.choice(["", "", "-", "+"])
        if self.chance(0.15):
            header += " # 说明"
        lines = []
        ind = " " * indent
        for _ in range(self.r.randint(0, 5)):
            k = self.r.random()
            if k < 0.2:
                lines.append("")
            elif k < 0.3:
                lines.append(" " * self.r.randint(0, indent + 3))
            elif k < 0.45:
                lines.append(ind + "  " + self.plain())
            else:
                lines.append(ind + self.r.choice(["张三", "第二行", "a  b", "# 不是注释", "- x", "k: v", "\t文"]))
        return header, lines

    def node(self, indent, depth, lines, prefix):
        """Appends the lines of a node; `prefix` is the text that starts its first line."""
        k = self.r.random()
        step = self.r.choice([1, 2, 2, 2, 4])
        if depth > 3 or k < 0.35:
            if self.chance(0.1):
                header, body = self.block_scalar(indent + step)
                lines.append(prefix + header)
                lines.extend(body)
            elif self.chance(0.15):
                lines.append(prefix + self.flow())
            else:
                s = self.scalar()
                lines.append((prefix + s).rstrip() if s else prefix.rstrip())
            return
        if k < 0.65:
            self.mapping(indent, depth, lines, prefix, step)
        else:
            self.sequence(indent, depth, lines, prefix, step)

    def mapping(self, indent, depth, lines, prefix, step):
        ind = " " * indent
        first = True
        used = set()
        for _ in range(self.r.randint(1, 4)):
            key = self.key()
            if key in used:
                continue
            used.add(key)
            head = (prefix if first else ind) + key + self.r.choice([":", ":", " :"])
            first = False
            if self.chance(0.6):
                self.inline_value(indent, depth, lines, head + " ")
            else:
                lines.append(head + (" # 注释" if self.chance(0.1) else ""))
                if self.chance(0.1):
                    continue  # empty value
                if self.chance(0.25):
                    self.sequence(indent, depth + 1, lines, ind, 2, same=True)
                else:
                    self.node(indent + step, depth + 1, lines, " " * (indent + step))
            if self.chance(0.05):
                lines.append(ind + "# 中间的注释")

    def inline_value(self, indent, depth, lines, head):
        k = self.r.random()
        if k < 0.1:
            header, body = self.block_scalar(indent + self.r.choice([1, 2, 4]))
            lines.append(head + header)
            lines.extend(body)
        elif k < 0.25:
            lines.append(head + self.flow())
        else:
            s = self.scalar()
            text = (head + s).rstrip()
            if self.chance(0.1):
                text += " # 注释"
            lines.append(text)

    def sequence(self, indent, depth, lines, prefix, step, same=False):
        ind = " " * indent
        for i in range(self.r.randint(1, 4)):
            head = (prefix if i == 0 else ind) + "-"
            k = self.r.random()
            if k < 0.1:
                lines.append(head)
            elif k < 0.45:
                self.inline_value(indent, depth, lines, head + " ")
            elif k < 0.6:
                lines.append(head)
                self.node(indent + step, depth + 1, lines, " " * (indent + step))
            else:
                # compact: the nested node starts on the dash's line
                self.node(indent + 2, depth + 1, lines, head + " ")

    def document(self):
        lines = []
        if self.chance(0.1):
            lines.append("# 文件头注释")
        if self.chance(0.15):
            lines.append(self.r.choice(["---", "--- # 开始"]))
        self.node(0, 0, lines, "")
        if self.chance(0.1):
            lines.append("...")
        text = "\n".join(lines)
        if self.chance(0.8):
            text += "\n"
        if self.chance(0.1):
            text = text.replace("\n", "\r\n")
        if self.chance(0.05):
            text = "\ufeff" + text
        return text

    def line_soup(self):
        """Random lines at random indentation: explores how block structures meet."""
        templates = ["名称: 张三", "k:", "k: |", "k: >-", "k: |+", "- 项", "-", "- k: v", "- - x", "- |",
                     "文字", "文字 更多", "# 注释", "", '"引号": 值', "'单': 值", "[a, b]", "{a: b}", "k: [a]",
                     "k: {a: b}", "? k", ": v", "k: v # c", "...", "---", "- >", "k: 'x'", "k: \"y\""]
        lines = []
        for _ in range(self.r.randint(1, 7)):
            t = self.r.choice(templates)
            if t in ("...", "---") and self.chance(0.5):
                t = "x"
            lines.append(" " * self.r.choice([0, 0, 1, 2, 2, 3, 4, 6]) + t)
        return "\n".join(lines) + ("\n" if self.chance(0.8) else "")

    def mutate(self, text):
        for _ in range(self.r.randint(1, 3)):
            k = self.r.random()
            if k < 0.5 or not text:
                i = self.r.randint(0, len(text))
                text = text[:i] + self.r.choice(NOISE) + text[i:]
            elif k < 0.7:
                i = self.r.randrange(len(text))
                text = text[:i] + text[i + 1:]
            else:
                lines = text.split("\n")
                i = self.r.randrange(len(lines))
                op = self.r.random()
                if op < 0.4:
                    lines[i] = " " * self.r.randint(1, 3) + lines[i]
                elif op < 0.6:
                    lines[i] = lines[i][1:] if lines[i].startswith(" ") else lines[i]
                elif op < 0.8:
                    lines.insert(i, lines[i])
                else:
                    del lines[i]
                text = "\n".join(lines)
        return text


def ours(path):
    p = subprocess.run([str(BINARY), "parse", "--lang", "en", "--", path], capture_output=True)
    return p.returncode, p.stdout, p.stderr


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    gen = Gen(rng)
    bugs = 0
    refusals = collections.Counter()
    samples = collections.defaultdict(list)
    accepted = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.yaml")
        for n in range(count):
            text = gen.document() if rng.random() < 0.7 else gen.line_soup()
            if rng.random() < 0.5:
                text = gen.mutate(text)
            data = text.encode("utf-8", "surrogatepass")
            if rng.random() < 0.03:  # a raw byte anywhere: must be refused cleanly, never crash
                i = rng.randint(0, len(data))
                data = data[:i] + bytes([rng.randrange(256)]) + data[i:]
            with open(path, "wb") as f:
                f.write(data)
            code, out, err = ours(path)
            try:
                reference = expected_json(data)
            except Exception as e:  # noqa: BLE001 - any PyYAML refusal
                reference = None
                why = str(e).split("\n")[0]
            if code not in (0, 2):
                bugs += 1
                print(f"=== CRASH (exit {code}) on {data!r}\n{err.decode(errors='replace')}")
                continue
            if code == 0:
                accepted += 1
                if reference is None:
                    bugs += 1
                    print(f"=== ACCEPTED, PyYAML refuses ({why}): {data!r}")
                elif out.decode() != reference:
                    bugs += 1
                    print(f"=== DIFFERENT TREE: {data!r}\nours: {out.decode()!r}\npyyaml: {reference!r}")
            else:
                first = err.decode(errors="replace").split("\n")[0]
                key = first.split(": error: ")[-1][:60]
                if reference is not None:
                    refusals[key] += 1
                    if len(samples[key]) < 3:
                        samples[key].append(data)
    print(f"{count} documents, {accepted} accepted, {bugs} disagreements")
    print("refused by stationlint, loaded by PyYAML (check these are outside the subset):")
    for key, n in refusals.most_common():
        print(f"  {n:5}  {key}")
        for s in samples[key]:
            print(f"         {s!r}"[:160])
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
