import { cloudTimer } from '../../server/cloud/cloud-function';
import { withInterceptPorts } from '../../server/cloud/cloud-intercepts';
import { createInterceptWatchTimer } from '../../server/functions/intercept-watch.timer';

export const main = cloudTimer(withInterceptPorts(createInterceptWatchTimer));
