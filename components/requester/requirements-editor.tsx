"use client";

// The create-HIT form's "Worker requirements": up to 10 rows of qualification, comparator, value and who
// is kept out, each read back as a sentence. The rows travel to the server as JSON in one hidden field,
// where the form schema parses them with the same rules the preview here uses.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ACTIONS_GUARDED_LABELS, COMPARATOR_LABELS, requirementSentence } from "@/lib/qualifications/describe";
import { ACTIONS_GUARDED, COMPARATORS, QUALIFICATION_LIMITS } from "@/lib/qualifications/schema";
import { SYSTEM_QUALIFICATION_IDS } from "@/lib/qualifications/system-ids";
import type { RequirementTypeChoice } from "@/lib/qualifications/requirements";
import {
  isLocaleType,
  LIST_COMPARATORS,
  LOCALE_COMPARATORS,
  MAX_REQUIREMENTS,
  parseRequirementRow,
  takesValue,
  type RequirementRow,
} from "@/app/requester/hits/new/requirement-rows";

export type EditorRow = RequirementRow & { key: number };

let nextKey = 1;

/** What a requester most often means by each system qualification; their own types start at "has it". */
const STARTING_POINT: Record<string, Pick<RequirementRow, "comparator" | "value">> = {
  [SYSTEM_QUALIFICATION_IDS.percentAssignmentsApproved]: { comparator: "GreaterThanOrEqualTo", value: "95" },
  [SYSTEM_QUALIFICATION_IDS.numberHitsApproved]: { comparator: "GreaterThanOrEqualTo", value: "100" },
  [SYSTEM_QUALIFICATION_IDS.locale]: { comparator: "EqualTo", value: "US" },
  [SYSTEM_QUALIFICATION_IDS.adult]: { comparator: "EqualTo", value: "1" },
  [SYSTEM_QUALIFICATION_IDS.masters]: { comparator: "Exists", value: "" },
};

export const newRequirementRow = (): EditorRow => ({ key: nextKey++, qualificationTypeId: "", comparator: "GreaterThanOrEqualTo", value: "", actionsGuarded: "Accept" });

/** The rows without their React keys: what the hidden field carries. */
export const serialiseRows = (rows: EditorRow[]) => JSON.stringify(rows.map(({ key: _key, ...row }) => row));

function valueHint(row: RequirementRow): string {
  const list = LIST_COMPARATORS.includes(row.comparator as never);
  if (isLocaleType(row.qualificationTypeId)) {
    return list
      ? `Two-letter country codes separated by commas, such as US, CA-ON (up to ${QUALIFICATION_LIMITS.localeSetMax}).`
      : "A two-letter country code such as US, or US-CA for one subdivision.";
  }
  return list ? `Whole numbers separated by commas (up to ${QUALIFICATION_LIMITS.integerSetMax}).` : "A whole number.";
}

type RowErrors = Partial<Record<keyof RequirementRow, string>>;

