import { parseQuestionForm } from "@/lib/questions/question-form";
import { parseAnswersXml, answersForDisplay, isUploadedFileAnswer } from "@/lib/questions/answers";
import { formatBytes } from "@/lib/questions/file-size";

export type SubmittedFile = { id: string; fileName: string; sizeBytes: number };

/** A worker's answers shown as question and answer, not raw XML; an uploaded file is a download link. */
export function SubmittedAnswers({ question, questionType, answerXml, files = [] }: { question: string; questionType: string; answerXml: string | null; files?: SubmittedFile[] }) {
  if (!answerXml) return <p className="text-sm text-muted">No answer.</p>;
  const form = questionType === "QuestionForm" ? parseQuestionForm(question) : null;
  const answers = parseAnswersXml(answerXml);
  const fileKeys = new Map(answers.filter(isUploadedFileAnswer).map((a) => [a.questionIdentifier, a.uploadedFileKey]));
  const rows = answersForDisplay(form, answers);
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((r) => {
        const key = fileKeys.get(r.questionIdentifier);
        const file = key ? files.find((f) => f.id === key) : undefined;
        return (
          <div key={r.questionIdentifier} className="min-w-0">
            <dt className="font-medium">{r.label}</dt>
            <dd className="break-words whitespace-pre-wrap text-muted">
              {file ? (
                <>
                  <a href={`/requester/files/${file.id}`} download={file.fileName} className="font-medium break-all">
                    {file.fileName}
                  </a>{" "}
                  ({formatBytes(file.sizeBytes)})
                </>
              ) : (
                r.value || <em>(blank)</em>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
