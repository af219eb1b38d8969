// The legacy MTurk command line tools took single-dash options (`-input file`, `-force`); people's
// scripts still call them that way, so both `-name` and `--name`, and `-name=value`, are accepted.
// Names match case-insensitively because the legacy docs spell some in camel case (`-qualtypeId`).

export type OptionSpec = {
  name: string;
  /** Placeholder shown in help; an option without one is a flag. */
  value?: string;
  help: string;
  required?: boolean;
};

export class UsageError extends Error {}

export type ParsedArgs = {
  has(name: string): boolean;
  get(name: string): string | undefined;
  /** The value, or a UsageError naming the option. */
  need(name: string): string;
  /** A comma-separated list value (legacy tools took `-assignment A,B`). */
  list(name: string): string[];
};

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name.toLowerCase(), s]));
  const values = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const m = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/s.exec(token);
    if (!m) throw new UsageError(`Unexpected argument "${token}": options start with "-"`);
    const spec = byName.get(m[1].toLowerCase());
    if (!spec) throw new UsageError(`Unknown option -${m[1]}`);
    const key = spec.name.toLowerCase();
    if (!spec.value) {
      if (m[2] !== undefined) throw new UsageError(`-${spec.name} takes no value`);
      values.set(key, true);
      continue;
    }
    // The next token is the value even when it starts with "-", so negative scores pass through.
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`-${spec.name} needs a value (${spec.value})`);
    values.set(key, value);
  }
  for (const spec of specs) {
    if (spec.required && !values.has(spec.name.toLowerCase())) throw new UsageError(`Missing -${spec.name} ${spec.value ?? ""}`.trim());
  }
  const get = (name: string) => {
    const v = values.get(name.toLowerCase());
    return typeof v === "string" ? v : undefined;
  };
  return {
    has: (name) => values.has(name.toLowerCase()),
    get,
    need(name) {
      const v = get(name);
      if (v === undefined || v === "") throw new UsageError(`Missing -${name}`);
      return v;
    },
    list: (name) =>
      (get(name) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
  };
}

/** The option list of a verb's help text. */
export function describeOptions(specs: OptionSpec[]): string {
  const left = specs.map((s) => `  -${s.name}${s.value ? ` <${s.value}>` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}${s.required ? " (required)" : ""}`).join("\n");
}
