<?php
/*
 * /v2/slots (2024-09-04: {start} or {start,end} objects in the requested time zone; other
 * versions: the legacy {slots: {date: [{time}]}} shape) and slot reservations.
 */

declare(strict_types=1);

namespace CalbookEmulator;

trait SlotsApi
{
    private function getSlots(array $p): Response
    {
        return $this->mode === 'v2' ? $this->slotsV2() : $this->getSlotsLegacy($p);
    }

    private function slotsV2(): Response
    {
        $q = $this->req->params;
        $errors = [];
        $tz = $q['timeZone'] ?? 'UTC';
        if (!self::validTimeZone($tz)) {
            $errors[] = self::vErr('timeZone', ['isTimeZone' => 'timeZone must be a valid IANA time zone']);
        }
        [$from, $to] = [null, null];
        if (!isset($q['start'])) {
            $errors[] = self::vErr('start', ['isDateString' => 'start must be a valid ISO 8601 date string']);
        }
        if (!isset($q['end'])) {
            $errors[] = self::vErr('end', ['isDateString' => 'end must be a valid ISO 8601 date string']);
        }
        if (isset($q['format']) && !in_array($q['format'], ['time', 'range'], true)) {
            $errors[] = self::vErr('format', ['isEnum' => 'format must be one of the following values: time, range']);
        }
        if (isset($q['duration']) && (!is_digits($q['duration']) || (int) $q['duration'] < 1)) {
            $errors[] = self::vErr('duration', ['isInt' => 'duration must be an integer number']);
        }
        if ($errors === []) {
            $from = self::slotBound($q['start'], $tz, false);
            $to = self::slotBound($q['end'], $tz, true);
            if ($from === null) {
                $errors[] = self::vErr('start', ['isDateString' => 'start must be a valid ISO 8601 date string']);
            }
            if ($to === null) {
                $errors[] = self::vErr('end', ['isDateString' => 'end must be a valid ISO 8601 date string']);
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        if ($to < $from) {
            $this->fail(400, 'End time must be after start time');
        }
        $et = $this->slotEventType($q);
        $duration = isset($q['duration']) ? (int) $q['duration'] : (int) $et['lengthInMinutes'];
        $range = ($q['format'] ?? '') === 'range';
        $out = [];
        foreach ($this->freeSlots($et, $from, $to, $duration, $q['bookingUidToReschedule'] ?? null) as $start) {
            $day = (new \DateTimeImmutable('@' . $start))->setTimezone(new \DateTimeZone($tz))->format('Y-m-d');
            $slot = ['start' => self::isoInZone($start, $tz)];
            if ($range) {
                $slot['end'] = self::isoInZone($start + $duration * 60, $tz);
            }
            $out[$day][] = $slot;
        }
        return $this->ok($out === [] ? new \stdClass() : $out);
    }

    /** The legacy slots shape: {slots: {"YYYY-MM-DD": [{time: ISO UTC}]}}. */
    private function getSlotsLegacy(array $p): Response
    {
        $q = $this->req->params;
        $tz = $q['timeZone'] ?? 'UTC';
        if (!self::validTimeZone($tz)) {
            $tz = 'UTC';
        }
        $from = self::slotBound($q['startTime'] ?? $q['start'] ?? '', $tz, false);
        $to = self::slotBound($q['endTime'] ?? $q['end'] ?? '', $tz, true);
        if ($from === null || $to === null) {
            $this->failValidation([self::vErr('startTime', ['isDateString' => 'startTime must be a valid ISO 8601 date string'])]);
        }
        $et = $this->slotEventType($q);
        $out = [];
        foreach ($this->freeSlots($et, $from, $to, (int) $et['lengthInMinutes'], null) as $start) {
            $day = (new \DateTimeImmutable('@' . $start))->setTimezone(new \DateTimeZone($tz))->format('Y-m-d');
            $out[$day][] = ['time' => self::iso($start)];
        }
        return $this->ok(['slots' => $out === [] ? new \stdClass() : $out]);
    }

    /** A start or end query value: a date (whole day in $tz) or a datetime. */
    private static function slotBound(string $v, string $tz, bool $end): ?int
    {
        if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $v)) {
            try {
                $d = new \DateTimeImmutable($v . ($end ? ' 23:59:59' : ' 00:00:00'), new \DateTimeZone($tz));
            } catch (\Exception) {
                return null;
            }
            return $d->getTimestamp();
        }
        return self::parseIso($v, false);
    }

