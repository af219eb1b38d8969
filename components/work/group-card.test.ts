import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GroupCard, type HitGroup } from "./group-card";

const now = new Date("2026-11-29T12:00:00Z");
const group: HitGroup = {
  locked: false,
  hitTypeId: "3ABCDEFGHIJKLMNOPQRSTUVWXYZ012",
  title: "Label <birds> & trees",
  description: "Say which bird is in the photo.",
  keywords: "bird, label",
  rewardCents: 125,
  assignmentDurationSeconds: 5400,
  requesterId: "A1",
  requesterName: "Ornithology Lab",
  hitsAvailable: 1234,
  createdAt: now,
  expiresAt: new Date(now.getTime() + 3 * 86_400_000),
  hourlyCents: 1850,
  hourlyBasis: "median",
};
const render = (g: HitGroup) => renderToStaticMarkup(createElement("ul", null, createElement(GroupCard, { group: g, now })));
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("GroupCard", () => {
  it("shows the group's facts, formatted on the server", () => {
    const t = text(render(group));
    for (const s of ["Label <birds> & trees", "by Ornithology Lab", "$1.25", "per assignment", "≈ $18.50/h", "measured", "Time allotted: 1 h 30 min", "HITs available: 1234", "Expires: in 3 days", "Keywords: bird, label"]) expect(t).toContain(s);
  });

  it("links the title and a named Preview button to the group, escaping what requesters wrote", () => {
    const html = render(group);
    expect(html.match(/href="\/work\/groups\/3ABCDEFGHIJKLMNOPQRSTUVWXYZ012"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Preview Label &lt;birds&gt; &amp; trees"');
    expect(html).not.toContain("<birds>");
  });

  it("says when the hourly pay is only an estimate from the time allotted, and leaves out what is unknown", () => {
    const html = render({ ...group, hourlyBasis: "allotted", expiresAt: null, keywords: "" });
    expect(html).toContain("from time allotted");
    expect(html).toContain("Reward over the time allotted (no submissions yet)");
    expect(html).not.toContain("data-measured");
    expect(text(html)).not.toContain("Expires:");
    expect(text(html)).not.toContain("Keywords:");
  });
});
