<?php
/*
 * Teams, team memberships, webhooks and /v2/me (any cal-api-version).
 */

declare(strict_types=1);

namespace CalbookEmulator;

trait OtherApi
{
    private function teamOutput(): array
    {
        $t = $this->store->data['team'];
        // Unset optional fields are left out (the spec types them as non-nullable strings).
        return [
            'id' => $t['id'], 'name' => $t['name'], 'slug' => $t['slug'], 'hideBranding' => false,
            'isOrganization' => false, 'isPrivate' => false, 'hideBookATeamMember' => false, 'metadata' => new \stdClass(),
            'timeFormat' => 24, 'timeZone' => $t['timeZone'], 'weekStart' => 'Monday',
        ];
    }

    private function listTeams(array $p): Response
    {
        return $this->ok([$this->teamOutput()]);
    }

    private function getTeam(array $p): Response
    {
        $this->teamId($p['teamId']);
        return $this->ok($this->teamOutput());
    }

    private function membershipOutput(array $m): array
    {
        $u = $this->user($m['userId']);
        return [
            'id' => $m['id'],
            'userId' => $m['userId'],
            'teamId' => $this->store->data['team']['id'],
            'accepted' => $m['accepted'] ?? true,
            'role' => $m['role'],
            'disableImpersonation' => false,
            'user' => [
                'metadata' => new \stdClass(),
                'email' => $u['email'] ?? null, 'username' => $u['username'] ?? null, 'name' => $u['name'] ?? null,
            ],
        ];
    }

    private function listMemberships(array $p): Response
    {
        $this->teamId($p['teamId']);
        $q = $this->req->params;
        $take = isset($q['take']) && is_digits($q['take']) ? max(1, min(250, (int) $q['take'])) : 250;
        $skip = isset($q['skip']) && is_digits($q['skip']) ? (int) $q['skip'] : 0;
        $emails = isset($q['emails']) && $q['emails'] !== '' ? array_map('strtolower', explode(',', $q['emails'])) : null;
        $out = [];
        foreach ($this->store->data['team']['memberships'] as $m) {
            $u = $this->user($m['userId']);
            if ($emails !== null && !in_array(strtolower($u['email'] ?? ''), $emails, true)) {
                continue;
            }
            $out[] = $this->membershipOutput($m);
        }
        return $this->ok(array_slice($out, $skip, $take));
    }

    private function findMembership(string $teamRaw, string $raw): int
    {
        $this->teamId($teamRaw);
        foreach ($this->store->data['team']['memberships'] as $i => $m) {
            if ((string) $m['id'] === $raw) {
                return $i;
            }
        }
        $this->fail(404, 'Membership with id=' . $raw . ' not found');
    }

    private function getMembership(array $p): Response
    {
        $i = $this->findMembership($p['teamId'], $p['id']);
        return $this->ok($this->membershipOutput($this->store->data['team']['memberships'][$i]));
    }

