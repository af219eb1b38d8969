// Everything of a paginated list operation, page after page: analysts' files cover whole batches.
import { ListAssignmentsForHITCommand, type MTurkClient } from "@aws-sdk/client-mturk";
export async function allPages<T, R extends { NextToken?: string }>(fetchPage: (nextToken?: string) => Promise<R>, items: (page: R) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    all.push(...(items(page) ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}

/** The assignments of a HIT that wait for review. */
export async function submittedAssignmentIds(client: MTurkClient, HITId: string): Promise<string[]> {
  const list = await allPages(
    (NextToken) => client.send(new ListAssignmentsForHITCommand({ HITId, NextToken, MaxResults: 100, AssignmentStatuses: ["Submitted"] })),
    (p) => p.Assignments,
  );
  return list.map((a) => a.AssignmentId!);
}
