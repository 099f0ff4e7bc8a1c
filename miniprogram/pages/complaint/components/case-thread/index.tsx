import { Text, View } from '@tarojs/components';
import type { ComplaintMessage } from '../../../../../types';
import { dayAndTime } from '../../../../services/complaints';
import './index.css';

function evidenceNote(m: ComplaintMessage): string | null {
  const photos = m.evidence.filter((e) => e.kind === 'PHOTO').length;
  const videos = m.evidence.length - photos;
  const parts = [photos ? `${photos} 张照片` : '', videos ? `${videos} 段视频` : ''].filter(Boolean);
  return parts.length ? `附 ${parts.join('、')}` : null;
}

/** The conversation with customer service, oldest first; the first message is the complaint itself. */
export default function CaseThread({ messages }: { messages: ComplaintMessage[] }) {
  return (
    <View className="case-thread" data-testid="thread">
      {messages.map((m) => (
        <View
          key={m.id}
          className={`case-thread__msg case-thread__msg--${m.from.toLowerCase()}`}
          data-testid={`msg-${m.from.toLowerCase()}`}
        >
          <View className="case-thread__who muted">
            {m.from === 'STAFF' ? '客服' : '我'} · {dayAndTime(m.at)}
          </View>
          <Text className="case-thread__text">{m.text}</Text>
          {evidenceNote(m) && <View className="muted">{evidenceNote(m)}</View>}
        </View>
      ))}
    </View>
  );
}
