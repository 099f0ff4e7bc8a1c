import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ComplaintMessage } from '../../../../../types';
import { dayAndTime } from '../../../../services/complaints';
import './index.css';

function evidenceNote(m: ComplaintMessage): string | null {
  const photos = m.evidence.filter((e) => e.kind === 'PHOTO').length;
  const videos = m.evidence.length - photos;
  const parts = [photos ? `${photos} 张照片` : '', videos ? `${videos} 段视频` : ''].filter(Boolean);
  return parts.length ? `附 ${parts.join('、')}` : null;
}

/** The photos sent with a message, through the short-lived links the server made for this user; a tap shows them full size. */
function Photos({ message }: { message: ComplaintMessage }) {
  const urls = message.evidence.flatMap((e) => (e.kind === 'PHOTO' && e.url ? [e.url] : []));
  if (!urls.length) return null;
  return (
    <View className="case-thread__photos">
      {urls.map((url, i) => (
        <Image
          key={url}
          className="case-thread__photo"
          data-testid="thread-photo"
          src={url}
          mode="aspectFill"
          nativeProps={{ alt: `证据照片 ${i + 1}` }}
          onClick={() => void Taro.previewImage({ current: url, urls })}
        />
      ))}
    </View>
  );
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
          <Photos message={m} />
          {evidenceNote(m) && <View className="muted">{evidenceNote(m)}</View>}
        </View>
      ))}
    </View>
  );
}
