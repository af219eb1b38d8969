import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UsageError } from "./args";
import { hitProperties } from "./hit-properties";
import { parseProperties } from "./properties";

const fixture = readFileSync("e2e/fixtures/mturk/clt/sentiment.properties", "utf8");

describe("properties files", () => {
  it("read key:value and key=value, skip comments, join continued lines, and lower-case keys", () => {
    const p = parseProperties("# comment\n! also\nTitle: A title \nreward=0.10\nlong:one \\\n   two\nempty:\n");
    expect(Object.fromEntries(p)).toEqual({ title: "A title", reward: "0.10", long: "one two", empty: "" });
  });

  it("turn the legacy sentiment properties into CreateHIT parameters, filled from the row", () => {
    expect(hitProperties(parseProperties(fixture), { source: "email", text: "hi" })).toEqual({
      Title: "Judge the sentiment of a short text",
      Description: "Read one or two sentences and say whether they are positive, neutral or negative.",
      Keywords: "sentiment, text, quick",
      Reward: "0.05",
      MaxAssignments: 3,
      AssignmentDurationInSeconds: 600,
      LifetimeInSeconds: 259200,
      AutoApprovalDelayInSeconds: 172800,
      RequesterAnnotation: "sentiment-email",
      QualificationRequirements: [
        { QualificationTypeId: "000000000000000000L0", Comparator: "GreaterThanOrEqualTo", IntegerValues: [90], ActionsGuarded: "Accept" },
        { QualificationTypeId: "00000000000000000071", Comparator: "EqualTo", LocaleValues: [{ Country: "US" }], ActionsGuarded: "Accept" },
      ],
    });
  });

  it("map a private qualification to PreviewAndAccept, several values and subdivisions, in N's numeric order", () => {
    const reqs = hitProperties(
      parseProperties(
        "title:t\ndescription:d\nreward:1\nassignmentduration:60\nhitlifetime:60\nqualification.10:B\nqualification.comparator.10:in\nqualification.locale.10:us-ny, CA\nqualification.2:A\nqualification.comparator.2:notin\nqualification.value.2:1, 2\nqualification.private.2:TRUE",
      ),
    ).QualificationRequirements;
    expect(reqs).toEqual([
      { QualificationTypeId: "A", Comparator: "NotIn", IntegerValues: [1, 2], ActionsGuarded: "PreviewAndAccept" },
      { QualificationTypeId: "B", Comparator: "In", LocaleValues: [{ Country: "US", Subdivision: "NY" }, { Country: "CA" }], ActionsGuarded: "Accept" },
    ]);
  });

  it("refuse a missing title, a bad reward, a non-number duration and an unknown comparator, by name", () => {
    const base = "title:t\ndescription:d\nreward:0.05\nassignmentduration:60\nhitlifetime:60\n";
    const message = (text: string) => {
      try {
        hitProperties(parseProperties(text));
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
    };
    expect(message(base.replace("title:t\n", ""))).toBe("The properties need title");
    expect(message(base.replace("0.05", "5 cents"))).toBe('reward must be dollars like 0.05, not "5 cents"');
    expect(message(base.replace("hitlifetime:60", "hitlifetime:3 days"))).toBe('hitlifetime must be a whole number, not "3 days"');
    expect(message(`${base}qualification.1:X\nqualification.comparator.1:bigger`)).toMatch(/^qualification.comparator.1 "bigger" is not one of LessThan/);
    expect(hitProperties(parseProperties(base.replace("0.05", "$1.5"))).Reward).toBe("1.5");
  });
});
