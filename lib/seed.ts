// Demo data for a fresh database: an admin, a requester with funds, two workers, and HITs in different
// states, so a newcomer lands in a living marketplace. Never touches a database that already has users.
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/auth/users";
import { requestDeposit, approveDeposit } from "@/lib/money/deposits";
import { createHit } from "@/lib/hits/mutations";
import { acceptHit, submitAssignment, approveAssignment } from "@/lib/assignments/mutations";
import { buildQuestionFormXml } from "@/lib/questions/question-form-builder";
import { answersToXml } from "@/lib/questions/answers";

export const DEMO_ACCOUNTS = [
  { role: "admin", email: "admin@piecework.local", password: "demo-admin-password" },
  { role: "requester", email: "requester@piecework.local", password: "demo-requester-password" },
  { role: "worker", email: "worker@piecework.local", password: "demo-worker-password" },
] as const;

const day = 24 * 3600;

export async function seedDemo(): Promise<"seeded" | "skipped"> {
  if ((await db.user.count()) > 0) return "skipped";
  const [adminAcc, requesterAcc, workerAcc] = DEMO_ACCOUNTS;
  const admin = await createUser({ email: adminAcc.email, password: adminAcc.password, name: "Ada Admin", isAdmin: true });
  const requester = await createUser({ email: requesterAcc.email, password: requesterAcc.password, name: "Riverside Research Lab", isRequester: true });
  const worker = await createUser({ email: workerAcc.email, password: workerAcc.password, name: "Wren Worker", isWorker: true });
  const worker2 = await createUser({ email: "sam@piecework.local", password: "demo-worker-password", name: "Sam Lee", isWorker: true });

  const deposit = await requestDeposit(requester.id, 500_00, "Demo funds");
  await approveDeposit(admin.id, deposit.id);
  await requestDeposit(requester.id, 250_00, "Wire transfer, waiting for an admin");

  const sentiment = buildQuestionFormXml({
    overview: "Read the product review and tell us how the customer feels.",
    questions: [
      { id: "sentiment", text: "“The blender is loud, but it crushes ice in seconds and cleans up easily.” How does the customer feel?", required: true, kind: "choice", style: "radiobutton", options: ["Positive", "Neutral", "Negative"] },
      { id: "reason", text: "In a few words, why?", required: false, kind: "freetext" },
    ],
  });
  const transcribe = buildQuestionFormXml({
    questions: [{ id: "transcript", text: "Type the street address exactly as written: “1600 Amphitheatre Pkwy, Mountain View, CA 94043”.", required: true, kind: "freetext" }],
  });
  const survey = buildQuestionFormXml({
    overview: "A two-minute survey about how you shop for groceries.",
    questions: [
      { id: "stores", text: "Where do you usually shop?", required: true, kind: "choice", style: "checkbox", options: ["Supermarket", "Farmers market", "Online delivery", "Corner shop"] },
      { id: "frequency", text: "How often do you shop?", required: true, kind: "choice", style: "dropdown", options: ["Daily", "A few times a week", "Weekly", "Less often"] },
      { id: "comments", text: "Anything else?", required: false, kind: "freetext", lines: 4 },
    ],
  });

  const base = { assignmentDurationSeconds: 15 * 60, lifetimeSeconds: 7 * day, autoApprovalDelaySeconds: 3 * day };
  const reviewed = await createHit(requester.id, { ...base, title: "Classify the sentiment of a product review", description: "Read one short review and pick positive, neutral or negative.", keywords: "sentiment, review, classification", rewardCents: 12, maxAssignments: 5, question: sentiment });
  await createHit(requester.id, { ...base, title: "Transcribe a street address", description: "Type an address exactly as shown. Takes under a minute.", keywords: "transcription, address, data entry", rewardCents: 8, maxAssignments: 10, question: transcribe });
  await createHit(requester.id, { ...base, title: "Grocery shopping habits survey", description: "Answer three quick questions about where and how often you buy groceries.", keywords: "survey, shopping", rewardCents: 40, maxAssignments: 20, question: survey });

  // Some history: one approved assignment, one awaiting review.
  const answer = (v: string) => answersToXml([{ questionIdentifier: "sentiment", selectionIdentifiers: [v] }, { questionIdentifier: "reason", freeText: "Loud but effective" }]);
  const a1 = await acceptHit(worker.id, reviewed.hit.id);
  await submitAssignment(worker.id, a1.id, answer("opt1"));
  await approveAssignment({ requesterId: requester.id }, a1.id, "Spot on, thank you!");
  const a2 = await acceptHit(worker2.id, reviewed.hit.id);
  await submitAssignment(worker2.id, a2.id, answer("opt2"));
  return "seeded";
}
