import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { formatDateTime } from "@/components/ui/format";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { listProjects } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requirePageUser("requester", "/requester/projects");
  const projects = await listProjects(user.id);
  const create = <ButtonLink href="/requester/projects/new">New project</ButtonLink>;
  return (
    <div className="space-y-6">
      <PageHeader title="Projects" description="A project is a HIT template: its properties and an HTML layout with ${column} placeholders. Publish it as a batch from a CSV file, one HIT per row." actions={create} />
      {projects.length === 0 ? (
        <EmptyState title="No projects yet" description="Start from a template (sentiment, image categorization, transcription, survey link) and publish hundreds of HITs from one CSV file." action={create} />
      ) : (
        <Card>
          <Table caption="Your projects">
            <THead>
              <Tr>
                <Th>Name</Th>
                <Th className="hidden md:table-cell">Columns</Th>
                <Th className="text-right">Reward</Th>
                <Th className="text-right">Assignments per HIT</Th>
                <Th className="text-right">Batches</Th>
                <Th className="hidden md:table-cell">Last edited</Th>
                <Th><span className="sr-only">Actions</span></Th>
              </Tr>
            </THead>
            <TBody>
              {projects.map((p) => (
                <Tr key={p.id}>
                  <Td>
                    <Link href={`/requester/projects/${p.id}`} className="font-medium underline-offset-2 hover:underline">{p.name}</Link>
                    <div className="text-xs text-muted">{p.title}</div>
                  </Td>
                  <Td className="hidden md:table-cell font-mono text-xs">{p.placeholders.join(", ") || "none"}</Td>
                  <Td className="text-right tabular-nums"><Money cents={p.rewardCents} /></Td>
                  <Td className="text-right tabular-nums">{p.assignmentsPerHit}</Td>
                  <Td className="text-right tabular-nums">{p.batches}</Td>
                  <Td className="hidden md:table-cell">{formatDateTime(p.updatedAt)}</Td>
                  <Td className="text-right">
                    <ButtonLink href={`/requester/projects/${p.id}/publish`} size="sm" variant="secondary" aria-label={`Publish a batch of ${p.name}`}>Publish a batch</ButtonLink>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </div>
  );
}
