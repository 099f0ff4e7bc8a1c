import { CarrierInterceptError, type InterceptSubmission } from '../../../ports/carrier-intercept';
import { interceptAnswerSchema } from './schemas';

/** The interceptOrder answer: accepted with the outcome to follow by callback, or a typed refusal. */
export function mapInterceptAnswer(body: string): InterceptSubmission {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new CarrierInterceptError('UNAVAILABLE', `Kuaidi100 answered with something that is not JSON: ${body.slice(0, 80)}`);
  }
  const parsed = interceptAnswerSchema.safeParse(json);
  if (!parsed.success) throw new CarrierInterceptError('UNAVAILABLE', `unexpected Kuaidi100 answer: ${parsed.error.issues[0]?.message}`);
  const { result, returnCode, message, data } = parsed.data;
  if (result && returnCode === '200') return { taskId: data?.taskId ?? data?.orderId ?? null, outcomeLater: true };
  const detail = `${returnCode} ${message ?? ''}`.trim();
  if (['600', '601', '503'].includes(returnCode) || /key|签名|sign/i.test(message ?? '')) throw new CarrierInterceptError('AUTH', detail);
  if (returnCode === '500' || returnCode === '502') throw new CarrierInterceptError('UNAVAILABLE', detail);
  throw new CarrierInterceptError('REJECTED', detail);
}
