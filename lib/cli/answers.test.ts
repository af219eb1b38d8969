import { describe, expect, it } from "vitest";
import { answerColumns } from "./answers";

describe("answerColumns", () => {
  it("gives one Answer.<id> column per answer, selections joined by |", () => {
    const xml = `<?xml version="1.0"?><QuestionFormAnswers xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd">
<Answer><QuestionIdentifier>sentiment</QuestionIdentifier><FreeText>positive</FreeText></Answer>
<Answer><QuestionIdentifier>tags</QuestionIdentifier><SelectionIdentifier>a</SelectionIdentifier><SelectionIdentifier>b</SelectionIdentifier></Answer>
<Answer><QuestionIdentifier>n</QuestionIdentifier><FreeText>007</FreeText></Answer>
<Answer><QuestionIdentifier>file</QuestionIdentifier><UploadedFileSizeInBytes>3</UploadedFileSizeInBytes><UploadedFileKey>k1</UploadedFileKey></Answer>
</QuestionFormAnswers>`;
    expect(answerColumns(xml)).toEqual({ "Answer.sentiment": "positive", "Answer.tags": "a|b", "Answer.n": "007", "Answer.file": "k1" });
    expect(answerColumns(undefined)).toEqual({});
  });
});
