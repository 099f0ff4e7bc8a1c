import type { Evidence } from '../../../types/complaints';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The case's photos and videos through their short-lived links, with what was checked and the SHA-256 kept. */
export function EvidenceViewer({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">用户没有上传证据</p>;
  return (
    <ul className="evidence" aria-label="证据">
      {evidence.map((e, i) => (
        <li key={e.fileId} className="evidence-item">
          {!e.url ? (
            <div className="evidence-missing">文件已不可用</div>
          ) : e.kind === 'PHOTO' ? (
            <a href={e.url} target="_blank" rel="noreferrer" aria-label={`打开照片 ${i + 1}`}>
              <img src={e.url} alt={`证据照片 ${i + 1}`} data-testid="evidence-photo" />
            </a>
          ) : (
            <video src={e.url} controls preload="metadata" aria-label={`证据视频 ${i + 1}`} data-testid="evidence-video" />
          )}
          <div className="evidence-meta">
            {e.kind === 'PHOTO' ? '照片' : `视频 ${e.durationS?.toFixed(1)} 秒`} · {e.mime} · {size(e.bytes)}
            <br />
            <span className="hash" title="SHA-256：可核对文件没有被改动">
              SHA-256 {e.sha256.slice(0, 16)}…
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
