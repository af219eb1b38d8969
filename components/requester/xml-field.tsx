"use client";

// A textarea for an XML document (a QualificationTest or an AnswerKey) that can also be filled from a
// file on the requester's computer. The file is read in the browser, so the requester sees what will be
// sent and the server receives plain text like a pasted document.
import { useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { Input } from "@/components/ui/input";

type Props = { label: string; fileLabel: string; name: string; id?: string; defaultValue?: string; error?: string; hint?: string; rows?: number; required?: boolean };

/** The test or answer key documents are at most MTurk's 65,535 bytes; a bigger file is the wrong one. */
const MAX_BYTES = 65_535;

export function XmlField({ label, fileLabel, name, id = name, defaultValue = "", error, hint, rows = 10, required }: Props) {
  const [text, setText] = useState(defaultValue);
  const [fileError, setFileError] = useState<string>();
  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setFileError(`${file.name} is larger than 64 KB; is it the right file?`);
    setFileError(undefined);
    setText(await file.text());
  };
  return (
    <div className="space-y-2">
      <Textarea
        label={label}
        name={name}
        id={id}
        rows={rows}
        required={required}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        inputClassName="font-mono text-xs leading-snug"
        error={error}
        hint={hint}
      />
      {/* Outside the form (form="none"): the file's text goes in the textarea above, never as an upload. */}
      <Input label={fileLabel} name={`${name}-file`} id={`${id}-file`} form="none" type="file" accept=".xml,text/xml,application/xml" onChange={(e) => load(e.target.files?.[0])} error={fileError} className="max-w-md" />
    </div>
  );
}
