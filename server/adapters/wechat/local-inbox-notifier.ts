import type { Clock } from '../../ports/clock';
import type { DocStore } from '../../ports/doc-store';
import type { Ids } from '../../ports/ids';
import type { Notifier, SubscriptionMessage } from '../../ports/notifier';

export const LOCAL_INBOX = 'local_inbox';

export interface InboxRecord extends SubscriptionMessage {
  sentAtMs: number;
}

/** Local mode's WeChat: sent notifications land in an inbox the H5 app shows like 服务通知. */
export function createLocalInboxNotifier(store: DocStore, clock: Clock, ids: Ids): Notifier {
  return {
    async send(message) {
      await store.insert<InboxRecord>(LOCAL_INBOX, { _id: ids.next(), ...message, sentAtMs: clock.now() });
    },
  };
}
