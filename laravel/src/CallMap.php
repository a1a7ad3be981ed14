<?php

namespace Calbook\Laravel;

/**
 * The HTTP request each Connection method stands for: verb, path template (for events and logs:
 * no ids), concrete path (for the fake's matching and recorded requests only), cal-api-version
 * family, query and body. The real requests are built by the calbook extension; this table
 * mirrors its README ("Methods").
 *
 * @internal
 */
final class CallMap
{
    /**
     * @return array{verb: string, template: string, path: string, family: string, query: array, body: mixed}
     */
    public static function describe(string $method, array $args, ?int $teamId): array
    {
        $seg = static fn ($v): string => rawurlencode((string) $v);
        $team = $teamId !== null;
        $et = $team ? '/teams/' . $teamId . '/event-types' : '/event-types';
        $etT = $team ? '/teams/{teamId}/event-types' : '/event-types';

        return match ($method) {
            'createBooking' => self::d('POST', '/bookings', '/bookings', 'bookings', [], $args[0] ?? []),
            'getBooking' => self::d('GET', '/bookings/{uid}', '/bookings/' . $seg($args[0]), 'bookings'),
            'getBookings' => self::d('GET', '/bookings', '/bookings', 'bookings', $args[0] ?? []),
            'cancelBooking' => self::d('POST', '/bookings/{uid}/cancel', '/bookings/' . $seg($args[0]) . '/cancel', 'bookings', [],
                array_filter(['cancellationReason' => $args[1] ?? null], static fn ($v) => $v !== null)),
            'rescheduleBooking' => self::d('POST', '/bookings/{uid}/reschedule', '/bookings/' . $seg($args[0]) . '/reschedule', 'bookings', [], $args[1] ?? []),
            'reassignBooking' => ($args[1] ?? null) === null
                ? self::d('POST', '/bookings/{uid}/reassign', '/bookings/' . $seg($args[0]) . '/reassign', 'bookings')
                : self::d('POST', '/bookings/{uid}/reassign/{userId}', '/bookings/' . $seg($args[0]) . '/reassign/' . $seg($args[1]), 'bookings', [],
                    array_filter(['reason' => $args[2] ?? null], static fn ($v) => $v !== null)),
            'confirmBooking' => self::d('POST', '/bookings/{uid}/confirm', '/bookings/' . $seg($args[0]) . '/confirm', 'bookings'),
            'declineBooking' => self::d('POST', '/bookings/{uid}/decline', '/bookings/' . $seg($args[0]) . '/decline', 'bookings', [],
                array_filter(['reason' => $args[1] ?? null], static fn ($v) => $v !== null)),
            'markAbsent' => self::d('POST', '/bookings/{uid}/mark-absent', '/bookings/' . $seg($args[0]) . '/mark-absent', 'bookings', [], $args[1] ?? []),
            'getAvailableSlots' => self::d('GET', '/slots', '/slots', 'slots', $args[0] ?? []),
            'reserveSlot' => self::d('POST', '/slots/reservations', '/slots/reservations', 'slots', [], $args[0] ?? []),
            'releaseSlot' => self::d('DELETE', '/slots/reservations/{uid}', '/slots/reservations/' . $seg($args[0]), 'slots'),
            'getEventTypes' => self::d('GET', $etT, $et, 'event_types', $args[0] ?? []),
            'getEventType' => self::d('GET', $etT . '/{id}', $et . '/' . $seg($args[0]), 'event_types'),
            'createEventType' => self::d('POST', $etT, $et, 'event_types', [], $args[0] ?? []),
            'updateEventType' => self::d('PATCH', $etT . '/{id}', $et . '/' . $seg($args[0]), 'event_types', [], $args[1] ?? []),
            'deleteEventType' => self::d('DELETE', $etT . '/{id}', $et . '/' . $seg($args[0]), 'event_types'),
            'getWebhooks' => self::d('GET', '/webhooks', '/webhooks', 'webhooks'),
            'createWebhook' => self::d('POST', '/webhooks', '/webhooks', 'webhooks', [], $args[0] ?? []),
            'deleteWebhook' => self::d('DELETE', '/webhooks/{id}', '/webhooks/' . $seg($args[0]), 'webhooks'),
            'getTeamMembers' => self::d('GET', '/teams/{teamId}/memberships', '/teams/' . $seg($args[0] ?? $teamId ?? '') . '/memberships', 'memberships'),
            'getBookingsByUid' => self::d('GET', '/bookings/{uid}', '/bookings', 'bookings'),
            'request' => self::describeRequest((string) ($args[0] ?? 'GET'), (string) ($args[1] ?? '/'), (array) ($args[2] ?? [])),
            default => throw new \BadMethodCallException("calbook: no such Connection method {$method}"),
        };
    }

    /** A path template for request(): segments that are not plain lower-case words become {id}. */
    public static function template(string $path): string
    {
        $out = [];
        $prev = '';
        foreach (explode('/', trim($path, '/')) as $s) {
            if ($s === '') {
                continue;
            }
            $word = preg_match('/^[a-z][a-z-]*$/', $s) === 1;
            $isId = !$word || in_array($prev, ['bookings', 'reservations'], true) && !in_array($s, self::BOOKING_ACTIONS, true);
            $out[] = $isId ? ($prev === 'bookings' || $prev === 'reservations' ? '{uid}' : '{id}') : $s;
            $prev = $isId ? '' : $s;
        }
        return '/' . implode('/', $out);
    }

    /** The cal-api-version family of a path, as the extension routes it. */
    public static function family(string $path): string
    {
        $parts = array_values(array_filter(explode('/', $path), static fn ($s) => $s !== ''));
        $first = $parts[0] ?? '';
        if ($first === 'teams' && isset($parts[2])) {
            return $parts[2] === 'event-types' ? 'event_types' : $parts[2];
        }
        return match ($first) {
            'event-types' => 'event_types',
            '' => 'none',
            default => $first,
        };
    }

    private const BOOKING_ACTIONS = ['cancel', 'reschedule', 'reassign', 'confirm', 'decline', 'mark-absent', 'guests', 'references', 'recordings', 'transcripts', 'location'];

    private static function describeRequest(string $verb, string $path, array $options): array
    {
        $path = '/' . ltrim($path, '/');
        return self::d(strtoupper($verb), self::template($path), $path, self::family($path),
            (array) ($options['query'] ?? []), $options['json'] ?? null);
    }

    private static function d(string $verb, string $template, string $path, string $family, array $query = [], mixed $body = null): array
    {
        return ['verb' => $verb, 'template' => $template, 'path' => $path, 'family' => $family, 'query' => $query, 'body' => $body];
    }
}
