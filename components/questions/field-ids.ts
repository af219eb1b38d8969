// DOM ids for one question's elements. QuestionIdentifiers may contain spaces and punctuation, so ids
// are built from the question's position instead; field *names* stay the identifiers (see answers.ts).

export interface QuestionIds {
  label: string;
  content: string;
  hint: string;
  error: string;
  input: string;
  otherChoice: string;
  otherInput: string;
  otherError: string;
  datalist: string;
  option: (index: number) => string;
}

export function questionIds(prefix: string, questionNumber: number): QuestionIds {
  const base = `${prefix}-q${questionNumber}`;
  return {
    label: `${base}-label`,
    content: `${base}-content`,
    hint: `${base}-hint`,
    error: `${base}-error`,
    input: `${base}-input`,
    otherChoice: `${base}-other-choice`,
    otherInput: `${base}-other`,
    otherError: `${base}-other-error`,
    datalist: `${base}-suggestions`,
    option: (index) => `${base}-option${index + 1}`,
  };
}

/** aria-describedby from the ids of the parts that are actually rendered. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(" ") : undefined;
}