    private function createMembership(array $p): Response
    {
        $this->teamId($p['teamId']);
        $body = $this->jsonBody();
        $errors = [];
        if (!is_int($body['userId'] ?? null)) {
            $errors[] = self::vErr('userId', ['isInt' => 'userId must be an integer number']);
        }
        if (isset($body['role']) && !in_array($body['role'], ['MEMBER', 'OWNER', 'ADMIN'], true)) {
            $errors[] = self::vErr('role', ['isEnum' => 'role must be one of the following values: MEMBER, OWNER, ADMIN']);
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        if ($this->user($body['userId']) === null) {
            $this->fail(404, 'User with id=' . $body['userId'] . ' not found');
        }
        foreach ($this->store->data['team']['memberships'] as $m) {
            if ($m['userId'] === $body['userId']) {
                $this->fail(409, 'User is already a member of the team', 'CONFLICT');
            }
        }
        $m = ['id' => ++$this->store->data['seq']['membership'], 'userId' => $body['userId'], 'role' => $body['role'] ?? 'MEMBER', 'accepted' => (bool) ($body['accepted'] ?? false)];
        $this->store->data['team']['memberships'][] = $m;
        $this->store->touchData();
        return $this->ok($this->membershipOutput($m), 201);
    }

    private function updateMembership(array $p): Response
    {
        $i = $this->findMembership($p['teamId'], $p['id']);
        $body = $this->jsonBody();
        if (isset($body['role']) && !in_array($body['role'], ['MEMBER', 'OWNER', 'ADMIN'], true)) {
            $this->failValidation([self::vErr('role', ['isEnum' => 'role must be one of the following values: MEMBER, OWNER, ADMIN'])]);
        }
        $m = &$this->store->data['team']['memberships'][$i];
        if (isset($body['role'])) {
            $m['role'] = $body['role'];
        }
        if (isset($body['accepted'])) {
            $m['accepted'] = (bool) $body['accepted'];
        }
        $out = $this->membershipOutput($m);
        unset($m);
        $this->store->touchData();
        return $this->ok($out);
    }

    private function deleteMembership(array $p): Response
    {
        $i = $this->findMembership($p['teamId'], $p['id']);
        $m = $this->store->data['team']['memberships'][$i];
        $out = $this->membershipOutput($m);
        array_splice($this->store->data['team']['memberships'], $i, 1);
        $this->store->touchData();
        return $this->ok($out);
    }

    // ---------------------------------------------------------------- webhooks

    private const TRIGGERS = [
        'BOOKING_CREATED', 'BOOKING_PAYMENT_INITIATED', 'BOOKING_PAID', 'BOOKING_RESCHEDULED', 'BOOKING_REQUESTED',
        'BOOKING_CANCELLED', 'BOOKING_REJECTED', 'BOOKING_NO_SHOW_UPDATED', 'FORM_SUBMITTED', 'MEETING_ENDED',
        'MEETING_STARTED', 'RECORDING_READY', 'INSTANT_MEETING', 'RECORDING_TRANSCRIPTION_GENERATED', 'OOO_CREATED',
        'AFTER_HOSTS_CAL_VIDEO_NO_SHOW', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW', 'FORM_SUBMITTED_NO_EVENT',
    ];

    private function validateWebhook(array $body, bool $create): void
    {
        $errors = [];
        if ($create || array_key_exists('subscriberUrl', $body)) {
            $u = $body['subscriberUrl'] ?? null;
            if (!is_string($u) || !preg_match('#^https?://[^\s/]+#', $u)) {
                $errors[] = self::vErr('subscriberUrl', ['isUrl' => 'subscriberUrl must be a URL address']);
            }
        }
        if ($create || array_key_exists('triggers', $body)) {
            $t = $body['triggers'] ?? null;
            if (!is_array($t) || !array_is_list($t) || $t === [] || array_diff($t, self::TRIGGERS) !== []) {
                $errors[] = self::vErr('triggers', ['isEnum' => 'each value in triggers must be one of the following values: ' . implode(', ', self::TRIGGERS)]);
            }
        }
        if ($create || array_key_exists('active', $body)) {
            if (!is_bool($body['active'] ?? null)) {
                $errors[] = self::vErr('active', ['isBoolean' => 'active must be a boolean value']);
            }
        }
        foreach (['payloadTemplate', 'secret'] as $k) {
            if (array_key_exists($k, $body) && $body[$k] !== null && !is_string($body[$k])) {
                $errors[] = self::vErr($k, ['isString' => $k . ' must be a string']);
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
    }

    private function webhookOutput(array $w): array
    {
        $out = [
            'id' => $w['id'],
            'userId' => $w['userId'],
            'subscriberUrl' => $w['subscriberUrl'],
            'triggers' => $w['triggers'],
            'active' => $w['active'],
            'payloadTemplate' => $w['payloadTemplate'],
        ];
        if ($w['secret'] !== null) {
            $out['secret'] = $w['secret'];
        }
        return $out;
    }

    private function findWebhook(string $raw): array
    {
        $w = is_digits($raw) ? ($this->store->data['webhooks'][(int) $raw] ?? null) : null;
        if ($w === null || $w['userId'] !== $this->authUserId) {
            $this->fail(404, 'Webhook with id=' . $raw . ' not found');
        }
        return $w;
    }

    private function listWebhooks(array $p): Response
    {
        $q = $this->req->params;
        $take = isset($q['take']) && is_digits($q['take']) ? max(1, min(250, (int) $q['take'])) : 250;
        $skip = isset($q['skip']) && is_digits($q['skip']) ? (int) $q['skip'] : 0;
        $list = array_values(array_filter($this->store->data['webhooks'], fn ($w) => $w['userId'] === $this->authUserId));
        return $this->ok(array_map(fn ($w) => $this->webhookOutput($w), array_slice($list, $skip, $take)));
    }

    private function createWebhook(array $p): Response
    {
        $body = $this->jsonBody();
        $this->validateWebhook($body, true);
        foreach ($this->store->data['webhooks'] as $w) {
            if ($w['userId'] === $this->authUserId && $w['subscriberUrl'] === $body['subscriberUrl']) {
                $this->fail(409, 'Webhook with this subscriber url already exists for this user', 'ConflictException');
            }
        }
        $w = [
            'id' => ++$this->store->data['seq']['webhook'],
            'userId' => $this->authUserId,
            'subscriberUrl' => $body['subscriberUrl'],
            'triggers' => array_values($body['triggers']),
            'active' => $body['active'],
            'payloadTemplate' => $body['payloadTemplate'] ?? null,
            'secret' => $body['secret'] ?? null,
        ];
        $this->store->data['webhooks'][$w['id']] = $w;
        $this->store->touchData();
        return $this->ok($this->webhookOutput($w), 201);
    }

    private function getWebhook(array $p): Response
    {
        return $this->ok($this->webhookOutput($this->findWebhook($p['id'])));
    }

    private function updateWebhook(array $p): Response
    {
        $w = $this->findWebhook($p['id']);
        $body = $this->jsonBody();
        $this->validateWebhook($body, false);
        foreach (['subscriberUrl', 'triggers', 'active', 'payloadTemplate', 'secret'] as $k) {
            if (array_key_exists($k, $body)) {
                $w[$k] = $body[$k];
            }
        }
        $this->store->data['webhooks'][$w['id']] = $w;
        $this->store->touchData();
        return $this->ok($this->webhookOutput($w));
    }

    private function deleteWebhook(array $p): Response
    {
        $w = $this->findWebhook($p['id']);
        unset($this->store->data['webhooks'][$w['id']]);
        $this->store->touchData();
        return $this->ok($this->webhookOutput($w));
    }

    private function getMe(array $p): Response
    {
        $u = $this->user((int) $this->authUserId);
        return $this->ok([
            'id' => $u['id'], 'username' => $u['username'], 'email' => $u['email'], 'name' => $u['name'],
            'avatarUrl' => null, 'bio' => null,
            'timeFormat' => $u['timeFormat'], 'defaultScheduleId' => $u['defaultScheduleId'], 'weekStart' => $u['weekStart'],
            'timeZone' => $u['timeZone'], 'organizationId' => null,
        ]);
    }
}
