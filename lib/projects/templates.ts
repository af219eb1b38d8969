// Starter layouts for new projects, in the style of MTurk's requester site templates. Each names its
// placeholders and carries a sample row, so the editor's preview shows something real at once.

export interface StarterTemplate {
  id: string;
  label: string;
  title: string;
  description: string;
  layout: string;
  sample: Record<string, string>;
}

const style = `<style>
  .task { font-family: system-ui, sans-serif; max-width: 40rem; line-height: 1.5; }
  .task label { display: block; margin: .5rem 0; }
</style>`;

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    id: "sentiment",
    label: "Sentiment",
    title: "Rate the sentiment of a short text",
    description: "Read a short text and say whether it is positive, neutral or negative.",
    sample: { text: "I love this phone, the battery lasts two days!", source: "product review" },
    layout: `${style}
<div class="task">
  <h2>What is the sentiment of this text?</h2>
  <p>Source: \${source}</p>
  <blockquote style="padding:1rem;border-left:4px solid #888;background:#f6f6f6;white-space:pre-wrap">\${text}</blockquote>
  <fieldset>
    <legend>Sentiment</legend>
    <label><input type="radio" name="sentiment" value="positive" required> Positive</label>
    <label><input type="radio" name="sentiment" value="neutral"> Neutral</label>
    <label><input type="radio" name="sentiment" value="negative"> Negative</label>
  </fieldset>
</div>`,
  },
  {
    id: "image",
    label: "Image categorization",
    title: "Choose the category of an image",
    description: "Look at one image and pick the category that fits it best.",
    sample: { image_url: "https://upload.wikimedia.org/wikipedia/commons/3/3a/Cat03.jpg" },
    layout: `${style}
<div class="task">
  <h2>Which category fits this image best?</h2>
  <img src="\${image_url}" alt="The image to categorize" style="max-width:100%;max-height:24rem">
  <fieldset>
    <legend>Category</legend>
    <label><input type="radio" name="category" value="animal" required> Animal</label>
    <label><input type="radio" name="category" value="person"> Person</label>
    <label><input type="radio" name="category" value="vehicle"> Vehicle</label>
    <label><input type="radio" name="category" value="other"> Something else</label>
  </fieldset>
</div>`,
  },
  {
    id: "transcription",
    label: "Transcription",
    title: "Transcribe the text in an image",
    description: "Type exactly the text you see in one image, such as a receipt line or a sign.",
    sample: { image_url: "https://upload.wikimedia.org/wikipedia/commons/0/0b/ReceiptSwiss.jpg" },
    layout: `${style}
<div class="task">
  <h2>Type the text you see</h2>
  <img src="\${image_url}" alt="The image to transcribe" style="max-width:100%;max-height:24rem">
  <label>Transcription
    <textarea name="transcription" rows="4" style="width:100%" required></textarea>
  </label>
  <label><input type="checkbox" name="unreadable" value="yes"> The text cannot be read</label>
</div>`,
  },
  {
    id: "survey",
    label: "Survey link",
    title: "Answer a short survey",
    description: "Follow the link, answer the survey, and paste the completion code you get at the end.",
    sample: { survey_url: "https://example.com/survey" },
    layout: `${style}
<div class="task">
  <h2>Take our survey</h2>
  <p>Open the survey in a new tab: <a href="\${survey_url}" target="_blank" rel="noopener">\${survey_url}</a></p>
  <p>At the end you get a completion code. Paste it below to get paid.</p>
  <label>Completion code <input name="surveycode" required></label>
</div>`,
  },
];

export function starterTemplate(id: string | undefined): StarterTemplate | undefined {
  return STARTER_TEMPLATES.find((t) => t.id === id);
}
