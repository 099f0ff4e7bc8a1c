import { cloudHttp } from '../../server/cloud/cloud-function';
import { createConsoleHttp } from '../../server/functions/console.http';

/** The staff console's API through 云开发 HTTP access at /console/api/<name>, on the domain that serves the console itself. */
export const main = cloudHttp(createConsoleHttp);
