import { newAddressSchema, type NewAddress } from '../../../../../types/intercepts';

/** The form as typed: region codes from the picker ('' until picked), the rest as text. */
export interface AddressDraft {
  provinceCode: string;
  cityCode: string;
  districtCode: string;
  detail: string;
  name: string;
  phone: string;
}

export type AddressField = keyof AddressDraft;
export type AddressErrors = Partial<Record<AddressField | 'region', string>>;

export const EMPTY_ADDRESS: AddressDraft = { provinceCode: '', cityCode: '', districtCode: '', detail: '', name: '', phone: '' };

const REGION_FIELDS: readonly string[] = ['provinceCode', 'cityCode', 'districtCode'];

/**
 * The server's own rule (`newAddressSchema`), applied as the person types: each message goes
 * under its field, the three region codes under the one region picker.
 */
export function checkAddress(draft: AddressDraft): { ok: true; address: NewAddress } | { ok: false; errors: AddressErrors } {
  const parsed = newAddressSchema.safeParse(draft);
  if (parsed.success) return { ok: true, address: parsed.data };
  const errors: AddressErrors = {};
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0] ?? 'region');
    const field = REGION_FIELDS.includes(path) ? 'region' : (path as AddressField);
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The errors of the fields the person has left (touched), so a form is not red before it is filled. */
export function visibleErrors(errors: AddressErrors, touched: ReadonlySet<string>, submitted: boolean): AddressErrors {
  if (submitted) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field)));
}
