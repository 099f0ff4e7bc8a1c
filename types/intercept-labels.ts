/**
 * Intercept states and types in words, for the server's notices, the mini program and the console
 * alike. Zod-free (the mini program's main package may import it); the keys are checked against
 * the schemas where the server uses them (server/domain/intercepts/intercept-notes.ts).
 */

/** Short state names for lists and notifications (service template `phrase`: at most 5 汉字). */
export const INTERCEPT_STATE_LABELS = {
  REQUESTED: '已提交',
  PAYMENT_PENDING: '待支付',
  PAID: '已支付',
  SUBMITTED: '处理中',
  ACCEPTED: '拦截中',
  SUCCEEDED: '拦截成功',
  FAILED: '拦截失败',
  REFUNDING: '退款中',
  REFUNDED: '已退款',
  CANCELLED: '已取消',
} as const;

/** What the user asked for, as a title says it. */
export const INTERCEPT_TYPE_LABELS = { RETURN: '拦截退回', REDIRECT: '改址', HOLD: '网点自提' } as const;

/** Why an intercept came back to staff, and what they should do about it. */
export const STAFF_ALERT_LABELS = {
  OUTCOME_OVERDUE: '48 小时没有结果，已自动退款；请向快递公司确认是否已拦截',
  TRACKING_CONTRADICTS: '物流轨迹与记录的结果不符（如按原地址签收），已自动退款；请核实处理经过',
  REFUND_ABNORMAL: '退款异常（如用户银行卡已注销），请在商户平台处理',
  REFUND_CLOSED: '退款被关闭，已换新的退款单号重新发起',
} as const;
