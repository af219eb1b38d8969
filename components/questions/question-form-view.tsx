// QuestionFormView: a parsed QuestionForm as plain, accessible form controls, in document order.
// It renders neither the <form> nor the submit button: the page owns those (and must set
// encType="multipart/form-data" when formHasFileUpload(form) is true).
//
// Field names (what validateAnswers reads):
//   <QuestionIdentifier>        free text; the file; the chosen SelectionIdentifier(s), repeated for several
//   <QuestionIdentifier>.other  the text of the "Other" choice
//   value "__other__"           the "Other" choice itself (radio, checkbox, drop-down, list, multichooser)
//   combobox                    sends the typed text under <QuestionIdentifier>
import type { Question, QuestionForm } from "@/lib/questions/question-form.types";
import { questionIds } from "./field-ids";
import { FileUploadQuestion } from "./file-upload-question";
import { FreeTextQuestion } from "./free-text-question";
import { ContentItems } from "./question-content";
import type { QuestionFieldProps } from "./question-field-props";
import { SelectionQuestion } from "./selection-question";

export interface QuestionFormViewProps {
  form: QuestionForm;
  /** What the worker entered, by field name; shown again after a failed validation. */
  values?: Record<string, string | string[]>;
  /** validateAnswers' fieldErrors, by field name. */
  fieldErrors?: Record<string, string>;
  /** For previews: everything visible, nothing can be changed. */
  disabled?: boolean;
  /** Prefix of the DOM ids, to keep two forms on one page apart. */
  idPrefix?: string;
}

export function QuestionFormView({ form, values = {}, fieldErrors = {}, disabled = false, idPrefix = "qf" }: QuestionFormViewProps) {
  let questionNumber = 0;
  return (
    <div className="space-y-6">
      {form.items.map((item, index) => {
        if (item.kind === "overview") {
          return (
            <section key={index} className="space-y-3 rounded-lg bg-surface-muted p-4">
              <ContentItems items={item.content} titleLevel={2} />
            </section>
          );
        }
        questionNumber += 1;
        const props: QuestionFieldProps = { question: item, ids: questionIds(idPrefix, questionNumber), values, fieldErrors, disabled };
        return (
          <div key={index} className="rounded-lg border border-border bg-surface p-4" data-question={item.identifier}>
            <QuestionBody {...props} />
          </div>
        );
      })}
    </div>
  );
}

function QuestionBody(props: QuestionFieldProps & { question: Question }) {
  const { answer } = props.question;
  switch (answer.type) {
    case "freeText":
      return <FreeTextQuestion {...props} spec={answer} />;
    case "selection":
      return <SelectionQuestion {...props} spec={answer} />;
    case "fileUpload":
      return <FileUploadQuestion {...props} spec={answer} />;
  }
}
