// Malformed MTurk API requests for the abuse test, generated from AWS's own model with a seeded PRNG.
// Every request carries at least one defect (a missing or mistyped member, a huge string, a bad enum,
// an out-of-range number, broken Question XML, another requester's id, a broken envelope or a bad
// signature), so the only right answer to each is a 400 RequestError that changes nothing.
import { OPERATION_NAMES, TARGET_PREFIX, operationShapes, shape, type Shape } from "@/lib/api/model";
import { simpleQuestionForm } from "./factories";
import type { SignedRequestOptions } from "./signed-request";
import { rng } from "./rng";

/** Ids the bases point at: the caller's own objects, and another requester's. */
export type FuzzIds = {
  hitId: string;
  hitTypeId: string;
  assignmentId: string;
  qualificationTypeId: string;
  workerId: string;
  foreign: { hitId: string; hitTypeId: string; assignmentId: string; qualificationTypeId: string };
};

export type FuzzRequest = { defect: string; operation: string; request: SignedRequestOptions };


const future = () => Math.floor(Date.now() / 1000) + 7200;

/** Well-formed inputs over the caller's own objects: a defect added to one of these is the only defect. */
function validBases(ids: FuzzIds): Record<string, Record<string, unknown>> {
  const hit = { HITId: ids.hitId };
  const assignment = { AssignmentId: ids.assignmentId };
  const qual = { QualificationTypeId: ids.qualificationTypeId };
  const props = { Title: "Fuzzed title", Description: "A HIT the abuse test tries to create", Reward: "0.10", AssignmentDurationInSeconds: 600 };
  return {
    CreateHIT: { ...props, LifetimeInSeconds: 3600, MaxAssignments: 1, Question: simpleQuestionForm },
    CreateHITType: props,
    CreateHITWithHITType: { HITTypeId: ids.hitTypeId, LifetimeInSeconds: 3600, MaxAssignments: 1, Question: simpleQuestionForm },
    CreateAdditionalAssignmentsForHIT: { ...hit, NumberOfAdditionalAssignments: 1 },
    UpdateExpirationForHIT: { ...hit, ExpireAt: future() },
    UpdateHITReviewStatus: { ...hit, Revert: false },
    UpdateHITTypeOfHIT: { ...hit, HITTypeId: ids.hitTypeId },
    GetHIT: hit,
    ListAssignmentsForHIT: hit,
    ListBonusPayments: hit,
    GetAssignment: assignment,
    ApproveAssignment: { ...assignment, RequesterFeedback: "ok" },
    RejectAssignment: { ...assignment, RequesterFeedback: "not ok" },
    SendBonus: { WorkerId: ids.workerId, BonusAmount: "0.10", ...assignment, Reason: "thanks", UniqueRequestToken: "fuzz-bonus" },
    CreateQualificationType: { Name: "Fuzzed qualification", Description: "made by the abuse test", QualificationTypeStatus: "Active" },
    UpdateQualificationType: { ...qual, Description: "changed by the abuse test" },
    GetQualificationType: qual,
    AssociateQualificationWithWorker: { ...qual, WorkerId: ids.workerId, IntegerValue: 7, SendNotification: false },
    DisassociateQualificationFromWorker: { ...qual, WorkerId: ids.workerId, Reason: "fuzz" },
    GetQualificationScore: { ...qual, WorkerId: ids.workerId },
    ListWorkersWithQualificationType: qual,
    CreateWorkerBlock: { WorkerId: ids.workerId, Reason: "fuzz" },
    NotifyWorkers: { Subject: "Hello", MessageText: "A message from the abuse test", WorkerIds: [ids.workerId] },
  };
}

const ID_MEMBERS: Record<string, keyof FuzzIds["foreign"]> = {
  HITId: "hitId",
  HITTypeId: "hitTypeId",
  AssignmentId: "assignmentId",
  QualificationTypeId: "qualificationTypeId",
};

const PUBLIC_READS = new Set(["GetQualificationType", "ListHITsForQualificationType"]);

const BAD_XML = [
  "<QuestionForm>",
  "not xml at all",
  `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY e SYSTEM "file:///etc/passwd">]><QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">&e;</QuestionForm>`,
  `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><QuestionForm>&c;</QuestionForm>`,
  `<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd"><ExternalURL>javascript:alert(1)</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>`,
  `<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd"><FrameHeight>400</FrameHeight></HTMLQuestion>`,
  `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd"><Question><QuestionIdentifier>q</QuestionIdentifier></Question></QuestionForm>`,
  `<Unknown xmlns="urn:x"/>`,
];

/** A value of the right type for a shape: what a careless client might send. */
function sample(shapeName: string, rand: () => number, depth = 0): unknown {
  const s = shape(shapeName);
  switch (s.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const [name, m] of Object.entries(s.members ?? {})) {
        if (depth < 3 && ((s.required ?? []).includes(name) || rand() < 0.3)) out[name] = sample(m.shape, rand, depth + 1);
      }
      return out;
    }
    case "list":
      return depth < 3 ? [sample(s.member!.shape, rand, depth + 1)] : [];
    case "string":
      return s.enum ? s.enum[Math.floor(rand() * s.enum.length)] : `s${Math.floor(rand() * 1e6)}`;
    case "integer":
    case "long":
      return Math.floor(rand() * 100);
    case "double":
    case "float":
      return rand() * 100;
    case "boolean":
      return rand() < 0.5;
    case "timestamp":
      return future();
  }
}

