/**
 * @fidm/x509 in the cloud bundles. wechatpay-node-v3 only uses it to derive the merchant serial
 * (we pass serial_no) and to read downloaded platform certificates (we verify with our own keys,
 * server/adapters/wechatpay/signature.ts), so it is never called.
 */
function notBundled() {
  throw new Error('@fidm/x509 is not in the cloud bundles: pass serial_no and verify with our own platform keys');
}

module.exports = { Certificate: { fromPEM: notBundled } };
