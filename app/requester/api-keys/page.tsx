import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { Table, THead, TBody, Tr, Th, Td } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format";
import { CreateApiKeyForm, RevokeApiKeyDialog } from "@/components/requester/api-key-forms";
import { requirePageUser } from "@/lib/auth/session";
import { requestOrigin } from "@/lib/request-origin";
import { apiKeysOf, MAX_LIVE_KEYS } from "@/lib/api/keys";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requirePageUser("requester", "/requester/api-keys");
  const [keys, origin, { notice }] = await Promise.all([apiKeysOf(user.id), headers().then(requestOrigin), searchParams]);
  const live = keys.filter((k) => !k.revokedAt).length;
  const boto3 = `import boto3\n\nmturk = boto3.client(\n    "mturk",\n    region_name="us-east-1",\n    endpoint_url="${origin}",\n    aws_access_key_id="<access key id>",\n    aws_secret_access_key="<secret access key>",\n)\nprint(mturk.get_account_balance()["AvailableBalance"])`;
  return (
    <div className="space-y-6">
      <PageHeader title="API keys" description="Run your existing MTurk code against Piecework: boto3, the AWS SDKs and the AWS CLI work with only the endpoint changed." />
      <Notice code={notice} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <CardHeader title="Create a key" description={`You can hold ${MAX_LIVE_KEYS} active keys; create a new one before revoking an old one to rotate without downtime.`} />
          <CardBody><CreateApiKeyForm /></CardBody>
        </Card>
        <Card className="min-w-0">
          <CardHeader title="Connect" description="Any region name works; the endpoint is this site." />
          <CardBody className="space-y-3 text-sm">
            <p>Endpoint: <code className="rounded bg-surface-muted px-1.5 py-0.5 font-mono">{origin}</code> (or <code className="font-mono">{origin}/api/mturk</code>)</p>
            <pre className="overflow-x-auto rounded-lg border border-border bg-surface-muted p-3 font-mono text-xs" aria-label="boto3 example">{boto3}</pre>
            <pre className="overflow-x-auto rounded-lg border border-border bg-surface-muted p-3 font-mono text-xs" aria-label="AWS CLI example">{`aws mturk get-account-balance --endpoint-url ${origin} --region us-east-1`}</pre>
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader title="Your keys" description={`${live} active`} />
        {keys.length === 0 ? (
          <CardBody><EmptyState title="No API keys yet" description="Create one above to call Piecework from your scripts." /></CardBody>
        ) : (
          <Table caption="API keys">
            <THead><Tr><Th>Access key id</Th><Th>Label</Th><Th>Created (UTC)</Th><Th>Last used (UTC)</Th><Th>Status</Th><Th><span className="sr-only">Actions</span></Th></Tr></THead>
            <TBody>
              {keys.map((k) => (
                <Tr key={k.accessKeyId}>
                  <Td className="font-mono text-sm">{k.accessKeyId}</Td>
                  <Td className="text-sm">{k.label ?? <span className="text-muted">—</span>}</Td>
                  <Td className="whitespace-nowrap text-sm">{formatDateTime(k.createdAt)}</Td>
                  <Td className="whitespace-nowrap text-sm">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : <span className="text-muted">never</span>}</Td>
                  <Td>{k.revokedAt ? <Badge tone="neutral">Revoked {formatDateTime(k.revokedAt)}</Badge> : <Badge tone="success">Active</Badge>}</Td>
                  <Td className="text-right">{!k.revokedAt && <RevokeApiKeyDialog accessKeyId={k.accessKeyId} />}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
