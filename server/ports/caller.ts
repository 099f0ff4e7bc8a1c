/** Who is calling, as the platform says: the OPENID from the WeChat context or the signed dev session. Never from request data. */
export interface Caller {
  openid: string;
}
