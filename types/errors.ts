/** Stable error codes every function may return, with the Chinese message a user sees by default. */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '输入有误，请检查后重试',
  NOT_FOUND: '没有找到相关记录',
  FORBIDDEN: '没有权限执行此操作，请重新进入小程序',
  RATE_LIMITED: '操作太频繁了，请稍后再试',
  CARRIER_UNAVAILABLE: '快递公司查询服务暂时不可用，请稍后再试',
  NEEDS_PHONE_TAIL: '该快递需要验证收件人或寄件人手机号后四位',
  NOT_ALLOWED_IN_STATE: '当前状态下不能执行此操作',
  CONFLICT: '数据已被更新，请刷新后重试',
  // WeChat Pay could not be reached, or (in the cloud without its keys) intercepts are not offered.
  PAYMENT_UNAVAILABLE: '支付服务暂时不可用，请稍后再试',
  INTERNAL: '服务开小差了，请稍后再试',
  // Complaints and the staff console.
  EVIDENCE_INVALID: '证据文件没有通过检查，请重新选择',
  LOGIN_FAILED: '用户名或密码不正确',
  ACCOUNT_LOCKED: '登录失败次数过多，请稍后再试',
  // Raised by the client itself when the request never got an answer.
  NETWORK: '网络不给力，请检查网络后重试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
