#!/usr/bin/env python3
"""List unfinished entries of a Qt .ts catalogue and apply translations from a plain table.

    tstable.py dump  translations/dmcockpit_ru.ts > todo.txt      # unfinished entries, blank T: lines
    tstable.py apply translations/dmcockpit_ru.ts table.txt       # fill them (and revise others) from the table
    tstable.py check translations/dmcockpit_ru.ts                 # forbidden words, placeholders, counts

Table format (UTF-8), one block per message, blocks separated by a blank line:
    C: dmc::Context          (optional: without it the block applies to the source in any context)
    S: source text           (newlines written as \\n, a literal backslash as \\\\)
    D: disambiguation         (optional)
    T: translation           (or T1: T2: T3: for the plural forms, in catalogue order)
Run `cmake --build build --target update_translations` afterwards: lupdate rewrites the file
in its own layout.
"""
import re
import sys
import xml.etree.ElementTree as ET

FORBIDDEN_RU = ["следует", "рекомендуем", "рекомендуется", "нужно", "необходимо", "стоит",
                "слаб", "сильн", "хорош", "плох", "благоприят", "эрози"]


def esc(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unesc(text):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def dump(path):
    root = ET.parse(path).getroot()
    count = 0
    for context, message in messages(root):
        tr = message.find("translation")
        if tr.get("type") != "unfinished":
            continue
        count += 1
        print("C: " + context)
        print("S: " + esc(message.findtext("source")))
        if message.findtext("comment"):
            print("D: " + esc(message.findtext("comment")))
        if message.get("numerus") == "yes":
            for i, _ in enumerate(tr.findall("numerusform")):
                print("T%d: " % (i + 1))
        else:
            print("T: ")
        print()
    print("# %d unfinished" % count, file=sys.stderr)


def read_table(path):
    blocks = []
    current = {}
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        if not line.strip():
            if current:
                blocks.append(current)
            current = {}
            continue
        if line.startswith("#"):
            continue
        key, _, value = line.partition(": ")
        if value == "" and line.endswith(":"):
            key = line[:-1]
        current[key] = unesc(value)
    return blocks


def apply(path, table):
    tree = ET.parse(path)
    root = tree.getroot()
    exact, loose = {}, {}
    for block in read_table(table):
        forms = [block[k] for k in sorted(k for k in block if re.fullmatch(r"T\d", k))]
        value = forms if forms else block.get("T", "")
        if not value or (isinstance(value, list) and not all(value)):
            continue
        key = (block.get("S"), block.get("D", ""))
        if "C" in block:
            exact[(block["C"],) + key] = value
        else:
            loose[key] = value
    done = left = 0
    for context, message in messages(root):
        tr = message.find("translation")
        unfinished = tr.get("type") == "unfinished"
        key = (message.findtext("source"), message.findtext("comment") or "")
        value = exact.get((context,) + key, loose.get(key))
        if value is None:
            left += unfinished
            continue
        numerus = message.get("numerus") == "yes"
        if numerus != isinstance(value, list):
            print("plural mismatch: [%s] %s" % (context, key[0]), file=sys.stderr)
            left += 1
            continue
        if numerus:
            for child in list(tr):
                tr.remove(child)
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        tr.attrib.pop("type", None)
        done += unfinished
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print("applied %d, still unfinished %d" % (done, left), file=sys.stderr)


def check(path):
    root = ET.parse(path).getroot()
    total = unfinished = 0
    for context, message in messages(root):
        total += 1
        tr = message.find("translation")
        if tr.get("type") == "unfinished":
            unfinished += 1
            continue
        source = message.findtext("source")
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in texts:
            lower = text.lower()
            for word in FORBIDDEN_RU:
                if re.search(r"(?<![а-яё])" + word, lower):
                    print("forbidden '%s': [%s] %s" % (word, context, text))
            for ph in set(re.findall(r"%L?\d|%n|\{\w+\}", source)):
                if ph not in text:
                    print("placeholder %s lost: [%s] %s -> %s" % (ph, context, source, text))
            for tag in set(re.findall(r"</?\w+", source)):
                if tag not in text:
                    print("markup %s lost: [%s] %s" % (tag, context, source))
    print("%d messages, %d unfinished" % (total, unfinished))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "dump":
        dump(sys.argv[2])
    elif command == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif command == "check":
        check(sys.argv[2])
    else:
        sys.exit(__doc__)
