import { describe, it, expect } from "vitest";
import { attachmentHeaders, contentDisposition } from "./attachment";

describe("attachment headers", () => {
  it("always downloads as opaque bytes", () => {
    expect(attachmentHeaders("report.html", 12)).toMatchObject({
      "Content-Type": "application/octet-stream",
      "Content-Disposition": 'attachment; filename="report.html"; filename*=UTF-8\'\'report.html',
      "Content-Length": "12",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("keeps quotes, line breaks and non-ASCII out of the plain filename, and the exact name in filename*", () => {
    const h = contentDisposition('a"b\r\nc\\d résumé (1).pdf');
    expect(h).toBe(`attachment; filename="a_b__c_d r_sum_ (1).pdf"; filename*=UTF-8''a%22b%0D%0Ac%5Cd%20r%C3%A9sum%C3%A9%20%281%29.pdf`);
    expect(h).not.toMatch(/[\r\n]/);
    expect(contentDisposition("")).toBe(`attachment; filename="download"; filename*=UTF-8''`);
  });
});
