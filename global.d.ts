/** Injected by config/index.ts defineConstants: the 云开发 environment id ('' = the default one). */
declare const WX_CLOUD_ENV: string;

declare module '*.css';
declare module '*.png' {
  const src: string;
  export default src;
}
