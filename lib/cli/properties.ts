// Java-style .properties files, as the legacy tools read them: `key:value` or `key=value`, `#` and `!`
// comments, a trailing backslash continues the line.
import { readFileSync } from "node:fs";

export type Properties = Map<string, string>;

export function parseProperties(text: string): Properties {
  const props: Properties = new Map();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trimStart();
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trimStart();
    const m = /^((?:\\.|[^:=\s\\])+)\s*[:=\s]\s*(.*)$/.exec(line);
    const key = (m ? m[1] : line).replace(/\\(.)/g, "$1");
    props.set(key.toLowerCase(), (m ? m[2] : "").trim());
  }
  return props;
}

export function readProperties(path: string): Properties {
  return parseProperties(readFileSync(path, "utf8"));
}
