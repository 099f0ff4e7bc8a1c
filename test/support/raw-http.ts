import { connect } from 'node:net';

/** Sends bytes exactly as given (no URL normalization, unlike fetch) and resolves with the status line's code, or 0 when the socket closed first. */
export function rawRequest(port: number, head: string, body = '', timeoutMs = 5000): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = (status: number) => {
      socket.destroy();
      resolve(status);
    };
    const timer = setTimeout(() => done(-1), timeoutMs);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match && received.includes('\r\n\r\n')) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      done(/^HTTP\/1\.1 (\d{3})/.exec(received) ? Number(/^HTTP\/1\.1 (\d{3})/.exec(received)![1]) : 0);
    });
    socket.write(head + body);
  });
}

/** Prints a figure a test measured into the test output (jest does not capture process.stdout.write). */
export function reportCount(label: string, n: number): void {
  process.stdout.write(`  ${label}: ${n}\n`);
}
