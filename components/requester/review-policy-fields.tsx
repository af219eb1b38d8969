// The optional "Automatic review" section of the Create a HIT form: MTurk's known-answer policy
// (ScoreMyKnownAnswers) and plurality policy (SimplePlurality), in plain words. Read on the server by
// app/requester/hits/new/review-policy-fields.ts; every field keeps what was typed after an error.
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

type Props = { errors: Record<string, string>; value: (name: string, fallback: string) => string; checked: (name: string) => boolean };

const KNOWN_FIELDS = ["knownAnswers", "knownApproveAtLeast", "knownRejectBelow", "knownRejectReason", "knownExtendBelow", "knownExtendMax"];
const PLURALITY_FIELDS = ["pluralityQuestions", "pluralityThreshold", "pluralityApproveAtLeast", "pluralityRejectBelow", "pluralityRejectReason", "pluralityExtendBelow", "pluralityExtendMax", "pluralityExtendHours", "pluralityDisregardKnownBelow"];

export function ReviewPolicyFields({ errors: fe, value: v, checked }: Props) {
  const used = [...KNOWN_FIELDS, ...PLURALITY_FIELDS].some((n) => v(n, "") !== "" || fe[n]) || fe.assignmentReviewPolicy || fe.hitReviewPolicy;
  const percent = { type: "number", min: 0, max: 100, inputMode: "numeric" } as const;
  return (
    <Card>
      <CardHeader
        title="Automatic review (optional)"
        description="Let Piecework approve, reject or ask more workers for you. Approvals and rejections move money exactly as yours do; asking one more worker holds that assignment's cost from your balance."
      />
      <CardBody>
        <details open={Boolean(used)} className="group space-y-6">
          <summary className="cursor-pointer text-sm font-medium text-primary underline-offset-2 hover:underline">Set up automatic review</summary>
          <fieldset className="space-y-4">
            <legend className="text-sm font-semibold">Known answers: score each submission</legend>
            {fe.assignmentReviewPolicy && <Alert tone="danger">{fe.assignmentReviewPolicy}</Alert>}
            <Textarea
              label="Known answers"
              name="knownAnswers"
              rows={3}
              defaultValue={v("knownAnswers", "")}
              error={fe.knownAnswers}
              spellCheck={false}
              inputClassName="font-mono text-xs"
              hint='One per line: "question id = answer". Questions built above are q1, q2, … in order; separate several selected options with "|". Answers must match exactly, apart from spaces around them.'
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <Input label="Approve when the score is at least (%)" name="knownApproveAtLeast" {...percent} max={101} defaultValue={v("knownApproveAtLeast", "")} />
              <Input label="Reject when the score is below (%)" name="knownRejectBelow" {...percent} max={101} defaultValue={v("knownRejectBelow", "")} />
              <Input label="Message to rejected workers" name="knownRejectReason" defaultValue={v("knownRejectReason", "")} className="sm:col-span-2" hint="Optional; a message with their score is sent otherwise." />
              <Input label="Ask one more worker when the score is below (%)" name="knownExtendBelow" {...percent} max={101} defaultValue={v("knownExtendBelow", "")} />
              <Input label="…up to this many assignments in all" name="knownExtendMax" type="number" min={2} max={25} defaultValue={v("knownExtendMax", "")} hint="2 to 25." />
            </div>
          </fieldset>

          <fieldset className="space-y-4 border-t border-border pt-6">
            <legend className="text-sm font-semibold">Plurality: compare workers&rsquo; answers once all are in</legend>
            {fe.hitReviewPolicy && <Alert tone="danger">{fe.hitReviewPolicy}</Alert>}
            <div className="grid gap-4 sm:grid-cols-2">
              <Input label="Questions to compare" name="pluralityQuestions" defaultValue={v("pluralityQuestions", "")} hint="Question ids, comma-separated, e.g. q1, q2 (at most 15)." inputClassName="font-mono text-xs" />
              <Input label="An answer is agreed when more than (%) give it" name="pluralityThreshold" {...percent} defaultValue={v("pluralityThreshold", "50")} />
              <Input label="Approve workers agreeing on at least (%) of agreed questions" name="pluralityApproveAtLeast" {...percent} defaultValue={v("pluralityApproveAtLeast", "")} />
              <Input label="Reject workers agreeing on less than (%)" name="pluralityRejectBelow" {...percent} defaultValue={v("pluralityRejectBelow", "")} />
              <Input label="Message to rejected workers" name="pluralityRejectReason" defaultValue={v("pluralityRejectReason", "")} className="sm:col-span-2" />
              <Input label="Ask one more worker while agreed questions are below (%)" name="pluralityExtendBelow" {...percent} defaultValue={v("pluralityExtendBelow", "")} />
              <Input label="…up to this many assignments in all" name="pluralityExtendMax" type="number" min={2} max={25} defaultValue={v("pluralityExtendMax", "")} hint="2 to 25." />
              <Input label="…leaving at least this many hours to work" name="pluralityExtendHours" type="number" min={1} defaultValue={v("pluralityExtendHours", "1")} />
              <Input label="Leave out work scoring below (%) on known answers" name="pluralityDisregardKnownBelow" {...percent} max={101} defaultValue={v("pluralityDisregardKnownBelow", "")} />
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="pluralityDisregardRejected" defaultChecked={checked("pluralityDisregardRejected")} className="h-4 w-4 accent-current" />
              Leave rejected work out of the comparison
            </label>
          </fieldset>
        </details>
      </CardBody>
    </Card>
  );
}
