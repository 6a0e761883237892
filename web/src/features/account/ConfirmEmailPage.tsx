// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { MeQuery } from '../../app/session-documents';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { CONFIRM_EMAIL_MESSAGES, summariseProblem } from './account-problems';
import { ConfirmEmailChangeMutation } from './documents';

/**
 * The link in the e-mail-change message. It asks for a press rather than confirming on load:
 * mail scanners that open links must not change anyone's address.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { status, memberChanged } = useSession();
  const client = useClient();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [{ fetching }, confirm] = useMutation(ConfirmEmailChangeMutation);

  async function press() {
    if (fetching) return;
    const result = await confirm({ input: { token } });
    if (result.error)
      // Every problem here is the link's: nothing on the page to move focus to.
      return setErrors(
        summariseProblem(toApiProblem(result.error), CONFIRM_EMAIL_MESSAGES, t).map((e) => ({
          message: e.message,
        })),
      );
    setErrors([]);
    setConfirmed(true);
    // Signed in here: the menu and settings show the new address at once.
    if (status === 'signed-in') {
      const me = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (me.data) memberChanged(me.data.me);
    }
  }

  return (
    <Page title={t('account.confirmEmail.title')}>
      {!token ? (
        <p>{t('account.confirmEmail.invalidLink')}</p>
      ) : confirmed ? (
        <>
          <p role="status" className="notice">
            {t('account.confirmEmail.done')}
          </p>
          <p>
            <Link to={status === 'signed-in' ? '/settings/account' : '/sign-in'}>
              {t(status === 'signed-in' ? 'account.title' : 'account.backToSignIn')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          {errors.length === 0 && (
            <>
              <p>{t('account.confirmEmail.intro')}</p>
              <Button className="button" onPress={() => void press()}>
                {t('account.confirmEmail.submit')}
              </Button>
            </>
          )}
        </>
      )}
    </Page>
  );
}
