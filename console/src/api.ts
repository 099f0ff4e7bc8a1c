import type { Envelope } from '../../types/envelope';
import { STAFF_SIGN_IN_MESSAGE, type StaffFunctionName, type StaffRequest, type StaffResponse, type StaffRole } from '../../types/staff';

/** Who is signed in, kept for the browser tab only: a closed tab signs out. */
export interface Session {
  token: string;
  username: string;
  role: StaffRole;
  expiresAt: string;
}

const KEY = 'parcelmate-staff-session';

export function loadSession(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** A refusal with its stable code and the Chinese message to show. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Called when the server no longer takes the token: the app goes back to the sign-in page. */
let onSignedOut: () => void = () => undefined;
export const whenSignedOut = (handler: () => void) => (onSignedOut = handler);

async function post<T>(name: string, body: unknown, token?: string): Promise<T> {
  let envelope: Envelope<T>;
  try {
    // Relative to /console/: the API is /console/api/<name>, locally and in the cloud alike.
    const res = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    envelope = (await res.json()) as Envelope<T>;
  } catch {
    throw new ApiError('NETWORK', '网络不给力，请检查网络后重试');
  }
  if (envelope.ok) return envelope.data;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

export function login(username: string, password: string): Promise<Session> {
  return post<Session>('login', { username, password });
}

/** One staff function with the signed-in token; a token the server no longer takes signs out. */
export async function call<N extends StaffFunctionName>(name: N, body: StaffRequest<N>): Promise<StaffResponse<N>> {
  try {
    return await post<StaffResponse<N>>(name, body, loadSession()?.token);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'FORBIDDEN' && err.message === STAFF_SIGN_IN_MESSAGE) onSignedOut();
    throw err;
  }
}
