<?php
/*
 * Seed data of the emulator: the demo salon (docs/HACKING.md, "Seed data").
 */

declare(strict_types=1);

namespace CalbookEmulator;

final class Seed
{
    public const API_KEY = 'cal_test_calbook_emulator';
    public const TEAM_ID = 42;

    /** The default configuration (see README.md, "Configuration"). */
    public static function config(): array
    {
        return [
            'api_keys' => [self::API_KEY],
            'rate_limit' => ['limit' => 120, 'window_s' => 60, 'block_s' => 60],
            'create_without_hosts' => false,
            'latency_ms' => 0,
            'faults' => [],
        ];
    }

    public static function meta(): array
    {
        return [
            'gen' => '',
            'config' => self::config(),
            'trackers' => [],
            'rate_limit_blocks' => [],
            'counters' => self::counters(),
        ];
    }

    public static function counters(): array
    {
        return [
            'bookings_created' => 0,
            'bookings_rescheduled' => 0,
            'connections' => 0,
            'connection_seq' => 0,
            'requests' => 0,
            'rate_limited' => 0,
        ];
    }

    public static function users(): array
    {
        $user = static fn (int $id, string $name, string $username): array => [
            'id' => $id,
            'name' => $name,
            'email' => $username . '@salon-demo.test',
            'username' => $username,
            'timeZone' => 'Europe/Berlin',
            'weekStart' => 'Monday',
            'timeFormat' => 24,
            'defaultScheduleId' => 900 + $id - 100,
            'locale' => 'de',
        ];
        return [
            101 => $user(101, 'Fabian Spitzer', 'fabian'),
            102 => $user(102, 'Jürgen Müller', 'juergen'),
            103 => $user(103, 'Anna Schmidt', 'anna'),
        ];
    }

    public static function eventTypes(): array
    {
        $base = static fn (int $id, string $slug, string $title, int $length): array => [
            'id' => $id,
            'slug' => $slug,
            'title' => $title,
            'lengthInMinutes' => $length,
            'lengthInMinutesOptions' => null,
            'description' => '',
            'locations' => [['type' => 'address', 'address' => 'Salon Demo, Hauptstraße 1, 10115 Berlin', 'public' => true]],
            'hidden' => false,
            'slotInterval' => null,
            'minimumBookingNotice' => 0,
            'beforeEventBuffer' => 0,
            'afterEventBuffer' => 0,
            'requiresConfirmation' => false,
            'metadata' => new \stdClass(),
            'createdAt' => 1735689600000,
            'teamId' => null,
            'ownerId' => null,
            'schedulingType' => null,
            'hosts' => [],
            'assignAllTeamMembers' => false,
        ];
        $team = static function (array $et): array {
            $et['teamId'] = self::TEAM_ID;
            $et['schedulingType'] = 'roundRobin';
            $et['assignAllTeamMembers'] = true;
            $et['hosts'] = [
                ['userId' => 101, 'mandatory' => false, 'priority' => 'medium'],
                ['userId' => 102, 'mandatory' => false, 'priority' => 'medium'],
                ['userId' => 103, 'mandatory' => false, 'priority' => 'medium'],
            ];
            return $et;
        };
        $personal = $base(503, 'beratung', 'Beratung', 15);
        $personal['ownerId'] = 101;
        return [
            501 => $team($base(501, 'herrenhaarschnitt', 'Herrenhaarschnitt', 30)),
            502 => $team($base(502, 'damenhaarschnitt', 'Damenhaarschnitt', 60)),
            503 => $personal,
        ];
    }

    public static function data(): array
    {
        return [
            'users' => self::users(),
            'team' => [
                'id' => self::TEAM_ID,
                'name' => 'Salon Demo',
                'slug' => 'salon-demo',
                'timeZone' => 'Europe/Berlin',
                'memberships' => [
                    ['id' => 4201, 'userId' => 101, 'role' => 'OWNER'],
                    ['id' => 4202, 'userId' => 102, 'role' => 'MEMBER'],
                    ['id' => 4203, 'userId' => 103, 'role' => 'MEMBER'],
                ],
            ],
            // Monday (1) to Saturday (6), 09:00-18:00, in each user's time zone.
            'availability' => ['days' => [1, 2, 3, 4, 5, 6], 'from' => '09:00', 'to' => '18:00'],
            'event_types' => self::eventTypes(),
            'bookings' => [],      // uid => booking
            'booking_ids' => [],   // id => uid
            'webhooks' => [],      // id => webhook
            'reservations' => [],  // uid => reservation
            'seq' => ['booking' => 1000, 'event_type' => 600, 'webhook' => 10, 'membership' => 4203],
        ];
    }
}
