import { cloudHttp } from '../../server/cloud/cloud-function';
import { createCarrierPushHttp } from '../../server/functions/carrier-push.http';

/** Exposed through 云开发 HTTP access at /carrier-push?vendor=kdniao|kuaidi100. */
export const main = cloudHttp(createCarrierPushHttp);
