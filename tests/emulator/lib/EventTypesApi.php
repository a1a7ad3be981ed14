<?php
/*
 * Event types: global /v2/event-types (2024-06-14; legacy shapes for older or missing versions;
 * 404 for 2024-08-13 and 2024-09-04) and team-scoped /v2/teams/{teamId}/event-types (any version).
 */

declare(strict_types=1);

namespace CalbookEmulator;

trait EventTypesApi
{
    // ---------------------------------------------------------------- global

    private function listEventTypes(array $p): Response
    {
        $q = $this->req->params;
        $userId = $this->authUserId;
        if (isset($q['username'])) {
            $userId = null;
            foreach ($this->store->data['users'] as $u) {
                if ($u['username'] === $q['username']) {
                    $userId = $u['id'];
                }
            }
            if ($userId === null) {
                return $this->mode === 'legacy' ? $this->ok(['eventTypeGroups' => []]) : $this->ok([]);
            }
        } elseif ($userId === null) {
            $this->fail(401, 'ApiAuthStrategy - api key - Your api key is not valid');
        }
        $list = [];
        foreach ($this->store->data['event_types'] as $et) {
            if ($et['teamId'] === null && $et['ownerId'] === $userId
                && (!isset($q['eventSlug']) || $et['slug'] === $q['eventSlug'])
                && (!$et['hidden'] || $userId === $this->authUserId)) {
                $list[] = $et;
            }
        }
        if (($q['sortCreatedAt'] ?? '') === 'desc') {
            $list = array_reverse($list);
        }
        if ($this->mode === 'legacy') {
            $u = $this->user($userId);
            return $this->ok(['eventTypeGroups' => [[
                'teamId' => null,
                'profile' => ['slug' => $u['username'], 'name' => $u['name']],
                'eventTypes' => array_map(fn ($et) => $this->legacyEventTypeOutput($et), $list),
            ]]]);
        }
        return $this->ok(array_map(fn ($et) => $this->eventTypeOutput($et), $list));
    }

