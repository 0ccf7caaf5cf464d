// Sign-in. Local (dev and local profiles): pick a user and roles, or one of the people of the procedure; the gateway's
// /auth/token signs a token for them. OpenID Connect (production): one button to the company's identity provider.
import { useState } from 'preact/hooks';
import { consoleConfig, type ConsoleConfig } from '../auth/config';
import { signInLocally } from '../auth/local';
import { startOidcSignIn } from '../auth/oidc';
import { messages } from '../i18n/i18n';
import { Field, controlProps } from '../ui/Field';
import { useAction, useResource } from '../ui/hooks';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ProblemBanner } from '../ui/ProblemBanner';
import { roleLabel, ROLES } from './roles';

const t = messages(
  {
    title: 'Sign in to Accord',
    user: 'User',
    roles: 'Roles',
    signIn: 'Sign in',
    people: 'Sign in as one of the people in the procedure',
    localNote: 'Local sign-in: this installation runs with the development profile. In production, people sign in with the company account.',
    oidc: 'Sign in with the company account',
    expired: 'Your sign-in has expired. Please sign in again.',
    pickRole: 'Pick at least one role.',
    none: 'Sign-in is not available: this server has no sign-in configured. Please tell the administrator.',
  },
  {
    title: '登录 Accord',
    user: '用户',
    roles: '角色',
    signIn: '登录',
    people: '以流程中的人员身份登录',
    localNote: '本地登录：本安装以开发配置运行。生产环境中，人员使用公司账号登录。',
    oidc: '使用公司账号登录',
    expired: '登录已过期，请重新登录。',
    pickRole: '请至少选择一个角色。',
    none: '无法登录：此服务器未配置登录方式。请告知管理员。',
  },
);

/** The people of the procedure, for a quick local sign-in (user ids are mailed at <id>@ACCORD_MAIL_STAFF_DOMAIN). */
export const PEOPLE: { user: string; roles: string[] }[] = [
  { user: 'li.na', roles: ['SALES'] },
  { user: 'wang.wei', roles: ['TECHNICAL'] },
  { user: 'zhang.min', roles: ['PRODUCTION'] },
  { user: 'liu.yang', roles: ['PROCUREMENT'] },
  { user: 'zhao.lei', roles: ['SALES_MANAGER'] },
  { user: 'chen.gang', roles: ['GENERAL_MANAGER'] },
  { user: 'sun.li', roles: ['CUSTOMER_SERVICE'] },
  { user: 'zhou.qing', roles: ['QUALITY'] },
];

export function SignIn({ expired, onSignedIn }: { expired?: boolean; onSignedIn: () => void }) {
  const config = useResource(async () => ({ data: await consoleConfig(), etag: null, response: new Response() }), []);
  return (
    <main id="main" class="sign-in">
      <div class="sign-in-card">
        <div class="sign-in-head">
          <h1>{t('title')}</h1>
          <LanguageSwitch />
        </div>
        {expired && <p class="problem" role="alert">{t('expired')}</p>}
        {config.data?.signIn === 'oidc' && <OidcSignIn config={config.data} />}
        {config.data?.signIn === 'local' && <LocalSignIn onSignedIn={onSignedIn} />}
        {config.data?.signIn === 'none' && (
          <div class="problem" role="alert" id="no-sign-in"><p>{t('none')}</p>{config.data.detail && <p>{config.data.detail}</p>}</div>
        )}
      </div>
    </main>
  );
}

function OidcSignIn({ config }: { config: ConsoleConfig }) {
  const action = useAction();
  return (
    <>
      <ProblemBanner error={action.error} />
      <button type="button" class="primary" id="oidc-sign-in" disabled={action.busy}
        onClick={() => void action.run(() => startOidcSignIn(config.oidc!, location.hash))}>{t('oidc')}</button>
    </>
  );
}

function LocalSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [user, setUser] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const action = useAction();
  const signIn = async (u: string, r: string[]) => {
    const done = await action.run(() => signInLocally(u, r));
    if (done) onSignedIn();
  };
  const problem = action.error?.problem;
  return (
    <>
      <p class="note">{t('localNote')}</p>
      <h2>{t('people')}</h2>
      <ul class="people">
        {PEOPLE.map((p) => (
          <li key={p.user}>
            <button type="button" data-user={p.user} onClick={() => void signIn(p.user, p.roles)}>
              <strong>{p.user}</strong> <span>{p.roles.map(roleLabel).join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
      <form id="sign-in-form" onSubmit={(e) => { e.preventDefault(); void signIn(user.trim(), roles); }}>
        <ProblemBanner error={action.error} unplaced={problem?.violations?.filter((v) => v.field !== 'user' && v.field !== 'roles')} />
        <Field name="user" label={t('user')} problem={problem} required>
          <input {...controlProps('user', problem)} autoComplete="username" value={user} onInput={(e) => setUser((e.target as HTMLInputElement).value)} />
        </Field>
        <fieldset class={`roles field${problem?.violations?.some((v) => v.field === 'roles') ? ' invalid' : ''}`} id="f-roles">
          <legend>{t('roles')}</legend>
          {ROLES.map((r) => (
            <label key={r} class="check">
              <input type="checkbox" name="roles" value={r} checked={roles.includes(r)}
                onChange={(e) => setRoles((e.target as HTMLInputElement).checked ? [...roles, r] : roles.filter((x) => x !== r))} />
              {roleLabel(r)}
            </label>
          ))}
          {problem?.violations?.filter((v) => v.field === 'roles').map((v) => <p class="violation" data-field="roles" key={v.message}>{v.message}</p>)}
        </fieldset>
        <button type="submit" class="primary" id="sign-in" disabled={action.busy}>{t('signIn')}</button>
      </form>
    </>
  );
}