    private function slotEventType(array $q): array
    {
        $ets = $this->store->data['event_types'];
        if (isset($q['eventTypeId'])) {
            if (!is_digits($q['eventTypeId'])) {
                $this->failValidation([self::vErr('eventTypeId', ['isInt' => 'eventTypeId must be an integer number'])]);
            }
            $et = $ets[(int) $q['eventTypeId']] ?? null;
            if ($et === null) {
                $this->fail(404, 'Event type with id=' . $q['eventTypeId'] . ' not found');
            }
            return $et;
        }
        if (isset($q['eventTypeSlug'])) {
            foreach ($ets as $et) {
                if ($et['slug'] !== $q['eventTypeSlug']) {
                    continue;
                }
                if (isset($q['teamSlug']) && $et['teamId'] !== null && $q['teamSlug'] === $this->store->data['team']['slug']) {
                    return $et;
                }
                if (isset($q['username']) && $et['ownerId'] !== null && ($this->user($et['ownerId'])['username'] ?? null) === $q['username']) {
                    return $et;
                }
            }
            $this->fail(404, 'Event type with slug ' . $q['eventTypeSlug'] . ' not found');
        }
        $this->fail(400, 'Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided');
    }

    /** @return list<int> slot starts (UTC timestamps) in [from, to], free for at least one host. */
    private function freeSlots(array $et, int $from, int $to, int $duration, ?string $ignoreUid): array
    {
        $hosts = $this->hostIds($et);
        if ($hosts === [] || $duration < 1) {
            return [];
        }
        $av = $this->store->data['availability'];
        $interval = max(1, (int) ($et['slotInterval'] ?? 0) ?: $duration) * 60;
        $nowFloor = (int) floor($this->now) + (int) ($et['minimumBookingNotice'] ?? 0) * 60;
        $from = max($from, $nowFloor);
        if ($from > $to) {
            return [];
        }
        $to = min($to, $from + 400 * 86400);
        // Busy intervals per host in the window, once.
        $busy = array_fill_keys($hosts, []);
        foreach ($this->store->data['bookings'] as $b) {
            if (isset($busy[$b['userId']]) && $b['uid'] !== $ignoreUid && $b['end'] > $from - 86400 && $b['start'] < $to + 86400
                && in_array($b['status'], ['accepted', 'pending', 'awaiting_host'], true)) {
                $busy[$b['userId']][] = [$b['start'], $b['end']];
            }
        }
        $reserved = [];
        foreach ($this->store->data['reservations'] as $r) {
            if ($r['eventTypeId'] === $et['id'] && $r['until'] > $this->now) {
                $reserved[$r['slotStart']] = true;
            }
        }
        $tz = new \DateTimeZone($this->user($hosts[0])['timeZone'] ?? 'UTC');
        $day = (new \DateTimeImmutable('@' . ($from - 86400)))->setTimezone($tz)->setTime(0, 0);
        $last = (new \DateTimeImmutable('@' . ($to + 86400)))->setTimezone($tz)->setTime(0, 0);
        $out = [];
        for (; $day <= $last; $day = $day->modify('+1 day')) {
            if (!in_array((int) $day->format('N'), $av['days'], true)) {
                continue;
            }
            $ymd = $day->format('Y-m-d');
            $open = (new \DateTimeImmutable($ymd . ' ' . $av['from'], $tz))->getTimestamp();
            $close = (new \DateTimeImmutable($ymd . ' ' . $av['to'], $tz))->getTimestamp();
            for ($t = $open; $t + $duration * 60 <= $close; $t += $interval) {
                if ($t < $from || $t > $to || isset($reserved[$t])) {
                    continue;
                }
                $end = $t + $duration * 60;
                foreach ($hosts as $h) {
                    $free = true;
                    foreach ($busy[$h] as [$bs, $be]) {
                        if ($bs < $end && $t < $be) {
                            $free = false;
                            break;
                        }
                    }
                    if ($free) {
                        $out[] = $t;
                        break;
                    }
                }
            }
        }
        return $out;
    }

