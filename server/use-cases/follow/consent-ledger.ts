import { TEMPLATE_KEYS, type Credits, type TemplateKey } from '../../../types';
import type { DocStore } from '../../ports/doc-store';

export const CREDITS = 'subscription_credits';

interface CreditDoc {
  openid: string;
  template: TemplateKey;
  count: number;
}

const creditId = (openid: string, template: TemplateKey) => `${openid}:${template}`;

/**
 * One-time subscription credits per user and template: each "accept" WeChat reports allows one
 * message, spent when a notification is queued. The ledger never goes below zero.
 */
export function createConsentLedger(store: DocStore) {
  return {
    async credits(openid: string): Promise<Credits> {
      const docs = await Promise.all(TEMPLATE_KEYS.map((t) => store.get<CreditDoc>(CREDITS, creditId(openid, t))));
      return Object.fromEntries(TEMPLATE_KEYS.map((t, i) => [t, Math.max(0, docs[i]?.count ?? 0)])) as Credits;
    },

    async grant(openid: string, template: TemplateKey): Promise<void> {
      const id = creditId(openid, template);
      await store.increment(CREDITS, id, 'count', 1);
      await store.update<CreditDoc>(CREDITS, id, { openid, template });
    },

    /** WeChat says the credit is not there (43101, or the user turned the template off): the ledger follows. */
    async clear(openid: string, template: TemplateKey): Promise<void> {
      await store.update<CreditDoc>(CREDITS, creditId(openid, template), { count: 0 });
    },
  };
}

/** Inside a transaction: the count, and spending one credit if there is one. */
export async function creditCount(tx: DocStore, openid: string, template: TemplateKey): Promise<{ count: number; version: number | null }> {
  const doc = await tx.get<CreditDoc>(CREDITS, creditId(openid, template));
  return { count: Math.max(0, doc?.count ?? 0), version: doc?._v ?? null };
}

export async function spendCredit(
  tx: DocStore,
  openid: string,
  template: TemplateKey,
  seen: { count: number; version: number | null },
): Promise<boolean> {
  if (seen.count <= 0 || seen.version === null) return false;
  return (await tx.update<CreditDoc>(CREDITS, creditId(openid, template), { count: seen.count - 1 }, { ifVersion: seen.version })) !== null;
}

export async function refundCredit(store: DocStore, openid: string, template: TemplateKey): Promise<void> {
  await store.increment(CREDITS, creditId(openid, template), 'count', 1);
}
