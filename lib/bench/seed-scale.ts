// Seeds a marketplace at scale for benchmarks: REQUESTERS requesters with funds, GROUPS HIT types and
// HITS HITs, written in bulk (createMany) but with the same shape and money the domain would produce: each
// requester's deposit and escrow are real balanced ledger transactions, and every figure the HIT groups
// page reads is set as the domain keeps it. Usage: tsx lib/bench/seed-scale.ts [--hits N] [--groups N]
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { newId, newUserId } from "@/lib/ids";
import { now, addSeconds } from "@/lib/clock";
import { accountId, userAccounts } from "@/lib/money/accounts";
import { hitCost } from "@/lib/money/fees";
import { hashPassword } from "@/lib/auth/password";
import { propertiesHash } from "@/lib/hits/hit-types";
import { searchTextOf, estimateHourlyCents } from "@/lib/hits/group-stats";
import { buildQuestionFormXml } from "@/lib/questions/question-form-builder";

const WORDS = ["image", "sentiment", "transcribe", "survey", "receipt", "audio", "label", "classify", "translate", "verify", "address", "product", "review", "bird", "street", "invoice", "medical", "tweet", "video", "search"];

export async function seedScale(opts: { requesters: number; groups: number; hits: number; workers: number; password: string }) {
  const t = now();
  const question = buildQuestionFormXml({ questions: [{ id: "answer", text: "Your answer", required: true, kind: "freetext" }] });
  const passwordHash = await hashPassword(opts.password);
  const chunk = async <T,>(rows: T[], size: number, write: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
  };

  const requesters = Array.from({ length: opts.requesters }, (_, i) => ({ id: newUserId(), email: `bench-requester-${i}@bench.local`, name: `Bench Requester ${i}`, passwordHash, isRequester: true, createdAt: t }));
  const workers = Array.from({ length: opts.workers }, (_, i) => ({ id: newUserId(), email: `bench-worker-${i}@bench.local`, name: `Bench Worker ${i}`, passwordHash, isWorker: true, createdAt: t }));
  await chunk([...requesters, ...workers], 500, (part) => db.user.createMany({ data: part }));
  await chunk([...requesters, ...workers].flatMap((u) => userAccounts(u.id)), 1000, (part) => db.ledgerAccount.createMany({ data: part }));

  const hitsPerGroup = Math.ceil(opts.hits / opts.groups);
  const types = Array.from({ length: opts.groups }, (_, g) => {
    const r = requesters[g % requesters.length];
    const w1 = WORDS[g % WORDS.length];
    const w2 = WORDS[(g * 7 + 3) % WORDS.length];
    const props = { title: `${w1} task ${g}`, description: `Help us ${w2} items, batch ${g}.`, keywords: `${w1}, ${w2}`, rewardCents: 5 + ((g * 37) % 200), assignmentDurationSeconds: 300 + ((g * 13) % 3300), autoApprovalDelaySeconds: 3 * 86_400 };
    return { ...props, id: newId(), requesterId: r.id, requesterName: r.name };
  });
  await chunk(types, 500, (part) =>
    db.hITType.createMany({
      data: part.map(({ requesterName, ...p }) => ({
        ...p,
        propertiesHash: propertiesHash(p),
        createdAt: t,
        hitsAvailable: hitsPerGroup,
        latestHitAt: t,
        lastExpiresAt: addSeconds(t, 7 * 86_400),
        searchText: searchTextOf(p, requesterName),
        estHourlyCents: estimateHourlyCents(p.rewardCents, null, p.assignmentDurationSeconds).cents,
      })),
    }),
  );

  const escrowByRequester = new Map<string, number>();
  const hits = types.flatMap((type) =>
    Array.from({ length: hitsPerGroup }, (_, i) => {
      const cost = hitCost(type.rewardCents, 3, false);
      escrowByRequester.set(type.requesterId, (escrowByRequester.get(type.requesterId) ?? 0) + cost.totalCents);
      return {
        id: newId(),
        hitTypeId: type.id,
        requesterId: type.requesterId,
        questionType: "QuestionForm",
        question,
        maxAssignments: 3,
        rewardCents: cost.rewardCents,
        feeCents: cost.feeCents,
        escrowCents: cost.totalCents,
        lifetimeSeconds: 7 * 86_400,
        createdAt: new Date(t.getTime() - i * 1000),
        expiresAt: addSeconds(t, 7 * 86_400),
        status: "Assignable",
        numAvailable: 3,
      };
    }),
  );
  await chunk(hits, 1000, (part) => db.hIT.createMany({ data: part }));

  // Money: a deposit per requester covering their escrow plus spare, then one escrow transaction.
  for (const r of requesters) {
    const escrow = escrowByRequester.get(r.id) ?? 0;
    const deposit = escrow + 100_000;
    const depositId = newId();
    await db.deposit.create({ data: { id: depositId, requesterId: r.id, amountCents: deposit, status: "Approved", createdAt: t, decidedAt: t } });
    const txs = [
      { kind: "deposit", memo: "Bench funds", entries: [[accountId.external, -deposit], [accountId.requesterAvailable(r.id), deposit]] as const, depositId },
      { kind: "hit_escrow", memo: "Bench HITs", entries: [[accountId.requesterAvailable(r.id), -escrow], [accountId.requesterEscrow(r.id), escrow]] as const, depositId: null },
    ];
    for (const tx of txs) {
      const id = newId();
      await db.ledgerTransaction.create({ data: { id, kind: tx.kind, memo: tx.memo, createdAt: t, depositId: tx.depositId } });
      await db.ledgerEntry.createMany({ data: tx.entries.map(([acct, amount]) => ({ id: newId(), transactionId: id, accountId: acct, amountCents: amount, createdAt: t })) });
      for (const [acct, amount] of tx.entries) await db.ledgerAccount.update({ where: { id: acct }, data: { balance: { increment: amount } } });
    }
  }
  return { requesters: requesters.length, workers: workers.map((w) => w.email), groups: types.length, hits: hits.length, sampleTypeIds: types.slice(0, 50).map((x) => x.id) };
}

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  const { values } = parseArgs({ options: { hits: { type: "string" }, groups: { type: "string" }, requesters: { type: "string" }, workers: { type: "string" }, out: { type: "string" } } });
  const started = Date.now();
  const result = await seedScale({
    hits: Number(values.hits ?? 100_000),
    groups: Number(values.groups ?? 10_000),
    requesters: Number(values.requesters ?? 500),
    workers: Number(values.workers ?? 100),
    password: "bench-password-123",
  });
  console.log(`bench: seeded ${result.hits} HITs in ${result.groups} groups from ${result.requesters} requesters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (values.out) (await import("node:fs")).writeFileSync(values.out, JSON.stringify(result));
  await db.$disconnect();
}
