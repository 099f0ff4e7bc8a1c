import { useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Complaint } from '../../../../../types';
import { REMEDY_LABELS } from '../../../../../types/complaints';
import { dayAndTime, yuan } from '../../../../services/complaints';
import '../../complaint.css';
import './index.css';

interface Props {
  resolution: NonNullable<Complaint['resolution']>;
  /** Only a resolution waiting for the user's answer takes one. */
  canRespond: boolean;
  busy: boolean;
  onRespond: (accept: boolean, reason?: string) => void;
}

/** The carrier's answer and the user's say on it: 接受 closes the case, 不接受 opens 12305. */
export default function ResolutionCard({ resolution, canRespond, busy, onRespond }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { remedy, response } = resolution;
  return (
    <View className="card resolution-card" data-testid="resolution">
      <View className="resolution-card__title">处理结果 · {dayAndTime(resolution.at)}</View>
      <View>{resolution.text}</View>
      <View className="muted">
        处理方式：{REMEDY_LABELS[remedy.kind]}
        {remedy.amountFen ? ` ${yuan(remedy.amountFen)}` : ''}
      </View>
      {response && (
        <View className="resolution-card__response" data-testid="resolution-response">
          {response.accept ? '您已接受这个结果' : `您不接受这个结果${response.reason ? `：${response.reason}` : ''}`}
        </View>
      )}
      {canRespond && !rejecting && (
        <View className="resolution-card__actions">
          <Button type="primary" loading={busy} data-testid="accept" onClick={() => onRespond(true)}>
            接受
          </Button>
          <Button fill="outline" data-testid="reject" onClick={() => setRejecting(true)}>
            不接受
          </Button>
        </View>
      )}
      {canRespond && rejecting && (
        <View className="resolution-card__reject">
          <Textarea
            className="complaint-box complaint-box--tall resolution-card__reason"
            value={reason}
            maxlength={500}
            placeholder="哪里不满意？例如：只愿赔运费，但杯子价值 88 元"
            onInput={(e) => setReason(e.detail.value)}
          />
          <View className="resolution-card__actions">
            <Button type="primary" loading={busy} data-testid="confirm-reject" onClick={() => onRespond(false, reason.trim() || undefined)}>
              确认不接受
            </Button>
            <Button fill="outline" onClick={() => setRejecting(false)}>
              再想想
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
