import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/fixtures";
import { escapeHtml, fillLayout, missingColumns, placeholdersOf } from "./layout";

describe("placeholdersOf", () => {
  it("lists each name once, in order of first use", () => {
    expect(placeholdersOf("<p>${b}</p><p>${a} ${b}</p>")).toEqual(["b", "a"]);
  });
  it("ignores what is not a placeholder", () => {
    expect(placeholdersOf("$5 ${} ${1x} ${ a } $text {x} ${ok_1}")).toEqual(["ok_1"]);
  });
  it("reads the sentiment fixture", () => {
    expect(placeholdersOf(fixture("projects/sentiment/layout.html"))).toEqual(["text", "source"]);
  });
});

describe("fillLayout", () => {
  it("escapes every value", () => {
    const html = fillLayout("<p title=\"${t}\">${t}</p>", { t: `<script>alert('x')</script> & "q"` });
    expect(html).toBe(
      "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>",
    );
    expect(html).not.toContain("<script");
  });
  it("leaves a value that looks like a placeholder literal (one pass)", () => {
    expect(fillLayout("${a}|${b}", { a: "${b}", b: "B" })).toBe("${b}|B");
  });
  it("fills a missing or empty value with nothing", () => {
    expect(fillLayout("[${a}][${b}]", { a: "" })).toBe("[][]");
  });
  it("keeps non-ASCII text and does not treat $ in values specially", () => {
    expect(fillLayout("${a}", { a: "Ça coûte $& 😞" })).toBe("Ça coûte $&amp; 😞");
  });
  it("does not read inherited properties as values", () => {
    expect(fillLayout("${constructor}", {})).toBe("");
  });
});

describe("missingColumns", () => {
  it("names the placeholders a CSV does not provide", () => {
    expect(missingColumns("${a} ${b} ${c}", ["b", "extra"])).toEqual(["a", "c"]);
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters", () => expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;"));
});

