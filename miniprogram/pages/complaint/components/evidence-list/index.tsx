import { Image, Text, View } from '@tarojs/components';
import { EVIDENCE_STATE_LABELS, type EvidenceItem } from '../../../../services/evidence';
import './index.css';

interface Props {
  items: EvidenceItem[];
  canAdd: boolean;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

/** The chosen photos and videos, each with where it stands (uploading, checking, passed, refused and why). */
export default function EvidenceList({ items, canAdd, onAdd, onRemove }: Props) {
  return (
    <View className="evidence-list" data-testid="evidence-list">
      {items.map((item) => (
        <View
          key={item.key}
          className={`evidence-list__item evidence-list__item--${item.state}`}
          data-testid="evidence-item"
          data-state={item.state}
        >
          <View className="evidence-list__thumb">
            {item.kind === 'PHOTO' && item.state !== 'refused' ? (
              <Image className="evidence-list__img" src={item.preview} mode="aspectFill" nativeProps={{ alt: `证据照片 ${item.name}` }} />
            ) : (
              <Text className="evidence-list__kind">{item.kind === 'VIDEO' ? '视频' : '文件'}</Text>
            )}
          </View>
          <View className="evidence-list__body">
            <Text className="evidence-list__name">{item.name}</Text>
            <Text className={`evidence-list__state evidence-list__state--${item.state}`} data-testid="evidence-state">
              {EVIDENCE_STATE_LABELS[item.state]}
              {item.state === 'ok' && item.durationS !== null ? ` · ${Math.round(item.durationS)} 秒` : ''}
            </Text>
            {item.reason && (
              <Text className="evidence-list__reason" data-testid="evidence-reason">
                {item.reason}
              </Text>
            )}
          </View>
          <Text className="evidence-list__remove tap" data-testid="evidence-remove" onClick={() => onRemove(item.key)}>
            删除
          </Text>
        </View>
      ))}
      {canAdd && (
        <View className="evidence-list__add tap" data-testid="evidence-add" onClick={onAdd}>
          ＋ 添加照片或视频
        </View>
      )}
    </View>
  );
}
