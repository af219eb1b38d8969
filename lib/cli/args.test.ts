import { describe, expect, it } from "vitest";
import { UsageError, parseArgs, type OptionSpec } from "./args";

const specs: OptionSpec[] = [
  { name: "input", value: "file", help: "", required: true },
  { name: "score", value: "n", help: "" },
  { name: "assignment", value: "ids", help: "" },
  { name: "force", help: "" },
];

describe("parseArgs", () => {
  it("takes the legacy single-dash options, double dashes, -name=value, and names in any case", () => {
    const a = parseArgs(["-input", "a.input", "--force", "-Score=-3", "-ASSIGNMENT", "A1, A2,,A3"], specs);
    expect([a.get("input"), a.has("force"), a.get("score"), a.list("assignment")]).toEqual(["a.input", true, "-3", ["A1", "A2", "A3"]]);
    expect(a.has("assignment") && !a.has("nothing")).toBe(true);
  });

  it("takes a value that starts with a dash as the value, so negative scores pass", () => {
    expect(parseArgs(["-input", "x", "-score", "-5"], specs).get("score")).toBe("-5");
  });

  it("refuses unknown options, stray words, missing values and missing required options, naming them", () => {
    const fails = (argv: string[]) => {
      try {
        parseArgs(argv, specs);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error("parsed");
    };
    expect(fails(["-input", "x", "-inptu", "y"])).toBe("Unknown option -inptu");
    expect(fails(["-input", "x", "stray"])).toMatch(/Unexpected argument "stray"/);
    expect(fails(["-input"])).toBe("-input needs a value (file)");
    expect(fails(["-force"])).toBe("Missing -input file");
    expect(fails(["-input", "x", "-force=yes"])).toBe("-force takes no value");
  });

  it("need() names the option that is missing or empty", () => {
    const a = parseArgs(["-input", "x", "-score", ""], specs);
    expect(() => a.need("score")).toThrow("Missing -score");
  });
});
