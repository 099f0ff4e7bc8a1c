export { createSandboxCarrier, SANDBOX_JOURNEYS, type SandboxOptions } from './sandbox-carrier';
export { SANDBOX_SCENARIOS, planJourney } from './journeys';
