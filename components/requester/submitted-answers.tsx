import { parseQuestionForm } from "@/lib/questions/question-form";
import { parseAnswersXml, answersForDisplay } from "@/lib/questions/answers";

/** A worker's answers shown as question and answer, not raw XML. */
export function SubmittedAnswers({ question, questionType, answerXml }: { question: string; questionType: string; answerXml: string | null }) {
  if (!answerXml) return <p className="text-sm text-muted">No answer.</p>;
  const form = questionType === "QuestionForm" ? parseQuestionForm(question) : null;
  const rows = answersForDisplay(form, parseAnswersXml(answerXml));
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((r) => (
        <div key={r.questionIdentifier}>
          <dt className="font-medium">{r.label}</dt>
          <dd className="whitespace-pre-wrap text-muted">{r.value || <em>(blank)</em>}</dd>
        </div>
      ))}
    </dl>
  );
}
