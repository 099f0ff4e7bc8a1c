/** Where the complaint pages live (the `complaint` subpackage); zod-free, so the main package can link to them. */
export const complaintFormUrl = (waybillNo: string, carrier: string) =>
  `/pages/complaint/new/index?waybillNo=${encodeURIComponent(waybillNo)}&carrier=${encodeURIComponent(carrier)}`;
export const COMPLAINT_LIST_URL = '/pages/complaint/list/index';
