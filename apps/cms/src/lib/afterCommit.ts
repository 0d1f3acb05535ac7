import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload';

type Callback = (isCommitted: boolean) => void;
type TransactionId = number | string;
/** What the database adapter keeps: the callbacks waiting for each open transaction. */
const waiting = Symbol('xxgk.afterCommit');
type WithWaiting = { [waiting]?: Map<TransactionId, Callback[]>; sessions?: Record<string, unknown> };

/**
 * Lets code wait for the transaction of a request to end: mail about a saved record goes out only
 * once the save is durable, and a save that is rolled back (a later hook failed, a constraint, the
 * commit itself) mails nothing. Payload has no such hook, so the adapter's commit and rollback are
 * wrapped (the same on SQLite and MongoDB; both keep open transactions in `sessions`).
 */
export const withAfterCommit = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args);
    const callbacks = new Map<TransactionId, Callback[]>();
    (adapter as unknown as WithWaiting)[waiting] = callbacks;
    const commit = adapter.commitTransaction.bind(adapter);
    const rollback = adapter.rollbackTransaction.bind(adapter);
    const settle = (id: TransactionId, isCommitted: boolean) => {
      const due = callbacks.get(id) ?? [];
      callbacks.delete(id);
      for (const callback of due) callback(isCommitted);
    };
    adapter.commitTransaction = async (incoming) => {
      const id = await incoming;
      try {
        await commit(id);
      } catch (error) {
        settle(id, false);
        throw error;
      }
      settle(id, true);
    };
    adapter.rollbackTransaction = async (incoming) => {
      const id = await incoming;
      try {
        return await rollback(id);
      } finally {
        settle(id, false);
      }
    };
    return adapter;
  },
});

/**
 * Resolves true once the request's transaction is committed, false if it is rolled back; true at
 * once when the request has none (SQLite as configured, standalone MongoDB: each write is then
 * durable as soon as it is made).
 */
export const whenCommitted = async (req: PayloadRequest): Promise<boolean> => {
  const id = await req.transactionID;
  const adapter = (req.payload as Payload).db as unknown as WithWaiting;
  const callbacks = adapter[waiting];
  if (id === undefined || id === null || !callbacks || !adapter.sessions || !(String(id) in adapter.sessions)) return true;
  return new Promise<boolean>((resolve) => callbacks.set(id, [...(callbacks.get(id) ?? []), resolve]));
};
