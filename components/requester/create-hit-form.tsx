"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCents } from "@/components/ui/format";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { hitCost, type FeeSchedule } from "@/lib/money/fees";
import { createHitAction } from "@/app/requester/actions";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";
import type { RequirementTypeChoice } from "@/lib/qualifications/requirements";
import { QuestionBuilder, newQuestion, toSpec, type BuilderQuestion } from "./question-builder";
import { RequirementsEditor, type EditorRow } from "./requirements-editor";
import { ReviewPolicyFields } from "./review-policy-fields";

const units = [
  { value: "minutes", label: "minutes" },
  { value: "hours", label: "hours" },
  { value: "days", label: "days" },
];

const questionModes = [
  { value: "build", label: "Build a form" },
  { value: "paste", label: "Paste QuestionForm, HTMLQuestion or ExternalQuestion XML" },
] as const;

function toCents(dollars: string): number | null {
  return /^[0-9]+(\.[0-9]{0,2})?$/.test(dollars.trim()) ? Math.round(Number(dollars) * 100) : null;
}

export function CreateHitForm({ schedule, availableCents, requirementChoices }: { schedule: FeeSchedule; availableCents: number; requirementChoices: RequirementTypeChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createHitAction, idleState);
  // Submitted by hand rather than through <form action>: React resets a form after its action, which
  // would put the requirement rows' selects back to their first option while their state stays put.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const [questions, setQuestions] = useState<BuilderQuestion[]>(() => [newQuestion("freetext")]);
  const [overview, setOverview] = useState("");
  // "paste" replaces the builder with a textarea for a Question document in any of MTurk's formats.
  const [questionMode, setQuestionMode] = useState<"build" | "paste">("build");
  const [questionXml, setQuestionXml] = useState("");
  const [reward, setReward] = useState("0.50");
  const [assignments, setAssignments] = useState("3");
  const [requirements, setRequirements] = useState<EditorRow[]>([]);
  const fe = state.fieldErrors ?? {};
  const v = (k: string, d: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : d);

  const rewardCents = toCents(reward);
  const n = Number(assignments);
  const masters = requirements.some((r) => r.qualificationTypeId === SYSTEM_QUALIFICATION_IDS.masters);
  const cost = rewardCents !== null && rewardCents > 0 && Number.isInteger(n) && n > 0 ? hitCost(rewardCents, n, masters, schedule) : null;

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <Card>
        <CardHeader title="What workers see in the list" />
        <CardBody className="space-y-4">
          <Input label="Title" name="title" required maxLength={128} defaultValue={v("title", "")} error={fe.title} hint="Short and specific, e.g. “Classify the sentiment of a product review”." />
          <Textarea label="Description" name="description" required rows={3} maxLength={2000} defaultValue={v("description", "")} error={fe.description} />
          <Input label="Keywords" name="keywords" defaultValue={v("keywords", "")} error={fe.keywords} hint="Comma-separated; they help workers find your HIT." />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Payment and timing" />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Input label="Reward per assignment (USD)" name="reward" inputMode="decimal" value={reward} onChange={(e) => setReward(e.target.value)} error={fe.reward ?? fe.rewardCents} />
          <Input label="Number of assignments" name="maxAssignments" type="number" min={1} value={assignments} onChange={(e) => setAssignments(e.target.value)} error={fe.maxAssignments} hint="How many different workers should do this HIT." />
          <div className="flex gap-2">
            <Input label="Time allotted per worker" name="duration" type="number" min={1} defaultValue={v("duration", "30")} error={fe.duration ?? fe.assignmentDurationSeconds} className="flex-1" />
            <Select label="Unit" name="durationUnit" options={units} defaultValue={v("durationUnit", "minutes")} />
          </div>
          <div className="flex gap-2">
            <Input label="HIT stays up for" name="lifetime" type="number" min={1} defaultValue={v("lifetime", "3")} error={fe.lifetime ?? fe.lifetimeSeconds} className="flex-1" />
            <Select label="Unit" name="lifetimeUnit" options={units} defaultValue={v("lifetimeUnit", "days")} />
          </div>
          <div className="flex gap-2">
            <Input label="Auto-approve after" name="autoApproval" type="number" min={0} defaultValue={v("autoApproval", "3")} error={fe.autoApproval ?? fe.autoApprovalDelaySeconds} className="flex-1" hint="Submitted work is approved and paid automatically after this." />
            <Select label="Unit" name="autoApprovalUnit" options={units} defaultValue={v("autoApprovalUnit", "days")} />
          </div>
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Worker requirements"
          description={
            masters
              ? `Only workers who meet every requirement get in. Requiring Masters adds ${schedule.mastersSurchargeBps / 100}% to the fee; the cost below includes it.`
              : "Only workers who meet every requirement get in: an approval rate, a location, Masters, or a qualification of your own."
          }
        />
        <CardBody>
          <RequirementsEditor choices={requirementChoices} rows={requirements} onChange={setRequirements} errors={fe} sectionError={fe.requirements} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Questions"
          description={
            questionMode === "build"
              ? "Build the form workers fill in. It is stored as MTurk QuestionForm XML."
              : "Paste the Question document you would send to MTurk's CreateHIT."
          }
        />
        <CardBody className="space-y-4">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">How do you want to give the questions?</legend>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {questionModes.map((m) => (
                <label key={m.value} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="questionMode" value={m.value} checked={questionMode === m.value} onChange={() => setQuestionMode(m.value)} className="h-4 w-4 accent-current" />
                  {m.label}
                </label>
              ))}
            </div>
          </fieldset>
          {questionMode === "build" ? (
            <>
              <Textarea label="Instructions (optional)" name="overview" rows={2} value={overview} onChange={(e) => setOverview(e.target.value)} hint="Shown above the questions." />
              <QuestionBuilder questions={questions} onChange={setQuestions} error={fe.questions ?? fe.questionSpec ?? fe.question} />
              <input type="hidden" name="questionSpec" value={JSON.stringify(toSpec(questions, overview))} />
            </>
          ) : (
            <Textarea
              label="Question XML"
              name="questionXml"
              rows={16}
              value={questionXml}
              onChange={(e) => setQuestionXml(e.target.value)}
              spellCheck={false}
              inputClassName="font-mono text-xs leading-snug"
              error={fe.questionXml ?? fe.question}
              hint="Up to 65,535 bytes. HTMLQuestion pages and ExternalQuestion URLs (https) submit to /mturk/externalSubmit with the assignmentId, as on MTurk."
            />
          )}
        </CardBody>
      </Card>

      <ReviewPolicyFields errors={fe} value={v} checked={(k) => state.values?.[k] !== undefined} />

      <Card>
        <CardHeader title="Cost" />
        <CardBody>
          {cost ? (
            <dl className="grid max-w-sm grid-cols-2 gap-y-1 text-sm" aria-live="polite">
              <dt className="text-muted">Rewards ({n} × {formatCents(cost.rewardCents)})</dt>
              <dd className="text-right tabular-nums">{formatCents(cost.totalRewardCents)}</dd>
              <dt className="text-muted">Fees ({n} × {formatCents(cost.feeCents)})</dt>
              <dd className="text-right tabular-nums">{formatCents(cost.totalFeeCents)}</dd>
              <dt className="font-semibold">Total held in escrow</dt>
              <dd className="text-right font-semibold tabular-nums">{formatCents(cost.totalCents)}</dd>
              <dt className="text-muted">Your available balance</dt>
              <dd className={`text-right tabular-nums ${cost.totalCents > availableCents ? "text-danger" : ""}`}>{formatCents(availableCents)}</dd>
            </dl>
          ) : (
            <p className="text-sm text-muted">Enter a reward and a number of assignments to see the cost.</p>
          )}
          {cost && cost.totalCents > availableCents && (
            <Alert tone="warning" className="mt-3">This HIT costs more than your available balance. Request a deposit on the Funds page first.</Alert>
          )}
        </CardBody>
      </Card>
      <SubmitButton pending={pending} pendingLabel="Publishing…">Publish HIT</SubmitButton>
    </form>
  );
}
