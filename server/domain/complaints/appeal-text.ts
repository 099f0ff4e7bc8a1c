import {
  COMPLAINT_TYPE_LABELS,
  REMEDY_LABELS,
  type AppealField,
  type ComplaintType,
  type EvidenceCheck,
  type Remedy,
} from '../../../types/complaints';
import { DAY_MS, toChinaText } from './china-time';

/** Our types in the categories 12305 uses (docs/reference/complaints.md §2). */
export const APPEAL_TYPES = {
  DELAY: '延误',
  LOST: '丢失',
  FALSE_DELIVERY: '投递服务',
  DAMAGED: '损毁',
  SHORTAGE: '内件短少',
  NOT_DELIVERED_TO_DOOR: '投递服务',
  LOCKER_WITHOUT_CONSENT: '投递服务',
  ATTITUDE: '服务态度',
  ILLEGAL_FEE: '违规收费',
  PRIVACY_LEAK: '个人信息泄露',
  OTHER: '其他',
} as const satisfies Record<ComplaintType, string>;

export interface AppealCase {
  waybillNo: string;
  carrierName: string | null;
  type: ComplaintType;
  description: string;
  remedy: Remedy;
  contactPhone: string;
  filedAtMs: number;
  /** The thread, oldest first. */
  history: { atMs: number; from: 'USER' | 'STAFF'; text: string }[];
  resolution: { text: string; atMs: number; response: { accept: boolean; reason: string | null; atMs: number } | null } | null;
  evidence: (EvidenceCheck & { fileId: string })[];
  logHead: { seq: number; hash: string };
  nowMs: number;
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2).replace(/\.00$/, '')} 元`;
/** 1.2 MB, or 9 KB for what would read "0.0 MB" (a small photo). */
const fileSize = (bytes: number) =>
  bytes < 100 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function requestText(remedy: Remedy): string {
  return remedy.kind === 'COMPENSATION' && remedy.amountFen ? `赔偿 ${yuan(remedy.amountFen)}` : REMEDY_LABELS[remedy.kind];
}

function priorComplaintText(c: AppealCase): string {
  const company = c.carrierName ?? '快递公司';
  const filed = `${toChinaText(c.filedAtMs)} 通过包裹管家向${company}投诉`;
  const { resolution } = c;
  if (!resolution) return `${filed}，已过 ${Math.floor((c.nowMs - c.filedAtMs) / DAY_MS)} 天仍未给出处理结果`;
  const answer = `${toChinaText(resolution.atMs)} 处理结果：${resolution.text}`;
  if (!resolution.response) return `${filed}；${answer}`;
  const verdict = resolution.response.accept
    ? '本人接受'
    : `本人不接受${resolution.response.reason ? `，理由：${resolution.response.reason}` : ''}`;
  return `${filed}；${answer}；${verdict}`;
}

function evidenceLine(e: AppealCase['evidence'][number], index: number): string {
  const what = e.kind === 'PHOTO' ? '照片' : `视频 ${e.durationS?.toFixed(1)} 秒`;
  return `${index + 1}. ${what}，${e.mime}，${fileSize(e.bytes)}，SHA-256 ${e.sha256}`;
}

const field = (key: string, label: string, value: string | null, hint: string | null = null): AppealField => ({ key, label, value, hint });

/** Everything the 12305 form asks for, in its order (docs/reference/complaints.md §2), as fields to show and one text to copy. */
export function prepareAppealText(c: AppealCase): { text: string; fields: AppealField[] } {
  const history = c.history.map((m) => `${toChinaText(m.atMs)} ${m.from === 'USER' ? '我' : '快递公司客服'}：${m.text}`);
  const evidence = c.evidence.map(evidenceLine);
  const content = [
    `${COMPLAINT_TYPE_LABELS[c.type]}。${c.description}`,
    history.length > 0 ? `处理经过：\n${history.join('\n')}` : null,
    `案件记录共 ${c.logHead.seq} 条，最新记录校验值 ${c.logHead.hash}`,
  ]
    .filter(Boolean)
    .join('\n\n');

  const fields = [
    field('appellantName', '申诉人姓名', null, '请填写您的真实姓名'),
    field('appellantPhone', '申诉人手机', c.contactPhone),
    field('sender', '寄件人及联系方式', null, '知道的话请填写'),
    field('recipient', '收件人及联系方式', null, '知道的话请填写'),
    field('waybillNo', '快递单号', c.waybillNo),
    field('company', '被申诉企业', c.carrierName, c.carrierName ? null : '请填写快递公司名称'),
    field('appealType', '申诉类型', APPEAL_TYPES[c.type]),
    field('priorComplaint', '向企业投诉的日期和结果', priorComplaintText(c)),
    field('request', '申诉诉求', requestText(c.remedy)),
    field('content', '申诉内容', content),
    field(
      'evidence',
      '证据',
      evidence.length > 0 ? evidence.join('\n') : '无',
      evidence.length > 0 ? '请在 12305 上传这些文件；SHA-256 可核对文件未被改动' : null,
    ),
  ];
  const text = fields.map((f) => `${f.label}：${f.value ?? `（${f.hint ?? '请填写'}）`}`).join('\n');
  return { text, fields };
}
