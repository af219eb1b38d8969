import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { BatchProgressBar } from "@/components/requester/batch-progress";
import { requirePageUser } from "@/lib/auth/session";
import { listBatches } from "@/lib/batches/queries";
import { submissionsOverTime } from "@/lib/batches/activity";
import { isInterrupted } from "@/lib/batches/publish";
import { SubmissionsCard } from "@/components/requester/submissions-card";
import { bucketOf } from "./bucket";

export const metadata: Metadata = { title: "Batches" };

export default async function BatchesPage({ searchParams }: { searchParams: Promise<{ project?: string; bucket?: string }> }) {
  const { project, bucket: b } = await searchParams;
  const user = await requirePageUser("requester", "/requester/batches");
  const bucket = bucketOf(b);
  const [batches, series] = await Promise.all([listBatches(user.id, typeof project === "string" ? project : undefined), submissionsOverTime(user.id, bucket)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Batches" description="Each batch is one CSV published from a project: one HIT per row. Open one for its results." />
      {batches.length === 0 ? (
        <EmptyState title="No batches yet" description="Publish a batch from one of your projects: upload a CSV with a column for each placeholder of its layout." action={<ButtonLink href="/requester/projects">Go to projects</ButtonLink>} />
      ) : (
        <>
        <SubmissionsCard title="Submissions across your batches" series={series} bucket={bucket} href={(x) => `/requester/batches?bucket=${x}${typeof project === "string" ? `&project=${encodeURIComponent(project)}` : ""}`} />
        <Card>
          <Table caption="Your batches, newest first">
            <THead>
              <Tr>
                <Th>Batch</Th>
                <Th className="hidden md:table-cell">Project</Th>
                <Th>Status</Th>
                <Th className="text-right">HITs</Th>
                <Th>Progress</Th>
                <Th className="hidden md:table-cell">Published</Th>
              </Tr>
            </THead>
            <TBody>
              {batches.map((b) => (
                <Tr key={b.id}>
                  <Td><Link href={`/requester/batches/${b.id}`} className="font-medium underline-offset-2 hover:underline">{b.name}</Link></Td>
                  <Td className="hidden md:table-cell"><Link href={`/requester/projects/${b.project.id}`} className="underline-offset-2 hover:underline">{b.project.name}</Link></Td>
                  <Td><StatusBadge status={b.status} /></Td>
                  <Td className="text-right tabular-nums">{b.totalRows.toLocaleString("en-US")}</Td>
                  <Td>
                    {b.status === "Publishing" ? (
                      <span className="text-sm text-muted">{isInterrupted(b) ? "Interrupted: upload the file again" : `Writing ${b.publishedRows.toLocaleString("en-US")} of ${b.totalRows.toLocaleString("en-US")} rows`}</span>
                    ) : (
                      <BatchProgressBar progress={b.progress} />
                    )}
                  </Td>
                  <Td className="hidden md:table-cell">{b.publishedAt ? formatDateTime(b.publishedAt) : "—"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </Card>
        </>
      )}
    </div>
  );
}
