import { buildFunctions } from './build-functions';
import { taroBuild } from './lib/taro-build';
import { reportMainPackageSize } from './check-size';

/** `npm run build`: the weapp build, the deployable cloud functions, and the main-package size. */
async function main() {
  const only = process.argv[2];
  if (!only || only === 'weapp') {
    taroBuild('weapp');
    if (!reportMainPackageSize()) process.exitCode = 1;
  }
  if (!only || only === 'functions') {
    for (const f of await buildFunctions()) console.log(`cloud function ${f.name}: ${(f.bytes / 1024).toFixed(1)} KB`);
  }
  if (only === 'h5') taroBuild('h5');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
