/** A redirect's new address in 苏州 姑苏区, as a person types it (the phone with spaces). */
export const SUZHOU_ADDRESS = {
  provinceCode: '32',
  cityCode: '3205',
  districtCode: '320508',
  detail: '人民路 100 号 3 栋 201',
  name: '张三',
  phone: '138 0013 8000',
};
