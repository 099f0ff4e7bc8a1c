/**
 * Operations CLI. Only JSON goes to stdout; messages go to stderr.
 *   npm run -s cli -- detect <number>
 *   npm run -s cli -- classify < lines.txt
 *   npm run -s cli -- track <number> [--carrier X] [--phone 1234]
 *   npm run -s cli -- parse kdniao|kuaidi100 < payload.json   (one parcel or {"error"} per line)
 *   npm run -s cli -- accuracy [--misses]                      (reader and detection accuracy on test/corpus)
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function parse(args: string[]): Promise<void> {
  const vendor = args[0];
  if (vendor !== 'kdniao' && vendor !== 'kuaidi100') fail('usage: parse kdniao|kuaidi100 < payload.json');
  const { parsePayload } = await import('./lib/cli-parse');
  for (const out of parsePayload(vendor, await readStdin(), Date.now())) process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function accuracy(args: string[]): Promise<void> {
  const { accuracyReport } = await import('./lib/accuracy-report');
  const report = accuracyReport();
  if (!args.includes('--misses')) delete (report as { misses?: unknown }).misses;
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
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
    case 'parse':
      return parse(args);
    case 'accuracy':
      return accuracy(args);
    default:
      fail(
        'usage: cli detect <number> | classify < lines | track <number> [--carrier X] [--phone 1234] | parse kdniao|kuaidi100 | accuracy',
      );
  }
}

main().catch((err: Error) => fail(err.message));
