import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ProjectForm } from "@/components/requester/project-form";
import { requirePageUser } from "@/lib/auth/session";
import { projectOr404 } from "../project-or-404";
import { requirementTypeChoices } from "@/lib/qualifications/requirements";
import { projectInitial } from "../form-initial";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ notice?: string }> }) {
  const [{ projectId }, { notice }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser("requester", `/requester/projects/${projectId}`);
  const project = await projectOr404(user.id, projectId);
  return (
    <div className="space-y-6">
      <PageHeader
        title={project.name}
        description={project.title}
        backHref="/requester/projects"
        backLabel="Projects"
        actions={
          <>
            <ButtonLink href={`/requester/batches?project=${project.id}`} variant="secondary">Batches</ButtonLink>
            <ButtonLink href={`/requester/projects/${project.id}/publish`}>Publish a batch</ButtonLink>
          </>
        }
      />
      <Notice code={notice} />
      <ProjectForm initial={projectInitial(project)} requirementChoices={await requirementTypeChoices(user.id)} />
    </div>
  );
}
