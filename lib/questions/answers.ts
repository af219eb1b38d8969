// Everything about a worker's answers in one import: validation against a QuestionForm, the
// QuestionFormAnswers XML, answers of HTML-based questions, and the requester's readable view.
export * from "./answers.types";
export { validateAnswers } from "./answer-validation";
export { answersToXml, parseAnswersXml, freeTextAnswers } from "./answers-xml";
export { answersForDisplay, type DisplayedAnswer } from "./answers-display";
