/** Injected by config/index.ts defineConstants: the 云开发 environment id ('' = the default one). */
declare const WX_CLOUD_ENV: string;

declare module '*.css';
declare module '*.png' {
  const src: string;
  export default src;
}

/** Injected by config/index.ts: WeChat template ids of the subscription templates, by key ('' in local builds). */
declare const WX_TEMPLATE_IDS: { progress: string; exception: string; service: string };
