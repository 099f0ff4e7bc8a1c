import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const ROOT = path.resolve(__dirname, '..');
// The shared contract lives outside sourceRoot; Taro compiles it like app code.
const SHARED = [path.join(ROOT, 'types')];

/** Taro build config: weapp goes to dist/weapp (opened by WeChat DevTools), h5 to dist/h5 (served by `npm start`). */
export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'parcelmate',
    date: '2026-11-22',
    // NutUI's styles are drawn at 375 (1 px = 2 rpx), ours at 750 (NutUI's Taro quick start).
    designWidth: (input) => {
      const file = typeof input === 'object' ? input?.file : undefined;
      return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    // NutUI renders some HTML tags (the uploader's <div>, icons' <i>): the plugin maps them in the mini program.
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      WX_CLOUD_ENV: JSON.stringify(process.env.WX_CLOUD_ENV ?? ''),
      WX_TEMPLATE_IDS: JSON.stringify({
        progress: process.env.WX_TEMPLATE_PROGRESS ?? '',
        exception: process.env.WX_TEMPLATE_EXCEPTION ?? '',
        service: process.env.WX_TEMPLATE_SERVICE ?? '',
      }),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: SHARED },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: SHARED },
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});
