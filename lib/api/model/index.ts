// The MTurk Requester API model (2017-01-17), the contract of the API face: operations, input and
// output shapes. mturk-2017-01-17.json is AWS's service-2.json with the documentation stripped.
import model from "./mturk-2017-01-17.json";

export interface Shape {
  type: "structure" | "string" | "list" | "integer" | "long" | "boolean" | "timestamp" | "double" | "float";
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
}

const shapes = model.shapes as unknown as Record<string, Shape>;
const operations = model.operations as unknown as Record<string, { input: { shape: string }; output: { shape: string } }>;

export const TARGET_PREFIX = model.metadata.targetPrefix; // MTurkRequesterServiceV20170117
export const OPERATION_NAMES = Object.keys(operations).sort();

export function shape(name: string): Shape {
  const s = shapes[name];
  if (!s) throw new Error(`No shape ${name} in the model`);
  return s;
}

export function operationShapes(operation: string): { input: string; output: string } | undefined {
  const op = operations[operation];
  return op ? { input: op.input.shape, output: op.output.shape } : undefined;
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

/**
 * Checks a value against a shape the way AWS services do before an operation runs: required members,
 * types, string lengths and patterns, enums, numeric and list bounds. Returns the problems found, each
 * naming the member's path ("QualificationRequirements.0.Comparator"). Unknown members are ignored,
 * as AWS services do, so a newer SDK's extra field does not break a call; `strict` (for checking our
 * own responses in tests) reports them.
 */
export function validateShape(shapeName: string, value: unknown, path = "", strict = false): string[] {
  const s = shape(shapeName);
  const at = path || "the request";
  switch (s.type) {
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${at} must be an object`];
      const obj = value as Record<string, unknown>;
      const problems: string[] = [];
      for (const name of s.required ?? []) {
        if (obj[name] === undefined || obj[name] === null) problems.push(`${join(path, name)} is required`);
      }
      for (const [name, member] of Object.entries(s.members ?? {})) {
        if (obj[name] === undefined || obj[name] === null) continue;
        problems.push(...validateShape(member.shape, obj[name], join(path, name), strict));
      }
      if (strict) for (const name of Object.keys(obj)) if (!s.members?.[name]) problems.push(`${join(path, name)} is not a member of ${shapeName}`);
      return problems;
    }
    case "list": {
      if (!Array.isArray(value)) return [`${at} must be a list`];
      const problems: string[] = [];
      if (s.min !== undefined && value.length < s.min) problems.push(`${at} must have at least ${s.min} item(s)`);
      if (s.max !== undefined && value.length > s.max) problems.push(`${at} must have at most ${s.max} item(s)`);
      value.forEach((item, i) => problems.push(...validateShape(s.member!.shape, item, `${at}.${i}`, strict)));
      return problems;
    }
    case "string": {
      if (typeof value !== "string") return [`${at} must be a string`];
      if (s.min !== undefined && value.length < s.min) return [`${at} must be at least ${s.min} character(s) long`];
      if (s.max !== undefined && value.length > s.max) return [`${at} must be at most ${s.max} characters long`];
      if (s.enum && !s.enum.includes(value)) return [`${at} must be one of ${s.enum.join(", ")}`];
      if (s.pattern && !patternOf(s.pattern).test(value)) return [`${at} must match the pattern ${s.pattern}`];
      return [];
    }
    case "integer":
    case "long": {
      if (typeof value !== "number" || !Number.isInteger(value)) return [`${at} must be a whole number`];
      if (s.min !== undefined && value < s.min) return [`${at} must be at least ${s.min}`];
      if (s.max !== undefined && value > s.max) return [`${at} must be at most ${s.max}`];
      return [];
    }
    case "double":
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? [] : [`${at} must be a number`];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${at} must be true or false`];
    case "timestamp":
      // AWS JSON 1.1 sends timestamps as epoch seconds.
      return typeof value === "number" && Number.isFinite(value) ? [] : [`${at} must be a time in epoch seconds`];
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
