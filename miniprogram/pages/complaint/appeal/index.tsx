import { useCallback, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import type { Complaint, FunctionResponse } from '../../../../types';
import EmptyState from '../../../components/empty-state';
import { fullDate, getComplaint, prepareAppeal, recordAppeal } from '../../../services/complaints';
import '../complaint.css';
import './index.css';

/** The official channels of the 邮政业消费者申诉 centre (docs/reference/complaints.md §2); there is no API. */
const SITE = 'https://sswz.spb.gov.cn/';

async function copy(data: string, what: string) {
  await Taro.setClipboardData({ data });
  void Taro.showToast({ title: `${what}已复制`, icon: 'none' });
}

/** 12305: everything its form asks for, ready to copy, the official channel, and the case number it gives back. */
export default function Appeal() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [prepared, setPrepared] = useState<FunctionResponse<'prepareAppeal'> | null>(null);
  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseNo, setCaseNo] = useState('');
  const [caseNoError, setCaseNoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [got, prep] = await Promise.all([getComplaint(id), prepareAppeal(id)]);
    if (!got.ok) return setError(got.error.message);
    if (!prep.ok) return setError(prep.error.message);
    setError(null);
    setComplaint(got.data.complaint);
    setPrepared(prep.data);
  }, [id]);

  useDidShow(() => void load());

  async function record() {
    if (!caseNo.trim()) return setCaseNoError('请填写 12305 给出的申诉编号');
    setBusy(true);
    const reply = await recordAppeal(id, caseNo.trim());
    setBusy(false);
    if (!reply.ok) return setCaseNoError(reply.error.message);
    setCaseNoError(null);
    setComplaint(reply.data.complaint);
    // The confirmation shows at the top of the page; the user is at the bottom, where the box was.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
    void Taro.showToast({ title: '申诉编号已保存', icon: 'success' });
  }

  if (error) return <EmptyState tone="error" title={error} action={{ text: '重试', onClick: () => void load() }} />;
  if (!prepared || !complaint) return <View className="complaint-loading muted">正在准备申诉材料…</View>;
  const recorded = complaint.appeal;
  return (
    <View className="appeal">
      {recorded ? (
        <View className="card appeal__recorded" data-testid="appeal-saved">
          <View className="appeal__title">已记录 12305 申诉编号</View>
          <View className="appeal__case-no">{recorded.caseNo}</View>
          <View className="muted">12305 应在 {fullDate(recorded.answerDue)} 前答复，到期前 3 天会提醒您。</View>
        </View>
      ) : (
        <View className={`card ${prepared.eligible ? '' : 'muted'}`} data-testid="appeal-reason">
          {prepared.reason}
        </View>
      )}

      <View className="card">
        <View className="appeal__title">怎么申诉</View>
        <View>1. 打开 12305 网站，或在微信搜索公众号「邮政业消费者申诉」，也可拨打 区号+12305。</View>
        <View>2. 按下面的内容逐项填写，证据照片和视频在申诉页上传。</View>
        <View>3. 提交后把 12305 给的申诉编号记在本页，方便跟进。</View>
        <View className="appeal__site">
          <Text className="appeal__link">{SITE}</Text>
          <Text className="tap link" data-testid="copy-site" onClick={() => void copy(SITE, '网址')}>
            复制网址
          </Text>
        </View>
      </View>

      <View className="card" data-testid="appeal-fields">
        <View className="appeal__title">申诉表内容</View>
        {prepared.fields.map((f) => (
          <View key={f.key} className="appeal__field">
            <View className="appeal__field-head">
              <Text className="appeal__label">{f.label}</Text>
              {f.value && (
                <Text className="tap link" onClick={() => void copy(f.value ?? '', f.label)}>
                  复制
                </Text>
              )}
            </View>
            <Text className={f.value ? 'appeal__value' : 'appeal__value muted'}>{f.value ?? f.hint ?? '在 12305 页面填写'}</Text>
            {f.value && f.hint && <View className="muted">{f.hint}</View>}
          </View>
        ))}
      </View>

      <View className="card">
        <View className="appeal__field-head">
          <Text className="appeal__title">全部内容（含沟通记录和证据校验值）</Text>
          <Text className="tap link" data-testid="copy-text" onClick={() => void copy(prepared.text, '申诉内容')}>
            复制全部
          </Text>
        </View>
        <Text className="appeal__text" data-testid="appeal-text">
          {prepared.text}
        </Text>
      </View>

      {!recorded && prepared.eligible && (
        <View className="card">
          <View className="appeal__title">记录 12305 申诉编号</View>
          <Input
            className="complaint-box appeal__input"
            value={caseNo}
            maxlength={40}
            placeholder="12305 给出的申诉编号"
            onInput={(e) => setCaseNo(e.detail.value)}
          />
          {caseNoError && (
            <View className="warn appeal__error" data-testid="case-no-error">
              {caseNoError}
            </View>
          )}
          <Button
            type="primary"
            block
            loading={busy}

            data-testid="record-appeal"
            onClick={() => void record()}
          >
            保存编号
          </Button>
        </View>
      )}
    </View>
  );
}
