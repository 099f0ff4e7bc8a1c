/** A WeChat subscription message, ready to send: keyword values already fitted to WeChat's limits. */
export interface SubscriptionMessage {
  openid: string;
  templateId: string;
  /** Mini program page the notification opens, with its query. */
  page: string;
  data: Record<string, { value: string }>;
}

/** A failed send with WeChat's errcode (or -1 when the call itself failed). */
export class NotifierError extends Error {
  constructor(
    readonly errCode: number,
    readonly detail: string,
  ) {
    super(`subscribeMessage.send ${errCode}: ${detail}`);
    this.name = 'NotifierError';
  }
}

export interface Notifier {
  send(message: SubscriptionMessage): Promise<void>;
}
