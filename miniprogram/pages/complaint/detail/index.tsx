import { useCallback, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { Complaint, FunctionResponse } from '../../../../types';
import { COMPLAINT_STATE_LABELS, COMPLAINT_TYPE_LABELS, MESSAGE_MAX, TIER_LABELS } from '../../../../types/complaints';
import EmptyState from '../../../components/empty-state';
import {
  dayAndTime,
  deadlineLines,
  getComplaint,
  prepareAppeal,
  respondToResolution,
  sendComplaintMessage,
} from '../../../services/complaints';
import CaseThread from '../components/case-thread';
import CompensationCard from '../components/compensation-card';
import ResolutionCard from '../components/resolution-card';
import '../complaint.css';
import './index.css';

type Appeal = FunctionResponse<'prepareAppeal'>;

/** One complaint as its user sees it: where it stands, the promised times, the thread, the answer and the way to 12305. */
export default function ComplaintDetail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const [appeal, setAppeal] = useState<Appeal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [got, prepared] = await Promise.all([getComplaint(id), prepareAppeal(id)]);
    if (!got.ok) return setError(got.error.message);
    setError(null);
    setComplaint(got.data.complaint);
    setAppeal(prepared.ok ? prepared.data : null);
  }, [id]);

  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  /** Any change answers with the case as it now is; the appeal offer may have changed with it. */
  async function apply(reply: Awaited<ReturnType<typeof getComplaint>>) {
    setBusy(false);
    if (!reply.ok) return void Taro.showToast({ title: reply.error.message, icon: 'none' });
    setComplaint(reply.data.complaint);
    const prepared = await prepareAppeal(id);
    setAppeal(prepared.ok ? prepared.data : null);
    return true;
  }

  async function send() {
    // An enabled button that says what is missing reads better than a greyed one (and keeps its contrast).
    if (!draft.trim()) return void Taro.showToast({ title: '请先写下要说的话', icon: 'none' });
    setBusy(true);
    if (await apply(await sendComplaintMessage(id, draft))) setDraft('');
  }

  async function respond(accept: boolean, reason?: string) {
    setBusy(true);
    await apply(await respondToResolution(id, accept, reason));
  }

  if (error)
    return <EmptyState tone="error" testId="complaint-error" title={error} action={{ text: '重试', onClick: () => void load() }} />;
  if (!complaint) return <View className="complaint-loading muted">正在打开…</View>;
  const c = complaint;
  const open = c.state !== 'CLOSED';
  return (
    <View className="complaint-detail">
      <View className="card">
        <View className="complaint-detail__head">
          <Text className="complaint-detail__type">{COMPLAINT_TYPE_LABELS[c.type]}</Text>
          <Text className={`complaint-detail__state complaint-detail__state--${c.state.toLowerCase()}`} data-testid="case-state">
            {COMPLAINT_STATE_LABELS[c.state]}
          </Text>
        </View>
        <View className="muted">
          {c.carrierName ?? '快递'} {c.waybillNo} · {TIER_LABELS[c.tier]}投诉 · {dayAndTime(c.filedAt)} 提交
        </View>
        <View className="complaint-detail__deadlines" data-testid="deadlines">
          {deadlineLines(c).map((line) => (
            <View key={line.text} className={line.late ? 'warn' : ''}>
              {line.text}
            </View>
          ))}
        </View>
      </View>

      {c.appeal && (
        <View className="card complaint-detail__appealed">
          <Text data-testid="appeal-recorded">已向 12305 申诉，编号 {c.appeal.caseNo}</Text>
          <Text className="tap link" onClick={() => void Taro.navigateTo({ url: `/pages/complaint/appeal/index?id=${c.id}` })}>
            申诉材料
          </Text>
        </View>
      )}
      {!c.appeal && appeal && (
        <View className="card" data-testid="appeal-offer">
          <View className={appeal.eligible ? '' : 'muted'}>{appeal.reason}</View>
          {appeal.eligible && (
            <Button
              className="complaint-detail__appeal"
              type="primary"
              block
              data-testid="open-appeal"
              onClick={() => void Taro.navigateTo({ url: `/pages/complaint/appeal/index?id=${c.id}` })}
            >
              向 12305 申诉
            </Button>
          )}
        </View>
      )}

      {c.resolution && (
        <ResolutionCard
          resolution={c.resolution}
          canRespond={c.state === 'RESOLVED' && !c.resolution.response}
          busy={busy}
          onRespond={(accept, reason) => void respond(accept, reason)}
        />
      )}
      <CompensationCard estimate={c.compensation} />

      <View className="card">
        <View className="complaint-detail__title">沟通记录</View>
        <CaseThread messages={c.messages} />
        {open && (
          <View className="complaint-detail__reply">
            <Textarea
              className="complaint-box complaint-detail__input"
              value={draft}
              maxlength={MESSAGE_MAX}
              placeholder="补充说明或回复客服"
              onInput={(e) => setDraft(e.detail.value)}
            />
            <Button
              type="primary"
              block
              loading={busy}

              data-testid="send"
              onClick={() => void send()}
            >
              发送
            </Button>
          </View>
        )}
      </View>
    </View>
  );
}
