// Builders for tests: real users, real deposits through the ledger, real HITs through the domain.
import { createUser } from "@/lib/auth/users";
import { requestDeposit, approveDeposit } from "@/lib/money/deposits";
import { createHit } from "@/lib/hits/mutations";
import type { CreateHitInput } from "@/lib/hits/schema";

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeAdmin() {
  return createUser({ email: `admin-${unique()}@test.example`, name: "Test Admin", password: "admin-password-123", isAdmin: true });
}

export async function makeWorker(name = "Test Worker") {
  return createUser({ email: `worker-${unique()}@test.example`, name, password: "worker-password-123", isWorker: true });
}

export async function makeRequester(fundsCents = 0, name = "Test Requester") {
  const user = await createUser({ email: `requester-${unique()}@test.example`, name, password: "requester-password-123", isRequester: true });
  if (fundsCents > 0) {
    const admin = await makeAdmin();
    const d = await requestDeposit(user.id, fundsCents, "test funds");
    await approveDeposit(admin.id, d.id);
  }
  return user;
}

export const simpleQuestionForm = `<?xml version="1.0" encoding="UTF-8"?>
<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Question>
    <QuestionIdentifier>color</QuestionIdentifier>
    <IsRequired>true</IsRequired>
    <QuestionContent><Text>What color is the sky?</Text></QuestionContent>
    <AnswerSpecification><FreeTextAnswer/></AnswerSpecification>
  </Question>
</QuestionForm>`;

export const simpleAnswerXml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd"><Answer><QuestionIdentifier>color</QuestionIdentifier><FreeText>blue</FreeText></Answer></QuestionFormAnswers>`;

export function hitInput(overrides: Partial<CreateHitInput> = {}): CreateHitInput {
  return {
    title: "Name the color",
    description: "Look at the sky and tell us its color",
    keywords: "color, sky",
    rewardCents: 50,
    maxAssignments: 3,
    assignmentDurationSeconds: 600,
    lifetimeSeconds: 3600,
    autoApprovalDelaySeconds: 3 * 24 * 3600,
    question: simpleQuestionForm,
    ...overrides,
  };
}

export async function makeHit(requesterId: string, overrides: Partial<CreateHitInput> = {}) {
  return (await createHit(requesterId, hitInput(overrides))).hit;
}
