/**
 * Operations CLI. Only JSON goes to stdout; messages go to stderr.
 *   npm run -s cli -- detect <number>
 *   npm run -s cli -- classify < lines.txt
 *   npm run -s cli -- track <number> [--carrier X] [--phone 1234]
 *   npm run -s cli -- parse kdniao|kuaidi100 < payload.json   (one parcel or {"error"} per line)
 *   npm run -s cli -- accuracy [--misses]                      (reader and detection accuracy on test/corpus)
 *   npm run -s cli -- staff add <username> --role agent|supervisor < password   (uses DATA_DIR)
 *   npm run -s cli -- verify-case <id>                         (checks the case log's hash chain; exit 1 when broken)
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

async function staff(args: string[]): Promise<void> {
  const [action, username] = args;
  const role = option(args, '--role');
  if (action !== 'add' || !username || (role !== 'agent' && role !== 'supervisor'))
    fail('usage: staff add <username> --role agent|supervisor   (the password is read from stdin)');
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters), then Enter and Ctrl-D: ');
  const password = (await readStdin()).split(/\r?\n/)[0];
  const { addStaffFromCli } = await import('./lib/cli-staff');
  const { AppError } = await import('../server/domain/app-error');
  try {
    const result = await addStaffFromCli({ username, role, password });
    process.stdout.write(`${JSON.stringify({ username: username.toLowerCase(), role, result })}\n`);
  } catch (err) {
    if (err instanceof AppError || (err as Error).name === 'ZodError')
      fail(err instanceof AppError ? err.userMessage : '用户名为 3–32 位小写字母、数字或 . _ -，以字母开头');
    throw err;
  }
}

async function verifyCase(args: string[]): Promise<void> {
  const id = args[0] ?? fail('usage: verify-case <id>');
  const { verifyCaseFromCli } = await import('./lib/cli-staff');
  const verdict = await verifyCaseFromCli(id);
  if (!verdict) fail(`no case ${id}`);
  process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  if (!verdict.ok) process.exitCode = 1;
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
    case 'staff':
      return staff(args);
    case 'verify-case':
      return verifyCase(args);
    default:
      fail(
        'usage: cli detect <number> | classify < lines | track <number> [--carrier X] [--phone 1234] | parse kdniao|kuaidi100 | accuracy | staff add <username> --role agent|supervisor | verify-case <id>',
      );
  }
}

main().catch((err: Error) => fail(err.message));
