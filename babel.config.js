// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// NutUI on demand (its Taro quick start, jdf2e/nutui-react src/sites/sites-react/doc/docs/taro/start-react.md):
// `import { Button } from '@nutui/nutui-react-taro'` becomes the one component and its CSS, so a page
// carries only what it uses; icons are one file each (the package's index pulls all 200).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        style: (path) => `${path}/style/css`,
        camel2DashComponentName: false,
      },
      'nutui-react-taro',
    ],
    [
      'import',
      {
        libraryName: '@nutui/icons-react-taro',
        customName: (name) => `@nutui/icons-react-taro/dist/es/icons/${name}.js`,
        style: false,
        camel2DashComponentName: false,
      },
      'nutui-icons-react-taro',
    ],
  ],
};
