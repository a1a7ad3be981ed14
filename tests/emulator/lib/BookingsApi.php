<?php
/*
 * /v2/bookings: create, get, list, cancel, reschedule, reassign, confirm, decline, mark-absent
 * (cal-api-version 2024-08-13), and the legacy (2024-04-15) shapes of create, get, list, cancel.
 */

declare(strict_types=1);

namespace CalbookEmulator;

trait BookingsApi
{
    // ---------------------------------------------------------------- handlers

    private function createBooking(array $p, bool $withoutHosts): Response
    {
        $body = $this->jsonBody();
        if ($this->mode === 'legacy') {
            $body = self::legacyBodyToV2($body);
        }
        $this->validateCreate($body);
        $et = $this->resolveEventType($body);
        $this->validateResponses($body['bookingFieldsResponses'] ?? []);
        $start = self::parseIso($body['start'], true);
        if ($start < (int) floor($this->now)) {
            $this->fail(400, 'Attempting to book a meeting in the past.');
        }
        $length = (int) $et['lengthInMinutes'];
        if (isset($body['lengthInMinutes'])) {
            $options = $et['lengthInMinutesOptions'] ?? null;
            if (!is_array($options) || !in_array((int) $body['lengthInMinutes'], $options, true)) {
                if ((int) $body['lengthInMinutes'] !== $length) {
                    $this->fail(400, 'Provided lengthInMinutes is not one of the possible lengths for the event type. The possible lengths are: ' . implode(', ', is_array($options) ? $options : [$length]));
                }
            }
            $length = (int) $body['lengthInMinutes'];
        }
        $end = $start + $length * 60;
        if ($this->hostIds($et) === []) {
            $this->fail(422, 'Event type with id=' . $et['id'] . ' has no hosts assigned');
        }
        $hostId = $this->pickHost($et, $start, $end);
        if ($hostId === null) {
            $this->fail(400, $et['teamId'] !== null
                ? 'One of the hosts either already has booking at this time or is not available'
                : 'User either already has booking at this time or is not available');
        }
        $b = $this->newBooking($et, $hostId, $start, $end, $body);
        $this->store->meta['counters']['bookings_created']++;
        $this->queueWebhooks($b['status'] === 'pending' ? 'BOOKING_REQUESTED' : 'BOOKING_CREATED', $b);
        if ($this->mode === 'legacy' || $withoutHosts) {
            return $this->ok(self::legacyCreateOutput($b), 201);
        }
        return $this->ok($this->bookingOutput($b), 201);
    }

    /**
     * POST /__emulator/bookings {count, eventTypeId?, from?}: books `count` bookings at once (no
     * rate limit, no request counted, no webhook), each at the earliest time from `from` on where
     * round robin finds a free host, as successive creates would. Attendees are "Seed Customer N"
     * <seed-N@example.org>, metadata {seed: "N"}, N counting from 1 per call.
     * @return array{created:int, uids:list<string>}
     */
    private function seedBookings(array $spec): array
    {
        $count = $spec['count'] ?? null;
        if (!is_int($count) || $count < 1 || $count > 100000) {
            throw new \InvalidArgumentException('count must be an int from 1 to 100000');
        }
        $etId = $spec['eventTypeId'] ?? 501;
        $et = is_int($etId) ? ($this->store->data['event_types'][$etId] ?? null) : null;
        if ($et === null || $this->hostIds($et) === []) {
            throw new \InvalidArgumentException('eventTypeId must name an event type with hosts');
        }
        $t = self::parseIso($spec['from'] ?? '2050-09-05T07:00:00Z', true);
        if ($t === null) {
            throw new \InvalidArgumentException('from must be an ISO 8601 time in UTC');
        }
        $this->now = microtime(true);
        $step = (int) $et['lengthInMinutes'] * 60;
        $uids = [];
        for ($n = 1; $n <= $count;) {
            $host = $this->pickHost($et, $t, $t + $step);
            if ($host === null) {
                $t += $step;
                continue;
            }
            $b = $this->newBooking($et, $host, $t, $t + $step, [
                'attendee' => ['name' => 'Seed Customer ' . $n, 'email' => 'seed-' . $n . '@example.org', 'timeZone' => 'Europe/Berlin'],
                'metadata' => ['seed' => (string) $n],
            ]);
            $uids[] = $b['uid'];
            $n++;
        }
        return ['created' => count($uids), 'uids' => $uids];
    }

    private function getBooking(array $p): Response
    {
        $b = $this->findBooking($p['uid']);
        return $this->ok($this->mode === 'legacy' ? $this->legacyBookingOutput($b) : $this->bookingOutput($b));
    }

