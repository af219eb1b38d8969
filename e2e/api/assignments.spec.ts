// Reviewing work over the API against the production server: workers submit in the browser, the
// requester's script reads the answers (and the uploaded file), approves, rejects, pays a bonus, notifies
// and blocks, and the worker sees the money and the message on their own pages. Another requester's key
// finds none of it.
import { test, expect, type Page } from "@playwright/test";
import {
  ApproveAssignmentCommand,
  CreateHITCommand,
  CreateWorkerBlockCommand,
  DeleteWorkerBlockCommand,
  GetAccountBalanceCommand,
  GetAssignmentCommand,
  GetFileUploadURLCommand,
  ListAssignmentsForHITCommand,
  ListBonusPaymentsCommand,
  ListWorkerBlocksCommand,
  NotifyWorkersCommand,
  RejectAssignmentCommand,
  SendBonusCommand,
} from "@aws-sdk/client-mturk";
import { newPage, setServerClockOffset, shot, signIn } from "../helpers";
import { mturk, newRequester, newWorker } from "./sdk";

const QUESTION = `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Question>
    <QuestionIdentifier>color</QuestionIdentifier>
    <IsRequired>true</IsRequired>
    <QuestionContent><Text>What color is the parcel?</Text></QuestionContent>
    <AnswerSpecification><FreeTextAnswer/></AnswerSpecification>
  </Question>
  <Question>
    <QuestionIdentifier>photo</QuestionIdentifier>
    <IsRequired>true</IsRequired>
    <QuestionContent><Text>Upload a photo of the label</Text></QuestionContent>
    <AnswerSpecification><FileUploadAnswer><MaxFileSizeInBytes>1048576</MaxFileSizeInBytes><MinFileSizeInBytes>1</MinFileSizeInBytes></FileUploadAnswer></AnswerSpecification>
  </Question>
</QuestionForm>`;

const errorOf = (p: Promise<unknown>) => p.then(() => ({ name: "no error", TurkErrorCode: undefined }), (e) => e);

