// makeTemplate: a starting set of the three files loadHITs reads, for a new project, written out
// rather than explained, because analysts learn the formats by editing a working example.
import { existsSync, writeFileSync } from "node:fs";
import { UsageError } from "./args";
import type { Verb } from "./verb";

const INPUT = "text\tsource\nThe battery lasts two days and charges fast.\tproduct review\nWaited 45 minutes, then they closed.\trestaurant review\n";

const PROPERTIES = `# HIT properties for loadHITs; values may use \${column} from the input file.
title:Judge the sentiment of a short text
description:Read one or two sentences and say whether they are positive, neutral or negative.
keywords:sentiment, text
reward:0.05
assignments:3
annotation:\${source}
# seconds: 10 minutes to do it, listed for 3 days, approved automatically after 2 days
assignmentduration:600
hitlifetime:259200
autoapprovaldelay:172800
# Workers with at least 90% of their work approved
#qualification.1:000000000000000000L0
#qualification.comparator.1:GreaterThanOrEqualTo
#qualification.value.1:90
`;

const QUESTIONS: Record<string, string> = {
  html: `<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
  <HTMLContent><![CDATA[
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
  <form name="mturk_form" method="post" id="mturk_form" action="https://www.mturk.com/mturk/externalSubmit">
    <input type="hidden" name="assignmentId" id="assignmentId" value="">
    <p>Source: \${source}</p>
    <blockquote>\${text}</blockquote>
    <label><input type="radio" name="sentiment" value="positive"> Positive</label>
    <label><input type="radio" name="sentiment" value="neutral"> Neutral</label>
    <label><input type="radio" name="sentiment" value="negative"> Negative</label>
    <input type="submit" value="Submit">
  </form>
  <script>
    var m = /[?&]assignmentId=([^&]*)/.exec(location.search);
    document.getElementById('assignmentId').value = m ? decodeURIComponent(m[1]) : '';
    var t = /[?&]turkSubmitTo=([^&]*)/.exec(location.search);
    if (t) document.getElementById('mturk_form').action = decodeURIComponent(t[1]) + '/mturk/externalSubmit';
  </script>
</body></html>
]]></HTMLContent>
  <FrameHeight>400</FrameHeight>
</HTMLQuestion>
`,
  questionform: `<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Overview><Text>Source: \${source}</Text></Overview>
  <Question>
    <QuestionIdentifier>sentiment</QuestionIdentifier>
    <IsRequired>true</IsRequired>
    <QuestionContent><Text>\${text}</Text></QuestionContent>
    <AnswerSpecification><SelectionAnswer><StyleSuggestion>radiobutton</StyleSuggestion><Selections>
      <Selection><SelectionIdentifier>positive</SelectionIdentifier><Text>Positive</Text></Selection>
      <Selection><SelectionIdentifier>neutral</SelectionIdentifier><Text>Neutral</Text></Selection>
      <Selection><SelectionIdentifier>negative</SelectionIdentifier><Text>Negative</Text></Selection>
    </Selections></SelectionAnswer></AnswerSpecification>
  </Question>
</QuestionForm>
`,
  external: `<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">
  <ExternalURL>https://example.com/task?text=\${text}</ExternalURL>
  <FrameHeight>400</FrameHeight>
</ExternalQuestion>
`,
};

export const makeTemplate: Verb = {
  name: "makeTemplate",
  summary: "Write a starting <name>.input, <name>.question and <name>.properties for loadHITs",
  options: [
    { name: "template", value: "name", help: "the files' name (a path prefix)", required: true },
    { name: "type", value: "html|questionform|external", help: "the kind of question (default html)" },
    { name: "force", help: "overwrite files that exist" },
  ],
  async run(ctx) {
    const type = (ctx.args.get("type") ?? "html").toLowerCase();
    const question = QUESTIONS[type];
    if (!question) throw new UsageError(`-type must be one of ${Object.keys(QUESTIONS).join(", ")}`);
    const base = ctx.path(ctx.args.need("template"));
    const files = { input: INPUT, question, properties: PROPERTIES };
    const paths = Object.keys(files).map((ext) => `${base}.${ext}`);
    const existing = paths.filter((p) => existsSync(p));
    if (existing.length > 0 && !ctx.args.has("force")) throw new UsageError(`${existing.join(", ")} already exist; -force overwrites`);
    for (const [ext, text] of Object.entries(files)) writeFileSync(`${base}.${ext}`, text);
    ctx.out(`Wrote ${paths.join(", ")}`);
    ctx.out(`Next: piecework loadHITs -input ${base}.input -question ${base}.question -properties ${base}.properties`);
    return 0;
  },
};