function wrongTypeFor(s: Shape, rand: () => number): unknown {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  switch (s.type) {
    case "string":
      return pick([12345, true, { a: 1 }, ["x"]]);
    case "integer":
    case "long":
      return pick(["ten", 1.5, { n: 1 }, [1], true]);
    case "boolean":
      return pick(["yes", 1, {}]);
    case "list":
      return pick(["not a list", { 0: "x" }, 7]);
    case "structure":
      return pick(["x", [1, 2], 3, deepNest(2000)]);
    case "timestamp":
      return pick(["not a date", { t: 1 }, [1]]);
    default:
      return pick(["x", {}]);
  }
}

function deepNest(levels: number): unknown {
  let v: unknown = "bottom";
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

type Member = { name: string; shape: Shape; required: boolean };

function membersOf(operation: string): Member[] {
  const input = shape(operationShapes(operation)!.input);
  return Object.entries(input.members ?? {}).map(([name, m]) => ({ name, shape: shape(m.shape), required: (input.required ?? []).includes(name) }));
}

/**
 * Adds one defect to `input` (in place) and names it; null when this kind of defect does not apply
 * to the operation (the caller then draws another).
 */
function addDefect(kind: string, operation: string, input: Record<string, unknown>, ids: FuzzIds, rand: () => number): string | null {
  const members = membersOf(operation);
  const pick = <T,>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
  switch (kind) {
    case "missing": {
      const m = pick(members.filter((x) => x.required));
      if (!m) return null;
      delete input[m.name];
      return `no ${m.name}`;
    }
    case "wrong type": {
      const m = pick(members);
      if (!m) return null;
      input[m.name] = wrongTypeFor(m.shape, rand);
      return `${m.name} of the wrong type`;
    }
    case "huge string": {
      const m = pick(members.filter((x) => x.shape.type === "string" && !x.shape.enum));
      if (!m) return null;
      input[m.name] = "x".repeat(140_000);
      return `${m.name} of 140,000 characters`;
    }
    case "empty string": {
      const m = pick(members.filter((x) => x.required && x.shape.type === "string" && (x.shape.min ?? 0) >= 1));
      if (!m) return null;
      input[m.name] = "";
      return `empty ${m.name}`;
    }
    case "bad enum": {
      const m = pick(members.filter((x) => x.shape.enum));
      if (!m) return null;
      input[m.name] = "NotOneOfThem";
      return `${m.name} outside its enum`;
    }
    case "out of range": {
      const m = pick(members.filter((x) => (x.shape.type === "integer" || x.shape.type === "long") && (x.shape.min !== undefined || x.shape.max !== undefined)));
      if (!m) return null;
      input[m.name] = m.shape.min !== undefined && rand() < 0.5 ? m.shape.min - 1 - Math.floor(rand() * 1e6) : (m.shape.max ?? 1e15) + 1 + Math.floor(rand() * 1e6);
      return `${m.name} out of range`;
    }
    case "bad xml": {
      const m = pick(members.filter((x) => ["Question", "Test", "AnswerKey"].includes(x.name)));
      if (!m) return null;
      input[m.name] = pick(BAD_XML)!;
      if (m.name === "AnswerKey") input.Test = simpleQuestionForm;
      return `broken ${m.name} XML`;
    }
    case "foreign id": {
      // Qualification types are public: anyone may read one, and list their own HITs that use it.
      if (PUBLIC_READS.has(operation)) return null;
      const m = pick(members.filter((x) => ID_MEMBERS[x.name] && input[x.name] !== undefined));
      if (!m) return null;
      input[m.name] = ids.foreign[ID_MEMBERS[m.name]];
      return `another requester's ${m.name}`;
    }
    case "unknown id": {
      const m = pick(members.filter((x) => ID_MEMBERS[x.name] && x.required));
      if (!m) return null;
      input[m.name] = "3" + "Z".repeat(29);
      return `unknown ${m.name}`;
    }
  }
  return null;
}

const INPUT_DEFECTS = ["missing", "wrong type", "huge string", "empty string", "bad enum", "out of range", "bad xml", "foreign id", "unknown id"];
const ENVELOPE_DEFECTS = ["broken json", "not an object", "wrong content type", "no target", "unknown operation", "wrong secret", "stale signature"];

export function* malformedRequests(count: number, seed: number, ids: FuzzIds): Generator<FuzzRequest> {
  const rand = rng(seed);
  const bases = validBases(ids);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const target = (op: string) => `${TARGET_PREFIX}.${op}`;
  let made = 0;
  while (made < count) {
    // Most requests start from a well-formed input, so the defect is what must be caught.
    const operation = rand() < 0.7 ? pick(Object.keys(bases)) : pick(OPERATION_NAMES);
    const input = structuredClone(bases[operation] ?? (sample(operationShapes(operation)!.input, rand) as Record<string, unknown>));
    if (rand() < 0.15) {
      const kind = pick(ENVELOPE_DEFECTS);
      const body = JSON.stringify(input);
      const request: SignedRequestOptions = { target: target(operation), body };
      if (kind === "broken json") request.body = body.slice(0, Math.max(1, Math.floor(rand() * (body.length - 1))));
      if (kind === "not an object") request.body = pick(["[]", "null", "42", '"text"', "[{}]"]);
      if (kind === "wrong content type") request.contentType = pick(["application/json", "text/plain", "application/x-www-form-urlencoded", ""]);
      if (kind === "no target") delete request.target;
      if (kind === "unknown operation") request.target = pick([target("DropAllTables"), "MTurkRequesterServiceV20170117", `Other.${operation}`, target("")]);
      if (kind === "wrong secret") request.secretOverride = "not-the-secret";
      if (kind === "stale signature") request.signingDate = new Date(Date.now() - 20 * 60 * 1000);
      made++;
      yield { defect: kind, operation, request };
      continue;
    }
    const defect = addDefect(pick(INPUT_DEFECTS), operation, input, ids, rand);
    if (!defect) continue;
    made++;
    yield { defect, operation, request: { target: target(operation), body: JSON.stringify(input) } };
  }
}
