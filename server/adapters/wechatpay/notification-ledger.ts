import { DuplicateIdError, type DocStore } from '../../ports/doc-store';
import type { NotificationLedger } from '../../ports/payments';

export const PAY_NOTIFICATIONS = 'payNotifications';

/**
 * Notification ids seen, one document each: the insert is the check, so two deliveries of the
 * same notification racing each other cannot both count as first. Pass the transaction's store.
 */
export function createNotificationLedger(store: DocStore): NotificationLedger {
  return {
    async claim(notificationId: string, receivedAt: string) {
      try {
        await store.insert(PAY_NOTIFICATIONS, { _id: notificationId, receivedAt });
        return 'FIRST';
      } catch (err) {
        if (err instanceof DuplicateIdError) return 'REPLAY';
        throw err;
      }
    },
  };
}
