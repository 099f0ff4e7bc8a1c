import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Parcel, ParcelStatus } from '../../../types';
import { checkIntercept, interceptRequestUrl } from '../../services/intercepts';
import { rememberedTail } from '../../services/tracking';
import './index.css';

/**
 * Where an intercept may still be asked for: a hint that saves a call for parcels long past it.
 * The server's verdict (`checkIntercept`) decides; the request page shows it in full.
 */
const MAYBE_IN_TIME: ReadonlySet<ParcelStatus> = new Set(['COLLECTED', 'IN_TRANSIT', 'ARRIVED_DEST_CITY', 'EXCEPTION', 'UNKNOWN']);

const open = (parcel: Parcel) => void Taro.navigateTo({ url: interceptRequestUrl(parcel.waybillNo, parcel.carrier) });

/** 拦截/改址 on the result page: hidden when it is too late, with the reason when it is risky. */
export default function InterceptEntry({ parcel }: { parcel: Parcel }) {
  const [verdict, setVerdict] = useState<{ eligibility: string; reason: string } | null>(null);
  const inTime = MAYBE_IN_TIME.has(parcel.status);
  useEffect(() => {
    if (!inTime) return;
    let live = true;
    void checkIntercept({ waybillNo: parcel.waybillNo, carrier: parcel.carrier, phoneTail: rememberedTail(parcel.waybillNo) }).then(
      (reply) => live && setVerdict(reply.ok ? reply.data : null),
    );
    return () => void (live = false);
  }, [parcel.waybillNo, parcel.carrier, inTime]);

  if (!verdict || verdict.eligibility === 'REFUSED') return null;
  return (
    <View className="intercept-entry card tap" data-testid="intercept-entry" onClick={() => open(parcel)}>
      <View className="intercept-entry__text">
        <Text className="intercept-entry__title">拦截 / 改址</Text>
        <Text className={verdict.eligibility === 'WARNED' ? 'intercept-entry__warned' : 'muted'}>
          {verdict.eligibility === 'WARNED' ? verdict.reason : '寄错了或不想要了？可以申请退回或改地址'}
        </Text>
      </View>
      <Text className="intercept-entry__go" aria-hidden>
        ›
      </Text>
    </View>
  );
}

/** The same entry on a card of 我的包裹: a plain link, shown while the parcel may still be stopped. */
export function InterceptLink({ parcel }: { parcel: Parcel }) {
  if (!MAYBE_IN_TIME.has(parcel.status)) return null;
  return (
    <View className="intercept-link tap" data-testid="intercept-link" onClick={() => open(parcel)}>
      拦截 / 改址
    </View>
  );
}
