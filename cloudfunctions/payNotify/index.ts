import { cloudHttp } from '../../server/cloud/cloud-function';
import { withInterceptPorts } from '../../server/cloud/cloud-intercepts';
import { createPayNotifyHttp } from '../../server/functions/pay-notify.http';

/** Exposed through 云开发 HTTP access (its URL is WECHATPAY_NOTIFY_URL): payment and refund notifications. */
export const main = cloudHttp(withInterceptPorts(createPayNotifyHttp));
