import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { COMPLAINT_TYPES, COMPLAINT_TYPE_LABELS, DESCRIPTION_MAX, REMEDY_KINDS, REMEDY_LABELS } from '../../../../types/complaints';
import { carrierInfo } from '../../../../types/carriers';
import { useComplaintDraft } from '../../../hooks/use-complaint-draft';
import { dropDraft, evidenceHint, formProblems, toRequest, type ComplaintForm, type FormField } from '../../../services/complaint-form';
import { fileComplaint } from '../../../services/complaints';
import { addEvidence, roomLeft, type EvidenceItem } from '../../../services/evidence';
import ChoiceChips from '../components/choice-chips';
import EvidenceList from '../components/evidence-list';
import FormSection, { MoneyInput } from '../components/form-section';
import './index.css';

const TYPE_OPTIONS = COMPLAINT_TYPES.map((key) => ({ key, label: COMPLAINT_TYPE_LABELS[key] }));
const REMEDY_OPTIONS = REMEDY_KINDS.map((key) => ({ key, label: REMEDY_LABELS[key] }));
const INSURED_OPTIONS = [
  { key: 'no', label: '未保价' },
  { key: 'yes', label: '已保价' },
] as const;

/** How each field is named when the form lists what is still missing. */
const FIELD_NAMES: Record<FormField, string> = {
  waybillNo: '快递单号',
  type: '投诉类型',
  description: '经过',
  evidence: '证据',
  remedy: '处理方式',
  insured: '保价金额',
  contactPhone: '联系电话',
};
const FIELD_ORDER: FormField[] = ['waybillNo', 'type', 'description', 'evidence', 'remedy', 'insured', 'contactPhone'];

/** The complaint form: the five elements, checked in place; the draft survives leaving the page. */
export default function NewComplaint() {
  const { params } = useRouter();
  const openedFor = params.waybillNo ?? '';
  const [form, setForm] = useComplaintDraft(openedFor, params.carrier ?? '');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const set = (patch: Partial<ComplaintForm>) => setForm((f) => ({ ...f, ...patch }));
  const problems = formProblems(form);
  const shown = tried ? problems : {};
  const missing = FIELD_ORDER.filter((f) => problems[f]);
  const room = roomLeft(form.evidence);

  function upsert(item: EvidenceItem) {
    setForm((f) => {
      const known = f.evidence.some((e) => e.key === item.key);
      return { ...f, evidence: known ? f.evidence.map((e) => (e.key === item.key ? item : e)) : [...f.evidence, item] };
    });
  }

  async function pick() {
    const { skipped } = await addEvidence(form.evidence, upsert);
    if (skipped > 0) void Taro.showToast({ title: `超出数量的 ${skipped} 个文件没有添加`, icon: 'none' });
  }

  async function submit() {
    setTried(true);
    setFailure(null);
    if (missing.length) return;
    setBusy(true);
    const reply = await fileComplaint(toRequest(form));
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error.message);
    dropDraft(openedFor);
    void Taro.redirectTo({ url: `/pages/complaint/detail/index?id=${reply.data.complaint.id}` });
  }

  const carrierName = form.carrier ? carrierInfo(form.carrier)?.name : null;
  return (
    <View className="complaint-new">
      <FormSection title={`快递单号${carrierName ? ` · ${carrierName}` : ''}`} field="waybillNo" problem={shown.waybillNo}>
        <Input
          className="complaint-box"
          value={form.waybillNo}
          placeholder="快递单号"
          onInput={(e) => set({ waybillNo: e.detail.value.trim() })}
        />
      </FormSection>

      <FormSection title="遇到了什么问题" field="type" problem={shown.type}>
        <ChoiceChips testId="type" options={TYPE_OPTIONS} value={form.type} onChange={(type) => set({ type })} />
      </FormSection>

      <FormSection title="经过" field="description" problem={shown.description}>
        <Textarea
          className="complaint-box complaint-box--tall"
          value={form.description}
          maxlength={DESCRIPTION_MAX}
          placeholder="什么时候、在哪里、发生了什么，例如：11月22日签收时发现外箱压扁，两个玻璃杯碎了"
          onInput={(e) => set({ description: e.detail.value })}
        />
        <View className="muted complaint-new__count">
          {form.description.trim().length}/{DESCRIPTION_MAX}
        </View>
      </FormSection>

      <FormSection title="证据" field="evidence" problem={shown.evidence}>
        <View className="muted" data-testid="evidence-hint">
          {evidenceHint(form)}
        </View>
        <EvidenceList
          items={form.evidence}
          canAdd={room.photos + room.videos > 0}
          onAdd={() => void pick()}
          onRemove={(key) => set({ evidence: form.evidence.filter((e) => e.key !== key) })}
        />
      </FormSection>

      <FormSection title="希望怎么处理" field="remedy" problem={shown.remedy}>
        <ChoiceChips testId="remedy" options={REMEDY_OPTIONS} value={form.remedyKind} onChange={(remedyKind) => set({ remedyKind })} />
        {form.remedyKind === 'COMPENSATION' && (
          <MoneyInput value={form.amountYuan} placeholder="要求赔偿的金额（元）" onChange={(amountYuan) => set({ amountYuan })} />
        )}
      </FormSection>

      <FormSection title="是否保价" field="insured" problem={shown.insured}>
        <ChoiceChips
          testId="insured"
          options={INSURED_OPTIONS}
          value={form.insured ? 'yes' : 'no'}
          onChange={(v) => set({ insured: v === 'yes' })}
        />
        {form.insured && (
          <MoneyInput value={form.declaredYuan} placeholder="保价金额（元）" onChange={(declaredYuan) => set({ declaredYuan })} />
        )}
      </FormSection>

      <FormSection title="联系电话" field="contactPhone" problem={shown.contactPhone}>
        <Input
          className="complaint-box"
          type="text"
          value={form.contactPhone}
          placeholder="手机号或带区号的固定电话"
          onInput={(e) => set({ contactPhone: e.detail.value })}
        />
      </FormSection>

      <View className="complaint-new__submit">
        {tried && missing.length > 0 && (
          <View className="complaint-new__missing" data-testid="missing-summary">
            还差 {missing.length} 项：{missing.map((f) => FIELD_NAMES[f]).join('、')}
          </View>
        )}
        {failure && (
          <View className="complaint-new__missing" data-testid="file-error">
            {failure}
          </View>
        )}
        <Button type="primary" block loading={busy} data-testid="file-complaint" onClick={() => void submit()}>
          提交投诉
        </Button>
        <Text className="muted complaint-new__after">提交后客服会在 1 个工作日内答复，并按法规估算可获的赔偿。草稿会自动保存。</Text>
      </View>
    </View>
  );
}
