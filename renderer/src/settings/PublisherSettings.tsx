// Settings › Fact-check publisher: who publishes the user's ClaimReview exports and where —
// the organisation's name and web address, and the review page (one address, or a pattern with
// {claim} and {article}). Kept in the library (updateSettings), not in the window's storage, so
// the CLI's exports carry it too. The service checks every address; its message is shown as is.

import { useEffect, useState, type FormEvent } from 'react';
import type { ReviewPublisher } from '../../../core/formats/review-publisher';
import { call, messageOf } from '../api';

const FIELDS: { key: keyof ReviewPublisher; label: string; placeholder: string }[] = [
  { key: 'organisation', label: 'Organisation', placeholder: 'Harbour Checks' },
  { key: 'organisationUrl', label: 'Organisation web address', placeholder: 'https://checks.example.org' },
  { key: 'reviewUrl', label: 'Review page address', placeholder: 'https://checks.example.org/reviews/{claim}' },
];

type Form = Record<keyof ReviewPublisher, string>;

function formOf(p: ReviewPublisher | null): Form {
  return { organisation: p?.organisation ?? '', organisationUrl: p?.organisationUrl ?? '', reviewUrl: p?.reviewUrl ?? '' };
}

/** The service's "Invalid input for updateSettings: publisher.x: …" without the part meant for programs. */
function forTheUser(message: string): string {
  return message.replace(/^Invalid input for updateSettings: /, '').replace(/publisher\.\w+: /g, '');
}

export function PublisherSettings() {
  const [form, setForm] = useState<Form | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    call('getSettings', {})
      .then((s) => setForm(formOf(s.publisher)))
      .catch((err) => setNote({ text: messageOf(err), error: true }));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const publisher = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== '')) as ReviewPublisher;
    try {
      const saved = await call('updateSettings', { publisher: Object.keys(publisher).length ? publisher : null });
      setForm(formOf(saved.publisher));
      setNote({ text: saved.publisher ? 'Saved: ClaimReview exports carry it.' : 'Cleared.', error: false });
    } catch (err) {
      setNote({ text: forTheUser(messageOf(err)), error: true });
    }
  }

  return (
    <form className="publisher-settings" onSubmit={(e) => void save(e)}>
      <fieldset disabled={!form}>
        <legend>Fact-check publisher (ClaimReview)</legend>
        {FIELDS.map(({ key, label, placeholder }) => (
          <label key={key}>
            {label}
            <input value={form?.[key] ?? ''} placeholder={placeholder} onChange={(e) => form && setForm({ ...form, [key]: e.target.value })} />
          </label>
        ))}
        <p className="hint">The review page may be one address for every review, or a pattern: {'{claim}'} and {'{article}'} stand for their ids.</p>
        <button type="submit">Save publisher</button>
        {note && (
          <p className={note.error ? 'settings-error' : 'hint'} role={note.error ? 'alert' : 'status'}>
            {note.text}
          </p>
        )}
      </fieldset>
    </form>
  );
}
