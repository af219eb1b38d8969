import { describe, expect, it } from "vitest";
import { formattedContentToText, sanitizeFormattedContent } from "./formatted-content";

describe("sanitizeFormattedContent", () => {
  it("cleans the survey fixture's overview markup", () => {
    expect(
      sanitizeFormattedContent('<p>Read the <b>instructions</b> first. <a href="javascript:alert(1)">bad link</a><img src="x" onerror="alert(2)"></p>'),
    ).toBe('<p>Read the <b>instructions</b> first. <a rel="noopener noreferrer" target="_blank">bad link</a></p>');
  });

  it("removes scripts and styles with their content, frames, forms and embeds", () => {
    const out = sanitizeFormattedContent(
      '<p>a</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://evil.test"></iframe>' +
        '<form action="https://evil.test"><input name="x"><button>Go</button></form><object data="x"></object><embed src="y"><p>b</p>',
    );
    expect(out).toBe("<p>a</p>Go<p>b</p>");
  });

  it("removes event handlers and style attributes but keeps the element", () => {
    expect(sanitizeFormattedContent('<p onclick="steal()" style="position:fixed" class="x" id="y">Hi</p>')).toBe("<p>Hi</p>");
    expect(sanitizeFormattedContent('<img src="https://img.test/a.png" onerror="alert(1)" onload="x()" alt="A">')).toBe(
      '<img src="https://img.test/a.png" alt="A" />',
    );
  });

  it("drops javascript: and other script-capable URLs however they are spelled", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "jav&#x61;script:alert(1)", "vbscript:x", "data:text/html,<script>x</script>", "/relative", "//evil.test/x"]) {
      const out = sanitizeFormattedContent(`<a href="${href}">link</a>`);
      expect(out, href).toBe('<a rel="noopener noreferrer" target="_blank">link</a>');
    }
    expect(sanitizeFormattedContent('<img src="javascript:alert(1)" alt="x">')).toBe("");
    expect(sanitizeFormattedContent('<img src="data:text/html;base64,PHNjcmlwdD4=" alt="x">')).toBe("");
  });

  it("keeps allowed links with rel and target forced", () => {
    expect(sanitizeFormattedContent('<a href="https://example.com/a?b=1&amp;c=2" target="_self" rel="opener" title="T">x</a>')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" title="T" rel="noopener noreferrer" target="_blank">x</a>',
    );
    expect(sanitizeFormattedContent('<a href="mailto:help@example.com">mail</a>')).toBe(
      '<a href="mailto:help@example.com" rel="noopener noreferrer" target="_blank">mail</a>',
    );
    expect(sanitizeFormattedContent('<a href="http://example.com">x</a>')).toContain('href="http://example.com"');
  });

  it("keeps images from http, https and data:image with their size and alt text", () => {
    expect(sanitizeFormattedContent('<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" width="10" height="20">')).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" width="10" height="20" />',
    );
    expect(sanitizeFormattedContent('<img src="http://img.test/a.gif" alt="">')).toBe('<img src="http://img.test/a.gif" alt="" />');
  });

  it("keeps the allowed formatting, lists and tables", () => {
    const allowed =
      "<h1>T</h1><h2>t</h2><h6>s</h6><p>p<br />q</p><b>b</b><i>i</i><em>e</em><strong>s</strong><u>u</u>" +
      "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre><code>c</code></pre><sub>1</sub><sup>2</sup><hr />" +
      '<div><span>s</span></div><table><thead><tr><th colspan="2">h</th></tr></thead><tbody><tr><td rowspan="1">d</td><td>e</td></tr></tbody></table>';
    expect(sanitizeFormattedContent(allowed)).toBe(allowed);
  });
});

describe("formattedContentToText", () => {
  it("keeps the words, drops tags and script bodies, decodes entities", () => {
    expect(formattedContentToText("<p>Is <b>this</b> &amp; that &lt;ok&gt;?</p><script>alert(1)</script><p>Next</p>")).toBe(
      "Is this & that <ok>? Next",
    );
  });
});
