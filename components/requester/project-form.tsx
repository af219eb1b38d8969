"use client";

// The project editor: HIT properties, worker requirements, and the layout with the placeholders it uses
// and a live preview filled from a sample row the requester can edit.
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { idleState, type FormState } from "@/lib/auth/form-state";
import { placeholdersOf } from "@/lib/projects/layout";
import { STARTER_TEMPLATES } from "@/lib/projects/templates";
import type { RequirementTypeChoice } from "@/lib/qualifications/requirements";
import { saveProjectAction } from "@/app/requester/projects/actions";
import { RequirementsEditor, type EditorRow } from "./requirements-editor";
import { LayoutPreview } from "./layout-preview";

const units = [
  { value: "minutes", label: "minutes" },
  { value: "hours", label: "hours" },
  { value: "days", label: "days" },
];

/** What the form starts with: a starter template for a new project, the saved values when editing. */
export interface ProjectFormInitial {
  projectId?: string;
  name: string;
  title: string;
  description: string;
  keywords: string;
  reward: string;
  assignmentsPerHit: string;
  duration: [string, string];
  lifetime: [string, string];
  autoApproval: [string, string];
  layout: string;
  sample: Record<string, string>;
  requirements: EditorRow[];
}

export function ProjectForm({ initial, requirementChoices }: { initial: ProjectFormInitial; requirementChoices: RequirementTypeChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveProjectAction, idleState);
  // Submitted by hand: React resets a form after its action, which would lose the layout being edited.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const [layout, setLayout] = useState(initial.layout);
  const [sample, setSample] = useState<Record<string, string>>(initial.sample);
  const [requirements, setRequirements] = useState<EditorRow[]>(initial.requirements);
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const placeholders = useMemo(() => placeholdersOf(layout), [layout]);
  const fe = state.fieldErrors ?? {};
  const v = (k: string, d: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : d);

  const applyTemplate = (id: string) => {
    const t = STARTER_TEMPLATES.find((x) => x.id === id);
    if (!t) return;
    setLayout(t.layout);
    setSample(t.sample);
    setTitle(t.title);
    setDescription(t.description);
  };

  return (
    <form onSubmit={submit} className="space-y-6" noValidate aria-label="Project">
      {initial.projectId && <input type="hidden" name="projectId" value={initial.projectId} />}
      {state.status === "error" && <Alert tone="danger">{state.message}</Alert>}
      <Card>
        <CardHeader title="Project" description="Only you see the name. Workers see the title, description and keywords." />
        <CardBody className="space-y-4">
          <Input label="Project name" name="name" required maxLength={128} defaultValue={v("name", initial.name)} error={fe.name} />
          <Input label="Title" name="title" required maxLength={128} value={title} onChange={(e) => setTitle(e.target.value)} error={fe.title} />
          <Textarea label="Description" name="description" required rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} error={fe.description} />
          <Input label="Keywords" name="keywords" defaultValue={v("keywords", initial.keywords)} error={fe.keywords} hint="Comma-separated; they help workers find your HITs." />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Payment and timing" description="Every HIT of a batch gets these." />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Input label="Reward per assignment (USD)" name="reward" inputMode="decimal" defaultValue={v("reward", initial.reward)} error={fe.reward ?? fe.rewardCents} />
          <Input label="Assignments per HIT" name="assignmentsPerHit" type="number" min={1} defaultValue={v("assignmentsPerHit", initial.assignmentsPerHit)} error={fe.assignmentsPerHit} hint="How many different workers do each row." />
          {(
            [
              ["duration", "Time allotted per worker", initial.duration, fe.duration ?? fe.assignmentDurationSeconds],
              ["lifetime", "HITs stay up for", initial.lifetime, fe.lifetime ?? fe.lifetimeSeconds],
              ["autoApproval", "Auto-approve after", initial.autoApproval, fe.autoApproval ?? fe.autoApprovalDelaySeconds],
            ] as const
          ).map(([name, label, [amount, unit], error]) => (
            <div key={name} className="flex gap-2">
              <Input label={label} name={name} type="number" min={0} defaultValue={v(name, amount)} error={error} className="flex-1" />
              <Select label="Unit" id={`${name}Unit`} name={`${name}Unit`} options={units} defaultValue={v(`${name}Unit`, unit)} />
            </div>
          ))}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Worker requirements" description="Only workers who meet every requirement get in." />
        <CardBody>
          <RequirementsEditor choices={requirementChoices} rows={requirements} onChange={setRequirements} errors={fe} sectionError={fe.requirements} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Layout" description="HTML for one HIT. Write ${column} where a CSV column's value goes; values are HTML-escaped. Without a <form> of your own, we add one with a Submit button." />
        <CardBody className="space-y-4">
          {!initial.projectId && (
            <Select
              label="Start from a template"
              name="template"
              defaultValue=""
              onChange={(e) => applyTemplate(e.target.value)}
              options={[{ value: "", label: "Keep what is below" }, ...STARTER_TEMPLATES.map((t) => ({ value: t.id, label: t.label }))]}
            />
          )}
          <Textarea
            label="Layout HTML"
            name="layout"
            rows={16}
            value={layout}
            onChange={(e) => setLayout(e.target.value)}
            spellCheck={false}
            inputClassName="font-mono text-xs leading-snug"
            error={fe.layout}
          />
          <div aria-live="polite" className="text-sm">
            {placeholders.length === 0 ? (
              <p className="text-muted">No placeholders yet: every HIT of a batch would look the same.</p>
            ) : (
              <p>
                Your CSV needs {placeholders.length === 1 ? "this column" : "these columns"}:{" "}
                {placeholders.map((p) => (
                  <code key={p} className="mr-1 rounded bg-surface-muted px-1.5 py-0.5 text-xs">{p}</code>
                ))}
              </p>
            )}
          </div>
          {placeholders.length > 0 && (
            <fieldset className="grid gap-3 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-medium">Sample row for the preview</legend>
              {placeholders.map((p) => (
                <Input key={p} label={p} name={`sample.${p}`} id={`sample-${p}`} value={sample[p] ?? ""} onChange={(e) => setSample({ ...sample, [p]: e.target.value })} />
              ))}
            </fieldset>
          )}
          <div>
            <h3 className="mb-2 text-sm font-medium">Preview</h3>
            <LayoutPreview layout={layout} row={sample} title="Preview of one HIT" />
          </div>
        </CardBody>
      </Card>
      <SubmitButton pending={pending} pendingLabel="Saving…">Save project</SubmitButton>
    </form>
  );
}
