import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'tdesign-react';
import { ApiError, login, type Session } from '../api';

/** Sign-in: username and password; the server locks an account after five failures in 15 minutes. */
export function LoginPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!username.trim() || !password) return setError('请输入用户名和密码');
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login(username.trim(), password));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '登录失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <Card title={<h1 className="login-title">包裹管家 · 客服工作台</h1>} bordered>
        {notice && <Alert theme="info" message={notice} />}
        <Form labelAlign="top" onSubmit={() => void submit()} preventSubmitDefault>
          <Form.FormItem label="用户名" name="username">
            <Input
              name="username"
              placeholder="用户名"
              value={username}
              onChange={(v) => setUsername(String(v))}
              autofocus
              autocomplete="username"
            />
          </Form.FormItem>
          <Form.FormItem label="密码" name="password">
            <Input
              name="password"
              placeholder="密码"
              type="password"
              value={password}
              onChange={(v) => setPassword(String(v))}
              autocomplete="current-password"
            />
          </Form.FormItem>
          {error && <Alert theme="error" message={error} data-testid="login-error" />}
          <Button type="submit" theme="primary" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
