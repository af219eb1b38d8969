import { describe, expect, it } from "vitest";

process.env.PIECEWORK_SECRET_KEY ??= "file-links-unit-test-key";
const { FILE_LINK_SECONDS, fileLinkToken, readFileLink } = await import("./file-links");

const fileId = "F".repeat(30);
const requesterId = "A1234567890ABC";

describe("signed file links", () => {
  it("grant one file of one requester until 60 seconds after they are made, and not a moment longer", () => {
    const t0 = new Date("2026-03-01T12:00:00Z");
    const token = fileLinkToken(fileId, requesterId, t0);
    expect(FILE_LINK_SECONDS).toBe(60);
    expect(readFileLink(token, t0)).toEqual({ fileId, requesterId });
    expect(readFileLink(token, new Date(t0.getTime() + 59_999))).toEqual({ fileId, requesterId });
    expect(readFileLink(token, new Date(t0.getTime() + 60_000))).toBeNull();
  });

  it("refuse any change to what they grant or to their signature", () => {
    const t0 = new Date("2026-03-01T12:00:00Z");
    const [id, who, expiry, sig] = fileLinkToken(fileId, requesterId, t0).split(".");
    const otherRequester = "A1234567890ABD";
    expect(readFileLink([id, otherRequester, expiry, sig].join("."), t0)).toBeNull();
    expect(readFileLink([id, who, String(Number(expiry) + 1), sig].join("."), t0)).toBeNull();
    expect(readFileLink([id, who, expiry, sig.slice(0, -2)].join("."), t0)).toBeNull();
    expect(readFileLink([id, who, expiry].join("."), t0)).toBeNull();
    expect(readFileLink("", t0)).toBeNull();
  });
});
