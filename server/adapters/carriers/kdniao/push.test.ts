import { kdniaoPushBody } from '../../../../test/support/vendor-pushes';
import { verifyKdniaoPush } from './push';

const appKey = 'test-appkey-0000';
const nowMs = Date.parse('2026-11-22T10:00:00+08:00');

// Push body layout per docs/reference/carriers.md §1.8 (kdn-ds/doc-2282394): form POST of RequestData, RequestType, DataSign.
const payload = {
  EBusinessID: '1237100',
  PushTime: '2026-11-22 09:59:58',
  Count: '1',
  Data: [
    {
      EBusinessID: '1237100',
      ShipperCode: 'YTO',
      LogisticCode: 'YT7530129834567',
      Success: true,
      State: '3',
      StateEx: '301',
      Traces: [{ AcceptTime: '2026-11-22 09:30:00', AcceptStation: '【苏州市】您的快件已签收，签收人：本人', Action: '301' }],
    },
  ],
};

/** Builds a push the way KDNiao signs it: over the JSON before URL-encoding. */
const signedPush = (data: object = payload, key = appKey, type = '102') => kdniaoPushBody(data, key, type);

function seenSet() {
  const keys = new Set<string>();
  return { has: (k: string) => keys.has(k), add: (k: string) => void keys.add(k) };
}

const verify = (rawBody: string, seen = seenSet()) => verifyKdniaoPush({ rawBody, appKey, ebusinessId: '1237100', seen, nowMs });

test('a well-signed push gives its traces and the reply KDNiao expects', async () => {
  const result = await verify(signedPush());
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.traces[0]).toMatchObject({
    carrier: 'YTO',
    waybillNo: 'YT7530129834567',
    events: [{ time: '2026-11-22T09:30:00+08:00', code: '301' }],
  });
  expect(JSON.parse(result.reply)).toEqual({ EBusinessID: '1237100', UpdateTime: '2026-11-22 10:00:00', Success: true });
});

test('a push signed with another key is refused', async () => {
  await expect(verify(signedPush(payload, 'someone-else'))).resolves.toMatchObject({ ok: false, error: 'BAD_SIGNATURE' });
});

test('the same push twice is a replay and changes nothing', async () => {
  const seen = seenSet();
  await expect(verify(signedPush(), seen)).resolves.toMatchObject({ ok: true });
  await expect(verify(signedPush(), seen)).resolves.toMatchObject({ ok: false, error: 'REPLAY' });
});

test('a push without its signature is refused', async () => {
  await expect(verify(new URLSearchParams({ RequestData: JSON.stringify(payload), RequestType: '102' }).toString())).resolves.toMatchObject(
    { ok: false, error: 'MISSING_FIELD' },
  );
});

test('a signed body that is not the documented JSON is malformed', async () => {
  const body = kdniaoPushBody('{"EBusinessID":', appKey);
  await expect(verify(body)).resolves.toMatchObject({ ok: false, error: 'MALFORMED' });
  await expect(verify(signedPush({ hello: 'world' }))).resolves.toMatchObject({ ok: false, error: 'MALFORMED' });
});