async function submitInBrowser(page: Page, title: string, color: string, file: string) {
  await page.goto(`/work?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page).toHaveURL(/\/work\/assignments\/[A-Z0-9]{30}$/);
  await page.getByLabel(/What color is the parcel/).fill(color);
  await page.getByLabel(/Upload a photo of the label/).setInputFiles({ name: "label.txt", mimeType: "text/plain", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Your work was submitted")).toBeVisible();
}

test("work submitted in the browser is read, approved, rejected, bonused and paid over the API", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const requester = await newRequester(20);
  const intruder = await newRequester(5);
  const wrk = await newWorker();
  // A second new worker, not the demo one: other specs count on the demo worker's clean record.
  const second = await newWorker();
  const api = mturk(baseURL!, requester);
  const other = mturk(baseURL!, intruder);
  const title = `Parcel colors ${Date.now().toString(36)}`;
  const { HIT } = await api.send(
    new CreateHITCommand({ Title: title, Description: "Say what color the parcel is.", Reward: "0.50", MaxAssignments: 2, LifetimeInSeconds: 3600, AssignmentDurationInSeconds: 600, Question: QUESTION }),
  );
  const hitId = HIT!.HITId!;

  // Two workers submit in the browser.
  const worker = await newPage(browser);
  await signIn(worker, wrk.email, wrk.password);
  await submitInBrowser(worker, title, "Dark green", "label: 42 Elm St");
  const secondPage = await newPage(browser);
  await signIn(secondPage, second.email, second.password);
  await submitInBrowser(secondPage, title, "no idea", "nothing");

  // The script reads both submissions with their answers.
  const listed = await api.send(new ListAssignmentsForHITCommand({ HITId: hitId }));
  expect(listed.NumResults).toBe(2);
  const mine = listed.Assignments!.find((a) => a.WorkerId === wrk.id)!;
  const theirs = listed.Assignments!.find((a) => a.WorkerId !== wrk.id)!;
  expect(mine).toMatchObject({ HITId: hitId, AssignmentStatus: "Submitted" });
  expect(mine.Answer).toContain("QuestionFormAnswers");
  expect(mine.Answer).toMatch(/<QuestionIdentifier>color<\/QuestionIdentifier>\s*<FreeText>Dark green<\/FreeText>/);
  expect(mine.SubmitTime!.getTime()).toBeGreaterThanOrEqual(mine.AcceptTime!.getTime());
  expect(Math.abs(mine.SubmitTime!.getTime() - Date.now())).toBeLessThan(120_000);
  const got = await api.send(new GetAssignmentCommand({ AssignmentId: mine.AssignmentId }));
  expect(got.Assignment).toEqual(mine);
  expect(got.HIT).toMatchObject({ HITId: hitId, Title: title, NumberOfAssignmentsCompleted: 0 });

  // The uploaded file, through a URL that works for 60 seconds.
  const { FileUploadURL } = await api.send(new GetFileUploadURLCommand({ AssignmentId: mine.AssignmentId, QuestionIdentifier: "photo" }));
  expect(FileUploadURL!.startsWith(`${baseURL}/api/uploads/`)).toBe(true);
  const file = await fetch(FileUploadURL!);
  expect(file.status).toBe(200);
  expect(await file.text()).toBe("label: 42 Elm St");
  setServerClockOffset(61_000);
  try {
    expect((await fetch(FileUploadURL!)).status).toBe(403);
  } finally {
    setServerClockOffset(0);
  }

  // Another requester's key finds none of it and changes nothing.
  // One call at a time: a rejection nobody awaits yet would count as unhandled.
  for (const call of [
    () => other.send(new GetAssignmentCommand({ AssignmentId: mine.AssignmentId })),
    () => other.send(new ApproveAssignmentCommand({ AssignmentId: mine.AssignmentId })),
    () => other.send(new RejectAssignmentCommand({ AssignmentId: mine.AssignmentId, RequesterFeedback: "no" })),
    () => other.send(new GetFileUploadURLCommand({ AssignmentId: mine.AssignmentId, QuestionIdentifier: "photo" })),
    () => other.send(new SendBonusCommand({ WorkerId: wrk.id, AssignmentId: mine.AssignmentId, BonusAmount: "1.00", Reason: "x" })),
    () => other.send(new ListBonusPaymentsCommand({ AssignmentId: mine.AssignmentId })),
  ]) {
    expect((await errorOf(call())).TurkErrorCode).toBe("AWS.MechanicalTurk.AssignmentDoesNotExist");
  }
  expect((await errorOf(other.send(new ListAssignmentsForHITCommand({ HITId: hitId })))).TurkErrorCode).toBe("AWS.MechanicalTurk.HITDoesNotExist");
  expect(await other.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "5.00" });

  // Approve one, reject the other; a second approval is refused.
  await api.send(new ApproveAssignmentCommand({ AssignmentId: mine.AssignmentId, RequesterFeedback: "Exactly right, thanks" }));
  await api.send(new RejectAssignmentCommand({ AssignmentId: theirs.AssignmentId, RequesterFeedback: "The answer does not name a color" }));
  expect((await errorOf(api.send(new ApproveAssignmentCommand({ AssignmentId: mine.AssignmentId })))).TurkErrorCode).toBe("AWS.MechanicalTurk.InvalidAssignmentState");
  const reviewed = await api.send(new ListAssignmentsForHITCommand({ HITId: hitId, AssignmentStatuses: ["Rejected"] }));
  expect(reviewed.Assignments!.map((a) => [a.AssignmentId, a.RequesterFeedback])).toEqual([[theirs.AssignmentId, "The answer does not name a color"]]);

  // A bonus, retried with its token, pays once.
  const bonus = { WorkerId: wrk.id, AssignmentId: mine.AssignmentId, BonusAmount: "1.25", Reason: "Clear photo", UniqueRequestToken: `bonus-${hitId}` };
  await api.send(new SendBonusCommand(bonus));
  expect((await errorOf(api.send(new SendBonusCommand(bonus)))).TurkErrorCode).toBe("AWS.MechanicalTurk.DuplicateRequest");
  const bonuses = await api.send(new ListBonusPaymentsCommand({ HITId: hitId }));
  expect(bonuses.BonusPayments!.map((b) => [b.WorkerId, b.BonusAmount, b.Reason])).toEqual([[wrk.id, "1.25", "Clear photo"]]);
  // $20 - 2 × $0.60 held + $0.60 released by the rejection - ($1.25 + $0.25 fee).
  expect(await api.send(new GetAccountBalanceCommand({}))).toMatchObject({ AvailableBalance: "17.90", OnHoldBalance: "0.00" });

  // The worker sees the reward and the bonus on their dashboard.
  await worker.goto("/work/dashboard");
  await expect(worker.getByText("Approved earnings").locator("..")).toContainText("$0.50");
  await expect(worker.getByText("Bonuses", { exact: true }).locator("..")).toContainText("$1.25");
  await shot(worker, "api-assignments-worker-dashboard");

  // A notification reaches the worker; an id that never worked here is reported, not messaged.
  const notified = await api.send(new NotifyWorkersCommand({ Subject: `More parcels ${hitId.slice(0, 6)}`, MessageText: "A new batch goes up tomorrow.", WorkerIds: [wrk.id, "A0000000000000"] }));
  expect(notified.NotifyWorkersFailureStatuses!.map((f) => [f.WorkerId, f.NotifyWorkersFailureCode])).toEqual([["A0000000000000", "HardFailure"]]);
  await worker.goto("/work/messages");
  await expect(worker.getByText(`More parcels ${hitId.slice(0, 6)}`)).toBeVisible();

  // Block and unblock; the other requester's list stays empty and their delete lifts nothing.
  await api.send(new CreateWorkerBlockCommand({ WorkerId: wrk.id, Reason: "Testing blocks" }));
  expect((await api.send(new ListWorkerBlocksCommand({}))).WorkerBlocks).toEqual([{ WorkerId: wrk.id, Reason: "Testing blocks" }]);
  expect((await other.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(0);
  await other.send(new DeleteWorkerBlockCommand({ WorkerId: wrk.id }));
  expect((await api.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(1);
  await api.send(new DeleteWorkerBlockCommand({ WorkerId: wrk.id, Reason: "Done testing" }));
  expect((await api.send(new ListWorkerBlocksCommand({}))).NumResults).toBe(0);
});
