import { envelopeSchema } from '../../types/envelope';
import { ERROR_CODES } from '../../types/errors';
import { functionRegistry, type FunctionName } from '../../types/functions';
import type { Envelope } from '../../types/envelope';
import { staffLogin, staffRegistry, type StaffFunctionName } from '../../types/staff';

/**
 * A function's reply checked against the registry: an envelope whose data parses with the
 * function's response schema, or an error with a stable code and a Chinese message. Drift
 * between a handler and its contract fails the test that made the call.
 */
export function checkReply(name: FunctionName, reply: unknown): Envelope<unknown> {
  const parsed = envelopeSchema(functionRegistry[name].response).safeParse(reply);
  if (!parsed.success)
    throw new Error(`${name} answered outside its contract: ${parsed.error.message}\n${JSON.stringify(reply).slice(0, 500)}`);
  const envelope = reply as Envelope<unknown>;
  if (!envelope.ok) {
    if (!ERROR_CODES.includes(envelope.error.code)) throw new Error(`${name}: unknown error code ${envelope.error.code}`);
    if (!/[\u4e00-\u9fa5]/.test(envelope.error.message))
      throw new Error(`${name}: error message is not Chinese: ${envelope.error.message}`);
  }
  return envelope;
}

/** A staff function's reply (or the console's login answer) checked against the staff registry, as `checkReply` does for user functions. */
export function checkStaffReply(name: StaffFunctionName | 'login', reply: unknown): Envelope<unknown> {
  const schema = name === 'login' ? staffLogin.response : staffRegistry[name].response;
  const parsed = envelopeSchema(schema).safeParse(reply);
  if (!parsed.success)
    throw new Error(`${name} answered outside its contract: ${parsed.error.message}\n${JSON.stringify(reply).slice(0, 500)}`);
  const envelope = reply as Envelope<unknown>;
  if (!envelope.ok && !/[\u4e00-\u9fa5]/.test(envelope.error.message))
    throw new Error(`${name}: error message is not Chinese: ${envelope.error.message}`);
  return envelope;
}
