// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';

/** One file of the archive: its name and the rows it holds. */
export interface ArchiveSection {
  file: string;
  rows: unknown;
}

/**
 * Everything stored about a member and everything they wrote, section by section, for their
 * data export. This is the one reader that crosses every feature's tables, on purpose: an export
 * must be complete, and one read-only file per section is easier to review for leaks than a
 * method in every module. Each query selects named columns, never `*`, so a column added later
 * is left out until someone decides it belongs in the export.
 *
 * What is never exported: secrets, hashes and keys (password hash, token and recovery-code
 * hashes, the sealed TOTP secret, passkey public keys and credential ids, client
 * fingerprints), and anything of other members beyond what the member's own screens show them:
 * no other author of anything, no assignee, no inviter; audit entries about another member
 * keep the action but not that member's id, and their details (which may name people) stay out.
 */
@Injectable()
export class MemberDataCollector {
  constructor(private readonly tx: TransactionHost) {}

  async collect(memberId: string): Promise<ArchiveSection[]> {
    const q = <T = unknown>(sql: string) => this.tx.manager.query<T[]>(sql, [memberId]);
    const [profile] = await q<Record<string, unknown>>(
      `SELECT m.id, m.email, m.display_name AS "displayName", m.locale, m.roles, m.status,
              m.show_email_in_directory AS "showEmailInDirectory",
              m.created_at AS "createdAt", m.updated_at AS "updatedAt",
              json_build_object('id', o.id, 'slug', o.slug, 'kind', o.kind,
                                'nameSv', o.name_sv, 'nameEn', o.name_en) AS organisation
         FROM member m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.id = $1`,
    );
    const cases = await q(
      `SELECT c.id, c.attribution, c.sharing_level AS "sharingLevel", c.status, c.version,
              c.title, c.summary, c.context, c.what_happened AS "whatHappened", c.assessment,
              c.outcome, c.mitigations, c.lessons_learned AS "lessonsLearned",
              c.topic_ids AS "topicIds", c.country_codes AS "countryCodes", c.phase, c.year,
              c.quarter, c.language, c.review_by AS "reviewBy",
              c.recipient_organisation_ids AS "recipientOrganisationIds",
              c.recipient_member_ids AS "recipientMemberIds",
              c.moderation_note AS "moderationNote", c.hidden_at AS "hiddenAt",
              c.submitted_at AS "submittedAt", c.published_at AS "publishedAt",
              c.created_at AS "createdAt", c.updated_at AS "updatedAt",
              COALESCE((SELECT json_agg(json_build_object(
                          'version', r.version, 'createdAt', r.created_at,
                          'redactedAt', r.redacted_at, 'snapshot', r.snapshot)
                          ORDER BY r.version)
                          FROM case_revision r WHERE r.case_id = c.id), '[]') AS revisions
         FROM case_study c WHERE c.author_id = $1 ORDER BY c.created_at`,
    );
    const questions = await q(
      `SELECT id, attribution, sharing_level AS "sharingLevel", status, close_reason AS "closeReason",
              version, title, body, topic_ids AS "topicIds", country_codes AS "countryCodes",
              language, directed_to_ids AS "directedToOrganisationIds",
              recipient_organisation_ids AS "recipientOrganisationIds",
              recipient_member_ids AS "recipientMemberIds",
              accepted_answer_id AS "acceptedAnswerId", moderation_note AS "moderationNote",
              hidden_at AS "hiddenAt", opened_at AS "openedAt", closed_at AS "closedAt",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM question WHERE author_id = $1 ORDER BY created_at`,
    );
    const answers = await q(
      `SELECT id, question_id AS "questionId", attribution, official, status, version, body,
              moderation_note AS "moderationNote", hidden_at AS "hiddenAt",
              published_at AS "publishedAt", created_at AS "createdAt", updated_at AS "updatedAt"
         FROM answer WHERE author_id = $1 ORDER BY created_at`,
    );
    // Self-assessments they own (DOMAIN §15), with their answers and mitigations. Who else it
    // was shared with stays out (other members), as does the history's actors.
    const assessments = await q(
      `SELECT a.id, a.title, a.collaboration_summary AS "collaborationSummary", a.status,
              a.decision, a.decision_reason AS "decisionReason", a.decided_at AS "decidedAt",
              a.review_on AS "reviewOn", a.guideline_version_id AS "guidelineVersionId",
              a.created_at AS "createdAt", a.updated_at AS "updatedAt",
              COALESCE((SELECT json_agg(json_build_object(
                          'questionKey', i.question_key, 'answer', i.answer, 'note', i.note,
                          'risk', i.risk,
                          'mitigations', COALESCE((SELECT json_agg(json_build_object(
                              'description', m.description, 'owner', m.owner, 'dueOn', m.due_on)
                              ORDER BY m.position)
                            FROM assessment_mitigation m
                           WHERE m.assessment_id = i.assessment_id
                             AND m.question_key = i.question_key), '[]'))
                          ORDER BY i.question_key)
                          FROM assessment_item i WHERE i.assessment_id = a.id), '[]') AS items
         FROM assessment a WHERE a.owner_id = $1 ORDER BY a.created_at`,
    );
    const votes = await q(
      `SELECT answer_id AS "answerId", created_at AS "createdAt"
         FROM answer_vote WHERE member_id = $1 ORDER BY created_at`,
    );
    const flags = await q(
      `SELECT id, content_type AS "contentType", content_id AS "contentId", reason, text,
              created_at AS "createdAt", resolved_at AS "resolvedAt"
         FROM content_flag WHERE flagger_id = $1 ORDER BY created_at`,
    );
    const follows = await q(
      `SELECT target_type AS "targetType", target_id AS "targetId", frequency,
              created_at AS "createdAt"
         FROM follow WHERE member_id = $1 ORDER BY created_at`,
    );
    const notificationPreferences = await q(
      `SELECT kind, email FROM notification_preference WHERE member_id = $1 ORDER BY kind`,
    );
    const notifications = await q(
      `SELECT id, kind, content_type AS "contentType", content_id AS "contentId", payload,
              read_at AS "readAt", created_at AS "createdAt"
         FROM notification WHERE member_id = $1 ORDER BY created_at`,
    );
    const sessions = await q(
      `SELECT id, device_label AS "device", created_at AS "createdAt",
              last_used_at AS "lastUsedAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt", revoked_reason AS "revokedReason",
              second_factor_at AS "secondFactorAt"
         FROM auth_session WHERE member_id = $1 ORDER BY created_at`,
    );
    const [mfa] = await q(
      `SELECT (SELECT json_build_object('createdAt', created_at, 'confirmedAt', confirmed_at)
                 FROM mfa_totp WHERE member_id = $1) AS "authenticatorApp",
              COALESCE((SELECT json_agg(json_build_object(
                          'id', id, 'label', label, 'transports', transports,
                          'createdAt', created_at, 'lastUsedAt', last_used_at)
                          ORDER BY created_at)
                          FROM mfa_passkey WHERE member_id = $1), '[]') AS passkeys,
              (SELECT json_build_object('total', count(*), 'unused', count(*) FILTER (WHERE used_at IS NULL))
                 FROM mfa_recovery_code WHERE member_id = $1) AS "recoveryCodes"`,
    );
    // Which identity at which IdP signs in as me (the subject is my eppn or the IdP's `sub`).
    const federatedIdentities = await q(
      `SELECT issuer, subject, created_at AS "linkedAt", last_used_at AS "lastUsedAt"
         FROM member_federated_identity WHERE member_id = $1 ORDER BY created_at`,
    );
    const accountRequests = await q(
      `SELECT purpose, new_email AS "newEmail", created_at AS "createdAt",
              expires_at AS "expiresAt", used_at AS "usedAt"
         FROM account_token WHERE member_id = $1 ORDER BY created_at`,
    );
    const audit = await q(
      `SELECT id, action, target_type AS "targetType",
              CASE WHEN target_type = 'member' AND target_id <> $1::uuid::text THEN NULL
                   ELSE target_id END AS "targetId",
              reason, created_at AS "createdAt"
         FROM audit_log WHERE actor_id = $1 ORDER BY created_at, id`,
    );
    return [
      { file: 'profile.json', rows: profile ?? null },
      { file: 'sessions.json', rows: sessions },
      { file: 'second-factors.json', rows: mfa ?? null },
      { file: 'federated-identities.json', rows: federatedIdentities },
      { file: 'account-requests.json', rows: accountRequests },
      { file: 'follows.json', rows: follows },
      { file: 'notification-preferences.json', rows: notificationPreferences },
      { file: 'notifications.json', rows: notifications },
      { file: 'cases.json', rows: cases },
      { file: 'questions.json', rows: questions },
      { file: 'answers.json', rows: answers },
      { file: 'votes.json', rows: votes },
      { file: 'assessments.json', rows: assessments },
      { file: 'flags.json', rows: flags },
      { file: 'audit-log.json', rows: audit },
    ];
  }
}
