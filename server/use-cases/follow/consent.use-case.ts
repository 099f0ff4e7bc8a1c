import { TEMPLATE_KEYS, type FunctionResponse, type ParsedRequest } from '../../../types';
import type { Caller } from '../../ports/caller';
import type { DocStore } from '../../ports/doc-store';
import { createBindingRepository } from './binding.repository';
import { createConsentLedger } from './consent-ledger';
import { toMessage } from './follow-views';
import { MESSAGES, type MessageRecord } from './notify-followers';

interface Deps {
  store: DocStore;
}

/** What requestSubscribeMessage answered: each accept is one credit; a ban means WeChat will refuse, so the ledger empties. */
export function createReportSubscription(deps: Deps) {
  const ledger = createConsentLedger(deps.store);
  return async function reportSubscription(
    input: ParsedRequest<'reportSubscription'>,
    caller: Caller,
  ): Promise<FunctionResponse<'reportSubscription'>> {
    for (const key of TEMPLATE_KEYS) {
      const result = input.results[key];
      if (result === 'accept') await ledger.grant(caller.openid, key);
      if (result === 'ban') await ledger.clear(caller.openid, key);
    }
    return { credits: await ledger.credits(caller.openid) };
  };
}

/** The in-app message centre: every milestone, pushed or not. */
export function createListMessages(deps: Deps) {
  const ledger = createConsentLedger(deps.store);
  const bindings = createBindingRepository(deps.store);
  return async function listMessages(input: ParsedRequest<'listMessages'>, caller: Caller): Promise<FunctionResponse<'listMessages'>> {
    const [docs, unread, mine] = await Promise.all([
      deps.store.find<MessageRecord>(MESSAGES, {
        where: { openid: caller.openid },
        orderBy: [
          { field: 'createdAtMs', direction: 'desc' },
          { field: 'eventAtMs', direction: 'desc' },
        ],
        limit: input.limit,
      }),
      deps.store.count(MESSAGES, { openid: caller.openid, read: false }),
      bindings.ofUser(caller.openid),
    ]);
    const remarks = new Map(mine.map((b) => [b.parcelId, b.remark]));
    return { items: docs.map((m) => toMessage(m, remarks.get(m.parcelId) ?? '')), unread, credits: await ledger.credits(caller.openid) };
  };
}

export function createMarkMessagesRead(deps: Deps) {
  return async function markMessagesRead(
    input: ParsedRequest<'markMessagesRead'>,
    caller: Caller,
  ): Promise<FunctionResponse<'markMessagesRead'>> {
    const targets = input.ids
      ? (await Promise.all(input.ids.map((id) => deps.store.get<MessageRecord>(MESSAGES, id)))).filter((m) => m?.openid === caller.openid)
      : await deps.store.find<MessageRecord>(MESSAGES, { where: { openid: caller.openid, read: false }, limit: 1000 });
    await Promise.all(targets.map((m) => deps.store.update<MessageRecord>(MESSAGES, m!._id, { read: true })));
    return { unread: await deps.store.count(MESSAGES, { openid: caller.openid, read: false }) };
  };
}
