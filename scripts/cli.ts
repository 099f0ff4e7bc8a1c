/**
 * Operations CLI. Only JSON goes to stdout; messages go to stderr.
 *   npm run -s cli -- detect <number>
 *   npm run -s cli -- classify < lines.txt
 *   npm run -s cli -- track <number> [--carrier X] [--phone 1234]
 */
import { createInterface } from 'node:readline';
import { detectCarrier } from '../server/domain/tracking/detect-carrier';
import { classifyTraceLine } from '../server/domain/tracking/classify-trace';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function classify(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { status, reason, city, courier } = classifyTraceLine(line);
    process.stdout.write(`${JSON.stringify({ status, reason, city, courier })}\n`);
  }
}

async function track(args: string[]): Promise<void> {
  const number = args[0] ?? fail('usage: track <number> [--carrier X] [--phone 1234]');
  // Loaded lazily: detect and classify need no database.
  const { trackFromCli } = await import('./lib/cli-track');
  const result = await trackFromCli({ waybillNo: number, carrier: option(args, '--carrier'), phoneTail: option(args, '--phone') });
  if (!result.ok) fail(`${result.error.code}: ${result.error.message}`);
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'detect': {
      const number = args[0] ?? fail('usage: detect <number>');
      process.stdout.write(`${JSON.stringify(detectCarrier(number))}\n`);
      return;
    }
    case 'classify':
      return classify();
    case 'track':
      return track(args);
    default:
      fail('usage: cli detect <number> | classify < lines | track <number> [--carrier X] [--phone 1234]');
  }
}

main().catch((err: Error) => fail(err.message));
