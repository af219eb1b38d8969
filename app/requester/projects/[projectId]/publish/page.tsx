import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { BatchUploadForm } from "@/components/requester/batch-upload-form";
import { requirePageUser } from "@/lib/auth/session";
import { projectOr404 } from "../../project-or-404";

export const metadata: Metadata = { title: "Publish a batch" };

export default async function PublishBatchPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser("requester", `/requester/projects/${projectId}/publish`);
  const project = await projectOr404(user.id, projectId);
  return (
    <div className="space-y-6">
      <PageHeader title={`Publish a batch: ${project.name}`} description="Every row of your CSV becomes one HIT. Nothing is published until you press Publish." backHref={`/requester/projects/${project.id}`} backLabel={project.name} />
      <BatchUploadForm projectId={project.id} placeholders={project.placeholders} />
    </div>
  );
}
