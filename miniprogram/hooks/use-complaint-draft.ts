import { useEffect, useState } from 'react';
import { emptyForm, loadDraft, saveDraft, type ComplaintForm } from '../services/complaint-form';

/** The complaint form's state, kept as a draft for the parcel it was opened for: leaving the page loses nothing. */
export function useComplaintDraft(openedFor: string, carrier: string) {
  const [form, setForm] = useState<ComplaintForm>(() => loadDraft(openedFor) ?? emptyForm(openedFor, carrier));
  useEffect(() => saveDraft(openedFor, form), [openedFor, form]);
  return [form, setForm] as const;
}