    private function getEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], null);
        return $this->ok($this->mode === 'legacy' ? ['eventType' => $this->legacyEventTypeOutput($et)] : $this->eventTypeOutput($et));
    }

    private function createEventType(array $p): Response
    {
        $body = $this->jsonBody();
        $this->validateEventType($body, true, false);
        $et = $this->buildEventType($body);
        $et['ownerId'] = $this->authUserId;
        $this->storeEventType($et);
        return $this->ok($this->mode === 'legacy' ? ['eventType' => $this->legacyEventTypeOutput($et)] : $this->eventTypeOutput($et), 201);
    }

    private function updateEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], null);
        $body = $this->jsonBody();
        $this->validateEventType($body, false, false);
        $et = $this->patchEventType($et, $body);
        $this->storeEventType($et);
        return $this->ok($this->mode === 'legacy' ? ['eventType' => $this->legacyEventTypeOutput($et)] : $this->eventTypeOutput($et));
    }

    private function deleteEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], null);
        unset($this->store->data['event_types'][$et['id']]);
        $this->store->touchData();
        return $this->ok(['id' => $et['id'], 'lengthInMinutes' => $et['lengthInMinutes'], 'title' => $et['title'], 'slug' => $et['slug']]);
    }

    // ---------------------------------------------------------------- team-scoped

    private function listTeamEventTypes(array $p): Response
    {
        $teamId = $this->teamId($p['teamId']);
        $q = $this->req->params;
        $list = [];
        foreach ($this->store->data['event_types'] as $et) {
            if ($et['teamId'] === $teamId && (!isset($q['eventSlug']) || $et['slug'] === $q['eventSlug'])) {
                $list[] = $et;
            }
        }
        if (($q['sortCreatedAt'] ?? '') === 'desc') {
            $list = array_reverse($list);
        }
        $limit = isset($q['hostsLimit']) && is_digits($q['hostsLimit']) ? (int) $q['hostsLimit'] : null;
        return $this->ok(array_map(fn ($et) => $this->eventTypeOutput($et, $limit), $list));
    }

    private function getTeamEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], $this->teamId($p['teamId']));
        return $this->ok($this->eventTypeOutput($et));
    }

    private function createTeamEventType(array $p): Response
    {
        $teamId = $this->teamId($p['teamId']);
        $body = $this->jsonBody();
        $this->validateEventType($body, true, true);
        $et = $this->buildEventType($body);
        $et['teamId'] = $teamId;
        $et['schedulingType'] = $body['schedulingType'];
        $et = $this->applyHosts($et, $body);
        $this->storeEventType($et);
        return $this->ok($this->eventTypeOutput($et), 201);
    }

    private function updateTeamEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], $this->teamId($p['teamId']));
        $body = $this->jsonBody();
        $this->validateEventType($body, false, true);
        $et = $this->patchEventType($et, $body);
        if (isset($body['schedulingType'])) {
            $et['schedulingType'] = $body['schedulingType'];
        }
        $et = $this->applyHosts($et, $body);
        $this->storeEventType($et);
        return $this->ok($this->eventTypeOutput($et));
    }

    private function deleteTeamEventType(array $p): Response
    {
        $et = $this->findEventType($p['id'], $this->teamId($p['teamId']));
        unset($this->store->data['event_types'][$et['id']]);
        $this->store->touchData();
        return $this->ok(['id' => $et['id'], 'lengthInMinutes' => $et['lengthInMinutes'], 'title' => $et['title'], 'slug' => $et['slug']]);
    }

    // ---------------------------------------------------------------- helpers

    private function teamId(string $raw): int
    {
        if (!is_digits($raw)) {
            $this->fail(400, 'Validation failed (numeric string is expected)');
        }
        if ((int) $raw !== $this->store->data['team']['id']) {
            $this->fail(404, 'Team with id=' . $raw . ' not found');
        }
        return (int) $raw;
    }

    /** $teamId null: the global endpoints, which see the caller's own event types only. */
    private function findEventType(string $raw, ?int $teamId): array
    {
        if (!is_digits($raw)) {
            $this->fail(400, 'Validation failed (numeric string is expected)');
        }
        $et = $this->store->data['event_types'][(int) $raw] ?? null;
        if ($et === null || ($teamId === null ? $et['teamId'] !== null : $et['teamId'] !== $teamId)) {
            $this->fail(404, 'Event type with id=' . $raw . ' not found');
        }
        if ($teamId === null && $et['ownerId'] !== $this->authUserId) {
            $this->fail(403, 'Forbidden resource');
        }
        return $et;
    }

    private function validateEventType(array $body, bool $create, bool $team): void
    {
        $errors = [];
        $req = $create ? ['lengthInMinutes', 'title', 'slug'] : [];
        if ($create && $team) {
            $req[] = 'schedulingType';
        }
        foreach ($req as $k) {
            if (!array_key_exists($k, $body)) {
                $errors[] = self::vErr($k, [$k === 'lengthInMinutes' ? 'isInt' : 'isString' => $k . ($k === 'lengthInMinutes' ? ' must be an integer number' : ' must be a string')]);
            }
        }
        if (array_key_exists('lengthInMinutes', $body) && (!is_int($body['lengthInMinutes']) || $body['lengthInMinutes'] < 1)) {
            $errors[] = self::vErr('lengthInMinutes', ['isInt' => 'lengthInMinutes must be an integer number', 'min' => 'lengthInMinutes must not be less than 1']);
        }
        foreach (['title', 'slug', 'description'] as $k) {
            if (array_key_exists($k, $body) && !is_string($body[$k])) {
                $errors[] = self::vErr($k, ['isString' => $k . ' must be a string']);
            }
        }
        if (isset($body['slug']) && is_string($body['slug']) && !preg_match('/^[a-z0-9-]+$/', $body['slug'])) {
            $errors[] = self::vErr('slug', ['matches' => 'slug must contain only lower-case letters, digits and hyphens']);
        }
        if (array_key_exists('hidden', $body) && !is_bool($body['hidden'])) {
            $errors[] = self::vErr('hidden', ['isBoolean' => 'hidden must be a boolean value']);
        }
        if (array_key_exists('lengthInMinutesOptions', $body) && (!is_array($body['lengthInMinutesOptions']) || array_filter($body['lengthInMinutesOptions'], static fn ($v) => !is_int($v)))) {
            $errors[] = self::vErr('lengthInMinutesOptions', ['isInt' => 'each value in lengthInMinutesOptions must be an integer number']);
        }
        if ($team && array_key_exists('schedulingType', $body) && !in_array($body['schedulingType'], ['collective', 'roundRobin', 'managed'], true)) {
            $errors[] = self::vErr('schedulingType', ['isEnum' => 'schedulingType must be one of the following values: collective, roundRobin, managed']);
        }
        if ($team && array_key_exists('hosts', $body)) {
            $ok = is_array($body['hosts']) && array_is_list($body['hosts']);
            foreach ($ok ? $body['hosts'] : [] as $h) {
                $ok = $ok && is_array($h) && is_int($h['userId'] ?? null);
            }
            if (!$ok) {
                $errors[] = self::vErr('hosts', ['nestedValidation' => 'each host must have an integer userId']);
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        if (isset($body['slug'])) {
            foreach ($this->store->data['event_types'] as $et) {
                if ($et['slug'] === $body['slug'] && $create) {
                    $this->fail(400, 'User or team already has an event type with slug ' . $body['slug']);
                }
            }
        }
    }

    private function buildEventType(array $body): array
    {
        $s = $this->store;
        $et = Seed::eventTypes()[503];
        $et['id'] = ++$s->data['seq']['event_type'];
        $et['ownerId'] = null;
        $et['createdAt'] = self::ms($this->now);
        return $this->patchEventType($et, $body);
    }

    private function patchEventType(array $et, array $body): array
    {
        foreach (['lengthInMinutes', 'title', 'slug', 'description', 'hidden', 'lengthInMinutesOptions', 'slotInterval', 'minimumBookingNotice', 'beforeEventBuffer', 'afterEventBuffer', 'locations'] as $k) {
            if (array_key_exists($k, $body)) {
                $et[$k] = $body[$k];
            }
        }
        if (array_key_exists('confirmationPolicy', $body)) {
            $et['requiresConfirmation'] = is_array($body['confirmationPolicy']) && !($body['confirmationPolicy']['disabled'] ?? false);
        }
        if (array_key_exists('requiresConfirmation', $body)) {
            $et['requiresConfirmation'] = (bool) $body['requiresConfirmation'];
        }
        if (array_key_exists('metadata', $body) && is_array($body['metadata'])) {
            $et['metadata'] = $body['metadata'];
        }
        return $et;
    }

    private function applyHosts(array $et, array $body): array
    {
        $members = array_map(static fn ($m) => $m['userId'], $this->store->data['team']['memberships']);
        if (!empty($body['assignAllTeamMembers'])) {
            $et['assignAllTeamMembers'] = true;
            $et['hosts'] = array_map(static fn ($id) => ['userId' => $id, 'mandatory' => false, 'priority' => 'medium'], $members);
        } elseif (isset($body['hosts'])) {
            $et['assignAllTeamMembers'] = false;
            $et['hosts'] = [];
            foreach ($body['hosts'] as $h) {
                if (!in_array($h['userId'], $members, true)) {
                    $this->fail(400, 'User with id=' . $h['userId'] . ' is not a member of the team');
                }
                $et['hosts'][] = ['userId' => $h['userId'], 'mandatory' => (bool) ($h['mandatory'] ?? false), 'priority' => (string) ($h['priority'] ?? 'medium')];
            }
        }
        return $et;
    }

    private function storeEventType(array $et): void
    {
        $this->store->data['event_types'][$et['id']] = $et;
        $this->store->touchData();
    }

    private static function bookingFields(): array
    {
        $f = static fn (string $type, string $slug, bool $required, bool $hidden = false): array => [
            'type' => $type, 'slug' => $slug, 'isDefault' => true, 'required' => $required, 'hidden' => $hidden,
        ];
        return [
            $f('name', 'name', true),
            $f('email', 'email', true),
            $f('phone', 'attendeePhoneNumber', false, true),
            $f('radioInput', 'location', false),
            $f('text', 'title', true, true),
            $f('textarea', 'notes', false),
            $f('multiemail', 'guests', false),
            $f('textarea', 'rescheduleReason', false),
        ];
    }

    /** EventTypeOutput_2024_06_14, or TeamEventTypeOutput_2024_06_14 for team event types. */
    private function eventTypeOutput(array $et, ?int $hostsLimit = null): array
    {
        $out = [
            'id' => $et['id'],
            'lengthInMinutes' => $et['lengthInMinutes'],
            'lengthInMinutesOptions' => $et['lengthInMinutesOptions'] ?? null,
            'title' => $et['title'],
            'slug' => $et['slug'],
            'description' => $et['description'],
            'locations' => $et['locations'],
            'bookingFields' => self::bookingFields(),
            'disableGuests' => false,
            'slotInterval' => $et['slotInterval'],
            'minimumBookingNotice' => $et['minimumBookingNotice'],
            'beforeEventBuffer' => $et['beforeEventBuffer'],
            'afterEventBuffer' => $et['afterEventBuffer'],
            'recurrence' => null,
            'metadata' => $et['metadata'] === [] ? new \stdClass() : $et['metadata'],
            'price' => 0,
            'currency' => 'usd',
            'lockTimeZoneToggleOnBookingPage' => false,
            'seatsPerTimeSlot' => null,
            'forwardParamsSuccessRedirect' => null,
            'successRedirectUrl' => null,
            'isInstantEvent' => false,
            'seatsShowAvailabilityCount' => null,
            'scheduleId' => null,
            'hidden' => $et['hidden'],
            'bookingRequiresAuthentication' => false,
            'confirmationPolicy' => !empty($et['requiresConfirmation']) ? ['type' => 'always', 'blockUnconfirmedBookingsInBooker' => false] : null,
        ];
        if ($et['teamId'] === null) {
            $u = $this->user((int) $et['ownerId']);
            $out['ownerId'] = $et['ownerId'];
            $out['users'] = $u === null ? [] : [[
                'id' => $u['id'], 'name' => $u['name'], 'username' => $u['username'], 'avatarUrl' => null,
                'weekStart' => $u['weekStart'], 'brandColor' => null, 'darkBrandColor' => null, 'metadata' => new \stdClass(),
            ]];
            return $out;
        }
        $team = $this->store->data['team'];
        $hosts = [];
        foreach ($et['hosts'] as $h) {
            $u = $this->user((int) $h['userId']);
            $hosts[] = [
                'userId' => $h['userId'], 'name' => $u['name'] ?? null, 'username' => $u['username'] ?? null,
                'avatarUrl' => null, 'mandatory' => $h['mandatory'], 'priority' => $h['priority'],
            ];
        }
        if ($hostsLimit !== null) {
            $hosts = array_slice($hosts, 0, $hostsLimit);
        }
        $out += [
            'teamId' => $et['teamId'],
            'ownerId' => null,
            'parentEventTypeId' => null,
            'hosts' => $hosts,
            'assignAllTeamMembers' => $et['assignAllTeamMembers'],
            'schedulingType' => $et['schedulingType'],
            'team' => [
                'id' => $team['id'], 'slug' => $team['slug'], 'bannerUrl' => null, 'name' => $team['name'],
                'logoUrl' => null, 'weekStart' => 'Monday', 'brandColor' => null, 'darkBrandColor' => null, 'theme' => null,
            ],
        ];
        return $out;
    }

    private function legacyEventTypeOutput(array $et): array
    {
        return [
            'id' => $et['id'],
            'title' => $et['title'],
            'slug' => $et['slug'],
            'length' => $et['lengthInMinutes'],
            'hidden' => $et['hidden'],
            'description' => $et['description'],
            'position' => 0,
            'userId' => $et['ownerId'],
            'teamId' => $et['teamId'],
            'schedulingType' => $et['schedulingType'] === null ? null : strtoupper((string) preg_replace('/([a-z])([A-Z])/', '$1_$2', $et['schedulingType'])),
            'requiresConfirmation' => !empty($et['requiresConfirmation']),
            'metadata' => $et['metadata'] === [] ? new \stdClass() : $et['metadata'],
            'locations' => $et['locations'],
        ];
    }
}
