// What the project form starts with: a starter template for a new project, or a saved project's values
// in the units a person would type (3 days rather than 259200 seconds).
import type { ProjectFormInitial } from "@/components/requester/project-form";
import type { Project } from "@/lib/projects/queries";
import { STARTER_TEMPLATES, starterTemplate } from "@/lib/projects/templates";
import type { Requirement } from "@/lib/qualifications/schema";
import { centsToDollars } from "@/lib/money/schema";

export function inUnits(seconds: number): [string, string] {
  if (seconds > 0 && seconds % 86_400 === 0) return [String(seconds / 86_400), "days"];
  if (seconds > 0 && seconds % 3600 === 0) return [String(seconds / 3600), "hours"];
  return [String(Math.round((seconds / 60) * 100) / 100), "minutes"];
}

function requirementRow(r: Requirement, key: number) {
  const value = r.localeValues?.length
    ? r.localeValues.map((l) => (l.subdivision ? `${l.country}-${l.subdivision}` : l.country)).join(", ")
    : (r.integerValues ?? []).join(" ");
  return { key, qualificationTypeId: r.qualificationTypeId, comparator: r.comparator, value, actionsGuarded: r.actionsGuarded ?? "Accept" };
}

export function newProjectInitial(templateId?: string): ProjectFormInitial {
  const t = starterTemplate(templateId) ?? STARTER_TEMPLATES[0];
  return {
    name: "",
    title: t.title,
    description: t.description,
    keywords: "",
    reward: "0.10",
    assignmentsPerHit: "3",
    duration: ["10", "minutes"],
    lifetime: ["3", "days"],
    autoApproval: ["3", "days"],
    layout: t.layout,
    sample: t.sample,
    requirements: [],
  };
}

export function projectInitial(p: Project, sample: Record<string, string> = {}): ProjectFormInitial {
  return {
    projectId: p.id,
    name: p.name,
    title: p.title,
    description: p.description,
    keywords: p.keywords,
    reward: centsToDollars(p.rewardCents),
    assignmentsPerHit: String(p.assignmentsPerHit),
    duration: inUnits(p.assignmentDurationSeconds),
    lifetime: inUnits(p.lifetimeSeconds),
    autoApproval: inUnits(p.autoApprovalDelaySeconds),
    layout: p.layout,
    sample: Object.fromEntries(p.placeholders.map((name) => [name, sample[name] ?? name])),
    requirements: p.qualificationRequirements.map((r, i) => requirementRow(r, 10_000 + i)),
  };
}
