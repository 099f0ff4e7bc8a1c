import { useMemo, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Cascader } from '@nutui/nutui-react-taro';
import { regionNames } from '../../../../../types/china-regions';
import { CITIES, DISTRICTS, PROVINCES } from '../../../../../types/regions/regions';
import type { AddressDraft, AddressErrors, AddressField } from './validate';
import './index.css';

type Option = { text: string; value: string; children?: Option[] };

/** Province → city → district, from the regions table the server checks against (codes, not names). */
function regionTree(): Option[] {
  const districts = new Map<string, Option[]>();
  for (const d of DISTRICTS) districts.set(d.cityCode, [...(districts.get(d.cityCode) ?? []), { text: d.name, value: d.code }]);
  const cities = new Map<string, Option[]>();
  for (const c of CITIES)
    cities.set(c.provinceCode, [...(cities.get(c.provinceCode) ?? []), { text: c.name, value: c.code, children: districts.get(c.code) }]);
  return PROVINCES.map((p) => ({ text: p.name, value: p.code, children: cities.get(p.code) }));
}

interface Props {
  value: AddressDraft;
  errors: AddressErrors;
  onChange: (next: AddressDraft) => void;
  /** A field the person has left: its error may show now. */
  onTouch: (field: AddressField | 'region') => void;
}

const FIELDS: { field: 'detail' | 'name' | 'phone'; label: string; placeholder: string; type?: 'number'; max: number }[] = [
  { field: 'detail', label: '详细地址', placeholder: '街道、小区、楼栋、门牌号', max: 120 },
  { field: 'name', label: '收件人', placeholder: '收件人姓名', max: 20 },
  { field: 'phone', label: '手机号', placeholder: '收件人手机号', type: 'number', max: 11 },
];

/** The new receiver address of a redirect: a region picker and three fields, each with its error in place. */
export default function AddressForm({ value, errors, onChange, onTouch }: Props) {
  const [picking, setPicking] = useState(false);
  const options = useMemo(regionTree, []);
  const names = value.districtCode ? regionNames(value) : null;
  const close = () => {
    setPicking(false);
    onTouch('region');
  };
  const regionText = names ? [names.province, names.city, names.district].filter((n, i, all) => all.indexOf(n) === i).join(' ') : '';

  return (
    <View className="address-form" data-testid="address-form">
      <View className="address-form__row tap" data-testid="region-picker" onClick={() => setPicking(true)}>
        <Text className="address-form__label">所在地区</Text>
        <Text className={regionText ? 'address-form__value' : 'address-form__value muted'}>{regionText || '选择省 / 市 / 区'}</Text>
      </View>
      {errors.region && <View className="address-form__error warn">{errors.region}</View>}
      {FIELDS.map(({ field, label, placeholder, type, max }) => (
        <View key={field}>
          <View className="address-form__row">
            <Text className="address-form__label">{label}</Text>
            <Input
              className="address-form__input"
              aria-label={label}
              data-testid={`address-${field}`}
              type={type ?? 'text'}
              maxlength={max}
              placeholder={placeholder}
              value={value[field]}
              onInput={(e) => onChange({ ...value, [field]: e.detail.value })}
              onBlur={() => onTouch(field)}
            />
          </View>
          {errors[field] && <View className="address-form__error warn">{errors[field]}</View>}
        </View>
      ))}
      <Cascader
        visible={picking}
        // NutUI's own close icon carries attributes that are not ARIA (ariaRole): ours is a plain button.
        title={
          <View className="address-form__picker-head">
            <Text>选择所在地区</Text>
            <Text className="address-form__picker-close tap" onClick={close}>
              取消
            </Text>
          </View>
        }
        options={options}
        value={value.districtCode ? [value.provinceCode, value.cityCode, value.districtCode] : undefined}
        closeable={false}
        onClose={close}
        onChange={(codes) => {
          const [provinceCode = '', cityCode = '', districtCode = ''] = codes.map(String);
          onChange({ ...value, provinceCode, cityCode, districtCode });
          setPicking(false);
          onTouch('region');
        }}
      />
    </View>
  );
}