    // ---------------------------------------------------------------- reservations

    private function reserveSlot(array $p): Response
    {
        $body = $this->jsonBody();
        $errors = [];
        if (!isset($body['eventTypeId']) || !is_int($body['eventTypeId'])) {
            $errors[] = self::vErr('eventTypeId', ['isInt' => 'eventTypeId must be an integer number']);
        }
        if (!isset($body['slotStart']) || self::parseIso($body['slotStart'], false) === null) {
            $errors[] = self::vErr('slotStart', ['isDateString' => 'slotStart must be a valid ISO 8601 date string']);
        }
        foreach (['slotDuration', 'reservationDuration'] as $k) {
            if (array_key_exists($k, $body) && (!is_int($body[$k]) || $body[$k] < 1)) {
                $errors[] = self::vErr($k, ['isInt' => $k . ' must be an integer number']);
            }
        }
        if ($errors !== []) {
            $this->failValidation($errors);
        }
        $et = $this->store->data['event_types'][$body['eventTypeId']] ?? null;
        if ($et === null) {
            $this->fail(404, 'Event type with id=' . $body['eventTypeId'] . ' not found');
        }
        if (isset($body['reservationDuration']) && $this->authUserId === null) {
            $this->fail(401, 'reservationDuration can only be used for authenticated requests');
        }
        $start = self::parseIso($body['slotStart'], false);
        $duration = (int) ($body['slotDuration'] ?? $et['lengthInMinutes']);
        if (!in_array($start, $this->freeSlots($et, $start, $start, $duration, null), true)) {
            $this->fail(422, "Can't reserve a slot if the event is already full or the slot is not available.");
        }
        $reservationDuration = (int) ($body['reservationDuration'] ?? 5);
        $r = [
            'uid' => self::uuid(),
            'eventTypeId' => $et['id'],
            'slotStart' => $start,
            'slotDuration' => $duration,
            'reservationDuration' => $reservationDuration,
            'until' => $this->now + $reservationDuration * 60,
        ];
        $this->store->data['reservations'][$r['uid']] = $r;
        $this->store->touchData();
        return $this->ok($this->reservationOutput($r), 201);
    }

    private function findReservation(string $uid): array
    {
        $r = $this->store->data['reservations'][$uid] ?? null;
        if ($r === null) {
            $this->fail(404, 'Slot reservation with uid=' . $uid . ' not found');
        }
        return $r;
    }

    private function getReservation(array $p): Response
    {
        return $this->ok($this->reservationOutput($this->findReservation($p['uid'])));
    }

    private function updateReservation(array $p): Response
    {
        $r = $this->findReservation($p['uid']);
        $body = $this->jsonBody();
        if (isset($body['slotStart'])) {
            $t = self::parseIso($body['slotStart'], false);
            if ($t === null) {
                $this->failValidation([self::vErr('slotStart', ['isDateString' => 'slotStart must be a valid ISO 8601 date string'])]);
            }
            $r['slotStart'] = $t;
        }
        if (isset($body['slotDuration']) && is_int($body['slotDuration'])) {
            $r['slotDuration'] = $body['slotDuration'];
        }
        if (isset($body['reservationDuration']) && is_int($body['reservationDuration'])) {
            $r['reservationDuration'] = $body['reservationDuration'];
        }
        $r['until'] = $this->now + $r['reservationDuration'] * 60;
        $this->store->data['reservations'][$r['uid']] = $r;
        $this->store->touchData();
        return $this->ok($this->reservationOutput($r));
    }

    private function releaseReservation(array $p): Response
    {
        $this->findReservation($p['uid']);
        unset($this->store->data['reservations'][$p['uid']]);
        $this->store->touchData();
        return Response::json(200, ['status' => 'success']);
    }

    private function reservationOutput(array $r): array
    {
        return [
            'eventTypeId' => $r['eventTypeId'],
            'slotStart' => self::iso($r['slotStart']),
            'slotEnd' => self::iso($r['slotStart'] + $r['slotDuration'] * 60),
            'slotDuration' => $r['slotDuration'],
            'reservationUid' => $r['uid'],
            'reservationDuration' => $r['reservationDuration'],
            'reservationUntil' => self::iso($r['until'], true),
        ];
    }
}
