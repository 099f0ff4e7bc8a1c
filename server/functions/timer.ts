import type { AppDeps } from './deps';

/** A function triggered by its schedule (config.json `triggers`), not by a user: no caller, no envelope. */
export type TimerHandler = (trigger: { name: string; firedAtMs: number }) => Promise<void>;

export type TimerFactory = (deps: AppDeps) => TimerHandler;
