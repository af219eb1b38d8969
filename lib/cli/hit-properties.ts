// The HIT properties file of the legacy loadHITs, turned into CreateHIT parameters. Any value may use
// ${column} (the fixture's `annotation:sentiment-${source}`), so properties are filled per row.
import type { Comparator, HITAccessActions, QualificationRequirement } from "@aws-sdk/client-mturk";
import { UsageError } from "./args";
import type { Properties } from "./properties";
import { fillTemplate } from "./template";
import type { Row } from "./tab-file";

export type HitProperties = {
  Title: string;
  Description: string;
  Keywords?: string;
  Reward: string;
  MaxAssignments: number;
  AssignmentDurationInSeconds: number;
  LifetimeInSeconds: number;
  AutoApprovalDelayInSeconds?: number;
  RequesterAnnotation?: string;
  QualificationRequirements?: QualificationRequirement[];
};

// The legacy files wrote comparators in any case ("greaterthanorequalto"); the API wants MTurk's.
const COMPARATORS: Comparator[] = ["LessThan", "LessThanOrEqualTo", "GreaterThan", "GreaterThanOrEqualTo", "EqualTo", "NotEqualTo", "Exists", "DoesNotExist", "In", "NotIn"];

function comparator(text: string, n: string): Comparator {
  const found = COMPARATORS.find((c) => c.toLowerCase() === text.toLowerCase());
  if (!found) throw new UsageError(`qualification.comparator.${n} "${text}" is not one of ${COMPARATORS.join(", ")}`);
  return found;
}

function integer(props: Properties, key: string, fallback?: number): number {
  const text = props.get(key);
  if (text === undefined || text === "") {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`The properties need ${key}`);
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`${key} must be a whole number, not "${text}"`);
  return Number(text);
}

function required(props: Properties, key: string): string {
  const v = props.get(key);
  if (!v) throw new UsageError(`The properties need ${key}`);
  return v;
}

function locales(text: string) {
  // US, or US-NY for a subdivision, as the legacy locale values were written.
  return text.split(",").map((l) => {
    const [Country, Subdivision] = l.trim().toUpperCase().split("-");
    return Subdivision ? { Country, Subdivision } : { Country };
  });
}

/** qualification.N with its comparator, value(s), locale(s) and private flag, in N's order. */
export function qualificationRequirements(props: Properties): QualificationRequirement[] {
  const numbers = [...props.keys()].map((k) => /^qualification\.(\d+)$/.exec(k)?.[1]).filter((n): n is string => !!n);
  return numbers
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => {
      const req: QualificationRequirement = {
        QualificationTypeId: props.get(`qualification.${n}`)!,
        Comparator: comparator(props.get(`qualification.comparator.${n}`) ?? "Exists", n),
      };
      const value = props.get(`qualification.value.${n}`);
      if (value) req.IntegerValues = value.split(",").map((v) => Number(v.trim()));
      const locale = props.get(`qualification.locale.${n}`);
      if (locale) req.LocaleValues = locales(locale);
      // "private" was the legacy RequiredToPreview: unqualified workers may not even look at the HIT.
      const isPrivate = props.get(`qualification.private.${n}`)?.toLowerCase() === "true";
      req.ActionsGuarded = (isPrivate ? "PreviewAndAccept" : "Accept") satisfies HITAccessActions;
      return req;
    });
}

export function hitProperties(template: Properties, row: Row = {}): HitProperties {
  const props: Properties = new Map([...template].map(([k, v]) => [k, fillTemplate(v, row)]));
  const reward = required(props, "reward").replace(/^\$/, "");
  if (!/^\d+(\.\d{0,2})?$/.test(reward)) throw new UsageError(`reward must be dollars like 0.05, not "${reward}"`);
  const requirements = qualificationRequirements(props);
  return {
    Title: required(props, "title"),
    Description: required(props, "description"),
    Keywords: props.get("keywords") || undefined,
    Reward: reward,
    MaxAssignments: integer(props, "assignments", 1),
    AssignmentDurationInSeconds: integer(props, "assignmentduration"),
    LifetimeInSeconds: integer(props, "hitlifetime"),
    AutoApprovalDelayInSeconds: props.has("autoapprovaldelay") ? integer(props, "autoapprovaldelay") : undefined,
    RequesterAnnotation: props.get("annotation") || undefined,
    QualificationRequirements: requirements.length > 0 ? requirements : undefined,
  };
}
