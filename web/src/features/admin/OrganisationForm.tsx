// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { DialogForm, FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import type { AdminOrganisationsQuery, OrganisationKind } from '../../graphql/graphql';
import { splitList } from './admin-filters';
import { CreateOrganisationMutation, UpdateOrganisationMutation } from './documents';

type Organisation = AdminOrganisationsQuery['organisations'][number];

const KINDS: readonly OrganisationKind[] = [
  'HIGHER_EDUCATION',
  'RESEARCH_FUNDER',
  'AUTHORITY',
  'OTHER',
];

/** Input fields the API names, mapped to this form's field names (for the error summary). */
const FIELD_NAMES: Record<string, string> = {
  nameSv: 'orgNameSv',
  nameEn: 'orgNameEn',
  slug: 'orgSlug',
  shortNames: 'orgShortNames',
  emailDomains: 'orgEmailDomains',
  kind: 'orgKind',
  identityProviders: 'orgIdentityProviders',
};

/**
 * Adds an organisation, or edits one (`organisation` given; its slug cannot change). Lists are
 * written comma-separated. The API checks the rest (a domain belongs to one organisation).
 */
export function OrganisationDialog({
  organisation,
  onSaved,
}: {
  organisation?: Organisation;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      label={
        organisation
          ? t('admin.organisations.edit', { name: organisation.name })
          : t('admin.organisations.create')
      }
      buttonClassName={organisation ? 'button button--secondary' : 'button'}
    >
      {(close) => <OrganisationForm organisation={organisation} close={close} onSaved={onSaved} />}
    </FormDialog>
  );
}

function OrganisationForm({
  organisation,
  close,
  onSaved,
}: {
  organisation?: Organisation;
  close: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [, create] = useMutation(CreateOrganisationMutation);
  const [, update] = useMutation(UpdateOrganisationMutation);
  const [nameSv, setNameSv] = useState(organisation?.nameSv ?? '');
  const [nameEn, setNameEn] = useState(organisation?.nameEn ?? '');
  const [slug, setSlug] = useState(organisation?.slug ?? '');
  const [kind, setKind] = useState<OrganisationKind | ''>(organisation?.kind ?? '');
  const [shortNames, setShortNames] = useState(organisation?.shortNames.join(', ') ?? '');
  const [domains, setDomains] = useState(organisation?.emailDomains.join(', ') ?? '');
  const [acceptsQuestions, setAcceptsQuestions] = useState(organisation?.acceptsQuestions ?? false);
  const [identityProviders, setIdentityProviders] = useState(
    organisation?.identityProviders.join(', ') ?? '',
  );
  const [allowSelfRegistration, setAllowSelfRegistration] = useState(
    organisation?.allowSelfRegistration ?? false,
  );
  const [requireMfa, setRequireMfa] = useState(organisation?.requireMfa ?? false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [pending, setPending] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async () => {
    if (pending) return;
    const problems: SummaryError[] = [];
    if (nameSv.trim().length < 2)
      problems.push({ field: 'orgNameSv', message: t('admin.organisations.nameRequired') });
    if (nameEn.trim().length < 2)
      problems.push({ field: 'orgNameEn', message: t('admin.organisations.nameRequired') });
    if (!organisation && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
      problems.push({ field: 'orgSlug', message: t('admin.organisations.slugInvalid') });
    if (!kind) problems.push({ field: 'orgKind', message: t('admin.organisations.chooseKind') });
    setErrors(problems);
    if (problems.length || !kind) return;
    const common = {
      nameSv: nameSv.trim(),
      nameEn: nameEn.trim(),
      kind,
      acceptsQuestions,
      shortNames: splitList(shortNames),
      emailDomains: splitList(domains).map((d) => d.toLowerCase()),
      identityProviders: splitList(identityProviders),
      allowSelfRegistration,
      requireMfa,
    };
    setPending(true);
    const result = organisation
      ? await update({ input: { id: organisation.id, ...common } })
      : await create({ input: { ...common, slug } });
    setPending(false);
    if (result.error) {
      const problem = toApiProblem(result.error);
      const fields = problem.fields.map((f) => {
        const field = FIELD_NAMES[f.field.split('.')[0] ?? ''];
        return {
          field,
          message: field ? t('admin.organisations.fieldInvalid') : fieldProblemText(t, f),
        };
      });
      return setErrors(fields.length ? fields : [{ message: t(errorMessageKey(problem.code)) }]);
    }
    onSaved(t('admin.organisations.saved', { name: common.nameSv }));
    close();
  };

  return (
    <DialogForm
      title={
        organisation
          ? t('admin.organisations.editTitle', { name: organisation.name })
          : t('admin.organisations.createTitle')
      }
      errors={errors}
      submitLabel={t('admin.organisations.save')}
      onSubmit={submit}
      close={close}
    >
      <Field
        name="orgNameSv"
        label={t('admin.organisations.nameSv')}
        value={nameSv}
        onChange={setNameSv}
        error={errorOf('orgNameSv')}
        isRequired
      />
      <Field
        name="orgNameEn"
        label={t('admin.organisations.nameEn')}
        value={nameEn}
        onChange={setNameEn}
        error={errorOf('orgNameEn')}
        isRequired
      />
      {!organisation && (
        <Field
          name="orgSlug"
          label={t('admin.organisations.slug')}
          hint={t('admin.organisations.slugHint')}
          value={slug}
          onChange={setSlug}
          error={errorOf('orgSlug')}
          isRequired
        />
      )}
      <SelectField
        name="orgKind"
        label={t('admin.organisations.kind')}
        value={kind}
        onChange={(value) => setKind(value as OrganisationKind)}
        emptyLabel={t('admin.organisations.chooseKindOption')}
        options={KINDS.map((k) => ({ value: k, label: t(`admin.organisationKind.${k}`) }))}
        error={errorOf('orgKind')}
      />
      <Field
        name="orgShortNames"
        label={t('admin.organisations.shortNames')}
        hint={t('admin.organisations.listHint')}
        value={shortNames}
        onChange={setShortNames}
        error={errorOf('orgShortNames')}
      />
      <Field
        name="orgEmailDomains"
        label={t('admin.organisations.emailDomains')}
        hint={t('admin.organisations.domainsHint')}
        value={domains}
        onChange={setDomains}
        error={errorOf('orgEmailDomains')}
      />
      <Checkbox className="checkbox" isSelected={acceptsQuestions} onChange={setAcceptsQuestions}>
        {t('admin.organisations.acceptsQuestions')}
      </Checkbox>
      <Field
        name="orgIdentityProviders"
        label={t('admin.organisations.identityProviders')}
        hint={t('admin.organisations.identityProvidersHint')}
        value={identityProviders}
        onChange={setIdentityProviders}
        error={errorOf('orgIdentityProviders')}
      />
      <Checkbox
        className="checkbox"
        isSelected={allowSelfRegistration}
        onChange={setAllowSelfRegistration}
      >
        {t('admin.organisations.allowSelfRegistration')}
      </Checkbox>
      <Checkbox className="checkbox" isSelected={requireMfa} onChange={setRequireMfa}>
        {t('admin.organisations.requireMfa')}
      </Checkbox>
    </DialogForm>
  );
}
