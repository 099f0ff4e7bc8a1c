/**
 * superagent in the cloud bundles. wechatpay-node-v3 requires it when loaded, but we give the
 * library our own transport (server/adapters/wechatpay/http-service.ts, its createHttp hook), so
 * it is never called: the real one would add ~300 KB (mime-types, formidable, qs) to each bundle.
 */
function notBundled() {
  throw new Error('superagent is not in the cloud bundles: WeChat Pay calls go through VerifiedHttpService');
}

module.exports = { get: notBundled, post: notBundled, put: notBundled, delete: notBundled, patch: notBundled };
