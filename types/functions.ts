import { z } from 'zod';
import { complaintFunctions } from './complaints';
import { errorBodySchema } from './envelope';
import { followFunctions } from './follow';
import { interceptFunctions } from './intercepts';
import { carrierCandidateSchema, carrierCodeSchema, parcelSchema, phoneTailSchema, waybillNoSchema } from './tracking';

/**
 * The one registry of callable functions: name → request and response schema.
 * The client, the handlers, the local gateway and the tests all read it.
 */
export const functionRegistry = {
  lookup: {
    request: z.object({
      waybillNo: waybillNoSchema,
      carrier: carrierCodeSchema.optional(),
      phoneTail: phoneTailSchema.optional(),
    }),
    response: z.object({
      /** Null when the carrier is not settled (the user picks one of `candidates`, or any carrier when empty) or `needsPhoneTail` is set. */
      parcel: parcelSchema.nullable(),
      candidates: z.array(carrierCandidateSchema),
      /** Set when the answer is the last known timeline because the carrier could not be reached. */
      notice: errorBodySchema.nullable(),
      /** Whether the caller follows this parcel. */
      following: z.boolean(),
      /** The settled carrier when it needs the phone's last four digits and none were given: ask for them and look up again. */
      needsPhoneTail: carrierCodeSchema.nullable(),
    }),
  },
  ...followFunctions,
  ...interceptFunctions,
  ...complaintFunctions,
} as const;

export type FunctionName = keyof typeof functionRegistry;
export type FunctionRequest<N extends FunctionName> = z.input<(typeof functionRegistry)[N]['request']>;
export type ParsedRequest<N extends FunctionName> = z.output<(typeof functionRegistry)[N]['request']>;
export type FunctionResponse<N extends FunctionName> = z.infer<(typeof functionRegistry)[N]['response']>;

export const FUNCTION_NAMES = Object.keys(functionRegistry) as FunctionName[];

/** Functions that no user calls: triggered by their schedule, or over HTTP (carrier callbacks, WeChat Pay notifications, the staff console's API). */
export const TIMER_FUNCTION_NAMES = ['monitor', 'housekeeping', 'interceptWatch', 'slaWatch'] as const;
export const HTTP_FUNCTION_NAMES = ['carrierPush', 'payNotify', 'console'] as const;
