import { z } from 'zod';

/**
 * WeChat subscription templates, by the keys the app uses. Each maps WeChat's keyword names
 * (type + number, as the template shows them in the MP console) to the value we put there.
 * Template ids differ per mini program: production ids come from the environment.
 */
const KEYWORD = /^(thing|number|letter|symbol|character_string|time|date|amount|phone_number|car_number|name|phrase)\d+$/;
export const TEMPLATE_VALUES = ['waybillNo', 'carrierName', 'status', 'time', 'detail', 'remark'] as const;

const templateSchema = z.object({
  templateId: z.string({ error: 'template id missing' }).min(1, 'template id missing'),
  keywords: z.record(z.string().regex(KEYWORD, 'keyword names look like thing1, character_string2'), z.enum(TEMPLATE_VALUES)),
});

export const subscribeTemplatesSchema = z.object({ progress: templateSchema, exception: templateSchema, service: templateSchema });
export type SubscribeTemplates = z.infer<typeof subscribeTemplatesSchema>;

/** 物流进度 / 包裹异常 / 服务进度, laid out like the library templates of the 物流服务 category. */
const KEYWORDS = {
  progress: { character_string1: 'waybillNo', thing2: 'carrierName', phrase3: 'status', time4: 'time', thing5: 'detail' },
  exception: { character_string1: 'waybillNo', thing2: 'carrierName', phrase3: 'status', thing4: 'detail', thing5: 'remark' },
  service: { character_string1: 'waybillNo', phrase2: 'status', time3: 'time', thing4: 'detail' },
} as const;

/** The templates for this runtime, validated at start: a wrong id or keyword stops the start, not the first send. */
export function loadSubscribeTemplates(runtime: 'local' | 'cloud', env: NodeJS.ProcessEnv): SubscribeTemplates {
  const id = (key: string, local: string) => (runtime === 'local' ? (env[key] ?? local) : env[key]);
  return subscribeTemplatesSchema.parse({
    progress: { templateId: id('WX_TEMPLATE_PROGRESS', 'local-progress'), keywords: KEYWORDS.progress },
    exception: { templateId: id('WX_TEMPLATE_EXCEPTION', 'local-exception'), keywords: KEYWORDS.exception },
    service: { templateId: id('WX_TEMPLATE_SERVICE', 'local-service'), keywords: KEYWORDS.service },
  });
}