function RequirementFields({ row, index, choices, errors, onChange, onRemove }: {
  row: EditorRow;
  index: number;
  choices: RequirementTypeChoice[];
  errors: RowErrors;
  onChange: (patch: Partial<RequirementRow>) => void;
  onRemove: () => void;
}) {
  const id = `requirement-${row.key}`;
  const locale = isLocaleType(row.qualificationTypeId);
  const comparators = locale ? LOCALE_COMPARATORS : COMPARATORS;
  const name = choices.find((c) => c.id === row.qualificationTypeId)?.name;
  const preview = name ? parseRequirementRow(row) : null;
  const pickType = (typeId: string) => onChange({ qualificationTypeId: typeId, ...(STARTING_POINT[typeId] ?? { comparator: "Exists", value: "" }) });

  return (
    <li className="rounded-xl border border-border bg-surface-muted/40 p-4">
      <fieldset className="space-y-3">
        {/* The legend stays the fieldset's first child so that it names the group; floated to share a line with Remove. */}
        <legend className="float-left pt-1.5 text-sm font-semibold">Requirement {index + 1}</legend>
        <div className="flex justify-end">
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove requirement ${index + 1}`}>
            Remove
          </Button>
        </div>
        <div className="clear-both grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.4fr)]">
          <Select label="Qualification" name={`${id}-type`} id={`${id}-type`} value={row.qualificationTypeId} onChange={(e) => pickType(e.target.value)} error={errors.qualificationTypeId}>
            <option value="" disabled>
              Choose a qualification
            </option>
            <optgroup label="Piecework qualifications">
              {choices.filter((c) => c.system).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </optgroup>
            {choices.some((c) => !c.system) && (
              <optgroup label="Your qualifications">
                {choices.filter((c) => !c.system).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </optgroup>
            )}
          </Select>
          <Select
            label="Comparator"
            name={`${id}-comparator`}
            id={`${id}-comparator`}
            value={row.comparator}
            onChange={(e) => onChange({ comparator: e.target.value })}
            options={comparators.map((c) => ({ value: c, label: COMPARATOR_LABELS[c] }))}
            error={errors.comparator}
          />
          {takesValue(row.comparator) ? (
            <Input
              label="Value"
              name={`${id}-value`}
              id={`${id}-value`}
              value={row.value}
              onChange={(e) => onChange({ value: e.target.value })}
              inputMode={locale ? "text" : LIST_COMPARATORS.includes(row.comparator as never) ? "text" : "numeric"}
              autoCapitalize={locale ? "characters" : undefined}
              spellCheck={false}
              hint={valueHint(row)}
              error={errors.value}
            />
          ) : (
            // Keeps the grid's columns in place; "has it" compares no value.
            <p className="self-center text-sm text-muted sm:pt-6">No value needed.</p>
          )}
          <Select
            label="Who is kept out"
            name={`${id}-guard`}
            id={`${id}-guard`}
            value={row.actionsGuarded}
            onChange={(e) => onChange({ actionsGuarded: e.target.value })}
            options={ACTIONS_GUARDED.map((g) => ({ value: g, label: ACTIONS_GUARDED_LABELS[g] }))}
            hint="What workers who don't qualify can't do."
            error={errors.actionsGuarded}
          />
        </div>
        <p className="text-sm" id={`${id}-sentence`}>
          {!name ? (
            <span className="text-muted">Choose a qualification to see this requirement in words.</span>
          ) : preview?.ok ? (
            requirementSentence(name, preview.requirement)
          ) : (
            <span className="text-muted">Finish the value to see this requirement in words.</span>
          )}
        </p>
      </fieldset>
    </li>
  );
}

export function RequirementsEditor({ choices, rows, onChange, errors, sectionError }: {
  choices: RequirementTypeChoice[];
  rows: EditorRow[];
  onChange: (rows: EditorRow[]) => void;
  /** The form's field errors, keyed requirements.<row>.<field>. */
  errors: Record<string, string>;
  sectionError?: string;
}) {
  // Errors are keyed by row position; once a row is removed they would land on the wrong rows.
  const [staleErrors, setStaleErrors] = useState<Record<string, string> | null>(null);
  const full = rows.length >= MAX_REQUIREMENTS;
  const add = () => onChange([...rows, newRequirementRow()]);
  const remove = (key: number) => {
    setStaleErrors(errors);
    onChange(rows.filter((r) => r.key !== key));
  };
  const rowErrors = (i: number): RowErrors => {
    const out: RowErrors = {};
    if (staleErrors === errors) return out;
    for (const field of ["qualificationTypeId", "comparator", "value", "actionsGuarded"] as const) {
      const message = errors[`requirements.${i}.${field}`];
      if (message) out[field] = message;
    }
    return out;
  };
  const addButton = (
    <Button variant="secondary" onClick={add} disabled={full}>
      Add requirement
    </Button>
  );

  return (
    <div className="space-y-4">
      <input type="hidden" name="requirements" value={serialiseRows(rows)} />
      {sectionError && (
        <p className="text-sm font-medium text-danger" role="alert">
          {sectionError}
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No requirements" description="Any worker can find, preview and accept this HIT." action={addButton} className="py-8" />
      ) : (
        <>
          <ol className="space-y-4" aria-label="Worker requirements">
            {rows.map((row, i) => (
              <RequirementFields
                key={row.key}
                row={row}
                index={i}
                choices={choices}
                errors={rowErrors(i)}
                onChange={(patch) => onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))}
                onRemove={() => remove(row.key)}
              />
            ))}
          </ol>
          <div className="flex flex-wrap items-center gap-3">
            {addButton}
            <span className="text-sm text-muted">{full ? `That is the most a HIT can have (${MAX_REQUIREMENTS}).` : `${rows.length} of up to ${MAX_REQUIREMENTS}.`}</span>
          </div>
        </>
      )}
    </div>
  );
}
