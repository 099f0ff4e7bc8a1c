import { useEffect, useState } from 'react';
import { Button, Layout, Menu } from 'tdesign-react';
import { loadSession, saveSession, whenSignedOut, type Session } from './api';
import { CasePage } from './pages/case-page';
import { InterceptTaskPage } from './pages/intercept-task-page';
import { InterceptsPage } from './pages/intercepts-page';
import { LoginPage } from './pages/login-page';
import { QueuePage } from './pages/queue-page';
import { ReportPage } from './pages/report-page';
import { go } from './route';

/** The page the hash names: #/queue, #/breached, #/case/<id>, #/intercepts, #/intercept/<id>, #/report. */
type Route = { page: 'queue' | 'breached' | 'intercepts' | 'report' } | { page: 'case' | 'intercept'; id: string };

function readRoute(): Route {
  const [, page, id] = window.location.hash.split('/');
  if ((page === 'case' || page === 'intercept') && id) return { page, id: decodeURIComponent(id) };
  if (page === 'breached' || page === 'intercepts' || page === 'report') return { page };
  return { page: 'queue' };
}

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [route, setRoute] = useState<Route>(readRoute);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    whenSignedOut(() => {
      saveSession(null);
      setSession(null);
      setNotice('登录已过期，请重新登录');
    });
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!session) {
    return (
      <LoginPage
        notice={notice}
        onSignedIn={(s) => {
          saveSession(s);
          setNotice(null);
          setSession(s);
        }}
      />
    );
  }

  const signOut = () => {
    saveSession(null);
    setSession(null);
  };
  const menuValue = route.page === 'case' ? 'queue' : route.page === 'intercept' ? 'intercepts' : route.page;
  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <h1 className="brand">包裹管家 · 客服工作台</h1>
        <span className="who" data-testid="who">
          {session.username}（{session.role === 'supervisor' ? '主管' : '客服'}）
        </span>
        <Button variant="text" onClick={signOut}>
          退出
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Aside width="180px">
          <Menu value={menuValue} width="180px" onChange={(v) => go(`#/${String(v)}`)} aria-label="导航">
            <Menu.MenuItem value="queue">投诉队列</Menu.MenuItem>
            <Menu.MenuItem value="breached">超时升级</Menu.MenuItem>
            <Menu.MenuItem value="intercepts">拦截任务</Menu.MenuItem>
            {session.role === 'supervisor' && <Menu.MenuItem value="report">主管报表</Menu.MenuItem>}
          </Menu>
        </Layout.Aside>
        <Layout.Content className="content">
          <main>
            {route.page === 'case' && <CasePage id={route.id} session={session} />}
            {route.page === 'queue' && <QueuePage key="queue" breachedOnly={false} session={session} />}
            {route.page === 'breached' && <QueuePage key="breached" breachedOnly session={session} />}
            {route.page === 'intercepts' && <InterceptsPage />}
            {route.page === 'intercept' && <InterceptTaskPage id={route.id} />}
            {route.page === 'report' && <ReportPage />}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