    private function listBookings(array $p): Response
    {
        $q = $this->req->params;
        $errors = [];
        $take = 100;
        $skip = 0;
        if (isset($q['take'])) {
            if (!is_digits($q['take']) || (int) $q['take'] < 1 || (int) $q['take'] > 250) {
                $errors[] = self::vErr('take', ['max' => 'take must not be greater than 250', 'min' => 'take must not be less than 1']);
            } else {
                $take = (int) $q['take'];
            }
        }
        if (isset($q['skip'])) {
            if (!is_digits($q['skip'])) {
                $errors[] = self::vErr('skip', ['min' => 'skip must not be less than 0']);
            } else {
                $skip = (int) $q['skip'];
            }
        }
        $statuses = [];
        if (isset($q['status']) && $q['status'] !== '') {
            foreach (explode(',', $q['status']) as $st) {
                if (!in_array($st, ['upcoming', 'recurring', 'past', 'cancelled', 'unconfirmed'], true)) {
                    $errors[] = self::vErr('status', ['isIn' => 'each value in status must be one of the following values: upcoming, recurring, past, cancelled, unconfirmed']);
                    break;
                }
                $statuses[] = $st;
            }
        }
        $dates = [];
        foreach (['afterStart', 'beforeEnd', 'afterCreatedAt', 'beforeCreatedAt', 'afterUpdatedAt', 'beforeUpdatedAt'] as $k) {
            if (isset($q[$k])) {
                $t = self::parseDateParam($q[$k]);
                if ($t === null) {
                    $errors[] = self::vErr($k, ['isDateString' => $k . ' must be a valid ISO 8601 date string']);
                } else {
                    $dates[$k] = $t;
                }
            }
        }
        $sorts = [];
        foreach (['sortStart' => 'start', 'sortEnd' => 'end', 'sortCreated' => 'createdAt', 'sortUpdatedAt' => 'updatedAt'] as $k => $field) {
            if (isset($q[$k])) {
                if (!in_array($q[$k], ['asc', 'desc'], true)) {
                    $errors[] = self::vErr($k, ['isEnum' => $k . ' must be one of the following values: asc, desc']);
                } else {
                    $sorts[] = [$field, $q[$k]];
                }
            }
        }
        $ids = static function (?string $v): ?array {
            if ($v === null || $v === '') {
                return null;
            }
            return array_map('intval', explode(',', $v));
        };
        foreach (['eventTypeId', 'teamId'] as $k) {
            if (isset($q[$k]) && !is_digits($q[$k])) {
                $errors[] = self::vErr($k, ['isNumber' => $k . ' must be a number conforming to the specified constraints']);
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        $eventTypeIds = $ids($q['eventTypeIds'] ?? null);
        if (isset($q['eventTypeId'])) {
            $eventTypeIds = array_merge($eventTypeIds ?? [], [(int) $q['eventTypeId']]);
        }
        $teamIds = $ids($q['teamsIds'] ?? null);
        if (isset($q['teamId'])) {
            $teamIds = array_merge($teamIds ?? [], [(int) $q['teamId']]);
        }
        $now = $this->now;
        $items = [];
        foreach ($this->store->data['bookings'] as $b) {
            if (!$this->visibleTo($b, (int) $this->authUserId)) {
                continue;
            }
            if ($statuses !== []) {
                $hit = false;
                foreach ($statuses as $st) {
                    $active = in_array($b['status'], ['accepted', 'pending', 'awaiting_host'], true);
                    $hit = $hit || match ($st) {
                        'upcoming' => $active && $b['end'] >= $now,
                        'past' => $active && $b['end'] <= $now,
                        'cancelled' => in_array($b['status'], ['cancelled', 'rejected'], true),
                        'unconfirmed' => $b['status'] === 'pending' && $b['end'] >= $now,
                        'recurring' => false,
                    };
                }
                if (!$hit) {
                    continue;
                }
            }
            if (isset($q['attendeeEmail']) && $q['attendeeEmail'] !== ''
                && !array_filter($b['attendees'], static fn ($a) => strcasecmp($a['email'], $q['attendeeEmail']) === 0)) {
                continue;
            }
            if (isset($q['attendeeName']) && $q['attendeeName'] !== ''
                && !array_filter($b['attendees'], static fn ($a) => stripos($a['name'], $q['attendeeName']) !== false)) {
                continue;
            }
            if (isset($q['bookingUid']) && $q['bookingUid'] !== '' && $b['uid'] !== $q['bookingUid']) {
                continue;
            }
            if ($eventTypeIds !== null && !in_array($b['eventTypeId'], $eventTypeIds, true)) {
                continue;
            }
            if ($teamIds !== null) {
                $teamId = $this->store->data['event_types'][$b['eventTypeId']]['teamId'] ?? null;
                if (!in_array($teamId, $teamIds, true)) {
                    continue;
                }
            }
            $createdS = $b['createdAt'] / 1000;
            $updatedS = ($b['updatedAt'] ?? $b['createdAt']) / 1000;
            if ((isset($dates['afterStart']) && $b['start'] < $dates['afterStart'])
                || (isset($dates['beforeEnd']) && $b['end'] > $dates['beforeEnd'])
                || (isset($dates['afterCreatedAt']) && $createdS < $dates['afterCreatedAt'])
                || (isset($dates['beforeCreatedAt']) && $createdS > $dates['beforeCreatedAt'])
                || (isset($dates['afterUpdatedAt']) && $updatedS < $dates['afterUpdatedAt'])
                || (isset($dates['beforeUpdatedAt']) && $updatedS > $dates['beforeUpdatedAt'])) {
                continue;
            }
            $items[] = $b;
        }
        if ($sorts === []) {
            $desc = count($statuses) === 1 && in_array($statuses[0], ['past', 'cancelled'], true);
            $sorts = [['start', $desc ? 'desc' : 'asc']];
        }
        usort($items, static function ($a, $b) use ($sorts): int {
            foreach ($sorts as [$field, $dir]) {
                $c = ($a[$field] ?? 0) <=> ($b[$field] ?? 0);
                if ($c !== 0) {
                    return $dir === 'desc' ? -$c : $c;
                }
            }
            return $a['id'] <=> $b['id'];
        });
        $total = count($items);
        $page = array_slice($items, $skip, $take);
        $returned = count($page);
        if ($this->mode === 'legacy') {
            return $this->ok([
                'bookings' => array_map(fn ($b) => $this->legacyBookingOutput($b), $page),
                'recurringInfo' => [],
                'nextCursor' => $skip + $returned < $total ? $skip + $returned : null,
            ]);
        }
        return $this->ok(array_map(fn ($b) => $this->bookingOutput($b), $page), 200, [
            'totalItems' => $total,
            'remainingItems' => max(0, $total - $skip - $returned),
            'returnedItems' => $returned,
            'itemsPerPage' => $take,
            'currentPage' => intdiv($skip, $take) + 1,
            'totalPages' => (int) ceil($total / $take),
            'hasNextPage' => $skip + $returned < $total,
            'hasPreviousPage' => $skip > 0,
        ]);
    }

    private function cancelBooking(array $p): Response
    {
        $body = $this->jsonBody();
        if (isset($body['cancellationReason']) && !is_string($body['cancellationReason'])) {
            $this->failValidation([self::vErr('cancellationReason', ['isString' => 'cancellationReason must be a string'])]);
        }
        $b = $this->findBooking($p['uid']);
        if (in_array($b['status'], ['cancelled', 'rejected'], true)) {
            $this->fail(400, 'This booking has already been cancelled.');
        }
        $b['status'] = 'cancelled';
        $b['cancellationReason'] = (string) ($body['cancellationReason'] ?? '');
        $b['cancelledByEmail'] = $this->authUserId !== null ? $this->user($this->authUserId)['email'] : ($b['attendees'][0]['email'] ?? '');
        $b['updatedAt'] = self::ms($this->now);
        $this->saveBooking($b);
        $this->queueWebhooks('BOOKING_CANCELLED', $b, ['cancellationReason' => $b['cancellationReason'], 'cancelledBy' => $b['cancelledByEmail']]);
        return $this->ok($this->mode === 'legacy' ? $this->legacyBookingOutput($b) : $this->bookingOutput($b));
    }

    private function rescheduleBooking(array $p): Response
    {
        $body = $this->jsonBody();
        $errors = [];
        if (!isset($body['start']) || self::parseIso($body['start'], true) === null) {
            $errors[] = self::vErr('start', ['isDateString' => 'start must be a valid ISO 8601 date string']);
        }
        if (isset($body['reschedulingReason']) && !is_string($body['reschedulingReason'])) {
            $errors[] = self::vErr('reschedulingReason', ['isString' => 'reschedulingReason must be a string']);
        }
        if (isset($body['rescheduledBy']) && !self::validEmail($body['rescheduledBy'])) {
            $errors[] = self::vErr('rescheduledBy', ['isEmail' => 'rescheduledBy must be an email']);
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        $old = $this->findBooking($p['uid']);
        if (in_array($old['status'], ['cancelled', 'rejected'], true)) {
            $this->fail(400, 'Cannot reschedule a booking that has been cancelled or rejected.');
        }
        $et = $this->store->data['event_types'][$old['eventTypeId']] ?? null;
        if ($et === null) {
            $this->fail(404, 'Event type with id=' . $old['eventTypeId'] . ' not found');
        }
        $start = self::parseIso($body['start'], true);
        if ($start < (int) floor($this->now)) {
            $this->fail(400, 'Attempting to book a meeting in the past.');
        }
        $end = $start + ($old['end'] - $old['start']);
        // The round-robin host keeps the booking when free at the new time.
        $hostId = $this->hostFree($old['userId'], $start, $end, $old['uid']) ? $old['userId'] : null;
        $hostId ??= $this->pickHost($et, $start, $end, [], $old['uid']);
        if ($hostId === null) {
            $this->fail(400, $et['teamId'] !== null
                ? 'One of the hosts either already has booking at this time or is not available'
                : 'User either already has booking at this time or is not available');
        }
        $attendee = $old['attendees'][0];
        $new = $this->newBooking($et, $hostId, $start, $end, [
            'attendee' => $attendee,
            'guests' => $old['guests'],
            'metadata' => $old['metadata'],
            'bookingFieldsResponses' => $old['bookingFieldsResponses'],
        ], $old['attendees']);
        $new['location'] = $old['location'];
        $new['rescheduledFromUid'] = $old['uid'];
        $new['reschedulingReason'] = (string) ($body['reschedulingReason'] ?? '');
        $new['rescheduledByEmail'] = $body['rescheduledBy'] ?? ($this->authUserId !== null ? $this->user($this->authUserId)['email'] : null);
        $this->saveBooking($new);
        $old['status'] = 'cancelled';
        $old['rescheduled'] = true;
        $old['rescheduledToUid'] = $new['uid'];
        $old['updatedAt'] = self::ms($this->now);
        $this->saveBooking($old);
        $this->store->meta['counters']['bookings_rescheduled']++;
        $this->queueWebhooks('BOOKING_RESCHEDULED', $new, [
            'rescheduleId' => $old['id'],
            'rescheduleUid' => $old['uid'],
            'rescheduleStartTime' => self::iso($old['start']),
            'rescheduleEndTime' => self::iso($old['end']),
            'rescheduledBy' => $new['rescheduledByEmail'],
        ]);
        return $this->ok($this->bookingOutput($new), 201);
    }

    private function reassignBooking(array $p): Response
    {
        $b = $this->findBooking($p['uid']);
        $et = $this->store->data['event_types'][$b['eventTypeId']] ?? null;
        if ($et === null || ($et['schedulingType'] ?? null) !== 'roundRobin') {
            $this->fail(400, 'Booking with uid=' . $b['uid'] . ' is not a round robin booking');
        }
        $this->assertReassignable($b);
        $hostId = $this->pickHost($et, $b['start'], $b['end'], [$b['userId']], $b['uid']);
        if ($hostId === null) {
            $this->fail(400, 'No available hosts found to reassign the booking to');
        }
        return $this->reassignTo($b, $hostId);
    }

    private function reassignBookingTo(array $p): Response
    {
        $body = $this->jsonBody();
        if (isset($body['reason']) && !is_string($body['reason'])) {
            $this->failValidation([self::vErr('reason', ['isString' => 'reason must be a string'])]);
        }
        if (!is_digits($p['userId'])) {
            $this->fail(400, 'Validation failed (numeric string is expected)');
        }
        $userId = (int) $p['userId'];
        $b = $this->findBooking($p['uid']);
        $this->assertReassignable($b);
        $et = $this->store->data['event_types'][$b['eventTypeId']] ?? null;
        if ($et === null || !in_array($userId, $this->hostIds($et), true)) {
            $this->fail(400, 'User with id=' . $userId . ' is not a host of the event type of this booking');
        }
        if (!$this->hostFree($userId, $b['start'], $b['end'], $b['uid'])) {
            $this->fail(400, 'User with id=' . $userId . ' is not available at the time of this booking');
        }
        return $this->reassignTo($b, $userId, $body['reason'] ?? null);
    }

    private function confirmBooking(array $p): Response
    {
        $b = $this->findBooking($p['uid']);
        if ($b['status'] !== 'pending') {
            $this->fail(400, 'Booking with uid=' . $b['uid'] . ' is not pending confirmation');
        }
        $b['status'] = 'accepted';
        $b['updatedAt'] = self::ms($this->now);
        $this->saveBooking($b);
        $this->queueWebhooks('BOOKING_CREATED', $b);
        return $this->ok($this->bookingOutput($b));
    }

    private function declineBooking(array $p): Response
    {
        $body = $this->jsonBody();
        if (isset($body['reason']) && !is_string($body['reason'])) {
            $this->failValidation([self::vErr('reason', ['isString' => 'reason must be a string'])]);
        }
        $b = $this->findBooking($p['uid']);
        if ($b['status'] !== 'pending') {
            $this->fail(400, 'Booking with uid=' . $b['uid'] . ' is not pending confirmation');
        }
        $b['status'] = 'rejected';
        $b['rejectionReason'] = (string) ($body['reason'] ?? '');
        $b['updatedAt'] = self::ms($this->now);
        $this->saveBooking($b);
        $this->queueWebhooks('BOOKING_REJECTED', $b, ['rejectionReason' => $b['rejectionReason']]);
        return $this->ok($this->bookingOutput($b));
    }

    private function markAbsent(array $p): Response
    {
        $body = $this->jsonBody();
        $errors = [];
        if (array_key_exists('host', $body) && !is_bool($body['host'])) {
            $errors[] = self::vErr('host', ['isBoolean' => 'host must be a boolean value']);
        }
        if (array_key_exists('attendees', $body)) {
            if (!is_array($body['attendees']) || !array_is_list($body['attendees'])) {
                $errors[] = self::vErr('attendees', ['isArray' => 'attendees must be an array']);
            } else {
                foreach ($body['attendees'] as $i => $a) {
                    $children = [];
                    if (!is_array($a) || !self::validEmail($a['email'] ?? null)) {
                        $children[] = self::vErr('email', ['isEmail' => 'email must be an email']);
                    }
                    if (!is_array($a) || !is_bool($a['absent'] ?? null)) {
                        $children[] = self::vErr('absent', ['isBoolean' => 'absent must be a boolean value']);
                    }
                    if ($children !== []) {
                        $errors[] = self::vErr('attendees', [], [self::vErr((string) $i, [], $children)]);
                    }
                }
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        $b = $this->findBooking($p['uid']);
        if (array_key_exists('host', $body)) {
            $b['absentHost'] = $body['host'];
        }
        foreach ($body['attendees'] ?? [] as $a) {
            $found = false;
            foreach ($b['attendees'] as &$att) {
                if (strcasecmp($att['email'], $a['email']) === 0) {
                    $att['absent'] = $a['absent'];
                    $found = true;
                }
            }
            unset($att);
            if (!$found) {
                $this->fail(400, 'Attendee with email ' . $a['email'] . ' is not an attendee of booking with uid=' . $b['uid']);
            }
        }
        $b['updatedAt'] = self::ms($this->now);
        $this->saveBooking($b);
        return $this->ok($this->bookingOutput($b));
    }

    // ---------------------------------------------------------------- validation

    /** The v2 create body as the legacy controller's body would carry it. */
    private static function legacyBodyToV2(array $body): array
    {
        if (!isset($body['attendee']) && isset($body['responses']) && is_array($body['responses'])) {
            $body['attendee'] = [
                'name' => $body['responses']['name'] ?? null,
                'email' => $body['responses']['email'] ?? null,
                'timeZone' => $body['timeZone'] ?? 'UTC',
            ];
        }
        return $body;
    }

    private function validateCreate(array $body): void
    {
        $errors = [];
        if (!isset($body['start']) || self::parseIso($body['start'], true) === null) {
            $errors[] = self::vErr('start', ['isDateString' => 'start must be a valid ISO 8601 date string in UTC (e.g. 2050-09-05T07:00:00Z)']);
        }
        if (!isset($body['attendee']) || !is_array($body['attendee']) || array_is_list($body['attendee'])) {
            $errors[] = self::vErr('attendee', ['nestedValidation' => 'nested property attendee must be either object or array']);
        } else {
            $a = $body['attendee'];
            $children = [];
            if (!isset($a['name']) || !is_string($a['name']) || trim($a['name']) === '') {
                $children[] = self::vErr('name', ['isString' => 'name must be a string']);
            }
            if (!isset($a['timeZone']) || !self::validTimeZone($a['timeZone'])) {
                $children[] = self::vErr('timeZone', ['isTimeZone' => 'timeZone must be a valid IANA time zone']);
            }
            if (array_key_exists('email', $a) && !self::validEmail($a['email'])) {
                $children[] = self::vErr('email', ['isEmail' => 'email must be an email']);
            }
            if (array_key_exists('phoneNumber', $a) && (!is_string($a['phoneNumber']) || !preg_match('/^\+[1-9]\d{6,14}$/', $a['phoneNumber']))) {
                $children[] = self::vErr('phoneNumber', ['isPhoneNumber' => 'phoneNumber must be a valid phone number']);
            }
            if (array_key_exists('language', $a) && (!is_string($a['language']) || !preg_match('/^[a-z]{2}(-[A-Za-z]{2,4})?$/', $a['language']))) {
                $children[] = self::vErr('language', ['isEnum' => 'language must be a valid language code']);
            }
            if ($children !== []) {
                $errors[] = self::vErr('attendee', [], $children);
            }
            if (!isset($a['email']) && !isset($a['phoneNumber']) && $children === []) {
                $errors[] = self::vErr('attendee', [], [self::vErr('email', ['isEmail' => 'email must be an email'])]);
            }
        }
        if (array_key_exists('eventTypeId', $body) && !is_int($body['eventTypeId'])) {
            $errors[] = self::vErr('eventTypeId', ['isInt' => 'eventTypeId must be an integer number']);
        }
        foreach (['eventTypeSlug', 'username', 'teamSlug', 'organizationSlug'] as $k) {
            if (array_key_exists($k, $body) && !is_string($body[$k])) {
                $errors[] = self::vErr($k, ['isString' => $k . ' must be a string']);
            }
        }
        if (array_key_exists('lengthInMinutes', $body) && (!is_int($body['lengthInMinutes']) || $body['lengthInMinutes'] < 1)) {
            $errors[] = self::vErr('lengthInMinutes', ['isInt' => 'lengthInMinutes must be an integer number']);
        }
        if (array_key_exists('metadata', $body)) {
            $m = $body['metadata'];
            $okMeta = is_array($m) && (!array_is_list($m) || $m === []) && count($m) <= 50;
            if ($okMeta) {
                foreach ($m as $k => $v) {
                    if (!is_string($v) || strlen((string) $k) > 40 || strlen($v) > 500) {
                        $okMeta = false;
                        break;
                    }
                }
            }
            if (!$okMeta) {
                $errors[] = self::vErr('metadata', ['isMetadata' => 'Metadata must have at most 50 keys, each key up to 40 characters, and values must be strings up to 500 characters.']);
            }
        }
        if (array_key_exists('guests', $body)) {
            $g = $body['guests'];
            if (!is_array($g) || !array_is_list($g) || array_filter($g, static fn ($e) => !self::validEmail($e))) {
                $errors[] = self::vErr('guests', ['isEmail' => 'each value in guests must be an email']);
            }
        }
        if (array_key_exists('bookingFieldsResponses', $body) && (!is_array($body['bookingFieldsResponses']) || (array_is_list($body['bookingFieldsResponses']) && $body['bookingFieldsResponses'] !== []))) {
            $errors[] = self::vErr('bookingFieldsResponses', ['isObject' => 'bookingFieldsResponses must be an object']);
        }
        if (array_key_exists('location', $body) && !is_string($body['location'])
            && (!is_array($body['location']) || !is_string($body['location']['type'] ?? null))) {
            $errors[] = self::vErr('location', ['isLocation' => 'location must be one of: address, attendeeAddress, attendeeDefined, attendeePhone, integration, link, phone, organizersDefaultApp']);
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
    }

    /**
     * The booking fields are checked by a Zod schema in Cal.com's booking handler, so their
     * errors come back as 400 BAD_REQUEST without details.
     */
    private function validateResponses(array $responses): void
    {
        $issues = [];
        foreach (['notes', 'title', 'rescheduleReason'] as $k) {
            if (array_key_exists($k, $responses) && !is_string($responses[$k])) {
                $issues[] = "responses: {{$k}}invalid_type";
            }
        }
        if (array_key_exists('attendeePhoneNumber', $responses)
            && (!is_string($responses['attendeePhoneNumber']) || !preg_match('/^\+[1-9]\d{6,14}$/', $responses['attendeePhoneNumber']))) {
            $issues[] = 'responses: {attendeePhoneNumber}invalid_number';
        }
        if (array_key_exists('guests', $responses)
            && (!is_array($responses['guests']) || array_filter($responses['guests'], static fn ($e) => !self::validEmail($e)))) {
            $issues[] = 'responses: {guests}invalid_email';
        }
        if ($issues !== []) {
            $this->failZod(implode(', ', $issues));
        }
    }

    private function resolveEventType(array $body): array
    {
        $ets = $this->store->data['event_types'];
        if (isset($body['eventTypeId'])) {
            $et = $ets[$body['eventTypeId']] ?? null;
            if ($et === null) {
                $this->fail(404, 'Event type with id=' . $body['eventTypeId'] . ' not found');
            }
            return $et;
        }
        if (isset($body['eventTypeSlug']) && (isset($body['username']) || isset($body['teamSlug']))) {
            foreach ($ets as $et) {
                if ($et['slug'] !== $body['eventTypeSlug']) {
                    continue;
                }
                if (isset($body['teamSlug']) && $et['teamId'] !== null && $body['teamSlug'] === $this->store->data['team']['slug']) {
                    return $et;
                }
                if (isset($body['username']) && $et['ownerId'] !== null && ($this->user($et['ownerId'])['username'] ?? null) === $body['username']) {
                    return $et;
                }
            }
            $this->fail(404, 'Event type with slug ' . $body['eventTypeSlug'] . ' not found');
        }
        $this->fail(400, 'Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided');
    }

    // ---------------------------------------------------------------- hosts and bookings

    /** @return list<int> */
    private function hostIds(array $et): array
    {
        if ($et['teamId'] !== null) {
            return array_map(static fn ($h) => (int) $h['userId'], $et['hosts']);
        }
        return $et['ownerId'] !== null ? [(int) $et['ownerId']] : [];
    }

    /** Within the user's working hours (Monday to Saturday, 09:00-18:00 in their zone). */
    private function withinAvailability(int $userId, int $start, int $end): bool
    {
        $user = $this->user($userId);
        if ($user === null) {
            return false;
        }
        $av = $this->store->data['availability'];
        $tz = new \DateTimeZone($user['timeZone']);
        $s = (new \DateTimeImmutable('@' . $start))->setTimezone($tz);
        $e = (new \DateTimeImmutable('@' . $end))->setTimezone($tz);
        if (!in_array((int) $s->format('N'), $av['days'], true)) {
            return false;
        }
        $day = $s->format('Y-m-d');
        $from = (new \DateTimeImmutable($day . ' ' . $av['from'], $tz))->getTimestamp();
        $to = (new \DateTimeImmutable($day . ' ' . $av['to'], $tz))->getTimestamp();
        return $start >= $from && $end <= $to && $e->getTimestamp() > $s->getTimestamp();
    }

    private function hostBusy(int $userId, int $start, int $end, ?string $ignoreUid = null): bool
    {
        foreach ($this->store->data['bookings'] as $b) {
            if ($b['userId'] === $userId && $b['start'] < $end && $start < $b['end']
                && in_array($b['status'], ['accepted', 'pending', 'awaiting_host'], true) && $b['uid'] !== $ignoreUid) {
                return true;
            }
        }
        return false;
    }

    private function hostFree(int $userId, int $start, int $end, ?string $ignoreUid = null): bool
    {
        return $this->withinAvailability($userId, $start, $end) && !$this->hostBusy($userId, $start, $end, $ignoreUid);
    }

    /**
     * Round robin: among the hosts free at [start, end), the one with the fewest active bookings of
     * this event type, then the least recently booked, then the lowest id.
     */
    private function pickHost(array $et, int $start, int $end, array $exclude = [], ?string $ignoreUid = null): ?int
    {
        $candidates = [];
        foreach ($this->hostIds($et) as $id) {
            if (!in_array($id, $exclude, true) && $this->hostFree($id, $start, $end, $ignoreUid)) {
                $candidates[$id] = ['count' => 0, 'last' => 0];
            }
        }
        if ($candidates === []) {
            return null;
        }
        foreach ($this->store->data['bookings'] as $b) {
            if ($b['eventTypeId'] === $et['id'] && isset($candidates[$b['userId']])
                && in_array($b['status'], ['accepted', 'pending', 'awaiting_host'], true)) {
                $candidates[$b['userId']]['count']++;
                $candidates[$b['userId']]['last'] = max($candidates[$b['userId']]['last'], $b['createdAt']);
            }
        }
        uksort($candidates, static function ($a, $b) use ($candidates): int {
            return [$candidates[$a]['count'], $candidates[$a]['last'], $a] <=> [$candidates[$b]['count'], $candidates[$b]['last'], $b];
        });
        return array_key_first($candidates);
    }

    private function newBooking(array $et, int $hostId, int $start, int $end, array $body, ?array $attendees = null): array
    {
        $s = $this->store;
        $id = ++$s->data['seq']['booking'];
        $uid = self::shortUid();
        $a = $body['attendee'];
        $email = $a['email'] ?? null;
        if ($email === null && isset($a['phoneNumber'])) {
            $email = preg_replace('/\D/', '', $a['phoneNumber']) . '@sms.cal.com';
        }
        $attendees ??= [array_filter([
            'name' => $a['name'],
            'email' => $email,
            'displayEmail' => $email,
            'timeZone' => $a['timeZone'],
            'language' => $a['language'] ?? 'en',
            'absent' => false,
            'phoneNumber' => $a['phoneNumber'] ?? null,
        ], static fn ($v) => $v !== null)];
        $host = $this->user($hostId);
        $location = $et['locations'][0]['address'] ?? '';
        if (isset($body['location'])) {
            $l = $body['location'];
            $location = is_string($l) ? $l : (string) ($l['address'] ?? $l['link'] ?? $l['phone'] ?? $l['location'] ?? (isset($l['integration']) ? 'integrations:' . $l['integration'] : $location));
        }
        $responses = ['name' => $attendees[0]['name'], 'email' => $attendees[0]['email'] ?? ''];
        if (isset($attendees[0]['phoneNumber'])) {
            $responses['attendeePhoneNumber'] = $attendees[0]['phoneNumber'];
        }
        $responses = array_merge($responses, $body['bookingFieldsResponses'] ?? []);
        if (!empty($body['guests'])) {
            $responses['guests'] = array_values($body['guests']);
        }
        $nowMs = self::ms($this->now);
        $b = [
            'id' => $id,
            'uid' => $uid,
            'eventTypeId' => $et['id'],
            'userId' => $hostId,
            'title' => $et['title'] . ' between ' . $host['name'] . ' and ' . $attendees[0]['name'],
            'description' => (string) ($responses['notes'] ?? ''),
            'status' => !empty($et['requiresConfirmation']) ? 'pending' : 'accepted',
            'start' => $start,
            'end' => $end,
            'createdAt' => $nowMs,
            'updatedAt' => null,
            'attendees' => array_values($attendees),
            'guests' => array_values($body['guests'] ?? []),
            'location' => $location,
            'metadata' => $body['metadata'] ?? [],
            'bookingFieldsResponses' => $responses,
            'absentHost' => false,
            'icsUid' => $uid . '@Cal.com',
        ];
        $this->saveBooking($b);
        return $b;
    }

    private function saveBooking(array $b): void
    {
        $this->store->data['bookings'][$b['uid']] = $b;
        $this->store->data['booking_ids'][$b['id']] = $b['uid'];
        $this->store->touchData();
    }

    private function findBooking(string $uidOrId): array
    {
        $bookings = $this->store->data['bookings'];
        $b = $bookings[$uidOrId] ?? null;
        if ($b === null && is_digits($uidOrId)) {
            $uid = $this->store->data['booking_ids'][(int) $uidOrId] ?? null;
            $b = $uid !== null ? ($bookings[$uid] ?? null) : null;
        }
        if ($b === null) {
            $this->fail(404, 'Booking with uid=' . $uidOrId . ' not found');
        }
        return $b;
    }

    private function visibleTo(array $b, int $userId): bool
    {
        if ($b['userId'] === $userId) {
            return true;
        }
        $et = $this->store->data['event_types'][$b['eventTypeId']] ?? null;
        if ($et !== null && $et['teamId'] !== null) {
            foreach ($this->store->data['team']['memberships'] as $m) {
                if ($m['userId'] === $userId && in_array($m['role'], ['OWNER', 'ADMIN'], true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private function assertReassignable(array $b): void
    {
        if (in_array($b['status'], ['cancelled', 'rejected'], true)) {
            $this->fail(400, 'Booking with uid=' . $b['uid'] . ' is cancelled and cannot be reassigned');
        }
    }

    private function reassignTo(array $b, int $userId, ?string $reason = null): Response
    {
        $b['userId'] = $userId;
        $b['updatedAt'] = self::ms($this->now);
        if ($reason !== null) {
            $b['reassignReason'] = $reason;
        }
        $this->saveBooking($b);
        $u = $this->user($userId);
        return $this->ok([
            'bookingUid' => $b['uid'],
            'reassignedTo' => ['id' => $u['id'], 'name' => $u['name'], 'email' => $u['email']],
        ]);
    }

    // ---------------------------------------------------------------- outputs

    public static function ms(float $t): int
    {
        return (int) round($t * 1000);
    }

    private function hostOutput(int $userId): array
    {
        $u = $this->user($userId);
        if ($u === null) {
            return ['id' => 'unknown', 'name' => 'unknown', 'email' => 'unknown', 'username' => 'unknown'];
        }
        return [
            'id' => $u['id'],
            'name' => $u['name'],
            'email' => $u['email'],
            'displayEmail' => $u['email'],
            'username' => $u['username'],
            'timeZone' => $u['timeZone'],
        ];
    }

    /** BookingOutput_2024_08_13. */
    private function bookingOutput(array $b): array
    {
        $et = $this->store->data['event_types'][$b['eventTypeId']] ?? ['id' => $b['eventTypeId'], 'slug' => 'unknown'];
        $out = [
            'id' => $b['id'],
            'uid' => $b['uid'],
            'title' => $b['title'],
            'description' => $b['description'],
            'hosts' => [$this->hostOutput($b['userId'])],
            'status' => $b['status'],
        ];
        foreach (['cancellationReason', 'cancelledByEmail', 'reschedulingReason', 'rescheduledByEmail', 'rescheduledFromUid', 'rescheduledToUid'] as $k) {
            if (isset($b[$k])) {
                $out[$k] = $b[$k];
            }
        }
        if ($b['status'] === 'cancelled' || $b['status'] === 'rejected') {
            $out['cancellationReason'] ??= (string) ($b['rejectionReason'] ?? '');
            $out['cancelledByEmail'] ??= '';
        }
        $out += [
            'start' => self::iso($b['start']),
            'end' => self::iso($b['end']),
            'duration' => intdiv($b['end'] - $b['start'], 60),
            'eventTypeId' => $b['eventTypeId'],
            'eventType' => ['id' => $et['id'], 'slug' => $et['slug']],
            'meetingUrl' => $b['location'],
            'location' => $b['location'],
            'absentHost' => $b['absentHost'],
            'createdAt' => self::iso($b['createdAt'] / 1000, true),
            // Cal.com's database leaves updatedAt null until a change; the spec requires a string.
            'updatedAt' => self::iso(($b['updatedAt'] ?? $b['createdAt']) / 1000, true),
            'metadata' => $b['metadata'] === [] ? new \stdClass() : $b['metadata'],
            'icsUid' => $b['icsUid'],
            'attendees' => $b['attendees'],
            'guests' => $b['guests'],
            'bookingFieldsResponses' => $b['bookingFieldsResponses'],
        ];
        return $out;
    }

    /** What the legacy create returned in the incident: no host anywhere. */
    private static function legacyCreateOutput(array $b): array
    {
        return [
            'id' => $b['id'],
            'uid' => $b['uid'],
            'status' => strtoupper($b['status']),
            'startTime' => self::iso($b['start']),
            'endTime' => self::iso($b['end']),
            'eventTypeId' => $b['eventTypeId'],
        ];
    }

    /** The legacy (2024-04-15) booking: Prisma-like field names, upper-case status. */
    private function legacyBookingOutput(array $b): array
    {
        $u = $this->user($b['userId']);
        return [
            'id' => $b['id'],
            'uid' => $b['uid'],
            'title' => $b['title'],
            'description' => $b['description'],
            'startTime' => self::iso($b['start']),
            'endTime' => self::iso($b['end']),
            'status' => strtoupper($b['status']),
            'eventTypeId' => $b['eventTypeId'],
            'userId' => $b['userId'],
            'location' => $b['location'],
            'metadata' => $b['metadata'] === [] ? new \stdClass() : $b['metadata'],
            'responses' => $b['bookingFieldsResponses'],
            'attendees' => array_map(static fn ($a) => ['name' => $a['name'], 'email' => $a['email'] ?? '', 'timeZone' => $a['timeZone'], 'locale' => $a['language'] ?? 'en'], $b['attendees']),
            'user' => $u === null ? null : ['id' => $u['id'], 'name' => $u['name'], 'email' => $u['email'], 'username' => $u['username'], 'timeZone' => $u['timeZone']],
            'createdAt' => self::iso($b['createdAt'] / 1000, true),
            'updatedAt' => $b['updatedAt'] !== null ? self::iso($b['updatedAt'] / 1000, true) : null,
            'rescheduled' => $b['rescheduled'] ?? null,
            'fromReschedule' => $b['rescheduledFromUid'] ?? null,
            'cancellationReason' => $b['cancellationReason'] ?? null,
        ];
    }

    /** A date or datetime query parameter. */
    private static function parseDateParam(string $v): ?int
    {
        if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $v)) {
            $t = self::parseIso($v . 'T00:00:00Z', true);
            return $t;
        }
        return self::parseIso($v, false);
    }
}
