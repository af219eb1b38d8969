import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fillTemplate, missingColumns, xmlEscape } from "./template";
import { readTable } from "./tab-file";

const question = readFileSync("e2e/fixtures/mturk/clt/sentiment.question", "utf8");

describe("question templates", () => {
  it("fill ${column} from the row, XML-escaped, and leave the document valid XML for every fixture row", () => {
    const { rows } = readTable("e2e/fixtures/mturk/clt/sentiment.input");
    for (const row of rows) {
      const filled = fillTemplate(question, row, xmlEscape);
      expect(XMLValidator.validate(filled)).toBe(true);
      const html: string = new XMLParser().parse(filled).HTMLQuestion.HTMLContent;
      expect(html).toContain(`<blockquote>${xmlEscape(row.text)}</blockquote>`);
    }
    const tricky = fillTemplate(question, { text: `Tom & Jerry's <b>new</b> episode: 5 > 4?`, source: "a ]]> b" }, xmlEscape);
    expect(tricky).toContain("<blockquote>Tom &amp; Jerry&apos;s &lt;b&gt;new&lt;/b&gt; episode: 5 &gt; 4?</blockquote>");
    expect(tricky).toContain("Source: a ]]&gt; b");
    expect(XMLValidator.validate(tricky)).toBe(true);
  });

  it("keep non-ASCII text as it is", () => {
    expect(fillTemplate("<T>${text}</T>", { text: "Ça ne marche pas du tout… très déçu" }, xmlEscape)).toBe("<T>Ça ne marche pas du tout… très déçu</T>");
  });

  it("name the placeholders no column fills, and leave them in place", () => {
    expect(missingColumns(question, ["text"])).toEqual(["source"]);
    expect(missingColumns("${a} ${ a } ${b}", ["a"])).toEqual(["b"]);
    expect(fillTemplate("${a}-${b}", { a: "1" })).toBe("1-${b}");
  });
});
