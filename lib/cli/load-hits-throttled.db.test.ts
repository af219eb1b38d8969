// loadHITs against a key whose rate limit it must exceed: several requests in flight, the real SDK and
// the API handler's own throttle (here 10 requests/s, bursts of 3). Every row must be created exactly
// once, the throttled requests sent again, and the output files in the input's order.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.PIECEWORK_API_RATE = "10";
  process.env.PIECEWORK_API_BURST = "3";
});

import { db } from "@/lib/db/client";
import { apiClientFor } from "@/lib/testing/api-client";
import { makeRequester } from "@/lib/testing/factories";
import { cliFor as cli } from "@/lib/testing/cli-runner";
import { readTable } from "./tab-file";

const fixtures = join(process.cwd(), "e2e/fixtures/mturk/clt");
const ROWS = 24;

describe("loadHITs under throttling", () => {
  it("keeps several requests in flight, retries the throttled ones, and writes rows in input order", async () => {
    const r = await makeRequester(100_00);
    const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
    writeFileSync(join(dir, "many.input"), "text\tsource\n" + Array.from({ length: ROWS }, (_, i) => `Text number ${i}\tsource ${i}`).join("\n") + "\n");
    const client = await apiClientFor(r.id); // the SDK's own retries are off (maxAttempts 1): these are the CLI's
    let inFlight = 0;
    let most = 0;
    let throttled = 0;
    const send = client.send.bind(client) as (c: unknown) => Promise<unknown>;
    client.send = (async (command: unknown) => {
      most = Math.max(most, ++inFlight);
      try {
        return await send(command);
      } catch (e) {
        if ((e as Error).name === "ThrottlingException") throttled++;
        throw e;
      } finally {
        inFlight--;
      }
    }) as typeof client.send;

    const res = await cli(client, dir)("loadHITs", "-input", "many.input", "-question", join(fixtures, "sentiment.question"), "-properties", join(fixtures, "sentiment.properties"), "-label", "many", "-concurrency", "6");

    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain(`${ROWS} HITs created, 0 already loaded, 0 failed`);
    expect(most).toBe(6);
    expect(throttled).toBeGreaterThan(0);
    expect(res.err).toContain(`The server asked to slow down ${throttled} times`);
    const loaded = readTable(join(dir, "many.success"));
    expect(loaded.rows.map((row) => row.source)).toEqual(Array.from({ length: ROWS }, (_, i) => `source ${i}`));
    const hits = await db.hIT.findMany({ where: { requesterId: r.id }, select: { id: true, requesterAnnotation: true } });
    expect(hits).toHaveLength(ROWS);
    const annotationOf = new Map(hits.map((h) => [h.id, h.requesterAnnotation]));
    for (const row of loaded.rows) expect(annotationOf.get(row.hitid)).toBe(`sentiment-${row.source}`);
    expect(readFileSync(join(dir, "many.failure"), "utf8")).toBe("text\tsource\terror\n");
  });

  it("refuses a concurrency outside 1 to 32 before creating anything", async () => {
    const r = await makeRequester(100_00);
    const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
    const res = await cli(await apiClientFor(r.id), dir)("loadHITs", "-input", join(fixtures, "sentiment.input"), "-question", join(fixtures, "sentiment.question"), "-properties", join(fixtures, "sentiment.properties"), "-concurrency", "0");
    expect(res.code).toBe(2);
    expect(res.err).toContain("-concurrency must be a whole number from 1 to 32");
    expect(await db.hIT.count({ where: { requesterId: r.id } })).toBe(0);
  });
});
