import { fixture } from "@/lib/testing/fixtures";
import { describe, expect, it } from "vitest";
import { DEFAULT_FRAME_HEIGHT } from "./frame-question-reader";
import { PREVIEW_ASSIGNMENT_ID, frameSrc, questionFrame } from "./frame-src";

const HIT = "3HIT0000000000000000000000000A";
const html = fixture("questions/htmlquestion.xml");
const external = fixture("questions/externalquestion.xml").replace("EXTERNAL_BASE", "https://tasks.example.com/t");
const base = { hitId: HIT, workerId: "AWORKER0000001", origin: "https://piecework.example" };

describe("frameSrc", () => {
  it("points an HTMLQuestion at our frame route with the four MTurk parameters", () => {
    const src = frameSrc({ ...base, kind: "HTMLQuestion", question: html, assignmentId: "3ASG0000000000000000000000000B" });
    expect(src).toBe(
      `/mturk/frame/${HIT}?assignmentId=3ASG0000000000000000000000000B&hitId=${HIT}&workerId=AWORKER0000001&turkSubmitTo=https%3A%2F%2Fpiecework.example`,
    );
  });

  it("appends the parameters to an ExternalURL, keeping its own query", () => {
    const src = new URL(frameSrc({ ...base, kind: "ExternalQuestion", question: external, assignmentId: PREVIEW_ASSIGNMENT_ID }));
    expect(src.origin + src.pathname).toBe("https://tasks.example.com/t/external-task.html");
    expect([...src.searchParams]).toEqual([
      ["batch", "7"],
      ["lang", "en"],
      ["assignmentId", "ASSIGNMENT_ID_NOT_AVAILABLE"],
      ["hitId", HIT],
      ["workerId", "AWORKER0000001"],
      ["turkSubmitTo", "https://piecework.example"],
    ]);
  });

  it("replaces, rather than repeats, a parameter the ExternalURL already has", () => {
    const question = external.replace("batch=7", "assignmentId=forged");
    const src = new URL(frameSrc({ ...base, kind: "ExternalQuestion", question, assignmentId: "3ASG0000000000000000000000000B" }));
    expect(src.searchParams.getAll("assignmentId")).toEqual(["3ASG0000000000000000000000000B"]);
  });

  it("gives the frame height, with the tall default for FrameHeight 0", () => {
    expect(questionFrame({ ...base, kind: "HTMLQuestion", question: html, assignmentId: PREVIEW_ASSIGNMENT_ID }).height).toBe(450);
    expect(questionFrame({ ...base, kind: "ExternalQuestion", question: external, assignmentId: PREVIEW_ASSIGNMENT_ID }).height).toBe(
      DEFAULT_FRAME_HEIGHT,
    );
  });
});
