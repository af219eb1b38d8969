import { fixture } from "@/lib/testing/fixtures";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/questions/answers";
import { buildQuestionFormXml } from "@/lib/questions/question-form-builder";
import { parseQuestionForm, type QuestionForm } from "@/lib/questions/question-form";
import { QuestionFormView, type QuestionFormViewProps } from "./question-form-view";

const survey = parseQuestionForm(
  fixture("questions/questionform-survey.xml"),
);

const render = (props: QuestionFormViewProps) => renderToStaticMarkup(createElement(QuestionFormView, props));

/** The opening tag of the element with this id. */
function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html);
  expect(match, `element #${id}`).not.toBeNull();
  return match![0];
}

describe("QuestionFormView", () => {
  const html = render({ form: survey });

  it("renders content and questions in document order", () => {
    const order = ["Household survey", "Read the <b>instructions</b>", "How old are you?", "Your 5-digit ZIP code", "How many people", "Which devices", ">State<", "recent receipt", ">Comments<"];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).not.toContain("<form");
  });

  it("injects FormattedContent only after sanitizing it", () => {
    expect(html).toContain('<a rel="noopener noreferrer" target="_blank">bad link</a>');
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("onerror");
  });

  it("names inputs by QuestionIdentifier and picks the control the answer type asks for", () => {
    expect(tagWithId(html, "qf-q1-input")).toMatch(/^<input type="text"[^>]*inputMode="numeric"[^>]*name="age"/);
    expect(tagWithId(html, "qf-q2-input")).toMatch(/maxLength="5"[^>]*name="zip"/);
    expect(html.match(/<input type="radio"[^>]*name="household"/g)).toHaveLength(4);
    expect(html.match(/<input type="checkbox"[^>]*name="devices"/g)).toHaveLength(6);
    expect(html).toMatch(/<input type="checkbox"[^>]*name="devices"[^>]*value="__other__"/);
    expect(html).toMatch(/<input type="text"[^>]*aria-label="Other \(please specify\)"[^>]*name="devices.other"/);
    expect(tagWithId(html, "qf-q5-input")).toMatch(/^<select id="qf-q5-input" name="state"/);
    expect(html).toContain('<option value="CA">California</option>');
    expect(tagWithId(html, "qf-q6-input")).toMatch(/^<input type="file"[^>]*name="receipt"/);
    expect(tagWithId(html, "qf-q7-input")).toMatch(/^<textarea[^>]*name="comments"[^>]*rows="4"/);
  });

  it("labels every control and groups choices in a fieldset with a legend", () => {
    expect(html).toMatch(/<label id="qf-q1-label" for="qf-q1-input"[^>]*><span[^>]*>How old are you\?<\/span><span aria-hidden="true" class="text-danger"> \*<\/span><span class="sr-only"> \(required\)<\/span><\/label>/);
    expect(html).toMatch(/<fieldset[^>]*><legend id="qf-q3-label"[^>]*><span[^>]*>How many people live in your household\?<\/span>/);
    expect(html).toContain('<label for="qf-q3-option3" class="min-w-0"><span class="whitespace-pre-line">3 or 4</span></label>');
    expect(html).toMatch(/<label id="qf-q7-label" for="qf-q7-input"[^>]*><span[^>]*>Comments<\/span><\/label>/);
    expect(html).toContain('<p id="qf-q4-hint" class="text-sm text-muted">Choose up to 3.</p>');
    expect(tagWithId(html, "qf-q4-hint")).toBe('<p id="qf-q4-hint" class="text-sm text-muted">');
    expect(html).toContain(">Files up to 1 MB.</p>");
    expect(html).toContain(">A number from 18 to 120.</p>");
  });

  it("shows field errors with aria-invalid and aria-describedby, and keeps what the worker typed", () => {
    const fields = { age: "17", zip: "02139", household: "h3", devices: ["phone", "__other__"], "devices.other": "", comments: "Line 1\nLine <2>" };
    const result = validateAnswers(survey, { fields });
    expect(result.ok).toBe(false);
    const withErrors = render({ form: survey, values: fields, fieldErrors: result.ok ? {} : result.fieldErrors });

    const age = tagWithId(withErrors, "qf-q1-input");
    expect(age).toContain('aria-invalid="true"');
    expect(age).toContain('aria-describedby="qf-q1-hint qf-q1-error"');
    expect(age).toContain('value="17"');
    expect(withErrors).toContain('<p id="qf-q1-error" class="text-sm font-medium text-danger">Enter a number from 18 to 120.</p>');

    const other = tagWithId(withErrors, "qf-q4-other");
    expect(other).toContain('aria-invalid="true"');
    expect(other).toContain('aria-describedby="qf-q4-other-error"');
    expect(withErrors).toContain(`<p id="qf-q4-other-error" class="text-sm font-medium text-danger">Describe your &quot;Other&quot; answer.</p>`);

    expect(tagWithId(withErrors, "qf-q3-option3")).toContain('checked=""');
    expect(tagWithId(withErrors, "qf-q3-option1")).not.toContain("checked");
    expect(tagWithId(withErrors, "qf-q4-option1")).toContain('checked=""');
    expect(tagWithId(withErrors, "qf-q4-other-choice")).toContain('checked=""');
    expect(tagWithId(withErrors, "qf-q2-input")).toContain('value="02139"');
    expect(tagWithId(withErrors, "qf-q2-input")).not.toContain("aria-invalid");
    expect(withErrors).toContain(">Line 1\nLine &lt;2&gt;</textarea>");
  });

  it("disables every control for a preview", () => {
    const preview = render({ form: survey, disabled: true });
    const controls = preview.match(/<(input|select|textarea)\b[^>]*>/g) ?? [];
    // age, zip, 4 radios, 5 checkboxes + Other, the Other text, the state select, the file, the comments.
    expect(controls.length).toBe(16);
    for (const control of controls) expect(control).toContain('disabled=""');
    expect(html).not.toContain('disabled=""');
  });

  it("renders list, multichooser, combobox and drop-down Other the accessible way", () => {
    const form: QuestionForm = parseQuestionForm(
      buildQuestionFormXml({
        questions: [
          { id: "l", text: "List", required: false, kind: "choice", style: "list", options: ["a", "b", "c"], maxSelections: 2 },
          { id: "m", text: "Chooser", required: false, kind: "choice", style: "multichooser", options: ["a", "b"] },
          { id: "c", text: "City", required: true, kind: "choice", style: "combobox", options: ["Paris", "Berlin"], allowOther: true },
          { id: "d", text: "Pet", required: false, kind: "choice", style: "dropdown", options: ["Cat", "Dog"], allowOther: true },
          { id: "n", text: "Temperature", required: false, kind: "freetext", numeric: { min: -50, max: 50 } },
        ],
      }),
    );
    const out = render({ form, values: { l: ["opt1", "opt2"], c: "Lyon", d: "__other__", "d.other": "Axolotl" } });
    expect(tagWithId(out, "qf-q1-input")).toMatch(/^<select id="qf-q1-input" name="l" multiple="" size="3"/);
    expect(out).toMatch(/<option value="opt1" selected="">a<\/option><option value="opt2" selected="">b<\/option><option value="opt3">c<\/option>/);
    expect(out).toContain(">Choose up to 2. Hold Ctrl (Cmd on a Mac) to choose several.</p>");
    expect(out.match(/<input type="checkbox"[^>]*name="m"/g)).toHaveLength(2);
    const combobox = tagWithId(out, "qf-q3-input");
    expect(combobox).toMatch(/^<input type="text"[^>]*list="qf-q3-suggestions"/);
    expect(combobox).toContain('name="c" value="Lyon"');
    expect(out).toContain('<datalist id="qf-q3-suggestions"><option value="Paris"></option><option value="Berlin"></option></datalist>');
    expect(out).toContain('<option value="__other__" selected="">Other (please specify below)</option>');
    expect(out).toMatch(/<label for="qf-q4-other"[^>]*>If other, please specify<\/label><input type="text" id="qf-q4-other"[^>]*name="d.other" value="Axolotl"/);
    // Negative numbers are allowed, so the digits-only keypad (which has no minus sign) is not asked for.
    expect(tagWithId(out, "qf-q5-input")).toContain('inputMode="text"');
  });

  it("shows images with their alt text and lists from question content", () => {
    const form = parseQuestionForm(
      `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd"><Question><QuestionIdentifier>q</QuestionIdentifier><QuestionContent><Text>Look:</Text><Binary><MimeType><Type>image</Type><SubType>png</SubType></MimeType><DataURL>https://img.test/cat.png</DataURL><AltText>A sleeping cat</AltText></Binary><List><ListItem>one</ListItem><ListItem>two</ListItem></List></QuestionContent><AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>`,
    );
    const out = render({ form });
    expect(out).toContain('<img src="https://img.test/cat.png" alt="A sleeping cat"');
    expect(out).toContain("<ul class=\"list-disc space-y-1 pl-6\"><li>one</li><li>two</li></ul>");
    // The image and list follow the label and describe the input.
    expect(tagWithId(out, "qf-q1-input")).toContain('aria-describedby="qf-q1-content"');
    expect(out.indexOf(">Look:</span>")).toBeLessThan(out.indexOf("<img"));
  });
});
