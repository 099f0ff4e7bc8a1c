import { Fragment, useCallback, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { Credits, FollowedParcel, FunctionResponse, ParcelFilter } from '../../../types';
import EmptyState from '../../components/empty-state';
import { InterceptLink } from '../../components/intercept-entry';
import ParcelCard from '../../components/parcel-card';
import ComplaintsLink from '../../components/complaints-link';
import { complaintFormUrl } from '../../services/complaint-links';
import { listFollowed, unfollowParcel, updateFollowed } from '../../services/follow';
import { requestReminders } from '../../services/subscribe';
import './index.css';

const TABS: { key: ParcelFilter; label: string }[] = [
  { key: 'ALL', label: '全部' },
  { key: 'IN_TRANSIT', label: '在途' },
  { key: 'PICKUP', label: '待取件' },
  { key: 'DELIVERED', label: '已签收' },
  { key: 'EXCEPTION', label: '异常' },
];

export default function Parcels() {
  const [filter, setFilter] = useState<ParcelFilter>('ALL');
  const [data, setData] = useState<FunctionResponse<'listParcels'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ parcelId: string; remark: string } | null>(null);
  const [archived, setArchived] = useState(false);

  const load = useCallback(
    async (f: ParcelFilter = filter, a: boolean = archived) => {
      const reply = await listFollowed({ filter: f, archived: a });
      if (reply.ok) {
        setData(reply.data);
        setError(null);
      } else setError(reply.error.message);
    },
    [filter, archived],
  );

  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  const setCredits = (credits: Credits) => setData((d) => (d ? { ...d, credits } : d));

  async function more(item: FollowedParcel) {
    const { tapIndex } = await Taro.showActionSheet({ itemList: ['备注', item.archived ? '移出归档' : '归档', '取消关注', '投诉'] }).catch(
      () => ({
        tapIndex: -1,
      }),
    );
    const parcelId = item.parcel.id;
    if (tapIndex === 0) setEditing({ parcelId, remark: item.remark });
    if (tapIndex === 1) await updateFollowed({ parcelId, archived: !item.archived });
    if (tapIndex === 2) await unfollowParcel(parcelId);
    if (tapIndex === 3) void Taro.navigateTo({ url: complaintFormUrl(item.parcel.waybillNo, item.parcel.carrier) });
    if (tapIndex === 1 || tapIndex === 2) await load();
  }

  async function saveRemark() {
    if (!editing) return;
    const reply = await updateFollowed({ parcelId: editing.parcelId, remark: editing.remark });
    if (!reply.ok) return void Taro.showToast({ title: reply.error.message, icon: 'none' });
    setEditing(null);
    await load();
  }

  function showAll() {
    setFilter('ALL');
    setArchived(false);
    void load('ALL', false);
  }

  const credits = data?.credits;
  return (
    <View className="parcels">
      {credits && (
        <View className="parcels__credits card" data-testid="credits">
          <Text>
            还能收到 {credits.progress} 条进度提醒、{credits.exception} 条异常提醒
          </Text>
          <Text className="parcels__topup tap" onClick={() => void requestReminders().then((c) => c && setCredits(c))}>
            开启更多提醒
          </Text>
        </View>
      )}
      <View className="parcels__tabs">
        {TABS.map((t) => (
          <Text
            key={t.key}
            className={`parcels__tab tap ${filter === t.key ? 'parcels__tab--on' : ''}`}
            data-testid={`tab-${t.key}`}
            onClick={() => {
              setFilter(t.key);
              void load(t.key);
            }}
          >
            {t.label}
            {data ? ` ${data.counts[t.key]}` : ''}
          </Text>
        ))}
      </View>
      {error && <EmptyState tone="error" title={error} action={{ text: '重试', onClick: () => void load() }} />}
      {editing && (
        <View className="card parcels__edit">
          <Input
            className="parcels__edit-input"
            value={editing.remark}
            maxlength={20}
            placeholder="备注，如：给妈妈的药"
            onInput={(e) => setEditing({ ...editing, remark: e.detail.value })}
          />
          <Button className="btn-primary btn-small" onClick={() => void saveRemark()}>
            保存
          </Button>
        </View>
      )}
      {data && data.items.length === 0 && (
        <EmptyState
          testId="parcels-empty"
          title={archived ? '没有已归档的包裹' : filter === 'ALL' ? '还没有包裹' : '这一栏没有包裹'}
          description={!archived && filter === 'ALL' ? '查询快递后点「关注包裹」，有进展会通知你。' : ''}
          action={
            !archived && filter === 'ALL'
              ? { text: '去查快递', onClick: () => void Taro.reLaunch({ url: '/pages/index/index' }) }
              : { text: '看全部包裹', primary: false, onClick: () => showAll() }
          }
        />
      )}
      {data?.items.map((item) => (
        <Fragment key={item.parcel.id}>
          <ParcelCard
            item={item}
            onOpen={() => void Taro.navigateTo({ url: `/pages/result/index?no=${item.parcel.waybillNo}&carrier=${item.parcel.carrier}` })}
            onMore={() => void more(item)}
          />
          <InterceptLink parcel={item.parcel} />
        </Fragment>
      ))}
      <View
        className="parcels__archived muted tap"
        onClick={() => {
          setArchived(!archived);
          void load(filter, !archived);
        }}
      >
        {archived ? '返回我的包裹' : '查看已归档的包裹'}
      </View>
      <ComplaintsLink />
    </View>
  );
}
