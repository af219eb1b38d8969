// The RequestError an API call must fail with, for tests through the AWS SDK (in process or against the
// server): a call that succeeds, or fails any other way, fails the test.
import type { MTurkClient } from "@aws-sdk/client-mturk";

export type RequestErrorLike = { name: string; message: string; TurkErrorCode?: string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function requestErrorOf(client: MTurkClient, command: any): Promise<RequestErrorLike> {
  const outcome = await client.send(command).then(
    () => null,
    (e: RequestErrorLike) => e,
  );
  if (!outcome) throw new Error(`${command.constructor.name} succeeded; a RequestError was expected`);
  if (outcome.name !== "RequestError") throw new Error(`${command.constructor.name} failed with ${outcome.name} (${outcome.message}); a RequestError was expected`);
  return outcome;
}
