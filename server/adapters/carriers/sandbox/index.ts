export { createSandboxCarrier, SANDBOX_JOURNEYS, WRONG_PHONE_TAIL, type SandboxOptions } from './sandbox-carrier';
export {
  SANDBOX_SCENARIOS,
  NO_TRACE_SUFFIX,
  OUTAGE_SUFFIX,
  planJourney,
  timedJourney,
  type Journey,
  type SandboxScenario,
  type ScenarioDigit,
} from './journeys';
