import { buildConsole, reportConsole } from './build-console';
import { buildFunctions, reportBundleSizes } from './build-functions';
import { taroBuild } from './lib/taro-build';
import { reportMainPackageSize } from './check-size';
import { reportBrowserGlobals } from './check-weapp-globals';

/** `npm run build`: the weapp build with its main-package size, the deployable cloud functions with each bundle's size, the staff console. */
async function main() {
  const only = process.argv[2];
  if (!only || only === 'weapp') {
    taroBuild('weapp');
    if (!reportMainPackageSize()) process.exitCode = 1;
    if (!reportBrowserGlobals()) process.exitCode = 1;
  }
  if (!only || only === 'functions') {
    if (!reportBundleSizes(await buildFunctions())) process.exitCode = 1;
  }
  if (!only || only === 'console') reportConsole(await buildConsole());
  if (only === 'h5') taroBuild('h5');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
