import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectForm } from "@/components/requester/project-form";
import { requirePageUser } from "@/lib/auth/session";
import { requirementTypeChoices } from "@/lib/qualifications/requirements";
import { newProjectInitial } from "../form-initial";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  const { template } = await searchParams;
  const user = await requirePageUser("requester", "/requester/projects/new");
  return (
    <div className="space-y-6">
      <PageHeader title="New project" description="Set what every HIT of a batch shares, and the layout each CSV row fills." backHref="/requester/projects" backLabel="Projects" />
      <ProjectForm initial={newProjectInitial(template)} requirementChoices={await requirementTypeChoices(user.id)} />
    </div>
  );
}
