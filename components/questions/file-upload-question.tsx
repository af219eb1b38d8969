// A FileUploadAnswer. The enclosing <form> must use encType="multipart/form-data" (see formHasFileUpload).
import { formatBytes } from "@/lib/questions/file-size";
import type { FileUploadAnswerSpec } from "@/lib/questions/question-form.types";
import { describedBy } from "./field-ids";
import { CONTROL, FieldError, Hint, LabelledPrompt, splitPrompt } from "./question-content";
import type { QuestionFieldProps } from "./question-field-props";

export function fileSizeHint(spec: FileUploadAnswerSpec): string {
  const max = `Files up to ${formatBytes(spec.maxFileSizeInBytes)}`;
  // "at least 1 byte" only says "not empty", which the error message covers; larger minimums are worth saying.
  return spec.minFileSizeInBytes > 1 ? `${max}, at least ${formatBytes(spec.minFileSizeInBytes)}.` : `${max}.`;
}

export function FileUploadQuestion({ question, ids, fieldErrors, disabled, spec }: QuestionFieldProps & { spec: FileUploadAnswerSpec }) {
  const { labelItems, restItems } = splitPrompt(question);
  const name = question.identifier;
  const error = fieldErrors[name];
  return (
    <div className="space-y-2">
      <LabelledPrompt question={question} ids={ids} labelItems={labelItems} restItems={restItems} />
      <Hint id={ids.hint}>{fileSizeHint(spec)}</Hint>
      {/* A browser cannot pre-fill a file input, so after a failed submission the worker chooses the file again. */}
      <input
        type="file"
        id={ids.input}
        name={name}
        required={question.isRequired || undefined}
        disabled={disabled || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(restItems.length > 0 && ids.content, ids.hint, error && ids.error)}
        className={CONTROL}
      />
      <FieldError id={ids.error} message={error} />
    </div>
  );
}
