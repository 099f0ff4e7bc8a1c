import Taro from '@tarojs/taro';
import { pickEvidence, uploadPicked } from './evidence-source';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { chooseMedia: jest.fn(), cloud: { uploadFile: jest.fn() } } }));
const taro = Taro as unknown as { chooseMedia: jest.Mock; cloud: { uploadFile: jest.Mock } };

beforeEach(() => jest.resetAllMocks());

test('WeChat: the picker is asked for the room left, videos stopped at 60 s, and answers with photos and videos', async () => {
  taro.chooseMedia.mockResolvedValue({
    tempFiles: [
      { tempFilePath: 'wxfile://tmp/a1.jpg', fileType: 'image', thumbTempFilePath: '' },
      { tempFilePath: 'wxfile://tmp/v1.mp4', fileType: 'video', thumbTempFilePath: 'wxfile://tmp/v1-thumb.jpg' },
    ],
  });
  const picked = await pickEvidence({ photos: 2, videos: 3 });
  expect(taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 5, mediaType: ['image', 'video'], maxDuration: 60 }));
  expect(picked).toEqual([
    { name: 'a1.jpg', kind: 'PHOTO', preview: 'wxfile://tmp/a1.jpg', path: 'wxfile://tmp/a1.jpg' },
    { name: 'v1.mp4', kind: 'VIDEO', preview: 'wxfile://tmp/v1-thumb.jpg', path: 'wxfile://tmp/v1.mp4' },
  ]);
});

test('WeChat: no room for videos asks for photos only; a cancelled picker is no files, not an error', async () => {
  taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail cancel' });
  await expect(pickEvidence({ photos: 4, videos: 0 })).resolves.toEqual([]);
  expect(taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 4, mediaType: ['image'] }));
});

test('WeChat: a file goes to cloud storage under a fresh path the fileId schema accepts, and its fileID comes back', async () => {
  taro.cloud.uploadFile.mockResolvedValue({ fileID: 'cloud://env.bucket/complaint-evidence/x.jpg' });
  const reply = await uploadPicked({ name: 'a1.JPG', kind: 'PHOTO', preview: '', path: 'wxfile://tmp/a1.JPG' });
  expect(reply).toEqual({ ok: true, data: { fileId: 'cloud://env.bucket/complaint-evidence/x.jpg' } });
  const { cloudPath, filePath } = taro.cloud.uploadFile.mock.calls[0][0];
  expect(filePath).toBe('wxfile://tmp/a1.JPG');
  expect(cloudPath).toMatch(/^complaint-evidence\/\d+-[a-z0-9]+\.jpg$/);
});

test('WeChat: a failed upload is NETWORK in Chinese, never a throw', async () => {
  taro.cloud.uploadFile.mockRejectedValue(new Error('uploadFile:fail'));
  await expect(uploadPicked({ name: 'a.jpg', kind: 'PHOTO', preview: '', path: 'x' })).resolves.toEqual({
    ok: false,
    error: { code: 'NETWORK', message: '网络不给力，请检查网络后重试' },
  });
});
