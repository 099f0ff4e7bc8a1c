/**
 * wechatpay-node-v3's default transport (lib/pay-request.js, on superagent) in the cloud bundles.
 * The library builds one in its constructor; we replace it at once with our own
 * (server/adapters/wechatpay/http-service.ts, through createHttp), so it is never called.
 */
function notBundled() {
  return Promise.reject(new Error('the default WeChat Pay transport is not in the cloud bundles: use createHttp'));
}

class PayRequest {}
PayRequest.prototype.post = notBundled;
PayRequest.prototype.get = notBundled;
PayRequest.prototype.upload = notBundled;

module.exports = { PayRequest };
